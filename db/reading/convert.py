"""Raw SQLite values read as the store's engine reads them (db.tolerant): an unreadable value is None, never an error.

The engine decodes dates and timestamps with `fromisoformat`, JSON with `json.loads`, booleans as truthiness, and
db.tolerant makes every failure None and keeps only finite numbers and whole integers. These are those functions,
without SQLAlchemy: db.tolerant's number readers are these very ones, and tests/db/test_reading_convert.py checks
the rest against the engine on every kind of bad value.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from functools import partial
from operator import is_not
from typing import Any

Reader = Callable[[Any], Any]
ColumnReader = Callable[[Sequence[Any]], Sequence[Any]]
"""A reader applied to a whole column of raw values at once: the same values `map(reader, column)` gives."""


def finite(value: Any) -> Any:
    """A float column's value: only a finite int or float passes."""
    if value is None or (type(value) in (int, float) and math.isfinite(value)):
        return value
    return None


def whole(value: Any) -> Any:
    """An integer column's value: text or a blob (which SQLite lets a column hold) reads as unknown. A finite
    float passes, since an expression typed like its column (an average) yields one."""
    return value if value is None or type(value) is int else finite(value)


def _forgiving(parse: Reader) -> Reader:
    def read(value: Any) -> Any:
        if value is None:
            return None
        try:
            return parse(value)
        except (ValueError, TypeError, OverflowError, RecursionError):
            return None

    return read


def _json(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value  # a JSON column has NUMERIC affinity: SQLite keeps the JSON text "7" as the number 7
    return json.loads(value)


def boolean(value: Any) -> bool | None:
    return None if value is None else bool(value)


to_date: Reader = _forgiving(date.fromisoformat)
to_datetime: Reader = _forgiving(datetime.fromisoformat)
to_json: Reader = _forgiving(_json)


def _as_text(read: Reader) -> Reader:
    def text(value: Any) -> Any:
        found = read(value)
        return None if found is None else found.isoformat()

    return text


READERS: dict[str, Reader | None] = {
    "date": to_date,
    "datetime": to_datetime,
    "json": to_json,
    "float": finite,
    "int": whole,
    "bool": boolean,
    "text": None,
}
"""Column type (as db.exchange.layout names it) → how the engine reads a raw value of it (None: as stored)."""

date_text: Reader = _as_text(to_date)
datetime_text: Reader = _as_text(to_datetime)

JSON_READERS: dict[str, Reader | None] = READERS | {"date": date_text, "datetime": datetime_text}
"""For JSON output: a date is written as its `isoformat()` (db.cli.output._default), so it is read as that text."""


_FAILURES = (ValueError, TypeError, OverflowError, RecursionError)  # what _forgiving turns into None
_present = partial(is_not, None)
_NUMBER_TYPES = frozenset({int, float, type(None)})


def _each(read: Reader) -> ColumnReader:
    return lambda column: list(map(read, column))


def _numbers(read: Reader) -> ColumnReader:
    """`finite` or `whole` for a column: returned as it is when every value is None, an int or a finite float
    (both readers keep those), checked with two C-level passes instead of a Python call per value."""

    def column_of(column: Sequence[Any]) -> Sequence[Any]:
        if _NUMBER_TYPES.issuperset(map(type, column)):
            try:  # an infinite or NaN value makes the sum infinite or NaN; a huge one may overflow it
                if math.isfinite(math.fsum(filter(_present, column))):
                    return column
            except (OverflowError, ValueError):  # ValueError: inf + -inf
                pass
        return list(map(read, column))

    return column_of


def _by_value(read: Reader, parse: Callable[[Iterable[Any]], Iterable[Any]]) -> ColumnReader:
    """A reader whose result depends only on the value (equal values read alike: dates, times, truth) for a
    column: with `parse` (C functions mapped over the values, that raise on what `read` turns into None), and
    with `read` itself only where `parse` fails. A column without None (all of it must be read) is parsed as it
    is; otherwise each distinct value is parsed once (unknown dates are common, and a few thousand distinct
    dates fill 100,000 rows)."""

    def column_of(column: Sequence[Any]) -> Sequence[Any]:
        if None not in column:
            try:
                return list(parse(column))
            except _FAILURES:
                pass
        distinct = set(column)
        distinct.discard(None)  # read as None by every reader, as lookup.get reads it
        values = list(distinct)
        try:
            found = list(parse(values))
        except _FAILURES:
            found = list(map(read, values))
        lookup = dict(zip(values, found, strict=True))
        return list(map(lookup.get, column))

    return column_of


def _dates_as_text(values: Iterable[Any]) -> Iterable[Any]:
    return map(date.isoformat, map(date.fromisoformat, values))


def _times_as_text(values: Iterable[Any]) -> Iterable[Any]:
    return map(datetime.isoformat, map(datetime.fromisoformat, values))


COLUMN_READERS: dict[str, ColumnReader | None] = {
    "date": _by_value(to_date, partial(map, date.fromisoformat)),
    "datetime": _by_value(to_datetime, partial(map, datetime.fromisoformat)),
    "json": _each(to_json),  # 7 and 7.0 are equal keys but read apart
    "float": _numbers(finite),
    "int": _numbers(whole),
    "bool": _by_value(boolean, partial(map, bool)),
    "text": None,
}
"""READERS for a column of values at once (tests/db/test_reading_convert.py compares them on every kind of value)."""

JSON_COLUMN_READERS: dict[str, ColumnReader | None] = COLUMN_READERS | {
    "date": _by_value(date_text, _dates_as_text), "datetime": _by_value(datetime_text, _times_as_text)}
"""JSON_READERS for a column of values at once."""
