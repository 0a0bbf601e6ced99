"""Managing a hub: who may read, push or manage it (`grant`), and what it holds (`hub_status`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.hub.connection import connect, display_address, first_line
from db.hub.errors import HubError, HubPermissionError
from db.hub.hubschema import LOG_TABLE, ROLE_LEVELS, read_hub


@dataclass
class GrantReport:
    address: str
    login: str
    level: str
    group: str
    revoked: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"hub": self.address, "login": self.login, "role": self.level, "group_role": self.group,
                "revoked": list(self.revoked)}


@dataclass
class HubStatus:
    """A hub as one login sees it."""

    address: str
    hub_id: str
    server_version: str
    schema_revision: str
    hub_schema: int
    hub_version: int
    login: str
    role: str  # owner | editor | viewer | none (what this login may do)
    roles: dict[str, str]
    counts: dict[str, int]
    atlases: int
    pushes: int
    last_push_at: str | None
    last_pushed_by: str | None

    def to_json(self) -> dict[str, Any]:
        return {"hub": self.address, "hub_id": self.hub_id, "server_version": self.server_version,
                "schema_revision": self.schema_revision, "hub_schema": self.hub_schema,
                "hub_version": self.hub_version, "login": self.login, "role": self.role, "roles": dict(self.roles),
                "counts": dict(self.counts), "atlases": self.atlases, "pushes": self.pushes,
                "last_push_at": self.last_push_at, "last_pushed_by": self.last_pushed_by}


def grant(address: str, login: str, level: str) -> GrantReport:
    """Make `login` a viewer, editor or owner of the hub (and nothing else); only owners may."""
    import psycopg
    from psycopg import sql

    if level not in ROLE_LEVELS:
        raise HubError(f"unknown hub role {level!r}; choose viewer, editor or owner")
    where = display_address(address)
    connection = connect(address)
    try:
        with connection.cursor() as cursor:
            hub = read_hub(cursor, address)
            cursor.execute("SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,))
            row = cursor.fetchone()
            if row is None:
                raise HubError(f"the server has no login role {login!r}; its administrator creates it first "
                               f"(CREATE ROLE \"{login}\" LOGIN PASSWORD '…'), then grant again — nothing was changed")
            group = hub.roles[level]
            revoked = []
            for other in ROLE_LEVELS:
                name = hub.roles[other]
                if other == level:
                    continue
                cursor.execute("SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                               "JOIN pg_roles u ON u.oid = m.member WHERE r.rolname = %s AND u.rolname = %s",
                               (name, login))
                if cursor.fetchone():
                    cursor.execute(sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(name), sql.Identifier(login)))
                    revoked.append(other)
            admin = sql.SQL(" WITH ADMIN OPTION") if level == "owner" else sql.SQL("")
            cursor.execute(sql.SQL("GRANT {} TO {}{}").format(sql.Identifier(group), sql.Identifier(login), admin))
        connection.commit()
    except psycopg.errors.InsufficientPrivilege as error:
        raise HubPermissionError(f"the hub {where} refused the grant: {first_line(error)} (only a hub owner may "
                                 "grant roles); nothing was changed") from None
    except psycopg.Error as error:
        raise HubError(f"the grant on {where} failed: {first_line(error)}; nothing was changed") from None
    finally:
        connection.close()
    return GrantReport(where, login, level, group, revoked)


def hub_status(address: str) -> HubStatus:
    """What the hub holds and what this login may do there (also checks that this app can sync with it)."""
    import psycopg

    where = display_address(address)
    connection = connect(address)
    try:
        with connection.cursor() as cursor:
            hub = read_hub(cursor, address)
            cursor.execute("SELECT current_user, current_setting('server_version')")
            login, server_version = cursor.fetchone()  # type: ignore[misc]
            role = "none"
            for level in reversed(ROLE_LEVELS):
                cursor.execute("SELECT pg_has_role(current_user, %s, 'MEMBER') OR (SELECT rolsuper FROM pg_roles "
                               "WHERE rolname = current_user)", (hub.roles.get(level, ""),))
                if cursor.fetchone()[0]:  # type: ignore[index]
                    role = level
                    break
            counts: dict[str, int] = {}
            if role != "none":
                from db.vocab import COUNT_KEYS

                cursor.execute("SELECT kind, count(*) FROM entries WHERE deleted_at IS NULL GROUP BY kind")
                found = {str(k): int(n) for k, n in cursor.fetchall()}
                counts = {key: found.get(kind, 0) for kind, key in COUNT_KEYS.items()}
                cursor.execute(f"SELECT count(DISTINCT atlas), count(DISTINCT push) FROM {LOG_TABLE}")
                atlases, pushes = cursor.fetchone()  # type: ignore[misc]
                cursor.execute(f"SELECT pushed_at, pushed_by FROM {LOG_TABLE} ORDER BY id DESC LIMIT 1")
                last = cursor.fetchone()
            else:
                atlases, pushes, last = 0, 0, None
        connection.rollback()
    except psycopg.errors.InsufficientPrivilege as error:
        raise HubPermissionError(f"the hub {where} refused to show its status: {first_line(error)} (ask a hub owner "
                                 "for `modelatlas hub grant URL YOUR-LOGIN viewer`)") from None
    except psycopg.Error as error:
        raise HubError(f"cannot read the status of the hub {where}: {first_line(error)}") from None
    finally:
        connection.close()
    return HubStatus(where, hub.hub_id, str(server_version), hub.schema_revision, hub.hub_schema, hub.version,
                     str(login), role, dict(hub.roles), counts, int(atlases), int(pushes),
                     last[0].isoformat() if last else None, str(last[1]) if last else None)


@dataclass
class PushedVersion:
    """One line of the hub's log about an entry (or one of its rows): who pushed which version, when, from where."""

    push: int
    row_uuid: str
    table: str
    version: int
    author: str
    pushed_by: str
    pushed_at: str
    atlas: str

    def to_json(self) -> dict[str, Any]:
        return {"push": self.push, "row_uuid": self.row_uuid, "table": self.table, "version": self.version,
                "author": self.author, "pushed_by": self.pushed_by, "pushed_at": self.pushed_at, "atlas": self.atlas}


def pushed_versions(address: str, entry_uuid: str, limit: int = 100) -> list[PushedVersion]:
    """Who pushed what about an entry, newest first (for the entry's history; needs at least the viewer role)."""
    import psycopg

    where = display_address(address)
    connection = connect(address)
    try:
        with connection.cursor() as cursor:
            read_hub(cursor, address)
            cursor.execute(f"SELECT push, row_uuid, table_name, version, author, pushed_by, pushed_at, atlas FROM "
                           f"{LOG_TABLE} WHERE entry_uuid = %s ORDER BY id DESC LIMIT %s", (entry_uuid, limit))
            rows = cursor.fetchall()
        connection.rollback()
    except psycopg.errors.InsufficientPrivilege as error:
        raise HubPermissionError(f"the hub {where} refused to show its log: {first_line(error)}") from None
    except psycopg.Error as error:
        raise HubError(f"cannot read the log of the hub {where}: {first_line(error)}") from None
    finally:
        connection.close()
    return [PushedVersion(int(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]), str(r[5]), r[6].isoformat(),
                          str(r[7])) for r in rows]
