"""The graph of entries as it stands in an atlas file: every field history records, read in one pass per table."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from db.history.capture import load_rows
from db.history.graph import ENTRIES, entry_fields, entry_specs, row_tables


@dataclass
class EntryState:
    """One entry's kind, name, deletion and fields (as history names them)."""

    uuid: str
    kind: str
    name: str
    deleted: bool
    fields: dict[str, Any] = field(default_factory=dict)


def _all_rows(db: sqlite3.Connection, table: str, select: str) -> Iterable[str]:
    for (text,) in db.execute(f'SELECT {select} FROM "{table}"'):
        yield text


def states(db: sqlite3.Connection, uuids: Iterable[str] | None = None) -> dict[str, EntryState]:
    """The states of the given entries (all entries when None), deleted ones included."""
    specs = entry_specs()
    wanted = None if uuids is None else set(uuids)
    entry_rows: list[dict[str, Any] | None] = []
    if wanted is None:
        entry_rows += [specs[ENTRIES].decode(t) for t in _all_rows(db, ENTRIES, specs[ENTRIES].select_sql())]
    else:
        entry_rows += load_rows(db, specs[ENTRIES], "uuid", wanted)
    found: dict[str, EntryState] = {}
    by_kind: dict[str, dict[str, dict[str, Any]]] = {}
    for row in entry_rows:
        if row is None:
            continue
        found[row["uuid"]] = EntryState(row["uuid"], str(row["kind"]), str(row["name"] or ""),
                                        row["deleted_at"] is not None)
        by_kind.setdefault(str(row["kind"]), {})[row["uuid"]] = row
    for spec in specs.values():
        if spec.kind is None or spec.kind not in by_kind:
            continue
        entries = by_kind[spec.kind]
        rows = ([spec.decode(t) for t in _all_rows(db, spec.name, spec.select_sql())] if wanted is None
                else load_rows(db, spec, "uuid", entries))
        kind_rows = {r["uuid"]: r for r in rows if r is not None}
        for uuid, entry_row in entries.items():
            found[uuid].fields = entry_fields(entry_row, kind_rows.get(uuid), spec)
    for table in row_tables().values():
        if wanted is None:
            rows = [table.spec.decode(t) for t in _all_rows(db, table.spec.name, table.spec.select_sql())]
        else:
            by_uuid: dict[str, dict[str, Any]] = {}
            for column in table.owners:
                for row in load_rows(db, table.spec, column, wanted):
                    by_uuid[row["uuid"]] = row
            rows = list(by_uuid.values())
        grouped: dict[str, list[Mapping[str, Any]]] = {}
        for row in rows:
            if row is None:
                continue
            owner = table.owner_of(row)
            if owner is not None and owner in found:
                grouped.setdefault(owner, []).append(row)
        for owner, owned in grouped.items():
            found[owner].fields.update({k: v for k, v in table.fields_of(owned).items() if v not in (None, [])})
    sql = ("SELECT v.uuid, v.target_uuid FROM evaluations v JOIN entries e ON e.uuid = v.uuid "
           "WHERE e.deleted_at IS NULL")
    evaluations: dict[str, list[str]] = {}
    for uuid, target in db.execute(sql):
        if target in found:
            evaluations.setdefault(target, []).append(uuid)
    for target, members in evaluations.items():
        found[target].fields["evaluations"] = sorted(members)
    return found


def live_names(db: sqlite3.Connection, uuids: Iterable[str]) -> dict[str, str]:
    """Names of entries (deleted ones too), for showing UUIDs in set fields as names."""
    names: dict[str, str] = {}
    items = sorted(set(uuids))
    for start in range(0, len(items), 500):
        chunk = items[start:start + 500]
        names.update(db.execute(f"SELECT uuid, name FROM entries WHERE uuid IN ({','.join('?' * len(chunk))})",
                                chunk).fetchall())
    return names
