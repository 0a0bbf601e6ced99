"""Conflicts kept by merges: listing them, and resolving one field by field (mine, theirs, or an edited value)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import DateTime

from db.exchange.errors import ConflictError
from db.exchange.layout import BOOKKEEPING, LOCAL_COLUMNS, layout
from db.exchange.manifest import quote
from db.exchange.merge import sql_time
from db.exchange.sync import dump_clock, load_clock, merge_clocks, stamp_of
from db.exchange.units import fetch_entries, fetch_rows
from db.fields import FIELDS, convert
from db.schema import Base
from db.store import Store
from db.values import normalize_name

MINE, THEIRS = "mine", "theirs"
DERIVED = frozenset({"uuid", "name_key", "kind"})
"""Columns nobody chooses: identity, and values recomputed from others."""


@dataclass
class FieldDiff:
    """One field that differs between the two versions, and the value shown now."""

    field: str
    mine: Any
    theirs: Any
    current: Any


@dataclass
class ConflictInfo:
    uuid: str  # the conflict's own id
    row_uuid: str  # the row in conflict (an entry's uuid for an entry)
    table: str
    kind: str
    entry_uuid: str | None  # the entry to open (the row's owner for a tag link, a component, ...)
    name: str
    origin: str
    created_at: str
    status: str
    fields: list[FieldDiff] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid, "row_uuid": self.row_uuid, "table": self.table, "kind": self.kind,
            "entry_uuid": self.entry_uuid, "name": self.name, "origin": self.origin, "created_at": self.created_at,
            "status": self.status,
            "fields": [{"field": f.field, "mine": f.mine, "theirs": f.theirs, "current": f.current}
                       for f in self.fields],
        }


def _choosable(mine: Mapping[str, Any], theirs: Mapping[str, Any]) -> list[str]:
    keys = sorted(set(mine) | set(theirs))
    return [k for k in keys if k not in DERIVED and (k not in BOOKKEEPING or k == "deleted_at")]


def _current(store: Store, table: str, row_uuid: str) -> dict[str, Any]:
    lay = layout()
    with store.read() as session:
        connection = session.connection().connection.driver_connection
        if table == lay.entries.name:
            return fetch_entries(connection, lay, [row_uuid]).get(row_uuid, {})  # type: ignore[arg-type]
        return fetch_rows(connection, lay.table(table), [row_uuid]).get(row_uuid, {})  # type: ignore[arg-type]


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictInfo]:
    """Open conflicts (or every conflict), oldest first, each with the fields that differ."""
    where = "" if include_resolved else "WHERE status='open'"
    with store.read() as session:
        connection = session.connection().connection.driver_connection
        rows = connection.execute(  # type: ignore[union-attr]
            "SELECT uuid, row_uuid, table_name, kind, entry_uuid, name, origin, created_at, status, mine, theirs "
            f"FROM conflicts {where} ORDER BY created_at, uuid"
        ).fetchall()
    found: list[ConflictInfo] = []
    for uuid, row_uuid, table, kind, entry_uuid, name, origin, created_at, status, mine_text, theirs_text in rows:
        mine, theirs = json.loads(mine_text), json.loads(theirs_text)
        current = _current(store, table, row_uuid)
        diffs = [
            FieldDiff(key, mine.get(key), theirs.get(key), current.get(key))
            for key in _choosable(mine, theirs)
            if mine.get(key) != theirs.get(key)
        ]
        found.append(ConflictInfo(uuid, row_uuid, table, kind, entry_uuid, name, origin, str(created_at), status,
                                  diffs))
    return found


def _find(store: Store, key: str) -> ConflictInfo:
    key = key.strip().lower()
    matches = [c for c in list_conflicts(store) if key in (c.uuid, c.row_uuid)
               or (len(key) >= 8 and (c.uuid.startswith(key) or c.row_uuid.startswith(key)))]
    if not matches:
        raise ConflictError(f"no open conflict for {key!r} (see `modelatlas conflicts`)")
    if len(matches) > 1:
        raise ConflictError(f"{len(matches)} open conflicts match {key!r}; give the full UUID")
    return matches[0]


def _edited(table: str, kind_table: str | None, kind: str | None, column: str, value: Any) -> Any:
    """An edited value typed by the user, converted to what SQLite stores for that column."""
    specs = {spec.attr: spec for spec in FIELDS.get(kind or "", [])}
    python_value = value
    spec = specs.get(column)
    if spec is not None and isinstance(value, str):
        try:
            python_value = convert(spec, value)
        except ValueError as error:
            raise ConflictError(f"{column}: {error}") from None
    tables = Base.metadata.tables
    sa_column = None
    for name in (kind_table, table):
        if name and column in tables[name].c:
            sa_column = tables[name].c[column]
            break
    if sa_column is None:
        raise ConflictError(f"{column!r} is not a field of this row")
    if isinstance(sa_column.type, DateTime) and isinstance(python_value, str):
        from datetime import datetime

        try:
            python_value = datetime.fromisoformat(python_value)
        except ValueError:
            raise ConflictError(f"{column}: expected a date and time, not {value!r}") from None
    from sqlalchemy.dialects import sqlite

    processor = sa_column.type.bind_processor(sqlite.dialect())
    try:
        return processor(python_value) if processor else python_value
    except (TypeError, ValueError) as error:
        raise ConflictError(f"{column}: {error}") from None


def resolve_conflict(
    store: Store, uuid: str, choices: Mapping[str, Any], *, default: str | None = None,
) -> dict[str, Any]:
    """Settle a conflict: each differing field takes `mine`, `theirs` or an edited value.

    Fields not in `choices` take `default` (mine or theirs) when given; otherwise every differing field must be
    chosen. The result is a new version that has seen both sides, so it travels to the other laptop and settles
    the conflict there too. Returns the final values of the chosen fields.
    """
    if default not in (None, MINE, THEIRS):
        raise ConflictError("the default choice is mine or theirs")
    info = _find(store, uuid)
    lay = layout()
    with store.read() as session:
        row = session.connection().connection.driver_connection.execute(  # type: ignore[union-attr]
            "SELECT mine, theirs, mine_clock, theirs_clock FROM conflicts WHERE uuid=?", (info.uuid,)
        ).fetchone()
    mine, theirs = json.loads(row[0]), json.loads(row[1])
    clocks = (load_clock(row[2]), load_clock(row[3]))
    fields = {d.field for d in info.fields}
    unknown = sorted(set(choices) - set(_choosable(mine, theirs)))
    if unknown:
        raise ConflictError(f"not a field of this row: {', '.join(unknown)} (differing: {', '.join(sorted(fields))})")
    missing = sorted(f for f in fields if f not in choices and default is None)
    if missing:
        raise ConflictError(f"choose mine, theirs or a value for: {', '.join(missing)}")
    kind = mine.get("kind") if info.table == lay.entries.name else None
    kind_info = lay.kinds.get(kind or "")
    chosen: dict[str, Any] = {}
    for key in sorted(fields | set(choices)):
        choice = choices.get(key, default)
        if choice == MINE:
            chosen[key] = mine.get(key)
        elif choice == THEIRS:
            chosen[key] = theirs.get(key)
        else:
            chosen[key] = _edited(info.table, kind_info.name if kind_info else None, kind, key, choice)
    with store.write() as ctx:
        connection = ctx.session.connection().connection.driver_connection
        current = _current_in(connection, lay, info.table, info.row_uuid)
        if not current:
            raise ConflictError(f"the row {info.row_uuid} of this conflict no longer exists")
        final = {**current, **chosen}
        if "name" in chosen and "name_key" in final:
            final["name_key"] = normalize_name(str(final["name"] or ""))
        version = max(int(mine.get("version") or 1), int(theirs.get("version") or 1), int(current["version"])) + 1
        now = sql_time(ctx.now)
        final.update(version=version, modified_at=now, author=ctx.author)
        table_info = lay.table(info.table)
        for part in (table_info, kind_info) if kind_info else (table_info,):
            columns = [c for c in part.columns if c != "uuid" and c not in LOCAL_COLUMNS]
            assignments = ", ".join(f"{quote(c)}=?" for c in columns)
            values = [final.get(c) for c in columns]
            if "change_seq" in part.columns:
                assignments += ", change_seq=?"
                values.append(ctx.seq)
            connection.execute(f"UPDATE {quote(part.name)} SET {assignments} WHERE uuid=?",  # type: ignore[union-attr]
                               [*values, info.row_uuid])
        clock = merge_clocks(*clocks)
        clock[store.identity] = max(version, clock.get(store.identity, 0) + 1)
        connection.execute(  # type: ignore[union-attr]
            "INSERT INTO sync_state (row_uuid, base_hash, clock) VALUES (?, ?, ?) ON CONFLICT(row_uuid) DO UPDATE "
            "SET base_hash=excluded.base_hash, clock=excluded.clock",
            (info.row_uuid, stamp_of(final), dump_clock(clock)),
        )
        connection.execute(  # type: ignore[union-attr]
            "UPDATE conflicts SET status='resolved', resolved_at=?, resolved_by=? WHERE uuid=?",
            (now, ctx.author, info.uuid),
        )
        ctx.touched.add(info.entry_uuid or info.row_uuid)
    return chosen


def _current_in(connection: Any, lay: Any, table: str, row_uuid: str) -> dict[str, Any]:
    if table == lay.entries.name:
        return fetch_entries(connection, lay, [row_uuid]).get(row_uuid, {})
    return fetch_rows(connection, lay.table(table), [row_uuid]).get(row_uuid, {})
