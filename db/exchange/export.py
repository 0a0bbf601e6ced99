"""Writing an `.atlas` export: a consistent copy (VACUUM INTO), trimmed to the subset, with clocks and a manifest."""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import uuid as uuid_module
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from db import __version__
from db.exchange.errors import ExchangeError
from db.exchange.layout import SYNC_COLUMNS, SYNC_TABLE, Layout, layout
from db.exchange.manifest import Manifest, quote, seal
from db.exchange.sync import content_hash, dump_clock, effective_clock, load_clock
from db.exchange.units import chunked, fetch_entries, fetch_rows, json_columns_of
from db.history.exchange import HISTORY_TABLE, keep_shared_history
from db.jobs import StagedProgress
from db.schema import SCHEMA_REVISION, Base, EntryTag, Link
from db.store import Store
from db.values import normalize_name

Progress = StagedProgress  # (stage, done, total)


def export_file(
    store: Store,
    out: Path | str,
    *,
    uuids: Iterable[str] | None = None,
    tag: str | None = None,
    without_private: bool = False,
    without_authors: Iterable[str] = (),
    progress: Progress | None = None,
    with_history: bool = True,
) -> Manifest:
    """Write the whole atlas, or the given entries (and what they reference), to a new file `out`.

    The history of the exported entries travels with them (db.history.exchange), unless `with_history` is False.
    """
    out = Path(out).expanduser()
    if out.exists() or out.is_symlink():
        raise ExchangeError(f"{out} already exists; choose another name (nothing was overwritten)")
    if not out.parent.is_dir():
        raise ExchangeError(f"{out.parent} is not a folder")
    authors = sorted({a.strip() for a in without_authors if a.strip()})
    subset = uuids is not None or tag is not None
    report = progress or (lambda _step, _done, _total: None)
    staging = out.with_name(f".{out.name}.{uuid_module.uuid4().hex[:8]}.exporting")
    try:
        report("copying", 0, 4)
        raw = store.engine.raw_connection()
        try:
            driver = raw.driver_connection
            synchronous = driver.execute("PRAGMA synchronous").fetchone()[0]  # type: ignore[union-attr]
            # The copy is synced once, when seal() commits the manifest; not page by page here.
            driver.execute("PRAGMA synchronous=OFF")  # type: ignore[union-attr]
            try:
                driver.execute("VACUUM INTO ?", (str(staging),))  # type: ignore[union-attr]
            finally:
                driver.execute(f"PRAGMA synchronous={int(synchronous)}")  # type: ignore[union-attr]
        finally:
            raw.close()
        report("selecting", 1, 4)
        with contextlib.closing(sqlite3.connect(staging, isolation_level=None)) as connection:
            connection.executescript(
                "PRAGMA foreign_keys=OFF; PRAGMA trusted_schema=OFF; PRAGMA secure_delete=ON;"
                " PRAGMA journal_mode=DELETE;"
            )
            connection.execute("BEGIN")
            trimmed = _trim(connection, layout(), store, set(uuids or ()), tag, without_private, authors, subset)
            trimmed |= keep_shared_history(connection, with_history)
            report("stamping", 2, 4)
            _write_clocks(connection, layout(), store.identity)
            manifest = _manifest(connection, layout(), store, subset, tag, without_private, authors)
            connection.execute("COMMIT")
            if trimmed:
                connection.execute("VACUUM")  # drop the freed pages: nothing left out may linger in the file
        report("checksum", 3, 4)
        seal(staging, manifest)
        os.replace(staging, out)
        report("done", 4, 4)
        return manifest
    finally:
        for leftover in (staging, staging.with_name(staging.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _trim(
    connection: sqlite3.Connection, lay: Layout, store: Store, chosen: set[str], tag: str | None,
    without_private: bool, authors: list[str], subset: bool,
) -> bool:
    """Leave only what travels: drop local tables' rows and unknown tables, then the entries not exported."""
    known = set(Base.metadata.tables) | {"alembic_version"}
    for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall():
        if name not in known and not name.startswith("sqlite_"):
            connection.execute(f"DROP TABLE {quote(name)}")
    for name in lay.local:
        if name not in (SYNC_TABLE, HISTORY_TABLE):  # history is trimmed by keep_shared_history
            connection.execute(f"DELETE FROM {quote(name)}")
    keep: set[str] | None = None
    if subset:
        if tag is not None:
            chosen |= _tagged(connection, tag)
        keep = _closure(connection, lay, chosen)
    drop = _private(connection, lay, without_private, authors)
    if keep is None and not drop:
        return False
    if keep is not None:
        every = {u for (u,) in connection.execute("SELECT uuid FROM entries")}
        drop |= every - keep
    drop = _cascade(connection, lay, drop)
    connection.execute("CREATE TEMP TABLE dropped (uuid TEXT PRIMARY KEY)")
    connection.executemany("INSERT OR IGNORE INTO dropped VALUES (?)", ((u,) for u in drop))
    for info in (*lay.kinds.values(), lay.entries):
        connection.execute(f"DELETE FROM {quote(info.name)} WHERE uuid IN (SELECT uuid FROM dropped)")
    for info in lay.rows:
        for column, target in info.refs:
            connection.execute(
                f"DELETE FROM {quote(info.name)} WHERE {quote(column)} IS NOT NULL AND {quote(column)} NOT IN "
                f"(SELECT uuid FROM {quote(target)})"
            )
    connection.execute(
        "DELETE FROM sync_state WHERE row_uuid NOT IN (SELECT uuid FROM entries)"
        + "".join(f" AND row_uuid NOT IN (SELECT uuid FROM {quote(info.name)})" for info in lay.rows)
    )
    return True


def _tagged(connection: sqlite3.Connection, tag: str) -> set[str]:
    tags = [u for (u,) in connection.execute(
        "SELECT uuid FROM entries WHERE kind='tag' AND deleted_at IS NULL AND name_key=?", (normalize_name(tag),)
    )]
    if not tags:
        raise ExchangeError(f"no tag named {tag!r}")
    marks = ",".join("?" * len(tags))
    return {u for (u,) in connection.execute(
        f"SELECT entry_uuid FROM {EntryTag.__tablename__} WHERE deleted_at IS NULL AND tag_uuid IN ({marks})", tags
    )} | set(tags)


def _closure(connection: sqlite3.Connection, lay: Layout, chosen: set[str]) -> set[str]:
    """The chosen entries, the far ends of their links, their tags, and everything these refer to."""
    keep = set(chosen)
    links, entry_tags = Link.__tablename__, EntryTag.__tablename__
    for chunk in chunked(sorted(chosen)):
        marks = ",".join("?" * len(chunk))
        for a, b in connection.execute(
            f"SELECT from_uuid, to_uuid FROM {links} WHERE from_uuid IN ({marks}) OR to_uuid IN ({marks})",
            (*chunk, *chunk),
        ):
            keep |= {a, b}
        keep |= {t for (t,) in connection.execute(
            f"SELECT tag_uuid FROM {entry_tags} WHERE entry_uuid IN ({marks})", tuple(chunk)
        )}
    frontier = set(keep)
    while frontier:
        found: set[str] = set()
        for info in lay.kinds.values():
            if not info.refs:
                continue
            columns = ", ".join(quote(c) for c, _ in info.refs)
            for row in fetch_rows_raw(connection, info.name, columns, sorted(frontier)):
                found |= {value for value in row if value}
        frontier = found - keep
        keep |= frontier
    return keep


def fetch_rows_raw(connection: sqlite3.Connection, table: str, columns: str, uuids: list[str]) -> list[tuple]:
    rows: list[tuple] = []
    for chunk in chunked(uuids):
        marks = ",".join("?" * len(chunk))
        rows += connection.execute(f"SELECT {columns} FROM {quote(table)} WHERE uuid IN ({marks})", tuple(chunk))
    return rows


def _private(connection: sqlite3.Connection, lay: Layout, without_private: bool, authors: list[str]) -> set[str]:
    """Entries marked private, and notes and evaluations by the authors left out."""
    drop: set[str] = set()
    for kind in ("note", "evaluation"):
        info = lay.kinds.get(kind)
        if info is None:
            continue
        table = quote(info.name)
        if without_private and "private" in info.columns:
            drop |= {u for (u,) in connection.execute(f"SELECT uuid FROM {table} WHERE private")}
        if authors:
            marks = ",".join("?" * len(authors))
            drop |= {u for (u,) in connection.execute(
                f"SELECT k.uuid FROM {table} k JOIN entries e ON e.uuid = k.uuid WHERE e.author IN ({marks})"
                + (f" OR k.evaluator IN ({marks})" if "evaluator" in info.columns else ""),
                (*authors, *authors) if "evaluator" in info.columns else tuple(authors),
            )}
    return drop


def _cascade(connection: sqlite3.Connection, lay: Layout, drop: set[str]) -> set[str]:
    """Entries that refer to a dropped entry go too, so that the file has no dangling references."""
    frontier = set(drop)
    while frontier:
        found: set[str] = set()
        for info in lay.kinds.values():
            for column, _target in info.refs:
                for chunk in chunked(sorted(frontier)):
                    marks = ",".join("?" * len(chunk))
                    found |= {u for (u,) in connection.execute(
                        f"SELECT uuid FROM {quote(info.name)} WHERE {quote(column)} IN ({marks})", tuple(chunk)
                    )}
        frontier = found - drop
        drop |= frontier
    return drop


def _write_clocks(connection: sqlite3.Connection, lay: Layout, identity: str) -> None:
    """Replace local sync state by each exported row's effective clock (what the receiver compares).

    A never-merged row gets no sync_state row: its clock follows from the row itself (see
    `sync.default_clock`). A merged row keeps its stored clock, plus one edit here when its stamp moved since
    (see db.exchange.sync) — in SQL for stamps, row by row for the rest.
    """
    connection.execute(f"CREATE TEMP TABLE old_state AS SELECT {', '.join(SYNC_COLUMNS)} FROM sync_state")
    connection.execute("CREATE INDEX temp.ix_old_state ON old_state (row_uuid)")
    connection.execute("DELETE FROM sync_state")
    path = f'$."{identity}"'
    for info in (lay.entries, *lay.rows):
        table = quote(info.name)
        connection.execute(
            f"INSERT INTO sync_state (row_uuid, base_hash, clock, alias_of) "
            f"SELECT t.uuid, NULL, CASE WHEN s.base_hash = 'v:' || t.version || '|' || t.modified_at THEN s.clock "
            f"ELSE json_set(s.clock, ?, max(t.version, coalesce(json_extract(s.clock, ?), 0) + 1)) END, s.alias_of "
            f"FROM {table} t JOIN old_state s ON s.row_uuid = t.uuid WHERE s.base_hash LIKE 'v:%'",
            (path, path),
        )
    rows: list[tuple[str, None, str, str | None]] = []
    for info in (lay.entries, *lay.rows):  # the rest (no base, or a content hash as base): row by row
        state = {
            row_uuid: (base_hash, load_clock(clock), alias_of)
            for row_uuid, base_hash, clock, alias_of in connection.execute(
                f"SELECT s.row_uuid, s.base_hash, s.clock, s.alias_of FROM old_state s JOIN {quote(info.name)} t "
                "ON t.uuid = s.row_uuid WHERE s.base_hash IS NULL OR s.base_hash NOT LIKE 'v:%'"
            )
        }
        if info is lay.entries:
            units = fetch_entries(connection, lay, list(state))
        else:
            units = fetch_rows(connection, info, list(state))
        for uuid, unit in units.items():
            base_hash, clock, alias_of = state[uuid]
            columns = json_columns_of(lay, unit, info)
            effective = effective_clock(unit, base_hash, clock, identity,
                                        functools.partial(content_hash, unit, columns))
            rows.append((uuid, None, dump_clock(effective), alias_of))
    connection.executemany("INSERT INTO sync_state (row_uuid, base_hash, clock, alias_of) VALUES (?, ?, ?, ?)", rows)
    connection.execute("DROP TABLE temp.old_state")


def _manifest(
    connection: sqlite3.Connection, lay: Layout, store: Store, subset: bool, tag: str | None,
    without_private: bool, authors: list[str],
) -> Manifest:
    tables = [info.name for info in lay.synced] + [SYNC_TABLE, HISTORY_TABLE]
    counts = {name: connection.execute(f"SELECT count(*) FROM {quote(name)}").fetchone()[0] for name in tables}
    filters: dict[str, object] = {}
    if tag is not None:
        filters["tag"] = tag
    if without_private:
        filters["without_private"] = True
    if authors:
        filters["without_authors"] = len(authors)
    return Manifest(
        schema_revision=SCHEMA_REVISION,
        app_version=__version__,
        author=store.author,
        exported_at=datetime.now(UTC).replace(microsecond=0).isoformat(),
        source_database=store.identity,
        counts=counts,
        subset=subset,
        filters=filters,
    )
