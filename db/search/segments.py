"""What the query executor reads: segments of documents (on disk, or pending in memory) behind one interface."""

from __future__ import annotations

import bisect
import itertools
import pickle
from array import array
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from db.search.analysis import AnalyzedDocument, Analyzer
from db.search.spelling import letter_mask
from db.search.text import SearchDocument


class DocMeta(NamedTuple):
    """Per-document facts: the result row (uuid, kind, title), facets, range filters and BM25 lengths."""

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
VARIANTS_REMEMBERED = 512
"""Stems whose words a segment remembers after looking them up in its saved bytes."""
NO_LINE = b"\n"
"""Remembered for a stem that has no line (no saved line holds a newline)."""


def _docnums() -> array[int]:
    return array("I")


def _from_bytes(typecode: str, data: bytes) -> array[Any]:
    found = array(typecode)
    found.frombytes(data)
    return found


class Columns:
    """A segment's per-document facts as columns: what a search reads of every document, without a record per
    document (a rebuild saves them beside the segment; loading 25,000 documents' columns takes milliseconds, where
    their records took a third of a second, and the memory of 100,000 records was ~110 MB).

    BM25 lengths and the modification date are arrays; each facet is its values' docnum lists; range filters and
    UUIDs stay pickled until a search first needs them (or on disk, see `keep_on_disk`). The word lexicon and its
    stems (a bulk write saves them) are newline-separated bytes, split in C when first needed: index words never
    hold a space or a newline."""

    def __init__(self, titles: array[int], bodies: array[int], modified: array[int],
                 facets: dict[str, dict[str, array[int]]], ranges: bytes, uuids: bytes,
                 words: tuple[bytes, bytes, bytes] | None = None) -> None:
        self.titles = titles
        self.bodies = bodies
        self.modified = modified
        self.facets = facets
        self._ranges_blob: bytes | None = ranges
        self._uuids_blob: bytes | None = uuids
        self._words_blobs = words  # (lexicon, stems, each stem's words joined by spaces), one line per item
        self._ranges: dict[str, tuple[list[float], list[int]]] | None = None
        self._uuids: dict[str, int] | None = None
        self._reread: Callable[[], Mapping[str, Any] | None] | None = None
        self._lexicon: list[bytes] | None = None
        self._variant_starts: array[int] | None = None
        self._variant_lines: dict[bytes, bytes] = {}

    @classmethod
    def of(cls, metas: Sequence[DocMeta | tuple[Any, ...]], words: list[bytes] | None = None,
           stems: dict[bytes, list[bytes]] | None = None) -> Columns:
        """The columns of these documents' records (in docnum order)."""
        rows = [meta if isinstance(meta, DocMeta) else DocMeta._make(meta) for meta in metas]
        facets: dict[str, dict[str, array[int]]] = {}
        for facet in FACETS:
            groups: dict[str, array[int]] = defaultdict(_docnums)
            for docnum, meta in enumerate(rows):
                if facet == "tag":
                    for tag in meta.tags:
                        groups[tag].append(docnum)
                elif value := getattr(meta, facet):
                    groups[value].append(docnum)
            facets[facet] = dict(groups)
        ranges: dict[str, tuple[list[float], list[int]]] = {}
        for name in sorted({key for meta in rows for key in itertools.chain(meta.dates, meta.numbers)}):
            pairs = sorted((value, docnum) for docnum, meta in enumerate(rows)
                           if (value := meta.dates.get(name, meta.numbers.get(name))) is not None)
            ranges[name] = ([value for value, _ in pairs], [docnum for _, docnum in pairs])
        saved = None
        if words is not None and stems is not None:
            saved = (b"\n".join(words), b"\n".join(stems), b"\n".join(b" ".join(found) for found in stems.values()))
        return cls(array("I", (m.title_length for m in rows)), array("I", (m.body_length for m in rows)),
                   array("q", (m.dates.get("modified", 0) for m in rows)), facets,
                   pickle.dumps(ranges, pickle.HIGHEST_PROTOCOL),
                   pickle.dumps([m.uuid for m in rows], pickle.HIGHEST_PROTOCOL), saved)

    def to_dict(self) -> dict[str, Any]:
        return {"version": 1, "titles": self.titles.tobytes(), "bodies": self.bodies.tobytes(),
                "modified": self.modified.tobytes(),
                "facets": {facet: {value: docs.tobytes() for value, docs in groups.items()}
                           for facet, groups in self.facets.items()},
                "ranges": self._saved("ranges", self._ranges_blob) if self._ranges is None
                else pickle.dumps(self._ranges, pickle.HIGHEST_PROTOCOL),
                "uuids": self._saved("uuids", self._uuids_blob) if self._uuids is None
                else pickle.dumps(list(self._uuids), pickle.HIGHEST_PROTOCOL), "words": self._words_blobs}

    @classmethod
    def from_dict(cls, data: dict[str, Any], doc_count: int) -> Columns | None:
        """The columns saved by `to_dict`, or None when they do not describe `doc_count` documents."""
        try:
            if data.get("version") != 1:
                return None
            columns = cls(_from_bytes("I", data["titles"]), _from_bytes("I", data["bodies"]),
                          _from_bytes("q", data["modified"]),
                          {facet: {value: _from_bytes("I", docs) for value, docs in groups.items()}
                           for facet, groups in data["facets"].items()},
                          data["ranges"], data["uuids"], _word_blobs(data["words"]))
        except (KeyError, TypeError, ValueError, AttributeError):  # damaged: the caller reads Whoosh's column
            return None
        if not len(columns.titles) == len(columns.bodies) == len(columns.modified) == doc_count:
            return None
        return columns

    def keep_on_disk(self, reread: Callable[[], Mapping[str, Any] | None]) -> None:
        """Let go of the pickled range values and UUIDs until a search needs them, when `reread` gives the saved
        columns again (`to_dict`'s form): a third of a segment's columns (~2.8 MB per 25,000 documents) that most
        searches never read."""
        self._reread = reread
        self._ranges_blob = self._uuids_blob = None

    def _saved(self, name: str, held: bytes | None) -> bytes:
        """The pickled `name` column: held, or read again (ValueError when it cannot be: the index is damaged)."""
        if held is not None:
            return held
        if self._reread is None:
            return b""
        saved = self._reread()
        blob = saved.get(name) if saved is not None else None
        if not isinstance(blob, bytes):
            raise ValueError(f"the saved {name} of a search index segment cannot be read again")
        return blob

    def range_pairs(self, field: str) -> tuple[list[float], list[int]]:
        """Values of a date or number field in ascending order, and the docnum holding each."""
        if self._ranges is None:
            blob = self._saved("ranges", self._ranges_blob)
            self._ranges = pickle.loads(blob) if blob else {}
            self._ranges_blob = None
        return self._ranges.get(field, ([], []))

    def docnum_of(self, uuid: str) -> int | None:
        if self._uuids is None:
            blob = self._saved("uuids", self._uuids_blob)
            uuids = pickle.loads(blob) if blob else []
            self._uuids = {value: docnum for docnum, value in enumerate(uuids)}
            self._uuids_blob = None
        return self._uuids.get(uuid)

    def lexicon(self) -> list[bytes] | None:
        """The `word` lexicon in order, when it was saved with the columns."""
        if self._lexicon is None and self._words_blobs is not None:
            self._lexicon = self._words_blobs[0].split(b"\n") if self._words_blobs[0] else []
        return self._lexicon

    def variants(self, stemmed: bytes) -> list[bytes] | None:
        """The lexicon's words whose stem is `stemmed` (in lexicon order); None when the stems were not saved.

        Found in the saved bytes, where a stem's line number is the line of its words: a dict of every stem held
        ~3 MB per 25,000 documents (and took longer to build than a search's few lookups take)."""
        if self._words_blobs is None:
            return None
        words = self._variant_lines.get(stemmed)
        if words is None:
            _lexicon, stems, found = self._words_blobs
            line = _line_number(stems, stemmed) if stems and b"\n" not in stemmed else -1
            if line < 0:
                words = NO_LINE
            else:
                if self._variant_starts is None:  # where each line of `found` starts, and one past its end
                    self._variant_starts = array("I", itertools.accumulate(
                        map((1).__add__, map(len, found.split(b"\n"))), initial=0))
                starts = self._variant_starts
                if line + 1 >= len(starts):
                    raise ValueError("the saved stems and their words differ in length")
                words = found[starts[line]:starts[line + 1] - 1]
            if len(self._variant_lines) >= VARIANTS_REMEMBERED:
                self._variant_lines.clear()
            self._variant_lines[stemmed] = words  # as-you-type searches ask again for the same stems
        return [] if words is NO_LINE else words.split(b" ")


