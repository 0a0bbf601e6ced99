"""One entry's history: its versions newest first, the state right after a version, and restoring it."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from db.errors import AtlasError, NotFoundError, ValidationError
from db.history.apply import Stamp, apply_fields
from db.history.graph import is_set_field
from db.history.state import live_names, states

if TYPE_CHECKING:
    from db.schema import Entry
    from db.store import Store


@dataclass(frozen=True)
class Version:
    """One version of an entry: what changed ({field: [old, new]}), when, by whom, how and from where."""

    version: int
    at: str
    author: str
    via: str
    source: str
    changes: dict[str, list[Any]]
    uuid: str
    recorded_here: bool

    def to_dict(self) -> dict[str, Any]:
        return {"version": self.version, "at": self.at, "author": self.author, "via": self.via,
                "source": self.source, "changes": self.changes}


def _driver(session: Any) -> sqlite3.Connection:
    return session.connection().connection.driver_connection


def find_entry(store: Store, name_or_uuid: str) -> Entry:
    """A live entry by name or UUID, or a deleted one by its full UUID (its history can still restore it)."""
    try:
        return store.resolve(name_or_uuid)
    except NotFoundError:
        text = name_or_uuid.strip().lower()
        if len(text) == 36:
            return store.get(text, include_deleted=True)
        raise


def _versions(db: sqlite3.Connection, uuid: str) -> list[Version]:
    rows = db.execute("SELECT uuid, at, author, via, source, changes, recorded_here FROM entry_history "
                      "WHERE entry_uuid=? ORDER BY at, seq, uuid", (uuid,)).fetchall()
    return [Version(number, str(at).replace(" ", "T")[:26], author, via, source, json.loads(changes), row_uuid,
                    bool(here))
            for number, (row_uuid, at, author, via, source, changes, here) in enumerate(rows, start=1)]


def entry_history(store: Store, name_or_uuid: str, *, names: bool = True) -> list[Version]:
    """The entry's versions, newest first; with `names`, UUIDs in tags, links and sources read as names."""
    with store.read() as session:
        db = _driver(session)
        text = name_or_uuid.strip().lower()
        # a full UUID (what the desktop passes) needs no name resolution: one indexed look-up
        found = db.execute("SELECT uuid FROM entries WHERE uuid=?", (text,)).fetchone() if len(text) == 36 else None
        uuid = found[0] if found else find_entry(store, name_or_uuid).uuid
        versions = _versions(db, uuid)
        if not names:
            return list(reversed(versions))
        mentioned = {u for v in versions for f, pair in v.changes.items() if is_set_field(f)
                     for side in pair for u in (side or [])}
        known = live_names(db, mentioned)
    named = [Version(v.version, v.at, v.author, v.via, v.source,
                     {f: [_named(side, known) for side in pair] if is_set_field(f) else pair
                      for f, pair in v.changes.items()}, v.uuid, v.recorded_here) for v in versions]
    return list(reversed(named))


def _named(members: Any, known: dict[str, str]) -> Any:
    if not isinstance(members, list):
        return members
    return sorted(known.get(str(m), str(m)) for m in members)


def version_state(versions: list[Version], number: int) -> dict[str, Any]:
    """The fields that differ from now in the entry right after version `number` (versions oldest first).

    Versions recorded here after it are undone (each field takes the old value of the earliest); a teammate's
    version (which came in a merge) also gives its new values, since they are what it says the entry became.
    """
    if not versions:
        raise ValidationError({"version": "this entry has no recorded history"})
    if not 1 <= number <= len(versions):
        raise ValidationError({"version": f"must be between 1 and {len(versions)} (this entry has "
                                          f"{len(versions)} version{'s' if len(versions) != 1 else ''})"})
    target: dict[str, Any] = {}
    for later in reversed(versions[number:]):
        if later.recorded_here:
            for field, (old, _new) in later.changes.items():
                target[field] = old
    chosen = versions[number - 1]
    if not chosen.recorded_here:
        for field, (_old, new) in chosen.changes.items():
            target[field] = new
    return target


def restore_version(store: Store, name_or_uuid: str, number: int) -> Version | None:
    """Make the entry as it was right after version `number`, recorded as a new version (None: already so)."""
    if isinstance(number, bool) or not isinstance(number, int):
        raise ValidationError({"version": "must be a whole number"})
    entry = find_entry(store, name_or_uuid)
    with store.write() as ctx:
        db = _driver(ctx.session)
        versions = _versions(db, entry.uuid)
        target = version_state(versions, number)
        current = states(db, [entry.uuid])[entry.uuid]
        wanted = {field: value for field, value in target.items()
                  if field != "evaluations" and current.fields.get(field, [] if is_set_field(field) else None)
                  != value and not (field == "exists" and value)}
        if not wanted:
            return None
        ctx.via, ctx.source = "restore", f"version {number}"
        ctx.session.flush()
        apply_fields(db, entry.uuid, entry.kind, wanted,
                     Stamp(ctx.now.strftime("%Y-%m-%d %H:%M:%S.%f"), ctx.author, ctx.seq))
        ctx.session.expire_all()
        restored = ctx.entry(entry.uuid, include_deleted=True)
        ctx.stamp(restored)
        ctx.touch(restored)
        _refresh(store, ctx, restored)
    after = _versions_of(store, entry.uuid)
    if not after:
        raise AtlasError("the restore was not recorded")
    return after[-1]


def _refresh(store: Store, ctx: Any, entry: Entry) -> None:
    """Derived values (a model's MOF class and suggested grade; search documents of dependents) follow."""
    from db.schema import Model

    if isinstance(entry, Model) and entry.deleted_at is None:
        store._refresh_model_openness(ctx, entry)
    store._touch_dependents(ctx, entry)


def _versions_of(store: Store, uuid: str) -> list[Version]:
    with store.read() as session:
        return _versions(_driver(session), uuid)
