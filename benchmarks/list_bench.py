"""List-query latency at 100,000 models: `db.queries` pages, sorts, filters, facets and counts.

    python -m benchmarks.list_bench [--models 100000] [--runs 15] [--explain]

The synthetic atlas (benchmarks/synth.py) is cached under the temp directory and reused between runs.
Each case runs once to warm the page cache, then `--runs` times; median and 95th percentile are printed.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from benchmarks.synth import SYNTH_VERSION, make_synthetic_atlas
from db.queries import KIND_QUERIES, ListFilter, count, facet_counts, list_page, list_select, uuids_in_order
from db.schema import SCHEMA_REVISION
from db.store import Store

PAGE = 200
SLOW_MS = 100.0


def cached_atlas(n_models: int, workdir: Path) -> Path:
    """The synthetic atlas for this schema and generator version, made on first use."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / f"list-{n_models}-s{SCHEMA_REVISION}-g{SYNTH_VERSION}.atlas"
    if not path.exists():
        print(f"generating a {n_models:,}-model atlas at {path} …", flush=True)
        started = time.perf_counter()
        make_synthetic_atlas(path, n_models)
        print(f"  done in {time.perf_counter() - started:.1f} s", flush=True)
    return path


def measure(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    fn()  # warm-up: page cache, statement cache
    times: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95


def cases(session: Session) -> list[tuple[str, Callable[[], Any], Callable[[], Any] | None]]:
    """(label, the timed call, the statement to EXPLAIN) for every case."""
    unfiltered = ListFilter()
    narrowed = ListFilter(facets={"openness": ("open-weights-restricted",), "jurisdiction": ("CN",)})
    tagged = ListFilter(tags_include=("reasoning",))

    def page(flt: ListFilter, sort: str = "name", desc: bool = False, offset: int = 0) -> Callable[[], Any]:
        return lambda: list_page(session, flt, sort, desc, offset=offset, limit=PAGE)

    def plan(flt: ListFilter, sort: str = "name", desc: bool = False, offset: int = 0) -> Callable[[], Any]:
        return lambda: list_select(flt, sort, desc).offset(offset).limit(PAGE)

    out: list[tuple[str, Callable[[], Any], Callable[[], Any] | None]] = [
        ("first page, unfiltered, by name", page(unfiltered), plan(unfiltered)),
        ("openness + jurisdiction, by release date desc", page(narrowed, "release_date", True),
         plan(narrowed, "release_date", True)),
        ("tag filter, by name", page(tagged), plan(tagged)),
        ("page at offset 50,000, by name", page(unfiltered, offset=50_000), plan(unfiltered, offset=50_000)),
    ]
    for column in KIND_QUERIES["model"].columns:
        out.append((f"sort by {column.key} (asc)", page(unfiltered, column.key), plan(unfiltered, column.key)))
        out.append((f"sort by {column.key} (desc)", page(unfiltered, column.key, True),
                    plan(unfiltered, column.key, True)))
    out += [
        ("facet_counts, unfiltered", lambda: facet_counts(session, unfiltered), None),
        ("facet_counts, openness + jurisdiction", lambda: facet_counts(session, narrowed), None),
        ("count, unfiltered", lambda: count(session, unfiltered), None),
        ("count, openness + jurisdiction", lambda: count(session, narrowed), None),
        ("uuids_in_order, unfiltered, by name", lambda: uuids_in_order(session, unfiltered), None),
    ]
    return out


def explain(session: Session, statement: Any) -> list[str]:
    compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
    rows = session.connection().exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
    return [f"      {row[-1]}" for row in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "modelatlas-bench")
    parser.add_argument("--explain", action="store_true", help="print the query plan of slow page queries")
    parser.add_argument("--only", default="", help="run only cases whose label contains this text")
    args = parser.parse_args()
    path = cached_atlas(args.models, args.workdir)
    with Store.open(path, "bench") as store, store.read() as session:
        total = count(session, ListFilter())
        print(f"\nList queries on {total:,} live models ({path.stat().st_size / 1e6:.0f} MB), page of {PAGE}, "
              f"{args.runs} runs each\n")
        print(f"{'case':<48}{'median ms':>10}{'p95 ms':>10}")
        slow: list[tuple[str, Callable[[], Any] | None]] = []
        for label, fn, statement in cases(session):
            if args.only and args.only not in label:
                continue
            median, p95 = measure(fn, args.runs)
            flag = "  ← slow" if median > SLOW_MS else ""
            print(f"{label:<48}{median:>10.1f}{p95:>10.1f}{flag}", flush=True)
            if median > SLOW_MS:
                slow.append((label, statement))
        if args.explain:
            for label, statement in slow:
                if statement is not None:
                    print(f"\n  plan of “{label}”:")
                    print("\n".join(explain(session, statement())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
