"""Migration 0008's index on lower(trim(family)): family look-ups search it, and files at 0007 are upgraded to it."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from db import backend, lineage, migrate
from db.errors import NewerSchemaError
from db.reading import lineage as reading_lineage
from db.reading.connection import open_current
from db.schema import Base
from db.store import Store
from tests.db.schema_compare import expression_indexes

INDEX = "ix_models_family_key"
INDEX_SQL = f"CREATE INDEX {INDEX} ON models (lower(trim(family)))"
FAMILY_KEY = "lower(trim(models.family))"


def _model(store: Store, name: str, family: str | None = None) -> str:
    developer = store.resolve("Acme AI", "organization").uuid
    uuid = store.create("model", {"name": name, "developer": developer}).uuid
    if family is not None:
        lineage.set_family(store, uuid, family)
    return uuid


def _index_sql(path: Path) -> str | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (INDEX,)).fetchone()
    return None if row is None else str(row[0])


def _traced(connection: sqlite3.Connection, read: Callable[[], Any]) -> list[str]:
    """The statements `read` runs on `connection`, with their parameters written in (SQLite's expanded SQL)."""
    statements: list[str] = []
    connection.set_trace_callback(statements.append)
    try:
        read()
    finally:
        connection.set_trace_callback(None)
    return statements


def _family_lookup_plan(connection: sqlite3.Connection, statements: list[str]) -> list[str]:
    """EXPLAIN QUERY PLAN of the one family look-up among `statements` (the one comparing the family key)."""
    lookups = [s for s in statements if FAMILY_KEY in s]
    assert len(lookups) == 1, statements
    return [str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {lookups[0]}")]


def test_the_schema_declares_the_index_the_migration_makes(tmp_path: Path) -> None:
    assert [str(index.name) for index in expression_indexes(Base.metadata)] == [INDEX]
    path = tmp_path / "fresh.atlas"
    migrate.upgrade(path)
    assert _index_sql(path) == INDEX_SQL


def test_the_family_lookup_searches_the_index(mini: Store) -> None:
    focus = _model(mini, "Kestrel 7B", "Kestrel")
    _model(mini, "Kestrel 70B", " kestrel ")
    _model(mini, "Falcon 7B", "Falcon")
    with mini.read() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        trees: list[lineage.FamilyTree] = []
        statements = _traced(raw, lambda: trees.append(lineage.family_tree(session, focus)))
        plan = _family_lookup_plan(raw, statements)
    assert [m.name for m in trees[0].members()] == ["Kestrel 70B", "Kestrel 7B"]
    assert any(f"SEARCH models USING INDEX {INDEX} (<expr>=?)" in step for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan


def test_the_plain_sql_family_lookup_searches_the_index(mini_path: Path) -> None:
    with Store.open(mini_path, "tester") as store:
        focus = _model(store, "Kestrel 7B", "Kestrel")
        _model(store, "Kestrel 70B", "KESTREL")
    connection = open_current(mini_path)
    assert connection is not None
    try:
        found = reading_lineage.lineage(connection, focus)
        trees: list[tuple[str | None, list[reading_lineage.TreeNode]]] = []
        statements = _traced(connection, lambda: trees.append(reading_lineage.family_tree(connection, found)))
        plan = _family_lookup_plan(connection, statements)
    finally:
        connection.close()
    family, roots = trees[0]
    assert family == "Kestrel" and sorted(root.model.name for root in roots) == ["Kestrel 70B", "Kestrel 7B"]
    assert any(f"SEARCH models USING INDEX {INDEX} (<expr>=?)" in step for step in plan), plan
    assert not any(step.startswith("SCAN") for step in plan), plan


def test_a_family_outside_ascii_is_found_by_the_index_alone(mini: Store) -> None:
    """SQLite's lower() folds only ASCII letters ("ÉMERAUDE" keys as "Émeraude"): the key asked for is made by the
    same SQL as the stored keys, so a model's own family finds its members without reading every model's family."""
    first = _model(mini, "Émeraude 7B", "Émeraude")
    second = _model(mini, "Émeraude 70B", "ÉMERAUDE")
    with mini.read() as session:
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        found: list[list[lineage.Lineal]] = []
        statements = _traced(raw, lambda: found.append(lineage.family_members(session, "Émeraude")))
    assert [m.uuid for m in found[0]] == [second, first]
    assert not any("models.family IS NOT NULL" in s for s in statements), "fell back to reading every family"


def _at_0007_with_families(path: Path) -> Path:
    """A file exactly as schema 0007 made it, holding two models of one family."""
    migrate.upgrade(path, "0007")
    row = ("2025-01-01 00:00:00", "2025-01-01 00:00:00", "old laptop", None, 1, 1)
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO atlas_meta (key, value) VALUES ('database_uuid', 'db-from-0007')")
        for uuid, name, family in (("m-1", "Kestrel 7B", "Kestrel"), ("m-2", "Kestrel 70B", "kestrel")):
            connection.execute(
                "INSERT INTO entries (uuid, kind, name, name_key, created_at, modified_at, author, deleted_at, "
                "version, change_seq) VALUES (?, 'model', ?, ?, ?, ?, ?, ?, ?, ?)", (uuid, name, name.lower(), *row))
            connection.execute("INSERT INTO models (uuid, family, modalities, access, openness_manual, mof_class, "
                               "summary) VALUES (?, ?, '[]', '[]', 0, 0, '')", (uuid, family))
    assert backend.read_revision(path) == "0007" and _index_sql(path) is None
    return path


def test_a_file_at_0007_is_backed_up_and_gains_the_index(tmp_path: Path) -> None:
    path = _at_0007_with_families(tmp_path / "old.atlas")
    with Store.open(path, "tester") as store, store.read() as session:
        assert [m.name for m in lineage.family_members(session, "KESTREL")] == ["Kestrel 70B", "Kestrel 7B"]
    assert backend.read_revision(path) == "0008"
    assert _index_sql(path) == INDEX_SQL
    backups = list((tmp_path / "old.backups").glob("old-*.atlas"))
    assert len(backups) == 1 and "before-upgrade-from-0007" in backups[0].name
    assert _index_sql(backups[0]) is None and backend.read_revision(backups[0]) == "0007"


def test_the_downgrade_drops_the_index_and_keeps_the_families(tmp_path: Path) -> None:
    from alembic import command

    path = _at_0007_with_families(tmp_path / "old.atlas")
    migrate.upgrade(path)
    command.downgrade(migrate.alembic_config(path), "0007")
    assert backend.read_revision(path) == "0007" and _index_sql(path) is None
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT family FROM models ORDER BY uuid").fetchall() == [("Kestrel",), ("kestrel",)]


def test_a_file_at_0008_is_newer_for_code_at_0007(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What the release before this one says about a file this one wrote: its migrations end at 0007."""
    path = tmp_path / "new.atlas"
    Store.open(path, create=True).close()
    older = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, older, ignore=shutil.ignore_patterns("__pycache__", "0008_*"))
    monkeypatch.setattr(migrate, "MIGRATIONS", older)
    monkeypatch.setattr(backend, "SCHEMA_REVISION", "0007")
    with pytest.raises(NewerSchemaError, match="newer Model Atlas") as refused:
        Store.open(path)
    assert "0008" in str(refused.value)
    assert backend.read_revision(path) == "0008" and _index_sql(path) == INDEX_SQL  # nothing was changed
