"""Alembic environment: runs every pending revision inside one transaction on the atlas file."""

from __future__ import annotations

from pathlib import Path

from alembic import context
from sqlalchemy import pool

from db.backend import make_engine
from db.schema import Base

config = context.config
hub_connection = config.attributes.get("connection")
if hub_connection is not None:  # a team hub on PostgreSQL, in the caller's transaction (migrate.upgrade_connection)
    context.configure(connection=hub_connection, target_metadata=Base.metadata, render_as_batch=True,
                      transaction_per_migration=False)
    with context.begin_transaction():
        context.run_migrations()
else:
    path = config.attributes.get("atlas_path")
    if path is None:  # the alembic command line: a plain sqlite:/// URL
        url = config.get_main_option("sqlalchemy.url")
        assert url is not None and url.startswith("sqlite:///")
        path = Path(url.removeprefix("sqlite:///"))
    # Foreign keys off: batch table rebuilds copy rows across tables mid-migration. Every migration writes: BEGIN
    # IMMEDIATE takes the write lock first.
    engine = make_engine(Path(path), foreign_keys=False, wal=False, immediate=True, poolclass=pool.NullPool)

    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            render_as_batch=True,
            transaction_per_migration=False,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()
