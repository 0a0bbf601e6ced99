"""`modelatlas restore NAME-OR-UUID --version N`: make an entry as it was after version N (a new version)."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("restore", parents=[common], help="restore an entry to one of its versions",
                                 description="Make the entry as it was right after version N of its history; the "
                                             "restore is recorded as a new version (restore that one to undo).")
    parser.add_argument("entry", metavar="NAME-OR-UUID", help="the entry (a deleted one by its full UUID)")
    parser.add_argument("--version", dest="version_number", required=True, metavar="N",
                        help="the version to restore (see `modelatlas history`)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.errors import ValidationError
    from db.history.entries import restore_version

    text = str(ctx.args.version_number).strip()
    if not text.isdigit():
        raise ValidationError({"version": f"{text!r} is not a version number (a whole number from 1)"})
    version = restore_version(ctx.store, ctx.args.entry, int(text))
    if ctx.json:
        emit_json({"restored": version is not None, "version": version.to_dict() if version else None})
    elif version is None:
        print(f"Nothing to do: the entry is already as it was after version {text}.")
    else:
        fields = ", ".join(version.changes) or "nothing"
        print(f"Restored version {text} as version {version.version} ({fields}).")
    return 0
