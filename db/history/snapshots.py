"""Named snapshots: a dated point in this atlas's history (its change sequence and counts), never a copy."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, select

from db.errors import NotFoundError, ValidationError
from db.schema import Snapshot

if TYPE_CHECKING:
    from db.store import Store

MAX_NAME = 200
RESERVED = ("now",)
"""Names that mean something else where a snapshot is named (`diff now …`)."""


@dataclass(frozen=True)
class SnapshotInfo:
    name: str
    at: datetime
    author: str
    seq: int
    counts: dict[str, int]
    note: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "at": self.at.isoformat(timespec="seconds"), "author": self.author,
                "seq": self.seq, "counts": dict(self.counts), "note": self.note}


def _info(row: Snapshot) -> SnapshotInfo:
    return SnapshotInfo(row.name, row.at, row.author, row.seq, dict(row.counts or {}), row.note or "")


def _clean(name: str) -> str:
    text = " ".join(str(name).split())
    if not text:
        raise ValidationError({"name": "a snapshot needs a name"})
    if len(text) > MAX_NAME:
        raise ValidationError({"name": f"a snapshot name is at most {MAX_NAME} characters"})
    if text.lower() in RESERVED or text.lower().endswith(".atlas"):
        raise ValidationError({"name": f"{text!r} cannot name a snapshot (diff reads it as 'now' or a file)"})
    return text


def create_snapshot(store: Store, name: str, note: str = "") -> SnapshotInfo:
    """Mark the atlas as it is now under `name` (unique): cheap, since history reconstructs it later."""
    text = _clean(name)
    counts = store.counts()
    with store.write(notify=False) as ctx:
        if ctx.session.scalars(select(Snapshot).where(Snapshot.name == text)).first() is not None:
            raise ValidationError({"name": f"a snapshot named {text!r} exists already"})
        # every change after this point is recorded under a larger change sequence number
        row = Snapshot(uuid=str(uuid_module.uuid4()), name=text, at=ctx.now, author=ctx.author, seq=ctx.seq,
                       counts=counts, note=note)
        ctx.session.add(row)
    return _info(row)


def list_snapshots(store: Store) -> list[SnapshotInfo]:
    """Every snapshot, oldest first."""
    with store.read() as session:
        return [_info(row) for row in session.scalars(select(Snapshot).order_by(Snapshot.seq, Snapshot.at))]


def get_snapshot(store: Store, name: str) -> SnapshotInfo:
    text = " ".join(str(name).split())
    with store.read() as session:
        row = session.scalars(select(Snapshot).where(Snapshot.name == text)).first()
        if row is None:
            known = [r for r in session.scalars(select(Snapshot.name).order_by(Snapshot.seq))]
            hint = f"; snapshots: {', '.join(known[:8])}" if known else "; there are no snapshots yet"
            raise NotFoundError(f"no snapshot named {text!r}{hint}")
        return _info(row)


def delete_snapshot(store: Store, name: str) -> SnapshotInfo:
    """Forget a snapshot (the history it pointed into stays)."""
    info = get_snapshot(store, name)
    with store.write(notify=False) as ctx:
        ctx.session.execute(delete(Snapshot).where(Snapshot.name == info.name))
    return info
