"""Reading synced rows as units with raw SQLite values: an entry with its kind row, or one row of a row table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from db.exchange.layout import Layout, TableInfo
from db.exchange.manifest import quote

CHUNK = 500
Unit = dict[str, Any]


def chunked(items: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def select_list(info: TableInfo) -> str:
    return ", ".join(quote(c) for c in info.columns)


def fetch_rows(
    connection: sqlite3.Connection, info: TableInfo, values: Iterable[str], column: str = "uuid",
) -> dict[str, Unit]:
    """Rows of one table whose `column` is among `values`, keyed by uuid."""
    found: dict[str, Unit] = {}
    columns = info.columns
    key = columns.index("uuid")
    for chunk in chunked(list(values)):
        marks = ",".join("?" * len(chunk))
        sql = f"SELECT {select_list(info)} FROM {quote(info.name)} WHERE {quote(column)} IN ({marks})"
        for row in connection.execute(sql, tuple(chunk)):
            found[row[key]] = dict(zip(columns, row, strict=True))
    return found


def fetch_entries(connection: sqlite3.Connection, layout: Layout, uuids: Iterable[str]) -> dict[str, Unit]:
    """Entries by uuid, each merged with the row of its kind table (column names do not clash but uuid)."""
    units = fetch_rows(connection, layout.entries, uuids)
    by_kind: dict[str, list[str]] = {}
    for uuid, unit in units.items():
        by_kind.setdefault(unit["kind"], []).append(uuid)
    for kind, members in by_kind.items():
        info = layout.kinds.get(kind)
        if info is None:
            continue
        for uuid, row in fetch_rows(connection, info, members).items():
            units[uuid].update(row)
    return units


def iter_entries(connection: sqlite3.Connection, layout: Layout, batch: int = 2000) -> Iterator[list[Unit]]:
    """Every entry unit, in uuid order, in batches."""
    info = layout.entries
    cursor = connection.execute(f"SELECT {select_list(info)} FROM entries ORDER BY uuid")
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        units = {row[info.columns.index("uuid")]: dict(zip(info.columns, row, strict=True)) for row in rows}
        by_kind: dict[str, list[str]] = {}
        for uuid, unit in units.items():
            by_kind.setdefault(unit["kind"], []).append(uuid)
        for kind, members in by_kind.items():
            kind_info = layout.kinds.get(kind)
            if kind_info is not None:
                for uuid, row in fetch_rows(connection, kind_info, members).items():
                    units[uuid].update(row)
        yield list(units.values())


def iter_rows(connection: sqlite3.Connection, info: TableInfo, batch: int = 2000) -> Iterator[list[Unit]]:
    cursor = connection.execute(f"SELECT {select_list(info)} FROM {quote(info.name)} ORDER BY uuid")
    columns = info.columns
    while True:
        rows = cursor.fetchmany(batch)
        if not rows:
            return
        yield [dict(zip(columns, row, strict=True)) for row in rows]


def json_columns_of(layout: Layout, unit: Unit, table: TableInfo) -> frozenset[str]:
    """JSON columns of a unit: its table's, plus its kind table's for an entry."""
    if table is layout.entries:
        kind = layout.kinds.get(unit.get("kind", ""))
        return table.json_columns | (kind.json_columns if kind else frozenset())
    return table.json_columns
