"""The team hub: every laptop's atlas syncs through one PostgreSQL database (offline-first; SQLite stays the copy).

API (all functions take a hub *address*: a `postgresql://` URL, a libpq connection string or a service name; the
password comes from PGPASSFILE / ~/.pgpass, never from the app's settings — show or remember
`display_address(address)`, which has none). Every failure is a `db.hub.errors.HubError` with a one-line message,
and leaves the local atlas unchanged:

* `init_hub(address) -> InitReport` — create the hub in an empty database (the database's owner, with CREATEROLE),
  or upgrade it to this app's schema (a hub owner); same Alembic revisions as the laptops.
* `grant(address, login, "viewer" | "editor" | "owner") -> GrantReport` — viewer pulls, editor also pushes, owner
  also grants roles and upgrades the schema; enforced by PostgreSQL (GRANTs and row-level security).
* `hub_status(address) -> HubStatus` — versions, counts per kind, pushes and atlases, this login's role.
* `sync(store, address, *, dry_run=False, pull_only=False, progress=None, cancelled=None) -> SyncReport` — pull and
  merge, then push; `progress` is a `db.jobs.StagedProgress` (stages: connecting, pulling, merging, comparing,
  pushing, done) and `cancelled` a `db.jobs.Cancelled` such as `db.jobs.CancelToken` (cancelling rolls back both
  sides and raises `HubSyncCancelled`). `SyncReport.to_json()` is `{pushed: {kind: n}, pulled: {kind: n},
  conflicts: n, hub_version: N, ...}`; `items` are the merge's log lines, `touched` the entries changed here.
  Call it from a worker thread: the store's listeners hear the change after the commit. Conflicts land in the
  atlas's `conflicts` table (`db.exchange.api.list_conflicts`), as after a file merge.
* `local_sync_states(store) -> list[LocalSyncState]` — per hub synced with: last sync, hub version, pending changes.
* `pushed_versions(address, entry_uuid) -> list[PushedVersion]` — who pushed which version of an entry (and of its
  rows), when and from which atlas, newest first: the hub's side of an entry's history.

How a sync decides: see `db.hub.sync` (transactions, cursors), `db.hub.pull` (staging for the merge core) and
`db.hub.push` (what is sent, private rows withheld); the hub's tables, roles and policies: `db.hub.hubschema`.
"""

from __future__ import annotations

from db.hub.admin import GrantReport, HubStatus, PushedVersion, grant, hub_status, pushed_versions
from db.hub.connection import display_address
from db.hub.errors import HubError, HubSyncCancelled
from db.hub.hubschema import InitReport, init_hub
from db.hub.local import LocalSyncState, local_sync_states
from db.hub.sync import SyncReport, sync

__all__ = [
    "GrantReport", "HubError", "HubStatus", "HubSyncCancelled", "InitReport", "LocalSyncState", "PushedVersion",
    "SyncReport", "display_address", "grant", "hub_status", "init_hub", "local_sync_states", "pushed_versions", "sync",
]
