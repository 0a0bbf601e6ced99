"""One sync with a hub: pull what others pushed since the last sync and merge it, then push what changed here.

Both sides are transactions: the local one (the merge, the push's bookkeeping and the cursors) commits only after
the hub's push committed, so an interruption anywhere — a dropped connection, kill -9 of this process or of the
server — leaves each side as it was or fully synced; the next sync completes it (a push the hub committed but this
laptop never heard of comes back as unchanged rows and is not sent again). Pulls read one snapshot of the hub;
pushes hold the hub's push lock and are numbered, and a push goes ahead only if nobody pushed since the snapshot
that was merged (else the sync starts over).

The laptop's cursors live in `atlas_meta`: `hub:HUB_ID:pulled` (the last push number merged here),
`hub:HUB_ID:pushed` (the local change sequence up to which rows were compared with the hub) and
`hub:HUB_ID:synced_at`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from db.exchange.merge import ACTIONS, MergeItem, Merger
from db.hub.connection import connect, display_address, first_line
from db.hub.errors import HubConnectionError, HubError, HubPermissionError
from db.hub.hubschema import LOG_TABLE, PUSH_LOCK, read_hub
from db.hub.pull import stage
from db.hub.push import PushPlan, plan_push, settle_here, twins_kept_here, write_push
from db.jobs import Cancelled, StagedProgress

if TYPE_CHECKING:
    import psycopg

    from db.store import Store

ATTEMPTS = 5
"""Times a sync starts over when another laptop pushed between its pull and its push."""
CHANGED = ("new", "updated", "deleted")


@dataclass
class SyncReport:
    """What a sync did (or, dry run, would do): rows pushed and pulled per kind, conflicts, the hub's version."""

    address: str
    hub_id: str
    pushed: dict[str, int]
    pulled: dict[str, int]
    conflicts: int
    hub_version: int
    dry_run: bool = False
    pull_only: bool = False
    withheld: int = 0
    items: list[MergeItem] = field(default_factory=list)
    touched: frozenset[str] = frozenset()

    def to_json(self) -> dict[str, Any]:
        return {"pushed": dict(self.pushed), "pulled": dict(self.pulled), "conflicts": self.conflicts,
                "hub_version": self.hub_version, "hub": self.address, "hub_id": self.hub_id,
                "dry_run": self.dry_run, "pull_only": self.pull_only, "private_kept_here": self.withheld}


class _Retry(Exception):
    """Someone pushed between this sync's pull and its push: start over (nothing was kept)."""


class _DryRun(Exception):
    """Raised inside the local transaction of a dry run so that nothing it did is kept."""


def meta_key(hub_id: str, name: str) -> str:
    return f"hub:{hub_id}:{name}"


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM atlas_meta WHERE key=?", (key,)).fetchone()
    return str(row[0]) if row else None


def _set_meta(db: sqlite3.Connection, values: dict[str, str]) -> None:
    db.executemany("INSERT INTO atlas_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
                   "value=excluded.value", list(values.items()))


def sync(store: Store, address: str, *, dry_run: bool = False, pull_only: bool = False,
         progress: StagedProgress | None = None, cancelled: Cancelled | None = None) -> SyncReport:
    """Sync the atlas with the hub at `address`; raises a HubError (one line; nothing changed here) when it cannot."""
    import psycopg

    report = progress or (lambda _stage, _done, _total: None)
    report("connecting", 0, 1)
    connection = connect(address)
    try:
        for _attempt in range(ATTEMPTS):
            try:
                return _attempt_sync(store, connection, address, dry_run, pull_only, report, cancelled)
            except _Retry:
                continue
        raise HubError(f"the hub {display_address(address)} is busy (other laptops kept pushing); nothing was changed "
                       "here — sync again in a moment")
    except psycopg.errors.InsufficientPrivilege as error:
        raise _refused(error, address, connection) from None
    except psycopg.OperationalError as error:
        raise HubConnectionError(f"the connection to the hub {display_address(address)} was lost during the sync: "
                                 f"{first_line(error)}; nothing was changed here — sync again") from None
    except psycopg.Error as error:
        raise HubError(f"the hub {display_address(address)} refused the sync: {first_line(error)}; nothing was "
                       "changed here") from None
    finally:
        connection.close()


def _refused(error: Exception, address: str, connection: psycopg.Connection) -> HubError:
    where = display_address(address)
    text = first_line(error)
    user = connection.info.user if not connection.closed else "you"
    if "row-level security" in text:
        return HubPermissionError(f"the hub {where} refused the push: {text} (private notes and evaluations stay on "
                                  "your laptop); nothing was changed here")
    return HubPermissionError(f"the hub {where} refused to let {user} push ({text}): this login may read but not "
                              f"write; nothing was changed here — `modelatlas sync URL --pull-only` pulls without "
                              f"pushing, or a hub owner runs `modelatlas hub grant URL {user} editor`")


