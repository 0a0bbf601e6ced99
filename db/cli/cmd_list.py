"""`modelatlas list KIND`: entries of one kind, filtered and sorted in SQL."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from typing import Any

from db.cli.arguments import count, vocabulary
from db.cli.atlas_facts import reading_connection
from db.cli.context import CommandContext
from db.cli.output import emit_json_columns, emit_table
from db.errors import AtlasError
from db.vocab import LicenseFamily, OpennessGrade, PolicyStatus, Verdict

KINDS = {
    "models": "model",
    "organizations": "organization",
    "licenses": "license",
    "policy-notes": "policy_note",
    "notes": "note",
    "evaluations": "evaluation",
    "tags": "tag",
    "sources": "source",
    "saved-searches": "saved_search",
}
FACET_OPTIONS = {"openness": "openness", "license_family": "license_family", "jurisdiction": "jurisdiction",
                 "org": "org", "status": "status", "verdict": "verdict"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("list", parents=[common], help="list entries of one kind")
    parser.add_argument("kind", choices=list(KINDS), help="what to list")
    parser.add_argument("--openness", action="append", type=vocabulary(OpennessGrade, "openness grade"),
                        help=f"openness grade: {', '.join(OpennessGrade)}")
    parser.add_argument("--license-family", action="append", type=vocabulary(LicenseFamily, "license family"),
                        help=f"license family: {', '.join(LicenseFamily)}")
    parser.add_argument("--jurisdiction", action="append", help="jurisdiction, e.g. EU, US, CN")
    parser.add_argument("--org", action="append", help="developer organization (name or UUID)")
    parser.add_argument("--status", action="append", type=vocabulary(PolicyStatus, "policy status"),
                        help=f"policy note status: {', '.join(PolicyStatus)}")
    parser.add_argument("--verdict", action="append", type=vocabulary(Verdict, "verdict"),
                        help=f"evaluation verdict: {', '.join(Verdict)}")
    parser.add_argument("--tag", action="append", default=[], help="only entries with this tag (repeatable)")
    parser.add_argument("--not-tag", action="append", default=[], help="leave out entries with this tag")
    parser.add_argument("--name", default="", help="only entries whose name contains this text")
    parser.add_argument("--stale", type=count(36_500), default=None, metavar="DAYS",
                        help="only entries nobody verified in the last DAYS days (never verified counts)")
    parser.add_argument("--sort", default="name", help="column to sort by")
    parser.add_argument("--desc", action="store_true", help="sort descending")
    parser.add_argument("--limit", type=count(), default=0, metavar="N", help="at most N entries (default: all)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    """Read with plain SQL (db.reading.listing): neither SQLAlchemy nor the mapped schema loads."""
    import contextlib

    from db.reading.connection import snapshot
    from db.reading.listing import KINDS as KIND_SQL
    from db.reading.listing import Listing, read_columns, read_page

    args = ctx.args
    kind = KINDS[args.kind]
    kind_sql = KIND_SQL[kind]
    facets: dict[str, tuple[str, ...]] = {}
    for option, facet in FACET_OPTIONS.items():
        values = getattr(args, option, None)
        if not values:
            continue
        if facet not in kind_sql.facets and not (facet == "org" and kind == "model"):
            raise AtlasError(f"--{option.replace('_', '-')} does not apply to {args.kind}")
        facets[facet] = tuple(values)
    sortable = [c.key for c in kind_sql.columns]
    if args.sort not in sortable:
        raise AtlasError(f"cannot sort {args.kind} by {args.sort!r}; choose one of: {', '.join(sortable)}")
    listing = Listing(kind=kind, facets=facets, tags_include=tuple(args.tag), tags_exclude=tuple(args.not_tag),
                      text=args.name, sort=args.sort, descending=args.desc, limit=args.limit or None,
                      stale_days=args.stale)
    with contextlib.closing(reading_connection(ctx)) as connection:
        if ctx.json:  # every column, streamed as it is read
            with snapshot(connection):
                read = read_columns(connection, listing, for_json=True)
                names, batches = _with_author_column(kind, read.names, read.batches)
                emit_json_columns(names, batches)
            return 0
        columns = [(c.key, c.label) for c in kind_sql.columns if c.default]
        rows, total = read_page(connection, listing, [key for key, _ in columns])
    rows = [_with_author(kind, row) for row in rows]
    emit_table(rows, columns)
    if not rows:
        return 0
    print(f"\n{len(rows)} of {total} {args.kind}")
    return 0


def _with_author_column(kind: str, names: list[str], batches: Iterator[list[Sequence[Any]]]
                        ) -> tuple[list[str], Iterator[list[Sequence[Any]]]]:
    """`_with_author` for rows read column by column: the evaluator's column is the author's too."""
    if kind != "evaluation":
        return names, batches
    evaluator = names.index("evaluator")
    if "author" in names:
        author = names.index("author")
        return names, ([*columns[:author], columns[evaluator], *columns[author + 1:]] for columns in batches)
    return [*names, "author"], ([*columns, columns[evaluator]] for columns in batches)


def _with_author(kind: str, row: dict[str, Any]) -> dict[str, Any]:
    if kind == "evaluation":  # the author of an evaluation is its evaluator
        row["author"] = row["evaluator"]
    return row
