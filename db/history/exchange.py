"""History in exports and merges: shared versions travel, a merge adds the ones not seen here, none ever changes.

A version (an `entry_history` row) has a UUID and never changes, so merging is a union: re-merging a file adds
nothing, and A merged into B holds the same shared versions as B merged into A. The versions a merge writes here
(via "merge": what the merge changed in this atlas) stay local — each atlas has its own — and are not exported.
"""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from db.exchange.errors import IncomingFileError

HISTORY_TABLE = "entry_history"
SHARED_VIAS = ("edit", "cli", "seed", "import", "restore")
"""What a shared version may say made it (a merge's own versions are local and never travel)."""
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$")
COLUMNS = ("uuid", "entry_uuid", "entry_kind", "at", "author", "via", "source", "changes")
MAX_FIELDS = 2000
CHUNK = 500


def keep_shared_history(connection: sqlite3.Connection, with_history: bool) -> bool:
    """In an export being written: keep the shared versions of the entries it holds (or none); True if any went."""
    if not with_history:
        removed = connection.execute(f"DELETE FROM {HISTORY_TABLE}").rowcount
    else:
        removed = connection.execute(
            f"DELETE FROM {HISTORY_TABLE} WHERE via NOT IN ({','.join('?' * len(SHARED_VIAS))}) "
            "OR entry_uuid NOT IN (SELECT uuid FROM entries)", SHARED_VIAS,
        ).rowcount
    return removed > 0


def _canonical(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A version's content in a form both files give alike (JSON re-serialized with sorted keys)."""
    changes = row[7]
    try:
        parsed = json.loads(changes) if isinstance(changes, str) else changes
    except ValueError:
        parsed = changes
    return (*row[:7], json.dumps(parsed, sort_keys=True))


def _problem(row: tuple[Any, ...], entries: dict[str, str]) -> str | None:
    """Why an incoming version cannot be a version Model Atlas wrote, or None."""
    uuid, entry_uuid, kind, at, author, via, source, changes = row
    if not isinstance(uuid, str) or not UUID.match(uuid):
        return "its UUID is malformed"
    if not isinstance(entry_uuid, str) or entries.get(entry_uuid) is None:
        return "it belongs to no entry of the file"
    if kind != entries[entry_uuid]:
        return f"it names the entry a {str(kind)[:30]!r} but the entry is a {entries[entry_uuid]!r}"
    if not isinstance(at, str) or not DATETIME.match(at):
        return "its time is not a time"
    if not isinstance(author, str) or len(author) > 200 or not isinstance(source, str) or len(source) > 1000:
        return "its author or source is not short text"
    if via not in SHARED_VIAS:
        return f"it says it was made by {str(via)[:20]!r}, which is not how a shared version is made"
    try:
        parsed = json.loads(changes) if isinstance(changes, str) else None
    except ValueError:
        parsed = None
    if not isinstance(parsed, dict) or not parsed or len(parsed) > MAX_FIELDS:
        return "its changes are not a list of fields"
    for field, pair in parsed.items():
        if not field or len(field) > 200 or not isinstance(pair, list) or len(pair) != 2 or pair[0] == pair[1]:
            return f"its change of {str(field)[:40]!r} is not [old, new]"
    return None


def import_history(db: sqlite3.Connection, theirs: sqlite3.Connection, name: str, seq: int) -> int:
    """Add the file's shared versions not here yet (inside the merge's transaction); returns how many.

    A version that is malformed, or that has the UUID of a version here but says something else (history never
    changes), refuses the whole file: the merge's transaction is rolled back, so nothing is written.
    """
    present = theirs.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (HISTORY_TABLE,))
    if present.fetchone() is None:
        return 0
    entries = dict(theirs.execute("SELECT uuid, kind FROM entries").fetchall())
    cursor = theirs.execute(f"SELECT {', '.join(COLUMNS)} FROM {HISTORY_TABLE} ORDER BY uuid")
    added = 0
    # chunk by chunk, so a large history is never all in memory; a refusal in a later chunk still rolls back all
    while chunk := cursor.fetchmany(CHUNK):
        for row in chunk:
            problem = _problem(row, entries)
            if problem is not None:
                raise IncomingFileError(f"{name}: history version {str(row[0])[:36]} is refused: {problem} — "
                                        "nothing was merged")
        marks = ",".join("?" * len(chunk))
        mine = {row[0]: row for row in db.execute(
            f"SELECT {', '.join(COLUMNS)} FROM {HISTORY_TABLE} WHERE uuid IN ({marks})", [r[0] for r in chunk])}
        new: list[tuple[Any, ...]] = []
        for row in chunk:
            here = mine.get(row[0])
            if here is None:
                new.append(row)
            elif _canonical(here) != _canonical(row):
                raise IncomingFileError(f"{name}: history version {row[0]} differs from the version with that UUID "
                                        "here; a version never changes, so the file was altered — nothing was merged")
        db.executemany(
            f"INSERT INTO {HISTORY_TABLE} ({', '.join(COLUMNS)}, seq, recorded_here) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            [(*row[:7], _canonical(row)[7], seq) for row in new],
        )
        added += len(new)
    return added
