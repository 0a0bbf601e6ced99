"""Alembic, driven from code: the migrations folder ships inside the package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

if TYPE_CHECKING:
    from sqlalchemy import Connection

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(path: Path | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if path is not None:
        # Handed over as an object: a file name in Alembic's URL would be parsed (`?`, `#`) and interpolated (`%`).
        config.attributes["atlas_path"] = Path(path)
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def upgrade(path: Path, revision: str = "head") -> None:
    """Bring the file to `revision`; every step runs in one transaction, so a failure leaves it as it was."""
    command.upgrade(alembic_config(path), revision)


def upgrade_connection(connection: Connection, revision: str = "head") -> None:
    """Bring the database behind an open SQLAlchemy connection (a team hub) to `revision`, in its transaction."""
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)
