"""The pruned ranking (only documents that can still reach the page are scored) gives exactly the page, total and
facets of scoring every matched document, over random queries on a synthetic index of several segments."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.search import query as q
from db.search.analysis import Analyzer, byte_tokens, common_words
from db.search.engine import WhooshIndex, bulk_build, make_analyzer
from db.search.executor import Outcome, compile_query, run
from db.search.segments import MemorySegment, Segment
from db.search.text import SearchDocument

VOCABULARY = (
    "open", "weights", "model", "license", "commercial", "research", "synthetic", "transformer", "decoder", "vision",
    "audio", "chat", "code", "reasoning", "policy", "risk", "systemic", "export", "control", "frontier", "safety",
    "llama", "mistral", "cobalt", "quill", "data", "training", "release", "access", "api", "hosted", "source", "fully",
    "closed", "restricted",
)
GRADES = ("open-weights-restricted", "open-weights-unrestricted", "open-source", "fully-open", "closed-api", None)
TAGS = ("chat", "audio", "reasoning", "eu-ready", "frontier")


def synthetic_documents(count: int, seed: int) -> list[SearchDocument]:
    """Zipf-like word frequencies, lengths from 1 to 60 words, few distinct dates (many ties to break)."""
    rng = random.Random(seed)
    weights = [1 / (rank + 1) for rank in range(len(VOCABULARY))]
    documents = []
    for number in range(count):
        grade = rng.choice(GRADES)
        title = " ".join(rng.choices(VOCABULARY, weights, k=rng.randint(1, 5)))
        body = " ".join(rng.choices(VOCABULARY, weights, k=rng.randint(1, 60)))
        if grade is not None and rng.random() < 0.5:
            body += " Openness: " + grade.replace("-", " ")
        documents.append(SearchDocument(
            uuid=f"doc-{number}", kind=rng.choice(("model", "model", "license", "note")), title=f"{title} {number}",
            body=body, tags=rng.sample(TAGS, rng.randint(0, 2)),
            fields={"openness": [grade.replace("-", " ")]} if grade else {}, openness=grade,
            jurisdiction=rng.choice(("US", "EU", "CN", None)), dates={"modified": 738000 + rng.randint(0, 5)}))
    return documents


@pytest.fixture(scope="module")
def indexed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Analyzer, list[Segment]]]:
    """Three segments on disk (written as a rebuild writes them) and one pending in memory."""
    documents = synthetic_documents(2600, seed=16)
    analyzer = make_analyzer(common_words(byte_tokens(f"{d.title} {d.body}") for d in documents[:300]))
    folder = Path(tmp_path_factory.mktemp("pruned")) / "index"
    folder.mkdir()
    assert bulk_build(folder, [documents[:2400]], analyzer, segment_docs=800) == 2400
    index = WhooshIndex(folder, analyzer)
    pending = documents[2400:]
    memory = MemorySegment([(doc, analyzer.analyze(doc.title, doc.body, doc.tags, doc.fields, doc.kind))
                            for doc in pending], analyzer, "pending")
    yield analyzer, [*index.segments, memory]
    index.close()


def outcome(indexed: tuple[Analyzer, list[Segment]], text: str, hidden: dict[str, frozenset[int]],
            filters: dict[str, list[str]], offset: int, limit: int, prune: bool) -> Outcome:
    analyzer, segments = indexed
    compiled = compile_query(q.parse(text), analyzer, segments)
    return run(compiled, analyzer, segments, hidden, filters, offset, limit, prune=prune)


def page(result: Outcome) -> list[tuple[str, int, float]]:
    return [(hit.segment.key, hit.docnum, hit.score) for hit in result.hits]


words = st.sampled_from(VOCABULARY)
term = st.one_of(words, words.map(lambda w: w[:3] + "*"), words.map(lambda w: "-" + w),
                 words.map(lambda w: f"title:{w}"), st.sampled_from(["open weights", "fully open", "closed api"]),
                 st.tuples(words, words).map(lambda pair: f'"{pair[0]} {pair[1]}"'))
queries = st.lists(term, min_size=1, max_size=4).flatmap(
    lambda terms: st.sampled_from([" ", " OR "]).map(lambda joint: joint.join(terms)))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=queries, limit=st.sampled_from([0, 1, 3, 20, 70]), offset=st.sampled_from([0, 2, 25]),
       kind=st.sampled_from([None, "model", "note"]), hidden_seed=st.integers(0, 3))
def test_the_pruned_ranking_gives_the_page_of_scoring_every_match(indexed: tuple[Analyzer, list[Segment]], text: str,
                                                                   limit: int, offset: int, kind: str | None,
                                                                   hidden_seed: int) -> None:
    segments = indexed[1]
    rng = random.Random(hidden_seed)
    hidden = {seg.key: frozenset(rng.sample(range(seg.doc_count), seg.doc_count // 10)) for seg in segments
              if hidden_seed}
    filters = {"kind": [kind]} if kind else {}
    everything = outcome(indexed, text, hidden, filters, offset, limit, prune=False)
    pruned = outcome(indexed, text, hidden, filters, offset, limit, prune=True)
    assert page(pruned) == page(everything)
    assert (pruned.total, pruned.facets) == (everything.total, everything.facets)


def test_the_page_ranks_every_match_by_grade_score_date_and_position(indexed: tuple[Analyzer, list[Segment]]) -> None:
    """The exhaustive ranking is the order of the whole result set: ties in score go to the newest entry, then to
    the later segment and docnum (the same whatever the segment sizes, unlike a per-segment cut)."""
    segments = indexed[1]
    result = outcome(indexed, "open weights", {}, {}, 0, 10_000, prune=False)
    assert result.total == len(result.hits) > 100
    keys = [(hit.score, hit.segment.modified(hit.docnum), segments.index(hit.segment), hit.docnum)
            for hit in result.hits]
    graded = [key for key, hit in zip(keys, result.hits, strict=True)
              if hit.segment.meta(hit.docnum).openness in {"open-weights-restricted", "open-weights-unrestricted"}]
    assert keys[:len(graded)] == sorted(graded, reverse=True)  # the models graded "open weights" first
    assert keys[len(graded):] == sorted(keys[len(graded):], reverse=True)
    assert len({key[0] for key in keys}) < len(keys)  # ties in score exist and are broken as above
    pruned = outcome(indexed, "open weights", {}, {}, 0, 20, prune=True)
    assert page(pruned) == page(result)[:20]
