"""Opening atlas files: what is refused and why, pragmas, real transactions, backups and their rotation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from db import backend
from db.errors import DatabaseFileError, NewerSchemaError
from db.schema import SCHEMA_REVISION
from db.store import Store


def _foreign_sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    return path


def _set_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.close()


def test_read_revision_of_a_fresh_atlas_is_the_head(empty: Store) -> None:
    assert backend.read_revision(empty.path) == SCHEMA_REVISION


def test_read_revision_of_empty_files_is_none(tmp_path: Path) -> None:
    zero = tmp_path / "zero.atlas"
    zero.touch()
    assert backend.read_revision(zero) is None
    no_tables = tmp_path / "no-tables.atlas"
    sqlite3.connect(no_tables).execute("PRAGMA user_version = 1").connection.close()
    assert backend.read_revision(no_tables) is None


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a directory"),
        (lambda p: p.write_text("name,params\nllama,7B\n"), "not a SQLite file"),
        (lambda p: p.write_bytes(b"\x00" * 4096), "not a SQLite file"),
        (_foreign_sqlite, "from another program"),
        (lambda p: p.write_bytes(backend.SQLITE_HEADER + b"\x13" * 3000), "cannot be read"),
    ],
    ids=["directory", "text-file", "zeros", "foreign-sqlite", "corrupt-sqlite"],
)
def test_unusable_files_are_refused_with_a_reason(tmp_path: Path, make, message: str) -> None:
    path = tmp_path / "bad.atlas"
    make(path)
    with pytest.raises(DatabaseFileError, match=message) as caught:
        Store.open(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_sqlite_file_with_an_empty_version_table_is_refused(empty: Store) -> None:
    empty.close()
    with sqlite3.connect(empty.path) as connection:
        connection.execute("DELETE FROM alembic_version")
    with pytest.raises(DatabaseFileError, match="no schema revision"):
        Store.open(empty.path)


def test_missing_file_is_refused_unless_creating(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError, match="does not exist"):
        Store.open(tmp_path / "missing.atlas")
    assert not (tmp_path / "missing.atlas").exists()
    store = Store.open(tmp_path / "sub" / "new.atlas", create=True)
    store.close()
    assert backend.read_revision(tmp_path / "sub" / "new.atlas") == SCHEMA_REVISION


def test_broken_symlink_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "link.atlas"
    link.symlink_to(tmp_path / "gone.atlas")
    with pytest.raises(DatabaseFileError, match="broken link"):
        Store.open(link, create=True)


def test_zero_byte_file_becomes_an_atlas(tmp_path: Path) -> None:
    path = tmp_path / "zero.atlas"
    path.touch()
    with Store.open(path) as store:
        assert store.counts()["models"] == 0
    assert backend.read_revision(path) == SCHEMA_REVISION
    assert not (tmp_path / "zero.backups").exists()  # nothing to lose: no backup


def test_newer_schema_is_refused_naming_both_versions(empty: Store) -> None:
    empty.close()
    _set_revision(empty.path, "9999")
    with pytest.raises(NewerSchemaError) as caught:
        Store.open(empty.path)
    message = str(caught.value)
    assert "newer Model Atlas" in message and "9999" in message and SCHEMA_REVISION in message
    assert backend.read_revision(empty.path) == "9999"  # untouched
    assert not (empty.path.parent / f"{empty.path.stem}.backups").exists()


def test_engine_pragmas(empty: Store) -> None:
    with empty.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == backend.BUSY_TIMEOUT_MS


def test_ddl_is_transactional(tmp_path: Path) -> None:
    """pysqlite commits DDL on its own unless told not to; migrations rely on real rollback."""
    engine = backend.make_engine(tmp_path / "t.atlas")
    with pytest.raises(RuntimeError), engine.begin() as connection:
        connection.execute(text("CREATE TABLE scratch (a INTEGER)"))
        connection.execute(text("INSERT INTO scratch VALUES (1)"))
        raise RuntimeError("abort")
    with engine.connect() as connection:
        tables = connection.execute(text("SELECT name FROM sqlite_master WHERE name = 'scratch'")).all()
    engine.dispose()
    assert tables == []


def test_foreign_keys_are_enforced(empty: Store) -> None:
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), empty.engine.begin() as connection:
        connection.execute(text("INSERT INTO entry_tags (uuid, entry_uuid, tag_uuid, created_at, modified_at, "
                                "author, version, change_seq) VALUES ('x', 'nope', 'nope', '2024-01-01', "
                                "'2024-01-01', '', 1, 0)"))


def test_backup_is_a_consistent_copy(mini: Store) -> None:
    target = backend.backup_file(mini.path, "manual")
    assert target.parent == mini.path.parent / "mini.backups"
    assert target.name.startswith("mini-") and target.name.endswith("-manual.atlas")
    with Store.open(target) as copy:
        assert copy.counts() == mini.counts()
        assert copy.identity == mini.identity


def test_backups_are_rotated(mini: Store) -> None:
    made = [backend.backup_file(mini.path, f"n{i}", keep=3) for i in range(5)]
    left = sorted((mini.path.parent / "mini.backups").iterdir())
    assert left == made[-3:]


def test_known_revisions_end_at_the_schema_revision() -> None:
    known = backend.known_revisions()
    assert known[0] == "0001"
    assert known[-1] == SCHEMA_REVISION


def test_opening_an_atlas_writes_nothing(mini: Store) -> None:
    before = (mini.change_seq, mini.identity)
    mini.close()
    with Store.open(mini.path) as again:
        assert (again.change_seq, again.identity) == before
