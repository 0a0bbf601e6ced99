"""Search: the toolbar's field (as you type, off the GUI thread), saved searches, and the index kept fresh in the
background with its progress and Cancel in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QMessageBox

from db.jobs import CancelToken, Progress
from desktop.actions.spec import ActionSpec, has_search_index
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.workers import Job

if TYPE_CHECKING:
    from db.browse import StoreChange
    from desktop.main_window import MainWindow

RESULT_LIMIT = 100
INDEX_STATES = {
    "fresh": QT_TRANSLATE_NOOP("actions.search", "fresh"),
    "stale": QT_TRANSLATE_NOOP("actions.search", "stale"),
    "missing": QT_TRANSLATE_NOOP("actions.search", "missing"),
    "corrupt": QT_TRANSLATE_NOOP("actions.search", "corrupt"),
    "locked": QT_TRANSLATE_NOOP("actions.search", "locked"),
    "rebuilding": QT_TRANSLATE_NOOP("actions.search", "rebuilding"),
}
"""The search index's states (db.search.service) as the status bar names them."""
SERVICE_KEY = "search-open"


def focus_search(window: MainWindow) -> None:
    window.search_field.setFocus()
    window.search_field.selectAll()


def focus_results(window: MainWindow) -> None:
    """Down in the search field: the focus goes to the results shown, on the first one (its detail is shown)."""
    panel = window.search_panel
    if window.center.currentWidget() is not panel or not panel.model.rowCount():
        return
    panel.view.setFocus()
    if not panel.view.currentIndex().isValid():
        panel.view.setCurrentIndex(panel.model.index(0, 0))


def leave_search(window: MainWindow) -> None:
    """Back to the list (Esc); the search text goes when the results were on screen."""
    from_results = window.center.currentWidget() is window.search_panel
    if from_results:
        window.search_field.clear()
    window.show_list_page()
    shown = window.detail.current
    if from_results and shown and shown not in window.targets.selected_rows():
        # a result opened in the detail pane; the rows highlighted before the search must not stay the target of
        # Delete or Tag while another entry is shown
        if window.list_model.row_of(shown) >= 0:
            window.select_entry(shown)
        else:
            window.table.clearSelection()


def run_search(window: MainWindow, query: str, *, as_you_type: bool = False) -> None:
    """Show the results page and search in a worker; a newer search replaces one still running."""
    # this search answers what was typed: the pause timer of the typing must not search it again (and make the
    # first hit current again after the person had moved on)
    window.search_timer.stop()
    query = query.strip()
    if not query:
        leave_search(window)
        return
    if window.search_field.text().strip() != query:
        window.search_field.setText(query)
    window.show_page(window.search_panel)
    service = window.search_service
    if service is None:
        coming = search_coming(window)
        if coming:
            message = translate("actions.search", "Opening the search index… the results follow.")
        elif window.store is None:
            from desktop.opening import NO_ATLAS  # (desktop.opening reaches the window's modules: no cycle at import)

            message = translate("opening", NO_ATLAS)
        else:
            message = translate("actions.search", "Search is not available in this session.")
        window.search_panel.show_message(message)
        path = atlas_path(window)
        if coming and path is not None:
            search_early(window, path, query, as_you_type)
        return

    def work(_progress: Progress, _cancelled: CancelToken) -> Any:
        return service.search(query, limit=RESULT_LIMIT, as_you_type=as_you_type)

    window.runner.start(work, key="search", on_done=lambda result: window.search_panel.show_result(result, query),
                        on_failed=window.search_panel.show_message)


def atlas_path(window: MainWindow) -> Path | None:
    """The file of the atlas shown or being opened (None while a first start makes it from the seed)."""
    if window.store is not None:
        return Path(window.store.path)
    return window.pending_open.path if window.pending_open is not None else None


def search_early(window: MainWindow, path: Path, query: str, as_you_type: bool) -> None:
    """A search typed before the search service is open (the atlas, then its index, are still opening): an index
    up to date with the file answers at once through the command line's quick reader (db.search.reader: no store,
    no whole-index load), with the service's very results. Otherwise the message shown stays, and the search runs
    again when the service is open and the index caught up."""

    def work(_progress: Progress, _cancelled: CancelToken) -> Any:
        from db.search.reader import search_fresh

        return search_fresh(path, query, limit=RESULT_LIMIT, as_you_type=as_you_type)

    def done(result: Any) -> None:
        if result is not None and atlas_path(window) == path:
            window.search_panel.show_result(result, query, early=True)

    # a failure leaves the message: the service, once open, searches again and says what is wrong
    window.runner.start(work, key="search", on_done=done, on_failed=lambda _message: None)


def save_search(window: MainWindow) -> str | None:
    """Save the search in the field (or one typed now) in the sidebar, as one undoable step."""
    from desktop.actions.editing import create

    query = window.search_field.text().strip()
    if not query:
        query, ok = QInputDialog.getText(window, translate("actions.search", "Save search"),
                                         translate("actions.search", "Query to save:"))
        if not ok or not query.strip():
            return None
    name, ok = QInputDialog.getText(window, translate("actions.search", "Save search"),
                                    translate("actions.search", "Name for this search:"), text=query[:60])
    if not ok or not name.strip():
        return None
    return create(window, {"name": name.strip(), "query": query.strip()}, "saved_search")


