"""Opening an incoming `.atlas` file as untrusted input: copy, check, verify, and never run what it holds.

The file is copied into a private folder first (so it cannot change under us and the user's USB stick is
never written to) and opened read-only with `trusted_schema=OFF`. Nothing in it is executed: its views and
triggers are refused from `sqlite_master`, its data is read with explicit column lists only. Every problem is
one `IncomingFileError` line; the user's own database is not opened for writing until all checks pass.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import stat
import tempfile
import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote as url_quote

from db.backend import SQLITE_HEADER
from db.errors import NewerSchemaError
from db.exchange.errors import IncomingFileError
from db.exchange.layout import IDENTIFIER, SYNC_TABLE, Layout, TableInfo, layout
from db.exchange.manifest import MANIFEST_KEY, Manifest, file_checksum, manifest_page, quote
from db.schema import SCHEMA_REVISION, Base
from db.validity import first_problem

IDENTITY = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
MAX_TEXT_BYTES = 8 * 1024 * 1024
"""The longest text a single field of an incoming file may hold (a long Markdown note is well below)."""
MAX_INCOMING_BYTES = 4 * 1024**3
"""The largest incoming file read (a 200,000-entry export is a few hundred MB)."""
UUID_GLOB = "[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*"
DATE_GLOB = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
DATETIME_GLOB = DATE_GLOB + " [0-2][0-9]:[0-5][0-9]:[0-6][0-9]*"
LOCAL_TABLES = frozenset({"alembic_version", "atlas_meta", "conflicts", "snapshots"})
"""Tables of an export that its checksum does not cover and a merge never reads (but the manifest key)."""
ALLOWED_TYPES = {
    "int": ("integer",),
    "bool": ("integer",),
    "float": ("integer", "real"),
    "text": ("text",),
    "date": ("text",),
    "datetime": ("text",),
    "json": ("text", "integer", "real"),  # JSON columns have NUMERIC affinity: the JSON text "7" is stored as 7
}


@dataclass
class IncomingFile:
    """A verified private copy of an incoming export; close() removes it."""

    source: Path
    copy: Path
    manifest: Manifest
    revision: str
    upgraded: bool = False
    _folder: Path | None = field(default=None, repr=False)
    unsealed: str = ""
    """Why the file carries no valid seal ("" when it does): it was then verified by its content alone."""

    @property
    def sealed(self) -> bool:
        return not self.unsealed

    @property
    def note(self) -> str:
        """What a person should know about how the file was verified ("" for a sealed export)."""
        if self.sealed:
            return ""
        return (f"{self.source.name} is not a sealed export ({self.unsealed}); every value in it was checked "
                f"instead. To merge a sealed copy, its sender can export it again (File ▸ Export…, or "
                f"`modelatlas export`).")

    def connect(self) -> sqlite3.Connection:
        return _connect_read_only(self.copy)

    def close(self) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None

    def __enter__(self) -> IncomingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_incoming(path: Path | str) -> IncomingFile:
    """Copy, check and verify an incoming export; raises IncomingFileError (or NewerSchemaError) on any flaw."""
    source = Path(path).expanduser()
    name = source.name or str(source)
    folder = Path(tempfile.mkdtemp(prefix="atlas-incoming-"))
    try:
        copy = folder / "incoming.atlas"
        _copy_regular_file(source, copy, name)
        _check_header(copy, name)
        with contextlib.closing(_connect_read_only(copy)) as connection:
            _integrity(connection, name)
            tables = _check_master(connection, name)
            revision = _revision(connection, name)
            manifest, unsealed = _read_seal(copy, connection, name, revision, tables)
            _check_lengths(connection, tables, name)
        upgraded = revision != SCHEMA_REVISION
        if upgraded:
            _upgrade_copy(copy, revision, name)
        try:
            with contextlib.closing(_connect_read_only(copy)) as connection:
                lay = layout()
                _check_schema(connection, lay, name)
                _check_values(connection, lay, name)
                _check_utf8(connection, lay, name)
                _check_stored_values(connection, lay, name)
                _check_identity(connection, lay, name)
                _check_references(connection, lay, name)
                _check_sync_state(connection, lay, name)
            if manifest is None:
                manifest = _restamp(copy, source, name)
        except IncomingFileError as error:
            if unsealed:  # say what to do: a fresh export from the sender is the way to a file that merges
                raise IncomingFileError(f"{error} ({name} is not a sealed export: {unsealed}; ask its sender to "
                                        f"export it again with File ▸ Export… or `modelatlas export`)") from None
            raise
        return IncomingFile(source, copy, manifest, revision, upgraded, folder, unsealed)
    except sqlite3.DatabaseError as error:  # anything SQLite itself trips over is the file's fault
        shutil.rmtree(folder, ignore_errors=True)
        raise IncomingFileError(f"{name} cannot be read as a Model Atlas export ({error})") from None
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def check_staged(copy: Path, name: str) -> None:
    """Check rows staged from another source (the team hub, `db.hub.pull`) as an incoming export's values are checked.

    Types, UTF-8, the store's own rules and identity, as for a file; references may point at rows the atlas already
    has (a pull carries only what changed), so they are left to the atlas's foreign keys at commit.
    """
    with contextlib.closing(_connect_read_only(copy)) as connection:
        lay = layout()
        _check_values(connection, lay, name)
        _check_utf8(connection, lay, name)
        _check_stored_values(connection, lay, name)
        _check_identity(connection, lay, name)


# ---- the file itself ---------------------------------------------------------------------------


def _copy_regular_file(source: Path, copy: Path, name: str) -> None:
    try:
        info = os.lstat(source)
    except FileNotFoundError:
        raise IncomingFileError(f"{name}: no such file") from None
    except OSError as error:
        raise IncomingFileError(f"{name}: cannot be read ({error.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise IncomingFileError(f"{name} is a symbolic link; choose the file it points to instead")
    if stat.S_ISDIR(info.st_mode):
        raise IncomingFileError(f"{name} is a folder, not an .atlas file")
    if not stat.S_ISREG(info.st_mode):
        raise IncomingFileError(f"{name} is not a regular file")
    if info.st_size == 0:
        raise IncomingFileError(f"{name} is empty")
    if info.st_size > MAX_INCOMING_BYTES:
        raise IncomingFileError(f"{name} is larger than {MAX_INCOMING_BYTES // 1024**3} GB; a file that large is "
                                "not read")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(source, flags)
    except OSError as error:
        raise IncomingFileError(f"{name}: cannot be read ({error.strerror})") from None
    with os.fdopen(descriptor, "rb") as handle, copy.open("wb") as target:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise IncomingFileError(f"{name} is not a regular file")
        copied = 0
        while chunk := handle.read(1024 * 1024):
            copied += len(chunk)
            if copied > MAX_INCOMING_BYTES:  # it grew while being copied
                raise IncomingFileError(f"{name} is larger than {MAX_INCOMING_BYTES // 1024**3} GB; a file that "
                                        "large is not read")
            target.write(chunk)


def _check_header(copy: Path, name: str) -> None:
    size = copy.stat().st_size
    with copy.open("r+b") as handle:
        header = handle.read(100)
        if len(header) < 100 or not header.startswith(SQLITE_HEADER):
            raise IncomingFileError(f"{name} is not a Model Atlas export (not a SQLite database)")
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        pages = int.from_bytes(header[28:32], "big")
        if page_size < 512 or page_size & (page_size - 1):
            raise IncomingFileError(f"{name} is damaged (invalid page size)")
        if size % page_size or (pages and pages * page_size > size):
            raise IncomingFileError(f"{name} is truncated or damaged ({size} bytes; expected {pages * page_size})")
        if header[18:20] != b"\x01\x01":
            handle.seek(18)
            handle.write(b"\x01\x01")  # our private copy: read it without a write-ahead log


def _connect_read_only(path: Path) -> sqlite3.Connection:
    uri = f"file:{url_quote(str(path))}?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    connection.executescript(
        "PRAGMA trusted_schema=OFF; PRAGMA query_only=ON; PRAGMA cell_size_check=ON;"
    )
    return connection


def _integrity(connection: sqlite3.Connection, name: str) -> None:
    try:
        rows = connection.execute("PRAGMA integrity_check(5)").fetchall()
    except sqlite3.DatabaseError as error:
        raise IncomingFileError(f"{name} is damaged and cannot be read ({error})") from None
    if [r[0] for r in rows] != ["ok"]:
        raise IncomingFileError(f"{name} is damaged ({'; '.join(str(r[0]) for r in rows[:2])})")


def _check_master(connection: sqlite3.Connection, name: str) -> dict[str, list[str]]:
    """Refuse views and triggers (never run them); return the tables and their columns."""
    try:
        rows = connection.execute("SELECT type, name, tbl_name FROM sqlite_master").fetchall()
    except sqlite3.DatabaseError as error:
        raise IncomingFileError(f"{name} cannot be read as a database ({error})") from None
    planted = [f"{kind} {obj}" for kind, obj, _ in rows if kind in ("view", "trigger")]
    if planted:
        raise IncomingFileError(
            f"{name} contains {', '.join(planted[:3])}; an atlas export has no views or triggers — refused"
        )
    tables: dict[str, list[str]] = {}
    for kind, obj, _ in rows:
        if kind != "table" or str(obj).startswith("sqlite_"):
            continue
        if not IDENTIFIER.match(str(obj)):
            raise IncomingFileError(f"{name} has a table with an unexpected name ({str(obj)[:40]!r})")
        columns = [str(r[1]) for r in connection.execute(f"PRAGMA table_info({quote(obj)})")]
        tables[str(obj)] = columns
    if "alembic_version" not in tables or "entries" not in tables:
        raise IncomingFileError(f"{name} is a SQLite database from another program, not a Model Atlas export")
    return tables


def _revision(connection: sqlite3.Connection, name: str) -> str:
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str):
        raise IncomingFileError(f"{name} has no valid schema revision; it was not written by Model Atlas")
    revision = rows[0][0]
    if revision not in _known_revisions():
        app = _claimed_app_version(connection)
        raise NewerSchemaError(
            f"{name} was exported by a newer Model Atlas{f' ({app})' if app else ''} with schema {revision[:16]}; "
            f"merging it needs a Model Atlas that reads schema {revision[:16]} (this one reads up to "
            f"{SCHEMA_REVISION}) — install the newer version"
        )
    return revision


def _known_revisions() -> set[str]:
    """Revision ids this app's migrations know, read from their file names (no Alembic import needed)."""
    versions = Path(__file__).resolve().parents[1] / "migrations" / "versions"
    return {p.name.split("_", 1)[0] for p in versions.glob("[0-9][0-9][0-9][0-9]_*.py")}


