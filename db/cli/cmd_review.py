"""`modelatlas review`: imported records whose match was uncertain; merge, create or dismiss one."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table
from db.errors import AtlasError
from db.importers.review import STATUSES, list_reviews, resolve_review


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("review", parents=[common], help="list or resolve uncertain import matches")
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--merge", nargs=2, metavar=("ID", "ENTRY"), help="the record is ENTRY: merge it in")
    action.add_argument("--create", metavar="ID", help="the record is a new model: create it")
    action.add_argument("--dismiss", metavar="ID", help="ignore the record (later imports skip it too)")
    parser.add_argument("--status", choices=(*STATUSES, "all"), default="open", help="which items to list")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    args = ctx.args
    if args.merge or args.create or args.dismiss:
        if args.status != "open":
            raise AtlasError("--status only applies when listing")
        if args.merge:
            item = resolve_review(ctx.store, args.merge[0], "merge", args.merge[1])
        elif args.create:
            item = resolve_review(ctx.store, args.create, "create")
        else:
            item = resolve_review(ctx.store, args.dismiss, "dismiss")
        if ctx.json:
            emit_json(item)
        else:
            target = f" → {item['resolved']['name']}" if item.get("resolved") else ""
            print(f"{item['id']} {item['status']}: {item['name']}{target}")
        return 0
    items = list_reviews(ctx.store, None if args.status == "all" else args.status)
    if ctx.json:
        emit_json(items)
        return 0
    rows = [item | {"candidate_name": (item["candidate"] or {}).get("name"), "where": item["origin"],
                    "signals": "; ".join(item["evidence"]) or item["reason"]}
            for item in items]
    emit_table(rows, [("id", "ID"), ("source", "Source"), ("name", "Record"), ("candidate_name", "Maybe"),
                      ("score", "Score"), ("signals", "Evidence"), ("where", "From")])
    if items and args.status == "open":
        print(f"\n{len(items)} to review: modelatlas review --merge ID ENTRY | --create ID | --dismiss ID")
    return 0
