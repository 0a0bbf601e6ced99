"""Recording history inside every store write: triggers keep each touched row's old values, the commit diffs them.

`Store.write` calls `begin` when its transaction starts and `record` just before it commits. Temporary triggers on
the write connection copy a row's old values (or the fact that it is new) the first time a transaction changes
it, whether the ORM, the merge's SQL or an importer wrote it. `record` then compares each touched entry's graph
(its fields, components, assessments, tags, links and evaluations) before and after, and writes one
`entry_history` row per entry with only the fields that changed, as [old, new].
"""

from __future__ import annotations

import json
import sqlite3
import uuid as uuid_module
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from db.history.graph import (
    ENTRIES,
    EXISTS,
    RowTable,
    TableSpec,
    diff_fields,
    entry_fields,
    entry_specs,
    row_tables,
)

CAPTURE = "_history_capture"
TRIGGER_PREFIX = "_history_v3_"
CHUNK = 500
VIAS = ("edit", "cli", "seed", "import", "merge", "restore")


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _trigger_sql(spec: TableSpec) -> list[str]:
    """Old values before an update or delete; for `entries` also the fact that a row is new.

    A trigger firing costs about as much as the write itself (SQLite then keeps a statement journal), so new rows of
    the other tables are not caught by triggers: a row table's new rows are the ones stamped with this
    transaction's change sequence and not updated (see `_new_rows`), and a new kind row comes with a new entry.
    """
    table = _quote(spec.name)
    old = spec.select_sql("OLD")
    insert = f"INSERT OR IGNORE INTO {CAPTURE} (tbl, row_uuid, old) VALUES ('{spec.name}', "
    watched = ", ".join(_quote(c) for c in spec.watched)
    statements = [
        f"CREATE TEMP TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}u_{spec.name} BEFORE UPDATE OF {watched} ON main.{table} "
        f"BEGIN {insert}OLD.uuid, {old}); END",
        f"CREATE TEMP TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}d_{spec.name} BEFORE DELETE ON main.{table} "
        f"BEGIN {insert}OLD.uuid, {old}); END",
    ]
    if spec.name == ENTRIES:
        statements.append(f"CREATE TEMP TRIGGER IF NOT EXISTS {TRIGGER_PREFIX}i_{spec.name} AFTER INSERT ON "
                          f"main.{table} BEGIN {insert}NEW.uuid, NULL); END")
    return statements


def _all_specs() -> list[TableSpec]:
    return [*entry_specs().values(), *(table.spec for table in row_tables().values())]


def begin(db: sqlite3.Connection) -> None:
    """Make sure this connection captures old rows, and start with nothing captured."""
    specs = _all_specs()
    installed = db.execute("SELECT count(*) FROM sqlite_temp_master WHERE type='trigger' AND name LIKE ?",
                           (f"{TRIGGER_PREFIX}%",)).fetchone()[0]
    if installed != 2 * len(specs) + 1:
        db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {CAPTURE} (tbl TEXT NOT NULL, row_uuid TEXT NOT NULL, old TEXT, "
                   "PRIMARY KEY (tbl, row_uuid))")
        for spec in specs:
            for statement in _trigger_sql(spec):
                db.execute(statement)
    db.execute(f"DELETE FROM {CAPTURE}")


def record(db: sqlite3.Connection, *, seq: int, at: datetime, author: str, via: str, source: str) -> int:
    """Write the history of what this transaction changed; returns the number of history rows written."""
    captured: dict[str, dict[str, str | None]] = {}
    for table, row_uuid, old in db.execute(f"SELECT tbl, row_uuid, old FROM {CAPTURE}"):
        captured.setdefault(table, {})[row_uuid] = old
    _new_rows(db, seq, captured)
    if not captured:
        return 0
    changes = compute_changes(db, captured)
    stamp = at.strftime("%Y-%m-%d %H:%M:%S.%f")
    rows = [(str(uuid_module.uuid4()), uuid, kind, stamp, author[:200], via, source[:1000],
             json.dumps(fields, sort_keys=True, default=str), seq)
            for uuid, (kind, fields) in sorted(changes.items()) if fields]
    db.executemany(
        "INSERT INTO entry_history (uuid, entry_uuid, entry_kind, at, author, via, source, changes, seq, "
        "recorded_here) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)", rows)
    db.execute(f"DELETE FROM {CAPTURE}")
    return len(rows)


