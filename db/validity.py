"""Whether a stored value is one the store would write: one check for incoming files, damaged files and views.

Every column of every synced table gets a check on its *raw* SQLite value (text for dates and JSON). The
check decodes the value with the very functions SQLAlchemy uses to read it (so a value that passes is one a
view can load) and then, for the fields a kind declares in `db.fields`, runs the store's own converter
(`fields.convert`): a date that is a real date, a finite non-negative number, a 1–5 score, a `#rrggbb`
color, an enumeration member, conditions and use cases that parse. Columns no field declares get the
vocabulary the code relies on (MOF components and their status, review states, MOF class).
"""

from __future__ import annotations

import functools
import json
import math
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.fields import FIELDS, FieldSpec, FieldType, convert
from db.vocab import ComponentStatus, MofComponent

if TYPE_CHECKING:  # the layout (the mapped schema) and SQLAlchemy load when a table is checked: the value checks
    from db.exchange.layout import Layout, TableInfo  # of one field (`field_check`) need neither


Check = Callable[[Any], str | None]
"""Returns None for a valid raw value, else a short reason ("month must be in 1..12")."""

REVIEW_STATES = ("open", "merged", "created", "dismissed")
CANONICAL = (FieldType.ENUM, FieldType.ENUM_LIST, FieldType.SCORES, FieldType.COLOR)
"""Field types whose stored value must be exactly what the converter returns (views compare them as is)."""
SHOWN = 80
"""How much of a bad value a message quotes."""


@dataclass(frozen=True)
class Problem:
    """One stored value that is not valid: where it is, what it is, and why."""

    table: str
    uuid: str
    column: str
    value: Any
    reason: str

    @property
    def field(self) -> str:
        return self.column

    def quoted(self) -> str:
        """The value as a short, printable literal (control characters escaped by repr)."""
        text = repr(self.value)
        return text if len(text) <= SHOWN else text[:SHOWN - 1] + "…"

    def describe(self) -> str:
        return f"{self.table}.{self.column} of row {self.uuid} holds {self.quoted()} ({self.reason})"

    def to_json(self) -> dict[str, Any]:
        value = self.value if isinstance(self.value, str | int | float | type(None)) else repr(self.value)
        if isinstance(value, float) and not math.isfinite(value):
            value = repr(value)
        return {"table": self.table, "uuid": self.uuid, "field": self.column, "value": value, "reason": self.reason,
                "shown": self.quoted()}


# ---- decoding raw values the way SQLAlchemy does ----------------------------------------------------


def _decoder(kind: str) -> Callable[[Any], tuple[Any, str | None]]:
    """A function turning a raw value of a column type into (the value a view loads, None) or (None, reason)."""
    if kind in ("int", "bool"):
        def whole(raw: Any) -> tuple[Any, str | None]:
            if type(raw) is not int:
                return None, "not a whole number"
            if kind == "bool" and raw not in (0, 1):
                return None, "not 0 or 1"
            return raw, None
        return whole
    if kind == "float":
        def number(raw: Any) -> tuple[Any, str | None]:
            if type(raw) not in (int, float):
                return None, "not a number"
            return (raw, None) if math.isfinite(raw) else (None, "not a finite number")
        return number
    if kind == "json":
        def document(raw: Any) -> tuple[Any, str | None]:
            if type(raw) in (int, float):
                # a JSON column has NUMERIC affinity: SQLite keeps the JSON text "7" as the number 7
                return (raw, None) if math.isfinite(raw) else (None, "not a finite number")
            if not isinstance(raw, str):
                return None, "not text"
            try:
                return _JSON.decode(raw), None
            except (ValueError, RecursionError):
                return None, "not valid JSON"
        return document
    from sqlalchemy.engine import processors

    return text_decoder(kind, {"date": processors.str_to_date, "datetime": processors.str_to_datetime}.get(kind))


