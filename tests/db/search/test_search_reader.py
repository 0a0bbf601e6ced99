"""The command line's quick search (db.search.reader) answers exactly as the search service, and only when the
index is up to date with the file; segments keep their facts as columns, read per hit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.search.location import CURRENT_FILE, META_FILE
from db.search.reader import search_fresh
from db.search.service import SearchService, default_index_dir
from db.store import Store

QUERIES: list[tuple[str, dict[str, object]]] = [
    ("acme", {}), ("open weights", {}), ("licence", {}), ("acm", {}), ('"acme labs"', {}), ("acme -tiny", {}),
    ("acme", {"kind": "model"}), ("acme", {"kind": "note", "limit": 1}), ("a*", {"offset": 2, "limit": 3}),
    ("released:2020..2030", {}), ("tag:frontier OR acme", {}), ("zzzz", {}), ("", {}),
]


def built_index(path: Path) -> None:
    """The index beside the file, built the way `modelatlas search` builds it on first use."""
    with Store.open(path, "tester") as store:
        service = SearchService(store)
        try:
            assert service.prepare()
        finally:
            service.close()


def service_results(path: Path) -> list[object]:
    with Store.open(path, "tester") as store:
        service = SearchService(store)
        try:
            return [service.search(text, **options) for text, options in QUERIES]  # type: ignore[arg-type]
        finally:
            service.close()


def test_a_fresh_index_answers_without_the_store_exactly_as_the_service(mini_path: Path) -> None:
    built_index(mini_path)
    quick = [search_fresh(mini_path, text, **options) for text, options in QUERIES]  # type: ignore[arg-type]
    assert all(result is not None for result in quick)
    assert quick == service_results(mini_path)
    assert any(result.hits for result in quick if result is not None)


def test_as_you_type_answers_as_the_service(mini_path: Path) -> None:
    """The desktop's search field searches as you type (the last word a prefix) before its service is open."""
    built_index(mini_path)
    typed = ["ac", "acme la", "open wei", "licen", "released:2020.. ac", "zz"]
    quick = [search_fresh(mini_path, text, limit=100, as_you_type=True) for text in typed]
    with Store.open(mini_path, "tester") as store:
        service = SearchService(store)
        try:
            expected = [service.search(text, limit=100, as_you_type=True) for text in typed]
        finally:
            service.close()
    assert quick == expected
    assert quick[0] is not None and quick[0].hits  # "ac" finds Acme as a prefix
    assert search_fresh(mini_path, "ac", limit=100) != quick[0]  # not as a whole word


def test_segments_without_saved_columns_read_their_records_from_whoosh(mini_path: Path) -> None:
    """A segment an incremental commit wrote has no columns file: its facts come from Whoosh's own column."""
    built_index(mini_path)
    expected = service_results(mini_path)
    saved = list(default_index_dir_of(mini_path).rglob("atlas-*.columns"))
    assert saved
    for columns in saved:
        columns.unlink()
    assert [search_fresh(mini_path, text, **options) for text, options in QUERIES] == expected  # type: ignore[arg-type]


def default_index_dir_of(path: Path) -> Path:
    with Store.open(path, "tester") as store:
        return default_index_dir(store)


def test_a_change_since_the_index_leaves_the_search_to_the_service(mini_path: Path) -> None:
    built_index(mini_path)
    with Store.open(mini_path, "tester") as store:
        store.create("note", {"name": "Quokka findings", "body": "A quokka model."})
    assert search_fresh(mini_path, "quokka") is None  # the service catches up first (and finds it)


@pytest.mark.parametrize("damage", ["format", "identity", "current"])
def test_an_index_of_another_format_or_atlas_is_left_to_the_service(mini_path: Path, damage: str) -> None:
    built_index(mini_path)
    root = default_index_dir_of(mini_path)
    if damage == "current":
        (root / CURRENT_FILE).write_text("{not json", "utf-8")
    else:
        meta_path = next(root.rglob(META_FILE))
        meta = json.loads(meta_path.read_text("utf-8"))
        meta["format" if damage == "format" else "identity"] = "something else"
        meta_path.write_text(json.dumps(meta), "utf-8")
    assert search_fresh(mini_path, "acme") is None


def test_a_file_that_needs_the_store_is_left_to_it(tmp_path: Path) -> None:
    assert search_fresh(tmp_path / "missing.atlas", "acme") is None
    (tmp_path / "text.atlas").write_text("not a database")
    assert search_fresh(tmp_path / "text.atlas", "acme") is None
