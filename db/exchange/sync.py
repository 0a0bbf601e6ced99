"""Content hashes and version clocks: how a merge tells "changed on one side" from "changed on both".

A row's *content hash* covers what it says, not when or by whom: the bookkeeping columns (times, author,
version, change_seq) are left out, deletion counts as a flag, NULLs are left out (so a migration that adds
a nullable column does not make every row look edited) and JSON is compared in canonical form. The same
content hashes alike on every laptop (`ascii()` text does not depend on Python's Unicode tables).

A row's *clock* maps a database identity to the row version that database last produced. The clock stored
in `sync_state` is the one the row had when it was last merged, together with a fingerprint of that version
(`base_hash`: its stamp `v:VERSION|MODIFIED_AT`, since every write through the store bumps both). Local edits
are not hooked: a row whose stamp differs from its base counts as edited here once more, which is all a merge
needs. A seed row that nobody touched has the empty clock: the seed is the shared
ancestor of every laptop.
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from db.exchange.layout import BOOKKEEPING

SEED_AUTHOR = "Model Atlas seed"  # db.seed.SEED_AUTHOR, repeated here so that merging never imports YAML
Clock = dict[str, int]


@functools.lru_cache(maxsize=8192)
def _canonical_json(text: str) -> str:
    """JSON text in one canonical spelling (sorted keys, no spaces), so that equal values hash alike."""
    try:
        return json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    except ValueError:
        return text


def content_hash(unit: Mapping[str, Any], json_columns: frozenset[str], columns: Sequence[str] | None = None) -> str:
    """A short, stable hash of what a row (or an entry with its kind row) says.

    `columns` are the content columns in name order (computed from the unit when not given). The hashed text is
    Python's `ascii()` of the (column, value) pairs whose value is not NULL, plus a deletion flag.
    """
    if columns is None:
        columns = sorted(k for k in unit if k != "uuid" and k not in BOOKKEEPING)
    values = [unit.get(key) for key in columns]
    if json_columns:
        for index, key in enumerate(columns):
            if key in json_columns and isinstance(values[index], str):
                values[index] = _canonical_json(values[index])
    pairs = [pair for pair in zip(columns, values, strict=True) if pair[1] is not None]
    if unit.get("deleted_at") is not None:
        pairs.append(("~deleted", True))
    return hashlib.blake2b(ascii(pairs).encode("ascii"), digest_size=16).hexdigest()


def stamp_of(unit: Mapping[str, Any]) -> str:
    """The fingerprint of a row version: every write through the store bumps `version` and `modified_at`."""
    return f"v:{unit.get('version')}|{unit.get('modified_at')}"


def effective_clock(
    unit: Mapping[str, Any], base: str | None, stored: Mapping[str, int] | None, identity: str,
    current_hash: Callable[[], str] | None = None,
) -> Clock:
    """The clock a row has now: the stored one, plus one edit by this database if it changed since its base.

    `base` is the fingerprint of the version last merged: its stamp (`v:VERSION|MODIFIED_AT`), or a content
    hash (compared with `current_hash()`).
    """
    clock: Clock = dict(stored or {})
    if base is None:
        # never merged: an untouched seed row is the shared ancestor; anything else was made or edited here
        edited = bool(clock) or not (
            unit.get("author") == SEED_AUTHOR and unit.get("created_at") == unit.get("modified_at")
        )
    elif base.startswith("v:"):
        edited = stamp_of(unit) != base
    else:
        edited = current_hash is None or current_hash() != base
    if edited:
        clock[identity] = max(int(unit.get("version") or 1), clock.get(identity, 0) + 1)
    return clock


def default_clock(unit: Mapping[str, Any], identity: str) -> Clock:
    """The clock of a row its database never merged: none for an untouched seed row, else one edit there."""
    if unit.get("author") == SEED_AUTHOR and unit.get("created_at") == unit.get("modified_at"):
        return {}
    return {identity: int(unit.get("version") or 1)}


def compare(mine: Mapping[str, int], theirs: Mapping[str, int]) -> str:
    """`equal`, `newer` (mine has seen all of theirs and more), `older`, or `concurrent`."""
    keys = set(mine) | set(theirs)
    ahead = any(mine.get(k, 0) > theirs.get(k, 0) for k in keys)
    behind = any(mine.get(k, 0) < theirs.get(k, 0) for k in keys)
    if ahead and behind:
        return "concurrent"
    if ahead:
        return "newer"
    if behind:
        return "older"
    return "equal"


def merge_clocks(*clocks: Mapping[str, int]) -> Clock:
    merged: Clock = {}
    for clock in clocks:
        for key, value in clock.items():
            if value > merged.get(key, 0):
                merged[key] = value
    return merged


def dump_clock(clock: Mapping[str, int]) -> str:
    return _dump_items(tuple(sorted(clock.items())))


@functools.lru_cache(maxsize=4096)
def _dump_items(items: tuple[tuple[str, int], ...]) -> str:
    return json.dumps(dict(items), separators=(",", ":"))


def load_clock(text: str | None) -> Clock:
    if not text:
        return {}
    return dict(_load_text(text))


@functools.lru_cache(maxsize=4096)
def _load_text(text: str) -> tuple[tuple[str, int], ...]:
    value = json.loads(text)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0 for k, v in value.items()
    ):
        raise ValueError("a clock maps database identities to whole numbers")
    return tuple(value.items())
