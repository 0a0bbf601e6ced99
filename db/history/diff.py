"""What changed between two points — snapshots, `now`, or another .atlas file — entry by entry, field by field.

Between two points of this atlas the diff composes the versions recorded between them (first old, last new), so
its cost follows what changed, not the size of the atlas. A side that is another file compares whole states: the
file is opened with the untrusted-file checks, and a snapshot side is rebuilt as of its point (db.history.asof).
"""

from __future__ import annotations

import contextlib
import html
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from db.errors import NotFoundError, ValidationError
from db.history.change_text import change_text
from db.history.graph import EXISTS, diff_fields, is_set_field
from db.history.snapshots import get_snapshot
from db.history.state import EntryState, live_names, states
from db.vocab import COUNT_KEYS

if TYPE_CHECKING:
    from db.store import Store

NOW = "now"


@dataclass(frozen=True)
class Point:
    """One side of a diff: a change sequence of this atlas (a snapshot or now), or another file."""

    label: str
    seq: int | None = None
    path: Path | None = None


@dataclass
class DiffEntry:
    uuid: str
    kind: str
    name: str
    fields: dict[str, list[Any]] = field(default_factory=dict)

    def to_dict(self, with_fields: bool) -> dict[str, Any]:
        data: dict[str, Any] = {"uuid": self.uuid, "kind": self.kind, "name": self.name}
        if with_fields:
            data["fields"] = self.fields
        return data


@dataclass
class Diff:
    a: str
    b: str
    added: list[DiffEntry] = field(default_factory=list)
    removed: list[DiffEntry] = field(default_factory=list)
    changed: list[DiffEntry] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"a": self.a, "b": self.b,
                "added": [e.to_dict(False) for e in self.added],
                "removed": [e.to_dict(False) for e in self.removed],
                "changed": [e.to_dict(True) for e in self.changed]}

    def sort(self) -> None:
        for part in (self.added, self.removed, self.changed):
            part.sort(key=lambda e: (e.kind, e.name.lower(), e.uuid))


def normalize_kind(kind: str | None) -> str | None:
    """A kind as lists name it (`models`, `policy-notes`) or as stored (`policy_note`)."""
    if kind is None:
        return None
    text = kind.strip().lower().replace("-", "_")
    for stored, plural in COUNT_KEYS.items():
        if text in (stored, plural):
            return stored
    choices = ", ".join(key.replace("_", "-") for key in COUNT_KEYS.values())
    raise ValidationError({"kind": f"unknown kind {kind!r}; choose one of {choices}"})


def resolve_point(store: Store, text: str) -> Point:
    """`now`, a snapshot name, or a path to another .atlas file."""
    name = text.strip()
    if name.lower() == NOW:
        return Point(NOW, seq=store.change_seq)
    try:
        return Point(name, seq=get_snapshot(store, name).seq)
    except NotFoundError as error:
        path = Path(name).expanduser()
        if name.endswith(".atlas") or path.exists():
            return Point(path.name, path=path)
        raise NotFoundError(f"{error} (nor is it 'now' or an .atlas file)") from None


def diff_points(store: Store, a: str, b: str, kind: str | None = None) -> Diff:
    """What changed from point A to point B (each a snapshot name, `now`, or an .atlas file)."""
    wanted = normalize_kind(kind)
    first, second = resolve_point(store, a), resolve_point(store, b)
    if first.seq is not None and second.seq is not None:
        result = _between(store, first, second)
    else:
        with _state_of(store, first) as before, _state_of(store, second) as after:
            result = _compare(first.label, second.label, before, after)
    return _only_kind(result, wanted)


def diff_databases(a: str, b: str, before: sqlite3.Connection, after: sqlite3.Connection,
                   kind: str | None = None) -> Diff:
    """What changed from one open atlas database to another, whole state against whole state (merge and
    import previews compare the atlas with a copy that had the merge or import applied)."""
    wanted = normalize_kind(kind)
    return _only_kind(_compare(a, b, states(before), states(after)), wanted)


