"""`modelatlas hub init|grant|status URL`: create or upgrade a team hub, give logins roles, show what it holds."""

from __future__ import annotations

import argparse

from db.cli.context import CommandContext
from db.cli.output import emit_json, emit_table

ADDRESS_HELP = "the hub: postgresql://USER@HOST/DATABASE (libpq options such as sslmode may follow ?), a libpq " \
               "connection string or a service name; passwords come from PGPASSFILE or ~/.pgpass"


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("hub", parents=[common], help="create, manage and inspect a team hub (PostgreSQL)")
    actions = parser.add_subparsers(dest="hub_action", metavar="ACTION", required=True)
    init = actions.add_parser("init", parents=[common], help="create the hub in an empty database, or upgrade it")
    init.add_argument("url", metavar="URL", help=ADDRESS_HELP)
    grant = actions.add_parser("grant", parents=[common], help="make a login a viewer, editor or owner of the hub")
    grant.add_argument("url", metavar="URL", help=ADDRESS_HELP)
    grant.add_argument("login", metavar="ROLE", help="the PostgreSQL login role")
    grant.add_argument("level", choices=("viewer", "editor", "owner"),
                       help="viewer: pull; editor: pull and push; owner: also grant roles and upgrade the hub")
    status = actions.add_parser("status", parents=[common], help="what the hub holds and what you may do there")
    status.add_argument("url", metavar="URL", help=ADDRESS_HELP)
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    from db.hub import grant, hub_status, init_hub  # psycopg and SQLAlchemy load only when a hub command runs

    args = ctx.args
    if args.hub_action == "init":
        report = init_hub(args.url)
        if ctx.json:
            emit_json(report.to_json())
        elif report.created:
            print(f"created the hub {report.address} (schema {report.schema_revision}, hub id {report.hub_id})")
            print(f"roles: {', '.join(f'{level} = {name}' for level, name in report.roles.items())}; give logins "
                  "access with `modelatlas hub grant URL LOGIN viewer|editor|owner`")
        elif report.upgraded_from:
            print(f"upgraded the hub {report.address} from schema {report.upgraded_from} to {report.schema_revision}")
        else:
            print(f"the hub {report.address} is up to date (schema {report.schema_revision})")
        return 0
    if args.hub_action == "grant":
        granted = grant(args.url, args.login, args.level)
        if ctx.json:
            emit_json(granted.to_json())
        else:
            dropped = f" (no longer {', '.join(granted.revoked)})" if granted.revoked else ""
            print(f"{granted.login} is now {granted.level} of the hub {granted.address}{dropped}")
        return 0
    status = hub_status(args.url)
    if ctx.json:
        emit_json(status.to_json())
        return 0
    print(f"hub {status.address}  (id {status.hub_id}, PostgreSQL {status.server_version})")
    print(f"schema {status.schema_revision}, hub version {status.hub_version}: {status.pushes} pushes from "
          f"{status.atlases} atlases" + (f", last at {status.last_push_at} by {status.last_pushed_by}"
                                          if status.last_push_at else ""))
    print(f"you are {status.login}: {status.role}")
    if status.counts:
        emit_table([{"kind": kind, "count": n} for kind, n in status.counts.items()], [("kind", "Kind"),
                                                                                       ("count", "Entries")])
    return 0
