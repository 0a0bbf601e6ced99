"""Merging a verified incoming export into the user's atlas: one pass that plans, and applies when asked.

Identity is the UUID. For each incoming row (an entry with its kind row, or one row of a row table):

* absent here → new (a tombstone arriving for a row we never had is stored, counted as deleted);
* same content hash → unchanged (the clocks are merged);
* otherwise the rows' clocks decide: theirs has seen all of ours → theirs is taken (updated / deleted);
  ours has seen all of theirs → ours stays (unchanged); neither → a conflict: both versions are kept in
  `conflicts`, the live row follows the policy (newer / mine / theirs) until the user resolves it.

Rows of row tables (tag links, links, components, ...) are also matched by their natural key (the table's
unique constraint), since two laptops make the same tag link independently; both end on the smaller UUID.
Tags merge by name: two live tags with the same name become one (the smaller UUID wins; the other becomes a
tombstone that names the winner in `sync_state.alias_of`, and tag links to it, now or arriving later, move to
the winner). Evaluations belong to their evaluator: a version last written by someone else never replaces the
owner's; it is kept as a conflict. Rows the file has and we do not are written in batches.

Preview and merge run the same code; a preview runs inside a write transaction that is rolled back.
"""

from __future__ import annotations

import contextlib
import json
import operator
import sqlite3
import uuid as uuid_module
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from db.exchange.errors import ExchangeError, IncomingFileError, MergeCancelled
from db.exchange.layout import LOCAL_COLUMNS, SYNC_TABLE, Layout, TableInfo, layout
from db.exchange.manifest import Manifest, quote
from db.exchange.sync import (
    Clock,
    compare,
    content_hash,
    default_clock,
    dump_clock,
    effective_clock,
    load_clock,
    merge_clocks,
    stamp_of,
)
from db.exchange.units import Unit, chunked, fetch_entries, fetch_rows, iter_entries, iter_rows
from db.exchange.untrusted import IncomingFile
from db.history.exchange import import_history
from db.jobs import Cancelled, StagedProgress
from db.schema import EntryTag
from db.store import WriteContext

POLICIES = ("newer", "mine", "theirs")
ACTIONS = ("new", "updated", "unchanged", "deleted", "conflicts", "duplicates")
ACTION_KEY = {"new": "new", "updated": "updated", "unchanged": "unchanged", "deleted": "deleted",
              "conflict": "conflicts", "duplicate": "duplicates"}
Progress = StagedProgress  # (stage, done, total)
TAG_LINK_NAMESPACE = uuid_module.UUID("3d4b7f0e-5a61-4c2b-9d0e-8f7a6b5c4d3e")
"""Tag links made when two tags merge get uuid5(entry|tag), so both laptops make the very same row."""


@dataclass(slots=True)
class MergeItem:
    """One line of the import log: what happened to one row, and which entry to open for it."""

    action: str  # new | updated | unchanged | deleted | conflict | duplicate
    uuid: str
    kind: str  # the table that names the kind: models, tags, entry_tags, ...
    name: str
    entry_uuid: str | None
    detail: str = ""
    other_uuid: str | None = None


@dataclass
class MergePlan:
    """The preview: counts per kind under each action, and the items (with UUIDs) for an import log."""

    source: Path
    manifest: Manifest
    policy: str
    counts: dict[str, dict[str, int]]
    items: list[MergeItem]
    local_seq: int = 0
    incoming: IncomingFile | None = field(default=None, repr=False)
    upgraded_from: str | None = None
    note: str = ""  # how a file without a valid seal was verified, and how to get a sealed one

    def close(self) -> None:
        if self.incoming is not None:
            self.incoming.close()
            self.incoming = None

    def totals(self) -> dict[str, int]:
        return {action: sum(per_kind.values()) for action, per_kind in self.counts.items()}

    def to_json(self) -> dict[str, Any]:
        return {
            "file": str(self.source),
            "policy": self.policy,
            "exported_by": self.manifest.author,
            "exported_at": self.manifest.exported_at,
            "schema_revision": self.manifest.schema_revision,
            "upgraded_from": self.upgraded_from,
            "sealed": not self.note,
            "note": self.note or None,
            **{action: dict(self.counts[action]) for action in ACTIONS},
            "totals": self.totals(),
        }


