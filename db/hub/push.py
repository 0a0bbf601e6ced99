"""Pushing: the laptop's rows the hub has not seen, written to the hub in one transaction with a log line each.

Runs after the pull was merged (in the same local transaction), so every row the hub changed is known here. For each
row changed locally since the last sync (`change_seq` past the push cursor), its clock (`sync.effective_clock`) is
compared with the hub's:

* same content as the hub's → nothing to send (the clocks are merged here);
* ours has seen all of the hub's → ours is sent with our clock;
* otherwise (the merge kept a conflict, or an evaluation stayed its owner's) → ours is what this laptop shows after
  seeing both, so it is sent with both clocks merged plus one edit here: it replaces the hub's, and the laptop that
  wrote the other version takes it at its next pull. The conflict stays in this laptop's conflicts table.

Private notes and evaluations, and whatever refers to them, are never sent (the hub's row-level security refuses
them too). Rows made on two laptops with one natural key (a tag link) end under the smaller UUID, as a merge does.
"""

from __future__ import annotations

import contextlib
import functools
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.exchange.export import _cascade, _private  # the export's own rule for what stays private
from db.exchange.layout import Layout, TableInfo, layout
from db.exchange.sync import Clock, compare, dump_clock, effective_clock, load_clock, merge_clocks, stamp_of
from db.exchange.units import chunked, fetch_entries, fetch_rows
from db.hub.errors import HubError, HubSyncCancelled
from db.hub.hubschema import LOG_TABLE, PUSH_SEQUENCE
from db.hub.rows import canonical, entry_of, pushed_columns, quote, to_server, unit_hash
from db.jobs import Cancelled, StagedProgress

if TYPE_CHECKING:
    import psycopg

BATCH = 2000


@dataclass
class Outgoing:
    """One row version to send."""

    info: TableInfo
    uuid: str
    kind_table: str  # the table that names its kind (an entry's kind table, or the row's own table)
    clock: Clock
    hash: str
    alias_of: str | None
    stamp: str  # the local row's stamp (`sync.stamp_of`), its base once the hub holds it
    renamed_from: str | None = None  # the hub's twin row, renamed to this row's (smaller) UUID


