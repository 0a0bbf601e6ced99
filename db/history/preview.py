"""What a merge or an import would change, entry by entry and field by field, before anything changes.

The merge or import runs for real on a temporary copy of the atlas (`VACUUM INTO`, a consistent copy taken
through a read), and the copy is then compared with the atlas by the same code `diff_points` uses for another
file (`db.history.diff.diff_databases`). The copy is deleted afterwards; the user's atlas is only ever read.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from db.exchange.untrusted import IncomingFile, open_incoming
from db.history.diff import NOW, Diff, diff_databases, normalize_kind
from db.jobs import Cancelled, Progress, StagedProgress
from db.store import Store


@contextlib.contextmanager
def working_copy(store: Store) -> Iterator[Store]:
    """A temporary, writable copy of the atlas as it is now; removed when the block ends."""
    folder = Path(tempfile.mkdtemp(prefix="atlas-preview-"))
    try:
        path = folder / "preview.atlas"
        raw = store.engine.raw_connection()
        try:
            raw.driver_connection.execute("VACUUM INTO ?", (str(path),))  # type: ignore[union-attr]
        finally:
            raw.close()
        copy = Store.open(path, store.author)
        try:
            yield copy
        finally:
            copy.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _driver(session: object) -> sqlite3.Connection:
    return session.connection().connection.driver_connection  # type: ignore[attr-defined]


def _diff_with(store: Store, copy: Store, label: str, kind: str | None) -> Diff:
    with store.read() as now, copy.read() as after:
        return diff_databases(NOW, label, _driver(now), _driver(after), kind)


def preview_merge_changes(
    store: Store,
    file: Path | str | IncomingFile,
    policy: str = "newer",
    *,
    kind: str | None = None,
    progress: StagedProgress | None = None,
    cancelled: Cancelled | None = None,
) -> Diff:
    """The entries a merge of `file` would add, remove and change, with each changed field's [old, new].

    The file is verified first (a hostile file is refused exactly as by the merge). A verified `IncomingFile`
    passed in stays the caller's; a path is opened and closed here.
    """
    from db.exchange.api import _check_policy
    from db.exchange.merge import run_merge

    _check_policy(policy)
    normalize_kind(kind)  # a misspelt kind is refused before any work
    incoming = file if isinstance(file, IncomingFile) else open_incoming(file)
    try:
        with working_copy(store) as copy:
            run_merge(copy, incoming, policy, commit=True, progress=progress, cancelled=cancelled)
            return _diff_with(store, copy, f"after merging {incoming.source.name}", kind)
    finally:
        if incoming is not file:
            incoming.close()


def preview_import_changes(
    store: Store,
    source: str,
    paths: list[Path],
    *,
    kind: str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Diff:
    """The entries an import of catalog `source`'s `paths` would add, remove and change, field by field."""
    from db.importers.api import canonical_source, run_import

    key = canonical_source(source)
    normalize_kind(kind)
    with working_copy(store) as copy:
        run_import(copy, key, [Path(p) for p in paths], progress=progress, cancelled=cancelled)
        return _diff_with(store, copy, f"after importing {key}", kind)
