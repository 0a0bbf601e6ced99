"""`check --use-case NAME --as-of SNAPSHOT | --changes-since SNAPSHOT`: a saved use case over time."""

from __future__ import annotations

from db.cli.context import CommandContext
from db.cli.output import emit_table
from db.cli.report_format import output_format, write_export, write_json
from db.errors import AtlasError
from db.history.change_text import change_text


def check_over_time(ctx: CommandContext) -> int:
    """Run a saved use case as of a snapshot, or list the verdicts that flipped since one."""
    from db.advisor.export import deciding_text, license_label, summary_counts, to_html, to_markdown
    from db.history.verdicts import check_as_of, verdict_flips

    args = ctx.args
    if not args.use_case:
        raise AtlasError("--as-of and --changes-since run a saved use case: add --use-case NAME")
    if args.as_of and args.changes_since:
        raise AtlasError("give --as-of or --changes-since, not both")
    if args.save:
        raise AtlasError("--save records a run now; leave it out with --as-of or --changes-since")
    store = ctx.store
    models = [store.resolve(name, "model").uuid for name in args.model] or None
    fmt = output_format(args)
    if args.as_of:
        point, saved, results = check_as_of(store, args.use_case, args.as_of, model_uuids=models)
        title = f"Use-case check: {saved.name} as of {point.name} ({point.at.isoformat(sep=' ', timespec='seconds')})"
        if fmt == "json":
            write_json(args, [result.to_dict() for result in results])
        elif fmt == "md":
            write_export(args, to_markdown(results, usecase=saved.usecase, title=title))
        elif fmt == "html":
            write_export(args, to_html(results, usecase=saved.usecase, title=title))
        else:
            print(f"{title}\nUse case: {saved.usecase.describe()}\n")
            emit_table([{"model": r.model, "verdict": r.verdict.label, "license": license_label(r, 24),
                         "why": deciding_text(r)} for r in results],
                       [("model", "Model"), ("verdict", "Verdict"), ("license", "License"),
                        ("why", "Why (deciding clauses, or the duties)")])
            print(f"\n{len(results)} models: {summary_counts(results) or 'none'}.")
        return 0
    point, _, flips = verdict_flips(store, args.use_case, args.changes_since, model_uuids=models)
    data = {"use_case": args.use_case, "since": point.to_dict(), "flips": [flip.to_dict() for flip in flips]}
    if fmt in ("md", "html"):
        raise AtlasError("--changes-since writes a table or JSON")
    if fmt == "json":
        write_json(args, data)
        return 0
    if not flips:
        print(f"No verdict changed since snapshot {point.name!r}.")
        return 0
    print(f"Verdicts that changed since snapshot {point.name!r} ({point.at.isoformat(sep=' ', timespec='seconds')}):")
    from db.advisor.license_check import VERDICT_LABELS

    for flip in flips:
        before = VERDICT_LABELS.get(flip.before or "", "not in the atlas then")
        after = VERDICT_LABELS.get(flip.after or "", "not in the atlas now")
        print(f"  {flip.model}: {before} → {after}")
        for cause in flip.causes:
            print(f"      {cause.at.replace('T', ' ')} {cause.author} ({cause.via}) {cause.entry} · {cause.field}: "
                  f"{change_text(cause.old)} → {change_text(cause.new)}")
    return 0
