"""The hub's database: the atlas schema by the same Alembic revisions, plus the hub's own tables, roles and rules.

`init_hub` creates or upgrades a hub in one PostgreSQL transaction (DDL is transactional there): the atlas tables by
`db.migrate` (so a revision that fails on PostgreSQL fails here and in the tests), then what only a hub has:

* `hub_meta` — key/value facts: `format` (`modelatlas-hub`, what makes a database a hub), `hub_schema` (the version
  of these hub-only tables), `hub_id` (a UUID naming the hub in each laptop's sync cursor) and the role names;
* `hub_log` — append-only: every pushed row version with its clock, content hash and content, the row's author,
  the pushing login (`pushed_by`, forced to `current_user` by row-level security), time and atlas identity;
* `hub_push_seq` — numbers the pushes; a row's `change_seq` on the hub is the push that last wrote it, so a pull
  asks for `change_seq > cursor`.

Roles are PostgreSQL's own: three group roles per hub database (`DB_hub_viewer` ⊂ `DB_hub_editor` ⊂
`DB_hub_owner`). Viewers may SELECT; editors may also INSERT and UPDATE the synced tables and append to the log
(nobody gets DELETE: deletions travel as tombstones); owners own every table (ALTER for migrations) and may grant the
three roles. Row-level security refuses a private note or evaluation on the hub whoever pushes it, and a log line
claiming another login. The hub's foreign keys are made DEFERRABLE INITIALLY DEFERRED so one push can write rows in
any order and still be checked at commit.
"""

from __future__ import annotations

import json
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.hub.connection import connect, display_address, first_line
from db.hub.errors import HubError, HubPermissionError, HubSchemaError, NotAHubError
from db.revision import SCHEMA_REVISION

if TYPE_CHECKING:
    import psycopg

HUB_FORMAT = "modelatlas-hub"
HUB_SCHEMA = 1
"""The version of the hub-only tables (hub_meta, hub_log, hub_push_seq, roles and policies) this app writes."""
META_TABLE = "hub_meta"
LOG_TABLE = "hub_log"
PUSH_SEQUENCE = "hub_push_seq"
PUSH_LOCK = 0x4D41_4855_4221
"""pg_advisory_xact_lock key: one push at a time per hub, so push numbers commit in order."""
ROLE_LEVELS = ("viewer", "editor", "owner")
PRIVATE_TABLES = ("notes", "evaluations")


@dataclass
class HubInfo:
    """What a hub says about itself."""

    hub_id: str
    hub_schema: int
    schema_revision: str
    roles: dict[str, str]
    version: int  # the last push number (0: nothing pushed yet)
    created_at: str = ""


@dataclass
class InitReport:
    """What `init_hub` did."""

    address: str
    hub_id: str
    created: bool
    upgraded_from: str | None
    schema_revision: str
    roles: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"address": self.address, "hub_id": self.hub_id, "created": self.created,
                "upgraded_from": self.upgraded_from, "schema_revision": self.schema_revision, "roles": self.roles}


def _sql() -> Any:
    from psycopg import sql

    return sql


def role_names(database: str) -> dict[str, str]:
    """The three group roles of the hub in `database` (PostgreSQL names are at most 63 bytes)."""
    stem = database[:48]
    return {level: f"{stem}_hub_{level}" for level in ROLE_LEVELS}


