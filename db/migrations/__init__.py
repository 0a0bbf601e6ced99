"""Alembic migrations of the atlas schema, one small numbered step per revision."""
