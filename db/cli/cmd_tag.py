"""`modelatlas tag|untag NAME-OR-UUID TAG…`: add or remove tags on one entry."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    for name, helptext in (("tag", "add tags to an entry"), ("untag", "remove tags from an entry")):
        parser = commands.add_parser(name, parents=[common], help=helptext)
        parser.add_argument("entry", help="name or UUID of the entry")
        parser.add_argument("tags", nargs="+", metavar="TAG", help="tag names")
        if name == "tag":
            parser.add_argument("--color", help="color for tags created now (#rrggbb)")
        parser.set_defaults(run=run, remove=name == "untag")


def run(ctx: CommandContext) -> int:
    store = ctx.store
    entry = store.resolve(ctx.args.entry)
    if ctx.args.remove:
        changed = store.untag([entry.uuid], ctx.args.tags)
    else:
        changed = store.tag([entry.uuid], ctx.args.tags, ctx.args.color)
    tags = [t.name for t in store.get(entry.uuid).tags]
    if ctx.json:
        emit_json({"uuid": entry.uuid, "name": entry.name, "tags": tags})
    else:
        verb = "removed from" if ctx.args.remove else "tagged"
        print(f"{verb} {entry.name}: {', '.join(changed) or 'nothing to change'}; tags now: {', '.join(tags) or '—'}")
    return 0