def known_revisions() -> set[str]:
    """Revision ids this app's migrations know, from their file names (a sync never loads Alembic)."""
    versions = Path(__file__).resolve().parents[1] / "migrations" / "versions"
    return {p.name.split("_", 1)[0] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")}


def read_hub(cursor: psycopg.Cursor, address: str) -> HubInfo:
    """The hub's facts, or NotAHubError / HubSchemaError when this app cannot sync with it."""
    where = display_address(address)
    cursor.execute("SELECT to_regclass('public.hub_meta') IS NOT NULL")
    row = cursor.fetchone()
    if not row or not row[0]:
        raise NotAHubError(f"{where} is not a Model Atlas hub (it has no hub_meta table); an owner creates one with "
                           f"`modelatlas hub init URL`")
    cursor.execute("SELECT key, value FROM hub_meta")
    meta = {str(k): str(v) for k, v in cursor.fetchall()}
    if meta.get("format") != HUB_FORMAT:
        raise NotAHubError(f"{where} is not a Model Atlas hub (its hub_meta is not a Model Atlas hub's)")
    try:
        hub_schema = int(meta.get("hub_schema", "0"))
        roles = json.loads(meta.get("roles", "{}"))
    except ValueError:
        raise NotAHubError(f"{where}: its hub_meta is malformed; it is not a Model Atlas hub") from None
    if hub_schema > HUB_SCHEMA:
        raise HubSchemaError(f"the hub {where} has hub schema {hub_schema}, newer than this Model Atlas reads "
                             f"({HUB_SCHEMA}); install the newer Model Atlas")
    cursor.execute("SELECT version_num FROM alembic_version")
    revisions = [str(r[0]) for r in cursor.fetchall()]
    revision = revisions[0] if len(revisions) == 1 else ""
    if revision not in known_revisions():
        raise HubSchemaError(f"the hub {where} has schema {revision[:16] or 'unknown'}, newer than this Model Atlas "
                             f"reads (up to {SCHEMA_REVISION}); install the newer Model Atlas — nothing was changed")
    if revision != SCHEMA_REVISION or hub_schema < HUB_SCHEMA:
        raise HubSchemaError(f"the hub {where} has the older schema {revision} (this Model Atlas uses "
                             f"{SCHEMA_REVISION}); a hub owner upgrades it with `modelatlas hub init URL` — nothing "
                             "was changed")
    cursor.execute(f"SELECT coalesce(max(push), 0) FROM {LOG_TABLE}")
    version = int(cursor.fetchone()[0])  # type: ignore[index]
    return HubInfo(meta.get("hub_id", ""), hub_schema, revision, dict(roles), version, meta.get("created_at", ""))


def init_hub(address: str, revision: str = "head") -> InitReport:
    """Create the hub in an empty database, or upgrade an existing hub to this app's schema; one transaction.

    `revision` stops the atlas schema at an older revision (to test upgrades, or to match laptops not yet
    upgraded); a hub below this app's revision refuses syncs until `init_hub` brings it to the head.
    """
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from db.migrate import upgrade_connection

    where = display_address(address)
    connect(address).close()  # a clear message for a bad address or refused login before SQLAlchemy gets involved
    engine = create_engine("postgresql+psycopg://", creator=lambda: connect(address), poolclass=NullPool)
    try:
        with engine.begin() as connection:
            raw: psycopg.Connection = connection.connection.driver_connection  # type: ignore[assignment]
            with raw.cursor() as cursor:
                created, before, hub_id = _prepare(cursor, where)
                cursor.execute("SELECT current_database()")
                roles = role_names(str(cursor.fetchone()[0]))  # type: ignore[index]
                _roles(cursor, roles)
            upgrade_connection(connection, revision)
            revision_now = str(connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar())
            with raw.cursor() as cursor:
                _hub_tables(cursor)
                cursor.execute("RESET ROLE")  # back to the login: it may own older tables that move to the owners
                _ownership_and_keys(cursor, roles)
                _grants(cursor, roles)
                _policies(cursor, roles)
                _meta(cursor, hub_id, roles, created)
    except psycopg.errors.InsufficientPrivilege as error:
        raise HubPermissionError(f"the server refused to set up the hub {where}: {first_line(error)} (hub init needs "
                                 "the database's owner with CREATEROLE, or a hub owner to upgrade)") from None
    except psycopg.OperationalError as error:
        raise HubError(f"hub init on {where} failed, nothing was changed: {first_line(error)}") from None
    except psycopg.Error as error:
        raise HubError(f"hub init on {where} failed, nothing was changed: {first_line(error)}") from None
    finally:
        engine.dispose()
    return InitReport(where, hub_id, created, None if created or before == revision_now else before,
                      revision_now, roles)


def _prepare(cursor: psycopg.Cursor, where: str) -> tuple[bool, str | None, str]:
    """Refuse a database holding something else or a newer hub; say whether the hub is new, and its revision."""
    cursor.execute("SELECT to_regclass('public.hub_meta') IS NOT NULL, "
                   "to_regclass('public.alembic_version') IS NOT NULL")
    has_meta, has_alembic = cursor.fetchone()  # type: ignore[misc]
    if not has_meta:
        cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename LIMIT 4")
        others = [str(r[0]) for r in cursor.fetchall()]
        if others:
            raise NotAHubError(f"{where} already holds other tables ({', '.join(others)}) and is not a Model Atlas "
                               "hub; create the hub in an empty database — nothing was changed")
        return True, None, str(uuid_module.uuid4())
    cursor.execute("SELECT key, value FROM hub_meta")
    meta: dict[str, str] = {str(k): str(v) for k, v in cursor.fetchall()}
    if meta.get("format") != HUB_FORMAT:
        raise NotAHubError(f"{where} is not a Model Atlas hub (its hub_meta is another program's)")
    if int(meta.get("hub_schema", "0")) > HUB_SCHEMA:
        raise HubSchemaError(f"the hub {where} was made by a newer Model Atlas (hub schema {meta['hub_schema']}); "
                             "install the newer version to manage it")
    revision = None
    if has_alembic:
        cursor.execute("SELECT version_num FROM alembic_version")
        row = cursor.fetchone()
        revision = str(row[0]) if row else None
        if revision is not None and revision not in known_revisions():
            raise HubSchemaError(f"the hub {where} has schema {revision[:16]}, newer than this Model Atlas reads (up "
                                 f"to {SCHEMA_REVISION}); install the newer version — nothing was changed")
    roles = json.loads(meta.get("roles", "{}"))
    owner = roles.get("owner")
    if owner:
        cursor.execute("SELECT pg_has_role(current_user, %s, 'MEMBER') OR (SELECT rolsuper FROM pg_roles "
                       "WHERE rolname = current_user)", (owner,))
        if not cursor.fetchone()[0]:  # type: ignore[index]
            raise HubPermissionError(f"only an owner of the hub {where} may upgrade it (ask one for "
                                     f"`modelatlas hub grant URL YOUR-LOGIN owner`) — nothing was changed")
    return False, revision, str(meta.get("hub_id") or uuid_module.uuid4())


def _roles(cursor: psycopg.Cursor, roles: dict[str, str]) -> None:
    sql = _sql()
    ident = {level: sql.Identifier(name) for level, name in roles.items()}
    cursor.execute("SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)", (list(roles.values()),))
    existing = {str(r[0]) for r in cursor.fetchall()}
    for level in ROLE_LEVELS:
        if roles[level] not in existing:
            cursor.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(ident[level]))
    cursor.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
    superuser = bool(cursor.fetchone()[0])  # type: ignore[index]
    cursor.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')", (roles["owner"],))
    if not cursor.fetchone()[0] and not superuser:  # type: ignore[index]
        cursor.execute(sql.SQL("GRANT {} TO CURRENT_USER WITH ADMIN OPTION").format(ident["owner"]))
    _membership(cursor, roles["viewer"], roles["editor"])
    _membership(cursor, roles["editor"], roles["owner"])
    for level in ("viewer", "editor"):  # members of the owner role may grant these (admin passes down in PG ≤ 15)
        cursor.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(ident[level], ident["owner"]))
    cursor.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA public TO {}").format(ident["owner"]))
    cursor.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(ident["viewer"]))
    cursor.execute(sql.SQL("SET LOCAL ROLE {}").format(ident["owner"]))  # what is created now belongs to the owners


