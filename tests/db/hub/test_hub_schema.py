"""The hub's schema: every Alembic revision runs on PostgreSQL, one by one, and the result is the ORM's schema."""

from __future__ import annotations

import uuid as uuid_module
from pathlib import Path

import psycopg
import pytest
from hub_server import PgServer
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from db import migrate
from db.hub import grant, hub_status, init_hub, sync
from db.hub.connection import connect
from db.hub.errors import HubSchemaError
from db.revision import SCHEMA_REVISION
from db.schema import Base
from db.store import Store
from tests.db.schema_compare import schema_differences


def test_every_revision_runs_on_postgresql_and_ends_at_the_orm_schema(pg_server: PgServer, hub_database: str) -> None:
    url = pg_server.url(hub_database)
    engine = create_engine("postgresql+psycopg://", creator=lambda: connect(url), poolclass=NullPool)
    chain = [script.revision for script in reversed(list(migrate.script_directory().walk_revisions()))]
    try:
        for revision in chain:  # each step in its own transaction, so a failing one names itself
            with engine.begin() as connection:
                migrate.upgrade_connection(connection, revision)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_REVISION
            differences = schema_differences(connection, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_init_upgrades_an_older_hub_and_syncs_wait_for_it(pg_server: PgServer, hub_database: str,
                                                           seeded_path: Path) -> None:
    url = pg_server.url(hub_database)
    previous = migrate.script_directory().get_revision(SCHEMA_REVISION).down_revision
    assert isinstance(previous, str)
    first = init_hub(url, previous)
    assert first.created and first.schema_revision == previous
    with Store.open(seeded_path, "x") as store, pytest.raises(HubSchemaError, match="older schema") as older:
        sync(store, url)
    assert "hub init" in str(older.value)
    again = init_hub(url)
    assert not again.created and again.hub_id == first.hub_id
    assert (again.upgraded_from, again.schema_revision) == (previous, SCHEMA_REVISION)
    assert init_hub(url).upgraded_from is None


def test_hub_foreign_keys_are_checked_at_commit(pg_server: PgServer, hub_database: str) -> None:
    url = pg_server.url(hub_database)
    init_hub(url)
    with psycopg.connect(url) as connection:
        undeferred = connection.execute("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND "
                                        "connamespace = 'public'::regnamespace AND NOT condeferred").fetchone()
    assert undeferred == (0,)


def test_the_databases_owner_with_createrole_makes_the_hub(pg_server: PgServer) -> None:
    """No superuser needed: the database's owner with CREATEROLE creates the hub, its roles and its policies."""
    login = f"owner_{uuid_module.uuid4().hex[:8]}"
    with pg_server.admin() as connection:
        connection.execute(f"CREATE ROLE {login} LOGIN CREATEROLE PASSWORD 'owner-secret'")
        connection.execute(f'CREATE DATABASE "{login}_db" OWNER {login}')
    url = pg_server.url(f"{login}_db", login, "owner-secret")
    report = init_hub(url)
    assert report.created and report.roles["owner"] == f"{login}_db_hub_owner"
    assert hub_status(url).role == "owner"
    assert grant(url, "bob", "viewer").level == "viewer"
    assert hub_status(pg_server.url(f"{login}_db", "bob")).role == "viewer"
