"""A segment's saved columns: each stem's words are found in the saved bytes, as the stems they were saved from."""

from __future__ import annotations

from db.search.segments import VARIANTS_REMEMBERED, Columns, DocMeta


def columns_with(stems: dict[bytes, list[bytes]]) -> Columns:
    words = sorted(word for found in stems.values() for word in found)
    meta = DocMeta("u-1", "model", "T", None, None, (), {}, {}, 1, 1)
    return Columns.of([meta], words, stems)


STEMS = {b"open": [b"open", b"opened", b"opening"], b"weight": [b"weight", b"weights"], b"a": [b"a"],
         b"model": [b"model", b"models", b"modelling"], b"zeta": [b"zeta"]}


def test_every_stem_gives_its_words_and_others_none() -> None:
    columns = columns_with(STEMS)
    for _ in range(2):  # looked up, then remembered
        for stem, words in STEMS.items():
            assert columns.variants(stem) == words
        for absent in (b"ope", b"pen", b"weights", b"", b"open\nweight", b"zet", b"eta", b"mod"):
            assert columns.variants(absent) == []


def test_a_single_stem_and_many_lookups() -> None:
    columns = columns_with({b"only": [b"only"]})
    assert columns.variants(b"only") == [b"only"]
    assert columns.variants(b"onl") == []
    for number in range(VARIANTS_REMEMBERED * 2):  # more stems than it remembers: it forgets, and still answers
        assert columns.variants(str(number).encode()) == []
    assert columns.variants(b"only") == [b"only"]


def test_saved_and_loaded_columns_answer_alike() -> None:
    saved = columns_with(STEMS)
    loaded = Columns.from_dict(saved.to_dict(), 1)
    assert loaded is not None
    assert [loaded.variants(stem) for stem in STEMS] == list(STEMS.values())


def test_columns_without_saved_stems_say_so() -> None:
    meta = DocMeta("u-1", "model", "T", None, None, (), {}, {}, 1, 1)
    assert Columns.of([meta]).variants(b"open") is None
