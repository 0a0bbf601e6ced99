"""Open an atlas without holding the window: SQLAlchemy and the schema load, the file opens and the first page of its
list is read in a worker, while the window is already painted and says it is loading. A file that cannot be opened
(damaged, from a newer Model Atlas, locked by another program) gets its clear message and the window stays, with no
atlas open, ready for File ▸ Open."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from db.jobs import CancelToken, JobCancelled, Progress
from db.list_filter import ListFilter
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.list_columns import restore_column_layout, saved_columns
from desktop.list_model import PAGE_SIZE, Listing, PreviewColumn, preview_columns, read_listing, visible_columns
from desktop.workers import Job

if TYPE_CHECKING:
    import sqlite3

    from db.reading.first_page import FirstPage
    from db.store import Store
    from desktop.main_window import MainWindow

OPEN_KEY = "open-atlas"
PREVIEW_KEY = "open-atlas-preview"
LOADING = QT_TRANSLATE_NOOP("opening", "Loading…")
NO_ATLAS = QT_TRANSLATE_NOOP("opening", "No atlas open. File ▸ Open… chooses one.")
FIRST_PAINT_LATEST_MS = 500
FIRST_LIST = ListFilter(kind="model")
"""What a window lists when an atlas is attached: models, sorted by name (MainWindow.set_store shows them)."""


@dataclass(frozen=True)
class OpenedAtlas:
    store: Store
    listing: Listing


class Opening:
    """One atlas being opened for a window. The worker hands its store over here; if the opening is discarded
    first (another atlas shown, the window closed), whoever holds the store last closes it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.job: Job | None = None
        self._lock = threading.Lock()
        self._opened: OpenedAtlas | None = None
        self._discarded = False

    def keep(self, opened: OpenedAtlas) -> bool:
        """From the worker: False when the opening was discarded meanwhile (the caller closes the store)."""
        with self._lock:
            if self._discarded:
                return False
            self._opened = opened
            return True

    def take(self) -> OpenedAtlas | None:
        """On the GUI thread, when the job has ended: the atlas to show, unless the opening was discarded."""
        with self._lock:
            opened, self._opened = self._opened, None
            return None if self._discarded else opened

    def discard(self) -> None:
        with self._lock:
            self._discarded = True
            opened, self._opened = self._opened, None
        if opened is not None:
            opened.store.close()


@dataclass(frozen=True)
class Preview:
    first: FirstPage
    columns: list[PreviewColumn]
    change_seq: int | None = None
    """The atlas's change sequence while the page was read (None if a write came in meanwhile): every write through
    the store counts it up, so an atlas opened at the same sequence lists exactly these rows."""


def read_preview(path: Path, visible: list[str] | None) -> Preview | None:
    """The models' first page read with plain SQL (db.reading: neither SQLAlchemy nor the mapped schema), when the
    file is an atlas at this code's schema revision; None when it needs the store (to be created, upgraded, or to
    say in one clear line what is wrong with it)."""
    from db.reading.connection import open_current
    from db.reading.first_page import read_first_page

    connection = open_current(path)
    if connection is None:
        return None
    try:
        columns = preview_columns(visible)
        keys = [c.key for c in columns]
        before = _change_seq(connection)
        first = read_first_page(connection, FIRST_LIST.kind, "name", False, keys, PAGE_SIZE)
        return Preview(first, columns, before if _change_seq(connection) == before else None)
    finally:
        connection.close()


def _change_seq(connection: sqlite3.Connection) -> int | None:
    row = connection.execute("SELECT value FROM atlas_meta WHERE key = 'change_seq'").fetchone()
    try:
        return int(row[0]) if row else 0
    except (TypeError, ValueError):
        return None


def read_atlas(path: Path, author: str, visible: list[str] | None, preview: Preview | None = None) -> OpenedAtlas:
    """Open the atlas and read what its list shows first; runs in a worker and touches no widget. When nothing was
    written since `preview` was read, its order is the list's (ordering every entry again through the ORM held a
    second copy of a 100,000-entry order, and took a second)."""
    from db.store import Store  # the ORM and the mapped schema: their first import is most of the wait

    store = Store.open(path, author)
    try:
        listing = _listing_of(preview, visible) if preview is not None and preview.change_seq is not None \
            and preview.change_seq == store.change_seq else None
        return OpenedAtlas(store, listing or read_listing(store, FIRST_LIST, "name", False, visible))
    except BaseException:
        store.close()
        raise


def _listing_of(preview: Preview, visible: list[str] | None) -> Listing | None:
    """The preview as the store's listing (the same order, rows and tag colors: tested), when it shows the columns
    the store's listing would."""
    from db.browse import ListOrder

    keys = tuple(c.key for c in visible_columns(FIRST_LIST.kind, visible))
    if keys != tuple(c.key for c in preview.columns):
        return None
    first = preview.first
    return Listing(FIRST_LIST, "name", False, ListOrder(first.uuids, first.tag_colors), keys, first.rows)