def _line_number(lines: bytes, line: bytes) -> int:
    """The number of the first line of newline-separated `lines` that is exactly `line`, else -1."""
    if lines.startswith(line + b"\n") or lines == line:
        return 0
    found = lines.find(b"\n" + line + b"\n")
    if found < 0:
        if not lines.endswith(b"\n" + line):
            return -1
        found = len(lines) - len(line) - 1
    return lines.count(b"\n", 0, found + 1)


def _word_blobs(saved: Any) -> tuple[bytes, bytes, bytes] | None:
    if saved is None:
        return None
    if not (isinstance(saved, tuple) and len(saved) == 3 and all(isinstance(blob, bytes) for blob in saved)):
        raise ValueError("the saved lexicon is damaged")
    return saved[0], saved[1], saved[2]


class Segment:
    """A numbered set of documents (docnums 0..doc_count-1) with postings; subclasses supply the storage."""

    key: str = ""
    doc_count: int = 0
    deleted: frozenset[int] = frozenset()

    def __init__(self) -> None:
        self._columns: Columns | None = None
        self._facet_docs: dict[str, dict[str, frozenset[int]]] = {}
        self._length_sums: tuple[int, int] | None = None
        self._first_letters: dict[str, dict[str, list[tuple[bytes, int]]]] = {}

    # ---- storage (subclasses) ------------------------------------------------------------------

    def meta(self, docnum: int) -> DocMeta:
        """One document's record (for a hit: its uuid, kind and title)."""
        raise NotImplementedError

    def columns(self) -> Columns:
        raise NotImplementedError

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

    def modified(self, docnum: int) -> int:
        """The document's modification date (a proleptic ordinal; 0 when it has none): ties rank newest first."""
        return int(self.columns().modified[docnum])

    def modified_dates(self) -> Sequence[int]:
        """Docnum -> modification date (see `modified`)."""
        return self.columns().modified

    def lengths(self) -> tuple[Sequence[int], Sequence[int]]:
        """Docnum -> title length, and docnum -> body length (in indexed words), for BM25."""
        columns = self.columns()
        return columns.titles, columns.bodies

    def length_sums(self) -> tuple[int, int]:
        if self._length_sums is None:
            titles, bodies = self.lengths()
            self._length_sums = (sum(titles), sum(bodies))
        return self._length_sums

    def facet_docs(self, facet: str) -> dict[str, frozenset[int]]:
        """Facet value -> the docnums that have it."""
        found = self._facet_docs.get(facet)
        if found is None:
            groups = self.columns().facets.get(facet, {})
            found = self._facet_docs[facet] = {value: frozenset(docs) for value, docs in groups.items()}
        return found

    def facet_groups(self, facet: str) -> Mapping[str, Sequence[int]]:
        """Facet value -> the docnums that have it, ascending (as stored: no set is built)."""
        return self.columns().facets.get(facet, {})

    def in_range(self, field: str, low: float | None, high: float | None) -> set[int]:
        """Docnums whose date or number `field` lies in [low, high] (bisection over a sorted copy)."""
        values, docnums = self.columns().range_pairs(field)
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

    def meta(self, docnum: int) -> DocMeta:
        return self.metas[docnum]

    def columns(self) -> Columns:
        if self._columns is None:
            self._columns = Columns.of(self.metas)
        return self._columns

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
