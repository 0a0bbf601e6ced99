"""The atlas as of a point in its history: a temporary copy with every change recorded after it undone.

Any code that reads an atlas (the advisor's checks and rules, details, lists) runs unchanged on the copy's
`store`. Only versions recorded here are undone: a teammate's versions that came in a merge are already part of
this atlas through the merge's own version.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import sqlite3
import tempfile
import uuid as uuid_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.history.apply import apply_fields

if TYPE_CHECKING:
    from db.store import Store


class AsOf:
    """A read-only view of the atlas as of change sequence `seq`; close it (or use `with`) to remove the copy."""

    def __init__(self, path: Path, folder: Path, seq: int, author: str) -> None:
        from db.store import Store

        self.path = path
        self.seq = seq
        self._folder = folder
        self.store: Store = Store.open(path, author)

    def close(self) -> None:
        self.store.close()
        shutil.rmtree(self._folder, ignore_errors=True)

    def __enter__(self) -> AsOf:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def undo_after(db: sqlite3.Connection, seq: int) -> int:
    """Undo, on `db`, every change recorded here after `seq`; returns how many entries it touched."""
    target: dict[str, tuple[str, dict[str, Any]]] = {}
    for entry_uuid, kind, changes in db.execute(
        "SELECT entry_uuid, entry_kind, changes FROM entry_history WHERE recorded_here AND seq > ? "
        "ORDER BY seq DESC, at DESC, uuid DESC", (seq,)
    ):
        fields = target.setdefault(entry_uuid, (kind, {}))[1]
        for field, pair in json.loads(changes).items():
            fields[field] = pair[0]  # older versions come later and win: the value just before the first change
    for entry_uuid, (kind, fields) in target.items():
        apply_fields(db, entry_uuid, kind, fields, None)
    db.execute("DELETE FROM entry_history WHERE seq > ?", (seq,))
    db.execute("DELETE FROM snapshots WHERE seq > ?", (seq,))
    return len(target)


def as_of_copy(store: Store, seq: int) -> AsOf:
    """A temporary copy of the atlas rolled back to change sequence `seq` (a snapshot's `seq`)."""
    folder = Path(tempfile.mkdtemp(prefix="atlas-asof-"))
    path = folder / "as-of.atlas"
    try:
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM INTO ?", (str(path),))  # type: ignore[union-attr]
        finally:
            raw.close()
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as db:
            db.executescript("PRAGMA foreign_keys=OFF; PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF;")
            db.execute("BEGIN")
            undo_after(db, seq)
            # its own identity, so caches keyed by the atlas's identity never mix the view with the atlas
            db.execute("UPDATE atlas_meta SET value=? WHERE key='database_uuid'", (str(uuid_module.uuid4()),))
            db.execute("COMMIT")
        return AsOf(path, folder, seq, store.author)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
