"""A sync interrupted at any point leaves both sides consistent, and the next sync completes it.

kill -9 of a sync process while it writes the hub (its push) and while it writes the atlas (merging a pull), and
the server dropping the connection in the middle of a push.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from hub_helpers import assert_same_tables, hub_rows, laptop, tables
from hub_server import PgServer

from db.hub import init_hub, local_sync_states, sync
from db.hub.errors import HubConnectionError
from db.store import Store

ROOT = Path(__file__).resolve().parents[3]
STOPPING_SYNC = """
import sys, time
from db.store import Store
from db.hub import sync

def progress(stage, done, total):
    if stage == sys.argv[3]:
        print("stopped at", stage, flush=True)
        time.sleep(120)  # killed here, in the middle of the transaction

store = Store.open(sys.argv[1], "killed")
sync(store, sys.argv[2], progress=progress)
"""


def _kill_at(path: Path, url: str, stage: str) -> None:
    child = subprocess.Popen([sys.executable, "-c", STOPPING_SYNC, str(path), url, stage], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = child.stdout.readline() if child.stdout else ""
        assert line.startswith("stopped at"), child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
        for stream in (child.stdout, child.stderr):
            if stream:
                stream.close()


@pytest.fixture
def hub(pg_server: PgServer, hub_database: str) -> str:
    url = pg_server.url(hub_database)
    init_hub(url)
    return url


def _hub_state(url: str) -> list[tuple]:
    return hub_rows(url, "SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM hub_log), "
                         "(SELECT coalesce(max(push), 0) FROM hub_log), (SELECT count(*) FROM sync_state)")


def test_kill_during_push_then_the_next_sync_completes(hub: str, _mini_template: Path, tmp_path: Path) -> None:
    ana = laptop(_mini_template, tmp_path / "ana.atlas", "ana")
    ben = laptop(_mini_template, tmp_path / "ben.atlas", "ben")
    sync(ben, hub)
    ana.create("note", {"name": "made before the crash", "body": "x"})
    before_here, before_hub = tables(ana), _hub_state(hub)
    _kill_at(ana.path, hub, "pushing")
    assert _hub_state(hub) == before_hub  # the hub rolled the push back when its client vanished
    assert tables(ana) == before_here and local_sync_states(ana) == []
    report = sync(ana, hub)  # the push lock was released with the dead session
    assert report.pushed["notes"] == 1
    sync(ben, hub)
    assert_same_tables(ana, ben)
    ana.close()
    ben.close()


def test_kill_during_pull_then_the_next_sync_completes(hub: str, _mini_template: Path, tmp_path: Path) -> None:
    ana = laptop(_mini_template, tmp_path / "ana.atlas", "ana")
    ben = laptop(_mini_template, tmp_path / "ben.atlas", "ben")
    for number in range(30):
        ana.create("note", {"name": f"note {number}", "body": "from ana"})
    sync(ana, hub)
    ben.create("note", {"name": "ben's own", "body": "from ben"})
    before_here, before_hub = tables(ben), _hub_state(hub)
    _kill_at(ben.path, hub, "merging")
    with Store.open(ben.path, "ben") as reopened:  # SQLite rolls the merge back when the file is next opened
        assert tables(reopened) == before_here and local_sync_states(reopened) == []
    assert _hub_state(hub) == before_hub
    report = sync(ben, hub)
    assert report.pulled["notes"] == 30 and report.pushed["notes"] == 1
    sync(ana, hub)
    assert_same_tables(ana, ben)
    ana.close()
    ben.close()


def test_server_drops_the_connection_mid_push(pg_server: PgServer, hub: str, hub_database: str,
                                              _mini_template: Path, tmp_path: Path) -> None:
    ana = laptop(_mini_template, tmp_path / "ana.atlas", "ana")
    ana.create("note", {"name": "pushed twice", "body": "x"})
    before_here, before_hub = tables(ana), _hub_state(hub)

    def drop(stage: str, _done: int, _total: int) -> None:
        if stage == "pushing":
            with pg_server.admin() as admin:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND "
                              "application_name = 'modelatlas'", (hub_database,))

    with pytest.raises(HubConnectionError, match="lost during the sync") as lost:
        sync(ana, hub, progress=drop)
    assert "nothing was changed here" in str(lost.value)
    assert tables(ana) == before_here and _hub_state(hub) == before_hub
    assert sync(ana, hub).pushed["notes"] >= 1
    with psycopg.connect(hub) as connection:
        assert connection.execute("SELECT count(*) FROM notes").fetchone()[0] >= 1
    ana.close()
