"""Benchmark of entry history, snapshots and diffs on a generated atlas, each beside a floor measured in the same run.

A synthetic atlas of N entries (default 50,000; benchmarks/synth.py) gets 10 edits on each of 10% of its models:
ten write transactions, each changing the summary and context window of the same 10% (one history version per
model per transaction, recorded by the store's capture triggers). Snapshots are taken before the first edit, after
the fifth and after the tenth.

| step | target | floor |
| --- | --- | --- |
| history of one entry (`entry_history`, median of 200 edited entries) | ≤ 20 ms | the same rows by plain SQL |
| snapshot create | ≤ 1 s | an empty store write transaction |
| diff between the first and last snapshot (child process) | ≤ 5 s, ≤ 300 MB | the same rows read by plain SQL |
| database growth from the history | ≤ 30% | the same atlas with its history rows deleted (both vacuumed) |

    python benchmarks/history_bench.py [--entries 50000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EDITS_PER_ENTRY = 10
EDITED_SHARE = 0.10
SYNTH_EXTRA_ENTRIES = 370  # organizations, licenses and tags the generator adds to the models


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _child_diff(path: str, first: str, second: str) -> None:
    """Run in a child process: the diff, timed, with this process's peak memory."""
    from db.history.diff import diff_points
    from db.store import Store

    store = Store.open(path, "bench")
    started = time.perf_counter()
    diff = diff_points(store, first, second)
    seconds = time.perf_counter() - started
    store.close()
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), "changed": len(diff.changed),
                      "added": len(diff.added), "removed": len(diff.removed)}))


def _child_floor(path: str, low: int, high: int) -> None:
    """Run in a child process: the plain-SQL floor of the diff (read and parse the same rows)."""
    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(path)) as db:
        rows = [json.loads(changes) for (changes,) in db.execute(
            "SELECT changes FROM entry_history WHERE recorded_here AND seq > ? AND seq <= ? ORDER BY seq",
            (low, high))]
    print(json.dumps({"seconds": time.perf_counter() - started, "peak_mb": _peak_mb(), "rows": len(rows)}))


def _run_child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _edit_rounds(store: Any, uuids: list[str], rounds: int, first_round: int) -> None:
    """Each round one write transaction editing every chosen model (what an import or bulk edit does)."""
    for round_number in range(first_round, first_round + rounds):
        with store.write() as ctx:
            db = ctx.session.connection().connection.driver_connection
            stamp = ctx.now.strftime("%Y-%m-%d %H:%M:%S.%f")
            db.executemany("UPDATE models SET summary=?, context_window=? WHERE uuid=?",
                           [(f"Edited in round {round_number}: a revised description of this model.",
                             4096 * (round_number + 1), uuid) for uuid in uuids])
            db.executemany("UPDATE entries SET modified_at=?, author=?, version=version+1, change_seq=? WHERE uuid=?",
                           [(stamp, ctx.author, ctx.seq, uuid) for uuid in uuids])
            ctx.touched |= set(uuids)


def _history_of_one(store: Any, path: Path, uuids: list[str]) -> tuple[float, float]:
    from db.history.entries import entry_history

    times, floors = [], []
    with contextlib.closing(sqlite3.connect(path)) as db:
        for uuid in uuids:
            started = time.perf_counter()
            db.execute("SELECT uuid, at, author, via, source, changes, recorded_here FROM entry_history "
                       "WHERE entry_uuid=? ORDER BY at, seq, uuid", (uuid,)).fetchall()
            floors.append(time.perf_counter() - started)
            started = time.perf_counter()
            versions = entry_history(store, uuid)
            times.append(time.perf_counter() - started)
            assert len(versions) >= EDITS_PER_ENTRY
    return statistics.median(times), statistics.median(floors)


