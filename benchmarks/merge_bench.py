"""Benchmark of export, preview and merge on two generated atlases, side by side with plain-SQL floors.

Two databases of N entries each (default 50,000: organizations, models with a tag link each, notes), 10% of
them shared (same UUIDs, from a common ancestor) and edited on both sides: a third only here, a third only
there, a third on both (conflicts). Every measured step runs in its own child process, which reports its wall
time and peak memory (max RSS), so that one step's memory does not hide another's.

Floors: export vs a plain backup-API copy of the file; merge vs `ATTACH` + `INSERT … SELECT` of the same rows.
The merge is measured twice: from the file (verification, backup and merge) and applying a previewed plan
(the app's flow: the preview already verified the file). Targets: merge ≤ 5× its floor and ≤ 500 MB peak;
export of the whole database ≤ 2× its floor.

Search after the merge (the atlas had an up-to-date search index before it): the first search (answered at once
from the index as it was, marked "catching up"), then the catch-up of the index, compared with a full rebuild of
the merged atlas's index (target: catch-up ≤ 1.5× the rebuild; first search at once; ≤ 500 MB in every step).
`--big-notes N` adds N notes of 7.5 MB each to the incoming file (the text indexed per field is capped).

    python benchmarks/merge_bench.py [--entries 50000] [--big-notes 0] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEED_AUTHOR = "Model Atlas seed"
BASE_TIME = "2026-01-01 00:00:00.000000"


def _defaults(info: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in info.columns:
        if column in info.nullable:
            values[column] = None
            continue
        kind = info.types[column]
        values[column] = {"int": 0, "bool": 0, "float": 0.0, "date": "2024-01-01", "datetime": BASE_TIME,
                          "json": "{}" if column in ("clause_details", "scores") else "[]"}.get(kind, "")
    return values


def _insert(connection: sqlite3.Connection, info: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    defaults = _defaults(info)
    columns = list(info.columns)
    connection.executemany(
        f"INSERT INTO {info.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [tuple({**defaults, **row}.get(c) for c in columns) for row in rows],
    )


def generate(path: Path, side: str, entries: int, shared_seed: int = 7) -> None:
    """One laptop's atlas: the shared tenth (same UUIDs), edited per `side`, plus its own nine tenths."""
    from db.exchange.layout import layout
    from db.store import Store

    Store.open(path, "bench", create=True).close()
    lay = layout()
    shared = entries // 10
    own = entries - shared
    shared_rng = random.Random(shared_seed)
    own_rng = random.Random(hash(side) & 0xFFFF)
    author = "alice" if side == "a" else "bob"
    edit_time = "2026-02-01 10:00:00.000000" if side == "a" else "2026-02-02 11:00:00.000000"
    tables: dict[str, list[dict[str, Any]]] = {info.name: [] for info in lay.synced}
    tags = [str(uuid_module.UUID(int=shared_rng.getrandbits(128))) for _ in range(20)]
    for number, tag in enumerate(tags):
        tables["entries"].append({"uuid": tag, "kind": "tag", "name": f"tag {number}", "name_key": f"tag {number}",
                                  "author": SEED_AUTHOR, "version": 1, "created_at": BASE_TIME,
                                  "modified_at": BASE_TIME})
        tables["tags"].append({"uuid": tag, "color": "#7f8c8d"})

    def add(uuid: str, number: int, rng: random.Random, edited: bool) -> None:
        kind = ("organization", "model", "model", "model", "model", "model", "model", "note", "note", "note")[
            number % 10]
        name = f"{kind} {uuid[:8]}"
        stamp = {"author": author if edited else SEED_AUTHOR, "version": 2 if edited else 1,
                 "created_at": BASE_TIME, "modified_at": edit_time if edited else BASE_TIME}
        tables["entries"].append({"uuid": uuid, "kind": kind, "name": name, "name_key": name, **stamp})
        text = f"{'edited by ' + author if edited else 'original'} text {rng.random():.6f}" * 4
        if kind == "organization":
            tables["organizations"].append({"uuid": uuid, "country": "France", "summary": text})
        elif kind == "model":
            tables["models"].append({"uuid": uuid, "family": "Bench", "params_total": rng.random() * 1e11,
                                     "modalities": '["text"]', "access": '["weights"]', "summary": text})
            link = str(uuid_module.UUID(int=rng.getrandbits(128)))
            tables["entry_tags"].append({"uuid": link, "entry_uuid": uuid, "tag_uuid": tags[number % 20],
                                         "author": SEED_AUTHOR, "version": 1, "created_at": BASE_TIME,
                                         "modified_at": BASE_TIME})
        else:
            tables["notes"].append({"uuid": uuid, "body": text * 3})

    for number in range(shared):
        uuid = str(uuid_module.UUID(int=shared_rng.getrandbits(128)))
        third = number % 3  # 0: edited by a, 1: edited by b, 2: edited on both sides
        edited = third == 2 or (third == 0 and side == "a") or (third == 1 and side == "b")
        state = random.getstate()
        add(uuid, number, random.Random(number), edited)
        random.setstate(state)
        shared_rng.random()
    for number in range(own):
        add(str(uuid_module.UUID(int=own_rng.getrandbits(128))), number, own_rng, True)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("BEGIN")
        for info in lay.synced:
            _insert(connection, info, tables[info.name])
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


