"""Printing results: aligned tables for people, stable JSON for scripts."""

from __future__ import annotations

import contextlib
import json
import shutil
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any, TextIO

from db.inert import terminal_lines


def _default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def emit_json(data: Any, stream: TextIO | None = None) -> None:
    """`data` as indented JSON (a list of rows through `emit_json_rows`: the same text, written faster)."""
    if isinstance(data, list):
        emit_json_rows(data, stream)
        return
    stream = stream or sys.stdout
    json.dump(data, stream, indent=2, ensure_ascii=False, default=_default)
    stream.write("\n")


def emit_json_rows(rows: Iterable[Any], stream: TextIO | None = None) -> None:
    """A JSON array of rows, written as they come, exactly as `json.dump(list(rows), indent=2, ensure_ascii=False)`
    writes it with `_default`.

    With `indent` Python's `json` always takes its pure-Python encoder, one `write` per token. A flat row (a dict
    of texts, numbers, booleans, None, dates) is written here in one piece from the C scalar encoders; anything
    else goes through `json.dumps`, indented one level deeper.
    """
    stream = stream or sys.stdout
    started = False
    batch: list[Any] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= 500:
            stream.write(("[\n  " if not started else ",\n  ") + _batch_text(batch))
            started = True
            batch.clear()
    if batch:
        stream.write(("[\n  " if not started else ",\n  ") + _batch_text(batch))
        started = True
    stream.write("\n]\n" if started else "[]\n")


def _batch_text(batch: list[Any]) -> str:
    texts = []
    for row in batch:
        text = _flat_row(row) if type(row) is dict else None
        if text is None:
            text = json.dumps(row, indent=2, ensure_ascii=False, default=_default).replace("\n", "\n  ")
        texts.append(text)
    return ",\n  ".join(texts)


def emit_json_columns(names: Sequence[str], batches: Iterable[Sequence[Sequence[Any]]],
                      stream: TextIO | None = None) -> None:
    """Rows given column by column, written exactly as `emit_json_rows` writes the rows `dict(zip(names, row))`.

    `names` holds at least one name; each batch holds one sequence of values per name, all as long, and every
    value is a scalar: a text, a number, None, a boolean, a date or a time (as db.reading's list columns are).
    Each column is encoded by `json`'s C encoder in one call, its values one a line (a scalar's JSON text never
    holds a raw line break), and the batch's text is joined from those values and the keys in one call: no Python
    code runs per value or per row.
    """
    stream = stream or sys.stdout
    keys = [_encode_text(str(name)) + ": " for name in names]
    first = "{\n    " + keys[0]
    between = ["\n  },\n  {\n    " + keys[0], *(",\n    " + key for key in keys[1:])]
    width = 2 * len(keys)
    opening = "[\n  "
    for columns in batches:
        count = len(columns[0])
        if not count:
            continue
        parts: list[str] = [""] * (width * count)
        parts[0::2] = between * count
        parts[0] = first
        for position, (name, column) in enumerate(zip(names, columns, strict=True)):
            parts[2 * position + 1::width] = _column_texts(name, column)
        stream.write(opening + "".join(parts) + "\n  }")
        opening = ",\n  "
    stream.write("[]\n" if opening == "[\n  " else "\n]\n")


_LINE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=("\n", ": "), default=_default)
"""Without `indent`, `json` encodes in C: a list of scalars comes out as their texts, one a line, in brackets."""


def _column_texts(name: str, column: Sequence[Any]) -> list[str]:
    texts = _LINE_ENCODER.encode(column if type(column) in (list, tuple) else list(column))[1:-1].split("\n")
    if len(texts) != len(column):  # a list or a mapping of several items: not a scalar
        raise TypeError(f"column {name!r} holds a value that is not a text, a number, a boolean or a date")
    return texts


_encode_text = json.encoder.encode_basestring  # the C encoder of ensure_ascii=False (py_encode_basestring without it)
_SCALAR_TEXT = {True: "true", False: "false", None: "null"}


def _scalar(value: Any) -> str | None:
    """A scalar as json.dumps writes it, or None for anything that needs the general encoder."""
    kind = type(value)
    if kind is str:
        return _encode_text(value)
    if kind is int:
        return int.__repr__(value)
    if kind is float:
        if value != value:
            return "NaN"
        if value in (_INFINITY, -_INFINITY):
            return "Infinity" if value > 0 else "-Infinity"
        return float.__repr__(value)
    if value is None or kind is bool:
        return _SCALAR_TEXT[value]
    if kind is datetime or kind is date:  # _default: written as its ISO text
        return _encode_text(value.isoformat())
    return None


_INFINITY = float("inf")


def _flat_row(row: dict[Any, Any]) -> str | None:
    if not row:
        return "{}"
    parts = []
    for key, value in row.items():
        text = _scalar(value)
        if text is None or type(key) is not str:
            return None
        parts.append(f"{_encode_text(key)}: {text}")
    return "{\n    " + ",\n    ".join(parts) + "\n  }"


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        from db.values import format_number

        return format_number(value) if value.is_integer() or abs(value) >= 1000 else f"{value:.2f}"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ", ".join(cell(v) for v in value)
    return " ".join(str(value).split())


def emit_table(rows: Sequence[dict[str, Any]], columns: Sequence[tuple[str, str]], stream: TextIO | None = None,
               max_width: int | None = None) -> None:
    """Rows as an aligned text table; long cells are cut with an ellipsis to fit the terminal."""
    stream = stream or sys.stdout
    if not rows:
        stream.write("(nothing)\n")
        return
    width = max_width or shutil.get_terminal_size((120, 20)).columns
    texts = [[cell(row.get(key)) for key, _ in columns] for row in rows]
    widths = [max(len(label), *(len(t[i]) for t in texts)) for i, (_, label) in enumerate(columns)]
    budget = max(width - 2 * (len(columns) - 1), 20)
    while sum(widths) > budget and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    def fit(text: str, size: int) -> str:
        return text if len(text) <= size else text[: max(size - 1, 0)] + "…"
    stream.write("  ".join(fit(label, w).ljust(w) for (_, label), w in zip(columns, widths, strict=True)).rstrip())
    stream.write("\n")
    stream.write("  ".join("-" * w for w in widths) + "\n")
    for text_row in texts:
        stream.write("  ".join(fit(t, w).ljust(w) for t, w in zip(text_row, widths, strict=True)).rstrip() + "\n")


class TerminalStream:
    """A text stream for people: what a command prints loses control characters (ESC, OSC, BEL...) on the way.

    Names, tags and notes come from teammates' files and public catalogs; printed raw, an escape sequence could
    retitle the terminal, hide text or plant a link. JSON output never goes through here: it stays exact.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_lines(text))
        return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:  # flush, isatty, fileno, encoding...: the real stream's
        return getattr(self._stream, name)


@contextlib.contextmanager
def terminal_output(enabled: bool = True) -> Iterator[None]:
    """While a command runs, its standard output is a `TerminalStream` (unless `enabled` is False: JSON)."""
    if not enabled or isinstance(sys.stdout, TerminalStream):
        yield
        return
    with contextlib.redirect_stdout(TerminalStream(sys.stdout)):
        yield