@dataclass
class PushPlan:
    """What a push sends, and the bookkeeping it leaves here."""

    rows: list[Outgoing] = field(default_factory=list)
    settled: list[tuple[str, str, str]] = field(default_factory=list)  # (row_uuid, base stamp, clock) kept here
    withheld: int = 0  # private rows (and rows referring to them) not sent

    def counts(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for row in self.rows:
            found[row.kind_table] = found.get(row.kind_table, 0) + 1
        return found


def private_uuids(db: sqlite3.Connection, lay: Layout) -> set[str]:
    """Entries that never leave the laptop: private notes and evaluations, and entries that refer to them."""
    return _cascade(db, lay, _private(db, lay, True, []))


def _changed(db: sqlite3.Connection, lay: Layout, info: TableInfo, since: int, merged: int,
             extra: set[str]) -> Iterator[list[dict[str, Any]]]:
    """Rows changed here since `since`, but those the pull's merge (change sequence `merged`) wrote as the hub has
    them (their base stamp is their own: the hub holds this very version); and the `extra` rows."""
    changed = {u for (u,) in db.execute(
        f"SELECT t.uuid FROM {quote(info.name)} t LEFT JOIN sync_state s ON s.row_uuid = t.uuid "
        f"WHERE t.change_seq > ? AND NOT (t.change_seq = ? AND s.base_hash IS NOT NULL AND "
        f"s.base_hash = 'v:' || t.version || '|' || t.modified_at)", (since, merged))}
    uuids = sorted(changed | extra)
    for chunk in chunked(uuids, BATCH):
        found = fetch_entries(db, lay, chunk) if info is lay.entries else fetch_rows(db, info, chunk)
        yield [found[u] for u in chunk if u in found]


def plan_push(db: sqlite3.Connection, cursor: psycopg.Cursor, identity: str, since: int, *, merged: int = -1,
              extra: dict[str, set[str]] | None = None, progress: StagedProgress | None = None,
              cancelled: Cancelled | None = None) -> PushPlan:
    """Compare every row changed here since `since` with the hub's version; decide what to send.

    `merged` is the change sequence of a pull merged in this transaction: rows it took from the hub are skipped.
    `extra` names rows (per table) to compare whether or not they changed: twins the hub has under a larger UUID.
    """
    lay = layout()
    plan = PushPlan()
    private = private_uuids(db, lay)
    total = sum(db.execute(f"SELECT count(*) FROM {quote(info.name)} WHERE change_seq > ?", (since,)).fetchone()[0]
                for info in (lay.entries, *lay.rows))
    done = 0
    for info in (lay.entries, *lay.rows):
        for batch in _changed(db, lay, info, since, merged, (extra or {}).get(info.name, set())):
            if cancelled is not None and cancelled():
                raise HubSyncCancelled("sync cancelled; nothing was changed")
            kept = [u for u in batch if not _withheld(lay, info, u, private)]
            plan.withheld += len(batch) - len(kept)
            _plan_batch(db, cursor, lay, info, kept, identity, plan)
            done += len(batch)
            if progress is not None:
                progress("comparing", done, max(total, 1))
    return plan


def _withheld(lay: Layout, info: TableInfo, unit: dict[str, Any], private: set[str]) -> bool:
    if info is lay.entries:
        return unit["uuid"] in private
    return any(unit.get(column) in private for column, _target in info.refs)


def _plan_batch(db: sqlite3.Connection, cursor: psycopg.Cursor, lay: Layout, info: TableInfo,
                batch: list[dict[str, Any]], identity: str, plan: PushPlan) -> None:
    uuids = [u["uuid"] for u in batch]
    local: dict[str, tuple[str | None, Clock, str | None]] = {}
    for chunk in chunked(uuids):
        marks = ",".join("?" * len(chunk))
        for row_uuid, base, clock, alias in db.execute(
            f"SELECT row_uuid, base_hash, clock, alias_of FROM sync_state WHERE row_uuid IN ({marks})", tuple(chunk)
        ):
            local[row_uuid] = (base, load_clock(clock), alias)
    hub = _hub_states(cursor, uuids)
    kinds: dict[str, str] = {}
    if info is lay.entries:
        cursor.execute("SELECT uuid, kind FROM entries WHERE uuid = ANY(%s)", (uuids,))
        kinds = {str(u): str(k) for u, k in cursor.fetchall()}
    renames: dict[str, str] = {}
    if info.natural_key:
        renames = _twins(cursor, info, [u for u in batch if u["uuid"] not in hub])
        theirs_states = _hub_states(cursor, [theirs for theirs in renames.values() if theirs])
        for ours, theirs in renames.items():
            if theirs in theirs_states:
                hub[ours] = theirs_states[theirs]
    for raw in batch:
        uuid = raw["uuid"]
        kind_info = lay.kinds.get(raw.get("kind", "")) if info is lay.entries else None
        if info is lay.entries and uuid in kinds and kinds[uuid] != raw["kind"]:
            raise HubError(f"entry {uuid} is a {raw['kind']} here but a {kinds[uuid]} on the hub — a UUID never "
                           "changes kind; nothing was changed")
        renamed = renames.get(uuid)
        if renamed == "":
            continue  # the hub has this row under a smaller UUID: the next pull pairs them
        unit = canonical(info, raw, kind_info)
        kind_table = kind_info.name if kind_info is not None else info.name
        digest = unit_hash(lay, info, unit)
        base, stored, alias = local.get(uuid, (None, {}, None))
        mine = effective_clock(raw, base, stored, identity, functools.partial(unit_hash, lay, info, unit))
        state = hub.get(uuid)
        if state is None:
            plan.rows.append(Outgoing(info, uuid, kind_table, mine, digest, alias, stamp_of(raw)))
            continue
        hub_hash, hub_clock = state
        if hub_hash == digest:
            merged = merge_clocks(mine, hub_clock)
            if renamed:  # the same row under two UUIDs: the hub's takes ours (the smaller) and the merged clock
                plan.rows.append(Outgoing(info, uuid, kind_table, merged, digest, alias, stamp_of(raw), renamed))
            elif merged != stored or base != stamp_of(raw):
                plan.settled.append((uuid, stamp_of(raw), dump_clock(merged)))
            continue
        if compare(mine, hub_clock) == "newer":
            plan.rows.append(Outgoing(info, uuid, kind_table, mine, digest, alias, stamp_of(raw), renamed))
            continue
        clock = merge_clocks(mine, hub_clock)
        clock[identity] = max(int(raw.get("version") or 1), clock.get(identity, 0) + 1)
        plan.rows.append(Outgoing(info, uuid, kind_table, clock, digest, alias, stamp_of(raw), renamed))


def twins_kept_here(pulled: Path, db: sqlite3.Connection) -> dict[str, set[str]]:
    """Rows the pull brought under a larger UUID than their twin here (same natural key, made on two laptops).

    The merge keeps this laptop's smaller UUID without writing the row, so it would not count as changed: these
    rows are compared with the hub anyway, and the push renames the hub's twin to our UUID, as every laptop does.
    """
    lay = layout()
    found: dict[str, set[str]] = {}
    with contextlib.closing(sqlite3.connect(pulled)) as staged:
        for info in lay.rows:
            if not info.natural_key:
                continue
            keys = ", ".join(quote(c) for c in info.natural_key)
            rows = staged.execute(f"SELECT uuid, {keys} FROM {quote(info.name)}").fetchall()
            for start in range(0, len(rows), BATCH):
                chunk = rows[start:start + BATCH]
                marks = ",".join("?" * len(chunk))
                here = {u for (u,) in db.execute(f"SELECT uuid FROM {quote(info.name)} WHERE uuid IN ({marks})",
                                                 [r[0] for r in chunk])}
                wanted = {tuple(r[1:]): str(r[0]) for r in chunk if r[0] not in here}
                if not wanted:
                    continue
                firsts = sorted({key[0] for key in wanted})
                marks = ",".join("?" * len(firsts))
                for row in db.execute(f"SELECT uuid, {keys} FROM {quote(info.name)} "
                                      f"WHERE {quote(info.natural_key[0])} IN ({marks})", firsts):
                    theirs = wanted.get(tuple(row[1:]))
                    if theirs is not None and str(row[0]) < theirs:
                        found.setdefault(info.name, set()).add(str(row[0]))
    return found


def _hub_states(cursor: psycopg.Cursor, uuids: list[str]) -> dict[str, tuple[str | None, Clock]]:
    cursor.execute("SELECT row_uuid, base_hash, clock FROM sync_state WHERE row_uuid = ANY(%s)", (uuids,))
    found: dict[str, tuple[str | None, Clock]] = {}
    for row_uuid, base_hash, clock in cursor.fetchall():
        try:
            found[row_uuid] = (base_hash, load_clock(clock))
        except ValueError:
            raise HubError(f"the hub's merge history of row {row_uuid} is malformed — nothing was changed") from None
    return found


def _twins(cursor: psycopg.Cursor, info: TableInfo, units: list[dict[str, Any]]) -> dict[str, str]:
    """Hub rows with the natural key of a row here under another UUID: ours → theirs (to rename), or ours → ""."""
    if not units:
        return {}
    first = info.natural_key[0]
    keys = ", ".join(quote(c) for c in info.natural_key)
    cursor.execute(f"SELECT uuid, {keys} FROM {quote(info.name)} WHERE {quote(first)} = ANY(%s)",
                   (sorted({str(u[first]) for u in units if u[first] is not None}),))
    hub = {tuple(row[1:]): str(row[0]) for row in cursor.fetchall()}
    found: dict[str, str] = {}
    for unit in units:
        theirs = hub.get(tuple(unit[c] for c in info.natural_key))
        if theirs is not None and theirs != unit["uuid"]:
            found[unit["uuid"]] = theirs if unit["uuid"] < theirs else ""
    return found


def write_push(db: sqlite3.Connection, cursor: psycopg.Cursor, plan: PushPlan, identity: str, *,
               progress: StagedProgress | None = None, cancelled: Cancelled | None = None) -> int:
    """Write the plan to the hub (the caller holds the push lock and commits); returns the push number.

    Rows are read again from the local transaction a batch at a time (memory stays bounded whatever the atlas's
    size), copied into temporary tables with COPY and moved into place by one INSERT … ON CONFLICT per table, so the
    hub's row-level security and deferred foreign keys check them as any insert.
    """
    lay = layout()
    cursor.execute(f"SELECT nextval('{PUSH_SEQUENCE}')")
    push = int(cursor.fetchone()[0])  # type: ignore[index]
    for outgoing in plan.rows:
        if outgoing.renamed_from:
            _rename(cursor, outgoing.info, outgoing.renamed_from, outgoing.uuid)
    staging: set[str] = set()
    written = 0
    for info in (lay.entries, *lay.rows):
        outgoing_rows = [o for o in plan.rows if o.info is info]
        for chunk in _chunks(outgoing_rows, BATCH):
            if cancelled is not None and cancelled():
                raise HubSyncCancelled("sync cancelled; nothing was changed")
            uuids = [o.uuid for o in chunk]
            found = fetch_entries(db, lay, uuids) if info is lay.entries else fetch_rows(db, info, uuids)
            by_table: dict[str, tuple[TableInfo, list[list[Any]]]] = {}
            states: list[tuple[Any, ...]] = []
            log: list[tuple[Any, ...]] = []
            for outgoing in chunk:
                kind_info = lay.kinds[found[outgoing.uuid]["kind"]] if info is lay.entries else None
                unit = canonical(info, found[outgoing.uuid], kind_info)
                for part in (info, kind_info) if kind_info is not None else (info,):
                    values = [to_server(part.types[c], unit.get(c)) for c in pushed_columns(part)]
                    if "change_seq" in part.columns:
                        values.append(push)
                    by_table.setdefault(part.name, (part, []))[1].append(values)
                clock = dump_clock(outgoing.clock)
                states.append((outgoing.uuid, outgoing.hash, clock, outgoing.alias_of))
                content = {k: v for k, v in unit.items() if k != "change_seq"}
                log.append((push, outgoing.uuid, info.name, entry_of(lay, info, unit), int(unit.get("version") or 1),
                            clock, outgoing.hash, json.dumps(content, default=str),
                            str(unit.get("author") or "")[:200], identity))
            for part, rows in by_table.values():
                columns = [*pushed_columns(part), *(["change_seq"] if "change_seq" in part.columns else [])]
                _upsert(cursor, staging, part.name, columns, rows, "uuid",
                        [f"{quote(c)} = excluded.{quote(c)}" for c in columns if c != "uuid"])
            _upsert(cursor, staging, "sync_state", list(STATE_COLUMNS), states, "row_uuid",
                    ["base_hash = excluded.base_hash", "clock = excluded.clock",
                     "alias_of = coalesce(excluded.alias_of, sync_state.alias_of)"])
            _upsert(cursor, staging, LOG_TABLE, list(LOG_COLUMNS), log, None, [])
            written += len(chunk)
            if progress is not None:
                progress("pushing", written, len(plan.rows))
    return push


STATE_COLUMNS = ("row_uuid", "base_hash", "clock", "alias_of")
LOG_COLUMNS = ("push", "row_uuid", "table_name", "entry_uuid", "version", "clock", "content_hash", "content", "author",
               "atlas")


def _upsert(cursor: psycopg.Cursor, staging: set[str], table: str, columns: list[str], rows: list[Any],
            key: str | None, updates: list[str]) -> None:
    """COPY rows into a temporary twin of `table`, then insert them (updating on `key`) in one statement."""
    if not rows:
        return
    temporary = quote(f"push_{table}")
    names = ", ".join(quote(c) for c in columns)
    if table not in staging:
        cursor.execute(f"CREATE TEMPORARY TABLE {temporary} ON COMMIT DROP AS SELECT {names} FROM {quote(table)} "
                       "WITH NO DATA")
        staging.add(table)
    else:
        cursor.execute(f"TRUNCATE {temporary}")
    with cursor.copy(f"COPY {temporary} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)
    conflict = f" ON CONFLICT ({quote(key)}) DO UPDATE SET {', '.join(updates)}" if key else ""
    cursor.execute(f"INSERT INTO {quote(table)} ({names}) SELECT {names} FROM {temporary}{conflict}")


def _rename(cursor: psycopg.Cursor, info: TableInfo, old: str, new: str) -> None:
    cursor.execute(f"UPDATE {quote(info.name)} SET uuid = %s WHERE uuid = %s", (new, old))
    cursor.execute("UPDATE sync_state SET row_uuid = %s WHERE row_uuid = %s", (new, old))


def _chunks(rows: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def settle_here(db: sqlite3.Connection, plan: PushPlan) -> None:
    """After the hub committed: each sent row's clock is the one the hub holds, so it is not sent again."""
    rows = [(o.uuid, o.stamp, dump_clock(o.clock)) for o in plan.rows] + plan.settled
    db.executemany("INSERT INTO sync_state (row_uuid, base_hash, clock) VALUES (?, ?, ?) ON CONFLICT(row_uuid) "
                   "DO UPDATE SET base_hash = excluded.base_hash, clock = excluded.clock", rows)
