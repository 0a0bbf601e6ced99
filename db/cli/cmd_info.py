"""`modelatlas info`: which file, which schema, how many entries of each kind."""

from __future__ import annotations

import argparse

from db.cli.atlas_facts import AtlasFacts, read_facts
from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.revision import SCHEMA_REVISION


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("info", parents=[common], help="show the database file, schema and counts")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    path = ctx.target_path()
    facts = read_facts(path)  # an up-to-date file is read with plain SQL: no ORM, no store
    if facts is None:  # else the store opens it (creating the default atlas, upgrading, or saying what is wrong)
        store = ctx.store
        path = store.path
        facts = AtlasFacts(identity=store.identity, change_seq=store.change_seq, counts=store.counts())
    counts = facts.counts
    info = {
        "file": str(path.resolve()),
        "schema_revision": SCHEMA_REVISION,
        "database_uuid": facts.identity,
        "change_seq": facts.change_seq,
        "size_bytes": path.stat().st_size,
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
