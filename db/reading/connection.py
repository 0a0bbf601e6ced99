"""A read-only sqlite3 connection to an up-to-date atlas, opened through db.backend with the store's pragmas."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from db import backend
from db.errors import DatabaseFileError
from db.revision import SCHEMA_REVISION


def open_current(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to `path` when it is an atlas at this code's schema revision with an identity; None
    when the file needs the store (missing, empty, older or newer schema, unreadable, without an identity: opening
    it through the store creates, upgrades or stamps it, or says in one clear line what is wrong).

    The connection has the store's pragmas (untrusted schema off, the busy timeout) and runs without implicit
    transactions: a caller reading more than one statement wraps them in `snapshot`.
    """
    if not path.is_file():
        return None
    connection: sqlite3.Connection | None = None
    try:
        if backend.read_revision(path) != SCHEMA_REVISION:
            return None
        immutable = backend.open_mode(path) is not None  # a full or read-only disk: an immutable view, as the store
        connection = backend.connect(path, read_only=True, immutable=immutable)
        connection.isolation_level = None
        connection.executescript(backend.connection_pragmas(foreign_keys=False))
        row = connection.execute("SELECT value FROM atlas_meta WHERE key = 'database_uuid'").fetchone()
    except (OSError, sqlite3.Error, DatabaseFileError):  # the store's own checks give the one clear message
        if connection is not None:
            connection.close()
        return None
    if row is None or not row[0]:
        connection.close()
        return None
    return connection


@contextlib.contextmanager
def snapshot(connection: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every statement inside sees the same committed state."""
    connection.execute("BEGIN")
    try:
        yield
    finally:
        connection.execute("ROLLBACK")