def text_decoder(kind: str, parse: Callable[[str], Any] | None) -> Callable[[Any], tuple[Any, str | None]]:
    """The decoder of a text, date or timestamp column, dates read by `parse` (SQLAlchemy's processors here;
    db.reading.problems passes the standard library's parsers they call, without loading SQLAlchemy)."""
    label = {"date": "not a date", "datetime": "not a date and time"}.get(kind, "")

    def text(raw: Any) -> tuple[Any, str | None]:
        if not isinstance(raw, str):
            return None, "not text"
        if parse is None:
            return raw, None
        try:
            return parse(raw), None
        except ValueError as error:
            detail = str(error)
            return None, f"{label}: {detail}" if detail and "isoformat" not in detail else label
    return text


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"{text} is not a finite number")
    return number


_JSON = json.JSONDecoder(parse_constant=_no_constant, parse_float=_finite)
# ---- field specs: the store's converters --------------------------------------------------------------


def _spec_check(spec: FieldSpec) -> Check | None:
    """A check of a decoded value through `fields.convert` (None: the type check says it all).

    The common types have a fast path that accepts exactly what `convert` returns unchanged (it runs for every
    entry a view loads); anything else goes through `convert` itself, whose message is the reason.
    """
    if spec.type in (FieldType.REF, FieldType.DATE, FieldType.INT, FieldType.BOOL) or (
        spec.type in (FieldType.TEXT, FieldType.MARKDOWN) and not spec.max_length
    ):
        return None  # the column's type (decoded as SQLAlchemy does) is all there is to check
    choices = frozenset(spec.choices)
    fast = _FAST.get(spec.type)
    def ok(value: Any) -> bool:
        if spec.type == FieldType.ENUM:
            return type(value) is str and value in choices
        return fast is not None and fast(spec, choices, value)

    def check(value: Any) -> str | None:
        # one call for the common, valid value; the converter (slow, with its message) only for the rest
        return None if value is None or ok(value) else _slow(value)

    def _slow(value: Any) -> str | None:
        if spec.type in (FieldType.TEXT, FieldType.MARKDOWN):
            return f"longer than {spec.max_length} characters" if len(value) > spec.max_length else None
        if spec.type == FieldType.STR_LIST:
            return "not a list of texts"
        if spec.type == FieldType.SCORES and isinstance(value, dict):
            odd = next((k for k, v in value.items() if type(v) is not int), None)
            if odd is not None:
                return f"score for {odd!r} must be a whole number 1–5"
        if spec.type == FieldType.ENUM_LIST and not isinstance(value, list):
            return "not a list"
        try:
            converted = convert(spec, value)
        except (ValueError, TypeError, RecursionError) as error:
            return str(error) or "not a valid value"
        if spec.type in CANONICAL and converted != value and not (value == "" and converted in (None, "")):
            if spec.type == FieldType.ENUM:
                return f"must be one of: {', '.join(spec.choices)}"
            return "not in the form the store writes"
        return None

    return check


def _is_color(value: Any) -> bool:
    return value == "" or (isinstance(value, str) and len(value) == 7 and value[0] == "#"
                           and all(c in "0123456789abcdefABCDEF" for c in value[1:]))


_FAST: dict[FieldType, Callable[[FieldSpec, frozenset[str], Any], bool]] = {
    FieldType.TEXT: lambda spec, _c, v: isinstance(v, str) and len(v) <= spec.max_length,
    FieldType.MARKDOWN: lambda spec, _c, v: isinstance(v, str) and len(v) <= spec.max_length,
    FieldType.ENUM: lambda _s, choices, v: v in choices,
    FieldType.ENUM_LIST: lambda _s, choices, v: type(v) is list and all(item in choices for item in v),
    FieldType.STR_LIST: lambda _s, _c, v: type(v) is list and all(isinstance(item, str) for item in v),
    FieldType.NUMBER: lambda _s, _c, v: type(v) in (int, float) and math.isfinite(v) and v >= 0,
    FieldType.COLOR: lambda _s, _c, v: _is_color(v),
    FieldType.SCORES: lambda _s, _c, v: type(v) is dict and all(
        isinstance(k, str) and k and k.strip() == k and type(n) is int and 1 <= n <= 5 for k, n in v.items()),
}
"""Values `convert` would return unchanged, recognized without calling it (everything else goes through it)."""


