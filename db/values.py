"""Parsing and formatting of the loosely written values people and catalogs use (70B, 1.2e25, 128k)."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from typing import Any

_SUFFIXES = {"k": 1e3, "m": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
_NUMBER = re.compile(r"^\s*([-+]?(?:\d[\d,_]*\.?\d*|\.\d+)(?:e[-+]?\d+)?)\s*(k|m|bn|b|tn|t)?\s*$", re.IGNORECASE)
_POWER = re.compile(r"^\s*(\d+(?:\.\d+)?)?\s*[x×*]?\s*10\s*\^\s*([-+]?\d+)\s*$")
_BLANK = {"", "unknown", "n/a", "na", "none", "null", "-", "?", "tbd", "not disclosed", "undisclosed"}


def is_blank(value: object) -> bool:
    """True for None and for the words catalogs use to say "we don't know"."""
    return value is None or (isinstance(value, str) and value.strip().lower() in _BLANK)


def parse_number(value: object) -> float | None:
    """Read 70B, 1.2e25, 1,200, 128k, 10^25 or a plain number; None when blank.

    Raises ValueError for text that is not a number, so callers can report it.
    """
    if is_blank(value):
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, int | float):
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            raise ValueError(f"not a finite number: {value!r}")
        return float(value)
    text = str(value).strip()
    power = _POWER.match(text)
    if power:
        mantissa = float(power.group(1)) if power.group(1) else 1.0
        return mantissa * 10.0 ** int(power.group(2))
    match = _NUMBER.match(text)
    if not match:
        raise ValueError(f"not a number: {text!r}")
    number = float(match.group(1).replace(",", "").replace("_", ""))
    suffix = (match.group(2) or "").lower()
    result = number * _SUFFIXES.get(suffix, 1.0)
    if math.isinf(result):
        raise ValueError(f"number too large: {text!r}")
    return result


def parse_int(value: object) -> int | None:
    number = parse_number(value)
    if number is None:
        return None
    if abs(number) >= 2**63:
        raise ValueError(f"number too large: {value!r}")
    return round(number)


def parse_date(value: object) -> date | None:
    """Read YYYY-MM-DD, YYYY-MM or YYYY (first day of the period); None when blank."""
    if is_blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if re.match(r"^\d{4}-\d{2}-\d{2}([ T].*)?$", text):
        text = text[:10]
    for pattern in ("%Y-%m-%d", "%Y-%m", "%Y", "%Y/%m/%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(f"not a date (use YYYY-MM-DD): {text!r}")


def compared_and_shown(value: Any) -> tuple[Any, str] | None:
    """(the value to compare, the text to show) of a stored field's value, None when it has none (None, "" or []):
    what an entry's detail puts beside the catalogs' statements of that field."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, date):
        return value.isoformat(), value.isoformat()
    if isinstance(value, float):
        return value, format_number(value)
    return value, str(value)


def format_number(value: float | None, unit: str = "") -> str:
    """70000000000 -> '70B'; 3.8e25 -> '3.8e25'; None -> ''."""
    if value is None:
        return ""
    if not math.isfinite(value):
        return "invalid"  # only a damaged file holds one: shown, never a crash
    magnitude = abs(value)
    if magnitude >= 1e15:
        mantissa, exponent = f"{value:.2e}".split("e")
        mantissa = mantissa.rstrip("0").rstrip(".")
        return f"{mantissa}e{int(exponent)}{unit}"
    for threshold, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if magnitude >= threshold:
            scaled = value / threshold
            text = f"{scaled:.1f}".rstrip("0").rstrip(".") if scaled < 100 else f"{scaled:.0f}"
            return f"{text}{suffix}{unit}"
    return f"{value:g}{unit}"


def normalize_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive key used for lookups and duplicate detection."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    text = re.sub(r"[^a-z0-9.]+", " ", text)
    return " ".join(text.split())


def yes_no(value: object) -> str:
    """Map YAML booleans and common words to the clause vocabulary's yes/no/unknown forms."""
    if value is True:
        return "yes"
    if value is False:
        return "no"
    if value is None:
        return "unknown"
    return str(value).strip().lower()
