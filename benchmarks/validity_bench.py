"""Checking every value of an incoming file (db.validity) against a floor: reading the same columns once.

    python -m benchmarks.validity_bench --entries 200000

Prints seconds for the full check (every checked column, each distinct value through the store's converters)
beside the floor measured in the same run (fetching those columns' values without checking them).
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks.merge_bench import generate
from db.exchange.layout import layout
from db.validity import first_problem, table_checks


def floor(connection: sqlite3.Connection) -> int:
    """Read every value the check reads, doing nothing with it."""
    count = 0
    for info in layout().synced:
        columns = [column for column, _ in table_checks(info.name)]
        if not columns:
            continue
        cursor = connection.execute(f"SELECT {', '.join(columns)} FROM {info.name}")
        while rows := cursor.fetchmany(2000):
            count += len(rows)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="validity-bench-") as folder:
        path = Path(folder) / "incoming.atlas"
        started = time.perf_counter()
        generate(path, "a", args.entries)
        print(f"generated {args.entries:,} entries in {time.perf_counter() - started:.1f} s")
        with contextlib.closing(sqlite3.connect(path)) as connection:
            started = time.perf_counter()
            rows = floor(connection)
            floor_seconds = time.perf_counter() - started
            started = time.perf_counter()
            problem = first_problem(connection)
            check_seconds = time.perf_counter() - started
        assert problem is None, problem
        print(f"floor (read the checked columns of {rows:,} rows): {floor_seconds:.2f} s")
        print(f"check every value (db.validity.first_problem):   {check_seconds:.2f} s "
              f"({check_seconds / max(floor_seconds, 1e-9):.1f}× the floor)")


if __name__ == "__main__":
    main()