def _attempt_sync(store: Store, connection: psycopg.Connection, address: str, dry_run: bool, pull_only: bool,
                  report: StagedProgress, cancelled: Cancelled | None) -> SyncReport:
    from psycopg import IsolationLevel

    where = display_address(address)
    result: dict[str, Any] = {}
    connection.isolation_level = IsolationLevel.REPEATABLE_READ  # one snapshot of the hub for the whole pull
    connection.read_only = True
    try:
        with store.write() as ctx:
            db: sqlite3.Connection = ctx.session.connection().connection.driver_connection  # type: ignore[assignment]
            with connection.cursor() as cursor:
                hub = read_hub(cursor, address)
                pulled_since = int(_meta(db, meta_key(hub.hub_id, "pulled")) or 0)
                pushed_since = int(_meta(db, meta_key(hub.hub_id, "pushed")) or 0)
                counts: dict[str, dict[str, int]] = {action: {} for action in ACTIONS}
                items: list[MergeItem] = []
                twins: dict[str, set[str]] = {}
                if hub.version > pulled_since:
                    staged = stage(cursor, pulled_since, f"team hub {where}", hub.hub_id, progress=report,
                                   cancelled=cancelled)
                    try:
                        merger = Merger(ctx, staged.incoming, "newer", store.identity, report, cancelled)
                        merger.origin = f"team hub {where} (hub version {hub.version})"[:1000]
                        merger.run()
                        twins = twins_kept_here(staged.incoming.copy, db)
                    finally:
                        staged.close()
                    counts, items = merger.counts, merger.items
                    ctx.touched |= merger.touched
                plan = PushPlan() if pull_only else plan_push(db, cursor, store.identity, pushed_since,
                                                               merged=ctx.seq, extra=twins, progress=report,
                                                               cancelled=cancelled)
            connection.rollback()  # the snapshot is done with
            version = hub.version
            if dry_run:
                result["report"] = _report(where, hub.hub_id, plan, counts, items, version, True, pull_only,
                                           ctx.touched)
                raise _DryRun
            if plan.rows:
                version = _push(connection, db, plan, store.identity, hub.version, report, cancelled)
            settle_here(db, plan)
            values = {meta_key(hub.hub_id, "pulled"): str(version),
                      meta_key(hub.hub_id, "synced_at"): datetime.now(UTC).replace(microsecond=0).isoformat()}
            if not pull_only:
                values[meta_key(hub.hub_id, "pushed")] = str(ctx.seq)
            _set_meta(db, values)
            result["report"] = _report(where, hub.hub_id, plan, counts, items, version, False, pull_only,
                                       frozenset(ctx.touched))
    except _DryRun:
        pass
    finally:
        if not connection.closed:
            connection.rollback()
    report("done", 1, 1)
    return result["report"]


def _push(connection: psycopg.Connection, db: sqlite3.Connection, plan: PushPlan, identity: str, seen: int,
          report: StagedProgress, cancelled: Cancelled | None) -> int:
    """Write the plan under the hub's push lock, if nobody pushed since `seen`; commits the hub's transaction."""
    from psycopg import IsolationLevel

    connection.read_only = False
    connection.isolation_level = IsolationLevel.READ_COMMITTED  # statements after the lock see the latest pushes
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (PUSH_LOCK,))
        cursor.execute("SET LOCAL idle_in_transaction_session_timeout = '120s'")
        cursor.execute(f"SELECT coalesce(max(push), 0) FROM {LOG_TABLE}")
        if int(cursor.fetchone()[0]) != seen:  # type: ignore[index]
            connection.rollback()
            raise _Retry
        push = write_push(db, cursor, plan, identity, progress=report, cancelled=cancelled)
    connection.commit()
    return push


def _report(where: str, hub_id: str, plan: PushPlan, counts: dict[str, dict[str, int]], items: list[MergeItem],
            version: int, dry_run: bool, pull_only: bool, touched: frozenset[str] | set[str]) -> SyncReport:
    pulled: dict[str, int] = {}
    for action in CHANGED:
        for kind, n in counts.get(action, {}).items():
            if n:
                pulled[kind] = pulled.get(kind, 0) + n
    conflicts = sum(counts.get("conflicts", {}).values())
    return SyncReport(where, hub_id, plan.counts(), pulled, conflicts, version, dry_run, pull_only, plan.withheld,
                      [item for item in items if item.action != "unchanged"], frozenset(touched))
