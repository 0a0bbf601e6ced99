"""The same catalog files in any order give the same atlas: the three full catalogs on the seed, in every order.

The Model Openness Tool's files, the Open Source AI Index's systems and Epoch's "All ML Systems" rows are imported on
top of a fresh seed atlas in all six orders of the three catalogs (each catalog one import), and once more in
batches (each catalog split into `--batches` imports of shuffled files and rows, the batches of the three catalogs
interleaved: what importing a file at a time does). Each atlas is described without UUIDs or times
(db.importers.canonical: entries by the catalog records in them, their facts, aliases, links, statements; review
items with their candidates) and compared with the first; every entry that differs in any run is listed with what
differs and in which runs.

    python -m benchmarks.order_check [--mot DIR] [--osai DIR] [--epoch CSV] [--batches 6] [--runs all|N]

Missing catalogs are reported and the check stops without failing (they are not part of the repository).
"""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.importers.api import run_import  # noqa: E402
from db.importers.canonical import describe, differing  # noqa: E402
from db.importers.common import read_text  # noqa: E402
from db.library import create_atlas  # noqa: E402
from db.store import Store  # noqa: E402

CATALOGS = Path("/work/catalogs")
DEFAULTS = {
    "mot": CATALOGS / "lfai+model_openness_tool" / "models",
    "osai": CATALOGS / "Language-Technology-Assessment+main-database",
    "epoch": CATALOGS / "epoch-research+open-model-trends" / "data" / "All ML Systems - full view.csv",
}
PATTERNS = ("*.yml", "*.yaml")
ORDER = ("mot", "osai", "epoch")
SEED = 12


def catalog_files(source: str, path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted({p for pattern in PATTERNS for p in path.glob(pattern) if p.is_file()})


def split_table(path: Path, parts: int, rng: random.Random, folder: Path) -> list[Path]:
    """A CSV table's rows shuffled into `parts` tables with the same header."""
    lines = list(csv.reader(io.StringIO(read_text(path), newline="")))
    header, rows = lines[0], lines[1:]
    rng.shuffle(rows)
    out = []
    for index in range(parts):
        part = folder / f"{path.stem}-{index}.csv"
        with part.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows[index::parts]])
        out.append(part)
    return out


def batched(paths: dict[str, Path], parts: int, folder: Path) -> list[tuple[str, list[Path]]]:
    """Each catalog in `parts` imports of shuffled files (a table's rows shuffled and split), interleaved."""
    rng = random.Random(SEED)
    per_source: dict[str, list[list[Path]]] = {}
    for source in ORDER:
        path = paths[source]
        if path.is_file():
            per_source[source] = [[p] for p in split_table(path, parts, rng, folder)]
        else:
            files = catalog_files(source, path)
            rng.shuffle(files)
            per_source[source] = [files[index::parts] for index in range(parts) if files[index::parts]]
    plan: list[tuple[str, list[Path]]] = []
    for index in range(parts):
        for source in ORDER:
            if index < len(per_source[source]):
                plan.append((source, per_source[source][index]))
    return plan


def build(template: Path, atlas: Path, plan: list[tuple[str, list[Path]]]) -> tuple[dict[str, Any], float]:
    """Import `plan` (source, files) on a copy of the seed atlas: its description and the seconds it took."""
    shutil.copyfile(template, atlas)
    started = time.perf_counter()
    store = Store.open(atlas, "order-check")
    try:
        for source, files in plan:
            run_import(store, source, files)
        seconds = time.perf_counter() - started
        with store.read() as session:
            return describe(session), seconds
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for source in ORDER:
        parser.add_argument(f"--{source}", type=Path, default=DEFAULTS[source], help=f"default: {DEFAULTS[source]}")
    parser.add_argument("--batches", type=int, default=6, help="imports per catalog in the batched run (0: none)")
    parser.add_argument("--runs", default="all", help="how many of the six catalog orders to run (default: all)")
    args = parser.parse_args()
    paths = {source: getattr(args, source) for source in ORDER}
    absent = [f"{source}: {path}" for source, path in paths.items() if not path.exists()]
    if absent:
        print("skipped: the full catalogs are not on this machine (" + "; ".join(absent) + ")")
        return 0
    orders = list(itertools.permutations(ORDER))
    orders = orders if args.runs == "all" else orders[:max(1, int(args.runs))]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "seed.atlas"
        create_atlas(template, "order-check").close()
        plans: list[tuple[str, list[tuple[str, list[Path]]]]] = [
            (" → ".join(order), [(source, catalog_files(source, paths[source])) for source in order])
            for order in orders]
        if args.batches > 0:
            plans.append((f"{args.batches} batches per catalog, interleaved, shuffled",
                          batched(paths, args.batches, folder)))
        described: list[dict[str, Any]] = []
        print(f"{'run':<52}{'seconds':>8}{'entries':>9}{'differ':>8}")
        for index, (label, plan) in enumerate(plans):
            atlas, seconds = build(template, folder / f"run{index}.atlas", plan)
            described.append(atlas)
            differ = len(differing(described[0], atlas))
            print(f"{label:<52}{seconds:>8.1f}{len(atlas):>9}{differ:>8}", flush=True)
        seen: dict[str, list[str]] = defaultdict(list)  # identity -> what differs
        runs_of: dict[str, list[int]] = defaultdict(list)
        for index, atlas in enumerate(described[1:], start=1):
            for key, parts in differing(described[0], atlas).items():
                runs_of[key].append(index)
                seen[key] = sorted(set(seen[key]) | set(parts))
        total = len(set().union(*described))
        print(f"\n{len(seen)} of {total} entries and review items differ between runs (compared with run 0: "
              f"{plans[0][0]})")
        for key in sorted(seen):
            runs = ", ".join(str(i) for i in runs_of[key])
            print(f"  {key[:110]}\n      differs in run {runs}: {', '.join(seen[key])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
