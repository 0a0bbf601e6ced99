"""The search service the GUI and CLI use: an index kept in step with the store, and ranked, faceted search.

SQLite is the source of truth. The index lives in generation folders beside the database (`NAME.atlas.index/`,
or the platform cache keyed by the database identity when that folder is not writable); `CURRENT` names the
live generation and each generation's `atlas-index.json` records the database identity and the store change
sequence it reflects. Committed writes reach the index through `Store.subscribe` (after the commit): they are
searchable at once from an in-memory segment and written to disk by a background flush. A rebuild writes a new
generation and switches `CURRENT` atomically, so a crash at any point leaves either the old or the new index.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db import backend
from db.jobs import Cancelled, Progress
from db.schema import Entry, Meta
from db.search import query as q
from db.search.analysis import AnalyzedDocument, Analyzer, byte_tokens, common_words
from db.search.answer import SEARCH_ERRORS, SUGGEST_BELOW, SearchResult, filters_of, find, page_bounds, suggest
from db.search.documents import SearchDocument, changed_since, count_live, iter_all_documents, load_documents
from db.search.engine import EngineError, IndexLocked, WhooshIndex, bulk_build, make_analyzer, write_lock_free
from db.search.location import CURRENT_FILE, FORMAT, META_FILE, cache_root, current_folder, index_root, read_meta
from db.search.segments import FACETS, MemorySegment, Segment
from db.store import ChangeSet, Store

try:
    import fcntl
except ImportError:  # Windows: no detached catch-up; the command line catches up before it searches
    fcntl = None  # type: ignore[assignment]

FLUSH_DELAY = 0.5
"""Seconds of quiet after a change before pending documents are written to disk."""
FLUSH_SIZE = 500
"""Pending documents that trigger a write at once."""
LISTENER_LIMIT = 2000
"""A change touching more entries than this is caught up in the background instead of in the listener."""
CATCH_UP_LIMIT = 0.3
"""Catching up on more than this share of the documents is done by a rebuild instead (which also compacts the
index: appended segments leave the replaced versions behind as deleted documents)."""
APPEND_ABOVE = 1000
"""Catching up on more changed entries than this writes them as bulk segments (the speed of a rebuild) instead of
through incremental commits (several times slower per document)."""
QUICK_CATCH_UP = 500
"""Changed entries a search catches up on before answering; with more, it answers at once from the index as it
is ("catching up") while the index catches up in the background."""
CATCH_UP_LOCK = "catch-up.lock"
"""Held (flock) by the process catching the index up in the background, so that only one does."""
ProgressFn = Progress
CancelFn = Cancelled


@dataclass
class IndexStatus:
    state: str  # fresh | stale | missing | corrupt | locked | rebuilding
    indexed_seq: int
    store_seq: int
    documents: int


def default_index_dir(store: Store) -> Path:
    """Beside the database when that folder is writable, else the platform cache keyed by database identity."""
    return index_root(store.path, store.identity)


def existing_index_dir(store: Store) -> Path | None:
    """The folder of the store's index when one has been built (found without creating anything), else None."""
    for folder in (Path(f"{store.path}.index"), cache_root(store.identity)):
        if (folder / CURRENT_FILE).exists():
            return folder
    return None


