"""Which tables and columns travel in a merge, discovered from the ORM metadata so new tables join in."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, Integer, String, Table, Text, UniqueConstraint

from db.schema import Base, Entry

ROW_META = ("uuid", "created_at", "modified_at", "author", "deleted_at", "version", "change_seq")
BOOKKEEPING = frozenset({"created_at", "modified_at", "author", "version", "change_seq", "deleted_at"})
"""Columns that say when and by whom, not what: left out of content hashes (deletion counts as a flag)."""
LOCAL_COLUMNS = frozenset({"change_seq"})
"""Columns that only mean something inside one file; never compared, re-stamped on import."""
SYNC_TABLE = "sync_state"
SYNC_COLUMNS = ("row_uuid", "base_hash", "clock", "alias_of")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


@dataclass(frozen=True, eq=False)
class TableInfo:
    """One synced table: its columns in a fixed (sorted) order and what each holds."""

    name: str
    columns: tuple[str, ...]
    types: dict[str, str]  # column -> int | float | bool | text | date | datetime | json
    nullable: frozenset[str]
    refs: tuple[tuple[str, str], ...]  # (column, referenced table), inheritance links left out
    natural_key: tuple[str, ...]  # a unique constraint other than the uuid, or ()
    kind: str | None = None  # for a per-kind table: the entry kind it holds

    @functools.cached_property
    def json_columns(self) -> frozenset[str]:
        return frozenset(c for c, t in self.types.items() if t == "json")

    @functools.cached_property
    def content_columns(self) -> tuple[str, ...]:
        """Columns a content hash covers, in name order (identity and bookkeeping left out)."""
        return tuple(c for c in self.columns if c != "uuid" and c not in BOOKKEEPING)

    def index(self, column: str) -> int:
        return self.columns.index(column)


@dataclass(frozen=True, eq=False)
class Layout:
    """Entries (a base table plus one table per kind), row tables with RowMeta, and local-only tables."""

    entries: TableInfo
    kinds: dict[str, TableInfo]
    rows: tuple[TableInfo, ...]
    local: tuple[str, ...]

    @property
    def synced(self) -> tuple[TableInfo, ...]:
        return (self.entries, *self.kinds.values(), *self.rows)

    def table(self, name: str) -> TableInfo:
        for info in self.synced:
            if info.name == name:
                return info
        raise KeyError(name)

    @functools.cached_property
    def entry_tables(self) -> frozenset[str]:
        """Tables whose uuid is an entry uuid (a reference to one of them is a reference to an entry)."""
        return frozenset({self.entries.name, *(info.name for info in self.kinds.values())})


def _type_of(column_type: object) -> str:
    if isinstance(column_type, JSON):
        return "json"
    if isinstance(column_type, Boolean):
        return "bool"
    if isinstance(column_type, DateTime):
        return "datetime"
    if isinstance(column_type, Date):
        return "date"
    if isinstance(column_type, Float):
        return "float"
    if isinstance(column_type, Integer):
        return "int"
    if isinstance(column_type, String | Text):
        return "text"
    return "text"


def _info(table: Table, kind: str | None = None, inherits: bool = False) -> TableInfo:
    columns = tuple(sorted(table.c.keys()))
    refs: list[tuple[str, str]] = []
    for fk in sorted(table.foreign_keys, key=lambda fk: fk.parent.name):
        if inherits and fk.parent.name == "uuid":
            continue  # the joined-inheritance link to `entries`, not a reference
        refs.append((fk.parent.name, fk.column.table.name))
    natural: tuple[str, ...] = ()
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        if isinstance(constraint, UniqueConstraint):
            natural = tuple(c.name for c in constraint.columns)
            break
    return TableInfo(
        name=table.name,
        columns=columns,
        types={c.name: _type_of(c.type) for c in table.c},
        nullable=frozenset(c.name for c in table.c if c.nullable),
        refs=tuple(refs),
        natural_key=natural,
        kind=kind,
    )


@functools.cache
def layout() -> Layout:
    """The merge layout of the current schema (computed once; the metadata does not change at run time)."""
    tables = Base.metadata.tables
    entries_table = tables[Entry.__tablename__]
    kinds: dict[str, TableInfo] = {}
    for identity, mapper in sorted(Entry.__mapper__.polymorphic_map.items()):
        if mapper.local_table is entries_table:
            continue
        kinds[str(identity)] = _info(mapper.local_table, kind=str(identity), inherits=True)  # type: ignore[arg-type]
    kind_names = {info.name for info in kinds.values()}
    rows: list[TableInfo] = []
    local: list[str] = []
    for name in sorted(tables):
        table = tables[name]
        if name == entries_table.name or name in kind_names:
            continue
        if set(ROW_META) <= set(table.c.keys()):
            rows.append(_info(table))
        else:
            local.append(name)
    return Layout(_info(entries_table), kinds, tuple(rows), tuple(local))
