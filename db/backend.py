"""Opening an atlas file: engine and pragmas, identity, schema checks, backups and upgrades."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event

from db.errors import DatabaseFileError, NewerSchemaError
from db.schema import SCHEMA_REVISION

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 5


def _pragmas(foreign_keys: bool) -> str:
    return ";".join((
        f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}",
        "PRAGMA trusted_schema=OFF",
        "PRAGMA busy_timeout=5000",
        "PRAGMA synchronous=NORMAL",
    ))


def make_engine(path: Path, *, foreign_keys: bool = True, wal: bool = True, **options: object) -> Engine:
    """An engine over one atlas file with real transactions (DDL included) and the same safety pragmas.

    pysqlite's own transaction handling commits DDL on its own; we switch it off and emit BEGIN ourselves
    so that a migration or a merge is truly one transaction.
    """
    engine = create_engine(f"sqlite:///{path}", **options)  # type: ignore[arg-type]

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.executescript(_pragmas(foreign_keys))
        if wal:
            dbapi_connection.execute("PRAGMA journal_mode=WAL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")

    return engine


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
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
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


def backup_file(path: Path, reason: str, keep: int = BACKUPS_KEPT) -> Path:
    """Copy the database (consistently, through SQLite's backup API) into a rotated backups folder."""
    folder = path.parent / f"{path.stem}.backups"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{reason}.atlas"
    with contextlib.closing(sqlite3.connect(path)) as source, contextlib.closing(sqlite3.connect(target)) as dest:
        source.backup(dest)
    backups = sorted(folder.glob(f"{path.stem}-*.atlas"))
    for old in backups[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return target


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