@dataclass
class MergeReport(MergePlan):
    """What a merge did; `backup` is the copy of the database taken just before."""

    backup: Path | None = None
    touched: frozenset[str] = frozenset()

    def to_json(self) -> dict[str, Any]:
        data = super().to_json()
        data["backup"] = str(self.backup) if self.backup else None
        return data


class _Rollback(Exception):
    """Raised inside the write transaction of a preview so that nothing it did is kept."""


@dataclass
class _Local:
    base_hash: str | None
    clock: Clock
    alias_of: str | None


class Merger:
    """Runs one merge (or preview) inside a store write transaction on its raw SQLite connection."""

    def __init__(
        self, ctx: WriteContext, incoming: IncomingFile, policy: str, identity: str,
        progress: Progress | None = None, cancelled: Cancelled | None = None,
    ) -> None:
        if policy not in POLICIES:
            raise ExchangeError(f"unknown policy {policy!r}; choose newer, mine or theirs")
        self.ctx = ctx
        self.db: sqlite3.Connection = ctx.session.connection().connection.driver_connection  # type: ignore[assignment]
        self.incoming = incoming
        self.policy = policy
        self.identity = identity
        self.layout: Layout = layout()
        self.progress = progress or (lambda _step, _done, _total: None)
        self.cancelled = cancelled or (lambda: False)
        self.now = sql_time(ctx.now)
        self.items: list[MergeItem] = []
        self.counts: dict[str, dict[str, int]] = {
            action: {name: 0 for name in self._kind_names()} for action in ACTIONS
        }
        self.inserts: dict[str, list[list[Any]]] = {}
        self.updates: dict[str, list[list[Any]]] = {}
        self.states: list[tuple[str, str, str, str | None]] = []
        self._sql: dict[str, tuple[list[str], str, str, Callable[[Unit], tuple[Any, ...]]]] = {}
        self._hash_columns: dict[tuple[str, str | None], tuple[tuple[str, ...], frozenset[str]]] = {}
        self.entry_tags = next((info for info in self.layout.rows if info.name == EntryTag.__tablename__), None)
        self.touched: set[str] = set()
        self.origin = f"{incoming.source.name} (exported by {incoming.manifest.author or 'unknown'} " \
                      f"on {incoming.manifest.exported_at[:10]})"
        self.their_state: dict[str, tuple[Clock, str | None]] = {}
        self.source = incoming.manifest.source_database
        self.open_conflicts: dict[str, dict[str, Any]] = {}

    def _kind_names(self) -> list[str]:
        return [info.name for info in (*self.layout.kinds.values(), *self.layout.rows)]

    # ---- driver ------------------------------------------------------------------------------

    def run(self) -> None:
        self.db.execute("PRAGMA defer_foreign_keys=ON")
        with contextlib.closing(self.incoming.connect()) as theirs:
            self.theirs = theirs
            for row_uuid, clock, alias_of in theirs.execute(f"SELECT row_uuid, clock, alias_of FROM {SYNC_TABLE}"):
                try:
                    self.their_state[row_uuid] = (load_clock(clock), alias_of)
                except ValueError:
                    raise IncomingFileError(f"{self.incoming.source.name}: the merge history of row {row_uuid} is "
                                            "malformed — refused") from None
            self._load_open_conflicts()
            total = sum(self.incoming.manifest.counts.get(info.name, 0) for info in (self.layout.entries,
                                                                                    *self.layout.rows))
            self.done = 0
            self.total = max(total, 1)
            for batch in iter_entries(theirs, self.layout):
                self._entries(batch)
            for info in self.layout.rows:
                for batch in iter_rows(theirs, info):
                    self._rows(info, batch)
            self._flush()
            self._settle_tags()
        self.progress("done", self.total, self.total)

    def _tick(self, n: int) -> None:
        if self.cancelled():
            raise MergeCancelled("merge cancelled; nothing was changed")
        self.done += n
        self.progress("merging", min(self.done, self.total), self.total)

    def _load_open_conflicts(self) -> None:
        for row in self.db.execute(
            "SELECT uuid, row_uuid, mine, theirs, mine_clock, theirs_clock FROM conflicts WHERE status='open'"
        ):
            self.open_conflicts[row[1]] = {
                "uuid": row[0], "mine": json.loads(row[2]), "theirs": json.loads(row[3]),
                "mine_clock": json.loads(row[4]), "theirs_clock": json.loads(row[5]),
            }

    def _record(self, action: str, kind: str, uuid: str, name: str, entry_uuid: str | None,
                detail: str = "", other: str | None = None, listed: bool = True) -> None:
        self.counts[ACTION_KEY[action]][kind] = self.counts[ACTION_KEY[action]].get(kind, 0) + 1
        if listed:
            self.items.append(MergeItem(action, uuid, kind, name, entry_uuid, detail, other))

    # ---- tags merge by name ------------------------------------------------------------------

    def _settle_tags(self) -> None:
        """After the rows are in: one live tag per name, and no live tag link to a tag merged into another.

        Two live tags with one name (made on two laptops) become one: the smaller UUID wins, the other becomes a
        tombstone that names the winner (`sync_state.alias_of`, which travels). A live link to a retired tag is
        retired too and the entry gets the winner instead, under a UUID both laptops derive alike.
        """
        if "tag" not in self.layout.kinds or self.entry_tags is None:
            return
        aliases: dict[str, str] = {}
        for row_uuid, (_clock, alias_of) in self.their_state.items():
            if alias_of:
                aliases[row_uuid] = alias_of
        for row_uuid, alias_of in self.db.execute(
            "SELECT row_uuid, alias_of FROM sync_state WHERE alias_of IS NOT NULL"
        ):
            aliases.setdefault(row_uuid, alias_of)
        arrived = {u for (u,) in self.theirs.execute("SELECT uuid FROM entries WHERE kind='tag'")}
        groups: dict[str, list[str]] = {}
        for uuid, key in self.db.execute("SELECT uuid, name_key FROM entries WHERE kind='tag' AND deleted_at IS NULL"):
            groups.setdefault(key, []).append(uuid)
        for members in groups.values():
            if len(members) > 1 and arrived & set(members) and set(members) - arrived:
                winner = min(members)
                for loser in members:
                    if loser != winner:
                        aliases[loser] = winner
        for loser in list(aliases):  # follow chains (a → b → c) to the end
            seen, target = {loser}, aliases[loser]
            while target in aliases and target not in seen:
                seen.add(target)
                target = aliases[target]
            aliases[loser] = target
        for loser, winner in sorted(aliases.items()):
            row = self.db.execute("SELECT deleted_at, name FROM entries WHERE uuid=? AND kind='tag'",
                                  (loser,)).fetchone()
            alive = self.db.execute("SELECT 1 FROM entries WHERE uuid=? AND kind='tag' AND deleted_at IS NULL",
                                    (winner,)).fetchone()
            if row is None or alive is None:
                continue
            if row[0] is None:
                self.db.execute(
                    "UPDATE entries SET deleted_at=?, modified_at=?, author=?, version=version+1, change_seq=? "
                    "WHERE uuid=?", (self.now, self.now, self.ctx.author, self.ctx.seq, loser),
                )
                self.touched.add(loser)
                self._retag_item(loser, winner, row[1])
            self.db.execute(
                "INSERT INTO sync_state (row_uuid, base_hash, clock, alias_of) VALUES (?, NULL, '{}', ?) "
                "ON CONFLICT(row_uuid) DO UPDATE SET alias_of=excluded.alias_of", (loser, winner),
            )
            self._move_links(loser, winner)

    def _move_links(self, loser: str, winner: str) -> None:
        table = quote(self.entry_tags.name)  # type: ignore[union-attr]
        for link_uuid, entry_uuid in self.db.execute(
            f"SELECT uuid, entry_uuid FROM {table} WHERE tag_uuid=? AND deleted_at IS NULL", (loser,)
        ).fetchall():
            self.db.execute(
                f"UPDATE {table} SET deleted_at=?, modified_at=?, author=?, version=version+1, change_seq=? "
                "WHERE uuid=?", (self.now, self.now, self.ctx.author, self.ctx.seq, link_uuid),
            )
            existing = self.db.execute(f"SELECT uuid, deleted_at FROM {table} WHERE entry_uuid=? AND tag_uuid=?",
                                       (entry_uuid, winner)).fetchone()
            if existing is None:
                self.db.execute(
                    f"INSERT INTO {table} (uuid, entry_uuid, tag_uuid, created_at, modified_at, author, deleted_at, "
                    "version, change_seq) VALUES (?, ?, ?, ?, ?, ?, NULL, 1, ?)",
                    (str(uuid_module.uuid5(TAG_LINK_NAMESPACE, f"{entry_uuid}|{winner}")), entry_uuid, winner,
                     self.now, self.now, self.ctx.author, self.ctx.seq),
                )
            elif existing[1] is not None:
                self.db.execute(
                    f"UPDATE {table} SET deleted_at=NULL, modified_at=?, author=?, version=version+1, change_seq=? "
                    "WHERE uuid=?", (self.now, self.ctx.author, self.ctx.seq, existing[0]),
                )
            self.touched |= {entry_uuid, winner}

    def _retag_item(self, loser: str, winner: str, name: str) -> None:
        """Report a tag that merged into its namesake: an arriving one is not new, one of ours is updated."""
        for item in self.items:
            if item.uuid == loser and item.action == "new":
                self.counts["new"]["tags"] -= 1
                item.action, item.detail, item.other_uuid = "unchanged", "the same tag as one here", winner
                self.counts["unchanged"]["tags"] += 1
                return
        self._record("updated", "tags", loser, name, loser, detail="merged into the same tag from the file",
                     other=winner)

    # ---- entries -----------------------------------------------------------------------------

    def _entries(self, batch: list[Unit]) -> None:
        lay = self.layout
        mine = fetch_entries(self.db, lay, [u["uuid"] for u in batch])
        states = self._states([u["uuid"] for u in batch])
        new_live = [u for u in batch if u["uuid"] not in mine and u["deleted_at"] is None and u["kind"] != "tag"]
        lookalikes = self._lookalikes(new_live)
        for theirs in batch:
            kind_info = lay.kinds[theirs["kind"]]
            uuid = theirs["uuid"]
            local = mine.get(uuid)
            if local is not None and local["kind"] != theirs["kind"]:
                raise kind_change_error(self.incoming.source.name, uuid, theirs["kind"], local["kind"])
            self._decide(lay.entries, kind_info.name, local, theirs, states.get(uuid))
            other = lookalikes.get(uuid)
            if other is not None:
                self._record("duplicate", kind_info.name, uuid, theirs["name"], uuid,
                             detail=f"looks like {other[1]!r} already here", other=other[0])
        self._flush()
        self._tick(len(batch))

    def _lookalikes(self, units: list[Unit]) -> dict[str, tuple[str, str]]:
        """New entries with the kind and normalized name of a live entry here: likely made twice."""
        found: dict[str, tuple[str, str]] = {}
        by_kind: dict[str, dict[str, str]] = {}
        for unit in units:
            by_kind.setdefault(unit["kind"], {})[unit["name_key"]] = unit["uuid"]
        for kind, keys in by_kind.items():
            for chunk in chunked(sorted(keys)):
                marks = ",".join("?" * len(chunk))
                for uuid, key, name in self.db.execute(  # the (kind, name_key) index answers this
                    f"SELECT uuid, name_key, name FROM entries WHERE kind=? AND name_key IN ({marks}) "
                    "AND deleted_at IS NULL", (kind, *chunk),
                ):
                    theirs = keys.get(key)
                    if theirs is not None and theirs != uuid:
                        found.setdefault(theirs, (uuid, name))
        return found

    # ---- row tables --------------------------------------------------------------------------

    def _rows(self, info: TableInfo, batch: list[Unit]) -> None:
        mine = fetch_rows(self.db, info, [u["uuid"] for u in batch])
        states = self._states([u["uuid"] for u in batch])
        twins = self._twins(info, [u for u in batch if u["uuid"] not in mine]) if info.natural_key else {}
        for theirs in batch:
            local = mine.get(theirs["uuid"])
            if local is None and info.natural_key:
                twin = twins.get(tuple(theirs[c] for c in info.natural_key))
                if twin is not None and twin["uuid"] not in mine:
                    local = self._pair_twins(info, twin, theirs)
                    states.update(self._states([local["uuid"]]))
            self._decide(info, info.name, local, theirs, states.get(theirs["uuid"]))
        self._flush()
        self._tick(len(batch))

    def _twins(self, info: TableInfo, units: list[Unit]) -> dict[tuple[Any, ...], Unit]:
        """Local rows with the natural key of an incoming row that is not here under its own UUID."""
        first = info.natural_key[0]
        candidates = fetch_rows(self.db, info, sorted({u[first] for u in units if u[first] is not None}), first)
        wanted = {tuple(u[c] for c in info.natural_key) for u in units}
        found: dict[tuple[Any, ...], Unit] = {}
        for row in candidates.values():
            key = tuple(row[c] for c in info.natural_key)
            if key in wanted:
                found[key] = row
        return found

    def _pair_twins(self, info: TableInfo, twin: Unit, theirs: Unit) -> Unit:
        """The same row made on both sides: both end under the smaller UUID."""
        self._flush()
        if theirs["uuid"] < twin["uuid"]:
            old, new = twin["uuid"], theirs["uuid"]
            self.db.execute(f"UPDATE {quote(info.name)} SET uuid=? WHERE uuid=?", (new, old))
            self.db.execute("DELETE FROM sync_state WHERE row_uuid=?", (new,))
            self.db.execute("UPDATE sync_state SET row_uuid=? WHERE row_uuid=?", (new, old))
            self.db.execute("UPDATE conflicts SET row_uuid=? WHERE row_uuid=?", (new, old))
            if old in self.open_conflicts:
                self.open_conflicts[new] = self.open_conflicts.pop(old)
            return dict(twin, uuid=new)
        if theirs["uuid"] in self.their_state:  # their history goes with the row under its new name
            self.their_state[twin["uuid"]] = self.their_state.pop(theirs["uuid"])
        theirs["uuid"] = twin["uuid"]
        return twin

    def _states(self, uuids: Iterable[str]) -> dict[str, _Local]:
        found: dict[str, _Local] = {}
        for chunk in chunked(list(uuids)):
            marks = ",".join("?" * len(chunk))
            for row_uuid, base_hash, clock, alias_of in self.db.execute(
                f"SELECT row_uuid, base_hash, clock, alias_of FROM sync_state WHERE row_uuid IN ({marks})", tuple(chunk)
            ):
                found[row_uuid] = _Local(base_hash, load_clock(clock), alias_of)
        return found

    # ---- one row -----------------------------------------------------------------------------

    def _decide(self, info: TableInfo, kind: str, mine: Unit | None, theirs: Unit, state: _Local | None) -> None:
        uuid = theirs["uuid"]
        their_clock = self._their_clock(theirs)
        name = self._name(theirs)
        entry = self._entry_of(info, theirs)
        if mine is None:
            self._write(info, theirs, insert=True)
            self._save_state(uuid, stamp_of(theirs), their_clock)
            self._record("new" if theirs["deleted_at"] is None else "deleted", kind, uuid, name, entry,
                         listed=info is self.layout.entries or theirs["deleted_at"] is None)
            return
        their_hash, my_hash = self._hash(info, theirs), self._hash(info, mine)
        my_clock = effective_clock(mine, state.base_hash if state else None, state.clock if state else None,
                                   self.identity, lambda: my_hash)
        listed = info is self.layout.entries
        open_conflict = self.open_conflicts.get(uuid)
        if open_conflict is not None:
            seen = merge_clocks(open_conflict["mine_clock"], open_conflict["theirs_clock"])
            if compare(their_clock, merge_clocks(seen, my_clock)) == "newer":
                self._take(info, kind, mine, theirs, their_clock, name, entry, listed)
                self._close_conflict(open_conflict["uuid"], "superseded")
                return
            known = {my_hash, self._snapshot_hash(info, open_conflict["mine"]),
                     self._snapshot_hash(info, open_conflict["theirs"])}
            if their_hash in known:
                self._record("unchanged", kind, uuid, name, entry, detail="still in conflict", listed=listed)
                return
            self._conflict(info, kind, mine, theirs, state, my_clock=my_clock, their_clock=their_clock)
            return
        if my_hash == their_hash:
            merged = merge_clocks(my_clock, their_clock)
            if state is None or state.base_hash != stamp_of(mine) or state.clock != merged:
                self._save_state(uuid, stamp_of(mine), merged)
            self._record("unchanged", kind, uuid, name, entry, listed=listed)
            return
        relation = compare(my_clock, their_clock)
        if relation == "newer":
            self._record("unchanged", kind, uuid, name, entry, detail="yours is newer", listed=listed)
            return
        if relation == "older" and self._may_replace(info, mine, theirs):
            self._take(info, kind, mine, theirs, their_clock, name, entry, True)
            return
        self._conflict(info, kind, mine, theirs, state, my_clock=my_clock, their_clock=their_clock)

    def _take(self, info: TableInfo, kind: str, mine: Unit, theirs: Unit, their_clock: Clock,
              name: str, entry: str | None, listed: bool) -> None:
        self._write(info, theirs, insert=False)
        self._save_state(theirs["uuid"], stamp_of(theirs), their_clock)
        deleted = theirs["deleted_at"] is not None and mine["deleted_at"] is None
        self._record("deleted" if deleted else "updated", kind, theirs["uuid"], name, entry, listed=listed)

    def _may_replace(self, info: TableInfo, mine: Unit, theirs: Unit) -> bool:
        """An evaluation is its evaluator's: only a version they wrote may replace it."""
        if mine.get("kind") != "evaluation" or info is not self.layout.entries:
            return True
        owner = mine.get("evaluator")
        return theirs.get("evaluator") == owner and theirs.get("author") == owner

    def _conflict(self, info: TableInfo, kind: str, mine: Unit, theirs: Unit, state: _Local | None, *,
                  my_clock: Clock | None = None, their_clock: Clock | None = None, keep_mine: bool = False,
                  detail: str = "") -> None:
        uuid = mine["uuid"]
        if my_clock is None:
            my_clock = effective_clock(mine, state.base_hash if state else None, state.clock if state else None,
                                       self.identity, lambda: self._hash(info, mine))
        if their_clock is None:
            their_clock = self._their_clock(theirs)
        take = not keep_mine and self._winner_is_theirs(info, mine, theirs)
        if take:
            self._write(info, theirs, insert=False)
        live = theirs if take else mine
        self._save_state(uuid, stamp_of(live), my_clock)
        snapshot_mine, snapshot_theirs = _snapshot(mine), _snapshot(theirs)
        existing = self.open_conflicts.get(uuid)
        if existing is not None:
            self.db.execute(
                "UPDATE conflicts SET theirs=?, theirs_clock=?, origin=? WHERE uuid=?",
                (json.dumps(snapshot_theirs), dump_clock(their_clock), self.origin, existing["uuid"]),
            )
            existing["theirs"], existing["theirs_clock"] = snapshot_theirs, their_clock
        else:
            conflict_uuid = str(uuid_module.uuid4())
            self.db.execute(
                "INSERT INTO conflicts (uuid, row_uuid, table_name, kind, entry_uuid, name, status, mine, theirs, "
                "mine_clock, theirs_clock, origin, created_at) VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?)",
                (conflict_uuid, uuid, info.name, kind, self._entry_of(info, mine), self._name(mine)[:500],
                 json.dumps(snapshot_mine), json.dumps(snapshot_theirs), dump_clock(my_clock),
                 dump_clock(their_clock), self.origin[:1000], self.now),
            )
            self.open_conflicts[uuid] = {"uuid": conflict_uuid, "mine": snapshot_mine, "theirs": snapshot_theirs,
                                         "mine_clock": my_clock, "theirs_clock": their_clock}
        self._record("conflict", kind, uuid, self._name(mine), self._entry_of(info, mine),
                     detail=detail or ("showing theirs" if take else "showing yours"))

    def _winner_is_theirs(self, info: TableInfo, mine: Unit, theirs: Unit) -> bool:
        if mine.get("kind") == "evaluation" and info is self.layout.entries:
            owner = mine.get("evaluator")
            mine_owned, theirs_owned = mine.get("author") == owner, theirs.get("author") == owner
            if mine_owned != theirs_owned or theirs.get("evaluator") != owner:
                return theirs_owned and theirs.get("evaluator") == owner
        if self.policy == "mine":
            return False
        if self.policy == "theirs":
            return True
        # newer wins, with a total order so that both laptops pick the same version
        def rank(unit: Unit) -> tuple:
            return (unit.get("modified_at") or "", unit.get("version") or 0, unit.get("author") or "",
                    self._hash(info, unit))
        return rank(theirs) > rank(mine)

    def _close_conflict(self, conflict_uuid: str, status: str) -> None:
        self.db.execute("UPDATE conflicts SET status=?, resolved_at=?, resolved_by=? WHERE uuid=?",
                        (status, self.now, self.ctx.author, conflict_uuid))
        for key, value in list(self.open_conflicts.items()):
            if value["uuid"] == conflict_uuid:
                del self.open_conflicts[key]

    def _snapshot_hash(self, info: TableInfo, snapshot: Mapping[str, Any]) -> str:
        return self._hash(info, snapshot)

    # ---- writing -----------------------------------------------------------------------------

    def _write(self, info: TableInfo, unit: Unit, *, insert: bool) -> None:
        """Queue a unit to be written as it is (every column but the local change_seq) into its table(s)."""
        parts: tuple[TableInfo, ...] = (info, self.layout.kinds[unit["kind"]]) if info is self.layout.entries \
            else (info,)
        for part in parts:
            _, _, _, getter = self._statements(part)
            values = list(getter(unit))
            if "change_seq" in part.columns:
                values.append(self.ctx.seq)
            if insert:
                self.inserts.setdefault(part.name, []).append(values)
            else:
                self.updates.setdefault(part.name, []).append([*values[1:], unit["uuid"]])
        if info is self.layout.entries:
            self.touched.add(unit["uuid"])
        else:
            self.touched |= self._entry_refs(info, unit)

    def _statements(self, part: TableInfo) -> tuple[list[str], str, str, Callable[[Unit], tuple[Any, ...]]]:
        """The columns written (uuid first), and the INSERT and UPDATE statements for a table, made once."""
        cached = self._sql.get(part.name)
        if cached is None:
            columns = ["uuid", *(c for c in part.columns if c != "uuid" and c not in LOCAL_COLUMNS)]
            names = [*columns, *(["change_seq"] if "change_seq" in part.columns else [])]
            insert = (f"INSERT INTO {quote(part.name)} ({', '.join(quote(c) for c in names)}) "
                      f"VALUES ({', '.join('?' * len(names))})")
            update = (f"UPDATE {quote(part.name)} SET {', '.join(f'{quote(c)}=?' for c in names[1:])} "
                      f"WHERE uuid=?")
            cached = self._sql[part.name] = (columns, insert, update, operator.itemgetter(*columns))
        return cached

    def _flush(self) -> None:
        """Write what the batch queued: inserts first (entries before kind rows), then updates, then states."""
        for name, rows in self.inserts.items():
            self.db.executemany(self._sql[name][1], rows)
        for name, rows in self.updates.items():
            self.db.executemany(self._sql[name][2], rows)
        self.db.executemany(
            "INSERT INTO sync_state (row_uuid, base_hash, clock, alias_of) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(row_uuid) DO UPDATE SET base_hash=excluded.base_hash, clock=excluded.clock, "
            "alias_of=coalesce(excluded.alias_of, sync_state.alias_of)", self.states,
        )
        self.inserts, self.updates, self.states = {}, {}, []

    def _their_clock(self, theirs: Unit) -> Clock:
        """The clock the file gives a row: its sync_state row, else what follows from the row itself."""
        state = self.their_state.get(theirs["uuid"])
        return dict(state[0]) if state is not None else default_clock(theirs, self.source)

    def _save_state(self, uuid: str, base_hash: str, clock: Clock) -> None:
        self.states.append((uuid, base_hash, dump_clock(clock), self.their_state.get(uuid, ({}, None))[1]))

    def _hash(self, info: TableInfo, unit: Mapping[str, Any]) -> str:
        kind = unit.get("kind") if info is self.layout.entries else None
        key = (info.name, kind)
        cached = self._hash_columns.get(key)
        if cached is None:
            kind_info = self.layout.kinds.get(kind or "") if kind else None
            columns = set(info.content_columns) | (set(kind_info.content_columns) if kind_info else set())
            json_columns = info.json_columns | (kind_info.json_columns if kind_info else frozenset())
            cached = self._hash_columns[key] = (tuple(sorted(columns)), json_columns)
        return content_hash(unit, cached[1], cached[0])

    def _entry_refs(self, info: TableInfo, unit: Mapping[str, Any]) -> set[str]:
        return {unit[c] for c, target in info.refs if target in self.layout.entry_tables and unit.get(c)}

    def _entry_of(self, info: TableInfo, unit: Unit) -> str | None:
        if info is self.layout.entries:
            return unit["uuid"]
        for column, target in info.refs:
            if target in self.layout.entry_tables and unit.get(column):
                return unit[column]
        return None

    def _name(self, unit: Unit) -> str:
        if "name" in unit and "kind" in unit:
            return str(unit["name"])
        parts = [str(unit[c]) for c in ("component", "relation", "framework", "dimension", "field") if unit.get(c)]
        return " ".join(parts)


