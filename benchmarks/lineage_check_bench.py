"""The use-case check over an atlas full of derived models: what reading the family tree costs.

    python benchmarks/lineage_check_bench.py [--derived 3000]

The bundled seed plus `--derived` models: two thirds fine-tunes of seeded open-weights models (under their own
Apache license), one third quantizations of those fine-tunes (no license of their own). The check of every model
for one use case runs twice in the same run: with the family tree (each derived model also reads the clauses its
bases' licenses pass down), and — the floor — on a copy of the same atlas with every base link removed.
Target: the lineage-aware check within 2× its floor.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import uuid as uuid_module
from pathlib import Path

from sqlalchemy import select, update

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.advisor.api import check_use_case
from db.advisor.usecase import UseCase
from db.library import create_atlas
from db.schema import Entry, License, Model
from db.store import Store
from db.values import normalize_name

USE = UseCase(commercial=True, regions=["EU"], monthly_users=800_000_000, fine_tune=True, redistribute=True)
TARGET = 2.0


def _add_derived(path: Path, count: int) -> None:
    """Derived models written through the ORM in one transaction (the store's per-entry stamps are not timed)."""
    store = Store.open(path, "bench")
    try:
        with store.write() as ctx:
            session = ctx.session
            bases = list(session.scalars(select(Model).where(Model.openness_grade.like("open-weights%"))))
            apache = session.scalars(select(License).where(License.spdx_id == "Apache-2.0")).first()
            tunes: list[str] = []
            for i in range(count):
                uuid = str(uuid_module.uuid4())
                if i % 3 == 2 and tunes:
                    base, relation, license_uuid, name = tunes[i % len(tunes)], "quantization", None, f"Quant {i}"
                else:
                    base_model = bases[i % len(bases)]
                    base, relation, license_uuid = base_model.uuid, "fine-tune", apache.uuid if apache else None
                    name = f"{base_model.name} tune {i}"
                    tunes.append(uuid)
                session.add(Model(uuid=uuid, kind="model", name=name, name_key=normalize_name(name),
                                  base_model_uuid=base, base_relation=relation, license_uuid=license_uuid,
                                  access=["weights"], modalities=["text"], author="bench"))
    finally:
        store.close()


def _time_check(path: Path) -> tuple[float, int]:
    store = Store.open(path, "bench")
    try:
        check_use_case(store, USE)  # warm: the first run pays for imports and SQLite's page cache
        started = time.perf_counter()
        results = check_use_case(store, USE)
        return time.perf_counter() - started, len(results)
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--derived", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        tree = Path(folder) / "tree.atlas"
        create_atlas(tree, "bench").close()
        _add_derived(tree, args.derived)
        flat = Path(folder) / "flat.atlas"
        shutil.copyfile(tree, flat)
        store = Store.open(flat, "bench")
        with store.write() as ctx:
            ctx.session.execute(update(Model).values(base_model_uuid=None, base_relation=None))
            live = ctx.session.scalar(select(Entry.uuid).where(Entry.kind == "model").limit(1))
            assert live is not None
        store.close()
        with_tree, models = _time_check(tree)
        floor, _ = _time_check(flat)
    ratio = with_tree / floor if floor else float("inf")
    print(f"use-case check of {models:,} models ({args.derived:,} derived):")
    print(f"  with the family tree   {with_tree:8.2f} s")
    print(f"  floor (no base links)  {floor:8.2f} s")
    print(f"  ratio                  {ratio:8.2f}×   target ≤ {TARGET}×  {'OK' if ratio <= TARGET else 'OVER'}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
