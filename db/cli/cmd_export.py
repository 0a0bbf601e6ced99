"""`modelatlas export OUT`: write the atlas, or a subset of it, to an `.atlas` file to share."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.errors import AtlasError

QUERY_LIMIT = 100_000


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("export", parents=[common], help="export the atlas (or part of it) to share")
    parser.add_argument("out", type=Path, help="the new .atlas file (never overwritten)")
    parser.add_argument("--tag", help="only entries with this tag (and what they refer to)")
    parser.add_argument("--query", help="only entries a search finds (and what they refer to)")
    parser.add_argument("--entry", action="append", default=[], metavar="NAME-OR-UUID",
                        help="only this entry (repeatable; with what it refers to)")
    parser.add_argument("--without-private", action="store_true", help="leave out notes and evaluations marked private")
    parser.add_argument("--without-author", action="append", default=[], metavar="NAME",
                        help="leave out notes and evaluations by this author (repeatable)")
    parser.add_argument("--no-history", action="store_true",
                        help="leave out the entries' history (their versions; see `modelatlas history`)")
    parser.set_defaults(run=run)


def search_uuids(store: Any, query: str) -> set[str]:
    """UUIDs of the entries a search finds, through the search service when this build has one."""
    try:
        from db.search.service import SearchService
    except ImportError:
        raise AtlasError("--query needs the search engine, which this build does not have; use --tag or --entry"
                         ) from None
    with SearchService(store) as service:
        service.ensure_fresh()  # an export must not miss entries a catching-up index does not know yet
        results = service.search(query, limit=QUERY_LIMIT)
    found = {hit.uuid for hit in results.hits}
    if not found:
        raise AtlasError(f"the search {query!r} finds nothing to export")
    return found


def run(ctx: CommandContext) -> int:
    from db.exchange.api import export_atlas

    args = ctx.args
    store = ctx.store
    uuids: set[str] | None = None
    if args.entry or args.query:
        uuids = {store.resolve(name).uuid for name in args.entry}
        if args.query:
            uuids |= search_uuids(store, args.query)
    manifest = export_atlas(store, args.out, uuids=uuids, tag=args.tag, without_private=args.without_private,
                            without_authors=args.without_author, with_history=not args.no_history)
    counts = {name: n for name, n in manifest.kind_counts.items() if n}
    if ctx.json:
        emit_json({"path": str(args.out.resolve()), "subset": manifest.subset, "counts": manifest.kind_counts,
                   "checksum": manifest.checksum, "schema_revision": manifest.schema_revision})
    else:
        summary = ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in counts.items())
        print(f"exported {args.out} ({summary or 'nothing'})")
    return 0
