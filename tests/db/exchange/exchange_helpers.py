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


def rich_atlas(template: Path, path: Path) -> Path:
    """A copy of the mini seed with its own identity, an evaluation, a saved use case and an importer's JSON
    number (the column's NUMERIC affinity stores the JSON text '7' as the integer 7): every shape that travels."""
    from db.advisor.api import save_use_case
    from db.advisor.usecase import UseCase

    path.write_bytes(template.read_bytes())
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE atlas_meta SET value='5e1f0000-0000-4000-8000-00000000000a' "
                           "WHERE key='database_uuid'")
        connection.execute(
            "INSERT INTO provenance (uuid, entry_uuid, field, source, value, origin, imported_at, applied_value, "
            "created_at, modified_at, author, version, change_seq) SELECT '5e1f0000-0000-4000-8000-0000000000b1', "
            "min(uuid), 'params_total', 'epoch', '7', 'x.csv:2', '2025-01-01 00:00:00.000000', '0.5', "
            "'2025-01-01 00:00:00.000000', '2025-01-01 00:00:00.000000', 'ana', 1, 1 FROM models")
        assert connection.execute("SELECT typeof(value) FROM provenance").fetchone()[0] == "integer"
        connection.commit()
    store = Store.open(path, "ana")
    try:
        model = store.resolve("Acme 7B")
        store.evaluate(model.uuid, evaluator="ana", use_case="chat", scores={"capability": 4}, verdict="trial")
        save_use_case(store, "EU chat", UseCase.from_dict({"commercial": True, "regions": ["EU"]}))
    finally:
        store.close()
    return path


def reseal(path: Path) -> None:
    """Seal a changed export again with counts and checksum that match, as a careful forger would."""
    from db.exchange.manifest import MANIFEST_KEY, Manifest, seal

    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        row = connection.execute("SELECT value FROM atlas_meta WHERE key=?", (MANIFEST_KEY,)).fetchone()
        manifest = Manifest.parse(row[0], "test")
        manifest.counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in manifest.counts}
    seal(path, manifest)
