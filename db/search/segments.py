"""What the query executor reads: segments of documents (on disk, or pending in memory) behind one interface."""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, NamedTuple

from db.search.analysis import AnalyzedDocument, Analyzer
from db.search.documents import SearchDocument
from db.search.spelling import letter_mask


class DocMeta(NamedTuple):
    """Per-document facts kept in memory: result rows, facets, range filters and BM25 lengths."""

    uuid: str
    kind: str
    title: str
    openness: str | None
    jurisdiction: str | None
    tags: tuple[str, ...]
    dates: dict[str, int]
    numbers: dict[str, float]
    title_length: int
    body_length: int


def doc_meta(doc: SearchDocument, analyzed: AnalyzedDocument) -> DocMeta:
    return DocMeta(doc.uuid, doc.kind, doc.title, doc.openness, doc.jurisdiction, tuple(doc.tags), dict(doc.dates),
                   dict(doc.numbers), analyzed.title_length, analyzed.body_length)


FACETS = ("kind", "openness", "jurisdiction", "tag")


class Segment:
    """A numbered set of documents (docnums 0..doc_count-1) with postings; subclasses supply the storage."""

    key: str = ""
    doc_count: int = 0
    deleted: frozenset[int] = frozenset()
    metas: list[DocMeta]

    def __init__(self) -> None:
        self._facet_docs: dict[str, dict[str, frozenset[int]]] = {}
        self._facet_lists: dict[str, list[Any]] = {}
        self._length_sums: tuple[int, int] | None = None
        self._ranges: dict[str, tuple[list[float], list[int]]] = {}
        self._first_letters: dict[str, dict[str, list[tuple[bytes, int]]]] = {}
        self._lengths: tuple[list[int], list[int]] | None = None

    # ---- storage (subclasses) ------------------------------------------------------------------

    def docnum_of(self, uuid: str) -> int | None:
        raise NotImplementedError

    def doc_frequency(self, field: str, term: bytes) -> int:
        raise NotImplementedError

    def postings(self, field: str, term: bytes) -> tuple[Sequence[int], Sequence[int]]:
        """Ascending docnums holding the term and the term's frequency in each."""
        raise NotImplementedError

    def lexicon(self, field: str) -> list[bytes]:
        raise NotImplementedError

    def expand(self, field: str, prefix: bytes) -> list[bytes]:
        raise NotImplementedError

    def variants(self, stemmed: bytes) -> list[bytes]:
        """The indexed words (field `word`) whose stem is `stemmed`."""
        raise NotImplementedError

    def forward(self, docnum: int) -> bytes:
        raise NotImplementedError

    def text(self, docnum: int) -> tuple[str, str]:
        raise NotImplementedError

    # ---- derived, cached per segment -----------------------------------------------------------

    def lengths(self) -> tuple[list[int], list[int]]:
        """Docnum -> title length, and docnum -> body length (in indexed words), for BM25."""
        if self._lengths is None:
            self._lengths = ([m.title_length for m in self.metas], [m.body_length for m in self.metas])
        return self._lengths

    def length_sums(self) -> tuple[int, int]:
        if self._length_sums is None:
            titles, bodies = self.lengths()
            self._length_sums = (sum(titles), sum(bodies))
        return self._length_sums

    def facet_docs(self, facet: str) -> dict[str, frozenset[int]]:
        """Facet value -> the docnums that have it."""
        found = self._facet_docs.get(facet)
        if found is None:
            groups: dict[str, list[int]] = defaultdict(list)
            for docnum, meta in enumerate(self.metas):
                if facet == "tag":
                    for tag in meta.tags:
                        groups[tag].append(docnum)
                else:
                    value = getattr(meta, facet)
                    if value:
                        groups[value].append(docnum)
            found = self._facet_docs[facet] = {value: frozenset(docs) for value, docs in groups.items()}
        return found

    def facet_values(self, facet: str) -> list[Any]:
        """Docnum -> the document's value of a facet (its tags for "tag")."""
        found = self._facet_lists.get(facet)
        if found is None:
            field_index = DocMeta._fields.index("tags" if facet == "tag" else facet)
            found = self._facet_lists[facet] = [meta[field_index] for meta in self.metas]
        return found

    def in_range(self, field: str, low: float | None, high: float | None) -> set[int]:
        """Docnums whose date or number `field` lies in [low, high] (bisection over a sorted copy)."""
        cached = self._ranges.get(field)
        if cached is None:
            pairs = sorted(
                (value, docnum) for docnum, meta in enumerate(self.metas)
                if (value := meta.dates.get(field, meta.numbers.get(field))) is not None
            )
            cached = self._ranges[field] = ([v for v, _ in pairs], [d for _, d in pairs])
        values, docnums = cached
        start = 0 if low is None else bisect.bisect_left(values, low)
        end = len(values) if high is None else bisect.bisect_right(values, high)
        return set(docnums[start:end])

    def words_starting(self, letter: str) -> list[tuple[bytes, int]]:
        """Words of the `word` field that start with `letter`, with their letter masks (typo candidates)."""
        by_letter = self._first_letters.get("word")
        if by_letter is None:
            grouped: dict[str, list[tuple[bytes, int]]] = defaultdict(list)
            for word in self.lexicon("word"):
                grouped[word[:1].decode("latin-1")].append((word, letter_mask(word)))
            by_letter = self._first_letters["word"] = dict(grouped)
        return by_letter.get(letter, [])


