"""`modelatlas diff A B`: what changed between two snapshots, `now`, or another .atlas file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from db.cli.context import CommandContext
from db.cli.output import emit_table
from db.cli.report_format import output_format, report_parent, write_export, write_json

if TYPE_CHECKING:
    from db.history.diff import Diff


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser(
        "diff", parents=[report_parent(common)], help="what changed between two snapshots, now or .atlas files",
        description="Entries added, removed and changed (field by field, [old, new]) from A to B; each of A and B "
                    "is a snapshot name, 'now', or another .atlas file (checked like a file to merge).")
    parser.add_argument("a", metavar="A", help="a snapshot name, 'now' or an .atlas file")
    parser.add_argument("b", metavar="B", help="a snapshot name, 'now' or an .atlas file")
    parser.add_argument("--kind", metavar="K", help="only entries of this kind (models, licenses, policy-notes, …)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.history.diff import diff_points

    emit_diff(ctx.args, diff_points(ctx.store, ctx.args.a, ctx.args.b, kind=ctx.args.kind))
    return 0


def emit_diff(args: argparse.Namespace, diff: Diff) -> None:
    """A diff as --format asks (also the `--changes` of merge and import previews)."""
    from db.history.diff import summary, table_rows, to_html, to_markdown

    fmt = output_format(args)
    if fmt == "json":
        write_json(args, diff.to_dict())
    elif fmt == "md":
        write_export(args, to_markdown(diff))
    elif fmt == "html":
        write_export(args, to_html(diff))
    else:
        rows = table_rows(diff)
        if rows:
            emit_table(rows, [("change", "Change"), ("kind", "Kind"), ("name", "Entry"), ("field", "Field"),
                              ("old", "Old"), ("new", "New")])
        print(f"\nFrom {diff.a} to {diff.b}: {summary(diff)}.")
