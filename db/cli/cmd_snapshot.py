"""`modelatlas snapshot create|list|delete`: named, dated points in the atlas's history (no copy is made)."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("snapshot", parents=[common], help="create, list or delete named snapshots")
    actions = parser.add_subparsers(dest="snapshot_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", parents=[common], help="name this point of the atlas's history")
    create.add_argument("name", help="the snapshot's name (unique)")
    create.add_argument("--note", default="", help="what the point is (a release, a report)")
    actions.add_parser("list", parents=[common], help="every snapshot with its time, author and counts")
    delete = actions.add_parser("delete", parents=[common], help="forget a snapshot (history stays)")
    delete.add_argument("name", help="the snapshot's name")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.history.snapshots import create_snapshot, delete_snapshot, list_snapshots

    args = ctx.args
    action = args.snapshot_action
    if action == "list":
        snapshots = [s.to_dict() for s in list_snapshots(ctx.store)]
        if ctx.json:
            emit_json(snapshots)
        else:
            rows = [{**s, "at": s["at"].replace("T", " "), "entries": sum(s["counts"].values())} for s in snapshots]
            emit_table(rows, [("name", "Snapshot"), ("at", "Time (UTC)"), ("author", "Author"),
                              ("entries", "Entries"), ("note", "Note")])
        return 0
    info = create_snapshot(ctx.store, args.name, args.note) if action == "create" else \
        delete_snapshot(ctx.store, args.name)
    if ctx.json:
        emit_json({"action": action, "snapshot": info.to_dict()})
    else:
        print(f"{'created' if action == 'create' else 'deleted'} snapshot {info.name!r} "
              f"({info.at.isoformat(sep=' ', timespec='seconds')})")
    return 0
