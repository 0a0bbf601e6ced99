"""`modelatlas merge FILE`: preview, then merge a teammate's `.atlas` export into this atlas."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table
from db.cli.report_format import report_parent
from db.errors import AtlasError

COLUMNS = [("kind", "kind"), ("new", "new"), ("updated", "updated"), ("unchanged", "unchanged"),
           ("deleted", "deleted"), ("conflicts", "conflicts"), ("duplicates", "duplicates")]


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("merge", parents=[report_parent(common)],
                                 help="merge an .atlas export into this atlas")
    parser.add_argument("file", type=Path, help="the .atlas file to merge (it is never changed)")
    parser.add_argument("--policy", choices=("newer", "mine", "theirs"), default="newer",
                        help="which version shows while a conflict is open (both are always kept): newer (default), "
                             "mine or theirs")
    parser.add_argument("--dry-run", action="store_true", help="only show what would change")
    parser.add_argument("--changes", action="store_true",
                        help="with --dry-run: the entries added, removed and changed, field by field (as `diff`)")
    parser.set_defaults(run=run)


def _print(plan_json: dict, rows: list[dict], verb: str) -> None:
    emit_table(rows, COLUMNS)
    totals = plan_json["totals"]
    print(f"\n{verb}: {totals['new']} new, {totals['updated']} updated, {totals['deleted']} deleted, "
          f"{totals['conflicts']} in conflict, {totals['duplicates']} likely duplicates")


def _catch_up_search_index(store: Any) -> None:
    """A big merge: the search index starts catching up in the background now (searches meanwhile say so)."""
    try:
        from db.search.service import SearchService, existing_index_dir
    except ImportError:
        return
    folder = existing_index_dir(store)
    if folder is None:  # never searched: the first search builds the index
        return
    with contextlib.suppress(OSError, AtlasError), SearchService(store, folder, detached_catch_up=True) as service:
        service.catch_up_soon()


def check_changes_options(args: argparse.Namespace) -> None:
    """--changes only previews; Markdown, HTML and --out only apply to it."""
    if args.changes and not args.dry_run:
        raise AtlasError("--changes shows what would change: use it with --dry-run")
    if not args.changes and (getattr(args, "format", "table") in ("md", "html") or getattr(args, "out", None)):
        raise AtlasError("--format md|html and --out need --dry-run --changes")


def run(ctx: CommandContext) -> int:
    from db.exchange.api import apply_merge, preview_merge
    from db.exchange.merge import plan_summary
    from db.exchange.untrusted import open_incoming

    args = ctx.args
    check_changes_options(args)
    incoming = open_incoming(args.file)  # verified before the user's atlas is even opened
    try:
        store = ctx.store
        if args.changes:
            from db.cli.cmd_diff import emit_diff
            from db.history.preview import preview_merge_changes

            emit_diff(args, preview_merge_changes(store, incoming, args.policy))
            return 0
        if args.dry_run:
            result = preview_merge(store, incoming, args.policy)
            verb = "would merge"
        else:
            result = apply_merge(store, incoming, args.policy)
            verb = "merged"
            _catch_up_search_index(store)
    finally:
        incoming.close()
    data = result.to_json()
    if ctx.json:
        data["dry_run"] = bool(args.dry_run)
        if not args.dry_run:
            data["items"] = [{"action": i.action, "uuid": i.uuid, "kind": i.kind, "name": i.name,
                              "entry_uuid": i.entry_uuid, "detail": i.detail}
                             for i in result.items if i.action != "unchanged"]
        emit_json(data)
        return 0
    if data.get("note"):
        print(data["note"])
    if data.get("upgraded_from"):
        print(f"(the file's schema {data['upgraded_from']} was upgraded in a temporary copy)")
    _print(data, plan_summary(result.counts), verb)
    if not args.dry_run:
        print(f"backup of your atlas before the merge: {data['backup']}")
        if data["totals"]["conflicts"]:
            print("see them with `modelatlas conflicts`; settle each with `modelatlas resolve UUID`")
    return 0
