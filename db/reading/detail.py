"""Everything about one entry, read with plain SQL: db.detail.entry_detail's dict, key for key, without the ORM.

Values are read as the store loads them (db.reading.loaded), related entries in the order the store's queries give,
and a model's own sections come from db.reading.detail_model. tests/db/test_reading_detail.py compares the two
for every entry of the seed, of an atlas with imported catalogs and of a damaged file.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from db.errors import NotFoundError
from db.fields import FIELDS, KIND_LABELS, FieldSpec, FieldType, display
from db.reading.connection import snapshot
from db.reading.detail_clauses import clauses_of, entry_mark
from db.reading.loaded import live_refs, load_entries, load_entry, row_of, select_sql
from db.reading.problems import entry_problems
from db.reading.provenance import organization_scores, provenance_detail

LINK_SOURCE = "source"
LINK_CONCERNS = "concerns"
"""The relations of a source backing an entry and of a policy note concerning one (db.schema's)."""
_LIVE_LINK = "links.deleted_at IS NULL"


def entry_detail(connection: sqlite3.Connection, uuid: str) -> dict[str, Any]:
    """db.detail.entry_detail of the live entry `uuid` (NotFoundError when there is none), in one read snapshot."""
    with _one_snapshot(connection):
        entry = load_entry(connection, uuid)
        if entry is None or entry["deleted_at"] is not None:
            raise NotFoundError(f"no entry with UUID {uuid}")
        return _detail(connection, entry)


@contextlib.contextmanager
def _one_snapshot(connection: sqlite3.Connection) -> Iterator[None]:
    if connection.in_transaction:  # the caller's snapshot
        yield
        return
    with snapshot(connection):
        yield


def _detail(connection: sqlite3.Connection, entry: dict[str, Any]) -> dict[str, Any]:
    uuid, kind = entry["uuid"], entry["kind"]
    detail: dict[str, Any] = {
        "uuid": uuid,
        "kind": kind,
        "kind_label": KIND_LABELS[kind][0],
        "name": entry["name"],
        "created_at": entry["created_at"].isoformat(timespec="seconds") if entry["created_at"] else None,
        "modified_at": entry["modified_at"].isoformat(timespec="seconds") if entry["modified_at"] else None,
        # values the file holds that are not valid (a damaged or hand-edited file): shown, never used
        "invalid": [problem.to_json() for problem in entry_problems(connection, uuid)],
        "author": entry["author"],
        "version": entry["version"],
        "fields": _fields(connection, entry),
        "tags": _tags(connection, uuid),
        "sources": _sources(connection, uuid),
        "notes": [_ref(n) | {"author": n["author"]} for n in _live(load_entries(
            connection, "note", "k.target_uuid = ?", (uuid,)))],
        "evaluations": _evaluations(connection, uuid),
        "policy_notes": [_ref(p) | {"jurisdiction": p["jurisdiction"], "status": p["status"]}
                         for p in _concerning(connection, uuid)],
        "verified": entry_mark(entry),
    }
    if kind == "model":
        from db.reading.detail_model import model_sections

        detail |= model_sections(connection, uuid)
    elif kind == "license":
        detail["clauses"] = clauses_of(entry)
        detail["models"] = _models(connection, "k.license_uuid = ?", uuid)
    elif kind == "organization":
        detail["models"] = _models(connection, "k.developer_uuid = ?", uuid)
    elif kind == "policy_note":
        detail["concerns"] = _linked(connection, "links.to_uuid", "links.from_uuid", uuid, LINK_CONCERNS)
        detail["conditions"] = entry["conditions"]
        detail["status_verified"] = entry_mark(entry, policy_status=True)
    elif kind == "tag":
        detail["entries"] = _refs(connection, "JOIN entry_tags ON entry_tags.entry_uuid = entries.uuid",
                                  "entry_tags.tag_uuid = ? AND entry_tags.deleted_at IS NULL", (uuid,),
                                  "entries.kind, entries.name_key")
    elif kind == "source":
        detail["backs"] = _linked(connection, "links.to_uuid", "links.from_uuid", uuid, LINK_SOURCE)
    elif kind in ("note", "evaluation"):
        detail["target"] = _target(connection, entry["target_uuid"]) if entry["target_uuid"] else None
    detail |= provenance_detail(connection, entry)  # what imported catalogs said, and where they disagree
    if kind == "organization":
        detail["scores"] = organization_scores(connection, uuid)
    elif kind == "model":
        detail["developer_scores"] = organization_scores(connection, entry["developer_uuid"])
    return detail


def _ref(entry: dict[str, Any]) -> dict[str, Any]:
    return {"uuid": entry["uuid"], "kind": entry["kind"], "name": entry["name"]}


def _live(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [entry for entry in entries if entry["deleted_at"] is None]


def _target(connection: sqlite3.Connection, uuid: str) -> dict[str, Any] | None:
    """A referenced entry, deleted or not (the store's session.get), or None when no entry has the UUID."""
    row = connection.execute("SELECT uuid, kind, name FROM entries WHERE uuid = ?", (uuid,)).fetchone()
    return {"uuid": row[0], "kind": row[1], "name": row[2]} if row is not None else None


def _fields(connection: sqlite3.Connection, entry: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for spec in FIELDS[entry["kind"]]:
        value: Any
        if spec.attr.startswith("clause_details."):
            value = (entry["clause_details"] or {}).get(spec.attr.split(".", 1)[1])
        else:
            value = entry[spec.attr]
        if spec.type == FieldType.REF:
            target = _target(connection, value) if value else None
            shown = target["name"] if target is not None else ""
            out.append(_field(spec, target, shown))
            continue
        shown = display(spec, value)
        out.append(_field(spec, value.isoformat() if hasattr(value, "isoformat") else value, shown))
    return out


def _field(spec: FieldSpec, value: Any, shown: str) -> dict[str, Any]:
    return {"key": spec.key, "label": spec.label, "group": spec.group, "type": spec.type.value, "value": value,
            "display": shown}


def _tags(connection: sqlite3.Connection, uuid: str) -> list[dict[str, Any]]:
    """The entry's live tags by name (Entry.tags: its tag links as loaded, each with its tag)."""
    links = connection.execute(f"SELECT {select_sql('entry_tags')} FROM entry_tags WHERE entry_tags.entry_uuid IN (?)",
                               (uuid,)).fetchall()
    live_links = [row_of("entry_tags", raw) for raw in links]
    wanted = [link["tag_uuid"] for link in live_links if link["deleted_at"] is None]
    tags = {tag["uuid"]: tag for tag in load_entries(
        connection, "tag", f"entries.uuid IN ({', '.join('?' * len(wanted))})", wanted)} if wanted else {}
    found = [tags[tag_uuid] for tag_uuid in wanted if tag_uuid in tags and tags[tag_uuid]["deleted_at"] is None]
    return [{"name": tag["name"], "color": tag["color"]} for tag in sorted(found, key=lambda tag: tag["name_key"])]


def _sources(connection: sqlite3.Connection, uuid: str) -> list[dict[str, Any]]:
    sources = load_entries(connection, "source", f"links.to_uuid = ? AND links.relation = ? AND {_LIVE_LINK}",
                           (uuid, LINK_SOURCE), "entries.name", join="JOIN links ON links.from_uuid = k.uuid")
    return [
        {"uuid": s["uuid"], "title": s["name"], "url": s["url"],
         "accessed": s["accessed"].isoformat() if s["accessed"] else None, "confidence": s["confidence"]}
        for s in _live(sources)
    ]


def _concerning(connection: sqlite3.Connection, uuid: str) -> list[dict[str, Any]]:
    return _live(load_entries(connection, "policy_note", f"links.to_uuid = ? AND links.relation = ? AND {_LIVE_LINK}",
                              (uuid, LINK_CONCERNS), "k.jurisdiction, entries.name",
                              join="JOIN links ON links.from_uuid = k.uuid"))


def _evaluations(connection: sqlite3.Connection, uuid: str) -> list[dict[str, Any]]:
    found = _live(load_entries(connection, "evaluation", "k.target_uuid = ?", (uuid,), "k.eval_date DESC"))
    return [
        _ref(e) | {"evaluator": e["evaluator"], "date": e["eval_date"].isoformat() if e["eval_date"] else None,
                   "use_case": e["use_case"], "scores": dict(e["scores"]), "verdict": e["verdict"],
                   "average": _average(e["scores"])}
        for e in found
    ]


def _average(scores: dict[str, Any]) -> float | None:
    """Evaluation.average_score."""
    values = [float(v) for v in scores.values() if isinstance(v, int | float)]
    return sum(values) / len(values) if values else None


def _models(connection: sqlite3.Connection, where: str, uuid: str) -> list[dict[str, Any]]:
    return live_refs(connection, "model", where, (uuid,))


def _linked(connection: sqlite3.Connection, entry_side: str, other_side: str, uuid: str,
            relation: str) -> list[dict[str, Any]]:
    """The live entries of any kind a live link of `relation` from `uuid` points at, by kind and name."""
    return _refs(connection, f"JOIN links ON {entry_side} = entries.uuid",
                 f"{other_side} = ? AND links.relation = ? AND {_LIVE_LINK}", (uuid, relation),
                 "entries.kind, entries.name_key")


def _refs(connection: sqlite3.Connection, join: str, where: str, params: Sequence[Any],
          order: str) -> list[dict[str, Any]]:
    return live_refs(connection, None, where, params, order, join)