def _claimed_app_version(connection: sqlite3.Connection) -> str:
    with contextlib.suppress(Exception):
        row = connection.execute("SELECT value FROM atlas_meta WHERE key=?", (MANIFEST_KEY,)).fetchone()
        if row and isinstance(row[0], str) and len(row[0]) < 100_000:
            import json

            version = json.loads(row[0]).get("app_version")
            if isinstance(version, str):
                return version[:40]
    return ""


def _read_seal(copy: Path, connection: sqlite3.Connection, name: str, revision: str,
               tables: dict[str, list[str]]) -> tuple[Manifest | None, str]:
    """The file's manifest if it is a sound seal of this very content, else (None, why it is not).

    A seal is a convenience that vouches for the bytes as exported; the checks of every value that follow are
    the safeguard. A file without a valid seal (an export edited in the app, an atlas database itself) is
    verified by its content like any other; only a manifest of a newer export format is refused.
    """
    try:
        manifest = _read_manifest(connection, name, revision)
    except IncomingFileError as error:
        if "install a newer Model Atlas" in str(error):
            raise
        text = str(error).removeprefix(f"{name}: ").removeprefix(name).strip()
        return None, ("it has no export manifest" if "no export manifest" in text else text.split(";")[0])
    try:
        _verify_checksum(copy, connection, manifest, name)
        _check_counts(connection, manifest, tables, name)
    except IncomingFileError:
        return None, "it was changed after it was exported"
    return manifest, ""


