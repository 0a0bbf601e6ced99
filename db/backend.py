"""Opening an atlas file: URIs, engine and pragmas, read-only fallback, schema checks, backups and upgrades."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from db.errors import DatabaseFileError, NewerSchemaError, StorageError
from db.revision import SCHEMA_REVISION

if TYPE_CHECKING:  # SQLAlchemy loads when an engine is made: reading a file's revision or facts needs only sqlite3
    from sqlalchemy import Connection, Engine

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 5
BUSY_TIMEOUT_MS = 15_000
"""How long one statement waits for another program's write to finish before SQLite reports "busy"."""
WRITE_OPTION = "atlas_write"
"""Execution option marking a connection whose transactions write: they BEGIN IMMEDIATE."""

# Extended result codes meaning "this file can be read, but not through the normal shared-memory index": the
# -shm file cannot be created or grown (full or read-only disk). Reading then falls back to an immutable view.
_NO_SHARED_MEMORY = {
    "SQLITE_IOERR_SHMSIZE", "SQLITE_IOERR_SHMOPEN", "SQLITE_IOERR_SHMMAP", "SQLITE_CANTOPEN",
    "SQLITE_READONLY_CANTINIT", "SQLITE_READONLY_CANTLOCK", "SQLITE_READONLY_DIRECTORY", "SQLITE_READONLY",
    "SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_TRUNCATE", "SQLITE_IOERR_FSTAT",
}
_DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}


def sqlite_uri(path: Path | str, **params: str) -> str:
    """`path` as a SQLite URI filename; `?`, `#` and `%` in the name are quoted, so they are just characters."""
    uri = Path(path).absolute().as_uri()
    return f"{uri}?{urlencode(params)}" if params else uri


def connect(
    path: Path | str, *, read_only: bool = False, immutable: bool = False, **options: Any
) -> sqlite3.Connection:
    """A plain sqlite3 connection to exactly `path` (never a name SQLite could read as a URI)."""
    params = {"mode": "ro"} if read_only or immutable else {}
    if immutable:
        params["immutable"] = "1"
    return sqlite3.connect(sqlite_uri(path, **params), uri=True, **options)


def connection_pragmas(foreign_keys: bool) -> str:
    """The pragmas every connection to an atlas runs first (the engine's, and plain-SQL readers' too)."""
    return _pragmas(foreign_keys)


def _pragmas(foreign_keys: bool) -> str:
    return ";".join((
        f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}",
        "PRAGMA trusted_schema=OFF",
        f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
        "PRAGMA synchronous=NORMAL",
    ))


