"""`modelatlas resolve UUID`: settle a conflict, field by field or all at once."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json
from db.errors import AtlasError


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("resolve", parents=[common], help="resolve a conflict left by a merge")
    parser.add_argument("uuid", help="the UUID of the row in conflict (or of the conflict), as `conflicts` shows")
    parser.add_argument("--take", choices=("mine", "theirs"), help="take this version for every field not given")
    parser.add_argument("--field", action="append", default=[], metavar="FIELD=mine|theirs|VALUE",
                        help="the choice for one field (repeatable)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.exchange.api import resolve_conflict

    choices: dict[str, str] = {}
    for item in ctx.args.field:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise AtlasError(f"--field {item!r} is not FIELD=mine|theirs|VALUE")
        choices[field.strip()] = value
    chosen = resolve_conflict(ctx.store, ctx.args.uuid, choices, default=ctx.args.take)
    if ctx.json:
        emit_json({"uuid": ctx.args.uuid, "resolved": True, "values": chosen})
    else:
        print(f"resolved {ctx.args.uuid}: " + (", ".join(sorted(chosen)) or "no differing fields"))
    return 0
