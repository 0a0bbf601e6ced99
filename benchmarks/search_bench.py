"""Search benchmark: the app's Whoosh index against SQLite FTS5 on the same synthetic corpus, in the same run.

    python benchmarks/search_bench.py                      # 10,000 and 100,000 notes (several minutes)
    python benchmarks/search_bench.py --sizes 10000        # one size
    python benchmarks/search_bench.py --quick              # 2,000 notes, few queries: a smoke run

Corpus: notes of 50-300 words drawn from a Zipf-distributed vocabulary of ~20,000 words (the most frequent ranks
are English function words, as in real text), a title of 3-8 words, 0-3 tags of 40, one of 25 authors and a
creation date, written into a real atlas file. The app indexes it through its own code (`SearchService.rebuild`:
documents read from SQLite, analyzed and written by `db.search.engine`); FTS5 (porter tokenizer, title weighted
3x like the app) indexes the same rows from the same file. Each query kind runs a fresh sample of queries, with
and without highlighting, on both engines: the app's full search (exact total, facet counts, ranked page of 20,
snippets) against FTS5's ranked page of 20 plus its count (no facets). Query words come from vocabulary ranks
50-5,000 (words people search for, not "the"); phrases are word pairs and triples that occur in the corpus;
fuzzy queries are words with one typo (FTS5 has no typo tolerance: its run expands the word through fts5vocab
with the same edit-distance rule, as an app on FTS5 would).
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
import uuid as uuid_module
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert

from db.schema import Entry, EntryTag, Meta, Note, Tag
from db.search.service import SearchService
from db.search.spelling import distance
from db.store import Store
from db.values import normalize_name

FUNCTION_WORDS = (  # noqa: SIM905 - a word list reads better as text
    "the of and to a in is that for it as with was on be by this are or at from an which have not but has its "
    "can their will may more one also been these other such than they must under use only any all would where "
    "if who into when"
).split()
TAGS = (  # noqa: SIM905
    "governance licensing safety openness compute export privacy copyright evaluation benchmark multilingual "
    "frontier research industry policy standards audit procurement security transparency energy hardware "
    "finetuning datasets agents robotics medical legal finance education europe china india africa startups "
    "academia nonprofit military elections children"
).split()
AUTHORS = [f"analyst{i:02d}" for i in range(25)]
KINDS = ("single term", "two terms", "phrase", "prefix", "field filter", "fuzzy")


# ---- corpus --------------------------------------------------------------------------------------------


def vocabulary(size: int = 20_000, seed: int = 7) -> list[str]:
    """Function words first, then pronounceable made-up words (ranks follow list order)."""
    rng = random.Random(seed)
    onsets = ["", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "br",
              "cl", "dr", "fl", "gr", "pl", "st", "tr", "sh", "ch", "th"]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou", "io"]
    codas = ["", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk", "ng", "x"]
    words = list(dict.fromkeys(FUNCTION_WORDS))
    seen = set(words)
    while len(words) < size:
        syllables = rng.choice((1, 2, 2, 3, 3, 4))
        word = "".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables))
        if 2 <= len(word) <= 14 and word not in seen:
            seen.add(word)
            words.append(word)
    return words


@dataclass
class Corpus:
    vocab: list[str]
    titles: list[str]
    bodies: list[str]
    tags: list[list[str]]
    authors: list[str]
    created: list[datetime]


def make_corpus(count: int, seed: int = 11) -> Corpus:
    vocab = vocabulary()
    rng = random.Random(seed)
    weights = list(itertools.accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(vocab))))
    corpus = Corpus(vocab, [], [], [], [], [])
    start = datetime(2019, 1, 1)
    for _ in range(count):
        length = rng.randint(50, 300)
        words = rng.choices(vocab, cum_weights=weights, k=length + rng.randint(3, 8))
        corpus.titles.append(" ".join(words[length:]).capitalize())
        sentences = [" ".join(words[i:i + 15]).capitalize() + "." for i in range(0, length, 15)]
        corpus.bodies.append(" ".join(sentences))
        corpus.tags.append(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3))))
        corpus.authors.append(rng.choice(AUTHORS))
        corpus.created.append(start + timedelta(minutes=rng.randint(0, 60 * 24 * 365 * 6)))
    return corpus


def write_atlas(path: Path, corpus: Corpus) -> list[str]:
    """The corpus as note entries of a real atlas file (bulk inserts: setting up is not what is measured)."""
    store = Store.open(path, "bench", create=True)
    tag_uuids = {name: str(uuid_module.uuid4()) for name in TAGS}
    note_uuids = [str(uuid_module.uuid4()) for _ in corpus.titles]
    with store.write(notify=False) as ctx:
        seq = ctx.seq
        now = datetime(2025, 6, 1)
        session = ctx.session
        entry_rows = [dict(uuid=u, kind="tag", name=n, name_key=normalize_name(n), author="bench", created_at=now,
                           modified_at=now, version=1, change_seq=seq) for n, u in tag_uuids.items()]
        session.execute(insert(Entry.__table__), entry_rows)
        session.execute(insert(Tag.__table__), [dict(uuid=u, color="#7f8c8d") for u in tag_uuids.values()])
        for begin in range(0, len(note_uuids), 5000):
            chunk = range(begin, min(begin + 5000, len(note_uuids)))
            session.execute(insert(Entry.__table__), [
                dict(uuid=note_uuids[i], kind="note", name=corpus.titles[i], name_key=normalize_name(corpus.titles[i]),
                     author=corpus.authors[i], created_at=corpus.created[i], modified_at=corpus.created[i],
                     version=1, change_seq=seq) for i in chunk])
            session.execute(insert(Note.__table__), [
                dict(uuid=note_uuids[i], body=corpus.bodies[i], private=False) for i in chunk])
            links = [dict(uuid=str(uuid_module.uuid4()), entry_uuid=note_uuids[i], tag_uuid=tag_uuids[t],
                          author="bench", created_at=now, modified_at=now, version=1, change_seq=seq)
                     for i in chunk for t in corpus.tags[i]]
            if links:
                session.execute(insert(EntryTag.__table__), links)
        session.get(Meta, "change_seq")
    store.close()
    return note_uuids


# ---- FTS5 ----------------------------------------------------------------------------------------------


def build_fts(atlas: Path, target: Path) -> tuple[sqlite3.Connection, float]:
    connection = sqlite3.connect(target, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(f"ATTACH DATABASE '{atlas}' AS atlas")
    start = time.perf_counter()
    connection.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tags, tokenize='porter unicode61')")
    connection.execute("""
        INSERT INTO fts(rowid, title, body, tags)
        SELECT e.rowid, e.name, n.body,
               (SELECT group_concat(t.name, ' ') FROM atlas.entry_tags et JOIN atlas.entries t ON t.uuid = et.tag_uuid
                WHERE et.entry_uuid = e.uuid AND et.deleted_at IS NULL)
        FROM atlas.entries e JOIN atlas.notes n ON n.uuid = e.uuid WHERE e.deleted_at IS NULL""")
    connection.commit()
    elapsed = time.perf_counter() - start
    connection.execute("CREATE VIRTUAL TABLE fts_vocab USING fts5vocab(fts, 'row')")
    return connection, elapsed


def fts_search(connection: sqlite3.Connection, match: str, highlight: bool) -> int:
    snippet = ", snippet(fts, 1, '«', '»', '…', 24)" if highlight else ""
    connection.execute(
        f"SELECT rowid, bm25(fts, 3.0, 1.0, 1.0){snippet} FROM fts WHERE fts MATCH ? ORDER BY bm25(fts, 3.0, 1.0, 1.0) "
        "LIMIT 20", (match,)).fetchall()
    return int(connection.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (match,)).fetchone()[0])


def fts_fuzzy(connection: sqlite3.Connection, word: str, highlight: bool) -> int:
    """FTS5 has no typo tolerance: expand through the vocabulary table with the app's edit-distance rule."""
    first = word[0]
    terms = [term for (term,) in connection.execute(
        "SELECT term FROM fts_vocab WHERE term >= ? AND term < ?", (first, chr(ord(first) + 1)))
        if abs(len(term) - len(word)) <= 2
        and distance(word.encode(), term.encode(), 2) <= (1 if len(word) <= 4 else 2)]
    if not terms:
        terms = [word]
    return fts_search(connection, " OR ".join(f'"{t}"' for t in terms[:64]), highlight)


