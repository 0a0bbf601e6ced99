"""After a big incoming change, search answers at once ("catching up") while the index catches up in the background;
indexing streams segment by segment and indexes a bounded amount of text per field."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from db.cli import main as cli_main
from db.search import engine
from db.search import service as service_module
from db.search.catch_up import catch_up
from db.search.documents import MAX_INDEXED_CHARS
from db.search.service import SearchService, catch_up_lock, catch_up_lock_held
from db.store import Store

REPO = Path(__file__).resolve().parents[3]


def word(number: int) -> str:
    """A word unique to one note (letters only: the analyzer splits words at digits)."""
    return "zx" + "".join(chr(ord("a") + int(d)) for d in f"{number:05d}")


def add_notes(path: Path, count: int, start: int = 0) -> None:
    """Another program (a merge, an import) adds `count` notes in one transaction."""
    with Store.open(path, "teammate") as other, other.write() as ctx:
        for number in range(start, start + count):
            other.create_in(ctx, "note", {"name": f"Incoming {number}", "body": f"{word(number)} incoming text"})


def test_a_search_answers_at_once_while_a_big_change_is_caught_up(mini: Store, mini_path: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module, "QUICK_CATCH_UP", 10)
    with SearchService(mini, tmp_path / "index") as search:
        assert search.ensure_fresh()
        add_notes(mini_path, 40)
        gate = catch_up_lock(search.root)  # hold the catch-up back, as if it were still running elsewhere
        assert gate.__enter__() is True
        try:
            result = search.search("acme")
            assert result.total > 0  # the index as it was still answers
            assert result.catching_up and result.pending == 40
            assert any("catching up" in note for note in result.notes)
            assert search.search(word(3)).total == 0  # not indexed yet, and the result says so
        finally:
            gate.__exit__(None, None, None)
        assert search.ensure_fresh()
        caught_up = search.search(word(3))
        assert [hit.title for hit in caught_up.hits] == ["Incoming 3"]
        assert not caught_up.catching_up and caught_up.pending == 0


def test_the_desktop_catches_up_in_a_thread_of_its_own(mini: Store, mini_path: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module, "QUICK_CATCH_UP", 10)
    with SearchService(mini, tmp_path / "index") as search:
        assert search.ensure_fresh()
        add_notes(mini_path, 40)
        first = search.search(word(7))
        assert first.catching_up
        deadline = time.monotonic() + 60
        while search.catching_up() and time.monotonic() < deadline:
            time.sleep(0.05)
        result = search.search(word(7))
        assert [hit.title for hit in result.hits] == ["Incoming 7"] and not result.catching_up


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> dict:
    try:
        code = cli_main.main([str(a) for a in args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def wait_until_fresh(path: Path, index: Path, seconds: float = 120) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with Store.open(path) as store, SearchService(store, index) as search:
            if search.status().state == "fresh" and not catch_up_lock_held(index):
                return True
        time.sleep(0.3)
    return False


@pytest.mark.slow
def test_the_command_line_answers_at_once_and_a_background_process_catches_up(capsys, mini_path: Path) -> None:
    index = Path(f"{mini_path}.index")
    run_cli(capsys, "--db", mini_path, "reindex", "--format", "json")
    add_notes(mini_path, service_module.QUICK_CATCH_UP + 100)
    began = time.perf_counter()
    first = run_cli(capsys, "--db", mini_path, "search", "acme", "--format", "json")
    assert first["total"] > 0 and first["catching_up"] is True
    assert first["pending"] == service_module.QUICK_CATCH_UP + 100
    assert time.perf_counter() - began < 30
    assert wait_until_fresh(mini_path, index)
    later = run_cli(capsys, "--db", mini_path, "search", word(42), "--format", "json")
    assert later["catching_up"] is False
    assert [hit["title"] for hit in later["hits"]] == ["Incoming 42"]


def test_only_one_background_catch_up_runs(mini_path: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    with catch_up_lock(index) as first:
        assert first is True and catch_up_lock_held(index)
        assert catch_up(mini_path, index) is False  # another process is at it: nothing done
    assert not catch_up_lock_held(index)
    assert catch_up(mini_path, index) is True
    with Store.open(mini_path) as store, SearchService(store, index) as search:
        assert search.status().state == "fresh"


def test_the_catch_up_module_runs_as_a_program(mini_path: Path, tmp_path: Path) -> None:
    index = tmp_path / "index"
    completed = subprocess.run([sys.executable, "-m", "db.search.catch_up", str(mini_path), str(index)],
                               capture_output=True, text=True, cwd=REPO, timeout=120)
    assert completed.returncode == 0, completed.stderr
    with Store.open(mini_path) as store, SearchService(store, index) as search:
        assert search.status().state == "fresh" and search.search("acme").total > 0


def test_a_rebuild_streams_segment_by_segment(mini: Store, mini_path: Path, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine, "SEGMENT_DOCS", 7)
    add_notes(mini_path, 30)
    with SearchService(mini, tmp_path / "index") as search:
        assert search.rebuild()
        segments = search._open().segments
        assert len(segments) >= 4 and max(seg.doc_count for seg in segments) <= 7
        for number in (0, 15, 29):
            assert [hit.title for hit in search.search(word(number)).hits] == [f"Incoming {number}"]
        note = mini.resolve("Incoming 0")
        mini.update(note.uuid, {"body": "rewritten"})  # a document of the first segment changes
        assert search.search(word(0)).total == 0
        assert search.search("rewritten").total == 1
        assert search.flush()
        assert search.search(word(0)).total == 0 and search.search("rewritten").total == 1


def test_text_beyond_the_cap_per_field_is_not_indexed(mini: Store, tmp_path: Path) -> None:
    filler = ("lorem ipsum dolor " * (MAX_INDEXED_CHARS // 18 + 1))[:MAX_INDEXED_CHARS]
    body = f"zqbeginning {filler} zqbeyond"
    mini.create("note", {"name": "A very long note", "body": body * 1})
    with SearchService(mini, tmp_path / "index") as search:
        assert search.rebuild()
        assert [hit.title for hit in search.search("zqbeginning").hits] == ["A very long note"]
        assert search.search("zqbeyond").total == 0
        mini.create("note", {"name": "Another long note", "body": body.replace("zqbeginning", "zqstart")})
        assert [hit.title for hit in search.search("zqstart").hits] == ["Another long note"]  # in memory too
        assert search.search("zqbeyond").total == 0


def test_a_large_catch_up_appends_bulk_segments_to_the_live_index(mini: Store, mini_path: Path, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service_module, "APPEND_ABOVE", 5)
    monkeypatch.setattr(service_module, "CATCH_UP_LIMIT", 0.95)
    monkeypatch.setattr(engine, "SEGMENT_DOCS", 9)
    add_notes(mini_path, 20)
    with SearchService(mini, tmp_path / "index") as search:
        assert search.rebuild()
        generation = search._current_folder()
        before = {seg.key for seg in search._open().segments}
        with Store.open(mini_path, "teammate") as other:
            with other.write() as ctx:
                for number in range(20, 40):
                    other.create_in(ctx, "note", {"name": f"Incoming {number}", "body": word(number)})
            other.update(other.resolve("Incoming 3").uuid, {"body": "replaced words"})
            other.delete(other.resolve("Incoming 4").uuid)
        assert search.ensure_fresh()
        assert search._current_folder() == generation  # caught up in place, not rebuilt
        after = {seg.key for seg in search._open().segments}
        assert len(after - before) >= 3  # 21 changed documents in segments of at most 9
        assert [hit.title for hit in search.search(word(33)).hits] == ["Incoming 33"]
        assert search.search(word(3)).total == 0 and search.search(word(4)).total == 0
        assert [hit.title for hit in search.search("replaced").hits] == ["Incoming 3"]
        assert [hit.title for hit in search.search(word(5)).hits] == ["Incoming 5"]  # untouched, still there once
        status = search.status()
        assert status.state == "fresh" and status.documents == mini.counts()["notes"] + sum(
            n for key, n in mini.counts().items() if key != "notes")


@pytest.mark.slow
def test_a_big_merge_starts_the_catch_up_itself(capsys, mini_path: Path, tmp_path: Path) -> None:
    from db.exchange.api import export_atlas

    index = Path(f"{mini_path}.index")
    run_cli(capsys, "--db", mini_path, "reindex", "--format", "json")
    teammate = tmp_path / "teammate.atlas"
    teammate.write_bytes(mini_path.read_bytes())
    add_notes(teammate, service_module.QUICK_CATCH_UP + 50)
    with Store.open(teammate, "teammate") as store:
        export_atlas(store, tmp_path / "from-teammate.atlas")
    run_cli(capsys, "--db", mini_path, "merge", tmp_path / "from-teammate.atlas", "--format", "json")
    assert wait_until_fresh(mini_path, index)  # nobody searched: the merge started the catch-up
    found = run_cli(capsys, "--db", mini_path, "search", word(77), "--format", "json")
    assert [hit["title"] for hit in found["hits"]] == ["Incoming 77"] and found["catching_up"] is False
