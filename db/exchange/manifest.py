"""The manifest of an `.atlas` export, and the checksum of the file's content that it vouches for.

The manifest is one JSON value, padded with spaces to exactly `MANIFEST_BYTES`, under the key
`atlas_manifest` in the export's `atlas_meta` table, which holds nothing else (so it fits in the table's
one b-tree page). Its checksum is SHA-256 over every byte of the file except that page and the header
fields SQLite rewrites on any write (bytes 18–19, 24–27 and 92–99 of page 1): every table, index and the
schema are covered, so a changed row, a planted trigger or a damaged page no longer matches. Hashing bytes
costs a fraction of reading rows, which keeps an export close to the cost of a plain copy.

`seal()` writes a manifest into a finished file: a placeholder of the same length first, then the hash,
then the real manifest in place of the placeholder (SQLite overwrites a same-sized value in place).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from db.exchange.errors import ExchangeError, IncomingFileError
from db.exchange.layout import IDENTIFIER, SYNC_TABLE, layout

MANIFEST_KEY = "atlas_manifest"
FORMAT = "modelatlas-exchange"
FORMAT_VERSION = 1
MANIFEST_BYTES = 3000
"""Small enough for one b-tree page (4 KiB pages hold about 4,000 bytes of one row) without overflow."""
CHUNK_PAGES = 256
VOLATILE_HEADER = ((18, 20), (24, 28), (92, 100))
"""Page-1 header bytes left out of the checksum: journal mode, change counter, version-valid-for, writer."""
PLACEHOLDER = "sha256:" + "0" * 64


@dataclass
class Manifest:
    """What an export says about itself; `counts` has rows per table (entry kinds under their table names)."""

    schema_revision: str
    app_version: str
    author: str
    exported_at: str
    source_database: str
    counts: dict[str, int]
    checksum: str = PLACEHOLDER
    subset: bool = False
    filters: dict[str, Any] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> str:
        text = json.dumps(asdict(self), ensure_ascii=True, sort_keys=True, separators=(",", ":"))
        if len(text) > MANIFEST_BYTES:
            raise ExchangeError("the export manifest is too large")
        return text.ljust(MANIFEST_BYTES)

    @property
    def kind_counts(self) -> dict[str, int]:
        return {name: n for name, n in self.counts.items() if name not in ("entries", "sync_state")}

    @classmethod
    def parse(cls, text: str | bytes, where: str) -> Manifest:
        """Read a manifest from an untrusted file, checking every field's type."""
        if len(text) > MANIFEST_BYTES:
            raise IncomingFileError(f"{where}: the manifest is too large")
        try:
            data = json.loads(text)
        except (ValueError, UnicodeDecodeError):
            raise IncomingFileError(f"{where}: the manifest is not valid JSON") from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise IncomingFileError(f"{where}: the manifest is not a Model Atlas export manifest")
        if data.get("format_version") != FORMAT_VERSION:
            raise IncomingFileError(
                f"{where}: export format {data.get('format_version')!r} is not supported (this app reads format "
                f"{FORMAT_VERSION}); install a newer Model Atlas"
            )
        strings = ("schema_revision", "app_version", "author", "exported_at", "source_database", "checksum")
        if not all(isinstance(data.get(key), str) for key in strings):
            raise IncomingFileError(f"{where}: the manifest lacks {', '.join(strings)}")
        counts = data.get("counts")
        if not isinstance(counts, dict) or not all(
            isinstance(k, str) and IDENTIFIER.match(k) and type(v) is int and v >= 0 for k, v in counts.items()
        ):
            raise IncomingFileError(f"{where}: the manifest's counts are malformed")
        raw_filters = data.get("filters")
        filters = raw_filters if isinstance(raw_filters, dict) else {}
        return cls(
            schema_revision=data["schema_revision"], app_version=data["app_version"], author=data["author"],
            exported_at=data["exported_at"], source_database=data["source_database"], counts=dict(counts),
            checksum=data["checksum"], subset=bool(data.get("subset")), filters=filters,
        )


