"""Helpers of the hub tests: laptops that loaded one seed, their content table by table, the hub's rows."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid as uuid_module
from pathlib import Path
from typing import Any

from db.exchange.layout import BOOKKEEPING, LOCAL_COLUMNS, layout
from db.store import Store


def laptop(template: Path, path: Path, author: str) -> Store:
    """A copy of a seeded atlas with its own identity: another laptop that loaded the same seed."""
    path.write_bytes(template.read_bytes())
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE atlas_meta SET value=? WHERE key='database_uuid'", (str(uuid_module.uuid4()),))
        connection.commit()
    return Store.open(path, author)


def tables(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced table: rows by uuid with every column but the local change_seq."""
    lay = layout()
    found: dict[str, dict[str, dict[str, Any]]] = {}
    with contextlib.closing(sqlite3.connect(store.path)) as connection:
        for info in lay.synced:
            columns = [c for c in info.columns if c not in LOCAL_COLUMNS]
            names = ", ".join(f'"{c}"' for c in columns)
            found[info.name] = {row[columns.index("uuid")]: dict(zip(columns, row, strict=True))
                                for row in connection.execute(f'SELECT {names} FROM "{info.name}"')}
    return found


def assert_same_tables(first: Store, second: Store) -> None:
    """Both atlases hold the very same rows, compared table by table (a failure names the table and row)."""
    mine, theirs = tables(first), tables(second)
    for table in mine:
        assert set(mine[table]) == set(theirs[table]), f"{table}: rows differ"
        for uuid, row in mine[table].items():
            assert row == theirs[table][uuid], f"{table} {uuid}: {row} != {theirs[table][uuid]}"


def assert_same_content(first: Store, second: Store) -> None:
    """Both atlases say the same, table by table: every row and column but when and by whom (deletion as a flag).

    As for file merges (tests/db/exchange): a row made on two laptops alike (a tag link, a tag merged by name) is
    one row under one UUID on both, each laptop keeping its own creation time and author for it.
    """
    mine, theirs = tables(first), tables(second)
    for table in mine:
        assert set(mine[table]) == set(theirs[table]), f"{table}: rows differ"
        for uuid, row in mine[table].items():
            assert _said(row) == _said(theirs[table][uuid]), f"{table} {uuid}: {row} != {theirs[table][uuid]}"


def _said(row: dict[str, Any]) -> dict[str, Any]:
    if "deleted_at" not in row:
        return row
    return {k: v for k, v in row.items() if k not in BOOKKEEPING} | {"~deleted": row["deleted_at"] is not None}


def open_conflicts(store: Store) -> list[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(store.path)) as connection:
        return [(str(r[0]), str(r[1])) for r in connection.execute(
            "SELECT row_uuid, table_name FROM conflicts WHERE status='open' ORDER BY row_uuid")]


def hub_rows(url: str, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    import psycopg

    with psycopg.connect(url) as connection:
        return list(connection.execute(sql, params).fetchall())
