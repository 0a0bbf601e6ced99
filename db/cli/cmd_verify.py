"""`modelatlas verify NAME-OR-UUID`: record that you checked an entry (a license clause, a policy status) today."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("verify", parents=[common], help="mark an entry verified against its sources",
                                 description="Record that you checked the entry (or one license clause, or a policy "
                                             "note's status) against a source on a day; `list --stale DAYS` finds "
                                             "what nobody has checked for that long.")
    parser.add_argument("entry", metavar="NAME-OR-UUID", help="the entry you checked")
    parser.add_argument("--on", metavar="DATE", default=None, help="the day you checked it (YYYY-MM-DD; today)")
    parser.add_argument("--source", metavar="TEXT", default="", help="what you checked it against (URL, document)")
    parser.add_argument("--clause", metavar="KEY", default=None,
                        help="a license clause only (commercial_use, user_cap, attribution, ...)")
    parser.add_argument("--policy-status", action="store_true", help="a policy note's status only")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.freshness import mark_verified

    args = ctx.args
    mark = mark_verified(ctx.store, args.entry, by=ctx.author, on=args.on, source=args.source, clause=args.clause,
                         policy_status=args.policy_status)
    what = f"clause {args.clause} of " if args.clause else "the status of " if args.policy_status else ""
    if ctx.json:
        emit_json({"entry": args.entry, "clause": args.clause, "policy_status": args.policy_status,
                   "verified": mark.to_dict()})
    else:
        print(f"Verified {what}{args.entry}: {mark.describe()}")
    return 0
