"""Where atlas files live and how a new one comes to be: the default database, seeded on first use."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import DatabaseFileError, StorageError
from db.jobs import Cancelled, Progress, never_cancelled, no_progress

if TYPE_CHECKING:  # the store (and the mapped schema) loads when an atlas is opened or made, not to find its path
    from db.store import Store

APP_NAME = "modelatlas"
DB_ENV = "MODELATLAS_DB"
DEFAULT_FILENAME = "atlas.atlas"


def data_dir() -> Path:
    import platformdirs  # finding a file named on the command line, or opened last time, needs none of this

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """`MODELATLAS_DB` when set, else the user's data directory."""
    configured = os.environ.get(DB_ENV, "").strip()
    return Path(configured).expanduser() if configured else data_dir() / DEFAULT_FILENAME


def create_atlas(path: Path, author: str = "", *, empty: bool = False, progress: Progress = no_progress,
                 cancelled: Cancelled = never_cancelled) -> Store:
    """A new atlas file, filled from the seed unless `empty` (reporting seed records loaded); refuses to overwrite
    anything. Cancelled (JobCancelled), no file is left behind."""
    path = Path(path).expanduser()
    if path.exists() or path.is_symlink():
        raise DatabaseFileError(f"{path} already exists; choose another name (nothing was overwritten)")
    staging = path.with_name(f".{path.name}.creating")
    _remove_with_sidecars(staging)
    import sqlite3

    from sqlalchemy.exc import SQLAlchemyError

    from db import backend
    from db.store import Store

    store: Store | None = None
    try:
        store = Store.open(staging, author, create=True)
        if not empty:
            from db.seed import load_seed

            load_seed(store, progress=progress, cancelled=cancelled)
        store.close()
        os.replace(staging, path)  # a half-made file never takes the real name
    except BaseException as error:
        if store is not None:
            store.close()
        _remove_with_sidecars(staging)  # a full disk or a failed seed leaves nothing behind
        if isinstance(error, sqlite3.Error | SQLAlchemyError | OSError):
            reason = backend.failure_reason(error, path)
            if reason is not None:
                raise StorageError(f"cannot create {path}: {reason}; nothing was created") from error
        raise
    _remove_with_sidecars(staging)
    return Store.open(path, author)


def _remove_with_sidecars(path: Path) -> None:
    for leftover in (path, *(path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            leftover.unlink()


def open_atlas(path: Path | None = None, author: str = "") -> Store:
    """Open `path`, or the default database, which is created from the seed on first use.

    An explicitly given path must exist: a typo should not silently create a new, different atlas.
    """
    from db.store import Store

    if path is not None:
        return Store.open(Path(path).expanduser(), author)
    target = default_db_path()
    if not target.exists():
        return create_atlas(target, author)
    return Store.open(target, author)
