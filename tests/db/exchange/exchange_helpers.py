"""Helpers shared by the exchange tests: independent replicas of one seed, and content snapshots to compare."""

from __future__ import annotations

import contextlib
import json
import sqlite3
import uuid as uuid_module
from pathlib import Path
from typing import Any

from db.exchange.layout import BOOKKEEPING, LOCAL_COLUMNS, layout
from db.exchange.sync import content_hash
from db.store import Store


def replica(template: Path, path: Path, author: str) -> Store:
    """A copy of a seeded atlas with its own identity: another laptop that loaded the same seed."""
    path.write_bytes(template.read_bytes())
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE atlas_meta SET value=? WHERE key='database_uuid'", (str(uuid_module.uuid4()),))
        connection.commit()
    return Store.open(path, author)


def _rows(connection: sqlite3.Connection, table: str, columns: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    names = ", ".join(f'"{c}"' for c in columns)
    return {row[columns.index("uuid")]: dict(zip(columns, row, strict=True))
            for row in connection.execute(f'SELECT {names} FROM "{table}"')}


def exact_rows(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced row with every column but the local change_seq."""
    lay = layout()
    with contextlib.closing(sqlite3.connect(store.path)) as connection:
        return {
            info.name: {u: {k: v for k, v in row.items() if k not in LOCAL_COLUMNS}
                        for u, row in _rows(connection, info.name, info.columns).items()}
            for info in lay.synced
        }


def content(store: Store) -> dict[str, Any]:
    """What the atlas says, without when and by whom: rows by uuid, and open conflicts as unordered pairs."""
    lay = layout()
    snapshot: dict[str, Any] = {}
    with contextlib.closing(sqlite3.connect(store.path)) as connection:
        for info in lay.synced:
            snapshot[info.name] = {
                u: (*sorted((k, v) for k, v in row.items() if k not in BOOKKEEPING),
                    ("~deleted", row.get("deleted_at") is not None))
                for u, row in _rows(connection, info.name, info.columns).items()
            }
        conflicts = {}
        for row_uuid, table, mine, theirs in connection.execute(
            "SELECT row_uuid, table_name, mine, theirs FROM conflicts WHERE status='open'"
        ):
            info = lay.table(table)
            pair = []
            for version in (json.loads(mine), json.loads(theirs)):
                columns = info.json_columns | (lay.kinds[version["kind"]].json_columns if "kind" in version else set())
                pair.append(content_hash(version, frozenset(columns)))
            conflicts[row_uuid] = frozenset(pair)
        snapshot["conflicts"] = conflicts
    return snapshot


def live_value(store: Store, uuid: str, attr: str) -> Any:
    entry = store.get(uuid, include_deleted=True)
    return getattr(entry, attr), entry.deleted_at is not None


def open_conflict_versions(store: Store, uuid: str) -> list[dict[str, Any]]:
    with contextlib.closing(sqlite3.connect(store.path)) as connection:
        rows = connection.execute(
            "SELECT mine, theirs FROM conflicts WHERE status='open' AND row_uuid=?", (uuid,)
        ).fetchall()
    return [json.loads(text) for row in rows for text in row]