def _restamp(copy: Path, source: Path, name: str) -> Manifest:
    """Give an unsealed file (already verified) what an export has: each row's clock, and a manifest.

    Its rows' clocks are worked out as an export would (`export._write_clocks`), under the file's own identity,
    so edits made in it since it last merged count as its edits. Only the private copy is written.
    """
    from db.exchange.export import _write_clocks  # the exporter's own rule, not a second one

    with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as connection:
        connection.executescript("PRAGMA trusted_schema=OFF; PRAGMA foreign_keys=OFF; PRAGMA journal_mode=DELETE;")
        row = connection.execute("SELECT value FROM atlas_meta WHERE key='database_uuid'").fetchone()
        identity = row[0] if row and isinstance(row[0], str) and IDENTITY.match(row[0]) else str(
            uuid_module.uuid5(uuid_module.NAMESPACE_URL, f"modelatlas-unsealed:{name}"))
        connection.execute("BEGIN")
        try:
            _write_clocks(connection, layout(), identity)
        except ValueError:
            raise IncomingFileError(f"{name}: the merge history of its rows is malformed — refused") from None
        connection.execute("COMMIT")
        author = connection.execute("SELECT author FROM entries WHERE typeof(author) = 'text' "
                                    "ORDER BY modified_at DESC LIMIT 1").fetchone()
        tables = [info.name for info in layout().synced] + [SYNC_TABLE, "entry_history"]
        counts = {t: connection.execute(f"SELECT count(*) FROM {quote(t)}").fetchone()[0] for t in tables}
    changed = datetime.fromtimestamp(source.stat().st_mtime, UTC).replace(microsecond=0, tzinfo=None)
    return Manifest(schema_revision=SCHEMA_REVISION, app_version="", author=str(author[0])[:200] if author else "",
                    exported_at=changed.isoformat(), source_database=identity, counts=counts)


