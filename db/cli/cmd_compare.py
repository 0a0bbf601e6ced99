"""`modelatlas compare A B C …`: entries side by side, as a table, JSON, Markdown, CSV or a self-contained HTML page."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import TextIO

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table
from db.compare import EXPORTERS, MAX_ENTRIES, MIN_ENTRIES, Comparison, build_comparison

FORMATS = ("table", "json", *EXPORTERS)


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    # Its own --format (the common one allows only table|json); SUPPRESS keeps a top-level --format in force.
    parser = commands.add_parser("compare", help=f"compare {MIN_ENTRIES} to {MAX_ENTRIES} entries side by side",
                                 description="Compare entries field by field; rows that differ are marked ≠.")
    parser.add_argument("entries", nargs="+", metavar="ENTRY", help="names or UUIDs of the entries to compare")
    parser.add_argument("--format", choices=FORMATS, default=argparse.SUPPRESS,
                        help="table (default), json, md (Markdown), csv or html (a self-contained page)")
    parser.add_argument("--author", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    parser.add_argument("--only-differences", action="store_true", help="leave out the rows where all entries agree")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write to FILE instead of standard output")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    args = ctx.args
    store = ctx.store
    uuids = [store.resolve(name).uuid for name in args.entries]
    comparison = build_comparison(store, uuids)
    fmt = getattr(args, "format", "table")
    if fmt in EXPORTERS:
        text = EXPORTERS[fmt](comparison, only_differences=args.only_differences)
    else:
        shown = comparison.only_differences() if args.only_differences else comparison
        if args.out is None:
            _print(shown, fmt)
            return 0
        buffer = io.StringIO()
        _print(shown, fmt, buffer)
        text = buffer.getvalue()
    if args.out is None:
        sys.stdout.write(text)
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({len(comparison.entries)} entries, {fmt})", file=sys.stderr)
    return 0


def _print(comparison: Comparison, fmt: str, stream: TextIO | None = None) -> None:
    if fmt == "json":
        emit_json(comparison.to_json(), stream)
        return
    columns = [("field", "Field")] + [(f"e{i}", e.name) for i, e in enumerate(comparison.entries)]
    rows = []
    for group in comparison.groups:
        rows.append({"field": f"[{group.title}]"})
        for row in group.rows:
            rows.append({"field": ("≠ " if row.differs else "  ") + row.label}
                        | {f"e{i}": value for i, value in enumerate(row.values)})
    emit_table(rows, columns, stream)
