"""A process killed in the middle of indexing leaves a database that opens and an index that recovers."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
import uuid as uuid_module
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from db.schema import Entry, Note
from db.search.service import SearchService
from db.store import Store
from db.values import normalize_name

ROOT = Path(__file__).resolve().parents[3]
WORDS = [f"w{i}x" for i in range(3000)] + ["the", "of", "and", "model", "open", "weights"] * 50


def _fill(path: Path, count: int) -> None:
    """A largish atlas of notes, written in bulk (building it is not what is tested)."""
    rng = random.Random(3)
    store = Store.open(path, "tester", create=True)
    now = datetime(2025, 1, 1)
    with store.write(notify=False) as ctx:
        uuids = [str(uuid_module.uuid4()) for _ in range(count)]
        titles = [f"Kill test note {i}" for i in range(count)]
        ctx.session.execute(insert(Entry.__table__), [
            dict(uuid=u, kind="note", name=t, name_key=normalize_name(t), author="tester", created_at=now,
                 modified_at=now, version=1, change_seq=ctx.seq) for u, t in zip(uuids, titles, strict=True)])
        ctx.session.execute(insert(Note.__table__), [
            dict(uuid=u, body=" ".join(rng.choices(WORDS, k=120)), private=False) for u in uuids])
    store.close()


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    code = textwrap.dedent(script)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)


def _wait_for(process: subprocess.Popen[str], marker: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if marker in line:
            return
    _kill(process)
    pytest.fail(f"the child never reported {marker!r}")


def _kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    if process.stdout is not None:
        process.stdout.close()


REBUILD = """
    import sys
    import time
    from pathlib import Path
    from db.store import Store
    from db.search.service import SearchService
    store = Store.open(Path(sys.argv[1]), "child")
    service = SearchService(store, Path(sys.argv[2]))
    def progress(done, total):
        print(f"progress {done} {total}", flush=True)
        time.sleep(5)  # still building when the parent's SIGKILL lands
    service.rebuild(progress=progress)
    print("finished", flush=True)
"""

WRITES = """
    import sys
    from pathlib import Path
    from db.store import Store
    from db.search.service import SearchService
    store = Store.open(Path(sys.argv[1]), "child")
    service = SearchService(store, Path(sys.argv[2]))
    service.ensure_fresh()
    for i in range(100000):
        store.create("note", {"name": f"Written before the kill {i}", "body": "survivor marker"})
        if i == 40:
            print("writing", flush=True)
"""


@pytest.mark.slow
def test_killed_during_a_rebuild(tmp_path: Path) -> None:
    atlas = tmp_path / "big.atlas"
    index = tmp_path / "big.atlas.index"
    _fill(atlas, 2500)  # more than one batch of documents: the first progress report comes mid-way
    child = _child(REBUILD, str(atlas), str(index))
    _wait_for(child, "progress")
    _kill(child)
    assert child.returncode == -signal.SIGKILL

    with Store.open(atlas, "tester") as store:  # the database opens
        assert store.counts()["notes"] == 2500
        with SearchService(store, index) as search:
            assert search.status().state in ("missing", "corrupt")
            assert search.ensure_fresh()
            assert search.status().state == "fresh"
            assert search.search('"kill test note"').total == 2500
        assert not list(index.glob(".gen-*.building"))  # the half-built generation was cleaned up


@pytest.mark.slow
def test_killed_during_incremental_indexing(tmp_path: Path) -> None:
    atlas = tmp_path / "big.atlas"
    index = tmp_path / "big.atlas.index"
    _fill(atlas, 300)
    child = _child(WRITES, str(atlas), str(index))
    _wait_for(child, "writing")
    time.sleep(0.7)  # several background flushes happen while the child keeps writing
    _kill(child)

    with Store.open(atlas, "tester") as store:
        written = store.counts()["notes"] - 300
        assert written > 40
        with SearchService(store, index) as search:
            assert search.status().state in ("fresh", "stale")
            assert search.ensure_fresh()
            assert search.status().state == "fresh"
            assert search.search('"survivor marker"').total == written
            assert search.search('"kill test note"').total == 300