def _clause_details(value: Any) -> str | None:
    """A license's clause details: a text per clause, and what other `clause_details.x` fields declare."""
    if value is None:
        return None
    if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
        return "not a mapping of clause details"
    for key, item in value.items():
        spec = _detail_specs().get(key)
        check = _spec_check(spec) if spec is not None and spec.type != FieldType.TEXT else None
        if check is not None:
            reason = check(item)
            if reason is not None:
                return f"{key}: {reason}"
        elif item is not None and not isinstance(item, str):
            return f"the detail of {key} must be text"
    return None


@functools.cache
def _detail_specs() -> dict[str, FieldSpec]:
    prefix = "clause_details."
    return {spec.attr.removeprefix(prefix): spec for spec in FIELDS["license"] if spec.attr.startswith(prefix)}


def _members(choices: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        return None if value is None or value in choices else f"must be one of: {', '.join(choices)}"
    return check


def _mapping(value: Any) -> str | None:
    return None if value is None or isinstance(value, dict) else "not a mapping"


def _mof_class(value: Any) -> str | None:
    return None if value is None or value in (0, 1, 2, 3) else "must be 0, 1, 2 or 3"


EXTRA_CHECKS: dict[tuple[str, str], Check] = {
    ("components", "component"): _members(tuple(MofComponent)),
    ("components", "status"): _members(tuple(ComponentStatus)),
    ("models", "mof_class"): _mof_class,
    ("licenses", "clause_details"): _clause_details,
    ("import_reviews", "status"): _members(REVIEW_STATES),
    ("import_reviews", "record"): _mapping,
    ("use_cases", "last_results"): _mapping,
}
"""Columns no field spec declares whose vocabulary the code still relies on."""


def field_check(spec: FieldSpec) -> Check | None:
    """The check of a decoded value of one declared field (the store's converter), without the layout."""
    return _spec_check(spec)


@functools.cache
def _spec_checks() -> dict[tuple[str, str], Check]:
    """(table, column) → the converter check of the field a kind declares on that column."""
    from db.exchange.layout import layout

    lay = layout()
    found: dict[tuple[str, str], Check] = {}
    for kind, specs in FIELDS.items():
        info = lay.kinds.get(kind)
        if info is None:
            continue
        for spec in specs:
            if "." in spec.attr:
                continue  # clause_details.x: the JSON column is checked as a whole
            table = info.name if spec.attr in info.columns else lay.entries.name
            if spec.attr not in lay.table(table).columns:
                continue
            check = _spec_check(spec)
            if check is not None and (table, spec.attr) not in found:
                found[(table, spec.attr)] = check
    return found


def decoded_check(table: str, column: str) -> Check | None:
    """The check of a value as SQLAlchemy loaded it (a date, a dict), beyond its type; None if there is none."""
    return EXTRA_CHECKS.get((table, column)) or _spec_checks().get((table, column))


def _text_limit(table: str, column: str) -> int:
    """The length limit of a plain text field (its only check), or 0."""
    from db.exchange.layout import layout

    lay = layout()
    kinds = [kind for kind, info in lay.kinds.items() if info.name == table] or (
        list(FIELDS) if table == lay.entries.name else [])
    limits = {spec.max_length for kind in kinds for spec in FIELDS.get(kind, [])
              if spec.attr == column and spec.type in (FieldType.TEXT, FieldType.MARKDOWN)}
    return max(limits) if len(limits) == 1 and 0 not in limits else 0


def column_check(info: TableInfo, column: str) -> Check | None:
    """The full check of one column's raw values, or None when SQLite's own typing is all there is to it."""
    kind = info.types[column]
    extra = decoded_check(info.name, column)
    if kind == "text" and extra is None:
        return None
    decode = _decoder(kind)
    limit = _text_limit(info.name, column) if kind == "text" else 0
    if limit and extra is not None:
        length_check = extra
        # Only its length can be wrong: SQLite finds the rare long value (length() counts characters, as len does).
        def long_text(raw: Any) -> str | None:
            if raw is None:
                return None
            value, reason = decode(raw)
            return reason if reason is not None else length_check(value)
        long_text.where = f"(typeof({_quote(column)}) != 'text' OR length({_quote(column)}) > {limit})"  # type: ignore[attr-defined]
        return long_text
    if extra is None:
        return lambda raw: None if raw is None else decode(raw)[1]

    def check(raw: Any) -> str | None:
        if raw is None:
            return None
        value, reason = decode(raw)
        return reason if reason is not None else extra(value)

    return check


@functools.cache
def table_checks(table: str) -> tuple[tuple[str, Check], ...]:
    from db.exchange.layout import layout

    info = layout().table(table)
    checks = ((column, column_check(info, column)) for column in info.columns)
    return tuple((column, check) for column, check in checks if check is not None)


def check_value(table: str, column: str, raw: Any) -> str | None:
    """The reason a raw stored value is invalid, or None."""
    for name, check in table_checks(table):
        if name == column:
            return check(raw)
    return None


# ---- scanning a database -----------------------------------------------------------------------------


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def iter_problems(connection: sqlite3.Connection, lay: Layout | None = None) -> Iterator[Problem]:
    """Every invalid value of every synced table, table by table and column by column.

    Each distinct value is checked once (one transaction stamps many rows alike, scores and colors repeat),
    and the rows holding a bad one are looked up afterwards, in uuid order.
    """
    if lay is None:
        from db.exchange.layout import layout

        lay = layout()
    for info in lay.synced:
        table = _quote(info.name)
        for column, check in table_checks(info.name):
            col = _quote(column)
            narrow = getattr(check, "where", None)  # a condition only a suspect value meets, if the check has one
            cursor = connection.execute(f"SELECT DISTINCT {col} FROM {table} WHERE {col} IS NOT NULL"
                                        + (f" AND {narrow}" if narrow else ""))
            bad: list[tuple[Any, str]] = []
            while rows := cursor.fetchmany(2000):
                bad += [(raw, reason) for (raw,) in rows if (reason := check(raw)) is not None]
            for raw, reason in bad:
                for (uuid,) in connection.execute(f"SELECT uuid FROM {table} WHERE {col} = ? ORDER BY uuid", (raw,)):
                    yield Problem(info.name, str(uuid), column, raw, reason)


def first_problem(connection: sqlite3.Connection, lay: Layout | None = None) -> Problem | None:
    return next(iter_problems(connection, lay), None)


def entry_problems(connection: sqlite3.Connection, uuid: str) -> list[Problem]:
    """The invalid values of one entry: its common row and the row of its kind."""
    from db.exchange.layout import layout

    lay = layout()
    found: list[Problem] = []
    kind_row = connection.execute("SELECT kind FROM entries WHERE uuid=?", (uuid,)).fetchone()
    tables = [lay.entries] + ([lay.kinds[kind_row[0]]] if kind_row and kind_row[0] in lay.kinds else [])
    for info in tables:
        checks = table_checks(info.name)
        if not checks:
            continue
        columns = ", ".join(_quote(column) for column, _ in checks)
        row = connection.execute(f"SELECT {columns} FROM {_quote(info.name)} WHERE uuid=?", (uuid,)).fetchone()
        if row is None:
            continue
        for (column, check), raw in zip(checks, row, strict=True):
            reason = check(raw)
            if reason is not None:
                found.append(Problem(info.name, uuid, column, raw, reason))
    return found
