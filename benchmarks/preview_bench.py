"""Benchmark of the merge preview's Changes (db.history.preview) beside the counts-only preview it adds to.

Two generated atlases as in merge_bench.py (N entries each, 10% shared and edited on both sides). Measured in
one process, one after the other: `preview_merge` (the counts and log the dialog already showed: the floor) and
`preview_merge_changes` (a copy of the atlas, the merge applied to it, the whole states compared), each with its
wall time and the process's peak memory after it.

    python benchmarks/preview_bench.py [--entries 10000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> int:
    from benchmarks.merge_bench import generate
    from db.exchange.api import export_atlas, preview_merge
    from db.history.preview import preview_merge_changes
    from db.store import Store

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="preview-bench-") as folder:
        a, b, shared = Path(folder) / "a.atlas", Path(folder) / "b.atlas", Path(folder) / "b-export.atlas"
        generate(a, "a", args.entries)
        generate(b, "b", args.entries)
        with Store.open(b, "bench") as theirs:
            export_atlas(theirs, shared)
        with Store.open(a, "bench") as store:
            started = time.perf_counter()
            plan = preview_merge(store, shared)
            plan.close()
            floor = time.perf_counter() - started
            started = time.perf_counter()
            diff = preview_merge_changes(store, shared)
            changes = time.perf_counter() - started
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{args.entries:,} entries per atlas")
        print(f"preview_merge (floor):   {floor:6.2f} s")
        print(f"preview_merge_changes:   {changes:6.2f} s  ({changes / floor:.1f}x the floor); "
              f"{len(diff.added):,} added, {len(diff.removed):,} removed, {len(diff.changed):,} changed")
        print(f"peak memory of the process: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