def _only_kind(result: Diff, wanted: str | None) -> Diff:
    if wanted is not None:
        result.added = [e for e in result.added if e.kind == wanted]
        result.removed = [e for e in result.removed if e.kind == wanted]
        result.changed = [e for e in result.changed if e.kind == wanted]
    result.sort()
    return result


# ---- two points of this atlas: compose the versions between them --------------------------------


def _between(store: Store, first: Point, second: Point) -> Diff:
    assert first.seq is not None and second.seq is not None
    low, high = sorted((first.seq, second.seq))
    forward = first.seq <= second.seq
    composed: dict[str, tuple[str, dict[str, list[Any]]]] = {}
    with store.read() as session:
        db: sqlite3.Connection = session.connection().connection.driver_connection  # type: ignore[assignment]
        for entry_uuid, kind, changes in db.execute(
            "SELECT entry_uuid, entry_kind, changes FROM entry_history WHERE recorded_here AND seq > ? AND seq <= ? "
            "ORDER BY seq, at, uuid", (low, high)
        ):
            fields = composed.setdefault(entry_uuid, (kind, {}))[1]
            for name, (old, new) in json.loads(changes).items():
                if name in fields:
                    fields[name][1] = new
                else:
                    fields[name] = [old, new]
        names = dict(db.execute("SELECT uuid, name FROM entries WHERE uuid IN (SELECT entry_uuid FROM entry_history "
                                "WHERE recorded_here AND seq > ? AND seq <= ?)", (low, high)).fetchall())
        mentioned = {u for _, fields in composed.values() for f, pair in fields.items() if is_set_field(f)
                     for side in pair for u in (side or [])}
        names.update(live_names(db, mentioned))
    result = Diff(first.label, second.label)
    for uuid, (kind, fields) in composed.items():
        if not forward:
            fields = {f: [new, old] for f, (old, new) in fields.items()}
        fields = {f: pair for f, pair in fields.items() if pair[0] != pair[1]}
        existed = not (EXISTS in fields and not fields[EXISTS][0]) and not (
            "deleted_at" in fields and fields["deleted_at"][0] is not None)
        exists = not (EXISTS in fields and not fields[EXISTS][1]) and not (
            "deleted_at" in fields and fields["deleted_at"][1] is not None)
        name_pair = fields.get("name")
        entry = DiffEntry(uuid, kind, str(name_pair[1] if name_pair else names.get(uuid, uuid)))
        if existed and not exists:
            result.removed.append(entry)
        elif exists and not existed:
            result.added.append(entry)
        elif exists:
            entry.fields = {f: _named(f, pair, names) for f, pair in fields.items() if f not in (EXISTS, "deleted_at")}
            if entry.fields:
                result.changed.append(entry)
    return result


def _named(field_name: str, pair: list[Any], names: dict[str, str]) -> list[Any]:
    if not is_set_field(field_name):
        return pair
    return [sorted(names.get(str(u), str(u)) for u in (side or [])) for side in pair]


# ---- a side that is another file: compare whole states -------------------------------------------


@contextlib.contextmanager
def _state_of(store: Store, point: Point) -> Iterator[dict[str, EntryState]]:
    if point.path is not None:
        from db.exchange.untrusted import open_incoming

        with open_incoming(point.path) as incoming, contextlib.closing(incoming.connect()) as db:
            yield states(db)
        return
    assert point.seq is not None
    if point.seq >= store.change_seq:
        with store.read() as session:
            yield states(session.connection().connection.driver_connection)  # type: ignore[arg-type]
        return
    from db.history.asof import as_of_copy

    with as_of_copy(store, point.seq) as view, view.store.read() as session:
        yield states(session.connection().connection.driver_connection)  # type: ignore[arg-type]


