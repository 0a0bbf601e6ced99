"""What the laptop knows of its hubs without asking them: last sync and the changes not pushed yet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.exchange.layout import layout

if TYPE_CHECKING:
    from db.store import Store


@dataclass
class LocalSyncState:
    hub_id: str
    synced_at: str | None
    hub_version: int  # the last hub version merged here
    pending: int  # rows changed here since the last sync (what the next sync compares with the hub)

    def to_json(self) -> dict[str, Any]:
        return {"hub_id": self.hub_id, "synced_at": self.synced_at, "hub_version": self.hub_version,
                "pending": self.pending}


def local_sync_states(store: Store) -> list[LocalSyncState]:
    """One line per hub this atlas has synced with (a status bar shows the last sync and pending changes)."""
    from db.exchange.manifest import quote

    lay = layout()
    with store.read() as session:
        db: Any = session.connection().connection.driver_connection
        meta = {str(k): str(v) for k, v in db.execute("SELECT key, value FROM atlas_meta WHERE key LIKE 'hub:%'")}
        hubs = sorted({key.split(":")[1] for key in meta if key.count(":") == 2})
        states = []
        for hub_id in hubs:
            since = int(meta.get(f"hub:{hub_id}:pushed", "0") or 0)
            pending = sum(db.execute(f"SELECT count(*) FROM {quote(info.name)} WHERE change_seq > ?",
                                     (since,)).fetchone()[0] for info in (lay.entries, *lay.rows))
            states.append(LocalSyncState(hub_id, meta.get(f"hub:{hub_id}:synced_at"),
                                         int(meta.get(f"hub:{hub_id}:pulled", "0") or 0), int(pending)))
    return states