def open_in_background(window: MainWindow, path: Path, *, after_first_paint: bool = False) -> Opening:
    """Open `path` for `window` in a worker; the window shows it when ready (the latest request wins).

    With `after_first_paint`, the worker starts once the window has painted its shell: importing the ORM would
    otherwise compete with the first paint for the interpreter."""
    drop_pending(window)
    author = window.prefs.author
    visible = saved_columns(window, FIRST_LIST.kind)
    opening = Opening(path)
    window.pending_open = opening
    window.list_state.say(translate("opening", LOADING))
    window.path_label.setText(translate("opening", "Opening {file}…").format(file=path))

    read_ahead: list[Preview] = []  # the rows on screen before the store opens, when there are some

    def work(_progress: Progress, _cancelled: CancelToken) -> None:
        # taken, not kept: the closures of this opening outlive it (Qt's connections), its rows need not
        opened = read_atlas(path, author, visible, read_ahead.pop() if read_ahead else None)
        if not opening.keep(opened):
            opened.store.close()
            raise JobCancelled()

    def done(_result: None) -> None:
        opened = opening.take()
        if opened is not None and window.pending_open is opening:
            window.pending_open = None
            window.job_status.say("")
            # the rows read ahead are painted first; the sidebar's counts and the search index follow
            window.runner.hold_back()
            window.set_store(opened.store, opened.listing)
            # (after what else waits for that paint, such as the last selection's detail)
            FirstPaint(window.table.viewport(), lambda: QTimer.singleShot(0, window.runner, window.runner.go_on))
        elif opened is not None:
            opened.store.close()

    def failed(message: str) -> None:
        if window.pending_open is not opening:
            return
        window.pending_open = None
        window.job_status.say(translate("opening", "No atlas open"))
        window.path_label.setText("")
        window.list_state.say(translate("opening", NO_ATLAS))
        window.detail.say_waiting(None)  # no entry will show: a hit found meanwhile has no atlas to be read from
        QMessageBox.critical(window, "Model Atlas",
                             translate("opening", "The atlas could not be opened:") + f"\n\n{message}")
        from desktop.actions.search import rerun_shown_search

        rerun_shown_search(window)  # a search typed meanwhile was told the results follow: it says why they won't

    def start() -> None:
        if window.pending_open is not opening:
            return  # another atlas was opened, or the window closed, before the first paint
        # the models' first page by plain SQL first: the rows show while SQLAlchemy loads
        window.runner.start(lambda _progress, _cancelled: read_preview(path, visible), key=PREVIEW_KEY,
                            on_done=previewed, on_failed=lambda _message: open_store())

    def previewed(preview: Preview | None) -> None:
        if window.pending_open is not opening:
            return
        if preview is None:  # the file needs the store (to be upgraded, or to say what is wrong with it)
            open_store()
            return
        window.list_model.show_preview(preview.first, preview.columns)
        read_ahead.append(preview)
        restore_column_layout(window, FIRST_LIST.kind)
        FirstPaint(window.table.viewport(), open_store)  # the ORM loads once these rows are on screen

    def open_store() -> None:
        if window.pending_open is not opening:
            read_ahead.clear()
            return
        job = window.runner.start(work, key=OPEN_KEY, on_done=done, on_failed=failed, name=f"open {path.name}")
        for ended in (job.signals.finished, job.signals.cancelled):
            # replaced by a newer opening, or the window closed before it was shown: the store it made is closed
            ended.connect(lambda: opening.discard() if job.replaced or job.is_cancelled else None)
        opening.job = job
        # said without a busy bar: its animation would call the Python style many times a second, and each call
        # waits for the interpreter lock the worker holds
        window.job_status.say(translate("opening", "Opening {file}…").format(file=path.name))

    if after_first_paint:
        FirstPaint(window, start)
    else:
        start()
    return opening


class FirstPaint(QObject):
    """Calls `then` once, right after the widget's next paint (or after `latest_ms` if it is not painted, say because
    the window starts minimized)."""

    def __init__(self, widget: QWidget, then: Callable[[], object], latest_ms: int = FIRST_PAINT_LATEST_MS) -> None:
        super().__init__(widget)
        self.then = then
        self.done = False
        widget.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self.fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self.fire)  # after this paint has reached the screen
        return False

    def fire(self) -> None:
        if not self.done:
            self.done = True
            self.then()


def drop_pending(window: MainWindow) -> None:
    """Another atlas is shown, or the window closes: an opening still under way is never shown."""
    opening, window.pending_open = window.pending_open, None
    if opening is not None:
        opening.discard()
