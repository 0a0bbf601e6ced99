"""The index follows the store: instant visibility of commits, staleness detection, automatic recovery."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

from db.search.service import CURRENT_FILE, META_FILE, SearchService
from db.store import Store


def test_a_commit_is_searchable_at_once_and_reaches_disk(mini: Store, tmp_path: Path) -> None:
    with SearchService(mini, tmp_path / "index") as search:
        search.ensure_fresh()
        note = mini.create("note", {"name": "Wombat census", "body": "Counting wombats at dusk."})
        assert [h.uuid for h in search.search("wombat").hits] == [note.uuid]
        assert search.status().state == "fresh"
        assert search.flush()
        assert search.status().indexed_seq == mini.change_seq
    with SearchService(mini, tmp_path / "index") as reopened:  # from disk, without catching up
        assert reopened.status().state == "fresh"
        assert reopened.search("wombat").total == 1


def test_updates_deletions_and_tag_renames_follow(mini: Store, service: SearchService) -> None:
    note = mini.create("note", {"name": "Platypus field notes", "body": "Venomous spurs."})
    mini.update(note.uuid, {"body": "Electroreception in the bill."})
    assert service.search("venomous").total == 0
    assert service.search("electroreception").total == 1
    mini.tag([note.uuid], ["monotremes"])
    assert service.search("tag:monotremes").total == 1
    tag = mini.resolve("monotremes", "tag")
    mini.update(tag.uuid, {"name": "egg-layers"})
    assert service.search("tag:monotremes").total == 0
    assert service.search('tag:"egg layers" platypus').total == 1
    mini.delete(note.uuid)
    assert service.search("electroreception").total == 0
    service.flush()
    assert service.search("electroreception").total == 0
    mini.restore(note.uuid)
    assert service.search("electroreception").total == 1


def test_changes_by_another_process_are_caught_up(mini: Store, mini_path: Path, service: SearchService) -> None:
    other = Store.open(mini_path, "someone else")  # a second writer the service does not hear
    try:
        other.create("note", {"name": "Echidna log", "body": "Spines and snouts."})
    finally:
        other.close()
    assert service.status().state == "stale"
    result = service.search("echidna")  # a small gap is caught up before searching
    assert result.total == 1 and not result.stale
    assert service.status().state == "fresh"


def test_a_missing_index_is_detected_and_rebuilt(mini: Store, tmp_path: Path) -> None:
    folder = tmp_path / "index"
    with SearchService(mini, folder) as search:
        search.ensure_fresh()
    shutil.rmtree(folder)
    with SearchService(mini, folder) as search:
        assert search.status().state == "missing"
        result = search.search("acme")
        assert result.stale and result.total == 0 and result.notes  # never silently empty
        assert search.ensure_fresh()
        assert search.status().state == "fresh"
        assert search.search("acme").total > 0


def test_a_corrupt_index_is_detected_and_rebuilt(mini: Store, tmp_path: Path) -> None:
    folder = tmp_path / "index"
    with SearchService(mini, folder) as search:
        search.ensure_fresh()
        generation = json.loads((folder / CURRENT_FILE).read_text())["generation"]
    for path in (folder / generation).iterdir():
        if path.is_file() and path.name != META_FILE:
            path.write_bytes(b"\x00garbage" * 10)
    with SearchService(mini, folder) as search:
        result = search.search("acme")  # never a crash
        assert result.stale
        assert search.status().state == "corrupt"
        assert search.ensure_fresh()
        assert search.status().state == "fresh"
        assert search.search("acme").total > 0


def test_unreadable_metadata_counts_as_corrupt(mini: Store, tmp_path: Path) -> None:
    folder = tmp_path / "index"
    with SearchService(mini, folder) as search:
        search.ensure_fresh()
    (folder / CURRENT_FILE).write_text("{not json")
    with SearchService(mini, folder) as search:
        assert search.status().state == "corrupt"
        assert search.ensure_fresh() and search.status().state == "fresh"


def test_an_index_of_another_database_is_rebuilt(mini: Store, tmp_path: Path, empty: Store) -> None:
    folder = tmp_path / "index"
    with SearchService(mini, folder) as search:
        search.ensure_fresh()
    with SearchService(empty, folder) as search:  # same folder, different database identity
        assert search.status().state == "stale"
        assert search.search("acme").total == 0
        search.ensure_fresh()
        assert search.status().state == "fresh" and search.status().documents == 0


def test_rebuild_reports_progress_and_can_be_cancelled(mini: Store, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with SearchService(mini, tmp_path / "index") as search:
        assert search.rebuild(progress=lambda done, total: seen.append((done, total)))
        assert seen and seen[-1][0] == seen[-1][1]
        assert not search.rebuild(cancelled=lambda: True)
        assert search.status().state == "fresh"  # the previous generation still serves
        assert not list((tmp_path / "index").glob(".gen-*"))


def test_index_defaults_to_a_folder_beside_the_database(mini: Store, mini_path: Path) -> None:
    with SearchService(mini) as search:
        assert search.root == Path(f"{mini_path}.index")
        search.ensure_fresh()
        assert (search.root / CURRENT_FILE).exists()


def test_searching_while_writing_from_another_thread(mini: Store, service: SearchService) -> None:
    import threading

    errors: list[BaseException] = []

    def reader() -> None:
        try:
            for _ in range(40):
                service.search("note OR acme", as_you_type=True)
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    thread = threading.Thread(target=reader)
    thread.start()
    for i in range(15):
        mini.create("note", {"name": f"Concurrent {i}", "body": "written while searching"})
        time.sleep(0.01)
    thread.join()
    assert not errors
    assert service.search("concurrent").total == 15


def test_a_developer_jurisdiction_change_reaches_its_models(mini: Store, service: SearchService) -> None:
    assert {h.title for h in service.search("kind:model jurisdiction:EU").hits} == {"Acme 7B", "Acme 7B Chat"}
    acme = mini.resolve("Acme AI", "organization")
    mini.update(acme.uuid, {"jurisdiction": "UK"})
    assert service.search("kind:model jurisdiction:EU").total == 0
    assert service.search("kind:model jurisdiction:UK").total == 2
