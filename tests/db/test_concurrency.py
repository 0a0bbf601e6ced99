"""Two programs writing one atlas: writes wait for each other instead of failing, and nothing is lost.

The desktop and the command line on the same file at once is a supported case. `benchmarks/writers_bench.py`
runs the full 3 writers x 200 writes and prints figures; this runs the same check with fewer writes.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest

from benchmarks.writers_bench import run_stress
from db import backend
from db.errors import StorageError
from db.store import Store


def _change(connection: sqlite3.Connection) -> None:
    connection.execute("INSERT OR REPLACE INTO atlas_meta (key, value) VALUES ('other_program', ?)",
                       (str(time.time_ns()),))


def _hold_write_lock(path: Path, seconds: float, holding: threading.Event) -> None:
    """Another program: a write transaction open for `seconds` (it commits a change of its own)."""
    connection = backend.connect(path, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        _change(connection)
        holding.set()
        time.sleep(seconds)
        connection.execute("COMMIT")
    finally:
        connection.close()


def test_a_write_waits_for_another_programs_write(mini_path: Path) -> None:
    """Once failed at once with "database is locked": the read part of a deferred transaction went first."""
    with Store.open(mini_path, "tester") as store:
        model = store.resolve("Acme 7B").uuid
        holding = threading.Event()
        other = threading.Thread(target=_hold_write_lock, args=(mini_path, 1.0, holding))
        other.start()
        assert holding.wait(10)
        began = time.perf_counter()
        store.tag([model], ["waited"])
        other.join()
        assert time.perf_counter() - began >= 0.5  # it waited for the other program rather than failing
        assert "waited" in [link.tag.name for link in store.get(model).tag_links if link.deleted_at is None]


def test_a_deferred_upgrade_would_have_failed(mini_path: Path) -> None:
    """What the store avoids: a transaction that reads, then writes after another program committed, fails at
    once with SQLITE_BUSY whatever the busy timeout (the snapshot it read is stale)."""
    reader = backend.connect(mini_path, isolation_level=None)
    reader.execute(f"PRAGMA busy_timeout={backend.BUSY_TIMEOUT_MS}")
    writer = backend.connect(mini_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT value FROM atlas_meta WHERE key = 'change_seq'").fetchone()
        _change(writer)
        began = time.perf_counter()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            _change(reader)
        assert time.perf_counter() - began < 1.0
    finally:
        reader.close()
        writer.close()


def test_when_the_other_writer_never_finishes_the_message_says_so(mini_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backend, "BUSY_TIMEOUT_MS", 200)
    with Store.open(mini_path, "tester") as store:
        model = store.resolve("Acme 7B").uuid
        before = mini_path.read_bytes()
        holding = threading.Event()
        other = threading.Thread(target=_hold_write_lock, args=(mini_path, 3.0, holding))
        other.start()
        try:
            assert holding.wait(10)
            with pytest.raises(StorageError, match="another program is writing"):
                store.tag([model], ["never"])
        finally:
            other.join()
    assert len(before) > 0


@pytest.mark.slow
def test_three_writers_a_merge_and_readers_lose_nothing(tmp_path: Path, mini_path: Path) -> None:
    report = run_stress(tmp_path, writers=3, writes=30, readers=2, seed=mini_path)
    assert report.failures == []
    assert report.lost == []
    assert report.search_missing == []
    assert report.reads > 0
