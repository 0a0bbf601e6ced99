"""Hostile incoming files: each is refused with one clear line, and the user's atlas stays byte-for-byte the same."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from db.cli.main import main
from db.errors import NewerSchemaError
from db.exchange.api import apply_merge, export_atlas, preview_merge
from db.exchange.errors import IncomingFileError
from db.exchange.manifest import MANIFEST_KEY, Manifest, seal
from db.store import Store

SOME_UUID = "0f0f0f0f-1111-4222-8333-444455556666"


@pytest.fixture(scope="module")
def good_export(tmp_path_factory: pytest.TempPathFactory, _mini_template: Path) -> Path:
    folder = tmp_path_factory.mktemp("good")
    (folder / "mini.atlas").write_bytes(_mini_template.read_bytes())
    store = Store.open(folder / "mini.atlas", "exporter")
    try:
        export_atlas(store, folder / "good.atlas")
    finally:
        store.close()
    return folder / "good.atlas"


def _sql(path: Path, *statements: str, reseal: bool = True) -> None:
    """Tamper with a copy of an export with plain SQL; `reseal` rewrites the manifest to match (a careful forger)."""
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement)
        row = connection.execute("SELECT value FROM atlas_meta WHERE key=?", (MANIFEST_KEY,)).fetchone()
        manifest = Manifest.parse(row[0], "test")
        manifest.counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in manifest.counts}
    if reseal:
        seal(path, manifest)


def _copy(good: Path, target: Path) -> Path:
    target.write_bytes(good.read_bytes())
    return target


def _not_sqlite(good: Path, path: Path) -> Path:
    path.write_text("name,kind\nAlpha,model\n" * 100)
    return path


def _empty(good: Path, path: Path) -> Path:
    path.write_bytes(b"")
    return path


def _truncated(good: Path, path: Path) -> Path:
    data = good.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])
    return path


def _corrupted(good: Path, path: Path) -> Path:
    data = bytearray(good.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for number in range(2, len(data) // page - 1, 3):  # scribble over every third page, headers included
        data[number * page: number * page + 64] = os.urandom(64)
    path.write_bytes(bytes(data))
    return path


def _other_program(good: Path, path: Path) -> Path:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        connection.execute("INSERT INTO invoices (total) VALUES (12.5)")
        connection.commit()
    return path


def _lying_counts(good: Path, path: Path) -> Path:
    _copy(good, path)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        row = connection.execute("SELECT value FROM atlas_meta WHERE key=?", (MANIFEST_KEY,)).fetchone()
        data = json.loads(row[0])
        data["counts"]["entries"] += 1
        connection.execute("UPDATE atlas_meta SET value=? WHERE key=?", (json.dumps(data), MANIFEST_KEY))
    return path


def _lying_checksum(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "UPDATE organizations SET summary = 'quietly changed'", reseal=False)
    return path


def _newer_schema(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "UPDATE alembic_version SET version_num = '9999'", reseal=False)
    return path


def _trigger(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "CREATE TRIGGER boom AFTER INSERT ON entries BEGIN DELETE FROM entries; END", reseal=False)
    return path


def _view(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "CREATE VIEW everything AS SELECT * FROM entries", reseal=False)
    return path


def _huge_text(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "UPDATE organizations SET summary = printf('%.*c', 100000000, 'x') "
               "WHERE uuid = (SELECT min(uuid) FROM organizations)")
    return path


def _bad_utf8(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "UPDATE entries SET name = CAST(X'41C328FF' AS TEXT) WHERE uuid = (SELECT min(uuid) FROM entries)")
    return path


def _duplicate_uuid(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "UPDATE links SET uuid = (SELECT min(uuid) FROM entries) WHERE uuid = (SELECT min(uuid) FROM links)")
    return path


def _duplicate_uuid_in_table(good: Path, path: Path) -> Path:
    """A forger redeclares a table without its primary key to smuggle in the same UUID twice."""
    _copy(good, path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        columns = [r[1] for r in connection.execute("PRAGMA table_info(links)")]
    names = ", ".join(columns)
    _sql(path, f"CREATE TABLE links_copy ({names})", f"INSERT INTO links_copy SELECT {names} FROM links",
         f"INSERT INTO links_copy SELECT {names} FROM links LIMIT 1", "DROP TABLE links",
         "ALTER TABLE links_copy RENAME TO links")
    return path


def _dangling(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, f"UPDATE models SET developer_uuid = '{SOME_UUID}' WHERE uuid = (SELECT min(uuid) FROM models)")
    return path


def _unknown_table(good: Path, path: Path) -> Path:
    _copy(good, path)
    _sql(path, "CREATE TABLE payload (uuid TEXT)")
    return path


def _symlink(good: Path, path: Path) -> Path:
    path.symlink_to(good)
    return path


def _directory(good: Path, path: Path) -> Path:
    path.mkdir()
    return path


HOSTILE: dict[str, tuple[Callable[[Path, Path], Path], str]] = {
    "not-sqlite": (_not_sqlite, "not a SQLite database"),
    "empty": (_empty, "is empty"),
    "truncated": (_truncated, "truncated"),
    "corrupted-pages": (_corrupted, "damaged"),
    "other-program": (_other_program, "another program"),
    "newer-schema": (_newer_schema, "needs a Model Atlas that reads schema 9999"),
    "trigger": (_trigger, "trigger boom"),
    "view": (_view, "view everything"),
    "huge-text": (_huge_text, "MB long"),
    "invalid-utf8": (_bad_utf8, "UTF-8"),
    "duplicate-uuid": (_duplicate_uuid, "more than one row"),
    "duplicate-uuid-in-table": (_duplicate_uuid_in_table, "keys of links"),
    "dangling-reference": (_dangling, "not in the file"),
    "unknown-table": (_unknown_table, "payload"),
    "symlink": (_symlink, "symbolic link"),
    "directory": (_directory, "folder"),
}


def _fingerprint(path: Path) -> dict[str, str]:
    """sha256 of the database and of every file beside it (WAL, backups folder)."""
    found: dict[str, str] = {}
    for item in sorted(path.parent.rglob("*")):
        if item.is_file() and item.name.startswith(path.stem):
            found[str(item.relative_to(path.parent))] = hashlib.sha256(item.read_bytes()).hexdigest()
    return found


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_file_is_refused_through_the_api(case: str, good_export: Path, mini_path: Path,
                                                  tmp_path: Path) -> None:
    make, expected = HOSTILE[case]
    (tmp_path / "incoming").mkdir()
    hostile = make(good_export, tmp_path / "incoming" / f"{case}.atlas")
    store = Store.open(mini_path, "tester")
    try:
        before = _fingerprint(mini_path)
        for attempt in (lambda: preview_merge(store, hostile), lambda: apply_merge(store, hostile)):
            with pytest.raises((IncomingFileError, NewerSchemaError)) as caught:
                attempt()
            message = str(caught.value)
            assert "\n" not in message and expected in message, message
        assert _fingerprint(mini_path) == before
    finally:
        store.close()


@pytest.mark.parametrize("case", ["corrupted-pages", "trigger", "dangling-reference", "newer-schema", "symlink"])
def test_hostile_file_is_refused_by_the_cli_without_opening_the_atlas(
    case: str, good_export: Path, mini_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    make, expected = HOSTILE[case]
    (tmp_path / "incoming").mkdir()
    hostile = make(good_export, tmp_path / "incoming" / f"{case}.atlas")
    before = _fingerprint(mini_path)
    assert main(["--db", str(mini_path), "merge", str(hostile)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("modelatlas: error:") and expected in err
    assert _fingerprint(mini_path) == before


@pytest.mark.parametrize("make", [_lying_counts, _lying_checksum], ids=["lying-counts", "lying-checksum"])
def test_a_seal_that_does_not_match_means_checked_by_content(
    make: Callable[[Path, Path], Path], good_export: Path, mini: Store, tmp_path: Path,
) -> None:
    """A seal that no longer matches is no reason to refuse sound content: it is verified value by value."""
    plan = preview_merge(mini, make(good_export, tmp_path / "resealed-badly.atlas"))
    try:
        assert not plan.to_json()["sealed"] and "changed after it was exported" in plan.note
    finally:
        plan.close()


def test_the_untampered_export_is_accepted(good_export: Path, mini: Store) -> None:
    plan = preview_merge(mini, good_export)
    try:
        assert sum(plan.counts["conflicts"].values()) == 0 and plan.to_json()["sealed"] and not plan.note
    finally:
        plan.close()
