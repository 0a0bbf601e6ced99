"""Catalog identity on the full public catalogs: merge precision and recall, import time, order independence.

The three full catalogs (every Model Openness Tool file, every Open Source AI Index system, every row of Epoch's
"All ML Systems") are imported on top of the bundled seed into a temporary atlas, then:

- merge precision and recall against a labeled set of record pairs (benchmarks/matching_labels.csv: every wrong
  merge of issue 12 as a "different" pair, and a sample of true matches as "same" pairs, models and organizations);
- the time of the whole import, wall-clock and CPU, beside a floor measured in the same run (reading and parsing
  the same files, no database) — target: the whole import in 30 s or less;
- the same files in other orders (catalogs reversed, files and rows shuffled) give the same atlas: a content hash
  over what the atlas says (entries identified by the catalog records in them, not by random UUIDs);
- afterwards `list models --openness open-weights-unrestricted` lists the entries of Epoch's
  "Open weights (unrestricted)" rows (except where the seed, an analyst's grade, says otherwise: listed apart).

    python benchmarks/matching_bench.py [--mot DIR] [--osai DIR] [--epoch CSV] [--labels CSV] [--orders N]

Missing catalogs are reported and the benchmark stops without failing (they are not part of the repository).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import hashlib
import io
import json
import random
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from db.cli.main import main as cli_main  # noqa: E402
from db.importers.api import canonical_source, read_records, run_import  # noqa: E402
from db.importers.canonical import describe, differing  # noqa: E402
from db.importers.common import ImportReport, read_text  # noqa: E402
from db.library import create_atlas  # noqa: E402
from db.schema import Alias, ImportReview, Model, Organization, Provenance  # noqa: E402
from db.store import Store  # noqa: E402
from db.values import normalize_name  # noqa: E402

CATALOGS = Path("/work/catalogs")
DEFAULTS = {
    "mot": CATALOGS / "lfai+model_openness_tool" / "models",
    "osai": CATALOGS / "Language-Technology-Assessment+main-database",
    "epoch": CATALOGS / "epoch-research+open-model-trends" / "data" / "All ML Systems - full view.csv",
}
PATTERNS = {"mot": ("*.yml", "*.yaml"), "osai": ("*.yaml", "*.yml")}
LABELS = Path(__file__).with_name("matching_labels.csv")
TARGET_SECONDS = 30.0
ORDER = ("mot", "osai", "epoch")


# ---- running the imports ------------------------------------------------------------------------------------------


def files_of(source: str, path: Path, rng: random.Random | None, scratch: Path) -> list[Path]:
    """The files to import, shuffled when `rng` is given (Epoch's single table gets its rows shuffled)."""
    if path.is_file():
        if rng is None or source != "epoch":
            return [path]
        lines = list(csv.reader(io.StringIO(read_text(path), newline="")))
        header, rows = lines[0], lines[1:]
        rng.shuffle(rows)
        copy = scratch / path.name
        with copy.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows])
        return [copy]
    found = sorted({p for pattern in PATTERNS.get(source, ("*",)) for p in path.glob(pattern) if p.is_file()})
    if rng is not None:
        rng.shuffle(found)
    return found


@dataclass
class Run:
    label: str
    atlas: Path
    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)
    reports: dict[str, ImportReport] = field(default_factory=dict)

    @property
    def total_wall(self) -> float:
        return sum(self.wall.values())

    @property
    def total_cpu(self) -> float:
        return sum(self.cpu.values())


def run(label: str, template: Path, folder: Path, paths: dict[str, Path], order: tuple[str, ...],
        shuffle: int | None) -> Run:
    atlas = folder / f"{label}.atlas"
    shutil.copyfile(template, atlas)
    scratch = folder / f"{label}-files"
    scratch.mkdir()
    rng = random.Random(shuffle) if shuffle is not None else None
    result = Run(label, atlas)
    store = Store.open(atlas, "bench")
    try:
        for source in order:
            files = files_of(source, paths[source], rng, scratch)
            started, cpu = time.perf_counter(), time.process_time()
            result.reports[source] = run_import(store, source, files)
            result.wall[source] = time.perf_counter() - started
            result.cpu[source] = time.process_time() - cpu
    finally:
        store.close()
    return result


def parse_floor(paths: dict[str, Path]) -> tuple[float, float, int]:
    """Reading and parsing the same files without a database: (wall, CPU, records)."""
    started, cpu = time.perf_counter(), time.process_time()
    count = 0
    for source in ORDER:
        count += len(read_records(canonical_source(source), [paths[source]], ImportReport(source)))
    return time.perf_counter() - started, time.process_time() - cpu, count


# ---- what the atlas says, independent of UUIDs -----------------------------------------------------------------


