"""How a migrated database differs from the ORM metadata: alembic's comparison, and indexes on expressions checked here.

Alembic cannot compare an index on an expression (ix_models_family_key, on lower(trim(family))). On SQLite,
SQLAlchemy cannot reflect one: it warns and leaves it out, and alembic then warns that it skips the declared one. On
PostgreSQL it is reflected, but PostgreSQL stores its own rendering of the expression (trim(family) reads back as
btrim(family)), so alembic would report the index removed and added again. So each declared expression index is
compared here with the database's own definition, and alembic compares everything else.
"""

from __future__ import annotations

import warnings
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Column, Connection, Index, MetaData
from sqlalchemy.exc import SAWarning
from sqlalchemy.schema import CreateIndex

PROBE = "ix_schema_compare_probe"
"""The name the declared index is made under on PostgreSQL, in a savepoint rolled back at once."""


def expression_indexes(metadata: MetaData) -> list[Index]:
    """Indexes in `metadata` on at least one expression that is not a plain column, by name."""
    found = [index for table in metadata.tables.values() for index in table.indexes
             if any(not isinstance(expression, Column) for expression in index.expressions)]
    return sorted(found, key=lambda index: str(index.name))


def _one_line(sql: str, name: str) -> str:
    return " ".join(sql.split()).replace(name, "<index>", 1)


def stored_definition(connection: Connection, name: str) -> str | None:
    """The definition the database holds for the index `name` (its name replaced by <index>), None without one."""
    if connection.dialect.name == "sqlite":
        sql = connection.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?",
                                         (name,)).scalar()
    else:
        sql = connection.exec_driver_sql("SELECT pg_get_indexdef(to_regclass(%s))", (name,)).scalar()
    return None if sql is None else _one_line(str(sql), name)


def declared_definition(connection: Connection, index: Index) -> str:
    """The definition the database would hold for `index` as the metadata declares it."""
    name = str(index.name)
    ddl = str(CreateIndex(index).compile(dialect=connection.dialect))
    if connection.dialect.name == "sqlite":
        return _one_line(ddl, name)  # SQLite keeps the statement as it was written
    # PostgreSQL rewrites the expression: make the declared index under another name, read its definition back
    savepoint = connection.begin_nested()
    try:
        connection.exec_driver_sql(ddl.replace(name, PROBE, 1))
        definition = stored_definition(connection, PROBE)
    finally:
        savepoint.rollback()
    assert definition is not None
    return definition


def schema_differences(connection: Connection, metadata: MetaData, **options: Any) -> list[Any]:
    """alembic's differences between the database and `metadata` (`options` configure its MigrationContext), and
    ("expression_index", name, stored, declared) for each expression index the database lacks or defines otherwise."""
    expression = expression_indexes(metadata)
    names = {str(index.name) for index in expression}
    differences: list[Any] = []
    for index in expression:
        stored, declared = stored_definition(connection, str(index.name)), declared_definition(connection, index)
        if stored != declared:
            differences.append(("expression_index", index.name, stored, declared))

    rest = MetaData(naming_convention=metadata.naming_convention)
    for table in metadata.sorted_tables:
        copy = table.to_metadata(rest)
        for index in [index for index in copy.indexes if index.name in names]:
            copy.indexes.discard(index)

    def include_object(item: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
        return not (type_ == "index" and name in names)  # PostgreSQL reflects them: compared above

    context = MigrationContext.configure(connection, opts={**options, "include_object": include_object})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        differences += compare_metadata(context, rest)
    for warning in caught:  # only SQLite's "cannot reflect" for an index compared above is expected; others raise
        expected = {f"Skipped unsupported reflection of expression-based index {name}" for name in names}
        if not (issubclass(warning.category, SAWarning) and str(warning.message) in expected):
            warnings.warn_explicit(warning.message, warning.category, warning.filename, warning.lineno)
    return differences
