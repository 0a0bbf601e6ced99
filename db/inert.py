"""Values made harmless for where they are written: HTML attributes, web links, spreadsheets and terminals.

Anything in an atlas may come from a teammate's file or a public catalog, so it is data, never markup, a
formula or a terminal command: colors reach a style attribute only as `#rrggbb`, links only as http(s),
CSV cells never start a formula (OWASP's CSV-injection guidance: a leading `'` makes the cell text), and
table output for a terminal carries no control characters (ESC, OSC, BEL...).
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

NEUTRAL_COLOR = "#8a8f98"
_COLOR = re.compile(r"^#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
WEB_SCHEMES = frozenset({"http", "https"})
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""Characters that make a spreadsheet read a cell as a formula (OWASP: =, +, -, @, tab, carriage return)."""
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (ESC starts CSI/OSC sequences, BEL ends OSC), and invisible direction overrides."""


def safe_color(value: object, fallback: str = NEUTRAL_COLOR) -> str:
    """`value` if it is a hex color (#rgb or #rrggbb), else `fallback`: nothing else reaches a style attribute."""
    return value if isinstance(value, str) and _COLOR.match(value) else fallback


def web_link(url: object) -> str | None:
    """The address if it is an http(s) URL with a host, else None (file:, javascript:, data:, relative...)."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    if not text or _CONTROL.search(text) or any(c.isspace() for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    return text if parts.scheme.lower() in WEB_SCHEMES and parts.hostname else None


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: one starting a formula gets a leading single quote."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_row(values: Iterable[Any]) -> list[Any]:
    return [csv_cell(value) for value in values]


class SafeCsvWriter:
    """`csv.writer` whose every cell goes through `csv_cell` (use it for every CSV the app writes)."""

    def __init__(self, handle: Any, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow(csv_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_csv_writer(handle: Any, **options: Any) -> SafeCsvWriter:
    return SafeCsvWriter(handle, **options)


def terminal_text(value: object) -> str:
    """Text for a terminal table: control characters and escape sequences removed, line breaks made spaces."""
    text = "" if value is None else str(value)
    if text.isprintable():
        return text
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\t", " ")
    text = _CONTROL.sub("", text)
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf") or c == "\u200d")


_STREAM_UNSAFE = re.compile(r"\x1b\[[01]m|[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_OWN_STYLES = frozenset({"\x1b[1m", "\x1b[0m"})
"""The only escape sequences the app itself writes (bold on and off, for search hits on a terminal)."""


def terminal_lines(text: str) -> str:
    """Text bound for a terminal, line breaks kept: every control character goes but our own bold on/off."""
    if text.isprintable() or not _STREAM_UNSAFE.search(text):
        return text
    return _STREAM_UNSAFE.sub(lambda m: m.group(0) if m.group(0) in _OWN_STYLES else "", text)
