"""`modelatlas rules MODEL`: which policy rules bind a model's maker, computed from recorded facts."""

from __future__ import annotations

import argparse

from db.advisor.api import RuleResult, rules_for
from db.advisor.export import check_mark, fact_value, to_html, to_markdown
from db.advisor.rules import FACTS
from db.advisor.usecase import UseCaseError, normalize_regions
from db.cli.context import CommandContext
from db.cli.report_format import output_format, report_parent, write_export, write_json
from db.errors import ValidationError

STATUS_TAGS = {"applies": "APPLIES", "exempt": "EXEMPT", "undetermined": "UNDETERMINED",
               "does_not_apply": "does not apply"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "rules", parents=[report_parent(common)], help="which policy rules bind a model's maker, and why",
        description="Evaluate every policy note with machine-readable conditions for one model. A fact that is "
                    "not on record makes a rule 'undetermined' and names the fact that would settle it.")
    parser.add_argument("model", help="name or UUID of the model")
    parser.add_argument("--region", action="append", default=None, metavar="REGION",
                        help="where you will deploy it (EU, US, CN, other, or a country code; repeatable)")
    parser.add_argument("--as-of", metavar="SNAPSHOT", help="the rules from the facts recorded as of a snapshot")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    args = ctx.args
    model = ctx.store.resolve(args.model, "model")
    try:
        regions = normalize_regions(args.region) if args.region else None
    except UseCaseError as error:
        raise ValidationError({"region": str(error)}) from None
    if args.as_of:
        from db.history.verdicts import rules_as_of

        results = rules_as_of(ctx.store, model.uuid, args.as_of, regions=regions)[1]
    else:
        results = rules_for(ctx.store, model.uuid, regions=regions)
    fmt = output_format(args)
    if fmt == "json":
        write_json(args, [result.to_dict() for result in results])
    elif fmt == "md":
        write_export(args, to_markdown(results, model=model.name))
    elif fmt == "html":
        write_export(args, to_html(results, model=model.name))
    else:
        print(render(model.name, results))
    return 0


def render(model: str, results: list[RuleResult]) -> str:
    lines = [f"Rules for {model}", ""]
    if not results:
        return "\n".join([*lines, "No policy note with machine-readable conditions is on record."])
    facts: dict[str, str] = {}
    for result in results:
        for fact in result.facts:
            facts.setdefault(fact["fact"], f"{fact['label']}: {fact_value(fact)}")
    lines += ["Facts on record:", *(f"  {text}" for text in facts.values()), ""]
    for r in results:
        where = " · ".join(x for x in (r.jurisdiction, r.article, r.note_status) if x)
        lines.append(f"[{STATUS_TAGS[r.status]}] {r.note}")
        lines.append(f"  {where}")
        lines.append(f"  → {r.why}")
        for name, checks in (("applies if", r.applies_checks), ("exempt if", r.exempt_checks)):
            if checks:
                lines.append(f"  {name}: " + "; ".join(f"{check_mark(c.outcome)} {c.text}" for c in checks))
        if r.missing:
            lines.append("  missing: " + ", ".join(f"{m} ({FACTS[m].help})" for m in r.missing))
        if r.exempt_from:
            lines.append("  exempt from: " + "; ".join(r.exempt_from))
        if r.duties and r.status in ("applies", "exempt", "undetermined"):
            label = "still required" if r.status == "exempt" else "duties"
            lines.append(f"  {label}: " + "; ".join(r.duties))
        lines.append("")
    counts = {status: sum(r.status == status for r in results) for status in STATUS_TAGS}
    lines.append(", ".join(f"{n} {STATUS_TAGS[s].lower()}" for s, n in counts.items() if n)
                 + " — details and sources: --format md or json")
    return "\n".join(lines)