@dataclass
class Snapshot:
    """Where each catalog record went (for the scores) and what the atlas says, without UUIDs or times (for the
    order check: db.importers.canonical, as benchmarks/order_check.py compares atlases)."""

    record_entry: dict[tuple[str, str], str]  # (source, record name) -> entry uuid
    in_review: set[tuple[str, str]]
    content: dict[str, Any]  # identity -> what the atlas says about it (db.importers.canonical.describe)
    org_by_name: dict[str, str]  # normalized organization name or alias -> organization uuid
    seed_models: dict[str, str]  # seed model name -> uuid
    seed_orgs: dict[str, str]
    grades: dict[str, str | None]


def snapshot(atlas: Path) -> Snapshot:
    store = Store.open(atlas, "bench")
    try:
        with store.read() as session:
            return _snapshot(session)
    finally:
        store.close()


def _snapshot(session: Any) -> Snapshot:
    record_entry: dict[tuple[str, str], str] = {}
    entry_names = dict(session.execute(select(Model.uuid, Model.name)).all())
    for row in session.scalars(select(Provenance).where(Provenance.field == "name", Provenance.deleted_at.is_(None))):
        for name in row.value if isinstance(row.value, list) else [row.value]:
            record_entry[(row.source, str(name))] = row.entry_uuid
        if row.entry_uuid in entry_names:  # the Index states its system name; its record is named by its end model
            record_entry.setdefault((row.source, entry_names[row.entry_uuid]), row.entry_uuid)
    in_review = {(row.source, str((row.record or {}).get("name"))) for row in session.scalars(
        select(ImportReview).where(ImportReview.status == "open", ImportReview.deleted_at.is_(None)))}
    models = list(session.scalars(select(Model).where(Model.deleted_at.is_(None))))
    orgs = list(session.scalars(select(Organization).where(Organization.deleted_at.is_(None))))
    aliases: dict[str, set[str]] = defaultdict(set)
    for uuid, name in session.execute(select(Alias.entry_uuid, Alias.name).where(Alias.deleted_at.is_(None))):
        aliases[uuid].add(name)
    org_by_name: dict[str, str] = {}
    for org in orgs:
        for spelling in (org.name, *aliases[org.uuid]):
            org_by_name.setdefault(normalize_name(spelling), org.uuid)
    return Snapshot(record_entry, in_review, describe(session), org_by_name,
                    seed_models={m.name: m.uuid for m in models if _is_seed(m.uuid)},
                    seed_orgs={o.name: o.uuid for o in orgs if _is_seed(o.uuid)},
                    grades={m.uuid: m.openness_grade for m in models})


def _is_seed(uuid: str) -> bool:
    """Seed entries have fixed UUIDs (version 5, from their seed keys); everything else gets random ones."""
    return uuid[14] == "5"


def content_hash(snap: Snapshot) -> str:
    text = json.dumps(snap.content, sort_keys=True, default=str, ensure_ascii=True)
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:16]


def differences(a: Snapshot, b: Snapshot, limit: int = 8) -> list[str]:
    out = [f"{key[:90]} ({', '.join(parts)})" for key, parts in differing(a.content, b.content).items()]
    return out[:limit] + ([f"… and {len(out) - limit} more"] if len(out) > limit else [])


# ---- precision and recall -------------------------------------------------------------------------------------


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def read_labels(path: Path) -> list[dict[str, str]]:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines))


def _where(snap: Snapshot, kind: str, source: str, name: str) -> str | None:
    """The entry a labeled name ended up in: an entry uuid, 'review', or None when the name is unknown."""
    if kind == "org":
        if source == "seed":
            return snap.seed_orgs.get(name)
        return snap.org_by_name.get(normalize_name(name))
    if source == "seed":
        return snap.seed_models.get(name)
    if (source, name) in snap.in_review:
        return "review"
    return snap.record_entry.get((source, name))


def score(snap: Snapshot, labels: list[dict[str, str]]) -> Scores:
    result = Scores()
    for label in labels:
        a = _where(snap, label["kind"], label["source_a"], label["record_a"])
        b = _where(snap, label["kind"], label["source_b"], label["record_b"])
        pair = f"{label['source_a']}:{label['record_a']} ~ {label['source_b']}:{label['record_b']}"
        if a is None or b is None:
            if label["kind"] == "org" and label["relation"] == "different" and b is not None:
                result.tn += 1  # the catalog's spelling matched no organization at all: not merged
                continue
            result.unknown.append(pair)
            continue
        together = a == b and a != "review"
        if label["relation"] == "same":
            if together:
                result.tp += 1
            else:
                result.fn += 1
                result.missed.append(pair + (" (in review)" if "review" in (a, b) else " (separate entries)"))
        elif together:
            result.fp += 1
            result.wrong.append(pair)
        else:
            result.tn += 1
    return result


# ---- Epoch's grades as the list command shows them ----------------------------------------------------------------