def kind_change_error(name: str, uuid: str, theirs: str, mine: str) -> IncomingFileError:
    return IncomingFileError(
        f"{name}: entry {uuid} is a {theirs.replace('_', ' ')} in the file but a {mine.replace('_', ' ')} in your "
        f"atlas — a UUID never changes kind; refused"
    )


def refuse_kind_changes(store: Any, incoming: IncomingFile) -> None:
    """Before anything is written: no entry of the file has the UUID of an entry of another kind here."""
    with contextlib.closing(incoming.connect()) as theirs, store.read() as session:
        mine = session.connection().connection.driver_connection
        cursor = theirs.execute("SELECT uuid, kind FROM entries ORDER BY uuid")
        while rows := cursor.fetchmany(500):
            kinds = dict(rows)
            marks = ",".join("?" * len(kinds))
            for uuid, kind in mine.execute(f"SELECT uuid, kind FROM entries WHERE uuid IN ({marks})", tuple(kinds)):
                if kinds[uuid] != kind:
                    raise kind_change_error(incoming.source.name, uuid, kinds[uuid], kind)


def _snapshot(unit: Unit) -> dict[str, Any]:
    return {k: v for k, v in unit.items() if k not in LOCAL_COLUMNS}


def run_merge(
    store: Any, incoming: IncomingFile, policy: str, *, commit: bool,
    progress: Progress | None = None, cancelled: Cancelled | None = None,
) -> tuple[dict[str, dict[str, int]], list[MergeItem], frozenset[str]]:
    """Plan (commit=False, rolled back) or apply (one transaction) a merge; returns counts, items, touched."""
    result: dict[str, Any] = {}
    try:
        with store.write() as ctx:
            merger = Merger(ctx, incoming, policy, store.identity, progress, cancelled)
            ctx.via, ctx.source = "merge", merger.origin  # one history version per entry for the whole merge
            merger.run()
            with contextlib.closing(incoming.connect()) as theirs:  # the file's versions not seen here yet
                import_history(merger.db, theirs, incoming.source.name, ctx.seq)
            result.update(counts=merger.counts, items=merger.items, touched=frozenset(merger.touched))
            if not commit:
                raise _Rollback
            ctx.touched |= merger.touched
    except _Rollback:
        pass
    return result["counts"], result["items"], result["touched"]


def plan_summary(counts: Mapping[str, Mapping[str, int]]) -> list[dict[str, Any]]:
    """Rows for the preview table: one per kind with any activity."""
    kinds = sorted({kind for per_kind in counts.values() for kind, n in per_kind.items() if n})
    return [{"kind": kind, **{action: counts[action].get(kind, 0) for action in ACTIONS}} for kind in kinds]


def sql_time(moment: datetime) -> str:
    """A timestamp exactly as SQLAlchemy stores a DateTime in SQLite."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