def _vacuumed_size(path: Path) -> int:
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("VACUUM")
    return path.stat().st_size


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--keep", type=Path, help="keep the generated files in this folder")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "diff":
            _child_diff(*args.child[1:4])
        else:
            _child_floor(args.child[1], int(args.child[2]), int(args.child[3]))
        return 0

    from benchmarks.synth import make_synthetic_atlas
    from db.history.snapshots import create_snapshot
    from db.store import Store

    folder = args.keep or Path(tempfile.mkdtemp(prefix="history-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        path = folder / "history.atlas"
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        make_synthetic_atlas(path, max(args.entries - SYNTH_EXTRA_ENTRIES, 100))
        store = Store.open(path, "bench")
        counts = store.counts()
        with store.read() as session:
            models = sorted(session.connection().connection.driver_connection.execute(  # type: ignore[union-attr]
                "SELECT uuid FROM entries WHERE kind='model' AND deleted_at IS NULL").fetchall())
        chosen = [uuid for (uuid,) in random.Random(7).sample(models, int(sum(counts.values()) * EDITED_SHARE))]
        print(f"atlas: {sum(counts.values()):,} live entries, {len(chosen):,} edited {EDITS_PER_ENTRY} times each "
              f"(made in {time.perf_counter() - started:.1f} s)")

        started = time.perf_counter()
        with store.write():
            pass
        empty_write = time.perf_counter() - started
        started = time.perf_counter()
        first = create_snapshot(store, "before")
        snapshot_time = time.perf_counter() - started

        started = time.perf_counter()
        _edit_rounds(store, chosen, EDITS_PER_ENTRY // 2, 1)
        create_snapshot(store, "halfway")
        _edit_rounds(store, chosen, EDITS_PER_ENTRY - EDITS_PER_ENTRY // 2, EDITS_PER_ENTRY // 2 + 1)
        last = create_snapshot(store, "after")
        edit_time = time.perf_counter() - started
        print(f"edits: {len(chosen) * EDITS_PER_ENTRY:,} in {EDITS_PER_ENTRY} transactions, "
              f"{edit_time:.1f} s with history recorded")

        one, one_floor = _history_of_one(store, path, random.Random(8).sample(chosen, min(200, len(chosen))))
        store.close()

        diff = _run_child("diff", str(path), "before", "after")
        floor = _run_child("floor", str(path), str(first.seq), str(last.seq))

        bare = folder / "without-history.atlas"
        shutil.copyfile(path, bare)
        with contextlib.closing(sqlite3.connect(bare)) as db:
            db.execute("DELETE FROM entry_history")
            db.commit()
        with_size, without_size = _vacuumed_size(path), _vacuumed_size(bare)
        growth = with_size / without_size - 1

        rows = [
            ("history of one entry (median)", f"{one * 1000:.1f} ms", f"{one_floor * 1000:.2f} ms plain SQL",
             "≤ 20 ms", one <= 0.020),
            ("snapshot create", f"{snapshot_time * 1000:.0f} ms", f"{empty_write * 1000:.0f} ms empty write",
             "≤ 1 s", snapshot_time <= 1.0),
            (f"diff before → after ({diff['changed']:,} changed)", f"{diff['seconds']:.2f} s, {diff['peak_mb']:.0f} MB",
             f"{floor['seconds']:.2f} s, {floor['peak_mb']:.0f} MB reading {floor['rows']:,} rows",
             "≤ 5 s, ≤ 300 MB", diff["seconds"] <= 5 and diff["peak_mb"] <= 300),
            ("database growth from history", f"{growth * 100:.1f}% ({with_size / 1e6:.1f} MB)",
             f"{without_size / 1e6:.1f} MB without it", "≤ 30%", growth <= 0.30),
        ]
        width = max(len(r[0]) for r in rows)
        print(f"\n{'step':<{width}}  {'measured':<22}  {'floor (same run)':<40}  target")
        for name, measured, floor_text, target, ok in rows:
            print(f"{name:<{width}}  {measured:<22}  {floor_text:<40}  {target} {'ok' if ok else 'MISSED'}")
        return 0
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
