"""`modelatlas info`: which file, which schema, how many entries of each kind."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.schema import SCHEMA_REVISION


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("info", parents=[common], help="show the database file, schema and counts")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    store = ctx.store
    counts = store.counts()
    info = {
        "file": str(store.path.resolve()),
        "schema_revision": SCHEMA_REVISION,
        "database_uuid": store.identity,
        "change_seq": store.change_seq,
        "size_bytes": store.path.stat().st_size,
        "counts": counts,
    }
    if ctx.json:
        emit_json(info)
        return 0
    print(f"file:      {info['file']}")
    print(f"schema:    {info['schema_revision']}")
    print(f"identity:  {info['database_uuid']}")
    for key, n in counts.items():
        print(f"{key.replace('_', ' '):<14}{n:>8,}")
    return 0