# ---- queries -------------------------------------------------------------------------------------------


@dataclass
class Query:
    app: str
    fts: str
    fuzzy_word: str | None = None


def make_queries(corpus: Corpus, kind: str, count: int, seed: int) -> list[Query]:
    rng = random.Random(seed)
    content = corpus.vocab[50:5000]

    def word() -> str:
        return rng.choice(content)

    queries: list[Query] = []
    while len(queries) < count:
        if kind == "single term":
            w = word()
            queries.append(Query(w, w))
        elif kind == "two terms":
            a, b = word(), word()
            queries.append(Query(f"{a} {b}", f"{a} {b}"))
        elif kind == "phrase":
            body = corpus.bodies[rng.randrange(len(corpus.bodies))].lower().replace(".", "").split()
            size = 3 if len(queries) % 3 == 2 else 2
            at = rng.randrange(len(body) - size)
            words = body[at:at + size]
            if all(w in FUNCTION_WORDS for w in words):
                continue
            text = " ".join(words)
            queries.append(Query(f'"{text}"', f'"{text}"'))
        elif kind == "prefix":
            w = word()
            if len(w) < 5:
                continue
            prefix = w[:rng.choice((3, 4, 5))]
            queries.append(Query(f"{prefix}*", f"{prefix}*"))
        elif kind == "field filter":
            tag, w = rng.choice(TAGS), word()
            queries.append(Query(f"tag:{tag} {w}", f"tags:{tag} AND {w}"))
        elif kind == "fuzzy":
            w = word()
            if len(w) < 5:
                continue
            i = rng.randrange(1, len(w))
            typo = w[:i] + rng.choice("aeioulnrst".replace(w[i], "")) + w[i + 1:]
            queries.append(Query(f"{typo}~", typo, fuzzy_word=typo))
    return queries