def epoch_unrestricted(atlas: Path, epoch_csv: Path, snap: Snapshot) -> tuple[int, int, list[str], list[str]]:
    """(Epoch rows saying "Open weights (unrestricted)", how many of their entries the list command shows, the
    ones a person or the seed graded otherwise, the ones missing for another reason)."""
    rows = [r for _line, r in _epoch_rows(epoch_csv) if (r.get("Model accessibility") or "").strip().lower() ==
            "open weights (unrestricted)"]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        cli_main(["--db", str(atlas), "list", "models", "--openness", "open-weights-unrestricted", "--format", "json"])
    listed = {item["uuid"] for item in json.loads(out.getvalue())}
    shown, graded_otherwise, missing = 0, [], []
    for row in rows:
        name = " ".join((row.get("System") or "").split())
        uuid = snap.record_entry.get(("epoch", name))
        if uuid in listed:
            shown += 1
        elif uuid is not None and uuid in snap.seed_models.values():
            graded_otherwise.append(f"{name} (seed grade: {snap.grades.get(uuid)})")
        elif ("epoch", name) in snap.in_review:
            graded_otherwise.append(f"{name} (in review)")
        else:
            missing.append(name)
    return len(rows), shown, graded_otherwise, missing


def _epoch_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    from db.importers.common import csv_rows

    return list(csv_rows(path))


# ---- main ---------------------------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for source in ORDER:
        parser.add_argument(f"--{source}", type=Path, default=DEFAULTS[source], help=f"default: {DEFAULTS[source]}")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--orders", type=int, default=3, help="import orders to compare (1 = no order check)")
    args = parser.parse_args()
    paths = {source: getattr(args, source) for source in ORDER}
    absent = [f"{source}: {path}" for source, path in paths.items() if not path.exists()]
    if absent:
        print("skipped: the full catalogs are not on this machine (" + "; ".join(absent) + ")")
        return 0
    labels = read_labels(args.labels)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "seed.atlas"
        create_atlas(template, "bench").close()
        floor_wall, floor_cpu, records = parse_floor(paths)
        plans = [("catalog order", ORDER, None), ("reversed, shuffled", tuple(reversed(ORDER)), 1),
                 ("osai first, shuffled", ("osai", "epoch", "mot"), 2)][:max(1, args.orders)]
        runs = [run(f"run{i}", template, folder, paths, order, shuffle) for i, (_, order, shuffle) in enumerate(plans)]
        first = runs[0]
        print(f"Full catalogs on the seed: {records} records ({', '.join(f'{s} {p}' for s, p in paths.items())})\n")
        print(f"{'import':<30}{'wall':>9}{'CPU':>9}   result")
        for source in ORDER:
            report = first.reports[source]
            print(f"  {source:<28}{first.wall[source]:>8.1f}s{first.cpu[source]:>8.1f}s   new {report.new}, "
                  f"updated {report.updated}, unchanged {report.unchanged}, review {report.review}, "
                  f"rejected {len(report.rejected)}")
        met = "met" if first.total_wall <= TARGET_SECONDS else "NOT met"
        print(f"  {'whole import':<28}{first.total_wall:>8.1f}s{first.total_cpu:>8.1f}s   "
              f"target ≤ {TARGET_SECONDS:g} s wall ({met})")
        print(f"  {'floor: parse only, no atlas':<28}{floor_wall:>8.1f}s{floor_cpu:>8.1f}s   "
              f"(import = {first.total_wall / max(floor_wall, 1e-9):.1f}× the floor)")
        snaps = [snapshot(r.atlas) for r in runs]
        scores = score(snaps[0], labels)
        print(f"\nMerge precision {scores.precision:.3f}  recall {scores.recall:.3f}   on {len(labels)} labeled pairs "
              f"({args.labels.name}): {scores.tp} right merges, {scores.fp} wrong merges, {scores.fn} missed, "
              f"{scores.tn} kept apart rightly")
        for pair in scores.wrong:
            print(f"  ✘ wrong merge: {pair}")
        for pair in scores.missed:
            print(f"  · missed: {pair}")
        for pair in scores.unknown:
            print(f"  ? not found in the atlas: {pair}")
        print("\nSame files in other orders:")
        base_hash = content_hash(snaps[0])
        for (label, order, shuffle), snap in zip(plans, snaps, strict=True):
            digest = content_hash(snap)
            verdict = "same atlas" if digest == base_hash else "DIFFERENT"
            print(f"  {label:<24} ({' → '.join(order)}{', files and rows shuffled' if shuffle else ''}): "
                  f"content hash {digest}  {verdict}")
            if digest != base_hash:
                for line in differences(snaps[0], snap):
                    print(f"      {line}")
        total, shown, otherwise, missing = epoch_unrestricted(first.atlas, paths["epoch"], snaps[0])
        print(f"\n`list models --openness open-weights-unrestricted`: {shown} of Epoch's {total} "
              f"'Open weights (unrestricted)' rows listed; {len(otherwise)} graded otherwise by the seed or in "
              f"review; {len(missing)} missing")
        for line in otherwise[:10]:
            print(f"  · {line}")
        for line in missing[:10]:
            print(f"  ✘ missing: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