class SearchService:
    """Search over one store; thread-safe (searches from worker threads while the GUI thread writes)."""

    def __init__(self, store: Store, index_dir: Path | None = None, *, detached_catch_up: bool = False) -> None:
        """`detached_catch_up`: catch up on large changes in a separate background process that outlives this one
        (the command line), instead of a thread of this process (the desktop)."""
        self.store = store
        self.detached_catch_up = detached_catch_up and fcntl is not None
        self._catch_up_here = detached_catch_up and fcntl is None  # no detached process: catch up before answering
        self._catch_up_thread: threading.Thread | None = None
        self._ensuring = 0  # ensure_fresh calls under way in this process (a worker job, the catch-up thread)
        self._problems: list[str] = []
        self.root = Path(index_dir) if index_dir is not None else default_index_dir(store)
        self._lock = threading.RLock()
        self._flush_lock = threading.Lock()
        self._rebuild_lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._index: WhooshIndex | None = None
        self._meta: dict[str, Any] | None = None
        self._open_failed: str | None = None
        self._analyzer: Analyzer = make_analyzer()
        self._pending: dict[str, tuple[SearchDocument, AnalyzedDocument] | None] = {}
        self._pending_seq = 0
        self._last_change = 0.0
        self._memory: MemorySegment | None = None
        self._hidden: dict[str, frozenset[int]] = {}
        self._rebuilding = False
        self._locked = False
        self._stale_reason: str | None = None
        self._closed = False
        self._seq_lock = threading.Lock()
        self._seq_connection: sqlite3.Connection | None = None
        self._read_meta()
        self._unsubscribe = store.subscribe(self._on_change)
        self._flusher = threading.Thread(target=self._flush_loop, name="search-index-flush", daemon=True)
        self._flusher.start()

    # ---- status --------------------------------------------------------------------------------

    def _store_seq(self) -> int:
        """The store's change sequence through a private autocommit connection (an ORM session costs ~ms)."""
        with self._seq_lock:
            try:
                if self._seq_connection is None:
                    self._seq_connection = backend.connect(
                        self.store.path, read_only=True, immutable=self.store.read_only_reason is not None,
                        check_same_thread=False, isolation_level=None)
                row = self._seq_connection.execute("SELECT value FROM atlas_meta WHERE key = 'change_seq'").fetchone()
                return int(row[0]) if row else 0
            except (sqlite3.Error, ValueError):
                return self.store.change_seq

    @property
    def disk_seq(self) -> int:
        return int(self._meta.get("seq", 0)) if self._meta else 0

    def _known_seq(self) -> int:
        return max(self.disk_seq, self._pending_seq)

    def status(self) -> IndexStatus:
        store_seq = self._store_seq()
        with self._lock:
            state = self._state(store_seq)
            documents = int(self._meta.get("documents", 0)) if self._meta else 0
            if self._index is not None:
                documents = self._index.doc_count() - sum(
                    len(hidden) - len(seg.deleted) for seg in self._index.segments
                    if (hidden := self._hidden.get(seg.key)) is not None)
                documents += sum(1 for value in self._pending.values() if value is not None)
            return IndexStatus(state, self._known_seq(), store_seq, max(documents, 0))

    def _state(self, store_seq: int) -> str:
        if self._rebuilding:
            return "rebuilding"
        if self._open_failed is not None:
            return "corrupt"
        if self._meta is None:
            return "missing" if not self._generation_folder_named() else "corrupt"
        if self._meta.get("format") != FORMAT or self._meta.get("identity") != self.store.identity:
            return "stale"
        if self._locked or (self._index is None and not self._write_lock_free()):
            return "locked"
        if self._stale_reason is not None or store_seq != self._known_seq():
            return "stale"
        return "fresh"

    def _generation_folder_named(self) -> bool:
        return (self.root / CURRENT_FILE).exists()

    def _write_lock_free(self) -> bool:
        folder = self._current_folder()
        if folder is None or not folder.exists():
            return True
        return write_lock_free(folder)

    # ---- the generation on disk ----------------------------------------------------------------

    def _current_folder(self) -> Path | None:
        return current_folder(self.root)

    def _read_meta(self) -> None:
        self._meta = read_meta(self._current_folder())

    def _write_meta(self, folder: Path, meta: dict[str, Any]) -> None:
        temporary = folder / f"{META_FILE}.tmp"
        temporary.write_text(json.dumps(meta), "utf-8")
        os.replace(temporary, folder / META_FILE)

    def _open(self) -> WhooshIndex | None:
        """The live index, opened on first use (a worker thread pays for loading it, not the constructor)."""
        with self._lock:
            if self._index is not None or self._open_failed is not None:
                return self._index
            folder = self._current_folder()
            if folder is None or self._meta is None or self._meta.get("format") != FORMAT:
                return None
            if self._meta.get("identity") != self.store.identity:
                return None
            try:
                self._index = WhooshIndex(folder, make_analyzer(self._meta.get("common", [])))
            except EngineError as error:
                self._open_failed = str(error)
                return None
            self._analyzer = self._index.analyzer
            self._reanalyze_pending()
            return self._index

    # ---- keeping up with the store ---------------------------------------------------------------

    def _on_change(self, change: ChangeSet) -> None:
        """Store listener (runs on the writing thread right after the commit): index the touched entries."""
        if self._closed:
            return
        try:
            if len(change.uuids) > LISTENER_LIMIT:
                with self._lock:
                    self._stale_reason = "a large change is being indexed"
                self.start_catch_up()
                return
            with self.store.read() as session:
                docs, gone = load_documents(session, change.uuids)
            self._apply(docs, gone, change.seq)
        except Exception as error:  # never let indexing break the write that already committed
            with self._lock:
                self._stale_reason = f"indexing a change failed ({error})"

    def _background_catch_up(self) -> None:
        with contextlib.suppress(Exception):
            self.ensure_fresh()

    def start_catch_up(self) -> None:
        """Bring the index up to date in the background (a thread, or a detached process) unless already under way."""
        if self._closed or self.catching_up():
            return
        if self.detached_catch_up:
            self._spawn_catch_up()
            return
        with self._lock:
            if self._catch_up_thread is not None and self._catch_up_thread.is_alive():
                return
            self._catch_up_thread = threading.Thread(target=self._background_catch_up, daemon=True,
                                                     name="search-catch-up")
            self._catch_up_thread.start()

    def catching_up(self) -> bool:
        """Whether the index is being caught up or rebuilt, here or by another process (`catch_up_process`)."""
        thread = self._catch_up_thread
        if self._rebuilding or self._ensuring or (thread is not None and thread.is_alive()):
            return True
        return catch_up_lock_held(self.root)

    def catch_up_soon(self) -> None:
        """After a big change made here (a merge, an import): start catching the index up in the background now,
        when there is an index and more than a search would catch up on by itself."""
        if (self.root / CURRENT_FILE).exists() and self.pending_count() > QUICK_CATCH_UP:
            self.start_catch_up()

    def _spawn_catch_up(self) -> None:
        """A background process that catches the index up and outlives this one (see db.search.catch_up)."""
        self.root.mkdir(parents=True, exist_ok=True)
        process = subprocess.Popen(
            [sys.executable, "-m", "db.search.catch_up", str(self.store.path), str(self.root)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, close_fds=True, cwd=str(Path(__file__).resolve().parents[2]),
        )
        # Reaped by a thread if this process lives longer than it; when this process exits first, it carries on.
        threading.Thread(target=process.wait, daemon=True, name="search-catch-up-reaper").start()

    def _apply(self, docs: Sequence[SearchDocument], gone: Sequence[str], seq: int) -> None:
        with self._lock:
            analyzer = self._analyzer
            for doc in docs:
                self._pending[doc.uuid] = (doc, analyzer.analyze(doc.title, doc.body, doc.tags, doc.fields, doc.kind))
            for uuid in gone:
                self._pending[uuid] = None
            self._pending_seq = max(self._pending_seq, seq)
            self._last_change = time.monotonic()
            self._rebuild_memory()
            self._wake.notify_all()

    def _reanalyze_pending(self) -> None:
        """Pending documents must use the live generation's analyzer (its common words make the pair terms)."""
        for uuid, value in list(self._pending.items()):
            if value is not None:
                doc = value[0]
                self._pending[uuid] = (doc, self._analyzer.analyze(doc.title, doc.body, doc.tags, doc.fields, doc.kind))
        self._rebuild_memory()

    def _rebuild_memory(self) -> None:
        items = [value for value in self._pending.values() if value is not None]
        self._memory = MemorySegment(items, self._analyzer, f"memory-{time.monotonic_ns()}") if items else None
        hidden: dict[str, frozenset[int]] = {}
        if self._index is not None:
            for seg in self._index.segments:
                overridden = {d for uuid in self._pending if (d := seg.docnum_of(uuid)) is not None}
                hidden[seg.key] = seg.deleted | overridden if overridden else seg.deleted
        self._hidden = hidden

    def _flush_loop(self) -> None:
        while True:
            with self._lock:
                while not self._closed:
                    quiet = time.monotonic() - self._last_change
                    if self._pending and (quiet >= FLUSH_DELAY or len(self._pending) >= FLUSH_SIZE) \
                            and not self._rebuilding:
                        break
                    self._wake.wait(timeout=FLUSH_DELAY if self._pending else None)
                if self._closed:
                    return
            self.flush()
            if self._locked:
                time.sleep(FLUSH_DELAY * 4)  # another process holds the write lock: retry later

    def flush(self) -> bool:
        """Write pending documents to disk now; False when nothing could be written (kept in memory)."""
        with self._flush_lock:
            with self._lock:
                if not self._pending:  # nothing to write: do not load the index just for that
                    return True
            index = self._open()
            with self._lock:
                snapshot = dict(self._pending)
                seq = self._pending_seq
                if not snapshot or index is None or self._rebuilding:
                    return not snapshot
            upserts = [value for value in snapshot.values() if value is not None]
            removals = [uuid for uuid, value in snapshot.items() if value is None]
            try:
                index.write(upserts, removals)
            except IndexLocked:
                self._locked = True
                return False
            except Exception as error:
                with self._lock:
                    self._stale_reason = f"writing the index failed ({error})"
                return False
            with self._lock:
                self._locked = False
                try:
                    index.refresh()
                except EngineError as error:
                    self._open_failed = str(error)
                for uuid, value in snapshot.items():
                    if self._pending.get(uuid, False) is value:
                        del self._pending[uuid]
                if self._meta is not None:
                    self._meta = {**self._meta, "seq": max(self.disk_seq, seq), "documents": index.doc_count()}
                    with contextlib.suppress(OSError):
                        self._write_meta(index.folder, self._meta)
                self._rebuild_memory()
            return True

    # ---- freshness -------------------------------------------------------------------------------

    def ensure_fresh(self, progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> bool:
        """Bring the index up to date: catch up on changed entries, or rebuild when that is cheaper or needed."""
        with self._lock:
            self._ensuring += 1
        try:
            return self._ensure_fresh(progress, cancelled)
        finally:
            with self._lock:
                self._ensuring -= 1

    def _ensure_fresh(self, progress: ProgressFn | None, cancelled: CancelFn | None) -> bool:
        if self._rebuild_lock.locked():  # another thread is rebuilding: wait for it, then catch up
            with self._rebuild_lock:
                pass
        self._read_meta_if_unopened()
        store_seq = self._store_seq()
        with self._lock:
            state = self._state(store_seq)
        if state in ("missing", "corrupt") or self._needs_rebuild() or self._rebuild_is_cheaper():
            return self.rebuild(progress, cancelled)
        if self._open() is None:
            return self.rebuild(progress, cancelled)
        return self._catch_up(progress, cancelled)

    def _rebuild_is_cheaper(self) -> bool:
        """Whether catching up would rebuild anyway: decided before the old index is loaded into memory, which a
        rebuild does not need (an index and its successor in memory at once doubled a big catch-up's peak)."""
        if self._index is not None:
            return False
        with self.store.read() as session:
            live = count_live(session)
        changed = self.pending_count()
        return changed > APPEND_ABOVE and changed > CATCH_UP_LIMIT * live

    def _read_meta_if_unopened(self) -> None:
        with self._lock:
            if self._index is None:
                self._read_meta()

    def _needs_rebuild(self) -> bool:
        meta = self._meta
        if meta is None or meta.get("format") != FORMAT or meta.get("identity") != self.store.identity:
            return True
        return self.store.change_seq < int(meta.get("seq", 0))  # an older copy of the database: start over

    def _catch_up(self, progress: ProgressFn | None, cancelled: CancelFn | None, since: int | None = None) -> bool:
        start = self._known_seq() if since is None else since
        with self.store.read() as session:
            store_seq = _session_seq(session)
            uuids = changed_since(session, start) if store_seq > start else []
            live = count_live(session)
        if len(uuids) > APPEND_ABOVE and len(uuids) > CATCH_UP_LIMIT * live:
            return self.rebuild(progress, cancelled)
        if len(uuids) > APPEND_ABOVE:
            return self._append(uuids, store_seq, progress, cancelled)
        for begin in range(0, len(uuids), 500):
            if cancelled is not None and cancelled():
                return False
            with self.store.read() as session:
                docs, gone = load_documents(session, uuids[begin:begin + 500])
            self._apply(docs, gone, store_seq)
            if progress is not None:
                progress(min(begin + 500, len(uuids)), len(uuids))
        with self._lock:
            self._pending_seq = max(self._pending_seq, store_seq)
            self._stale_reason = None
        self.flush()
        return True

    def _append(self, uuids: list[str], store_seq: int, progress: ProgressFn | None,
                cancelled: CancelFn | None) -> bool:
        """Catch up on many changed entries at once: their documents, loaded in batches, become new bulk-written
        segments of the live index in one commit (their old versions deleted). Memory stays bounded."""
        index = self._open()
        if index is None:
            return self.rebuild(progress, cancelled)

        def batches() -> Iterator[list[SearchDocument]]:
            for begin in range(0, len(uuids), 2000):
                with self.store.read() as session:
                    docs, _gone = load_documents(session, uuids[begin:begin + 2000])
                yield docs

        def on_progress(done: int) -> None:
            if progress is not None:
                progress(done, len(uuids))

        with self._flush_lock:
            try:
                added = index.append(batches(), uuids, on_progress, cancelled)
            except IndexLocked:
                with self._lock:
                    self._locked = True
                    self._stale_reason = "another Model Atlas is writing the search index"
                return False
            if added < 0:
                return False
            with self._lock:
                self._locked = False
                try:
                    index.refresh()
                except EngineError as error:
                    self._open_failed = str(error)
                    return False
                self._pending_seq = max(self._pending_seq, store_seq)
                if self._meta is not None:
                    self._meta = {**self._meta, "seq": max(self.disk_seq, store_seq), "documents": index.doc_count()}
                    with contextlib.suppress(OSError):
                        self._write_meta(index.folder, self._meta)
                self._stale_reason = None
                self._rebuild_memory()
        if progress is not None:
            progress(len(uuids), len(uuids))
        return True

    def rebuild(self, progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> bool:
        """Index every live entry into a new generation and switch to it; False when cancelled."""
        with self._rebuild_lock:
            with self._lock:
                self._rebuilding = True
            try:
                seq = self._build(progress, cancelled)
            finally:
                with self._lock:
                    self._rebuilding = False
        if seq is None:
            return False
        self._catch_up(None, cancelled, since=seq)
        return True

    def _build(self, progress: ProgressFn | None, cancelled: CancelFn | None) -> int | None:
        self.root.mkdir(parents=True, exist_ok=True)
        _remove_leftovers(self.root)
        name = f"gen-{time.time_ns()}"
        building = self.root / f".{name}.building"
        try:
            with self.store.read() as session:  # one read transaction: a consistent snapshot at `seq`
                seq = _session_seq(session)
                total = count_live(session)
                batches = iter_all_documents(session)
                first = next(batches, [])
                analyzer = make_analyzer(common_words(
                    byte_tokens(f"{doc.title} {doc.body}") for doc in first))
                weight = max(total // 4, 1)  # writing postings takes about a fifth of the time

                def on_progress(done: int) -> None:
                    if progress is not None:
                        progress(done, total + weight)

                built = bulk_build(building, chain([first], batches), analyzer, on_progress, cancelled)
            if built < 0:
                shutil.rmtree(building, ignore_errors=True)
                return None
            meta = {"format": FORMAT, "identity": self.store.identity, "seq": seq, "documents": built,
                    "common": analyzer.common_words, "built": time.strftime("%Y-%m-%dT%H:%M:%S")}
            self._write_meta(building, meta)
            final = self.root / name
            os.replace(building, final)
            temporary = self.root / f"{CURRENT_FILE}.tmp"
            temporary.write_text(json.dumps({"generation": name}), "utf-8")
            os.replace(temporary, self.root / CURRENT_FILE)
        except BaseException:
            shutil.rmtree(building, ignore_errors=True)
            raise
        with self._lock:  # searches wait while the new generation loads, rather than both being in memory at once
            old = self._index
            self._index = None
            if old is not None:  # this service was searching: switch now (else the first search loads it)
                with contextlib.suppress(Exception):
                    old.close()
                del old
                try:
                    self._index = WhooshIndex(final, analyzer)
                except EngineError as error:
                    self._open_failed = str(error)
                    raise
            self._meta = meta
            self._open_failed = None
            self._locked = False
            self._analyzer = analyzer
            self._reanalyze_pending()
        _remove_old_generations(self.root, keep=name)
        if progress is not None:
            progress(total + weight, total + weight)
        return seq

    # ---- searching -------------------------------------------------------------------------------

    def search(self, query: str, *, kind: str | None = None, facets: Mapping[str, Sequence[str]] | None = None,
               limit: int = 20, offset: int = 0, highlight: bool = True, as_you_type: bool = False) -> SearchResult:
        parsed = q.parse(query, as_you_type=as_you_type)
        notes: list[str] = list(self._problems)
        stale, pending = self._freshen(notes)
        filters = filters_of(kind, facets)
        limit, offset = page_bounds(limit, offset)
        with self._lock:
            segments: list[Segment] = list(self._index.segments) if self._index is not None else []
            if self._memory is not None:
                segments.append(self._memory)
            hidden = dict(self._hidden)
            analyzer = self._analyzer
            try:
                outcome, compiled, hits = find(parsed, analyzer, segments, hidden, filters, offset, limit,
                                               highlight, as_you_type)
            except (EngineError, *SEARCH_ERRORS) as error:
                self._open_failed = f"the index is damaged ({type(error).__name__}: {error})"
                return SearchResult(0, [], {name: [] for name in FACETS}, None, parsed.ignored,
                                    [*notes, "the search index is damaged and must be rebuilt"], True)
        suggestion = suggest(parsed, segments, compiled) if outcome.total < SUGGEST_BELOW else None
        return SearchResult(outcome.total, hits, outcome.facets, suggestion, parsed.ignored,
                            [*notes, *compiled.notes], stale, catching_up=pending > 0, pending=pending)

    def _freshen(self, notes: list[str]) -> tuple[bool, int]:
        """Before a search: open the index and catch up on a few changes made behind its back; more are caught up
        in the background while the search answers at once. Returns (still stale, entries not yet indexed)."""
        if self._open() is None:
            if self._rebuilding or self.catching_up():
                notes.append("the search index is being rebuilt; results may be incomplete")
            else:
                notes.append(f"the search index is {self.status().state}; rebuild it to search everything")
            return True, 0
        store_seq = self._store_seq()
        if store_seq != self._known_seq() or self._stale_reason is not None:
            if store_seq < self.disk_seq:
                notes.append("the database is older than its search index; rebuild the index")
                return True, 0
            changed = self.pending_count()
            if changed <= QUICK_CATCH_UP and not self._rebuilding and not self.catching_up():
                self._catch_up(None, None)
            else:
                self.start_catch_up()
                notes.append(f"catching up: {changed:,} changed entries are not in the search index yet; "
                             "results may miss them")
                return True, changed
        return False, 0

    def note_problem(self, text: str) -> None:
        """Say `text` in the notes of the next searches (e.g. the index could not be updated on a full disk)."""
        with self._lock:
            if text not in self._problems:
                self._problems.append(text)

    def pending_count(self) -> int:
        """Entries changed since the state the index reflects (live or deleted), counted in SQL."""
        with self.store.read() as session:
            return int(session.scalar(
                select(func.count()).select_from(Entry).where(Entry.change_seq > self._known_seq())) or 0)

    def prepare(self, progress: ProgressFn | None = None, cancelled: CancelFn | None = None) -> bool:
        """Make the index ready to answer now: build it when there is none (first use), catch up on a few
        changes; a large change is caught up in the background (searches say "catching up"). False if cancelled."""
        self._read_meta_if_unopened()
        store_seq = self._store_seq()
        with self._lock:
            state = self._state(store_seq)
        if state in ("missing", "corrupt") or self._needs_rebuild() or self._open() is None:
            if self.catching_up():
                return True  # another process is building it: search says so rather than build it twice
            return self.rebuild(progress, cancelled)
        if store_seq == self._known_seq():
            return True
        if self._catch_up_here or (self.pending_count() <= QUICK_CATCH_UP and not self.catching_up()):
            return self._catch_up(progress, cancelled)
        self.start_catch_up()
        return True

    # ---- closing ---------------------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._unsubscribe()
        with self._lock:
            self._closed = True
            self._wake.notify_all()
        self._flusher.join(timeout=30)
        with contextlib.suppress(Exception):
            self.flush()
        with self._lock:
            if self._index is not None:
                with contextlib.suppress(Exception):
                    self._index.close()
                self._index = None
        with self._seq_lock:
            if self._seq_connection is not None:
                self._seq_connection.close()
                self._seq_connection = None

    def __enter__(self) -> SearchService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _session_seq(session: Any) -> int:
    row = session.get(Meta, "change_seq")
    return int(row.value) if row is not None else 0


def _remove_leftovers(root: Path) -> None:
    """Folders of builds that never finished (a crash, a kill): nothing refers to them."""
    for path in root.glob(".gen-*.building"):
        shutil.rmtree(path, ignore_errors=True)


def _remove_old_generations(root: Path, keep: str) -> None:
    try:  # another process may have switched CURRENT since: never remove the generation it names
        current = json.loads((root / CURRENT_FILE).read_text("utf-8")).get("generation")
    except (OSError, ValueError, AttributeError):
        current = None
    for path in root.glob("gen-*"):
        if path.is_dir() and path.name not in (keep, current):
            shutil.rmtree(path, ignore_errors=True)


def catch_up_lock_held(root: Path) -> bool:
    """Whether a process holds the index's catch-up lock (it is catching up or rebuilding in the background)."""
    if fcntl is None:
        return False
    try:
        descriptor = os.open(root / CATCH_UP_LOCK, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(descriptor)  # closing releases a lock taken just now
    return False


@contextlib.contextmanager
def catch_up_lock(root: Path) -> Any:
    """Hold the catch-up lock; yields False (and holds nothing) when another process holds it."""
    if fcntl is None:
        yield True
        return
    root.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(root / CATCH_UP_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            yield False
            return
        yield True
    finally:
        os.close(descriptor)
