"""What every command gets: parsed arguments, the chosen output format, and a lazily opened store."""

from __future__ import annotations

import argparse
import getpass
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the store (SQLAlchemy and the mapped schema) loads when a command first asks for it
    from db.store import Store

AUTHOR_ENV = "MODELATLAS_AUTHOR"


def default_author() -> str:
    configured = os.environ.get(AUTHOR_ENV, "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@dataclass
class CommandContext:
    args: argparse.Namespace
    _store: Store | None = field(default=None, repr=False)

    @property
    def json(self) -> bool:
        return getattr(self.args, "format", "table") == "json"

    @property
    def db_path(self) -> Path | None:
        return Path(self.args.db) if getattr(self.args, "db", None) else None

    @property
    def author(self) -> str:
        return getattr(self.args, "author", None) or default_author()

    def target_path(self) -> Path:
        """The atlas file this command works on (named in error messages), whether or not it was opened."""
        if self._store is not None:
            return self._store.path
        from db.library import default_db_path

        return self.db_path.expanduser() if self.db_path is not None else default_db_path()

    @property
    def store(self) -> Store:
        if self._store is None:
            from db.library import open_atlas

            self._store = open_atlas(self.db_path, self.author)
            self._store.via = "cli"  # the history says these changes came from the command line
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None
