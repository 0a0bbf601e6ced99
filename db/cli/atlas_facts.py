"""What `modelatlas info` shows about an atlas file, read with plain SQL over db.backend's connection: no ORM."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db import backend
from db.errors import DatabaseFileError
from db.revision import SCHEMA_REVISION
from db.vocab import COUNT_KEYS


@dataclass(frozen=True)
class AtlasFacts:
    identity: str
    change_seq: int
    counts: dict[str, int]


def read_facts(path: Path) -> AtlasFacts | None:
    """The facts of an existing atlas already at this code's schema revision; None when the file needs the store
    (missing, empty, older or newer schema, unreadable: opening it through the store upgrades it or says why)."""
    if not path.is_file():
        return None
    try:
        if backend.read_revision(path) != SCHEMA_REVISION:
            return None
        immutable = backend.open_mode(path) is not None
        with contextlib.closing(backend.connect(path, read_only=True, immutable=immutable)) as connection:
            meta = dict(connection.execute("SELECT key, value FROM atlas_meta WHERE key IN "
                                           "('database_uuid', 'change_seq')").fetchall())
            found = dict(connection.execute("SELECT kind, count(*) FROM entries WHERE deleted_at IS NULL "
                                            "GROUP BY kind").fetchall())
    except (OSError, sqlite3.Error, DatabaseFileError):  # the store's own checks give the one clear message
        return None
    if not meta.get("database_uuid"):
        return None
    change_seq = meta.get("change_seq")
    return AtlasFacts(identity=str(meta["database_uuid"]), change_seq=int(change_seq) if change_seq else 0,
                      counts={key: found.get(kind, 0) for kind, key in COUNT_KEYS.items()})
