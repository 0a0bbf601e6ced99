"""One search over a set of segments: the query compiled and run, a page of hits with snippets, "did you mean".

Shared by the search service (an index kept in step with the store) and the command line's reader of a fresh index
(db.search.reader), so both answer a query exactly alike.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from db.search import highlight
from db.search import query as q
from db.search.analysis import Analyzer, byte_tokens
from db.search.executor import Compiled, Outcome, compile_query, run
from db.search.segments import FACETS, Segment
from db.search.spelling import best_correction

SUGGEST_BELOW = 3
"""A query with fewer hits than this gets a "did you mean" suggestion when one exists."""
SEARCH_ERRORS = (OSError, EOFError, ValueError, KeyError, IndexError)
"""What reading a damaged index raises beside the engine's own error."""


@dataclass
class Hit:
    uuid: str
    kind: str
    title: str
    score: float
    snippet: str
    """Plain text; « and » wrap each matched word (see README, Search)."""

    def snippet_html(self) -> str:
        return highlight.to_html(self.snippet)

    def snippet_ansi(self) -> str:
        return highlight.to_ansi(self.snippet)

    def snippet_plain(self) -> str:
        return highlight.to_plain(self.snippet)


@dataclass
class SearchResult:
    total: int
    hits: list[Hit]
    facets: dict[str, list[tuple[str, int]]]
    suggestion: str | None = None
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """How the query was interpreted beyond the text (a prefix fallback, a short prefix, an index update)."""
    stale: bool = False
    """True when the index could not be brought up to date: results may miss recent changes."""
    catching_up: bool = False
    """True while the index catches up on a large change (a merge, an import): results may miss those entries."""
    pending: int = 0
    """Changed entries not yet in the index when the search ran."""


def filters_of(kind: str | None, facets: Mapping[str, Sequence[str]] | None) -> dict[str, list[str]]:
    """The facet filters of a search: the facets asked for, and the kind (an alias such as "note" for its kind)."""
    filters = {name: list(values) for name, values in (facets or {}).items() if name in FACETS and values}
    if kind:
        filters["kind"] = [q.KIND_ALIASES.get(kind.lower().replace("-", "_"), kind)]
    return filters


def page_bounds(limit: int, offset: int) -> tuple[int, int]:
    return max(0, min(int(limit), 10_000)), max(0, int(offset))


def find(parsed: q.ParsedQuery, analyzer: Analyzer, segments: Sequence[Segment],
         hidden: Mapping[str, frozenset[int]], filters: Mapping[str, Sequence[str]], offset: int, limit: int,
         with_snippets: bool, as_you_type: bool) -> tuple[Outcome, Compiled, list[Hit]]:
    """Match, rank and page; a query whose plain words are found nowhere is retried with them as prefixes.

    Raises the engine's error or one of SEARCH_ERRORS when the index turns out to be damaged."""
    compiled = compile_query(parsed, analyzer, segments)
    outcome = run(compiled, analyzer, segments, hidden, filters, offset, limit)
    if outcome.total == 0 and not as_you_type and compiled.absent:
        retry = compile_query(parsed, analyzer, segments, absent_as_prefix=True)
        retried = run(retry, analyzer, segments, hidden, filters, offset, limit)
        if retried.total:
            compiled, outcome = retry, retried
    return outcome, compiled, hits_of(outcome, compiled, with_snippets)


def hits_of(outcome: Outcome, compiled: Compiled, with_snippets: bool) -> list[Hit]:
    """The page's hits: each one's record read from its segment (only these), with its snippet."""
    hits: list[Hit] = []
    matcher = compiled.highlight_matcher() if with_snippets and outcome.hits else None
    for raw in outcome.hits:
        meta = raw.segment.meta(raw.docnum)
        snippet = ""
        if with_snippets:
            title, body = raw.segment.text(raw.docnum)
            snippet = highlight.snippet(title, body, matcher)
        hits.append(Hit(meta.uuid, meta.kind, meta.title, round(raw.score, 4), snippet))
    return hits


def suggest(parsed: q.ParsedQuery, segments: Sequence[Segment], compiled: Compiled) -> str | None:
    """The query with each word the index does not know replaced by its closest known word."""
    replacements: list[tuple[tuple[int, int], str]] = []
    absent = {id(word) for word in compiled.absent}
    for word in parsed.words():
        if word.span is None or word.prefix or word.fuzzy:
            continue
        terms = byte_tokens(word.text)
        if len(terms) != 1 or (id(word) not in absent and _frequency(segments, terms[0]) > 0):
            continue
        better = best_correction(terms[0], segments)
        if better is not None and better != terms[0]:
            replacements.append((word.span, better.decode("utf-8", "replace")))
    if not replacements:
        return None
    text = parsed.text
    for (start, end), replacement in sorted(replacements, reverse=True):
        text = text[:start] + replacement + text[end:]
    text = " ".join(text.split())
    return text if text != " ".join(parsed.text.split()) else None


def _frequency(segments: Sequence[Segment], term: bytes) -> int:
    return sum(seg.doc_frequency("word", term) for seg in segments)
