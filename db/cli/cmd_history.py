"""`modelatlas history NAME-OR-UUID`: every version of an entry, newest first, with what changed field by field."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("history", parents=[common], help="the versions of an entry, newest first",
                                 description="Every recorded change of an entry (fields, components, clauses, tags, "
                                             "links, evaluations): who, when, how and from where, as [old, new].")
    parser.add_argument("entry", metavar="NAME-OR-UUID", help="the entry (a deleted one by its full UUID)")
    parser.add_argument("--limit", type=int, metavar="N", help="only the newest N versions")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.errors import ValidationError
    from db.history.change_text import change_text
    from db.history.entries import entry_history

    args = ctx.args
    if args.limit is not None and args.limit < 1:
        raise ValidationError({"limit": "must be 1 or more"})
    versions = entry_history(ctx.store, args.entry)
    if args.limit is not None:
        versions = versions[:args.limit]
    if ctx.json:
        emit_json([version.to_dict() for version in versions])
        return 0
    if not versions:
        print("No recorded history for this entry (changes are recorded from schema 0007 on).")
        return 0
    for version in versions:
        where = f" ({version.source})" if version.source else ""
        print(f"v{version.version}  {version.at[:19].replace('T', ' ')}  {version.author or 'unknown'}  "
              f"{version.via}{where}")
        for name, (old, new) in version.changes.items():
            if name == "exists":
                print("    created" if new else "    removed")
            else:
                print(f"    {name}: {change_text(old)} → {change_text(new)}")
    return 0
