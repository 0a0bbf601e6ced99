"""Verdicts over time: a saved use case or a model's rules as of a snapshot, and the verdicts that flipped since.

The advisor is called through its public API on an as-of view of the atlas (db.history.asof), so a check as of
a snapshot runs exactly the code a check runs today, on the entries as they were then.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from db.errors import NotFoundError
from db.history.asof import as_of_copy
from db.history.snapshots import SnapshotInfo, get_snapshot

if TYPE_CHECKING:
    from db.advisor.api import CheckResult, RuleResult, SavedCase
    from db.store import Store


@dataclass(frozen=True)
class FlipCause:
    """One recorded change since the snapshot to something the verdict rests on (the model or its license)."""

    entry_uuid: str
    entry: str
    kind: str
    at: str
    author: str
    via: str
    field: str
    old: Any
    new: Any

    def to_dict(self) -> dict[str, Any]:
        return {"entry_uuid": self.entry_uuid, "entry": self.entry, "kind": self.kind, "at": self.at,
                "author": self.author, "via": self.via, "field": self.field, "old": self.old, "new": self.new}


@dataclass
class Flip:
    """A model whose verdict differs between the snapshot and now, with the changes that explain it."""

    uuid: str
    model: str
    before: str | None  # None: not in the check then
    after: str | None  # None: not in the check now
    causes: list[FlipCause] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "model": self.model, "before": self.before, "after": self.after,
                "changes": [cause.to_dict() for cause in self.causes]}


def _saved_case(store: Store, view_store: Store, name: str) -> SavedCase:
    """The use case as it was saved then (or, if it was saved later, as it is saved now)."""
    from db.advisor.api import get_use_case

    try:
        return get_use_case(view_store, name)
    except NotFoundError:
        return get_use_case(store, name)


def check_as_of(store: Store, use_case: str, snapshot: str, *,
                model_uuids: list[str] | None = None) -> tuple[SnapshotInfo, SavedCase, list[CheckResult]]:
    """A saved use case run on the atlas as of `snapshot` (nothing is recorded)."""
    from db.advisor.api import check_use_case

    point = get_snapshot(store, snapshot)
    with as_of_copy(store, point.seq) as view:
        saved = _saved_case(store, view.store, use_case)
        wanted = None if model_uuids is None else [u for u in model_uuids if _is_live_model(view.store, u)]
        return point, saved, check_use_case(view.store, saved.usecase, model_uuids=wanted)


def rules_as_of(store: Store, model_uuid: str, snapshot: str,
                regions: list[str] | None = None) -> tuple[SnapshotInfo, list[RuleResult]]:
    """The rules that bound a model's maker as of `snapshot`, from the facts recorded then."""
    from db.advisor.api import rules_for

    point = get_snapshot(store, snapshot)
    with as_of_copy(store, point.seq) as view:
        if not _is_live_model(view.store, model_uuid):
            raise NotFoundError(f"the model was not in the atlas as of snapshot {point.name!r}")
        # each note's status on the snapshot's day, from its dates as recorded then (not the status typed today)
        return point, rules_for(view.store, model_uuid, regions=regions, on=point.at.date())


def _is_live_model(store: Store, uuid: str) -> bool:
    try:
        return store.get(uuid).kind == "model"
    except NotFoundError:
        return False


def verdict_flips(store: Store, use_case: str, snapshot: str, *, model_uuids: list[str] | None = None
                  ) -> tuple[SnapshotInfo, list[CheckResult], list[Flip]]:
    """Models whose verdict for a saved use case changed since `snapshot`, each with the changes behind it."""
    from db.advisor.api import check_use_case, get_use_case

    point, _, then = check_as_of(store, use_case, snapshot, model_uuids=model_uuids)
    saved = get_use_case(store, use_case)
    now = check_use_case(store, saved.usecase, model_uuids=model_uuids)
    before = {r.uuid: r for r in then}
    after = {r.uuid: r for r in now}
    flips: list[Flip] = []
    for uuid in dict.fromkeys([*before, *after]):
        old, new = before.get(uuid), after.get(uuid)
        old_verdict = old.verdict.verdict if old else None
        new_verdict = new.verdict.verdict if new else None
        if old_verdict != new_verdict:
            name = (new or old).model  # type: ignore[union-attr]
            licenses = {r.license["uuid"] for r in (old, new) if r is not None and r.license}
            flips.append(Flip(uuid, name, old_verdict, new_verdict,
                              _causes(store, point.seq, [uuid, *sorted(licenses)])))
    flips.sort(key=lambda f: f.model.casefold())
    return point, now, flips


def _causes(store: Store, seq: int, uuids: list[str]) -> list[FlipCause]:
    """The changes recorded here since `seq` to these entries (the model, then its licenses), oldest first."""
    causes: list[FlipCause] = []
    with store.read() as session:
        db: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
        names = dict(db.execute(f"SELECT uuid, name FROM entries WHERE uuid IN ({','.join('?' * len(uuids))})",
                                uuids).fetchall())
        for uuid in uuids:
            for at, author, via, kind, changes in db.execute(
                "SELECT at, author, via, entry_kind, changes FROM entry_history WHERE entry_uuid=? AND recorded_here "
                "AND seq > ? ORDER BY seq, at", (uuid, seq)
            ):
                for name, (old, new) in json.loads(changes).items():
                    causes.append(FlipCause(uuid, names.get(uuid, uuid), kind, str(at).replace(" ", "T")[:19],
                                            author, via, name, old, new))
    return causes
