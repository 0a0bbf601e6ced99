"""Benchmark of the team hub on a PostgreSQL server started on this machine, each figure beside a floor.

Steps (each timed in its own child process, which reports wall time and peak memory, VmHWM):

* **first push of the seed** — a seeded laptop's first `sync` to an empty hub; floor: the same rows copied into an
  empty hub's tables with plain batched INSERTs (no comparison, clocks or log). Target ≤ 5 s.
* **incremental sync of 100 changes** — 100 models edited on a laptop, then `sync`; floor: one connection and 100
  single-row UPDATEs in one transaction. Target ≤ 1 s.
* **first pull of a big hub** — a generated atlas of N entries (default 50,000 models, `benchmarks/synth.py`) is
  pushed, then a new empty atlas syncs; floor: reading every row of the hub's synced tables and inserting it into an
  empty SQLite file of the atlas schema. Targets ≤ 60 s and ≤ 500 MB.
* **convergence** — L laptops (default 10) × E random edits each (default 500: summaries of shared models, new
  notes, tags), syncing in random order, one in five syncs cancelled part-way; at the end every laptop syncs until
  nothing moves, and every laptop's tables must be identical; conflicts are counted. Floor: the same edits made
  without any sync.

    python benchmarks/hub_bench.py [--entries 50000] [--laptops 10] [--edits 500] [--keep DIR]

The server: PostgreSQL 15+ from /usr/lib/postgresql/NN/bin (Debian's `postgresql` package), started on a Unix
socket in a temporary folder (as the `postgres` user when run as root) and stopped at the end.
"""

from __future__ import annotations

import argparse
import contextlib
import glob
import itertools
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ADMIN = "bench_admin"


# ---- the server ----------------------------------------------------------------------------------------------


@contextlib.contextmanager
def server(folder: Path) -> Iterator[str]:
    """A PostgreSQL server on a Unix socket in `folder`; yields its socket folder."""
    found = sorted((int(Path(p).parents[1].name), Path(p).parent) for p in glob.glob("/usr/lib/postgresql/*/bin/initdb")
                   if Path(p).parents[1].name.isdigit())
    if not found:
        raise SystemExit("PostgreSQL server binaries not found (apt-get install postgresql)")
    binaries = found[-1][1]
    run_as: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        run_as = ["runuser", "-u", "postgres", "--"]
    data = folder / "data"
    subprocess.run([*run_as, str(binaries / "initdb"), "-D", str(data), "-U", ADMIN, "-A", "trust", "-E", "UTF8",
                    "--locale=C.UTF-8", "--no-sync"], check=True, capture_output=True)
    options = f"-k {folder} -c listen_addresses='' -c max_connections=40"
    subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                    str(folder / "server.log"), "-w", "start"], check=True, capture_output=True)
    try:
        yield str(folder)
    finally:
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       check=False, capture_output=True)


def url(socket: str, database: str) -> str:
    return f"postgresql://{ADMIN}@/{database}?host={socket}"


