"""Search results: ranking, highlighted snippets, facets and facet filters, paging, typos, saved searches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.search import highlight
from db.search.service import SearchService
from db.store import Store


@pytest.fixture
def notes(empty: Store, tmp_path: Path) -> Iterator[tuple[Store, SearchService]]:
    """An empty atlas with a handful of notes written for the assertions below."""
    empty.create("note", {"name": "Quokka habits", "body": "Small marsupials of Rottnest island."})
    empty.create("note", {"name": "Island ecology", "body": "The quokka is one species among many; quokkas "
                                                            "thrive where foxes are absent."})
    empty.create("note", {"name": "Licence terms compared", "body": "The acceptable use policy forbids "
                                                                     "military use. Use of the model is acceptable."})
    empty.create("note", {"name": "Open weights primer", "body": "Open weights are not open source."})
    search = SearchService(empty, tmp_path / "index")
    search.ensure_fresh()
    yield empty, search
    search.close()


def titles(result: object) -> list[str]:
    return [hit.title for hit in result.hits]  # type: ignore[attr-defined]


def test_a_title_match_outranks_a_body_match(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    result = search.search("quokka")
    assert titles(result)[:2] == ["Quokka habits", "Island ecology"]
    assert result.total == 2


def test_stemming_matches_other_forms_and_quotes_do_not(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    assert search.search("quokkas").total == 2  # plural finds the singular too
    assert titles(search.search('"quokkas"')) == ["Island ecology"]  # quoted: that exact form only


def test_phrases_match_words_in_order_only(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    assert titles(search.search('"acceptable use"')) == ["Licence terms compared"]
    assert search.search('"use acceptable"').total == 0
    assert search.search('"open source"').total == 1
    assert search.search('"source open"').total == 0


def test_snippets_mark_matched_words(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    hit = search.search('"acceptable use" military').hits[0]
    assert "«acceptable use»" in hit.snippet
    assert "«military»" in hit.snippet
    assert hit.snippet_html().count("<b>") == hit.snippet.count("«")
    assert "\x1b[1m" in hit.snippet_ansi()
    assert "«" not in hit.snippet_plain()
    assert search.search("military", highlight=False).hits[0].snippet == ""


def test_snippet_comes_from_the_field_that_matched(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    assert search.search("primer").hits[0].snippet == "Open weights «primer»"


def test_snippet_markers_are_unambiguous_and_html_is_escaped() -> None:
    words = highlight.Highlights(words={b"tag"})
    text = highlight.snippet("t", "a «quoted» <b>tag</b> here", words.matcher())
    assert text == "a “quoted” <b>«tag»</b> here"
    assert highlight.to_html(text) == "a “quoted” &lt;b&gt;<b>tag</b>&lt;/b&gt; here"


def test_prefix_and_as_you_type(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    assert search.search("quok*").total == 2
    assert search.search("isl", as_you_type=True).total == 2
    assert search.search("isl").total == 2  # nothing is called "isl": searched as a prefix, and said so
    assert any("isl*" in note for note in search.search("isl").notes)


def test_typo_tolerance_and_did_you_mean(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    assert search.search("quoka~").total == 2
    result = search.search("acceptible militray")
    assert result.total == 0
    assert result.suggestion == "acceptable military"
    assert search.search("quokka").suggestion is None


def test_boolean_operators(notes: tuple[Store, SearchService]) -> None:
    _store, search = notes
    assert search.search("quokka -foxes").total == 1
    assert search.search("quokka NOT foxes").total == 1
    assert search.search("primer OR military").total == 2
    assert search.search("(primer OR military) open").total == 1


def test_facets_cover_the_whole_result_and_filter(service: SearchService) -> None:
    result = service.search("acme", limit=1)
    kinds = dict(result.facets["kind"])
    assert len(result.hits) == 1
    assert sum(kinds.values()) == result.total
    assert kinds["model"] == 2 and kinds["organization"] == 1
    assert dict(result.facets["jurisdiction"])["EU"] >= 3
    only_models = service.search("acme", facets={"kind": ["model"]})
    assert {hit.kind for hit in only_models.hits} == {"model"}
    assert only_models.total == 2
    assert dict(only_models.facets["kind"]) == kinds  # a facet's own counts ignore its own filter
    assert service.search("acme", kind="organization").total == 1


def test_field_filters_and_ranges(service: SearchService) -> None:
    assert {h.title for h in service.search("kind:model jurisdiction:EU").hits} == {"Acme 7B", "Acme 7B Chat"}
    assert [h.title for h in service.search("kind:model openness:open-weights-restricted").hits] == ["Acme 7B Chat"]
    assert [h.title for h in service.search("license:apache kind:model").hits] == ["Acme 7B"]
    assert [h.title for h in service.search("org:bigco kind:model").hits] == ["BigCo Ultra"]
    assert {h.title for h in service.search("released:2024-03..2024-04").hits} == {"Acme 7B", "Acme 7B Chat"}
    assert [h.title for h in service.search("params:>1e9").hits] == ["Acme 7B"]
    assert service.search("tag:frontier").total >= 1


def test_paging(service: SearchService) -> None:
    everything = service.search("acme", limit=100)
    first = service.search("acme", limit=2)
    second = service.search("acme", limit=2, offset=2)
    assert [h.uuid for h in first.hits + second.hits] == [h.uuid for h in everything.hits][:4]
    assert first.total == second.total == everything.total


def test_malformed_query_is_searched_best_effort(service: SearchService) -> None:
    result = service.search('acme "open weights')
    assert result.ignored and "unclosed quote" in result.ignored[0]
    assert service.search(") OR (").total == 0


def test_saved_searches_are_searchable(mini: Store, service: SearchService) -> None:
    mini.create("saved_search", {"name": "Chinese open models", "query": "jurisdiction:CN openness:open"})
    hit = service.search("chinese open models").hits[0]
    assert hit.kind == "saved_search"


def test_done_when_queries_on_the_seed(seeded: Store, tmp_path: Path) -> None:
    with SearchService(seeded, tmp_path / "index") as search:
        search.ensure_fresh()
        llama = search.search('llama license "acceptable use"')
        assert llama.total > 0 and any("llama" in h.title.lower() for h in llama.hits[:5])
        assert any("«acceptable use»" in h.snippet.lower() for h in llama.hits)
        eu = search.search("jurisdiction:EU open-source exemption")
        assert eu.total > 0 and all(h.kind in ("policy_note", "organization", "model") for h in eu.hits)
        assert "exemption" in eu.hits[0].title.lower()
        typo = search.search("opn weigths")
        assert typo.suggestion == "open weights"
        mistral = search.search("mistr")
        assert mistral.hits and "mistral" in mistral.hits[0].title.lower() and "«" in mistral.hits[0].snippet
