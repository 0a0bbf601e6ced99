"""`modelatlas init PATH [--empty]`: create a new atlas file."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.library import create_atlas


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("init", parents=[common], help="create a new atlas file (from the seed)")
    parser.add_argument("path", type=Path, help="the new file (conventionally ending in .atlas)")
    parser.add_argument("--empty", action="store_true", help="start empty instead of from the seed")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    store = create_atlas(ctx.args.path, ctx.author, empty=ctx.args.empty)
    try:
        counts = store.counts()
        path = str(store.path.resolve())
    finally:
        store.close()
    if ctx.json:
        emit_json({"path": path, "counts": counts})
    else:
        summary = ", ".join(f"{n} {key.replace('_', ' ')}" for key, n in counts.items() if n)
        print(f"created {path}" + (f" with {summary}" if summary else " (empty)"))
    return 0
