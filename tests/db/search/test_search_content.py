"""Labels and boilerplate are not content; a query naming an openness grade ranks the models so graded first."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.search import service as search_service
from db.search.service import SearchService
from db.search.text import content_text
from db.store import Store


@pytest.fixture
def models(empty: Store, tmp_path: Path) -> Iterator[tuple[Store, SearchService]]:
    empty.create("model", {"name": "Alpha Chat", "openness_grade": "closed-api", "access": ["api"],
                           "summary": "A chat model sold through a paid service."})
    empty.create("model", {"name": "Beta Base", "openness_grade": "open-weights-unrestricted",
                           "access": ["weights"], "summary": "A small base model for laptops."})
    empty.create("model", {"name": "Weight Decay", "openness_grade": "unreleased",
                           "summary": "A 1992 regularisation method that keeps weights small; whether it helps "
                                      "was an open question."})
    empty.create("license", {"name": "Plain Terms", "commercial_use": "yes", "modification": "yes"})
    search = SearchService(empty, tmp_path / "index")
    assert search.ensure_fresh()
    yield empty, search
    search.close()


def titles(result: object) -> list[str]:
    return [hit.title for hit in result.hits]  # type: ignore[attr-defined]


def test_the_openness_label_does_not_make_every_model_open(models: tuple[Store, SearchService]) -> None:
    _store, search = models
    found = titles(search.search("open", kind="model"))
    assert "Alpha Chat" not in found  # closed, and nothing in its text says open: only the label did
    assert set(found) == {"Beta Base", "Weight Decay"}


def test_clause_labels_are_not_content(models: tuple[Store, SearchService]) -> None:
    _store, search = models
    assert search.search("commercial", kind="license").total == 0  # "Commercial use: yes" is a label and a value
    assert search.search("plain", kind="license").total == 1


def test_open_weights_ranks_models_graded_open_weights_first(models: tuple[Store, SearchService]) -> None:
    _store, search = models
    assert titles(search.search("open weights", kind="model")) == ["Beta Base", "Weight Decay"]
    assert titles(search.search('"open weights"', kind="model"))[0] == "Beta Base"


def test_open_weights_on_the_seed_with_a_weight_decay_entry(seeded: Store, tmp_path: Path) -> None:
    seeded.create("model", {"name": "Weight Decay", "release_date": "1992-01-01",
                            "summary": "Penalising large weights; an open question then."})
    search = SearchService(seeded, tmp_path / "index")
    try:
        assert search.ensure_fresh()
        result = search.search("open weights", kind="model", limit=100, highlight=False)
        ranked = titles(result)
        grades = {h.title: seeded.get(h.uuid).openness_grade or "" for h in result.hits}
        graded = [title for title, grade in grades.items() if grade.startswith("open-weights")]
        assert len(graded) >= 30
        assert ranked.index("Weight Decay") > max(ranked.index(title) for title in graded)
    finally:
        search.close()


def test_values_stay_searchable_and_labels_stay_readable() -> None:
    body = ("Family: Llama 3\nOpenness: Open weights, restricted\nModel card: released (CC-BY-4.0)\n"
            "osai base_model_data: open\nA summary line: kept whole.")
    assert content_text(body) == "Llama 3\nOpen weights, restricted\n(CC-BY-4.0)\nopen\nA summary line: kept whole."
    assert content_text("Status: draft, by hand", "note") == "Status: draft, by hand"  # a note is all content


def test_an_index_of_the_previous_format_is_rebuilt(mini: Store, tmp_path: Path) -> None:
    search = SearchService(mini, tmp_path / "index")
    assert search.ensure_fresh()
    search.close()
    meta_path = next((tmp_path / "index").rglob(search_service.META_FILE))
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["format"] == search_service.FORMAT
    meta["format"] = search_service.FORMAT - 1
    meta_path.write_text(json.dumps(meta), encoding="utf-8")
    again = SearchService(mini, tmp_path / "index")
    try:
        assert again.status().state == "stale"
        assert again.ensure_fresh()
        assert again.status().state == "fresh"
    finally:
        again.close()
