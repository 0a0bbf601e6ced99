"""The invalid values of one entry, with plain SQL: db.validity.entry_problems over the written-out tables
(db.reading.tables) instead of the layout derived from the mapped schema, with db.validity's own checks.

db.validity builds each column's check from db.exchange.layout (which maps the ORM) and decodes dates with
SQLAlchemy's processors, which are `date.fromisoformat` and `datetime.fromisoformat`; the same checks are built
here from the same pieces (tests/db/test_reading_detail.py compares them column by column on bad values).
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from db.reading.loaded import ENTRIES, decoded_check, quoted
from db.reading.tables import KIND_TABLES, TABLES
from db.validity import Problem, _decoder, text_decoder

Check = Callable[[Any], str | None]
Decoder = Callable[[Any], tuple[Any, str | None]]


def _text_decoder(kind: str) -> Decoder:
    """db.validity's decoder of a text, date or timestamp column, with the standard library's parsers."""
    parse: Callable[[str], Any] | None = {"date": date.fromisoformat, "datetime": datetime.fromisoformat}.get(kind)
    return text_decoder(kind, parse)


def _decoding(kind: str) -> Decoder:
    # numbers, booleans and JSON: db.validity's decoder itself (it loads SQLAlchemy only for text and dates)
    return _decoder(kind) if kind in ("int", "bool", "float", "json") else _text_decoder(kind)


def column_check(table: str, column: str) -> Check | None:
    """The full check of one column's raw values (db.validity.column_check), or None when there is none."""
    kind = TABLES[table][column].type
    extra = decoded_check(table, column)
    if kind == "text" and extra is None:
        return None
    decode = _decoding(kind)
    if extra is None:
        return lambda raw: None if raw is None else decode(raw)[1]
    check_value = extra

    def check(raw: Any) -> str | None:
        if raw is None:
            return None
        value, reason = decode(raw)
        return reason if reason is not None else check_value(value)

    return check  # db.validity also narrows its scan of a whole table by a text's length: one row is checked in full


@functools.cache
def table_checks(table: str) -> tuple[tuple[str, Check], ...]:
    checks = ((column, column_check(table, column)) for column in TABLES[table])
    return tuple((column, check) for column, check in checks if check is not None)


def entry_problems(connection: sqlite3.Connection, uuid: str) -> list[Problem]:
    """The invalid values of one entry: its common row and the row of its kind."""
    found: list[Problem] = []
    kind_row = connection.execute("SELECT kind FROM entries WHERE uuid=?", (uuid,)).fetchone()
    tables = [ENTRIES] + ([KIND_TABLES[kind_row[0]]] if kind_row and kind_row[0] in KIND_TABLES else [])
    for table in tables:
        checks = table_checks(table)
        if not checks:
            continue
        columns = ", ".join(quoted(column) for column, _ in checks)
        row = connection.execute(f"SELECT {columns} FROM {quoted(table)} WHERE uuid=?", (uuid,)).fetchone()
        if row is None:
            continue
        for (column, check), raw in zip(checks, row, strict=True):
            reason = check(raw)
            if reason is not None:
                found.append(Problem(table, uuid, column, raw, reason))
    return found