# ---- the steps, each run in a child process ------------------------------------------------------------


def step_export(db: Path, out: Path) -> Callable[[], None]:
    from db.exchange.api import export_atlas
    from db.store import Store

    store = Store.open(db, "bench")
    return lambda: export_atlas(store, out)


def step_backup_floor(db: Path, out: Path) -> Callable[[], None]:
    def run() -> None:
        with contextlib.closing(sqlite3.connect(db)) as source, contextlib.closing(sqlite3.connect(out)) as target:
            source.backup(target)
    return run


def step_preview(db: Path, incoming: Path) -> Callable[[], None]:
    from db.exchange.api import preview_merge
    from db.store import Store

    store = Store.open(db, "bench")

    def run() -> None:
        plan = preview_merge(store, incoming)
        plan.close()
        print(json.dumps({"totals": plan.totals()}), file=sys.stderr)
    return run


def step_merge(db: Path, incoming: Path) -> Callable[[], None]:
    from db.exchange.api import apply_merge
    from db.store import Store

    store = Store.open(db, "bench")

    def run() -> None:
        report = apply_merge(store, incoming)
        print(json.dumps({"totals": report.totals()}), file=sys.stderr)
    return run


def step_merge_planned(db: Path, incoming: Path) -> Callable[[], None]:
    """The flow of the app and of `merge` after a `--dry-run`: the preview verified the file; apply its plan."""
    from db.exchange.api import apply_merge, preview_merge
    from db.store import Store

    store = Store.open(db, "bench")
    plan = preview_merge(store, incoming)
    return lambda: apply_merge(store, plan)


def step_merge_floor(db: Path, incoming: Path) -> Callable[[], None]:
    """The same rows copied by SQLite alone: ATTACH the file and INSERT … SELECT what is not there yet."""
    from db.exchange.layout import layout

    tables = [(info.name, ", ".join(info.columns)) for info in layout().synced]

    def run() -> None:
        with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as connection:
            connection.execute("ATTACH DATABASE ? AS incoming", (str(incoming),))
            connection.execute("BEGIN")
            for name, columns in tables:
                connection.execute(f"INSERT OR IGNORE INTO main.{name} ({columns}) "
                                   f"SELECT {columns} FROM incoming.{name}")
            connection.execute("COMMIT")
    return run


def step_index(db: Path, index: Path) -> Callable[[], None]:
    """A full rebuild of the search index of `db` into `index` (the floor of the catch-up)."""
    from db.search.service import SearchService
    from db.store import Store

    service = SearchService(Store.open(db, "bench"), index)

    def run() -> None:
        service.rebuild()
        print(json.dumps({"documents": service.status().documents}), file=sys.stderr)
    return run


def step_first_search(db: Path, index: Path) -> Callable[[], None]:
    """The first search after the merge, on the index as it was (the parent holds the catch-up lock meanwhile)."""
    from db.search.service import SearchService
    from db.store import Store

    service = SearchService(Store.open(db, "bench"), index)

    def run() -> None:
        result = service.search("edited text")
        print(json.dumps({"total": result.total, "catching_up": result.catching_up, "pending": result.pending}),
              file=sys.stderr)
    return run


def step_catch_up(db: Path, index: Path) -> Callable[[], None]:
    """What the background catch-up does: bring the index up to date with the merged atlas."""
    from db.search.service import SearchService
    from db.store import Store

    service = SearchService(Store.open(db, "bench"), index)

    def run() -> None:
        service.ensure_fresh()
        after = service.search("edited text")
        print(json.dumps({"documents": service.status().documents, "catching_up": after.catching_up}),
              file=sys.stderr)
    return run


def add_big_notes(path: Path, count: int, megabytes: float = 7.5) -> None:
    """`count` notes of `megabytes` MB of prose each, as a teammate's long pasted documents would be."""
    from db.store import Store

    words = ("model", "weights", "license", "commercial", "evaluation", "policy", "openness", "training", "data")
    rng = random.Random(11)
    paragraph = " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(2000))
    body = (paragraph + "\n\n") * int(megabytes * 1024 * 1024 / (len(paragraph) + 2))
    with Store.open(path, "bob") as store, store.write() as ctx:
        for number in range(count):
            store.create_in(ctx, "note", {"name": f"Long pasted document {number}", "body": body})


STEPS = {"export": step_export, "backup-floor": step_backup_floor, "preview": step_preview, "merge": step_merge,
         "merge-planned": step_merge_planned, "merge-floor": step_merge_floor, "index": step_index,
         "first-search": step_first_search, "catch-up": step_catch_up}


