"""`modelatlas tags list|rename|merge|recolor|delete`: housekeeping of the tags themselves."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("tags", parents=[common], help="list, rename, merge, recolor or delete tags")
    actions = parser.add_subparsers(dest="tags_action", metavar="ACTION", required=True)
    actions.add_parser("list", parents=[common], help="every tag with its color and number of entries")
    rename = actions.add_parser("rename", parents=[common], help="rename a tag")
    rename.add_argument("tag", help="the tag's name or UUID")
    rename.add_argument("new_name", help="its new name")
    merge = actions.add_parser("merge", parents=[common], help="merge tag A into tag B (A goes away)")
    merge.add_argument("source", metavar="A", help="the tag that goes away")
    merge.add_argument("target", metavar="B", help="the tag its entries get instead")
    recolor = actions.add_parser("recolor", parents=[common], help="give a tag a new color")
    recolor.add_argument("tag", help="the tag's name or UUID")
    recolor.add_argument("color", help="#rrggbb")
    delete = actions.add_parser("delete", parents=[common], help="delete a tag (a tombstone that travels in merges)")
    delete.add_argument("tag", help="the tag's name or UUID")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.tags import delete_tag, find_tag, list_tags, merge_tags, recolor_tag, rename_tag  # only when it runs

    args = ctx.args
    store = ctx.store
    action = args.tags_action
    if action == "list":
        tags = [{"uuid": t.uuid, "name": t.name, "color": t.color, "count": t.count} for t in list_tags(store)]
        if ctx.json:
            emit_json(tags)
        else:
            emit_table(tags, [("name", "Tag"), ("color", "Color"), ("count", "Entries")])
        return 0
    tag = find_tag(store, args.tag if action != "merge" else args.source)
    result: dict[str, object] = {"uuid": tag.uuid, "name": tag.name}
    if action == "rename":
        rename_tag(store, tag.uuid, args.new_name)
        result["name"] = find_tag(store, tag.uuid).name
        message = f"renamed {tag.name!r} to {result['name']!r}"
    elif action == "recolor":
        recolor_tag(store, tag.uuid, args.color)
        result["color"] = find_tag(store, tag.uuid).color
        message = f"{tag.name}: color {result['color']}"
    elif action == "merge":
        target = find_tag(store, args.target)
        merged = merge_tags(store, tag.uuid, target.uuid)
        result |= {"merged_into": {"uuid": target.uuid, "name": target.name}, "entries_gained": len(merged.entries)}
        message = f"merged {tag.name!r} into {target.name!r} ({len(merged.entries)} entries gained it)"
    else:
        delete_tag(store, tag.uuid)
        result["deleted"] = True
        message = f"deleted tag {tag.name!r}"
    if ctx.json:
        emit_json(result)
    else:
        print(message)
    return 0
