"""What the reading commands read with plain SQL over db.backend's connection (no ORM): `info`'s facts, and the
connection `list` and `show` read through, the store opening only a file that needs it."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseFileError
from db.reading.connection import open_current, snapshot
from db.vocab import COUNT_KEYS

if TYPE_CHECKING:
    from db.cli.context import CommandContext


@dataclass(frozen=True)
class AtlasFacts:
    identity: str
    change_seq: int
    counts: dict[str, int]


def read_facts(path: Path) -> AtlasFacts | None:
    """The facts of an existing atlas already at this code's schema revision; None when the file needs the store
    (missing, empty, older or newer schema, unreadable: opening it through the store upgrades it or says why)."""
    connection = open_current(path)
    if connection is None:
        return None
    try:
        with contextlib.closing(connection), snapshot(connection):
            meta = dict(connection.execute("SELECT key, value FROM atlas_meta WHERE key IN "
                                           "('database_uuid', 'change_seq')").fetchall())
            found = dict(connection.execute("SELECT kind, count(*) FROM entries WHERE deleted_at IS NULL "
                                            "GROUP BY kind").fetchall())
    except sqlite3.Error:  # the store's own checks give the one clear message
        return None
    change_seq = meta.get("change_seq")
    return AtlasFacts(identity=str(meta["database_uuid"]), change_seq=int(change_seq) if change_seq else 0,
                      counts={key: found.get(kind, 0) for kind, key in COUNT_KEYS.items()})


def reading_connection(ctx: CommandContext) -> sqlite3.Connection:
    """A read-only connection to the command's atlas. A file that is not an up-to-date atlas goes through the
    store first, exactly as for every other command: the default atlas is created from the seed, an older schema
    is backed up and upgraded, and a missing, damaged or newer file is refused with the store's message."""
    connection = open_current(ctx.target_path())
    if connection is None:
        path = ctx.store.path
        connection = open_current(path)
        if connection is None:
            raise DatabaseFileError(f"{path} cannot be read as an atlas database")
    return connection
