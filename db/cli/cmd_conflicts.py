"""`modelatlas conflicts`: rows both laptops changed, each with the fields whose versions differ."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import cell, emit_json


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("conflicts", parents=[common], help="list conflicts left by merges")
    parser.add_argument("--all", action="store_true", help="also list resolved conflicts")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.exchange.api import list_conflicts

    conflicts = list_conflicts(ctx.store, include_resolved=ctx.args.all)
    if ctx.json:
        emit_json([c.to_json() for c in conflicts])
        return 0
    if not conflicts:
        print("no conflicts")
        return 0
    for conflict in conflicts:
        status = "" if conflict.status == "open" else f" [{conflict.status}]"
        print(f"{conflict.row_uuid}  {conflict.kind}  {conflict.name or '(unnamed)'}{status}  — from {conflict.origin}")
        for diff in conflict.fields:
            print(f"    {diff.field}: mine={cell(diff.mine)[:60]!r}  theirs={cell(diff.theirs)[:60]!r}")
    print(f"\n{len(conflicts)} conflict(s); settle one with `modelatlas resolve UUID --take mine|theirs` "
          "or `--field FIELD=mine|theirs|VALUE`")
    return 0
