"""Run a parsed query over segments: exact match sets by set algebra, BM25F ranking, facets, the top hits.

Match sets come from decoded posting lists combined with C-level set operations (so totals and facet counts
cover the whole result set, not an estimate); scores are computed only for the documents that matched.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain, compress, pairwise, repeat

from db.search import query as q
from db.search.analysis import GRAM, STOPWORDS, Analyzer, byte_tokens, contains_pattern
from db.search.highlight import Highlights, Matcher
from db.search.segments import FACETS, Segment
from db.search.spelling import corrections
from db.search.text import whole_value_key
from db.vocab import OpennessGrade

K1 = 1.2
B = 0.75
TITLE_BOOST = 3.0
"""A word in the title weighs three times a word in the body (on top of the body's own score)."""
FUZZY_WEIGHT = 0.6
"""A typo-tolerant match counts less than an exact one."""
SHORT_PREFIX_EXPANSIONS = 64
"""A prefix shorter than the indexed gram expands to at most this many words (the most frequent)."""
TITLE_EXPANSIONS = 24
"""Title words a prefix adds to the ranking at most (the matching itself covers every word)."""
FILTER_FIELDS = {"tag", "license", "org", "author", "jurisdiction", "openness", "status", "verdict", "kind", "base"}
WHOLE_VALUE_FIELDS = {"base"}
"""Fields whose values are indexed whole (text.whole_value_key): base:"Llama 3 8B" is not Llama 3.1 8B."""
GRADE_WORDS: frozenset[bytes] = frozenset(
    term for grade in OpennessGrade for text in (grade.value, grade.label) for term in byte_tokens(text)
) - STOPWORDS
"""The words of the openness grades, as the documents' `openness` field holds them."""


# ---- the compiled tree -------------------------------------------------------------------------------


class Node:
    """A compiled query node: yields, per segment, the docnums that match and (for leaves) what they score."""

    scoring = False

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        raise NotImplementedError

    def contributions(self, seg: Segment, ctx: _Context, final: set[int]) -> list[Contribution]:
        """This leaf's parts of the BM25F score, in the order they are added to a document's score."""
        return []


@dataclass
class _Context:
    analyzer: Analyzer
    segments: Sequence[Segment]
    doc_total: int
    average_title: float
    average_body: float
    _df: dict[tuple[str, bytes], int] = field(default_factory=dict)
    _all: dict[str, set[int]] = field(default_factory=dict)

    def df(self, field_name: str, term: bytes) -> int:
        """Documents holding the term in any segment (from the decoded, cached postings: no dictionary lookup)."""
        key = (field_name, term)
        found = self._df.get(key)
        if found is None:
            found = self._df[key] = sum(len(seg.postings(field_name, term)[0]) for seg in self.segments)
        return found

    def idf(self, field_name: str, term: bytes) -> float:
        return math.log(max(self.doc_total, 1) / (self.df(field_name, term) + 1)) + 1.0

    def all_docs(self, seg: Segment) -> set[int]:
        found = self._all.get(seg.key)
        if found is None:
            found = self._all[seg.key] = set(range(seg.doc_count))
        return found


def _union(seg: Segment, field_name: str, terms: Sequence[bytes]) -> set[int]:
    found: set[int] = set()
    for term in terms:
        found.update(seg.postings(field_name, term)[0])
    return found


# ---- the parts of a score ----------------------------------------------------------------------------


class Postings:
    """One term's BM25 part in one field: c1 * tf / (tf + c2 + c3 * length) for each document holding it."""

    __slots__ = ("_max_tf", "_tf_of", "c1", "c2", "c3", "ids", "lengths", "tfs", "title")

    def __init__(self, seg: Segment, ctx: _Context, field_name: str, term: bytes, boost: float,
                 title: bool) -> None:
        self.ids, self.tfs = seg.postings(field_name, term)
        titles, bodies = seg.lengths()
        self.lengths = titles if title else bodies
        self.title = title
        average = (ctx.average_title if title else ctx.average_body) or 1.0
        self.c1 = ctx.idf(field_name, term) * (K1 + 1) * boost if self.ids else 0.0
        self.c2 = K1 * (1 - B)
        self.c3 = K1 * B / average
        self._tf_of: dict[int, int] | None = None
        self._max_tf: int | None = None

    def add(self, docs: set[int], scores: dict[int, float]) -> None:
        """Add this part to the scores of `docs` that hold the term."""
        ids, tfs = self.ids, self.tfs
        if not ids or not docs:
            return
        if len(docs) * 8 < len(ids):  # few documents: each one looked up in the postings
            if self._tf_of is None and len(docs) * 64 < len(ids):  # by bisection
                count = len(ids)
                found_ids: list[int] = []
                found_tfs: list[int] = []
                for docnum in docs:
                    i = bisect.bisect_left(ids, docnum)
                    if i < count and ids[i] == docnum:
                        found_ids.append(docnum)
                        found_tfs.append(tfs[i])
                ids, tfs = found_ids, found_tfs
            else:  # in a docnum -> tf map made once (a pruned ranking looks up several groups of documents)
                if self._tf_of is None:
                    self._tf_of = dict(zip(ids, tfs, strict=True))
                ids = list(filter(self._tf_of.__contains__, docs))
                tfs = list(map(self._tf_of.__getitem__, ids))
        elif not (len(docs) >= len(ids) and docs.issuperset(ids)):  # only the postings of these documents
            kept = list(map(docs.__contains__, ids))
            ids, tfs = list(compress(ids, kept)), list(compress(tfs, kept))
        # get(docnum, 0.0) + c1 * tf / (tf + c2 + c3 * lengths[docnum]) for every posting, computed by C-level maps
        # (the same operations in the same order, so the same floats) instead of a Python loop per posting
        c1, c2, c3, get = self.c1, self.c2, self.c3, scores.get
        numerators = map(c1.__mul__, tfs)
        denominators = map(float.__add__, map(c2.__radd__, tfs), map(c3.__mul__, map(self.lengths.__getitem__, ids)))
        terms = map(float.__truediv__, numerators, denominators)
        scores.update(zip(ids, list(map(float.__add__, map(get, ids, repeat(0.0)), terms)), strict=True))

    def bound(self, length: int) -> float:
        """At least this part of the score of any document of this length (tf / (tf + k) grows with tf)."""
        if not self.ids or self.c1 <= 0:
            return 0.0
        if self._max_tf is None:
            self._max_tf = max(self.tfs)
        top = self._max_tf
        return self.c1 * top / (top + self.c2 + self.c3 * length)


class Bonus:
    """A fixed amount added to the score of each of `docs` (see GradeNode)."""

    __slots__ = ("bonus", "docs")

    def __init__(self, docs: set[int], bonus: float) -> None:
        self.docs = docs
        self.bonus = bonus

    def add(self, docs: set[int], scores: dict[int, float]) -> None:
        bonus = self.bonus
        docnums = list(self.docs & docs)  # scores[docnum] = scores.get(docnum, 0.0) + bonus, in C
        scores.update(zip(docnums, list(map(bonus.__radd__, map(scores.get, docnums, repeat(0.0)))), strict=True))


Contribution = Postings | Bonus


class WordNode(Node):
    """A word: its stem's indexed variants (or, exact, the word itself) in body and title."""

    scoring = True

    def __init__(self, term: bytes, exact: bool, title_only: bool, weight: float = 1.0,
                 alternatives: Callable[[Segment], list[bytes]] | None = None) -> None:
        self.term = term
        self.exact = exact
        self.title_only = title_only
        self.weight = weight
        self.alternatives = alternatives
        self._terms: dict[str, list[bytes]] = {}

    def terms(self, seg: Segment, ctx: _Context) -> list[bytes]:
        found = self._terms.get(seg.key)
        if found is None:
            if self.alternatives is not None:
                found = self.alternatives(seg)
            elif self.exact:
                found = [self.term]
            else:
                found = list(dict.fromkeys([*seg.variants(ctx.analyzer.stem_bytes(self.term)), self.term]))
            self._terms[seg.key] = found
        return found

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        return _union(seg, "title" if self.title_only else "word", self.terms(seg, ctx))

    def matched_terms(self) -> list[list[bytes]]:
        return list(self._terms.values())

    def contributions(self, seg: Segment, ctx: _Context, final: set[int]) -> list[Contribution]:
        found: list[Contribution] = []
        for term in self.terms(seg, ctx):
            if not self.title_only:
                found.append(Postings(seg, ctx, "word", term, self.weight, title=False))
            found.append(Postings(seg, ctx, "title", term, TITLE_BOOST * self.weight, title=True))
        return found


class PrefixNode(Node):
    """Words starting with a prefix: one gram posting list for 3 letters, else an expansion of the words."""

    scoring = True

    def __init__(self, prefix: bytes, title_only: bool) -> None:
        self.prefix = prefix
        self.title_only = title_only
        self._words: dict[str, list[bytes]] = {}
        self._titles: dict[str, list[bytes]] = {}

    def words(self, seg: Segment, field_name: str) -> list[bytes]:
        cache = self._titles if field_name == "title" else self._words
        found = cache.get(seg.key)
        if found is None:
            found = seg.expand(field_name, self.prefix)
            cap = TITLE_EXPANSIONS if field_name == "title" else SHORT_PREFIX_EXPANSIONS
            if len(found) > cap and (field_name == "title" or len(self.prefix) < GRAM):
                found = sorted(found, key=lambda t: -seg.doc_frequency(field_name, t))[:cap]
            cache[seg.key] = found
        return found

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        if self.title_only:
            return _union(seg, "title", self.words(seg, "title"))
        if len(self.prefix) == GRAM:
            return set(seg.postings("gram", self.prefix)[0])
        return _union(seg, "word", self.words(seg, "word"))

    def contributions(self, seg: Segment, ctx: _Context, final: set[int]) -> list[Contribution]:
        found: list[Contribution] = []
        if not self.title_only:
            if len(self.prefix) == GRAM:
                found.append(Postings(seg, ctx, "gram", self.prefix, 1.0, title=False))
            else:
                found += (Postings(seg, ctx, "word", term, 1.0, title=False) for term in self.words(seg, "word"))
        found += (Postings(seg, ctx, "title", term, TITLE_BOOST, title=True) for term in self.words(seg, "title"))
        return found


class FieldNode(Node):
    """A filter field (tag, license, org, ...): all the value's words in that field; no score of its own."""

    def __init__(self, field_name: str, terms: list[bytes], prefix: bool = False) -> None:
        self.field_name = field_name
        self.terms = terms
        self.prefix = prefix

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        result: set[int] | None = None
        for i, term in enumerate(self.terms):
            if self.prefix and i == len(self.terms) - 1:
                found = _union(seg, self.field_name, seg.expand(self.field_name, term))
            else:
                found = set(seg.postings(self.field_name, term)[0])
            result = found if result is None else result & found
            if not result:
                return set()
        return result or set()


class PhraseNode(Node):
    """Words in this order: candidates from word and word-pair postings, checked against the forward index."""

    scoring = True

    def __init__(self, terms: list[bytes], title_only: bool, analyzer: Analyzer) -> None:
        self.terms = terms
        self.title_only = title_only
        common = analyzer.common
        self.pairs = [a + b" " + b for a, b in pairwise(terms) if a in common and b in common]
        self.words = [t for t in dict.fromkeys(terms) if t not in STOPWORDS]
        self.pattern = analyzer.phrase_pattern(terms)
        self.exact_by_pairs = len(terms) == 2 and len(self.pairs) == 1 and not title_only

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        sets = [set(seg.postings("pair", p)[0]) for p in self.pairs]
        sets += [set(seg.postings("title" if self.title_only else "word", w)[0]) for w in self.words]
        if not sets:
            return set()
        sets.sort(key=len)
        candidates = sets[0].intersection(*sets[1:])
        if self.exact_by_pairs or not candidates:
            return candidates
        pattern = self.pattern
        forward = seg.forward
        if self.title_only:
            separator = b"\xff\xff"
            return {d for d in candidates if contains_pattern(forward(d).split(separator, 1)[0], pattern)}
        return {d for d in candidates if contains_pattern(forward(d), pattern)}

    def contributions(self, seg: Segment, ctx: _Context, final: set[int]) -> list[Contribution]:
        found: list[Contribution] = []
        for word in self.words:
            if not self.title_only:
                found.append(Postings(seg, ctx, "word", word, 1.0, title=False))
            found.append(Postings(seg, ctx, "title", word, TITLE_BOOST, title=True))
        if not self.words:  # only stopwords: rank by the pair terms
            found += (Postings(seg, ctx, "pair", pair, 1.0, title=False) for pair in self.pairs)
        return found


class GradeNode(Node):
    """Ranking only: query words that name an openness grade lift the models graded so.

    Each grade word adds as much as a title match of it would. When the query names a grade with two words or more
    ("open weights", "fully open", "closed api"), the models whose grade holds them all are ranked first, above
    entries that merely use the words ("Weight Decay")."""

    scoring = True

    def __init__(self, terms: list[bytes]) -> None:
        self.terms = terms

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:  # pragma: no cover - never part of the match tree
        return set()

    def contributions(self, seg: Segment, ctx: _Context, final: set[int]) -> list[Contribution]:
        """Per term, a bonus for the documents of `final` whose grade holds it."""
        stem = ctx.analyzer.stem_bytes
        return [Bonus(_union(seg, "openness", [t for t in GRADE_WORDS if stem(t) == stem(term)]) & final,
                      ctx.idf("word", term) * TITLE_BOOST) for term in self.terms]

    @staticmethod
    def first(bonuses: Sequence[Contribution]) -> set[int]:
        """The documents ranked ahead of the rest: graded with every term, when the query names two or more."""
        graded = [bonus.docs for bonus in bonuses if isinstance(bonus, Bonus)]
        return graded[0].intersection(*graded[1:]) if len(graded) >= 2 else set()


class RangeNode(Node):
    def __init__(self, field_name: str, low: float | None, high: float | None) -> None:
        self.field_name = field_name
        self.low = low
        self.high = high

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        return seg.in_range(self.field_name, self.low, self.high)


class AllNode(Node):
    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        return set(ctx.all_docs(seg))


class AndNode(Node):
    def __init__(self, children: list[Node]) -> None:
        self.children = children

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        positive = [c for c in self.children if not isinstance(c, NotNode)]
        negative = [c.child for c in self.children if isinstance(c, NotNode)]
        # cheap filters and rare words first: an empty intersection stops the rest
        result: set[int] | None = None
        for child in sorted(positive, key=_cost):
            found = child.docs(seg, ctx)
            result = found if result is None else result.intersection(found)
            if not result:
                return set()
        if result is None:
            result = set(ctx.all_docs(seg))
        for child in negative:
            result.difference_update(child.docs(seg, ctx))
            if not result:
                break
        return result


class OrNode(Node):
    def __init__(self, children: list[Node]) -> None:
        self.children = children

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        result: set[int] = set()
        for child in self.children:
            result.update(child.docs(seg, ctx))
        return result


class NotNode(Node):
    def __init__(self, child: Node) -> None:
        self.child = child

    def docs(self, seg: Segment, ctx: _Context) -> set[int]:
        return ctx.all_docs(seg).difference(self.child.docs(seg, ctx))


def _cost(node: Node) -> int:
    return {FieldNode: 0, RangeNode: 1, WordNode: 2, PhraseNode: 3}.get(type(node), 4)


# ---- compiling the parser's tree ---------------------------------------------------------------------


@dataclass
class Compiled:
    root: Node | None
    scorers: list[Node]
    highlights: Highlights
    notes: list[str]
    absent: list[q.Word]
    """Plain words found nowhere in the index (candidates for prefix fallback and spelling suggestions)."""

    def highlight_matcher(self) -> Matcher | None:
        """After a run: the indexed words each word node matched (stem variants, typo corrections) join in."""
        for node in self.scorers:
            if isinstance(node, WordNode):
                for terms in node.matched_terms():
                    self.highlights.words.update(terms)
        return self.highlights.matcher()


class _Compiler:
    def __init__(self, analyzer: Analyzer, segments: Sequence[Segment], absent_as_prefix: bool) -> None:
        self.analyzer = analyzer
        self.segments = segments
        self.absent_as_prefix = absent_as_prefix
        self.scorers: list[Node] = []
        self.highlights = Highlights()
        self.notes: list[str] = []
        self.absent: list[q.Word] = []

    def compile(self, node: q.Node | None, negated: bool = False) -> Node | None:
        if node is None:
            return None
        if isinstance(node, q.And):
            children = [c for c in (self.compile(child, negated) for child in node.children) if c is not None]
            if not children or (all(isinstance(c, NotNode) for c in children) and len(children) < len(node.children)):
                return None if not children else AndNode([AllNode(), *children])
            return children[0] if len(children) == 1 else AndNode(children)
        if isinstance(node, q.Or):
            children = [c for c in (self.compile(child, negated) for child in node.children) if c is not None]
            if not children:
                return None
            return children[0] if len(children) == 1 else OrNode(children)
        if isinstance(node, q.Not):
            child = self.compile(node.child, not negated)
            return NotNode(child) if child is not None else None
        if isinstance(node, q.All):
            return AllNode()
        if isinstance(node, q.Range):
            return RangeNode(node.field, node.low, node.high)
        if isinstance(node, q.Phrase):
            return self.phrase(list(node.words), node.field, negated)
        if isinstance(node, q.Word):
            return self.word(node, negated)
        return None  # pragma: no cover - every parser node is handled above

    def _scoring(self, node: Node, negated: bool) -> Node:
        if not negated and node.scoring:
            self.scorers.append(node)
        return node

    def word(self, word: q.Word, negated: bool) -> Node | None:
        if word.field == "kind":
            return FieldNode("kind", [word.text.encode("utf-8")])
        if word.field in WHOLE_VALUE_FIELDS:
            return FieldNode(word.field or "", [whole_value_key(word.text)])
        terms = byte_tokens(word.text)
        if not terms:
            self.notes.append(f"{word.text!r} has no searchable characters")
            return None
        if word.field in FILTER_FIELDS:
            return FieldNode(word.field or "", terms, prefix=word.prefix)
        title_only = word.field == "title"
        if len(terms) > 1:
            if word.prefix:  # an unfinished hyphenated word: all its parts, the last as a prefix
                parts: list[Node] = [self._plain(t, title_only, negated, exact=word.exact) for t in terms[:-1]
                                     if t not in STOPWORDS]
                parts.append(self._prefix(terms[-1], title_only, negated))
                return AndNode(parts) if len(parts) > 1 else parts[0]
            return self.phrase([t.decode("utf-8") for t in terms], word.field, negated)
        term = terms[0]
        if word.fuzzy:
            return self._fuzzy(term, word.fuzzy, title_only, negated)
        if word.prefix:
            return self._prefix(term, title_only, negated, whole_word=True)
        if term in STOPWORDS and not word.exact:
            return None
        if not word.exact and not self._known(term):
            if not negated:
                self.absent.append(word)
            if self.absent_as_prefix and len(term) >= GRAM and not negated:
                self.notes.append(f"no word {word.text!r}: searched {word.text}* instead")
                return self._prefix(term, title_only, negated)
        return self._plain(term, title_only, negated, exact=word.exact)

    def _known(self, term: bytes) -> bool:
        stem = self.analyzer.stem_bytes(term)
        return any(seg.variants(stem) or seg.doc_frequency("word", term) for seg in self.segments)

    def _plain(self, term: bytes, title_only: bool, negated: bool, exact: bool = False) -> Node:
        return self._scoring(WordNode(term, exact, title_only), negated)

    def _prefix(self, term: bytes, title_only: bool, negated: bool, whole_word: bool = False) -> Node:
        if not negated:
            self.highlights.prefixes.add(term)
        if len(term) < GRAM:
            self.notes.append(f"{term.decode()}* is short: only its {SHORT_PREFIX_EXPANSIONS} most frequent "
                              "completions are searched")
        return self._scoring(PrefixNode(term, title_only), negated)

    def _fuzzy(self, term: bytes, distance: int, title_only: bool, negated: bool) -> Node:
        def alternatives(seg: Segment) -> list[bytes]:
            found = [word for word, _d in corrections(term, seg, distance)]
            return list(dict.fromkeys([term, *found]))

        node = WordNode(term, True, title_only, weight=FUZZY_WEIGHT, alternatives=alternatives)
        return self._scoring(node, negated)

    def phrase(self, words: list[str], field_name: str | None, negated: bool) -> Node | None:
        terms = [t for word in words for t in byte_tokens(word)]
        if not terms:
            return None
        if field_name in WHOLE_VALUE_FIELDS:
            return FieldNode(field_name or "", [whole_value_key(" ".join(words))])
        if field_name in FILTER_FIELDS:
            return FieldNode(field_name or "", terms)
        title_only = field_name == "title"
        if len(terms) == 1:
            return self._plain(terms[0], title_only, negated, exact=True)
        if not negated:
            self.highlights.phrases.append(terms)
        return self._scoring(PhraseNode(terms, title_only, self.analyzer), negated)


def compile_query(parsed: q.ParsedQuery, analyzer: Analyzer, segments: Sequence[Segment],
                  absent_as_prefix: bool = False) -> Compiled:
    compiler = _Compiler(analyzer, segments, absent_as_prefix)
    root = compiler.compile(parsed.root)
    grade_terms = _grade_terms(compiler.scorers, analyzer)
    if grade_terms:
        compiler.scorers.append(GradeNode(grade_terms))
    return Compiled(root, compiler.scorers, compiler.highlights, compiler.notes, compiler.absent)


def _grade_terms(scorers: Sequence[Node], analyzer: Analyzer) -> list[bytes]:
    """The searched words (not negated, not title-only) that name part of an openness grade."""
    stems = {analyzer.stem_bytes(t) for t in GRADE_WORDS}
    found: list[bytes] = []
    for node in scorers:
        if isinstance(node, WordNode) and not node.title_only and not node.alternatives:
            found.append(node.term)
        elif isinstance(node, PhraseNode) and not node.title_only:
            found.extend(node.words)
    return [t for t in dict.fromkeys(found) if analyzer.stem_bytes(t) in stems]


# ---- running -----------------------------------------------------------------------------------------


@dataclass
class RawHit:
    segment: Segment
    docnum: int
    score: float


@dataclass
class Outcome:
    total: int
    hits: list[RawHit]
    facets: dict[str, list[tuple[str, int]]]


def run(compiled: Compiled, analyzer: Analyzer, segments: Sequence[Segment], hidden: Mapping[str, frozenset[int]],
        facet_filters: Mapping[str, Sequence[str]], offset: int, limit: int, prune: bool = True) -> Outcome:
    """Match, filter by facets, count facets, rank, and return one page of hits.

    Hits rank by (graded with every grade word of the query, score, modification date, segment, docnum), best
    first. `prune`: score only the documents that can still reach the page (see _rank_pruned); the page is the
    same as when every matched document is scored (prune=False)."""
    live_total = sum(seg.doc_count - len(hidden.get(seg.key, ())) for seg in segments)
    title_sum = sum(seg.length_sums()[0] for seg in segments)
    body_sum = sum(seg.length_sums()[1] for seg in segments)
    count = max(sum(seg.doc_count for seg in segments), 1)
    ctx = _Context(analyzer, segments, live_total, title_sum / count, body_sum / count)
    wanted = {name: set(values) for name, values in facet_filters.items() if values and name in FACETS}
    facet_counts: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
    total = 0
    keep = max(offset + limit, 0)
    top = _Top(keep)
    for index, seg in enumerate(segments):
        if compiled.root is None:
            break
        matched = compiled.root.docs(seg, ctx)
        matched.difference_update(hidden.get(seg.key, ()))
        if not matched:
            continue
        allowed = {name: _facet_docs(seg, name, values) for name, values in wanted.items()}
        final = matched
        for docs in allowed.values():
            final = final & docs
        for name in FACETS:
            base = matched
            for other, docs in allowed.items():
                if other != name:
                    base = base & docs
            _count_facet(seg, name, base, facet_counts[name])
        total += len(final)
        if not final or keep == 0:
            continue
        parts: list[Contribution] = []
        first: set[int] = set()
        for scorer in compiled.scorers:
            found = scorer.contributions(seg, ctx, final)
            if isinstance(scorer, GradeNode):
                first = GradeNode.first(found)
            parts += found
        _rank_segment(seg, index, final, first, parts, top, prune)
    hits = [RawHit(segments[index], docnum, score) for _first, score, _modified, index, docnum in top.keys[offset:]]
    facets = {name: sorted(((v, n) for v, n in facet_counts[name].items() if v), key=lambda vn: (-vn[1], vn[0]))
              for name in FACETS}
    return Outcome(total, hits, facets)


Key = tuple[bool, float, int, int, int]
"""A hit's rank: graded first (GradeNode), score, modification date (newest first), segment index, docnum."""
SMALL_GROUP = 256
"""Groups of documents this small are scored whole: pruning them saves less than it costs."""
_MARGIN = 1e-9
"""Relative slack on score bounds, far above the rounding of a sum of a few dozen floats."""


class _Top:
    """The best `keep` rank keys offered so far, best first."""

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self.keys: list[Key] = []

    def offer(self, keys: Iterable[Key]) -> None:
        self.keys = heapq.nlargest(self.keep, chain(self.keys, keys))

    def beaten(self, first: bool, score: float) -> bool:
        """Whether a document ranked `first` (or not) and scoring at most `score` can no longer enter."""
        if len(self.keys) < self.keep:
            return False
        floor = self.keys[-1]
        return floor[0] > first or (floor[0] == first and score + _MARGIN * (1.0 + abs(score)) < floor[1])


def _rank_segment(seg: Segment, index: int, final: set[int], first: set[int], parts: Sequence[Contribution],
                  top: _Top, prune: bool) -> None:
    """Offer the segment's matched documents to `top`: the documents of `first`, then the others."""
    modified = seg.modified_dates()

    def offer(docs: Iterable[int], ahead: bool, scores: dict[int, float]) -> None:
        docnums = list(docs)
        top.offer(zip(repeat(ahead), map(scores.get, docnums, repeat(0.0)), map(modified.__getitem__, docnums),
                      repeat(index), docnums))

    for ahead, docs in ((True, first), (False, final - first)) if first else ((False, final),):
        if not docs or top.beaten(ahead, math.inf):
            continue
        if prune and len(docs) > SMALL_GROUP:
            _rank_pruned(seg, docs, ahead, parts, top, offer)
            continue
        scores: dict[int, float] = {}
        for part in parts:
            part.add(docs, scores)
        offer(docs, ahead, scores)


def _rank_pruned(seg: Segment, docs: set[int], ahead: bool, parts: Sequence[Contribution], top: _Top,
                 offer: Callable[[Iterable[int], bool, dict[int, float]], None]) -> None:
    """Score only the documents of `docs` that can still enter `top` (exact: the same page as scoring them all).

    The documents holding a rare term are scored first, whatever they hold. Each other document's score is at
    most the bonuses plus, for each common term, what its highest term frequency would give at the document's
    length; that bound falls as the length grows. So the rest are taken shortest first, in groups of doubling
    size, and the walk stops at the first group whose bound cannot reach the page (nor tie with its last hit)."""
    rare = [p for p in parts if isinstance(p, Postings) and p.ids and len(p.ids) * 8 <= len(docs)]
    scores: dict[int, float] = {}
    if rare:
        holding: set[int] = set()
        for postings in rare:
            holding.update(postings.ids)
        holding &= docs
        if holding:
            for part in parts:
                part.add(holding, scores)
            offer(holding, ahead, scores)
            docs = docs - holding
    rest_parts = [p for p in parts if not any(p is r for r in rare)]  # the rest hold no rare term
    common = [p for p in rest_parts if isinstance(p, Postings) and p.ids]
    bonus = sum(max(p.bonus, 0.0) for p in rest_parts if isinstance(p, Bonus) and not p.docs.isdisjoint(docs))
    if not docs or top.beaten(ahead, bonus + sum(p.bound(0) for p in common)):
        return
    if not common:  # nothing varies with length: score them all
        scores = {}
        for part in rest_parts:
            part.add(docs, scores)
        offer(docs, ahead, scores)
        return
    by_title = all(part.title for part in common)
    titles, bodies = seg.lengths()
    other = min(bodies if by_title else titles, default=0) if any(p.title != by_title for p in common) else 0

    def bound(length: int) -> float:
        return bonus + sum(p.bound(length if p.title == by_title else other) for p in common)

    members = list(docs)
    member_lengths = list(map((titles if by_title else bodies).__getitem__, members))
    histogram = sorted(Counter(member_lengths).items())
    start, wanted = 0, max(top.keep, 64)
    while start < len(histogram):
        shortest = histogram[start][0]
        if top.beaten(ahead, bound(shortest)):
            break
        end, size = start, 0
        while end < len(histogram) and (end == start or size < wanted):
            size += histogram[end][1]
            end += 1
        longest = histogram[end - 1][0]
        picked = map(shortest.__eq__ if end - start == 1 else range(shortest, longest + 1).__contains__, member_lengths)
        group = set(compress(members, picked))
        scores = {}
        for part in rest_parts:
            part.add(group, scores)
        offer(group, ahead, scores)
        start, wanted = end, wanted * 2


def _facet_docs(seg: Segment, facet: str, values: set[str]) -> set[int]:
    groups = seg.facet_docs(facet)
    found: set[int] = set()
    for value in values:
        found.update(groups.get(value, ()))
    return found


def _count_facet(seg: Segment, facet: str, docs: set[int], counter: Counter[str]) -> None:
    """Count a facet's values over `docs`, value by value, in C: the value's docnums looked up in `docs`, or, when
    far more documents hold the value than are counted, `docs` looked up in the value's set. No per-document list
    is built (at 100,000 entries that cost a first search more than all the counting), nor any set: the lookups'
    answers are summed (a third faster than counting an intersection)."""
    sets: dict[str, frozenset[int]] | None = None
    for value, members in seg.facet_groups(facet).items():
        if len(members) > 4 * len(docs):
            if sets is None:
                sets = seg.facet_docs(facet)
            shared = sum(map(sets[value].__contains__, docs))
        else:
            shared = sum(map(docs.__contains__, members))
        if shared:
            counter[value] += shared