def _read_manifest(connection: sqlite3.Connection, name: str, revision: str) -> Manifest:
    try:
        row = connection.execute(
            "SELECT value FROM atlas_meta WHERE key=? AND length(CAST(value AS BLOB)) < 2000000", (MANIFEST_KEY,)
        ).fetchone()
    except sqlite3.DatabaseError:
        raise IncomingFileError(f"{name} has no export manifest; it is not a Model Atlas export") from None
    if row is None:
        raise IncomingFileError(
            f"{name} has no export manifest: it is an atlas database, not an export — run "
            f"`modelatlas --db {name} export OUT.atlas` on it and merge that"
        )
    if not isinstance(row[0], str):
        raise IncomingFileError(f"{name}: the manifest is not text")
    manifest = Manifest.parse(row[0], name)
    if manifest.schema_revision != revision:
        raise IncomingFileError(
            f"{name}: the manifest says schema {manifest.schema_revision[:16]} but the file has {revision}"
        )
    return manifest


def _verify_checksum(copy: Path, connection: sqlite3.Connection, manifest: Manifest, name: str) -> None:
    if file_checksum(copy, manifest_page(connection)) != manifest.checksum:
        raise IncomingFileError(f"{name}: the content does not match the manifest's checksum — it was altered")


def _check_counts(connection: sqlite3.Connection, manifest: Manifest, tables: dict[str, list[str]], name: str) -> None:
    """The manifest counts the rows of every table that travels, and the file has exactly those rows."""
    uncovered = sorted(set(tables) - set(manifest.counts) - LOCAL_TABLES)
    unknown = sorted(set(manifest.counts) - set(tables))
    if uncovered or unknown or "entries" not in manifest.counts:
        raise IncomingFileError(f"{name}: the manifest does not match the file's tables "
                                f"({', '.join(uncovered + unknown) or 'entries'})")
    for table, claimed in manifest.counts.items():
        actual = connection.execute(f"SELECT count(*) FROM {quote(table)}").fetchone()[0]
        if actual != claimed:
            raise IncomingFileError(
                f"{name}: the manifest claims {claimed} rows in {table} but the file has {actual} — it was altered"
            )


def _check_lengths(connection: sqlite3.Connection, tables: dict[str, list[str]], name: str) -> None:
    """Refuse absurdly long fields before any of them is read into memory."""
    for table, columns in tables.items():
        if table in LOCAL_TABLES or not columns:
            continue
        measures = ", ".join(f"max(length(CAST({quote(c)} AS BLOB)))" for c in columns)
        row = connection.execute(f"SELECT {measures} FROM {quote(table)}").fetchone()
        for column, longest in zip(columns, row, strict=True):
            if longest is not None and longest > MAX_TEXT_BYTES:
                raise IncomingFileError(
                    f"{name}: a value of {table}.{column} is {longest / 1e6:.0f} MB long (the limit is "
                    f"{MAX_TEXT_BYTES // (1024 * 1024)} MB) — refused"
                )


def _upgrade_copy(copy: Path, revision: str, name: str) -> None:
    from db.migrate import upgrade

    try:
        upgrade(copy)
    except Exception as error:  # a migration failing on a crafted file is the file's fault
        raise IncomingFileError(f"{name}: cannot upgrade it from schema {revision} ({error})") from None


# ---- the data, against our own schema ----------------------------------------------------------


