"""The schema revision this code expects, read from the migration file names (no SQLAlchemy, no Alembic)."""

from __future__ import annotations

from pathlib import Path


def _newest_revision() -> str:
    """The newest numbered migration, read from file names so that startup never imports Alembic."""
    versions = Path(__file__).with_name("migrations") / "versions"
    numbers = [p.name.split("_", 1)[0] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")]
    return max(numbers)


SCHEMA_REVISION = _newest_revision()
"""The Alembic head this code expects (revision ids are the 4-digit file prefixes; a test checks the chain)."""
