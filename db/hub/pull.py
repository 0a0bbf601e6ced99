"""Pulling: the rows the hub holds past a laptop's cursor, staged in a private SQLite file the merge core reads.

The staged file has the atlas schema and holds each changed row (entries with their kind rows, row tables) and its
`sync_state` (clock, alias): exactly what an export carries, so `db.exchange.merge.Merger` merges it by the very rules
of a file merge. Its values are checked as an incoming file's are (`untrusted.check_staged`); references may point at
rows pulled before (the hub's foreign keys vouch for them, and the atlas's own keys are checked at commit).
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.exchange.layout import SYNC_TABLE, Layout, TableInfo, layout
from db.exchange.manifest import Manifest
from db.exchange.untrusted import IncomingFile, check_staged
from db.hub.rows import quote, select_list, server_columns
from db.jobs import Cancelled, StagedProgress
from db.revision import SCHEMA_REVISION

if TYPE_CHECKING:
    import psycopg

BATCH = 2000


@dataclass
class Staged:
    """The hub's changes past a cursor, in a private file; close() removes it."""

    incoming: IncomingFile
    counts: dict[str, int]
    folder: Path
    total: int = 0
    authors: list[str] = field(default_factory=list)

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def _empty_atlas(path: Path) -> None:
    """A file with the atlas tables (no rows): what the merge core expects of an incoming file."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from db.schema import Base

    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    try:
        Base.metadata.create_all(engine)
    finally:
        engine.dispose()


def stage(cursor: psycopg.Cursor, since: int, label: str, hub_id: str, *,
          progress: StagedProgress | None = None, cancelled: Cancelled | None = None) -> Staged:
    """Copy every hub row with change_seq > since (and its clock) into a new staged file."""
    lay = layout()
    folder = Path(tempfile.mkdtemp(prefix="atlas-hub-pull-"))
    path = folder / "pulled.atlas"
    try:
        _empty_atlas(path)
        counts: dict[str, int] = {}
        with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as staged:
            staged.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;")
            staged.execute("BEGIN")
            expected = _expected(cursor, lay, since)
            copied = 0
            for info in (lay.entries, *lay.rows):
                for batch in _changed(cursor, info, since):
                    if cancelled is not None and cancelled():
                        from db.hub.errors import HubSyncCancelled

                        raise HubSyncCancelled("sync cancelled; nothing was changed")
                    _insert(staged, info, batch)
                    uuids = [row[0] for row in batch]
                    if info is lay.entries:
                        _kind_rows(cursor, staged, lay, batch)
                    _states(cursor, staged, uuids)
                    counts[info.name] = counts.get(info.name, 0) + len(batch)
                    copied += len(batch)
                    if progress is not None:
                        progress("pulling", copied, max(expected, copied))
            for kind_info in lay.kinds.values():
                counts[kind_info.name] = staged.execute(f"SELECT count(*) FROM {quote(kind_info.name)}").fetchone()[0]
            counts[SYNC_TABLE] = staged.execute(f"SELECT count(*) FROM {SYNC_TABLE}").fetchone()[0]
            staged.execute("COMMIT")
        check_staged(path, label)
        manifest = Manifest(schema_revision=SCHEMA_REVISION, app_version="", author=label,
                            exported_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
                            source_database=hub_id, counts=counts)
        incoming = IncomingFile(Path(label), path, manifest, SCHEMA_REVISION)
        return Staged(incoming, counts, folder, copied)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _expected(cursor: psycopg.Cursor, lay: Layout, since: int) -> int:
    parts = " + ".join(f"(SELECT count(*) FROM {quote(info.name)} WHERE change_seq > %s)"
                       for info in (lay.entries, *lay.rows))
    cursor.execute(f"SELECT {parts}", [since] * (1 + len(lay.rows)))
    return int(cursor.fetchone()[0])  # type: ignore[index]


def _changed(cursor: psycopg.Cursor, info: TableInfo, since: int) -> Any:
    """Batches of rows (uuid first, SQLite spelling) of one table past the cursor, read with a server-side cursor."""
    connection = cursor.connection
    with connection.cursor(name=f"pull_{info.name}") as named:
        named.execute(f"SELECT {select_list(info)} FROM {quote(info.name)} WHERE change_seq > %s ORDER BY uuid",
                      (since,))
        while rows := named.fetchmany(BATCH):
            yield rows


def _insert(staged: sqlite3.Connection, info: TableInfo, rows: list[tuple[Any, ...]]) -> None:
    columns = server_columns(info)
    staged.executemany(f"INSERT INTO {quote(info.name)} ({', '.join(quote(c) for c in columns)}) "
                       f"VALUES ({', '.join('?' * len(columns))})", rows)


def _kind_rows(cursor: psycopg.Cursor, staged: sqlite3.Connection, lay: Layout, batch: list[tuple[Any, ...]]) -> None:
    kind_at = server_columns(lay.entries).index("kind")
    by_kind: dict[str, list[str]] = {}
    for row in batch:
        by_kind.setdefault(str(row[kind_at]), []).append(str(row[0]))
    for kind, uuids in by_kind.items():
        info = lay.kinds.get(kind)
        if info is None:
            from db.hub.errors import HubError

            raise HubError(f"the hub holds an entry of unknown kind {kind[:30]!r}; it was written by another program "
                           "or a newer Model Atlas — nothing was changed")
        cursor.execute(f"SELECT {select_list(info)} FROM {quote(info.name)} WHERE uuid = ANY(%s)", (uuids,))
        _insert(staged, info, cursor.fetchall())


def _states(cursor: psycopg.Cursor, staged: sqlite3.Connection, uuids: list[str]) -> None:
    cursor.execute("SELECT row_uuid, clock, alias_of FROM sync_state WHERE row_uuid = ANY(%s)", (uuids,))
    staged.executemany("INSERT INTO sync_state (row_uuid, base_hash, clock, alias_of) VALUES (?, NULL, ?, ?)",
                       cursor.fetchall())
