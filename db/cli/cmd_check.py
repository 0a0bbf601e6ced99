"""`modelatlas check …`: which models a use case may use under their licenses, with duties and reasons."""

from __future__ import annotations

import argparse
import contextlib
import json
from typing import TYPE_CHECKING

from db.cli.context import CommandContext
from db.cli.output import emit_table
from db.cli.report_format import output_format, report_parent, write_export, write_json
from db.errors import AtlasError, ValidationError

if TYPE_CHECKING:  # the advisor (and the store it reads) loads when the command runs, not to print its help
    from db.advisor.results import CheckResult, RunOutcome
    from db.advisor.usecase import UseCase

USE_CASE_OPTIONS = ("commercial", "region", "established_in", "users", "fine_tune", "redistribute", "serve_api",
                    "train_on_outputs", "field")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "check", parents=[report_parent(common)], help="which models a use case may use, under which duties",
        description="Check a use case against every model's license clauses. A clause that is not on record "
                    "gives 'unknown', never 'allowed'.")
    kind = parser.add_mutually_exclusive_group()
    kind.add_argument("--commercial", dest="commercial", action="store_const", const=True, default=None,
                      help="a commercial use (the default)")
    kind.add_argument("--non-commercial", dest="commercial", action="store_const", const=False,
                      help="a non-commercial use (research, evaluation)")
    parser.add_argument("--region", action="append", default=None, metavar="REGION",
                        help="where it is deployed: EU, US, CN, other, or a country code (repeatable)")
    parser.add_argument("--established-in", action="append", default=None, metavar="REGION",
                        help="where the licensee (your organisation) is established, when it matters apart from "
                             "where the product is offered (Llama 3.2/4's EU clause binds EU-established licensees)")
    parser.add_argument("--users", metavar="N", help="expected monthly active users, e.g. 800M, 8e8 or 800000000")
    for flag, helptext in (("--fine-tune", "you will fine-tune the weights"),
                           ("--redistribute", "you will redistribute the weights"),
                           ("--serve-api", "you will serve the model as an API to third parties"),
                           ("--train-on-outputs", "you will use its outputs to train other models")):
        parser.add_argument(flag, action="store_const", const=True, default=None, help=helptext)
    parser.add_argument("--field", metavar="TEXT", help="the field of use, e.g. medical, military, education")
    parser.add_argument("--model", action="append", default=[], metavar="NAME",
                        help="check only this model (name or UUID; repeatable)")
    parser.add_argument("--save", metavar="NAME", help="save the use case (and this run) under NAME")
    parser.add_argument("--use-case", metavar="NAME",
                        help="re-run a saved use case and show what changed since its last run")
    parser.add_argument("--as-of", metavar="SNAPSHOT", help="with --use-case: the verdicts as of a snapshot")
    parser.add_argument("--changes-since", metavar="SNAPSHOT",
                        help="with --use-case: the models whose verdict changed since a snapshot, and why")
    parser.set_defaults(run=run)


def usecase_from_args(args: argparse.Namespace) -> UseCase:
    from db.advisor.usecase import UseCase, UseCaseError, normalize_regions, parse_users

    try:
        return UseCase(
            commercial=args.commercial is not False,
            regions=normalize_regions(args.region or []),
            established_in=normalize_regions(args.established_in or []),
            monthly_users=parse_users(args.users),
            fine_tune=bool(args.fine_tune),
            redistribute=bool(args.redistribute),
            serve_api=bool(args.serve_api),
            train_on_outputs=bool(args.train_on_outputs),
            field_of_use=" ".join(args.field.split()) or None if args.field else None,
        )
    except UseCaseError as error:
        raise ValidationError({"use case": str(error)}) from None


def run(ctx: CommandContext) -> int:
    from db.advisor.export import deciding_text, license_label, summary_counts, to_html, to_markdown

    args = ctx.args
    if args.as_of or args.changes_since:
        from db.cli.as_of import check_over_time

        return check_over_time(ctx)
    outcome: RunOutcome | None = None
    results: list[CheckResult] | None = None
    title = "Use-case check"
    if not (args.use_case or args.save or args.model):
        from db.advisor.atlas_check import check_file

        with contextlib.suppress(ValidationError):  # said once the store has opened the file, as always
            usecase = usecase_from_args(args)
            results = check_file(ctx.target_path(), usecase)  # an up-to-date file is read with plain SQL: no store
    if results is not None:
        pass  # answered without the store
    elif args.use_case:
        from db.advisor.api import run_use_case

        store = ctx.store
        model_uuids = [store.resolve(name, "model").uuid for name in args.model] or None
        given = [f"--{name.replace('_', '-')}" for name in USE_CASE_OPTIONS if getattr(args, name) is not None]
        if given or args.save:
            leave_out = ", ".join(given or ["--save"])
            raise AtlasError(f"--use-case re-runs a saved use case as saved; leave out {leave_out}")
        outcome = run_use_case(store, args.use_case, model_uuids=model_uuids)
        usecase, results, title = outcome.saved.usecase, outcome.results, f"Use-case check: {outcome.saved.name}"
    else:
        from db.advisor.api import check_use_case, save_use_case

        store = ctx.store
        model_uuids = [store.resolve(name, "model").uuid for name in args.model] or None
        usecase = usecase_from_args(args)
        results = check_use_case(store, usecase, model_uuids=model_uuids)
        title = f"Use-case check: {args.save}" if args.save else "Use-case check"
        if args.save:
            save_use_case(store, args.save, usecase, results=results)
    changes = outcome.changes if outcome is not None else []
    fmt = output_format(args)
    if fmt == "json":
        write_json(args, [result.to_dict() for result in results])
        return 0
    if fmt == "md":
        write_export(args, to_markdown(results, usecase=usecase, title=title, changes=changes))
        return 0
    if fmt == "html":
        write_export(args, to_html(results, usecase=usecase, title=title, changes=changes))
        return 0
    print(f"Use case: {usecase.describe()}\n")
    rows = [{"model": r.model, "verdict": r.verdict.label, "license": license_label(r, 24),
             "why": deciding_text(r)} for r in results]
    emit_table(rows, [("model", "Model"), ("verdict", "Verdict"), ("license", "License"),
                      ("why", "Why (deciding clauses, or the duties)")])
    print(f"\n{len(results)} models: {summary_counts(results) or 'none'}.")
    if outcome is not None:
        since = f" (last run {outcome.previous_run_at})" if outcome.previous_run_at else ""
        if outcome.previous_run_at is None:
            print("First recorded run of this use case.")
        elif changes:
            print(f"\nChanged since the last run{since}:")
            for change in changes:
                print(f"  • {change.text}")
        else:
            print(f"No verdict changed since the last run{since}.")
    elif args.save:
        print(f"Saved as use case {args.save!r}; re-run it with --use-case {json.dumps(args.save)}.")
    print("Details: modelatlas check … --format md (or json) lists each deciding clause, its source and every duty.")
    return 0

