"""Search knows the family tree: base:"Llama 3 8B" finds what was derived from it, at any depth, by its whole name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.lineage import set_base
from db.search.service import SearchService
from db.store import Store


@pytest.fixture
def tree(seeded: Store, tmp_path: Path) -> Iterator[tuple[Store, SearchService, dict[str, str]]]:
    made = {}
    made["tuned"] = seeded.create("model", {"name": "Hermes Chat 8B", "summary": "A chat tune."}).uuid
    set_base(seeded, made["tuned"], "Llama 3 8B", "fine-tune")
    made["quantized"] = seeded.create("model", {"name": "Hermes GGUF"}).uuid
    set_base(seeded, made["quantized"], made["tuned"], "quantization")
    search = SearchService(seeded, tmp_path / "index")
    assert search.ensure_fresh()
    yield seeded, search, made
    search.close()


def titles(search: SearchService, query: str) -> list[str]:
    return sorted(hit.title for hit in search.search(query, limit=100).hits)


def test_base_finds_derivatives_at_any_depth(tree: tuple[Store, SearchService, dict[str, str]]) -> None:
    _store, search, _made = tree
    assert titles(search, 'base:"Llama 3 8B"') == ["Hermes Chat 8B", "Hermes GGUF"]
    assert titles(search, 'base:"Hermes Chat 8B"') == ["Hermes GGUF"]
    assert titles(search, 'base:"Llama 3.1 8B"') == ["Llama 3.2 11B Vision"]  # from the seed
    assert titles(search, 'base:"Llama 3"') == []  # a whole name, not words of it
    assert titles(search, 'base_model:"llama 3 8b" tune') == ["Hermes Chat 8B"]


def test_base_follows_renames_and_new_bases(tree: tuple[Store, SearchService, dict[str, str]]) -> None:
    store, search, made = tree
    store.update(store.resolve("Llama 3 8B", "model").uuid, {"name": "Meta Llama 3 8B"})
    assert titles(search, 'base:"Meta Llama 3 8B"') == ["Hermes Chat 8B", "Hermes GGUF"]
    assert titles(search, 'base:"Llama 3 8B"') == []
    set_base(store, made["tuned"], "Mistral 7B", "fine-tune")
    assert titles(search, 'base:"Mistral 7B"') == ["Hermes Chat 8B", "Hermes GGUF"]
    assert titles(search, 'base:"Meta Llama 3 8B"') == []


def test_the_base_name_is_searchable_text_without_its_label(tree: tuple[Store, SearchService, dict[str, str]]) -> None:
    _store, search, _made = tree
    hits = search.search("hermes llama", kind="model").hits
    assert [hit.title for hit in hits] == ["Hermes Chat 8B"]  # "Base model: Llama 3 8B" is in its text