def child(step: str, first: Path, second: Path) -> None:
    run = STEPS[step](first, second)  # imports and opening the atlas are not timed
    started = time.perf_counter()
    run()
    elapsed = time.perf_counter() - started
    print(json.dumps({"seconds": elapsed, "peak_mb": peak_memory_mb()}))


def peak_memory_mb() -> float:
    """This process's peak resident memory: VmHWM on Linux (ru_maxrss would include the parent's at fork)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def measure(step: str, first: Path, second: Path) -> dict[str, float]:
    result = subprocess.run([sys.executable, __file__, "--child", step, str(first), str(second)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{step} failed:\n{result.stderr}")
    figure = json.loads(result.stdout.strip().splitlines()[-1])
    for line in result.stderr.strip().splitlines()[-1:]:  # what the step reported about itself
        with contextlib.suppress(ValueError, TypeError):
            figure.update({k: v for k, v in json.loads(line).items() if k not in figure})
    return figure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--big-notes", type=int, default=0, help="notes of 7.5 MB each to add to the incoming file")
    parser.add_argument("--no-planned", action="store_true", help="skip the merge of a previewed plan (saves time)")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    parser.add_argument("--child", nargs=3, metavar=("STEP", "A", "B"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]), Path(args.child[2]))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="merge-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        a, b = folder / "a.atlas", folder / "b.atlas"
        for path in (a, b):
            path.unlink(missing_ok=True)
        generate(a, "a", args.entries)
        generate(b, "b", args.entries)
        if args.big_notes:
            add_big_notes(b, args.big_notes)
        print(f"generated two atlases of {args.entries:,} entries in {time.perf_counter() - started:.1f} s "
              f"({a.stat().st_size / 1e6:.0f} MB each)")
        b_out, floor_out = folder / "b.out.atlas", folder / "b.backup.atlas"
        for path in (b_out, floor_out):
            path.unlink(missing_ok=True)
        figures = {
            "export": measure("export", b, b_out),
            "backup-floor": measure("backup-floor", b, floor_out),
            "preview": measure("preview", a, b_out),
        }
        floor_db, merge_db, planned_db = folder / "floor.atlas", folder / "merge.atlas", folder / "planned.atlas"
        for path in (floor_db, merge_db, planned_db):
            shutil.copyfile(a, path)
        figures["merge-floor"] = measure("merge-floor", floor_db, b_out)
        index = folder / "merge.index"
        shutil.rmtree(index, ignore_errors=True)
        measure("index", merge_db, index)  # the atlas's index is up to date before the merge
        figures["merge"] = measure("merge", merge_db, b_out)
        if not args.no_planned:
            figures["merge-planned"] = measure("merge-planned", planned_db, b_out)
        from db.search.service import catch_up_lock

        with catch_up_lock(index):  # as while the background catch-up has not started yet
            figures["first-search"] = measure("first-search", merge_db, index)
        figures["catch-up"] = measure("catch-up", merge_db, index)
        rebuilt = folder / "rebuild.index"
        shutil.rmtree(rebuilt, ignore_errors=True)
        figures["rebuild"] = measure("index", merge_db, rebuilt)
        export_ratio = figures["export"]["seconds"] / figures["backup-floor"]["seconds"]
        merge_ratio = figures["merge"]["seconds"] / figures["merge-floor"]["seconds"]
        planned_ratio = figures.get("merge-planned", {"seconds": float("nan")})["seconds"] / figures["merge-floor"][
            "seconds"]
        print(f"{'step':<14}{'seconds':>9}{'peak MB':>10}")
        for step, figure in figures.items():
            print(f"{step:<14}{figure['seconds']:>9.2f}{figure['peak_mb']:>10.0f}")
        print(f"export / backup floor: {export_ratio:.1f}x (target <= 2x)")
        planned = "skipped" if args.no_planned else f"{planned_ratio:.1f}x"
        print(f"merge / SQL floor:     {merge_ratio:.1f}x from the file (verify + merge), {planned} "
              f"applying a previewed plan (target <= 5x); merge peak {figures['merge']['peak_mb']:.0f} MB "
              "(target <= 500 MB)")
        first = figures["first-search"]
        print(f"first search after the merge: {first['seconds']:.2f} s, {first['peak_mb']:.0f} MB, "
              f"catching up on {first.get('pending', 0):,} entries: {first.get('catching_up')}")
        catch_up_ratio = figures["catch-up"]["seconds"] / figures["rebuild"]["seconds"]
        print(f"catch-up / full rebuild: {catch_up_ratio:.2f}x ({figures['catch-up']['seconds']:.1f} s vs "
              f"{figures['rebuild']['seconds']:.1f} s; target <= 1.5x); catch-up peak "
              f"{figures['catch-up']['peak_mb']:.0f} MB, rebuild peak {figures['rebuild']['peak_mb']:.0f} MB "
              "(target <= 500 MB)")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
