"""One live entry found by UUID (or a prefix of 8+ characters) or by name, with plain SQL: db.store.Store.resolve's
rules, its order and its messages, without the ORM."""

from __future__ import annotations

import sqlite3

from db.errors import AmbiguousError, NotFoundError
from db.reading.convert import to_datetime
from db.reading.loaded import select_sql
from db.values import normalize_name

_LIVE = "entries.deleted_at IS NULL"


def _looks_like_uuid_prefix(text: str) -> bool:
    return len(text) >= 8 and all(c in "0123456789abcdef-" for c in text.lower())


def resolve(connection: sqlite3.Connection, name_or_uuid: str, kind: str | None = None) -> tuple[str, str]:
    """(uuid, kind) of the one live entry `name_or_uuid` names, case-insensitively; NotFoundError when none does,
    AmbiguousError when several do (sources are found by UUID, or by name only when `kind` is "source")."""
    text = name_or_uuid.strip()
    if not text:
        raise NotFoundError("no entry name given")
    if len(text) == 36 and _looks_like_uuid_prefix(text):
        # the store's primary-key lookup sees the deletion time as loaded: an unreadable one reads as live
        exact = connection.execute("SELECT uuid, kind, deleted_at FROM entries WHERE uuid = ?",
                                   (text.lower(),)).fetchone()
        if exact is not None and to_datetime(exact[2]) is None and (kind is None or exact[1] == kind):
            return exact[0], exact[1]
    # no ORDER BY, as the store's queries: SQLite walks the same index for both, so several matches list alike
    kind_clause, kind_params = ("entries.kind = ?", (kind,)) if kind else ("entries.kind != ?", ("source",))
    rows: list[tuple[str, str]]
    if _looks_like_uuid_prefix(text):
        rows = connection.execute(f"SELECT entries.uuid, entries.kind FROM entries WHERE (entries.uuid LIKE ? || '%') "
                                  f"AND {_LIVE} LIMIT ? OFFSET ?", (text.lower(), 5, 0)).fetchall()
        if kind:
            rows = [row for row in rows if row[1] == kind]
        if len(rows) == 1:
            return rows[0]
    rows = _named(connection, "entries.name_key = ?", normalize_name(text), kind_clause, kind_params)
    if not rows:
        rows = _named(connection, "lower(entries.name) = ?", text.lower(), kind_clause, kind_params)
    if len(rows) == 1:
        return rows[0]
    what = f"{kind.replace('_', ' ')} " if kind else ""
    if not rows:
        raise NotFoundError(f"no {what}entry named {text!r}")
    listing = ", ".join(f"{row_kind} {uuid[:8]}" for uuid, row_kind in rows[:6])
    raise AmbiguousError(f"{len(rows)} entries are named {text!r} ({listing}); give the UUID instead")


def _named(connection: sqlite3.Connection, condition: str, value: str, kind_clause: str,
           kind_params: tuple[str, ...]) -> list[tuple[str, str]]:
    # every column of entries is selected, as the store's query does, so that SQLite picks the same index (a
    # covering one would list several matches in another order)
    sql = f"SELECT {select_sql('entries')} FROM entries WHERE {condition} AND {_LIVE} AND {kind_clause}"
    cursor = connection.execute(sql, (value, *kind_params))
    names = [column[0] for column in cursor.description]
    at_uuid, at_kind = names.index("uuid"), names.index("kind")
    return [(row[at_uuid], row[at_kind]) for row in cursor]