def _new_rows(db: sqlite3.Connection, seq: int, captured: dict[str, dict[str, str | None]]) -> None:
    """Rows of row tables this transaction made: stamped with its change sequence, and not updated by it."""
    for name in row_tables():
        rows = captured.get(name, {})
        for (row_uuid,) in db.execute(f"SELECT uuid FROM {_quote(name)} WHERE change_seq = ?", (seq,)):
            if row_uuid not in rows:
                captured.setdefault(name, {})[row_uuid] = None
                rows = captured[name]


# ---- before and after ------------------------------------------------------------------------


def _chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = sorted({v for v in values if v})
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def load_rows(db: sqlite3.Connection, spec: TableSpec, column: str, values: Iterable[str],
              extra: str = "") -> list[dict[str, Any]]:
    """Rows of a table whose `column` is one of `values`, decoded as the triggers encode them."""
    found: list[dict[str, Any]] = []
    for chunk in _chunks(values):
        marks = ",".join("?" * len(chunk))
        for (text,) in db.execute(f"SELECT {spec.select_sql()} FROM {_quote(spec.name)} "
                                  f"WHERE {_quote(column)} IN ({marks}){extra}", chunk):
            row = spec.decode(text)
            if row is not None:
                found.append(row)
    return found


def compute_changes(db: sqlite3.Connection, captured: Mapping[str, Mapping[str, str | None]]
                    ) -> dict[str, tuple[str, dict[str, list[Any]]]]:
    """{entry uuid: (kind, {field: [old, new]})} for the entries whose captured rows changed their graph."""
    specs = entry_specs()
    created: set[str] = {u for u, old in captured.get(ENTRIES, {}).items() if old is None}
    owners: set[str] = set()
    for table_name, table_rows in captured.items():
        if table_name in specs:
            owners |= set(table_rows)
    owners -= created  # a new entry's version says only that it was made: its values are read from later ones
    result: dict[str, dict[str, list[Any]]] = {}
    kinds: dict[str, str] = {}

    # the entries' own fields
    current_entries = {r["uuid"]: r for r in load_rows(db, specs[ENTRIES], "uuid", owners)}
    old_entries = {u: specs[ENTRIES].decode(t) for u, t in captured.get(ENTRIES, {}).items()}
    by_kind: dict[str, set[str]] = {}
    for uuid in owners:
        row = current_entries.get(uuid) or old_entries.get(uuid)
        if row is not None:
            kinds[uuid] = str(row["kind"])
            by_kind.setdefault(str(row["kind"]), set()).add(uuid)
    for kind, uuids in by_kind.items():
        spec = next((s for s in specs.values() if s.kind == kind), None)
        current_kind = {r["uuid"]: r for r in load_rows(db, spec, "uuid", uuids)} if spec else {}
        old_kind = {u: spec.decode(t) for u, t in captured.get(spec.name, {}).items()} if spec else {}
        for uuid in uuids - created:
            new = entry_fields(current_entries.get(uuid), current_kind.get(uuid), spec)
            old_entry = old_entries[uuid] if uuid in old_entries else current_entries.get(uuid)
            old_kind_row = old_kind[uuid] if uuid in old_kind else current_kind.get(uuid)
            old = entry_fields(old_entry, old_kind_row, spec)
            result.setdefault(uuid, {}).update(diff_fields(old, new))

    # rows that belong to entries: components, assessments, tags, links
    for name, row_table in row_tables().items():
        if captured.get(name):
            _row_changes(db, row_table, captured[name], result, created)

    _evaluations(db, captured, result)
    for uuid in created:
        result[uuid] = {EXISTS: [False, True]}
    for chunk in _chunks(set(result) - set(kinds)):
        kinds.update(db.execute(f"SELECT uuid, kind FROM entries WHERE uuid IN ({','.join('?' * len(chunk))})",
                                chunk).fetchall())
    return {uuid: (kinds[uuid], fields) for uuid, fields in result.items() if fields and uuid in kinds}