# ---- measuring -----------------------------------------------------------------------------------------


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


@dataclass
class Row:
    kind: str
    highlight: bool
    app: list[float] = field(default_factory=list)
    fts: list[float] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        app_median, fts_median = statistics.median(self.app), statistics.median(self.fts)
        return {"app_median_ms": app_median, "app_p95_ms": percentile(self.app, 0.95),
                "fts_median_ms": fts_median, "fts_p95_ms": percentile(self.fts, 0.95),
                "ratio_median": app_median / max(fts_median, 1e-6)}


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def run_size(size: int, queries_per_kind: int, work: Path, log: Callable[[str], None]) -> dict[str, object]:
    log(f"\n=== {size:,} notes ===")
    t = time.perf_counter()
    corpus = make_corpus(size)
    atlas = work / f"bench-{size}.atlas"
    note_uuids = write_atlas(atlas, corpus)
    log(f"corpus generated and written in {time.perf_counter() - t:.1f} s")

    store = Store.open(atlas, "bench")
    index_dir = work / f"bench-{size}.index"
    service = SearchService(store, index_dir)
    gc.collect()
    start = time.perf_counter()
    service.rebuild()
    app_build = time.perf_counter() - start
    app_size = folder_size(index_dir)
    log(f"app index: built in {app_build:.1f} s, {app_size / 1e6:.1f} MB, status {service.status().state}")

    fts_path = work / f"bench-{size}-fts.sqlite"
    connection, fts_build = build_fts(atlas, fts_path)
    fts_size = fts_path.stat().st_size + sum(p.stat().st_size for p in work.glob(f"bench-{size}-fts.sqlite-*"))
    fts_own = connection.execute("SELECT sum(length(block)) FROM fts_data").fetchone()[0] or 0
    log(f"FTS5 index: built in {fts_build:.1f} s, {fts_own / 1e6:.1f} MB of index data ({fts_size / 1e6:.1f} MB file)")

    # a freshly opened service loads the index's per-document records on its first search; report that cost
    cold = SearchService(store, index_dir)
    first_search = timed(lambda: cold.search("zzzz"))
    cold.close()
    rows: list[Row] = []
    for kind_index, kind in enumerate(KINDS):
        for highlight in (False, True):
            row = Row(kind, highlight)
            seed = 1000 * size + 10 * kind_index + int(highlight)
            for query in make_queries(corpus, kind, queries_per_kind, seed):
                row.app.append(timed(lambda q=query, h=highlight: service.search(q.app, highlight=h)))
                if query.fuzzy_word is not None:
                    row.fts.append(timed(lambda q=query, h=highlight: fts_fuzzy(connection, q.fuzzy_word or "", h)))
                else:
                    row.fts.append(timed(lambda q=query, h=highlight: fts_search(connection, q.fts, h)))
            rows.append(row)
            f = row.figures()
            log(f"{kind:<13} {'hl' if highlight else '  '}  app {f['app_median_ms']:7.1f} / {f['app_p95_ms']:7.1f} ms"
                f"   fts5 {f['fts_median_ms']:7.1f} / {f['fts_p95_ms']:7.1f} ms   ratio {f['ratio_median']:5.2f}")

    visible = commit_to_visible(store, service, note_uuids, corpus)
    fts_visible = fts_commit_to_visible(connection, corpus)
    log(f"commit to visible: app median {statistics.median(visible):.1f} ms, p95 {percentile(visible, 0.95):.1f} ms; "
        f"FTS5 (update + query) median {statistics.median(fts_visible):.1f} ms")

    during = search_during_rebuild(service, corpus)
    log(f"search while a rebuild runs in the background: median {statistics.median(during):.1f} ms, "
        f"max {max(during):.1f} ms ({len(during)} searches)")
    service.close()
    store.close()
    connection.close()
    return {
        "size": size, "app_build_s": app_build, "fts_build_s": fts_build, "build_ratio": app_build / fts_build,
        "app_index_mb": app_size / 1e6, "fts_index_mb": fts_own / 1e6, "first_search_ms": first_search,
        "queries": [{"kind": r.kind, "highlight": r.highlight, **r.figures()} for r in rows],
        "commit_to_visible_median_ms": statistics.median(visible),
        "commit_to_visible_p95_ms": percentile(visible, 0.95),
        "fts_commit_to_visible_median_ms": statistics.median(fts_visible),
        "search_during_rebuild_median_ms": statistics.median(during),
        "search_during_rebuild_max_ms": max(during),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def commit_to_visible(store: Store, service: SearchService, note_uuids: list[str], corpus: Corpus) -> list[float]:
    """Edit a note, then search for the word just added until it is found; from the commit to the hit."""
    committed: list[float] = []
    # subscribed after the service: listeners run in order, so this marks the end of our own indexing too;
    # the commit time is taken by a listener registered first, through the store's listener list
    store._listeners.insert(0, lambda change: committed.append(time.perf_counter()))
    rng = random.Random(5)
    results: list[float] = []
    for i in range(30):
        uuid = rng.choice(note_uuids)
        marker = f"visiblemarker{i}x"
        store.update(uuid, {"body": f"{corpus.bodies[0][:200]} {marker}"})
        while service.search(marker, highlight=False).total == 0:
            time.sleep(0.0005)
        results.append((time.perf_counter() - committed[-1]) * 1000)
        time.sleep(0.1 if i % 3 else 0.7)  # let background flushes happen between some edits
    return results


def fts_commit_to_visible(connection: sqlite3.Connection, corpus: Corpus) -> list[float]:
    results: list[float] = []
    rowids = [rowid for (rowid,) in connection.execute("SELECT rowid FROM fts LIMIT 30")]
    for i, rowid in enumerate(rowids):
        marker = f"ftsmarker{i}x"
        start = time.perf_counter()
        connection.execute("UPDATE fts SET body = ? WHERE rowid = ?", (f"{corpus.bodies[0][:200]} {marker}", rowid))
        connection.commit()
        while fts_search(connection, marker, False) == 0:
            time.sleep(0.0005)
        results.append((time.perf_counter() - start) * 1000)
    return results


def search_during_rebuild(service: SearchService, corpus: Corpus) -> list[float]:
    thread = threading.Thread(target=service.rebuild)
    thread.start()
    queries = make_queries(corpus, "two terms", 400, seed=99)
    latencies: list[float] = []
    for query in queries:
        if not thread.is_alive():
            break
        latencies.append(timed(lambda query=query: service.search(query.app)))
        time.sleep(0.05)
    thread.join()
    return latencies or [0.0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes (notes)")
    parser.add_argument("--queries", type=int, default=60, help="queries per kind and highlighting mode")
    parser.add_argument("--quick", action="store_true", help="2,000 notes and 15 queries per kind")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    args = parser.parse_args(argv)
    sizes = [2000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    per_kind = 15 if args.quick else args.queries
    work = args.keep or Path(tempfile.mkdtemp(prefix="search-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    def log(line: str) -> None:
        print(line, flush=True)

    log(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs")
    results = []
    try:
        for size in sizes:
            results.append(run_size(size, per_kind, work, log))
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)
    print_summary(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


def print_summary(results: list[dict[str, object]]) -> None:
    print("\n## Summary (latencies in ms: median / p95; ratio = app median / FTS5 median)\n")
    for result in results:
        print(f"### {result['size']:,} notes\n")
        print("| query kind | highlight | app median | app p95 | FTS5 median | FTS5 p95 | ratio |")
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
        for row in result["queries"]:  # type: ignore[attr-defined]
            print(f"| {row['kind']} | {'on' if row['highlight'] else 'off'} | {row['app_median_ms']:.1f} | "
                  f"{row['app_p95_ms']:.1f} | {row['fts_median_ms']:.1f} | {row['fts_p95_ms']:.1f} | "
                  f"{row['ratio_median']:.2f} |")
        print(f"\nfull build: app {result['app_build_s']:.1f} s, FTS5 {result['fts_build_s']:.1f} s "
              f"(ratio {result['build_ratio']:.2f}); index size: app {result['app_index_mb']:.1f} MB, "
              f"FTS5 {result['fts_index_mb']:.1f} MB")
        print(f"commit to visible: median {result['commit_to_visible_median_ms']:.1f} ms, "
              f"p95 {result['commit_to_visible_p95_ms']:.1f} ms (FTS5 update+query "
              f"{result['fts_commit_to_visible_median_ms']:.1f} ms)")
        print(f"first search after opening (loads per-document records): {result['first_search_ms']:.0f} ms; "
              f"search during a background rebuild: median {result['search_during_rebuild_median_ms']:.1f} ms, "
              f"max {result['search_during_rebuild_max_ms']:.1f} ms; peak RSS {result['peak_rss_mb']:.0f} MB\n")


if __name__ == "__main__":
    raise SystemExit(main())
