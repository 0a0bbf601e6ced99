"""History in exports and merges: the merge laws hold with it, and a forged version refuses the whole file."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid as uuid_module
from pathlib import Path

import pytest

from db.exchange.api import apply_merge, export_atlas
from db.exchange.errors import IncomingFileError
from db.history.entries import entry_history
from db.store import Store

SHARED = "SELECT uuid, entry_uuid, entry_kind, at, author, via, source, changes FROM entry_history WHERE via != 'merge'"


def _replica(template: Path, path: Path, author: str) -> Store:
    """Another laptop that loaded the same seed: a copy with its own identity."""
    path.write_bytes(template.read_bytes())
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE atlas_meta SET value=? WHERE key='database_uuid'", (str(uuid_module.uuid4()),))
        connection.commit()
    return Store.open(path, author)


def _rows(path: Path, sql: str = SHARED) -> set[tuple]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return set(connection.execute(sql).fetchall())


def _everything(path: Path) -> tuple:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return (sorted(connection.execute("SELECT * FROM entry_history").fetchall()),
                sorted(connection.execute("SELECT uuid, name, modified_at, deleted_at FROM entries").fetchall()))


@pytest.fixture
def laptops(_mini_template: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    a = _replica(_mini_template, tmp_path / "a.atlas", "alice")
    b = _replica(_mini_template, tmp_path / "b.atlas", "bob")
    yield a, b
    a.close()
    b.close()


def _edit_both(a: Store, b: Store) -> None:
    a.update(a.resolve("Acme 7B", "model").uuid, {"summary": "alice was here"})
    a.tag([a.resolve("BigCo Ultra", "model").uuid], ["alpha"])
    b.set_components(b.resolve("Acme 7B Chat", "model").uuid, {"datasets": "released"})
    b.update(b.resolve("BigCo Ultra", "model").uuid, {"family": "Ultra by bob"})


def test_merging_both_ways_gives_both_the_same_history_and_re_merging_adds_nothing(laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    _edit_both(a, b)
    export_atlas(a, tmp_path / "a.out")
    export_atlas(b, tmp_path / "b.out")
    apply_merge(a, tmp_path / "b.out")
    apply_merge(b, tmp_path / "a.out")
    assert _rows(a.path) == _rows(b.path)  # A⊕B = B⊕A, history included
    ultra = a.resolve("BigCo Ultra", "model").uuid
    seen = {(v.author, v.via) for v in entry_history(a, ultra)}
    assert ("bob", "edit") in seen and ("alice", "edit") in seen and ("alice", "merge") in seen
    merged = next(v for v in entry_history(a, ultra) if v.via == "merge")
    assert merged.changes["family"][1] == "Ultra by bob" and "b.out" in merged.source

    before = _everything(a.path)
    apply_merge(a, tmp_path / "b.out")  # the same file again
    assert _everything(a.path) == before
    export_atlas(b, tmp_path / "b2.out")  # and a newer export of the same history
    apply_merge(a, tmp_path / "b2.out")
    assert _rows(a.path) == _rows(b.path)


def test_a_third_laptop_gets_the_shared_history_but_not_the_merges_own_versions(laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    _edit_both(a, b)
    export_atlas(b, tmp_path / "b.out")
    apply_merge(a, tmp_path / "b.out")
    export_atlas(a, tmp_path / "a.out")
    assert _rows(tmp_path / "a.out", "SELECT 1 FROM entry_history WHERE via = 'merge'") == set()
    assert _rows(tmp_path / "a.out") == _rows(a.path)


def test_export_without_history_leaves_it_out(laptops, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    _edit_both(a, b)
    export_atlas(a, tmp_path / "bare.out", with_history=False)
    assert _rows(tmp_path / "bare.out", "SELECT count(*) FROM entry_history") == {(0,)}
    report = apply_merge(b, tmp_path / "bare.out")
    assert sum(report.counts["updated"].values()) > 0
    assert not _rows(b.path, "SELECT 1 FROM entry_history WHERE author = 'alice' AND via != 'merge'")


def _forge(path: Path, sql: str, params: tuple = ()) -> None:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute(sql, params)
        connection.commit()


@pytest.mark.parametrize(("forgery", "message"), [
    ("UPDATE entry_history SET changes='{\"summary\": [\"a\", \"rewritten history\"]}' WHERE author='alice' "
     "AND changes LIKE '%alice was here%'", "differs from the version with that UUID"),
    ("UPDATE entry_history SET changes='\"not a change\"' WHERE author='alice'", "not a list of fields"),
    ("UPDATE entry_history SET via='merge' WHERE author='alice'", "not how a shared version is made"),
    ("UPDATE entry_history SET entry_uuid='00000000-0000-4000-8000-000000000000' WHERE author='alice'",
     "belongs to no entry"),
])
def test_a_file_with_a_forged_history_version_is_refused_and_nothing_changes(
        laptops, tmp_path: Path, forgery: str, message: str) -> None:  # type: ignore[no-untyped-def]
    a, b = laptops
    _edit_both(a, b)
    export_atlas(a, tmp_path / "a.out")
    apply_merge(b, tmp_path / "a.out")  # b has alice's versions now
    a.update(a.resolve("Acme 7B Chat", "model").uuid, {"summary": "a later edit"})
    export_atlas(a, tmp_path / "forged.out")
    _forge(tmp_path / "forged.out", forgery)
    before = _everything(b.path)
    with pytest.raises(IncomingFileError, match=message):
        apply_merge(b, tmp_path / "forged.out")
    assert _everything(b.path) == before
