"""Rows read as the store loads them: the engine's converters (db.reading.convert), then db.tolerant's checks.

A value its field's check refuses (db.validity), or None in a column that is never empty, becomes the column's
fallback (db.reading.tables), exactly as db.tolerant replaces it on an entry loaded through the ORM. The checks are
db.validity's own; only which (table, column) each applies to is derived here from the written-out tables instead
of the mapped schema (tests/db/test_reading_detail.py compares the two for every column).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from db.fields import FIELDS
from db.reading.convert import READERS
from db.reading.tables import KIND_TABLES, TABLES, Column, Fallback
from db.validity import EXTRA_CHECKS, field_check

Check = Callable[[Any], str | None]
ENTRIES = "entries"


@functools.cache
def _spec_checks() -> dict[tuple[str, str], Check]:
    """(table, column) → the converter check of the field a kind declares on that column (db.validity's rule)."""
    found: dict[tuple[str, str], Check] = {}
    for kind, specs in FIELDS.items():
        table_of_kind = KIND_TABLES.get(kind)
        if table_of_kind is None:
            continue
        for spec in specs:
            if "." in spec.attr:
                continue  # clause_details.x: the JSON column is checked as a whole
            table = table_of_kind if spec.attr in TABLES[table_of_kind] else ENTRIES
            if spec.attr not in TABLES[table]:
                continue
            check = field_check(spec)
            if check is not None and (table, spec.attr) not in found:
                found[(table, spec.attr)] = check
    return found


def decoded_check(table: str, column: str) -> Check | None:
    """db.validity.decoded_check without the mapped schema: the check of a decoded value beyond its type."""
    return EXTRA_CHECKS.get((table, column)) or _spec_checks().get((table, column))


def _fallback(column: Column) -> Any:
    fallback = column.fallback
    if not isinstance(fallback, Fallback):
        return fallback
    makers: dict[Fallback, Callable[[], Any]] = {
        Fallback.DICT: dict, Fallback.LIST: list, Fallback.UTCNOW: lambda: datetime.now(UTC).replace(tzinfo=None),
        Fallback.NEW_UUID: _new_uuid}
    return makers[fallback]()


def _new_uuid() -> str:
    import uuid  # only for a bad uuid column's fallback: the module costs more to import than a whole read

    return str(uuid.uuid4())


Loader = Callable[[Any], Any]


def _as_stored(raw: Any) -> Any:
    return raw


@functools.cache
def column_loader(table: str, column: str) -> Loader:
    """The function turning a raw stored value of `table.column` into the value the store loads."""
    info = TABLES[table][column]
    reader = READERS[info.type] or _as_stored
    check = decoded_check(table, column)
    if check is None or info.fallback is Fallback.KEEP:
        return reader
    empty = info.fallback is Fallback.EMPTY

    def load(raw: Any) -> Any:
        value = reader(raw)
        if (value is None and not empty) or (value is not None and check(value) is not None):
            return None if empty else _fallback(info)
        return value

    return load


def loaded(table: str, column: str, raw: Any) -> Any:
    """A raw stored value as an object loaded through the store holds it."""
    return column_loader(table, column)(raw)


@functools.cache
def _row_loaders(table: str) -> tuple[tuple[str, Loader], ...]:
    return tuple((column, column_loader(table, column)) for column in TABLES[table])


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def select_sql(table: str, alias: str | None = None) -> str:
    """`alias.col1, alias.col2, ...`: every column of `table`, in the order of db.reading.tables."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + quoted(column) for column in TABLES[table])


def row_of(table: str, raw: Sequence[Any]) -> dict[str, Any]:
    """A row read with `select_sql(table)` as column → value as the store loads it."""
    return {column: load(value) for (column, load), value in zip(_row_loaders(table), raw, strict=True)}


def rows_of(table: str, raws: Iterable[Sequence[Any]]) -> list[dict[str, Any]]:
    return [row_of(table, raw) for raw in raws]


def load_entry(connection: sqlite3.Connection, uuid: str) -> dict[str, Any] | None:
    """Every column of one entry (its common row and its kind's row) as the store loads it, deleted or not;
    None when no entry has this UUID. A kind's row that is missing reads as empty columns, as the ORM's outer join."""
    raw = connection.execute(f"SELECT {select_sql(ENTRIES)} FROM entries WHERE uuid = ?", (uuid,)).fetchone()
    if raw is None:
        return None
    entry = row_of(ENTRIES, raw)
    table = KIND_TABLES.get(entry["kind"])
    if table is not None:
        own = connection.execute(f"SELECT {select_sql(table)} FROM {quoted(table)} WHERE uuid = ?", (uuid,)).fetchone()
        values = row_of(table, own) if own is not None else dict.fromkeys(TABLES[table])
        entry |= {column: value for column, value in values.items() if column != "uuid"}
    return entry


def load_entries(connection: sqlite3.Connection, kind: str, where: str, params: Sequence[Any] = (),
                 order: str = "", join: str = "") -> list[dict[str, Any]]:
    """Entries of one kind (common and own columns, deleted or not) matching `where`, in `order`: the entries
    table is `entries`, the kind's table `k` and `join` may join more (every column is read, as the store's query
    does, so that SQLite takes the same path and rows that tie in `order` come in the same order)."""
    table = KIND_TABLES[kind]
    width = len(TABLES[ENTRIES])
    found = []
    for raw in connection.execute(_entries_sql(kind, where, order, join), tuple(params)):
        entry = row_of(ENTRIES, raw[:width])
        entry |= {column: value for column, value in row_of(table, raw[width:]).items() if column != "uuid"}
        found.append(entry)
    return found


def _entries_sql(kind: str | None, where: str, order: str, join: str) -> str:
    """Every column of the entries (and of their kind's table `k`, for one kind) matching `where`, in `order`."""
    if kind is None:
        return (f"SELECT {select_sql(ENTRIES, 'entries')} FROM entries {join} WHERE {where}"
                + (f" ORDER BY {order}" if order else ""))
    table = KIND_TABLES[kind]
    return (f"SELECT {select_sql(ENTRIES, 'entries')}, {select_sql(table, 'k')} FROM entries "
            f"JOIN {quoted(table)} AS k ON entries.uuid = k.uuid {join} WHERE {where}"
            + (f" ORDER BY {order}" if order else ""))


_UUID, _KIND, _NAME, _DELETED = (list(TABLES[ENTRIES]).index(c) for c in ("uuid", "kind", "name", "deleted_at"))


def live_refs(connection: sqlite3.Connection, kind: str | None, where: str, params: Sequence[Any] = (),
              order: str = "", join: str = "") -> list[dict[str, Any]]:
    """References (uuid, kind, name) to the live entries `load_entries` reads (of any kind when `kind` is None):
    the same statement, so the same order, with only what a reference shows read from each row."""
    deleted_at = column_loader(ENTRIES, "deleted_at")
    return [{"uuid": raw[_UUID], "kind": raw[_KIND], "name": raw[_NAME]}
            for raw in connection.execute(_entries_sql(kind, where, order, join), tuple(params))
            if deleted_at(raw[_DELETED]) is None]
