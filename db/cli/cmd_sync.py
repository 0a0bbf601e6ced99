"""`modelatlas sync URL`: pull what teammates pushed to the hub, merge it, and push what changed here."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("sync", parents=[common], help="sync this atlas with a team hub (PostgreSQL)")
    parser.add_argument("url", metavar="URL", help="the hub: postgresql://USER@HOST/DATABASE, a libpq connection "
                        "string or a service name; passwords come from PGPASSFILE or ~/.pgpass")
    parser.add_argument("--dry-run", action="store_true", help="only show what would be pulled and pushed")
    parser.add_argument("--pull-only", action="store_true", help="pull and merge, push nothing (for viewers)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.cli.cmd_merge import _catch_up_search_index
    from db.cli.progress import ProgressBar
    from db.hub import sync
    from db.jobs import by_stage

    args = ctx.args
    store = ctx.store
    bar = ProgressBar("syncing")
    try:
        report = sync(store, args.url, dry_run=args.dry_run, pull_only=args.pull_only, progress=by_stage(bar))
    finally:
        bar.finish()
    if report.touched and not args.dry_run:
        _catch_up_search_index(store)
    if ctx.json:
        emit_json(report.to_json())
        return 0
    kinds = sorted(set(report.pushed) | set(report.pulled))
    if kinds:
        emit_table([{"kind": k, "pulled": report.pulled.get(k, 0), "pushed": report.pushed.get(k, 0)} for k in kinds],
                   [("kind", "kind"), ("pulled", "pulled"), ("pushed", "pushed")])
    verb = "would sync" if args.dry_run else "synced"
    print(f"{verb} with {report.address}: {sum(report.pulled.values())} pulled, {sum(report.pushed.values())} "
          f"pushed, {report.conflicts} in conflict; hub version {report.hub_version}")
    if report.withheld:
        print(f"{report.withheld} private rows stay on this laptop")
    if report.conflicts:
        print("see them with `modelatlas conflicts`; settle each with `modelatlas resolve UUID`")
    return 0