def _membership(cursor: psycopg.Cursor, role: str, member: str) -> None:
    sql = _sql()
    cursor.execute("SELECT pg_has_role(%s, %s, 'MEMBER')", (member, role))
    if not cursor.fetchone()[0]:  # type: ignore[index]
        cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), sql.Identifier(member)))


def _hub_tables(cursor: psycopg.Cursor) -> None:
    cursor.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key varchar(64) PRIMARY KEY, value text NOT NULL)")
    cursor.execute(f"CREATE SEQUENCE IF NOT EXISTS {PUSH_SEQUENCE}")
    cursor.execute(
        f"CREATE TABLE IF NOT EXISTS {LOG_TABLE} ("
        " id bigserial PRIMARY KEY,"
        " push bigint NOT NULL,"
        " row_uuid varchar(36) NOT NULL,"
        " table_name varchar(64) NOT NULL,"
        " entry_uuid varchar(36),"
        " version integer NOT NULL,"
        " clock json NOT NULL,"
        " content_hash varchar(64) NOT NULL,"
        " content json NOT NULL,"
        " author varchar(200) NOT NULL DEFAULT '',"
        " pushed_by name NOT NULL DEFAULT current_user,"
        " pushed_at timestamptz NOT NULL DEFAULT now(),"
        " atlas varchar(36) NOT NULL)"
    )
    cursor.execute(f"CREATE INDEX IF NOT EXISTS ix_hub_log_push ON {LOG_TABLE} (push)")
    cursor.execute(f"CREATE INDEX IF NOT EXISTS ix_hub_log_row ON {LOG_TABLE} (row_uuid)")
    cursor.execute(f"CREATE INDEX IF NOT EXISTS ix_hub_log_entry ON {LOG_TABLE} (entry_uuid)")


