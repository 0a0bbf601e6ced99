"""`modelatlas searches`: the saved searches (stored in the atlas, so they travel with shared files)."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("searches", parents=[common], help="list saved searches")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.queries import ListFilter, list_page  # SQLAlchemy and the schema: only when it runs

    with ctx.store.read() as session:
        rows = list_page(session, ListFilter(kind="saved_search"), "name", limit=1_000_000).rows
    if ctx.json:
        emit_json([{"uuid": r["uuid"], "name": r["name"], "query": r["query"], "kind": r["kind_filter"]}
                   for r in rows])
        return 0
    emit_table(rows, [("name", "Name"), ("query", "Query"), ("kind_filter", "Kind")])
    return 0