def open_service(window: MainWindow) -> None:
    """The open atlas's search index, opened in a worker (the search engine loads there, not on the GUI thread);
    brought up to date in the background when it is behind. A search typed meanwhile runs once it is open."""
    if not window.search_enabled or window.store is None:
        return
    store = window.store

    def work(_progress: Progress, _cancelled: CancelToken) -> Any:
        try:
            from db.search.service import SearchService
        except ImportError:  # the search engine is optional at build time; the list still works
            return None
        service = SearchService(store)
        return service, service.status()

    def done(opened: Any) -> None:
        if opened is None:
            return unavailable(translate("actions.search", "search unavailable"))
        service, status = opened
        if window.store is not store:  # another atlas was opened meanwhile
            service.close()
            return None
        window.search_service = service
        window.registry.update_enabled()
        if status.state != "fresh":
            run_index_job(window, rebuild=False, reason=translate("actions.search", INDEX_STATES.get(status.state,
                                                                                                   status.state)))
        else:
            window.job_status.say(translate("actions.search", "index: fresh"))
        return rerun_shown_search(window)

    def unavailable(text: str) -> None:
        window.job_status.say(text)
        rerun_shown_search(window)  # says the search is not available

    job = window.runner.start(work, key=SERVICE_KEY, on_done=done, on_failed=lambda message: unavailable(
        translate("actions.search", "search unavailable: {error}").format(error=message)))
    job.signals.finished.connect(lambda: _close_unused(window, job))


def _close_unused(window: MainWindow, job: Job) -> None:
    """An index opened for a window that closed, or for an atlas no longer shown, before it was handed over."""
    opened = job.result
    if opened is not None and window.search_service is not opened[0]:
        opened[0].close()


def search_coming(window: MainWindow) -> bool:
    """Search is not open yet but will be: the atlas, or its index, is still opening."""
    if not window.search_enabled or window.search_service is not None:
        return False
    if window.store is None:  # the atlas is being opened, or made from the seed on first start
        from desktop.actions.files import FIRST_ATLAS_KEY

        return window.pending_open is not None or window.runner.running(FIRST_ATLAS_KEY)
    return window.runner.job(SERVICE_KEY) is not None


def rerun_shown_search(window: MainWindow) -> None:
    """The search shown, run again now that the service can answer it; not when the quick reader answered it
    already (its results are the service's, and the hit the person has moved to stays current)."""
    text = window.search_field.text().strip()
    if window.center.currentWidget() is window.search_panel and text and window.search_panel.early_answer != text:
        run_search(window, text)


def run_index_job(window: MainWindow, *, rebuild: bool, reason: str = "") -> Job | None:
    service = window.search_service
    if service is None:
        return None

    def work(progress: Progress, cancelled: CancelToken) -> bool:
        method = service.rebuild if rebuild else service.ensure_fresh
        return bool(method(progress=progress, cancelled=cancelled))

    def ended(text: str) -> None:
        window.job_status.say(text)
        if window.center.currentWidget() is window.search_panel and window.search_field.text().strip():
            run_search(window, window.search_field.text())

    job = window.runner.start(work, key="index",
                              on_done=lambda _r: ended(translate("actions.search", "index: {state}").format(
                                  state=translate("actions.search", INDEX_STATES.get(service.status().state,
                                                                                     service.status().state)))),
                              on_failed=lambda message: ended(translate("actions.search", "index problem: {problem}")
                                                              .format(problem=message)),
                              on_cancelled=lambda: ended(translate("actions.search", "index update cancelled")))
    window.job_status.track(job, translate("actions.search", "Rebuilding search index…") if rebuild else
                            translate("actions.search", "Updating search index ({reason})…").format(reason=reason))
    return job


def rebuild_index(window: MainWindow) -> Job | None:
    if window.search_service is None:
        QMessageBox.information(window, translate("actions.search", "Search"),
                                translate("actions.search", "The search engine is not available."))
        return None
    return run_index_job(window, rebuild=True)


def _on_edited(window: MainWindow, text: str) -> None:
    if text.strip():
        window.search_timer.start()
    else:
        leave_search(window)


def _on_store_changed(window: MainWindow, _change: StoreChange) -> None:
    if window.center.currentWidget() is window.search_panel and window.search_field.text().strip():
        run_search(window, window.search_field.text(), as_you_type=True)


def install(window: MainWindow) -> None:
    field = window.search_field
    field.textEdited.connect(lambda text: _on_edited(window, text))
    field.returnPressed.connect(lambda: run_search(window, field.text()))
    # from the field into the results with the keyboard (Tab would pass the sidebar and the list first)
    to_results = QShortcut(QKeySequence(Qt.Key.Key_Down), field, context=Qt.ShortcutContext.WidgetShortcut)
    to_results.activated.connect(lambda: focus_results(window))
    window.search_timer.timeout.connect(lambda: run_search(window, field.text(), as_you_type=True))
    window.search_panel.suggestionClicked.connect(lambda text: run_search(window, text))
    window.sidebar.savedSearchActivated.connect(lambda _uuid, query: run_search(window, query))
    window.storeAttached.connect(lambda: open_service(window))
    window.storeChanged.connect(lambda change: _on_store_changed(window, change))


ACTIONS = [
    ActionSpec("search.focus", "&Search", focus_search, menu="Go", group=20,
               shortcuts=(QKeySequence.StandardKey.Find, "Ctrl+K"), icon="search",
               tip="Search everything (Ctrl+F, Ctrl+K)"),
    ActionSpec("search.save", "Save Search…", save_search, menu="Go", group=20, shortcuts=("Ctrl+Shift+S",),
               icon="saved-search", tip="Save the current search in the sidebar"),
    ActionSpec("search.leave", "Back to the List", leave_search, menu="Go", group=20, shortcuts=("Esc",),
               tip="Leave the search results (Esc)"),
    ActionSpec("search.reindex", "Rebuild Search &Index", rebuild_index, menu="File", group=40, icon="reindex",
               tip="Rebuild the full-text index from the database", enabled=has_search_index),
]
