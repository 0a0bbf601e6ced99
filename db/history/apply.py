"""Writing recorded field values back into an atlas's rows: what a restore and an as-of view both do."""

from __future__ import annotations

import json
import sqlite3
import uuid as uuid_module
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from db.history.graph import ENTRIES, EXISTS, entry_specs, kind_table
from db.values import normalize_name


@dataclass(frozen=True)
class Stamp:
    """How rows written back are stamped (an as-of view leaves stamps alone: `None`)."""

    at: str
    author: str
    seq: int


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _stored(value: Any, is_json: bool) -> Any:
    if is_json:
        return None if value is None else json.dumps(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dict | list):
        return json.dumps(value)
    return value


def apply_fields(db: sqlite3.Connection, uuid: str, kind: str, values: Mapping[str, Any],
                 stamp: Stamp | None) -> None:
    """Give entry `uuid` these field values (history field names), as raw SQL on `db`."""
    specs = entry_specs()
    entries, own = specs[ENTRIES], specs[kind_table(kind)]
    row_stamp = "" if stamp is None else ", modified_at=?, author=?, version=version+1, change_seq=?"
    row_stamp_values: tuple[Any, ...] = () if stamp is None else (stamp.at, stamp.author, stamp.seq)
    details: dict[str, Any] | None = None
    for field, value in sorted(values.items()):
        if field == EXISTS:
            if not value:  # made after the point: it was not there yet
                db.execute("UPDATE entries SET deleted_at=? WHERE uuid=? AND deleted_at IS NULL",
                           (stamp.at if stamp else "1970-01-01 00:00:00.000000", uuid))
        elif field == "evaluations":
            continue  # evaluations are entries of their own: their own history restores them
        elif field.startswith("clause_details."):
            if details is None:
                (text,) = db.execute("SELECT clause_details FROM licenses WHERE uuid=?", (uuid,)).fetchone()
                details = json.loads(text) if isinstance(text, str) and text else {}
            key = field.split(".", 1)[1]
            if value is None:
                details.pop(key, None)
            else:
                details[key] = value
        elif field in entries.watched:
            db.execute(f"UPDATE entries SET {_quote(field)}=? WHERE uuid=?", (value, uuid))
            if field == "name":
                db.execute("UPDATE entries SET name_key=? WHERE uuid=?", (normalize_name(value or ""), uuid))
        elif field in own.watched:
            db.execute(f"UPDATE {_quote(own.name)} SET {_quote(field)}=? WHERE uuid=?",
                       (_stored(value, field in own.json_columns), uuid))
        elif field.startswith("component."):
            _set_row(db, "components", {"model_uuid": uuid, "component": field.split(".", 1)[1]}, value,
                     row_stamp, row_stamp_values, stamp)
        elif field.startswith("assessment."):
            _, framework, dimension = field.split(".", 2)
            table, owner = ("org_assessments", "organization_uuid") if kind == "organization" else \
                ("assessments", "model_uuid")
            _set_row(db, table, {owner: uuid, "framework": framework, "dimension": dimension}, value,
                     row_stamp, row_stamp_values, stamp)
        elif field == "tags":
            _set_members(db, "entry_tags", {"entry_uuid": uuid}, "tag_uuid", value, row_stamp, row_stamp_values,
                         stamp)
        elif field == "sources":
            _set_members(db, "links", {"to_uuid": uuid, "relation": "source"}, "from_uuid", value, row_stamp,
                         row_stamp_values, stamp)
        elif field.startswith("links."):
            _set_members(db, "links", {"from_uuid": uuid, "relation": field.split(".", 1)[1]}, "to_uuid", value,
                         row_stamp, row_stamp_values, stamp)
    if details is not None:
        db.execute("UPDATE licenses SET clause_details=? WHERE uuid=?", (json.dumps(details), uuid))


def _set_row(db: sqlite3.Connection, table: str, key: Mapping[str, Any], value: Any, row_stamp: str,
             row_stamp_values: tuple[Any, ...], stamp: Stamp | None) -> None:
    """One keyed row (a component, an assessment) gets these values, or is deleted (value None)."""
    where = " AND ".join(f"{_quote(c)}=?" for c in key)
    found = db.execute(f"SELECT uuid, deleted_at FROM {_quote(table)} WHERE {where}", tuple(key.values())).fetchone()
    if value is None:
        if found is not None and found[1] is None:
            db.execute(f"UPDATE {_quote(table)} SET deleted_at=?{row_stamp} WHERE uuid=?",
                       (stamp.at if stamp else "1970-01-01 00:00:00.000000", *row_stamp_values, found[0]))
        return
    values = dict(value)
    if found is None:
        at = stamp.at if stamp else "1970-01-01 00:00:00.000000"
        columns = {**key, **values, "uuid": str(uuid_module.uuid4()), "created_at": at, "modified_at": at,
                   "author": stamp.author if stamp else "", "version": 1, "change_seq": stamp.seq if stamp else 0}
        db.execute(f"INSERT INTO {_quote(table)} ({', '.join(_quote(c) for c in columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})", tuple(columns.values()))
        return
    sets = ", ".join(f"{_quote(c)}=?" for c in values)
    db.execute(f"UPDATE {_quote(table)} SET {sets}, deleted_at=NULL{row_stamp} WHERE uuid=?",
               (*values.values(), *row_stamp_values, found[0]))


def _set_members(db: sqlite3.Connection, table: str, key: Mapping[str, Any], member: str, wanted: Any,
                 row_stamp: str, row_stamp_values: tuple[Any, ...], stamp: Stamp | None) -> None:
    """Exactly the rows of `key` whose `member` is in `wanted` are live (tag links, links)."""
    wanted_set = set(wanted or [])
    where = " AND ".join(f"{_quote(c)}=?" for c in key)
    rows = db.execute(f"SELECT uuid, {_quote(member)}, deleted_at FROM {_quote(table)} WHERE {where}",
                      tuple(key.values())).fetchall()
    at = stamp.at if stamp else "1970-01-01 00:00:00.000000"
    seen: set[str] = set()
    for row_uuid, other, deleted in rows:
        seen.add(other)
        if other in wanted_set and deleted is not None:
            db.execute(f"UPDATE {_quote(table)} SET deleted_at=NULL{row_stamp} WHERE uuid=?",
                       (*row_stamp_values, row_uuid))
        elif other not in wanted_set and deleted is None:
            db.execute(f"UPDATE {_quote(table)} SET deleted_at=?{row_stamp} WHERE uuid=?",
                       (at, *row_stamp_values, row_uuid))
    for other in sorted(wanted_set - seen):
        if db.execute("SELECT 1 FROM entries WHERE uuid=?", (other,)).fetchone() is None:
            continue  # the far end is gone for good
        columns = {**key, member: other, "uuid": str(uuid_module.uuid4()), "created_at": at, "modified_at": at,
                   "author": stamp.author if stamp else "", "version": 1, "change_seq": stamp.seq if stamp else 0}
        db.execute(f"INSERT INTO {_quote(table)} ({', '.join(_quote(c) for c in columns)}) "
                   f"VALUES ({', '.join('?' * len(columns))})", tuple(columns.values()))
