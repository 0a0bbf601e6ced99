"""`modelatlas reindex`: rebuild the search index from the database (a progress bar on a terminal)."""

from __future__ import annotations

import argparse
import time

from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.cli.progress import ProgressBar
from db.errors import AtlasError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("reindex", parents=[common], help="rebuild the search index")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.search.service import SearchService  # the search engine loads when the command runs

    service = SearchService(ctx.store)
    bar = ProgressBar("indexing")
    started = time.perf_counter()
    try:
        if not service.rebuild(progress=bar):
            raise AtlasError("reindexing was cancelled")
        status = service.status()
    finally:
        bar.finish()
        service.close()
    seconds = time.perf_counter() - started
    if ctx.json:
        emit_json({"documents": status.documents, "seconds": round(seconds, 2), "index": str(service.root),
                   "state": status.state})
    else:
        print(f"indexed {status.documents:,} entries in {seconds:.1f} s ({service.root})")
    return 0
