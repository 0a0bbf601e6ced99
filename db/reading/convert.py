"""Raw SQLite values read as the store's engine reads them (db.tolerant): an unreadable value is None, never an error.

The engine decodes dates and timestamps with `fromisoformat`, JSON with `json.loads`, booleans as truthiness, and
db.tolerant makes every failure None and keeps only finite numbers and whole integers. These are those functions,
without SQLAlchemy: db.tolerant's number readers are these very ones, and tests/db/test_reading_convert.py checks
the rest against the engine on every kind of bad value.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

Reader = Callable[[Any], Any]


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

JSON_READERS: dict[str, Reader | None] = READERS | {"date": _as_text(to_date), "datetime": _as_text(to_datetime)}
"""For JSON output: a date is written as its `isoformat()` (db.cli.output._default), so it is read as that text."""