def _row_changes(db: sqlite3.Connection, table: RowTable, rows: Mapping[str, str | None],
                 result: dict[str, dict[str, list[Any]]], created: set[str]) -> None:
    """Fields made of one row table's rows, before and after, for each entry owning a captured row."""
    old_rows = {u: table.spec.decode(t) for u, t in rows.items()}
    touched_now = load_rows(db, table.spec, "uuid", rows)
    owners = {table.owner_of(r) for r in (*touched_now, *(r for r in old_rows.values() if r))}
    table_owners = {owner for owner in owners if owner is not None and owner not in created}
    current: dict[str, dict[str, Any]] = {}
    for column in table.owners:
        for row in load_rows(db, table.spec, column, table_owners):
            current[row["uuid"]] = row
    before = {u: r for u, r in current.items() if u not in old_rows}
    before.update({u: r for u, r in old_rows.items() if r is not None})
    for owner in table_owners:
        new_fields = table.fields_of([r for r in current.values() if table.owner_of(r) == owner])
        old_fields = table.fields_of([r for r in before.values() if table.owner_of(r) == owner])
        for field in table.set_fields:
            new_fields.setdefault(field, [])
            old_fields.setdefault(field, [])
        result.setdefault(owner, {}).update(diff_fields(old_fields, new_fields))


def _evaluations(db: sqlite3.Connection, captured: Mapping[str, Mapping[str, str | None]],
                 result: dict[str, dict[str, list[Any]]]) -> None:
    """An entry's evaluations (live ones, by UUID) change when one is made, deleted or moved to another entry."""
    specs = entry_specs()
    spec = specs["evaluations"]
    old_kind = {u: spec.decode(t) for u, t in captured.get("evaluations", {}).items()}
    old_entries = {u: specs[ENTRIES].decode(t) for u, t in captured.get(ENTRIES, {}).items()}
    touched = set(old_kind)
    touched |= {u for u in old_entries if u not in old_kind}
    if not touched:
        return
    now = {u: (t, d) for u, t, d in _evaluation_rows(db, "v.uuid", touched)}
    touched &= set(now) | set(old_kind)
    if not touched:
        return
    targets = {t for t, _ in now.values()} | {r["target_uuid"] for r in old_kind.values() if r}
    current = {u: (t, d) for u, t, d in _evaluation_rows(db, "v.target_uuid", targets)}
    before: dict[str, tuple[str, Any]] = {}
    for uuid, (target, deleted) in {**current, **now}.items():
        if uuid in old_entries and old_entries[uuid] is None:
            continue  # made in this transaction
        kind_row, entry_row = old_kind.get(uuid), old_entries.get(uuid)
        old_target = kind_row["target_uuid"] if kind_row else target
        old_deleted = entry_row["deleted_at"] if entry_row else deleted
        before[uuid] = (old_target, old_deleted)
    for target in targets:
        new = sorted(u for u, (t, d) in current.items() if t == target and d is None)
        old = sorted(u for u, (t, d) in before.items() if t == target and d is None)
        if new != old:
            result.setdefault(target, {})["evaluations"] = [old, new]


def _evaluation_rows(db: sqlite3.Connection, column: str, values: Iterable[str]) -> list[tuple[str, str, Any]]:
    rows: list[tuple[str, str, Any]] = []
    for chunk in _chunks(values):
        marks = ",".join("?" * len(chunk))
        rows += db.execute(f"SELECT v.uuid, v.target_uuid, e.deleted_at FROM evaluations v JOIN entries e "
                           f"ON e.uuid = v.uuid WHERE {column} IN ({marks})", chunk).fetchall()
    return rows