def _tables(cursor: psycopg.Cursor) -> list[str]:
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    return [str(r[0]) for r in cursor.fetchall()]


def _ownership_and_keys(cursor: psycopg.Cursor, roles: dict[str, str]) -> None:
    sql = _sql()
    cursor.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                   "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') AND NOT pg_has_role(c.relowner, %s, "
                   "'MEMBER')", (roles["owner"],))
    for (name,) in cursor.fetchall():
        cursor.execute(sql.SQL("ALTER TABLE {} OWNER TO {}").format(sql.Identifier(name),
                                                                   sql.Identifier(roles["owner"])))
    cursor.execute("SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f' "
                   "AND connamespace = 'public'::regnamespace AND NOT condeferrable")
    for table, constraint in cursor.fetchall():
        cursor.execute(sql.SQL("ALTER TABLE {} ALTER CONSTRAINT {} DEFERRABLE INITIALLY DEFERRED").format(
            sql.Identifier(str(table).strip('"')), sql.Identifier(constraint)))


def synced_tables() -> list[str]:
    from db.exchange.layout import SYNC_TABLE, layout

    return [info.name for info in layout().synced] + [SYNC_TABLE]


def _grants(cursor: psycopg.Cursor, roles: dict[str, str]) -> None:
    sql = _sql()
    viewer, editor = sql.Identifier(roles["viewer"]), sql.Identifier(roles["editor"])
    tables = _tables(cursor)
    for table in tables:
        cursor.execute(sql.SQL("REVOKE ALL ON {} FROM PUBLIC").format(sql.Identifier(table)))
        cursor.execute(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(table), viewer))
    for table in synced_tables():
        cursor.execute(sql.SQL("GRANT INSERT, UPDATE ON {} TO {}").format(sql.Identifier(table), editor))
    cursor.execute(sql.SQL("GRANT INSERT ON {} TO {}").format(sql.Identifier(LOG_TABLE), editor))
    cursor.execute(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(editor))


def _policies(cursor: psycopg.Cursor, roles: dict[str, str]) -> None:
    """Row-level security: private notes and evaluations never enter the hub; log lines name their real pusher."""
    sql = _sql()
    viewer, editor = sql.Identifier(roles["viewer"]), sql.Identifier(roles["editor"])
    rules: dict[str, tuple[str, str]] = {table: ("true", "NOT private") for table in PRIVATE_TABLES}
    rules[LOG_TABLE] = ("true", "pushed_by = current_user")
    for table, (readable, writable) in rules.items():
        name = sql.Identifier(table)
        cursor.execute(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(name))
        cursor.execute(sql.SQL("ALTER TABLE {} FORCE ROW LEVEL SECURITY").format(name))
        cursor.execute("SELECT policyname FROM pg_policies WHERE schemaname = 'public' AND tablename = %s", (table,))
        for (policy,) in cursor.fetchall():
            cursor.execute(sql.SQL("DROP POLICY {} ON {}").format(sql.Identifier(policy), name))
        cursor.execute(sql.SQL("CREATE POLICY hub_read ON {} FOR SELECT TO {} USING ({})").format(
            name, viewer, sql.SQL(readable)))
        cursor.execute(sql.SQL("CREATE POLICY hub_insert ON {} FOR INSERT TO {} WITH CHECK ({})").format(
            name, editor, sql.SQL(writable)))
        if table != LOG_TABLE:  # the log is append-only
            cursor.execute(sql.SQL("CREATE POLICY hub_update ON {} FOR UPDATE TO {} USING (true) WITH CHECK ({})")
                           .format(name, editor, sql.SQL(writable)))


def _meta(cursor: psycopg.Cursor, hub_id: str, roles: dict[str, str], created: bool) -> None:
    values = {"format": HUB_FORMAT, "hub_schema": str(HUB_SCHEMA), "hub_id": hub_id, "roles": json.dumps(roles)}
    if created:
        values["created_at"] = datetime.now(UTC).replace(microsecond=0).isoformat()
    for key, value in values.items():
        cursor.execute(f"INSERT INTO {META_TABLE} (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value", (key, value))
