"""`modelatlas import SOURCE PATH…`: bring in a public catalog's files; print what was new, updated or rejected."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.cli.report_format import report_parent

if TYPE_CHECKING:  # the importers load when the command runs, not to parse or print its help
    from db.importers.common import ImportReport

SOURCES = ("mot", "osai", "epoch", "hf-card", "fmti", "spdx")
SOURCE_HELP = ("mot: Model Openness Tool models/*.yml (or its JSON listing); osai: Open Source AI Index YAML "
               "(also the 2023 'Opening up ChatGPT' files and df.csv); epoch: Epoch AI CSV; hf-card: Hugging Face "
               "README.md model cards; fmti: Foundation Model Transparency Index score CSVs; spdx: the SPDX license "
               "list (bundled when no PATH is given, else licenses.json)")


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("import", parents=[report_parent(common)],
                                 help="import a public catalog (files or folders)",
                                 description=SOURCE_HELP)
    parser.add_argument("source", choices=SOURCES, help="which catalog the files come from")
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to import")
    parser.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    parser.add_argument("--explain", action="store_true",
                        help="show every match decision with its evidence (signals and score)")
    parser.add_argument("--changes", action="store_true",
                        help="with --dry-run: the entries added, removed and changed, field by field (as `diff`)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.cli.cmd_merge import check_changes_options
    from db.importers.api import run_import

    args = ctx.args
    check_changes_options(args)
    progress = _progress if sys.stderr.isatty() else None
    if args.changes:
        from db.cli.cmd_diff import emit_diff
        from db.history.preview import preview_import_changes

        diff = preview_import_changes(ctx.store, args.source, list(args.paths), progress=progress)
        if progress is not None:
            sys.stderr.write("\r\033[K")
        emit_diff(args, diff)
        return 0
    report = run_import(ctx.store, args.source, list(args.paths), dry_run=args.dry_run, explain=args.explain,
                        progress=progress)
    if progress is not None:
        sys.stderr.write("\r\033[K")
    if ctx.json:
        emit_json(report.as_dict())
    else:
        print(render(report))
    return 0


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rimporting… {done}/{total}")
    sys.stderr.flush()


def render(report: ImportReport) -> str:
    title = "Dry run (nothing changed)" if report.dry_run else "Imported"
    lines = [f"{title}: {report.source}, {report.files} file(s) in {report.seconds:.1f} s",
             f"  new         {report.new}",
             f"  updated     {report.updated}",
             f"  unchanged   {report.unchanged}",
             f"  needs review {report.review}" + ("  (see `modelatlas review`)" if report.review else ""),
             f"  rejected    {len(report.rejected)}"]
    if report.skipped:
        lines.append(f"  skipped     {report.skipped} (about nothing in the atlas)")
    for rejection in report.rejected:
        lines.append(f"    ✘ {rejection.where}: {rejection.reason}")
    if report.explain:
        lines += ["", "Decisions (record → outcome: evidence):", *explain_lines(report)]
    if report.changes:
        lines += ["", "Updated:"]
        for change in report.changes[:50]:
            said = f" (+ {len(change['statements'])} source values recorded)" if change["statements"] else ""
            lines.append(f"  • {change['name']}: {', '.join(change['fields']) or 'no field changed'}{said}")
        if len(report.changes) > 50:
            lines.append(f"  … and {len(report.changes) - 50} more (use --format json for all)")
    return "\n".join(lines)


OUTCOME_WORDS = {"new": "new entry", "match": "merged into", "review": "needs review, maybe", "skipped": "skipped"}


def explain_lines(report: ImportReport) -> list[str]:
    """One line per record: what was decided, about which entry, on which evidence."""
    lines: list[str] = []
    for decision in report.decisions:
        evidence = decision["evidence"]
        target = decision["entry"] if decision["outcome"] in ("new", "match") else evidence.get("candidate")
        said = f" {target!r}" if target and decision["outcome"] != "new" else ""
        near = f" (nearest: {evidence['candidate']!r}, score {evidence['score']:.0f})" if (
            decision["outcome"] == "new" and evidence.get("candidate")) else (
            f" (score {evidence['score']:.0f})" if decision["outcome"] != "new" else "")
        lines.append(f"  {decision['record']} [{decision['origin']}] → {OUTCOME_WORDS[decision['outcome']]}"
                     f"{said}{near}")
        if evidence.get("signals"):
            lines.append(f"      {'; '.join(evidence['signals'])}")
    return lines