def _check_schema(connection: sqlite3.Connection, lay: Layout, name: str) -> None:
    """Tables and columns must be exactly ours; no views or triggers (checked again after an upgrade)."""
    rows = connection.execute("SELECT type, name FROM sqlite_master").fetchall()
    if any(kind in ("view", "trigger") for kind, _ in rows):
        raise IncomingFileError(f"{name} contains views or triggers — refused")
    ours = Base.metadata.tables
    for kind, table in rows:
        if kind != "table" or table.startswith("sqlite_") or table == "alembic_version":
            continue
        if table not in ours:
            raise IncomingFileError(f"{name} has a table {table!r} that Model Atlas does not know — refused")
        columns = {str(r[1]) for r in connection.execute(f"PRAGMA table_info({quote(table)})")}
        if columns != set(ours[table].c.keys()):
            raise IncomingFileError(f"{name}: the columns of {table} are not those of Model Atlas schema "
                                    f"{SCHEMA_REVISION}")
    present = {table for kind, table in rows if kind == "table"}
    missing = [info.name for info in lay.synced if info.name not in present]
    if missing or SYNC_TABLE not in present:
        raise IncomingFileError(f"{name} lacks tables {', '.join(missing or [SYNC_TABLE])}")
    for info in lay.synced:  # keys declared as ours, so SQLite itself guarantees their uniqueness
        primary, uniques = _declared_keys(connection, info.name)
        if primary != ["uuid"] or (info.natural_key and set(info.natural_key) not in uniques):
            raise IncomingFileError(f"{name}: the keys of {info.name} are not those of Model Atlas — refused")


def _declared_keys(connection: sqlite3.Connection, table: str) -> tuple[list[str], list[set[str]]]:
    columns = connection.execute(f"PRAGMA table_info({quote(table)})").fetchall()
    primary = [str(c[1]) for c in sorted(columns, key=lambda c: c[5]) if c[5]]
    uniques: list[set[str]] = []
    for index in connection.execute(f"PRAGMA index_list({quote(table)})").fetchall():
        if index[2]:  # unique
            uniques.append({str(r[2]) for r in connection.execute(f"PRAGMA index_info({quote(str(index[1]))})")})
    return primary, uniques


def _first(connection: sqlite3.Connection, sql: str, params: tuple = ()) -> tuple | None:
    return connection.execute(sql, params).fetchone()


def _check_values(connection: sqlite3.Connection, lay: Layout, name: str) -> None:
    """Every value has the type, shape and nullability our schema expects."""
    for info in lay.synced:
        _check_table_values(connection, info, name)


def _check_table_values(connection: sqlite3.Connection, info: TableInfo, name: str) -> None:
    """One scan per table finds any bad value; only then is the culprit column looked for."""
    tests = {column: _value_test(info, column) for column in info.columns}
    table = quote(info.name)
    if _first(connection, f"SELECT 1 FROM {table} WHERE {' OR '.join(tests.values())} LIMIT 1") is None:
        return
    for column, test in tests.items():
        bad = _first(connection, f"SELECT uuid FROM {table} WHERE {test} LIMIT 1")
        if bad is not None:
            raise IncomingFileError(
                f"{name}: {info.name}.{column} of row {str(bad[0])[:36]} does not hold a valid "
                f"{info.types[column]} value — refused"
            )


def _value_test(info: TableInfo, column: str) -> str:
    """An SQL condition true for a value our schema would not have written in this column."""
    col = quote(column)
    kind = info.types[column]
    allowed = ALLOWED_TYPES[kind] + (("null",) if column in info.nullable else ())
    marks = ",".join(f"'{t}'" for t in allowed)
    tests = [f"typeof({col}) NOT IN ({marks})"]
    if kind == "bool":
        tests.append(f"({col} IS NOT NULL AND {col} NOT IN (0, 1))")
    if kind == "date":
        tests.append(f"({col} IS NOT NULL AND {col} NOT GLOB '{DATE_GLOB}')")
    if kind == "datetime":
        tests.append(f"({col} IS NOT NULL AND ({col} NOT GLOB '{DATETIME_GLOB}' OR length({col}) > 26))")
    if kind == "json":
        tests.append(f"({col} IS NOT NULL AND NOT json_valid({col}))")
    if column == "uuid" or (column.endswith("_uuid") and kind == "text"):
        tests.append(f"({col} IS NOT NULL AND (length({col}) != 36 OR {col} GLOB '*[^0-9a-f-]*'))")
    return "(" + " OR ".join(tests) + ")"


def _check_stored_values(connection: sqlite3.Connection, lay: Layout, name: str) -> None:
    """Every value passes the store's own converters and vocabularies (db.validity): the first bad one is named."""
    problem = first_problem(connection, lay)
    if problem is not None:
        raise IncomingFileError(f"{name}: {problem.describe()} — refused")