def new_hub(socket: str, init: bool = True) -> str:
    import psycopg

    from db.hub import init_hub

    name = f"bench_{uuid_module.uuid4().hex[:8]}"
    with psycopg.connect(url(socket, "postgres"), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    if init:
        init_hub(url(socket, name))
    return url(socket, name)


def laptop(template: Path, path: Path, author: str) -> Any:
    from db.store import Store

    shutil.copyfile(template, path)
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE atlas_meta SET value=? WHERE key='database_uuid'", (str(uuid_module.uuid4()),))
        connection.commit()
    return Store.open(path, author)


# ---- steps (run in a child process: `--child STEP ARGS…`) ---------------------------------------------------------


def step_sync(atlas: str, hub: str) -> Callable[[], dict[str, Any]]:
    import psycopg  # noqa: F401 — what a sync imports is loaded before the clock starts, as in a running app

    import db.exchange.merge
    import db.hub.pull
    import db.hub.push  # noqa: F401
    from db.hub import sync
    from db.store import Store

    store = Store.open(Path(atlas), "bench")
    return lambda: sync(store, hub).to_json()


def step_copy_floor(atlas: str, hub: str) -> Callable[[], dict[str, Any]]:
    """Every synced row of the atlas into the hub's tables, plain INSERTs in one transaction."""
    import psycopg

    from db.exchange.layout import SYNC_TABLE, layout
    from db.hub.rows import server_columns, to_server

    def run() -> dict[str, Any]:
        lay = layout()
        rows = 0
        with contextlib.closing(sqlite3.connect(atlas)) as source, psycopg.connect(hub) as target, \
                target.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for info in (lay.entries, *lay.kinds.values(), *lay.rows):
                columns = server_columns(info)
                names = ", ".join(f'"{c}"' for c in columns)
                data = [tuple(to_server(info.types[c], v) for c, v in zip(columns, row, strict=True))
                        for row in source.execute(f'SELECT {names} FROM "{info.name}"')]
                cursor.executemany(f'INSERT INTO "{info.name}" ({names}) VALUES ({", ".join(["%s"] * len(columns))})',
                                   data)
                rows += len(data)
            states = source.execute(f"SELECT row_uuid, base_hash, clock, alias_of FROM {SYNC_TABLE}").fetchall()
            cursor.executemany(f"INSERT INTO {SYNC_TABLE} VALUES (%s, %s, %s, %s)", states)
        return {"rows": rows}

    return run


def step_update_floor(_atlas: str, hub: str) -> Callable[[], dict[str, Any]]:
    import psycopg

    def run() -> dict[str, Any]:
        with psycopg.connect(hub) as connection:
            uuids = [u for (u,) in connection.execute("SELECT uuid FROM models ORDER BY uuid LIMIT 100")]
            for number, uuid in enumerate(uuids):
                connection.execute("UPDATE models SET summary = %s WHERE uuid = %s", (f"floor {number}", uuid))
        return {"rows": len(uuids)}

    return run


def step_pull_floor(atlas: str, hub: str) -> Callable[[], dict[str, Any]]:
    """Every row of the hub's synced tables read and written into an empty SQLite file of the atlas schema."""
    from db.exchange.layout import layout
    from db.hub.connection import connect
    from db.hub.pull import _empty_atlas
    from db.hub.rows import from_server, server_columns

    def run() -> dict[str, Any]:
        lay = layout()
        _empty_atlas(Path(atlas))
        rows = 0
        with contextlib.closing(sqlite3.connect(atlas, isolation_level=None)) as target, \
                connect(hub) as source:
            target.execute("BEGIN")
            for info in (lay.entries, *lay.kinds.values(), *lay.rows):
                columns = server_columns(info)
                kinds = [info.types[c] for c in columns]
                names = ", ".join(f'"{c}"' for c in columns)
                with source.cursor(name=f"floor_{info.name}") as cursor:
                    cursor.execute(f'SELECT {names} FROM "{info.name}"')
                    while batch := cursor.fetchmany(2000):
                        marks = ", ".join("?" * len(columns))
                        target.executemany(f'INSERT INTO "{info.name}" ({names}) VALUES ({marks})', [
                            tuple(from_server(k, v) for k, v in zip(kinds, row, strict=True))
                                            for row in batch])
                        rows += len(batch)
            target.execute("COMMIT")
        return {"rows": rows}

    return run


STEPS: dict[str, Callable[[str, str], Callable[[], dict[str, Any]]]] = {
    "sync": step_sync, "copy-floor": step_copy_floor, "update-floor": step_update_floor,
    "pull-floor": step_pull_floor,
}


def peak_memory_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(step: str, atlas: str, hub: str) -> None:
    run = STEPS[step](atlas, hub)  # imports and opening are not timed
    started = time.perf_counter()
    details = run()
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": peak_memory_mb(), "details": details}))


def measure(step: str, atlas: Path, hub: str) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child", step, str(atlas), hub], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"{step} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# ---- convergence ---------------------------------------------------------------------------------------------


def convergence(socket: str, template: Path, folder: Path, laptops: int, edits: int, seed: int = 15) -> dict[str, Any]:
    from db.hub import sync
    from db.jobs import JobCancelled

    rng = random.Random(seed)
    hub = new_hub(socket)
    stores = [laptop(template, folder / f"laptop{i}.atlas", f"analyst {i}") for i in range(laptops)]
    models = [m for (m,) in sqlite3.connect(template).execute(
        "SELECT uuid FROM entries WHERE kind='model' AND deleted_at IS NULL ORDER BY uuid LIMIT 40")]
    plan = [i for i in range(laptops) for _ in range(edits)]
    rng.shuffle(plan)
    floor_started = time.perf_counter()
    floor_stores = [laptop(template, folder / f"floor{i}.atlas", f"analyst {i}") for i in range(laptops)]
    for number, index in enumerate(plan):
        _edit(floor_stores[index], models, random.Random(number))
    floor = time.perf_counter() - floor_started
    for store in floor_stores:
        store.close()
    started = time.perf_counter()
    syncs = interrupted = 0
    for number, index in enumerate(plan):
        _edit(stores[index], models, random.Random(number))
        if rng.random() < 0.05:  # about 250 syncs over 5,000 edits, in random order
            who = rng.randrange(laptops)
            polls = itertools.count(1)
            stop_at = rng.randint(1, 8) if rng.random() < 0.2 else 0
            try:
                stop = (lambda polls=polls, stop_at=stop_at: next(polls) >= stop_at) if stop_at else None
                sync(stores[who], hub, cancelled=stop)
                syncs += 1
            except JobCancelled:
                interrupted += 1
    rounds = 0
    for rounds in range(1, 6):  # noqa: B007 — the count is reported
        sent = sum(sum(sync(store, hub).pushed.values()) for store in stores)
        syncs += laptops
        if not sent:
            break
    elapsed = time.perf_counter() - started
    snapshots = [_tables(store.path, content_only=True) for store in stores]
    identical = all(snapshot == snapshots[0] for snapshot in snapshots[1:])
    exact = [_tables(store.path) for store in stores]
    stamped_apart = sum(len(set(rows) - set(exact[0][table])) for snapshot in exact[1:]
                        for table, rows in snapshot.items())
    conflicts = sum(sqlite3.connect(store.path).execute("SELECT count(*) FROM conflicts").fetchone()[0]
                    for store in stores)
    for store in stores:
        store.close()
    return {"seconds": elapsed, "floor_seconds": floor, "identical": identical, "stamped_apart": stamped_apart,
            "syncs": syncs,
            "interrupted": interrupted, "final_rounds": rounds, "conflicts_kept": conflicts}


def _edit(store: Any, models: list[str], rng: random.Random) -> None:
    roll = rng.random()
    if roll < 0.6:
        store.update(rng.choice(models), {"summary": f"summary {rng.randrange(10**9)} by {store.author}"})
    elif roll < 0.85:
        store.create("note", {"name": f"note {rng.randrange(10**9)}", "body": "text",
                              "target_uuid": rng.choice(models)})
    else:
        store.tag([rng.choice(models)], [f"topic {rng.randrange(8)}"])


def _tables(path: Path, content_only: bool = False) -> dict[str, list[tuple]]:
    """Every synced table's rows; `content_only`: without when and by whom (deletion as a flag), as merges compare."""
    from db.exchange.layout import BOOKKEEPING, LOCAL_COLUMNS, layout

    left_out = LOCAL_COLUMNS | (BOOKKEEPING if content_only else frozenset())
    found = {}
    with contextlib.closing(sqlite3.connect(path)) as connection:
        for info in layout().synced:
            columns = [f'"{c}"' for c in info.columns if c not in left_out]
            if content_only and "deleted_at" in info.columns:
                columns.append("deleted_at IS NOT NULL")
            found[info.name] = connection.execute(f'SELECT {", ".join(columns)} FROM "{info.name}" ORDER BY uuid'
                                                  ).fetchall()
    return found


# ---- main ----------------------------------------------------------------------------------------------------


def _line(name: str, figure: dict[str, Any], floor: dict[str, Any] | None, target: str) -> None:
    ratio = f"{figure['seconds'] / floor['seconds']:.1f}× floor ({floor['seconds']:.2f} s)" if floor else ""
    print(f"| {name} | {figure['seconds']:.2f} s | {figure['peak_mb']:.0f} MB | {ratio} | {target} |", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000, help="models in the big hub (first pull)")
    parser.add_argument("--laptops", type=int, default=10)
    parser.add_argument("--edits", type=int, default=500, help="edits per laptop (convergence)")
    parser.add_argument("--skip", action="append", default=[], choices=("seed", "incremental", "pull", "converge"))
    parser.add_argument("--keep", type=Path, help="work in this folder and keep the files")
    parser.add_argument("--child", nargs=3, metavar=("STEP", "ATLAS", "HUB"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    from benchmarks.synth import make_synthetic_atlas
    from db.library import create_atlas

    work = args.keep or Path(tempfile.mkdtemp(prefix="hub-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    socket_folder = Path(tempfile.mkdtemp(prefix="hub-pg-", dir="/tmp"))
    try:
        with server(socket_folder) as socket:
            print(f"hub bench — {args.entries:,} entries, {args.laptops} laptops × {args.edits} edits\n")
            print("| step | wall | peak memory | against its floor | target |\n| --- | ---: | ---: | --- | --- |")
            seed = work / "seed.atlas"
            if not seed.exists():
                create_atlas(seed, "bench").close()
            if "seed" not in args.skip or "incremental" not in args.skip:
                hub = new_hub(socket)
                first = work / "first.atlas"
                laptop(seed, first, "ana").close()
                figure = measure("sync", first, hub)
                floor = measure("copy-floor", seed, new_hub(socket))
                _line(f"first push of the seed ({sum(figure['details']['pushed'].values()):,} rows)", figure, floor,
                      "≤ 5 s")
                shutil.copyfile(first, work / "edited.atlas")  # the same laptop, after its first sync
                from db.store import Store

                with Store.open(work / "edited.atlas", "ana") as edited:
                    uuids = [u for (u,) in sqlite3.connect(edited.path).execute(
                        "SELECT uuid FROM entries WHERE kind IN ('model', 'organization', 'license') "
                        "AND deleted_at IS NULL ORDER BY uuid LIMIT 100")]
                    for number, uuid in enumerate(uuids):
                        edited.update(uuid, {"summary": f"incremental edit {number}"})
                figure = measure("sync", work / "edited.atlas", hub)
                floor = measure("update-floor", work / "edited.atlas", hub)
                _line(f"incremental sync of {len(uuids)} changes", figure, floor, "≤ 1 s")
            if "pull" not in args.skip:
                big = work / f"synthetic-{args.entries}.atlas"
                if not big.exists():
                    make_synthetic_atlas(big, args.entries)
                hub = new_hub(socket)
                pushed = measure("sync", big, hub)
                _line(f"first push of {args.entries:,} models", pushed, None, "—")
                empty = work / "empty.atlas"
                empty.unlink(missing_ok=True)
                from db.store import Store

                Store.open(empty, "newcomer", create=True).close()
                figure = measure("sync", empty, hub)
                floor_file = work / "pull-floor.atlas"
                floor_file.unlink(missing_ok=True)
                floor = measure("pull-floor", floor_file, hub)
                pulled = sum(figure["details"]["pulled"].values())
                _line(f"first pull of a {args.entries:,}-model hub ({pulled:,} rows)", figure, floor,
                      "≤ 60 s, ≤ 500 MB")
            if "converge" not in args.skip:
                folder = work / "converge"
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
                result = convergence(socket, seed, folder, args.laptops, args.edits)
                print(f"| {args.laptops} laptops × {args.edits} edits, {result['syncs']} syncs "
                      f"({result['interrupted']} interrupted), {result['final_rounds']} final rounds | "
                      f"{result['seconds']:.1f} s | — | {result['seconds'] / result['floor_seconds']:.1f}× the edits "
                      f"alone ({result['floor_seconds']:.1f} s) | same content: {result['identical']} "
                      f"({result['stamped_apart']} twin rows keep their own times); "
                      f"{result['conflicts_kept']} conflicts kept |")
    finally:
        shutil.rmtree(socket_folder, ignore_errors=True)
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