def make_engine(
    path: Path,
    *,
    foreign_keys: bool = True,
    wal: bool = True,
    immutable: bool = False,
    immediate: bool = False,
    **options: object,
) -> Engine:
    """An engine over one atlas file with real transactions (DDL included) and the same safety pragmas.

    pysqlite's own transaction handling commits DDL on its own; we switch it off and emit BEGIN ourselves
    so that a migration or a merge is truly one transaction. Connections carrying the `WRITE_OPTION` execution
    option (the store's write sessions), or every connection when `immediate`, begin with BEGIN IMMEDIATE: the
    write lock is taken (waiting up to the busy timeout) before anything is read, so a transaction never has to
    upgrade from reading to writing, which fails at once when another program writes. `immutable` opens a
    read-only view that needs no shared memory and no free space (see `open_mode`).
    """
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    from db.tolerant import tolerate_invalid_values  # the mapped schema loads only when an engine is made

    options.setdefault("poolclass", QueuePool)
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect(path, immutable=immutable, check_same_thread=False),
        **options,
    )
    tolerate_invalid_values(engine)  # a damaged value reads as unknown instead of failing every view

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.executescript(_pragmas(foreign_keys))
        if wal and not immutable:
            dbapi_connection.execute("PRAGMA journal_mode=WAL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writes = immediate or connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writes and not immutable else "BEGIN")

    return engine


# ---- when the disk is full or read-only ---------------------------------------------------------------------


def storage_problem(path: Path) -> str | None:
    """Why nothing can be written beside `path` (a read-only or full disk, a read-only file), or None."""
    try:
        info = os.statvfs(path.parent)
    except (OSError, AttributeError):
        info = None
    if info is not None and info.f_flag & getattr(os, "ST_RDONLY", 1):
        return "the disk is read-only"
    if info is not None and info.f_bavail * info.f_frsize < 64 * 1024:
        return "the disk is full"
    if path.exists() and not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return None


def open_mode(path: Path) -> str | None:
    """None when the file opens normally; else why it can only be read, as an immutable view.

    Reading a WAL database needs its shared-memory index (`-shm`), which SQLite must create and size on disk: on
    a full or read-only disk that fails ("disk I/O error") although nothing is to be written. The file alone then
    holds every committed change as long as no write-ahead log is left over, and is read as immutable.
    """
    try:
        with contextlib.closing(connect(path, read_only=True)) as connection:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return None
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorname", "") not in _NO_SHARED_MEMORY:
            raise
        reason = storage_problem(path) or f"SQLite cannot use its shared-memory file ({error})"
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        raise StorageError(
            f"{path} cannot be read now: {reason}, and changes not yet folded into the file wait in {wal.name}; "
            "free some space (or make the disk writable) and try again — nothing was changed"
        )
    return reason


def failure_reason(error: BaseException, path: Path) -> str | None:
    """Why a write failed, when the disk, the file's permissions or another writer is to blame; else None."""
    original = getattr(error, "orig", None) or error
    name = getattr(original, "sqlite_errorname", "") or ""
    code = getattr(original, "errno", None)
    text = str(original).lower()
    if name.startswith("SQLITE_FULL") or code in _DISK_FULL_ERRNOS or "disk is full" in text:
        return "the disk is full"
    if name.startswith("SQLITE_READONLY") or code in (errno.EROFS, errno.EACCES, errno.EPERM) \
            or "readonly database" in text:
        return storage_problem(path) or "the file is read-only"
    if name.startswith("SQLITE_BUSY") or "database is locked" in text:
        return "another program is writing to it"
    if name.startswith("SQLITE_IOERR") or code == errno.EIO:
        return storage_problem(path)
    return None


def explain(error: BaseException, path: Path) -> StorageError | None:
    """A clear one-line error for a write that failed for a reason `failure_reason` knows."""
    reason = failure_reason(error, path)
    if reason is None:
        return None
    if reason.startswith("another program"):
        return StorageError(f"{path} was not changed: another program is writing to it — try again when it has "
                            "finished")
    advice = "free some space and try again" if reason == "the disk is full" else "nothing was changed"
    return StorageError(f"cannot save changes to {path}: {reason}; {advice}")


# ---- identity and schema ------------------------------------------------------------------------------------


def read_revision(path: Path) -> str | None:
    """The schema revision stamped in a file, or None for an empty database.

    Raises DatabaseFileError when the file is not a SQLite database or is one from another program.
    """
    if path.is_dir():
        raise DatabaseFileError(f"{path} is a directory, not an atlas database")
    size = path.stat().st_size
    if size == 0:
        return None
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseFileError(f"{path} is not an atlas database (not a SQLite file)")
    try:
        immutable = open_mode(path) is not None
        with contextlib.closing(connect(path, read_only=True, immutable=immutable)) as connection:
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if not tables:
                return None
            if "alembic_version" not in tables or "entries" not in tables:
                raise DatabaseFileError(f"{path} is a SQLite database from another program, not an atlas")
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise DatabaseFileError(f"{path} cannot be read as an atlas database ({error})") from error
    if row is None:
        raise DatabaseFileError(f"{path} has no schema revision; it was not written by Model Atlas")
    return str(row[0])


def known_revisions() -> list[str]:
    """Every revision this app's migrations know, oldest first (imports Alembic; call only when needed)."""
    from db.migrate import script_directory

    return [script.revision for script in reversed(list(script_directory().walk_revisions()))]


# ---- backups ------------------------------------------------------------------------------------------------


def backups_folder(path: Path) -> Path:
    return path.parent / f"{path.stem}.backups"


def backup_file(path: Path, reason: str, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the database (consistently, through SQLite's backup API) into a rotated backups folder.

    The copy is written under a temporary name, checked with `integrity_check` and synced before it takes its
    real name; only then does it count, and only then are the oldest backups beyond `keep` removed. A backup
    that fails (a full disk) leaves nothing behind and raises StorageError: the good backups stay.
    """
    folder = backups_folder(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.atlas"
    partial = folder / f".{target.name}.partial"
    try:
        folder.mkdir(exist_ok=True)
        immutable = open_mode(path) is not None
        with contextlib.closing(connect(path, read_only=True, immutable=immutable)) as source, \
                contextlib.closing(connect(partial)) as dest:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
            verdict = [row[0] for row in dest.execute("PRAGMA integrity_check")]
        if verdict != ["ok"]:
            raise StorageError(f"the backup of {path} failed its integrity check ({'; '.join(verdict[:3])})")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _sync_folder(folder)
    except BaseException as error:
        for leftover in _with_sidecars(partial):
            with contextlib.suppress(OSError):
                leftover.unlink()
        with contextlib.suppress(OSError):
            if folder.exists() and not any(folder.iterdir()):
                folder.rmdir()
        if isinstance(error, sqlite3.Error | OSError):
            failure = failure_reason(error, partial)
            if failure is not None:
                raise StorageError(f"cannot back up {path}: {failure}; the backup was not made and nothing was "
                                   "changed") from error
        raise
    rotate_backups(path, keep)
    return target


def rotate_backups(path: Path, keep: int = BACKUPS_KEPT) -> None:
    """Keep the newest `keep` complete backups; remove older ones and unusable leftovers (empty, not SQLite)."""
    folder = backups_folder(path)
    backups = sorted(folder.glob(f"{path.stem}-*.atlas"))
    complete = [backup for backup in backups if is_complete_backup(backup)]
    doomed = [backup for backup in backups if backup not in complete]
    doomed += complete[:-keep] if keep > 0 else []
    for old in doomed:
        with contextlib.suppress(OSError):
            old.unlink()


def is_complete_backup(path: Path) -> bool:
    """A backup worth keeping: a SQLite file whose size is the whole number of pages its header announces."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return page_size >= 512 and size > 0 and size % page_size == 0 and pages * page_size == size


def _with_sidecars(path: Path) -> list[Path]:
    return [path, *(path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm"))]


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError, AttributeError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def check_and_upgrade(path: Path) -> str | None:
    """Make an existing file ready for this app; return the old revision if it was upgraded.

    A newer schema is refused, an older one is backed up and then upgraded in one transaction.
    """
    revision = read_revision(path)
    if revision == SCHEMA_REVISION:
        return None
    if revision is None:
        from db.migrate import upgrade

        upgrade(path)
        return None
    known = known_revisions()
    if revision not in known:
        raise NewerSchemaError(
            f"{path} was written by a newer Model Atlas (schema {revision}); this version reads schema "
            f"{SCHEMA_REVISION} and older — install a newer Model Atlas to open it"
        )
    backup_file(path, f"before-upgrade-from-{revision}")
    from db.migrate import upgrade

    upgrade(path)
    return revision