def quote(name: str) -> str:
    if not IDENTIFIER.match(name):
        raise IncomingFileError(f"unexpected table or column name {name[:40]!r}")
    return f'"{name}"'


def manifest_page(connection: sqlite3.Connection) -> int:
    """The page of the `atlas_meta` table (read from the schema, never by running anything)."""
    row = connection.execute("SELECT rootpage FROM sqlite_master WHERE type='table' AND name='atlas_meta'").fetchone()
    if row is None or not isinstance(row[0], int) or row[0] < 1:
        raise IncomingFileError("the file has no manifest table")
    return int(row[0])


def file_checksum(path: Path, skip_page: int) -> str:
    """SHA-256 of the file's bytes, without the manifest's page and the volatile header fields."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        header = handle.read(100)
        if len(header) < 100:
            raise IncomingFileError("the file is too short")
        page_size = int.from_bytes(header[16:18], "big")
        page_size = 65536 if page_size == 1 else page_size
        handle.seek(0)
        buffer = bytearray(page_size * CHUNK_PAGES)
        view = memoryview(buffer)
        number = 1  # pages are numbered from 1
        while True:
            size = handle.readinto(buffer)
            if not size:
                break
            if number == 1:
                for start, end in VOLATILE_HEADER:
                    buffer[start:end] = bytes(end - start)
            count = size // page_size
            if number <= skip_page < number + count:
                offset = (skip_page - number) * page_size
                buffer[offset:offset + page_size] = bytes(page_size)
            digest.update(view[:size])
            number += count
    return "sha256:" + digest.hexdigest()


def seal(path: Path, manifest: Manifest) -> Manifest:
    """Write `manifest` with the checksum of the finished file `path` (no other connection may be open)."""
    placeholder = Manifest(**{**asdict(manifest), "checksum": PLACEHOLDER})
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("BEGIN")
        connection.execute("DELETE FROM atlas_meta")
        connection.execute("INSERT INTO atlas_meta (key, value) VALUES (?, ?)", (MANIFEST_KEY, placeholder.to_json()))
        connection.execute("COMMIT")
        page = manifest_page(connection)
        shape = _shape(connection)
    manifest.checksum = file_checksum(path, page)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("UPDATE atlas_meta SET value=? WHERE key=?", (manifest.to_json(), MANIFEST_KEY))
        # A same-sized value is rewritten in its own page; anything else moving would void the checksum.
        if _shape(connection) != shape or manifest_page(connection) != page:
            raise ExchangeError("the export could not be sealed (its pages moved); nothing was written")
    return manifest


def _shape(connection: sqlite3.Connection) -> tuple[int, int]:
    return (connection.execute("PRAGMA page_count").fetchone()[0],
            connection.execute("PRAGMA freelist_count").fetchone()[0])


def release_seal(connection: sqlite3.Connection) -> bool:
    """Before the first write to a sealed export opened as an atlas: drop its manifest, keep its merge history.

    The seal vouches for the bytes as exported; once the file is edited it would only be a false claim, and a
    merge would refuse the file as altered. Without it the file is verified by its content like any other (see
    db.exchange.untrusted). The export's clocks stay, each now pinned to the row version it describes (the
    stamp `v:VERSION|MODIFIED_AT`, as a merge pins them), so the edits made from here on count as edits of this
    file when it is merged back. Runs inside the caller's write transaction; True if there was a seal.
    """
    if connection.execute("SELECT 1 FROM atlas_meta WHERE key=?", (MANIFEST_KEY,)).fetchone() is None:
        return False
    lay = layout()
    for info in (lay.entries, *lay.rows):
        table = quote(info.name)
        connection.execute(
            f"UPDATE {SYNC_TABLE} SET base_hash = (SELECT 'v:' || t.version || '|' || t.modified_at FROM {table} t "
            f"WHERE t.uuid = {SYNC_TABLE}.row_uuid) WHERE base_hash IS NULL AND row_uuid IN (SELECT uuid FROM {table})"
        )
    connection.execute("DELETE FROM atlas_meta WHERE key=?", (MANIFEST_KEY,))
    return True