def _check_utf8(connection: sqlite3.Connection, lay: Layout, name: str) -> None:
    """Text must be valid UTF-8: rows with any non-ASCII byte are read raw and decoded strictly."""
    non_ascii = f"'*[^{chr(1)}-{chr(127)}]*'"
    for info in lay.synced:
        texts = [c for c in info.columns if info.types[c] in ("text", "date", "datetime", "json")]
        if not texts:
            continue
        raw = ", ".join(f"CAST({quote(c)} AS BLOB)" for c in texts)
        where = " OR ".join(f"{quote(c)} GLOB {non_ascii}" for c in texts)
        for row in connection.execute(f"SELECT uuid, {raw} FROM {quote(info.name)} WHERE {where}"):
            for column, value in zip(texts, row[1:], strict=True):
                try:
                    if value is not None:
                        bytes(value).decode("utf-8")
                except UnicodeDecodeError:
                    raise IncomingFileError(
                        f"{name}: {info.name}.{column} holds text that is not valid UTF-8 — refused"
                    ) from None


def _check_identity(connection: sqlite3.Connection, lay: Layout, name: str) -> None:
    """UUIDs are unique across every synced row; each entry has exactly its own kind row.

    Uniqueness within a table and of natural keys is SQLite's job: `_check_schema` made sure the file declares
    the same primary keys and unique constraints as we do, and `integrity_check` that its indexes are sound.
    """
    parts = [f"SELECT uuid FROM {quote(info.name)}" for info in (lay.entries, *lay.rows)]
    dup = _first(connection, f"SELECT uuid FROM ({' UNION ALL '.join(parts)}) GROUP BY uuid HAVING count(*) > 1")
    if dup is not None:
        raise IncomingFileError(f"{name}: UUID {dup[0]} is used by more than one row — refused")
    kinds = ",".join(f"'{k}'" for k in lay.kinds)
    odd = _first(connection, f"SELECT uuid, kind FROM entries WHERE kind NOT IN ({kinds}) LIMIT 1")
    if odd is not None:
        raise IncomingFileError(f"{name}: entry {odd[0]} has an unknown kind {str(odd[1])[:30]!r} — refused")
    for kind, info in lay.kinds.items():
        table = quote(info.name)
        orphan = _first(connection, f"SELECT k.uuid FROM {table} k LEFT JOIN entries e ON e.uuid = k.uuid "
                                    f"WHERE e.uuid IS NULL OR e.kind != ? LIMIT 1", (kind,))
        missing = _first(connection, f"SELECT e.uuid FROM entries e LEFT JOIN {table} k ON k.uuid = e.uuid "
                                     f"WHERE e.kind = ? AND k.uuid IS NULL LIMIT 1", (kind,))
        misplaced = orphan or missing
        if misplaced:
            raise IncomingFileError(f"{name}: entry {misplaced[0]} is not stored as its kind says — refused")


def _check_references(connection: sqlite3.Connection, lay: Layout, name: str) -> None:
    """Every reference points at a row in the file (an export carries what its entries refer to)."""
    for info in (*lay.kinds.values(), *lay.rows):
        for column, target in info.refs:
            col = quote(column)
            dangling = _first(
                connection,
                f"SELECT t.uuid, t.{col} FROM {quote(info.name)} t LEFT JOIN {quote(target)} r ON r.uuid = t.{col} "
                f"WHERE t.{col} IS NOT NULL AND r.uuid IS NULL LIMIT 1",
            )
            if dangling is not None:
                raise IncomingFileError(
                    f"{name}: {info.name}.{column} of row {dangling[0]} refers to {dangling[1]}, which is not in "
                    f"the file — refused"
                )


def _check_sync_state(connection: sqlite3.Connection, lay: Layout, name: str) -> None:
    """Aliases name entries of the file; clocks are read (and checked) by the merge itself."""
    bad_alias = _first(connection, "SELECT row_uuid FROM sync_state WHERE alias_of IS NOT NULL AND alias_of NOT IN "
                                   "(SELECT uuid FROM entries) LIMIT 1")
    if bad_alias is not None:
        raise IncomingFileError(f"{name}: row {bad_alias[0]} is said to be merged into an entry not in the file")
    bad_clock = _first(connection, "SELECT row_uuid FROM sync_state WHERE json_type(clock) != 'object' "
                                   "OR length(clock) > 100000 LIMIT 1")
    if bad_clock is not None:
        raise IncomingFileError(f"{name}: the merge history of row {bad_clock[0]} is malformed — refused")
