"""`modelatlas search QUERY`: ranked hits with highlighted snippets, facet counts and "did you mean"."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from db.cli.arguments import count
from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.cli.progress import ProgressBar
from db.errors import AtlasError
from db.fields import KIND_LABELS

if TYPE_CHECKING:  # the search engine loads when the command runs, not to parse or print its help
    from db.search.answer import SearchResult
    from db.search.service import SearchService


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("search", parents=[common], help="search everything by keyword (see README: Search)")
    parser.add_argument("query", nargs="+", help='the query, e.g. llama license "acceptable use"')
    parser.add_argument("--kind", help="only entries of this kind (model, license, policy_note, note, ...)")
    parser.add_argument("--limit", type=count(10_000), default=20, metavar="N", help="hits to show (default 20)")
    parser.add_argument("--offset", type=count(), default=0, metavar="N", help="skip this many hits (paging)")
    parser.add_argument("--save", metavar="NAME", help="also keep the query as a saved search named NAME")
    parser.set_defaults(run=run)


def kind_option(value: str | None) -> str | None:
    if not value:
        return None
    from db.search.query import KIND_ALIASES

    kind = KIND_ALIASES.get(value.lower().replace("-", "_")) or KIND_ALIASES.get(value.lower())
    if kind is None:
        raise AtlasError(f"--kind: {value!r} is not a kind; use one of {', '.join(sorted(KIND_LABELS))}")
    return kind


def open_fresh(ctx: CommandContext) -> SearchService:
    """The store's search service, ready to answer (a progress bar when stderr is a terminal): built on first use
    and caught up on a few changes; a large change (a merge, an import) is caught up by a background process
    while this search answers at once, marked "catching up"."""
    from db.search.service import SearchService

    service = SearchService(ctx.store, detached_catch_up=True)
    bar = ProgressBar("updating the search index")
    try:
        service.prepare(progress=bar)
    except OSError as error:  # a full or read-only disk: search the index as it is
        service.note_problem(f"the search index could not be updated ({error.strerror or error})")
    finally:
        bar.finish()
    return service


def run(ctx: CommandContext) -> int:
    args = ctx.args
    text = " ".join(args.query)
    kind = kind_option(args.kind)
    if args.save:
        ctx.store.create("saved_search", {"name": args.save, "query": text, "kind_filter": kind})
    result = None
    if not args.save:
        from db.search.reader import search_fresh

        # an index up to date with the file answers without the store (no SQLAlchemy, no whole-atlas load)
        result = search_fresh(ctx.target_path(), text, kind=kind, limit=args.limit, offset=args.offset)
    if result is None:
        service = open_fresh(ctx)
        try:
            result = service.search(text, kind=kind, limit=args.limit, offset=args.offset)
        finally:
            service.close()
    if ctx.json:
        emit_json(as_json(result))
        return 0
    print_result(result, args.offset, bold=sys.stdout.isatty())
    if args.save:
        print(f"\nsaved as {args.save!r}")
    return 0


def as_json(result: SearchResult) -> dict[str, Any]:
    """The stable JSON contract: total, hits (uuid, kind, title, score, snippet), facets, suggestion, ignored,
    catching_up (the index is catching up on `pending` changed entries: results may miss them)."""
    return {
        "total": result.total,
        "hits": [{"uuid": h.uuid, "kind": h.kind, "title": h.title, "score": h.score, "snippet": h.snippet}
                 for h in result.hits],
        "facets": {name: [{"value": value, "count": count} for value, count in values]
                   for name, values in result.facets.items()},
        "suggestion": result.suggestion,
        "ignored": list(result.ignored),
        "catching_up": result.catching_up,
        "pending": result.pending,
    }


def print_result(result: SearchResult, offset: int, bold: bool) -> None:
    for rank, hit in enumerate(result.hits, start=offset + 1):
        kind = KIND_LABELS.get(hit.kind, (hit.kind,))[0]
        title = f"\x1b[1m{hit.title}\x1b[0m" if bold else hit.title
        print(f"{rank:>3}. {title}  [{kind}]  {hit.score:.2f}")
        snippet = hit.snippet_ansi() if bold else hit.snippet_plain()
        if snippet and snippet != hit.title:
            print(f"     {snippet}")
    shown = len(result.hits)
    if result.total == 0:
        print("no results")
    else:
        print(f"\n{offset + 1}–{offset + shown} of {result.total:,} results" if shown
              else f"\n{result.total:,} results (none on this page)")
    for name, values in result.facets.items():
        if values:
            print(f"  {name}: " + ", ".join(f"{value} ({count})" for value, count in values[:8]))
    if result.suggestion:
        print(f"did you mean: {result.suggestion}")
    if result.ignored:
        print("ignored: " + "; ".join(result.ignored))
    for note in result.notes:
        print(f"note: {note}")
