"""Argument types shared by commands: bounded counts and vocabulary values, refused by argparse with the range or
the allowed values named."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable

MAX_COUNT = 1_000_000_000
"""The largest --limit or --offset accepted (SQLite integers are 64-bit; no list is anywhere near this long)."""


def count(maximum: int = MAX_COUNT) -> Callable[[str], int]:
    """A whole number from 0 to `maximum`."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip().replace("_", ""))
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not 0 <= value <= maximum:
            raise argparse.ArgumentTypeError(f"{text} is out of range; use 0 to {maximum:,}")
        return value

    parse.__name__ = "count"  # argparse names the type in some messages
    return parse


def vocabulary(values: Iterable[str], what: str) -> Callable[[str], str]:
    """One value of a controlled vocabulary (case and `_`/`-` tolerated); the error lists every allowed value."""
    allowed = list(values)
    by_key = {_key(value): value for value in allowed}

    def parse(text: str) -> str:
        found = by_key.get(_key(text))
        if found is None:
            raise argparse.ArgumentTypeError(f"{text!r} is not a {what}; choose from {', '.join(allowed)}")
        return found

    parse.__name__ = what
    return parse


def _key(text: str) -> str:
    return text.strip().lower().replace("_", "-").replace(" ", "-")
