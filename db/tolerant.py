"""Reading a database that holds invalid values without crashing: such a value loads as unknown, never raises.

A damaged or hand-edited file can hold `release_date='2024-19-39'`, an infinite number, JSON that does not
parse, a score of "abc" or a color that is markup. SQLAlchemy would raise while reading the row, and every
view showing it (list, detail, search, compare, check) would fail. Two layers keep views working:

* the engine's result processors for dates, timestamps, numbers and JSON return None for a value they
  cannot read (`tolerate_invalid_values`, called where engines are made);
* an ORM load hook replaces a loaded value that breaks its field's vocabulary (db.validity) with the
  column's default or None, so code using entries only ever sees valid values.

What the value really was is not lost: views that show one entry list its invalid values
(`db.validity.entry_problems`), and nothing here writes to the file.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event, inspect
from sqlalchemy.dialects.sqlite.base import DATETIME, _SQliteJson
from sqlalchemy.dialects.sqlite.pysqlite import _SQLite_pysqliteDate
from sqlalchemy.orm import Mapper
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql import sqltypes

from db.reading.convert import finite, whole
from db.schema import Base
from db.validity import decoded_check

Processor = Callable[[Any], Any]


def _forgiving(processor: Processor | None) -> Processor | None:
    if processor is None:
        return None

    def process(value: Any) -> Any:
        try:
            return processor(value)
        except (ValueError, TypeError, OverflowError, RecursionError):
            return None

    return process


class TolerantDate(_SQLite_pysqliteDate):
    cache_ok = True

    def result_processor(self, dialect: Any, coltype: object) -> Processor | None:
        return _forgiving(super().result_processor(dialect, coltype))


class TolerantDateTime(DATETIME):
    cache_ok = True

    def result_processor(self, dialect: Any, coltype: object) -> Processor | None:
        return _forgiving(super().result_processor(dialect, coltype))


class TolerantJSON(_SQliteJson):
    def result_processor(self, dialect: Any, coltype: object) -> Processor | None:
        return _forgiving(super().result_processor(dialect, coltype))


_finite = finite  # one definition, shared with the plain-SQL readers of the CLI (db.reading.convert)
_whole = whole


class TolerantFloat(sqltypes.Float):
    def result_processor(self, dialect: Any, coltype: object) -> Processor | None:
        return _finite


class TolerantInteger(sqltypes.Integer):
    def result_processor(self, dialect: Any, coltype: object) -> Processor | None:
        return _whole


def tolerate_invalid_values(engine: Engine) -> Engine:
    """Make `engine` read unreadable dates, timestamps, numbers and JSON as None (call before first use)."""
    dialect = engine.dialect
    dialect.colspecs = {
        **dialect.colspecs,
        sqltypes.Date: TolerantDate,
        sqltypes.DateTime: TolerantDateTime,
        sqltypes.JSON: TolerantJSON,
        sqltypes.Float: TolerantFloat,
        sqltypes.Integer: TolerantInteger,
    }
    return engine


# ---- the ORM: values that load but break their field's vocabulary ------------------------------------


@functools.cache
def _rules(mapper: Mapper[Any]) -> tuple[tuple[str, Callable[[Any], str | None], Callable[[], Any]], ...]:
    """(attribute, check, fallback) for every mapped column whose values db.validity checks."""
    rules = []
    for prop in mapper.column_attrs:
        column = prop.columns[0]
        table = getattr(column, "table", None)
        if table is None or not hasattr(table, "name"):
            continue
        check = decoded_check(table.name, column.name)
        if check is not None:
            rules.append((prop.key, check, _fallback(column)))
    return tuple(rules)


KEEP = object()
"""A fallback meaning "leave the value": text in a column that is never empty and has no default."""


def _fallback(column: Any) -> Callable[[], Any]:
    """The column's default, else None where the column may be empty, else the value itself (it is text)."""
    default = column.default
    if column.nullable:
        return _none
    if default is not None and getattr(default, "is_scalar", False):
        return lambda: default.arg
    if default is not None and getattr(default, "is_callable", False):
        return lambda: default.arg(None)
    return lambda: KEEP


def _none() -> None:
    return None


_BY_CLASS: dict[type, tuple[tuple[str, Callable[[Any], str | None], Callable[[], Any]], ...]] = {}


def _sanitize(target: Any, _context: Any, *_args: Any) -> None:
    rules = _BY_CLASS.get(type(target))
    if rules is None:
        rules = _BY_CLASS[type(target)] = _rules(inspect(target).mapper)
    values = target.__dict__
    for key, check, fallback in rules:
        value = values.get(key, _ABSENT)
        if value is _ABSENT:
            continue  # not loaded (deferred or expired): nothing to judge
        # None in a column that is never empty: a value the engine could not read (tolerate_invalid_values)
        if (value is None and fallback is not _none) or (value is not None and check(value) is not None):
            replacement = fallback()
            if replacement is not KEEP:
                set_committed_value(target, key, replacement)


_ABSENT = object()


event.listen(Base, "load", _sanitize, propagate=True)
event.listen(Base, "refresh", _sanitize, propagate=True)