class MemorySegment(Segment):
    """Documents committed to the store but not yet written to disk: searchable at once."""

    def __init__(self, items: Sequence[tuple[SearchDocument, AnalyzedDocument]], analyzer: Analyzer,
                 key: str) -> None:
        super().__init__()
        self.key = key
        self.analyzer = analyzer
        self.doc_count = len(items)
        self.metas = [doc_meta(doc, analyzed) for doc, analyzed in items]
        self._uuids = {meta.uuid: docnum for docnum, meta in enumerate(self.metas)}
        self._texts = [(doc.title, doc.body) for doc, _ in items]
        self._forward = [analyzed.forward for _, analyzed in items]
        postings: dict[tuple[str, bytes], tuple[list[int], list[int]]] = {}
        for docnum, (_doc, analyzed) in enumerate(items):
            for field, counter in analyzed.terms.items():
                for term, tf in counter.items():
                    ids, tfs = postings.setdefault((field, term), ([], []))
                    ids.append(docnum)
                    tfs.append(min(tf, 255))
        self._postings = postings
        by_field: dict[str, list[bytes]] = defaultdict(list)
        for field, term in postings:
            by_field[field].append(term)
        self._lexicons = {field: sorted(terms) for field, terms in by_field.items()}
        stems: dict[bytes, list[bytes]] = defaultdict(list)
        for word in self._lexicons.get("word", []):
            stems[analyzer.stem_bytes(word)].append(word)
        self._stems = dict(stems)

    def docnum_of(self, uuid: str) -> int | None:
        return self._uuids.get(uuid)

    def doc_frequency(self, field: str, term: bytes) -> int:
        return len(self._postings.get((field, term), ((), ()))[0])

    def postings(self, field: str, term: bytes) -> tuple[Sequence[int], Sequence[int]]:
        return self._postings.get((field, term), ((), ()))

    def lexicon(self, field: str) -> list[bytes]:
        return self._lexicons.get(field, [])

    def expand(self, field: str, prefix: bytes) -> list[bytes]:
        words = self._lexicons.get(field, [])
        start = bisect.bisect_left(words, prefix)
        return list(itertools.takewhile(lambda w: w.startswith(prefix), words[start:]))

    def variants(self, stemmed: bytes) -> list[bytes]:
        return self._stems.get(stemmed, [])

    def forward(self, docnum: int) -> bytes:
        return self._forward[docnum]

    def text(self, docnum: int) -> tuple[str, str]:
        return self._texts[docnum]