def _compare(a: str, b: str, before: dict[str, EntryState], after: dict[str, EntryState]) -> Diff:
    result = Diff(a, b)
    names = {u: s.name for u, s in before.items()} | {u: s.name for u, s in after.items()}
    live_before = {u for u, s in before.items() if not s.deleted}
    live_after = {u for u, s in after.items() if not s.deleted}
    for uuid in sorted(live_after - live_before):
        result.added.append(DiffEntry(uuid, after[uuid].kind, after[uuid].name))
    for uuid in sorted(live_before - live_after):
        result.removed.append(DiffEntry(uuid, before[uuid].kind, before[uuid].name))
    for uuid in sorted(live_before & live_after):
        fields = diff_fields(before[uuid].fields, after[uuid].fields)
        fields.pop("deleted_at", None)
        if fields:
            result.changed.append(DiffEntry(uuid, after[uuid].kind, after[uuid].name,
                                            {f: _named(f, pair, names) for f, pair in fields.items()}))
    return result


# ---- output ----------------------------------------------------------------------------------------


def table_rows(diff: Diff) -> list[dict[str, str]]:
    rows = [{"change": "added", "kind": e.kind, "name": e.name, "field": "", "old": "", "new": ""}
            for e in diff.added]
    rows += [{"change": "removed", "kind": e.kind, "name": e.name, "field": "", "old": "", "new": ""}
             for e in diff.removed]
    for entry in diff.changed:
        for name, (old, new) in entry.fields.items():
            rows.append({"change": "changed", "kind": entry.kind, "name": entry.name, "field": name,
                         "old": change_text(old), "new": change_text(new)})
    return rows


def summary(diff: Diff) -> str:
    return f"{len(diff.added)} added, {len(diff.removed)} removed, {len(diff.changed)} changed"


def to_markdown(diff: Diff) -> str:
    def cell(text: str) -> str:
        return text.replace("|", "\\|").replace("\n", " ")

    lines = [f"# Changes from {diff.a} to {diff.b}", "", summary(diff) + ".", ""]
    for title, part in (("Added", diff.added), ("Removed", diff.removed)):
        if part:
            lines += [f"## {title}", "", *(f"- {cell(e.name)} ({e.kind.replace('_', ' ')})" for e in part), ""]
    if diff.changed:
        lines += ["## Changed", "", "| Entry | Kind | Field | Old | New |", "| --- | --- | --- | --- | --- |"]
        for entry in diff.changed:
            for name, (old, new) in entry.fields.items():
                lines.append(f"| {cell(entry.name)} | {entry.kind.replace('_', ' ')} | {cell(name)} | "
                             f"{cell(change_text(old))} | {cell(change_text(new))} |")
        lines.append("")
    return "\n".join(lines)


def to_html(diff: Diff) -> str:
    def esc(text: str) -> str:
        return html.escape(text, quote=True)

    parts = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
             f"<title>Changes from {esc(diff.a)} to {esc(diff.b)}</title>",
             "<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
             "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}"
             ".old{color:#a33}.new{color:#272}</style></head><body>",
             f"<h1>Changes from {esc(diff.a)} to {esc(diff.b)}</h1>", f"<p>{esc(summary(diff))}.</p>"]
    for title, part in (("Added", diff.added), ("Removed", diff.removed)):
        if part:
            parts.append(f"<h2>{title}</h2><ul>")
            parts += [f"<li>{esc(e.name)} <small>({esc(e.kind.replace('_', ' '))})</small></li>" for e in part]
            parts.append("</ul>")
    if diff.changed:
        parts.append("<h2>Changed</h2><table><tr><th>Entry</th><th>Kind</th><th>Field</th><th>Old</th>"
                     "<th>New</th></tr>")
        for entry in diff.changed:
            for name, (old, new) in entry.fields.items():
                parts.append(f"<tr><td>{esc(entry.name)}</td><td>{esc(entry.kind.replace('_', ' '))}</td>"
                             f"<td>{esc(name)}</td><td class=\"old\">{esc(change_text(old))}</td>"
                             f"<td class=\"new\">{esc(change_text(new))}</td></tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
