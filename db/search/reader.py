"""The command line's quick search: an index already up to date with the file answers without the store.

A search through `SearchService` opens the store (SQLAlchemy and the mapped schema: most of a second) to build or
catch up the index. When the index on disk already reflects the file's change sequence there is nothing to build or
catch up: this reads the file's identity and change sequence with plain SQL, opens the live generation, and answers
through the same code as the service (db.search.answer). Each hit's record is read from its segment; nothing is
loaded per entry of the whole atlas, and Whoosh is not imported: the index files are read by db.search.w3files.
Whenever the index is not exactly fresh (missing, older, another format, damaged), it returns None and the caller
goes through the service, which builds or catches up and says so.
"""

from __future__ import annotations

import contextlib
import pickle
import sqlite3
import struct
import zlib
from pathlib import Path

from db.reading.connection import open_current
from db.search import query as q
from db.search.analysis import Analyzer
from db.search.answer import SEARCH_ERRORS, SUGGEST_BELOW, SearchResult, filters_of, find, page_bounds, suggest
from db.search.location import FORMAT, current_folder, index_root, read_meta
from db.search.w3files import FormatError, IndexFiles

READ_ERRORS = (FormatError, struct.error, pickle.UnpicklingError, zlib.error, *SEARCH_ERRORS)
"""What reading a damaged or unexpected index raises here: the service then reads it with Whoosh."""


def file_state(path: Path) -> tuple[str, int] | None:
    """The atlas's identity and change sequence, read with plain SQL; None when the file needs the store."""
    connection = open_current(path)
    if connection is None:
        return None
    with contextlib.closing(connection):
        try:
            found = dict(connection.execute("SELECT key, value FROM atlas_meta WHERE key IN "
                                            "('database_uuid', 'change_seq')").fetchall())
            return str(found["database_uuid"]), int(found.get("change_seq") or 0)
        except (sqlite3.Error, KeyError, ValueError, TypeError):
            return None


def search_fresh(path: Path, query: str, *, kind: str | None = None, limit: int = 20, offset: int = 0,
                 as_you_type: bool = False) -> SearchResult | None:
    """The result `SearchService.search` gives, when the index is up to date with the file; else None."""
    state = file_state(path)
    if state is None:
        return None
    identity, seq = state
    folder = current_folder(index_root(path, identity))
    meta = read_meta(folder)
    if folder is None or meta is None or meta.get("format") != FORMAT or meta.get("identity") != identity \
            or meta["seq"] != seq:
        return None
    analyzer = _analyzer(meta.get("common", []))
    try:
        index = IndexFiles(folder, analyzer)
    except READ_ERRORS:
        return None
    try:
        parsed = q.parse(query, as_you_type=as_you_type)
        limit, offset = page_bounds(limit, offset)
        segments = index.segments
        hidden = {segment.key: segment.deleted for segment in segments}
        try:
            outcome, compiled, hits = find(parsed, analyzer, segments, hidden, filters_of(kind, None), offset,
                                           limit, with_snippets=True, as_you_type=as_you_type)
            suggestion = suggest(parsed, segments, compiled) if outcome.total < SUGGEST_BELOW else None
        except READ_ERRORS:  # damaged: the service says so and rebuilds it
            return None
        return SearchResult(outcome.total, hits, outcome.facets, suggestion, parsed.ignored, list(compiled.notes))
    finally:
        with contextlib.suppress(Exception):
            index.close()


def _analyzer(common: list[str]) -> Analyzer:
    """The index's analyzer (as db.search.engine.make_analyzer), with Whoosh's stemmer alone of Whoosh."""
    from whoosh.lang.porter import stem

    return Analyzer(stem, common)
