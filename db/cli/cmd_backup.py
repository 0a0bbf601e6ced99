"""`modelatlas backup`: a consistent copy of the atlas into its rotated backups folder."""

from __future__ import annotations

import argparse

from db.backend import BACKUPS_KEPT, backup_file
from db.cli.context import CommandContext
from db.cli.output import emit_json


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("backup", parents=[common],
                                 help=f"back up the atlas (the newest {BACKUPS_KEPT} backups are kept)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    target = backup_file(ctx.store.path, "manual")
    if ctx.json:
        emit_json({"backup": str(target.resolve())})
    else:
        print(f"backed up to {target}")
    return 0
