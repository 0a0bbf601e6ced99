"""Row values between a laptop's SQLite and the hub's PostgreSQL, and the content hash both sides agree on.

A laptop's rows are read as raw SQLite values (the merge core's units); the hub's come back from psycopg as Python
values. Both are brought to the one spelling SQLAlchemy writes in SQLite (times `YYYY-MM-DD HH:MM:SS.ffffff`, dates
`YYYY-MM-DD`, booleans 0/1, JSON as its text), so a row that went to the hub and back is the very same row.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from db.exchange.layout import LOCAL_COLUMNS, Layout, TableInfo
from db.exchange.merge import sql_time
from db.exchange.sync import content_hash

Unit = dict[str, Any]


def quote(name: str) -> str:
    from db.exchange.manifest import quote as checked

    return checked(name)


def canonical(info: TableInfo, unit: Unit, kind_info: TableInfo | None = None) -> Unit:
    """A laptop's unit in canonical SQLite spelling (times with microseconds), unchanged where it already is."""
    types = info.types if kind_info is None else {**info.types, **kind_info.types}
    fixed = dict(unit)
    for column, value in unit.items():
        if value is not None and types.get(column) == "datetime" and isinstance(value, str) and len(value) != 26:
            with contextlib.suppress(ValueError):  # a value that is not a time is left for the checks to name
                fixed[column] = sql_time(datetime.fromisoformat(value))
    return fixed


def to_server(kind: str, value: Any) -> Any:
    """A raw SQLite value as a parameter for the hub's column of this kind."""
    if value is None:
        return None
    if kind == "bool":
        return bool(value)
    if kind == "json":
        return value if isinstance(value, str) else str(value)  # SQLite keeps the JSON text "7" as the number 7
    return value


def from_server(kind: str, value: Any) -> Any:
    """A value read from the hub as SQLite stores it."""
    if value is None:
        return None
    if kind == "bool":
        return int(bool(value))
    if kind == "datetime" and isinstance(value, datetime):
        return sql_time(value.replace(tzinfo=None))
    if kind == "date" and isinstance(value, date):
        return value.isoformat()
    return value


def select_list(info: TableInfo) -> str:
    """The columns of `server_columns`, each read as SQLite stores it (PostgreSQL spells it, row by row in C)."""
    return ", ".join(_select(info.types[column], quote(column)) for column in server_columns(info))


def _select(kind: str, column: str) -> str:
    if kind == "datetime":
        return f"to_char({column}, 'YYYY-MM-DD HH24:MI:SS.US')"
    if kind == "date":
        return f"to_char({column}, 'YYYY-MM-DD')"
    if kind == "bool":
        return f"{column}::int"
    if kind == "json":
        return f"{column}::text"
    return column


def server_columns(info: TableInfo) -> tuple[str, ...]:
    """Every column of a table, uuid first (what a push writes and a pull reads)."""
    return ("uuid", *(c for c in info.columns if c != "uuid"))


def pushed_columns(info: TableInfo) -> tuple[str, ...]:
    return tuple(c for c in server_columns(info) if c not in LOCAL_COLUMNS)


@functools.cache
def _hash_columns(lay: Layout, table: str, kind: str | None) -> tuple[tuple[str, ...], frozenset[str]]:
    info = lay.table(table)
    kind_info = lay.kinds.get(kind or "") if kind else None
    columns = set(info.content_columns) | (set(kind_info.content_columns) if kind_info else set())
    json_columns = info.json_columns | (kind_info.json_columns if kind_info else frozenset())
    return tuple(sorted(columns)), json_columns


def unit_hash(lay: Layout, info: TableInfo, unit: Mapping[str, Any]) -> str:
    """The merge core's content hash of a unit (an entry with its kind row, or one row)."""
    kind = unit.get("kind") if info is lay.entries else None
    columns, json_columns = _hash_columns(lay, info.name, kind)
    return content_hash(unit, json_columns, columns)


def entry_of(lay: Layout, info: TableInfo, unit: Mapping[str, Any]) -> str | None:
    """The entry a unit belongs to: itself, or the entry it cannot exist without (a component's model, a tag link's
    entry), else the first entry it refers to."""
    if info is lay.entries:
        return str(unit["uuid"])
    refs = [(column, target) for column, target in info.refs if target in lay.entry_tables and unit.get(column)]
    for column, _target in sorted(refs, key=lambda ref: ref[0] in info.nullable):
        return str(unit[column])
    return None
