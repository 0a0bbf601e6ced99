"""Schema migrations: a linear chain named by file prefixes, a head equal to the ORM, and safe upgrades."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from db import backend, migrate
from db.errors import NewerSchemaError
from db.schema import SCHEMA_REVISION, Base
from db.store import Store
from tests.db.schema_compare import schema_differences

VERSIONS = migrate.MIGRATIONS / "versions"
FIRST = "0001"
ORG_UUID = "11111111-2222-4333-8444-555555555555"
TAG_UUID = "66666666-7777-4888-9999-000000000000"


def _script_files() -> list[Path]:
    return sorted(p for p in VERSIONS.glob("*.py") if p.name != "__init__.py")


def test_every_migration_file_is_numbered() -> None:
    for path in _script_files():
        assert re.fullmatch(r"\d{4}_[a-z0-9_]+\.py", path.name), path.name


def test_revision_chain_is_linear_with_ids_equal_to_file_prefixes() -> None:
    scripts = migrate.script_directory()
    assert scripts.get_bases() == [FIRST]
    assert scripts.get_heads() == [SCHEMA_REVISION]
    chain = list(reversed(list(scripts.walk_revisions())))
    assert [s.revision for s in chain] == [p.name[:4] for p in _script_files()]
    previous = None
    for script in chain:
        assert Path(script.path).name.startswith(f"{script.revision}_")
        assert script.down_revision == previous, f"{script.revision} must follow {previous}"
        assert not script.branch_labels and not script.dependencies
        previous = script.revision
    assert previous == SCHEMA_REVISION


def test_schema_revision_is_the_newest_file() -> None:
    assert max(p.name[:4] for p in _script_files()) == SCHEMA_REVISION


def test_migrated_schema_equals_the_orm_metadata(tmp_path: Path) -> None:
    path = tmp_path / "fresh.atlas"
    Store.open(path, create=True).close()
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection:
            differences = schema_differences(connection, Base.metadata, render_as_batch=True)
    finally:
        engine.dispose()
    assert differences == []


def test_downgrade_to_nothing_and_back(tmp_path: Path) -> None:
    """Every migration can be undone (a developer aid: a botched upgrade can be re-run from the base)."""
    from alembic import command

    path = tmp_path / "roundtrip.atlas"
    migrate.upgrade(path)
    command.downgrade(migrate.alembic_config(path), "base")
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert tables <= {"alembic_version"}
    migrate.upgrade(path)
    assert backend.read_revision(path) == SCHEMA_REVISION


def _first_revision_atlas(path: Path) -> Path:
    """A database exactly as the first release made it, with a few rows written in that schema."""
    migrate.upgrade(path, FIRST)
    row = ("2024-01-01 00:00:00", "2024-01-01 00:00:00", "old laptop", None, 3, 7)
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT INTO atlas_meta (key, value) VALUES ('database_uuid', 'db-from-0001')")
        connection.execute("INSERT INTO atlas_meta (key, value) VALUES ('change_seq', '7')")
        for uuid, kind, name in ((ORG_UUID, "organization", "Old Lab"), (TAG_UUID, "tag", "legacy")):
            connection.execute(
                "INSERT INTO entries (uuid, kind, name, name_key, created_at, modified_at, author, deleted_at, "
                "version, change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (uuid, kind, name, name.lower(), *row),
            )
        connection.execute(
            "INSERT INTO organizations (uuid, country, jurisdiction, org_kind, business_model, website, summary) "
            "VALUES (?, 'France', 'EU', 'startup', 'hybrid', NULL, 'From the first schema.')",
            (ORG_UUID,),
        )
        connection.execute("INSERT INTO tags (uuid, color) VALUES (?, '#123456')", (TAG_UUID,))
        connection.execute(
            "INSERT INTO entry_tags (uuid, entry_uuid, tag_uuid, created_at, modified_at, author, deleted_at, "
            "version, change_seq) VALUES ('link-0001', ?, ?, ?, ?, ?, ?, ?, ?)",
            (ORG_UUID, TAG_UUID, *row),
        )
    assert backend.read_revision(path) == FIRST
    return path


def test_first_revision_file_is_backed_up_and_upgraded(tmp_path: Path) -> None:
    path = _first_revision_atlas(tmp_path / "old.atlas")
    if SCHEMA_REVISION == FIRST:
        pytest.skip("only one schema revision exists: nothing to upgrade yet")
    store = Store.open(path, "tester")
    try:
        assert backend.read_revision(path) == SCHEMA_REVISION
        org = store.get(ORG_UUID)
        assert (org.name, org.author, org.version, org.jurisdiction) == ("Old Lab", "old laptop", 3, "EU")
        assert [t.name for t in org.tags] == ["legacy"]
        assert store.identity == "db-from-0001"
        assert store.change_seq == 7
        assert store.counts()["organizations"] == 1
        store.update(ORG_UUID, {"summary": "Written after the upgrade."})  # the upgraded file is writable
        assert store.get(ORG_UUID).version == 4
    finally:
        store.close()
    backups = list((tmp_path / "old.backups").glob("old-*.atlas"))
    assert len(backups) == 1 and f"before-upgrade-from-{FIRST}" in backups[0].name
    assert backend.read_revision(backups[0]) == FIRST  # the backup is the file as it was
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT name FROM entries WHERE uuid = ?", (ORG_UUID,)).fetchone() == ("Old Lab",)


def test_upgraded_file_has_the_same_schema_as_a_new_one(tmp_path: Path) -> None:
    path = _first_revision_atlas(tmp_path / "old.atlas")
    backend.check_and_upgrade(path)
    fresh = tmp_path / "fresh.atlas"
    migrate.upgrade(fresh)

    def schema(p: Path) -> set[tuple[str, str]]:
        with sqlite3.connect(p) as connection:
            rows = connection.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
            return set(rows)

    assert schema(path) == schema(fresh)


def test_every_intermediate_revision_upgrades_to_head(tmp_path: Path) -> None:
    for revision in backend.known_revisions():
        path = tmp_path / f"at-{revision}.atlas"
        migrate.upgrade(path, revision)
        assert backend.read_revision(path) == revision
        returned = backend.check_and_upgrade(path)
        assert returned == (None if revision == SCHEMA_REVISION else revision)
        assert backend.read_revision(path) == SCHEMA_REVISION


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.atlas"
    migrate.upgrade(path)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(NewerSchemaError, match="newer Model Atlas"):
        Store.open(path)


def test_a_failing_migration_leaves_the_file_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Upgrades run in one transaction: DDL of a half-applied migration is rolled back."""
    migrations = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9000_broken.py").write_text(
        '"""A migration that fails halfway."""\n'
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = '9000'\ndown_revision = {SCHEMA_REVISION!r}\nbranch_labels = None\ndepends_on = None\n\n\n"
        "def upgrade() -> None:\n"
        "    op.create_table('half_done', sa.Column('a', sa.Integer()))\n"
        "    op.add_column('entries', sa.Column('extra', sa.Integer()))\n"
        "    raise RuntimeError('migration failed')\n\n\n"
        "def downgrade() -> None:\n    pass\n"
    )
    path = tmp_path / "atlas.atlas"
    migrate.upgrade(path)
    monkeypatch.setattr(migrate, "MIGRATIONS", migrations)
    with pytest.raises(RuntimeError, match="migration failed"):
        migrate.upgrade(path)
    with sqlite3.connect(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in connection.execute("PRAGMA table_info(entries)")}
    assert "half_done" not in tables
    assert "extra" not in columns
    assert backend.read_revision(path) == SCHEMA_REVISION
