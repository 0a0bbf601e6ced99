"""A model's family tree at 100,000 models: the family look-up searches the index of migration 0008.

    python -m benchmarks.family_bench [--models 100000] [--runs 5] [--sample 20]

On the list benchmark's synthetic atlas (benchmarks/synth.py: every model has a family such as "Zephyr 2", from a
handful of models to a few hundred), for a sample of models spread over the atlas, each timed per model:

* floor: the model's own row by primary key (db.lineage.lineal), which any detail reads anyway;
* db.lineage.family_tree, as the desktop's detail pane builds it (the ORM);
* db.reading.lineage.family_tree, as `modelatlas show` builds it (plain SQL);
* the family look-up statement alone, searching ix_models_family_key, and the same statement kept from the index
  (a `+` before the key: SQLite matches no index to it), which is what every look-up did before migration 0008.

Target: the family look-up within 5× of the floor (an index search, like the primary-key read, whatever the atlas's
size; before 0008 it read every model). The family trees are shown beside it: what remains is their own work
(reading and sorting a few hundred members in Python), which grows with the family, not with the atlas.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from benchmarks.list_bench import cached_atlas
from db import lineage
from db.reading import lineage as reading_lineage
from db.reading.connection import open_current
from db.schema import MODEL_FAMILY_KEY, Model
from db.store import Store

TARGET_RATIO = 5.0
LOOKUP = ("SELECT models.uuid FROM entries JOIN models ON models.uuid = entries.uuid "
          "WHERE entries.deleted_at IS NULL AND {key} = lower(trim(?))")
INDEXED = LOOKUP.format(key="lower(trim(models.family))")
"""The look-up as db.lineage and db.reading.lineage write it: the expression ix_models_family_key indexes."""
SCANNED = LOOKUP.format(key="+lower(trim(models.family))")
"""The same look-up with the index out of reach: every live model's family is read, as before migration 0008."""


def median_ms(calls: list[Callable[[], Any]], runs: int) -> float:
    """The median time of one call, over `runs` passes through `calls` (one unmeasured pass first)."""
    for call in calls:
        call()
    times: list[float] = []
    for _ in range(runs):
        for call in calls:
            started = time.perf_counter()
            call()
            times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def plan(connection: sqlite3.Connection, statement: str) -> str:
    return "; ".join(str(row[3]) for row in connection.execute(f"EXPLAIN QUERY PLAN {statement}", ("x",)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sample", type=int, default=20, help="models whose family tree is timed")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "modelatlas-bench")
    args = parser.parse_args()
    path = cached_atlas(args.models, args.workdir)
    with Store.open(path, "bench") as store, store.read() as session:
        live = (select(Model.uuid, Model.family, MODEL_FAMILY_KEY)
                .where(Model.deleted_at.is_(None), Model.family.is_not(None)).order_by(Model.uuid))
        rows = session.execute(live).all()
        sample = [(uuid, family) for uuid, family, _key in rows[:: max(1, len(rows) // args.sample)][: args.sample]]
        counted = (select(MODEL_FAMILY_KEY, func.count()).select_from(Model).where(Model.deleted_at.is_(None))
                   .group_by(MODEL_FAMILY_KEY))
        sizes: dict[str, int] = {key: n for key, n in session.execute(counted)}
        sampled_sizes = sorted(sizes[key] for _uuid, _family, key in rows[:: max(1, len(rows) // args.sample)]
                               [: args.sample])
        print(f"\nFamily trees on {len(rows):,} live models with a family ({len(sizes):,} families), "
              f"{len(sample)} models sampled (families of {sampled_sizes[0]}–{sampled_sizes[-1]} models), "
              f"{args.runs} runs\n")
        figures: dict[str, float] = {}
        figures["floor: the model's row by primary key (lineage.lineal)"] = median_ms(
            [lambda u=uuid: lineage.lineal(session, u) for uuid, _family in sample], args.runs)
        figures["db.lineage.family_tree (desktop detail, ORM)"] = median_ms(
            [lambda u=uuid: lineage.family_tree(session, u) for uuid, _family in sample], args.runs)
        connection = open_current(path)
        assert connection is not None, f"{path} is not at this code's schema revision"
        with contextlib.closing(connection):
            found = [reading_lineage.lineage(connection, uuid) for uuid, _family in sample]
            figures["db.reading.lineage.family_tree (modelatlas show, plain SQL)"] = median_ms(
                [lambda f=f: reading_lineage.family_tree(connection, f) for f in found], args.runs)
            figures["family look-up alone, searching the index"] = median_ms(
                [lambda k=family: connection.execute(INDEXED, (k,)).fetchall() for _uuid, family in sample],
                args.runs)
            figures["family look-up alone, without the index (before 0008)"] = median_ms(
                [lambda k=family: connection.execute(SCANNED, (k,)).fetchall() for _uuid, family in sample],
                max(1, args.runs // 2))
            plans = {"indexed": plan(connection, INDEXED), "without the index": plan(connection, SCANNED)}
    floor = next(iter(figures.values()))
    print(f"{'case':<64}{'median ms':>10}{'× floor':>9}")
    for label, figure in figures.items():
        print(f"{label:<64}{figure:>10.2f}{figure / floor:>9.1f}")
    looked_up = figures["family look-up alone, searching the index"]
    scanned = figures["family look-up alone, without the index (before 0008)"]
    print(f"\nthe index makes the look-up {scanned / looked_up:,.0f}× faster")
    ratio = looked_up / floor
    verdict = "met" if ratio <= TARGET_RATIO else f"MISSED by {ratio - TARGET_RATIO:.1f}×"
    print(f"target: the family look-up ≤ {TARGET_RATIO:.0f}× the floor — {ratio:.1f}×, {verdict}")
    for label, text in plans.items():
        print(f"plan, {label}: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
