"""File actions: a new atlas, open one (or a recent one), the first start's atlas made in the background, quit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from db.errors import AtlasError
from db.jobs import CancelToken, Progress
from desktop.actions.spec import ActionSpec
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.workers import Job

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

FIRST_ATLAS_KEY = "first-atlas"
"""The job making the default atlas from the seed on first start."""
ATLAS_FILES = QT_TRANSLATE_NOOP("actions.files", "Model Atlas files (*.atlas);;All files (*)")


def new_database(window: MainWindow) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(window,
                                            translate("actions.files", "New atlas"), str(Path.home() / "new.atlas"),
                                            translate("actions.files", "Model Atlas files (*.atlas)"))
    if not chosen:
        return None
    target = Path(chosen if chosen.endswith(".atlas") else f"{chosen}.atlas")
    from db.library import create_atlas  # the backend and platformdirs: not needed to paint the window

    try:
        store = create_atlas(target, window.prefs.author)
    except AtlasError as error:
        QMessageBox.warning(window, translate("actions.files", "New atlas"), str(error))
        return None
    window.set_store(store)
    return target


def open_database_dialog(window: MainWindow) -> bool:
    start = str(window.store.path.parent) if window.store is not None else str(Path.home())
    chosen, _ = QFileDialog.getOpenFileName(window, translate("actions.files", "Open atlas"), start,
                                            translate("actions.files", ATLAS_FILES))
    return open_database(window, Path(chosen)) if chosen else False


def open_database(window: MainWindow, path: Path) -> bool:
    """Switch the window to the atlas at `path`; a file that is not an atlas is refused with a clear message."""
    from db.store import Store

    try:
        store = Store.open(path, window.prefs.author)
    except AtlasError as error:
        QMessageBox.warning(window, translate("actions.files", "Open atlas"), str(error))
        return False
    window.set_store(store)
    return True


def fill_recent(window: MainWindow, menu: QMenu) -> None:
    current = str(window.store.path.resolve()) if window.store is not None else ""
    for path in window.prefs.recent_files:
        if path == current or not Path(path).exists():
            continue
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: open_database(window, Path(p)))
    if menu.isEmpty():
        menu.addAction(translate("actions.files", "No other recent files")).setEnabled(False)


def prepare_first_atlas(window: MainWindow, path: Path) -> Job:
    """First start: the seed is loaded into a new atlas on a worker while the window is already up; the status
    bar shows how far it got, and the window opens the atlas when it is ready."""
    author = window.prefs.author

    def work(progress: Progress, cancelled: CancelToken) -> Path:
        from db.library import create_atlas

        create_atlas(path, author, progress=progress, cancelled=cancelled).close()  # Quit stops it cleanly
        return path

    def done(made: Path) -> None:
        from db.store import Store

        window.set_store(Store.open(made, author))
        window.statusBar().showMessage(translate("actions.files", "The knowledge base is ready."), 8000)
        from desktop.actions.help import show_on_first_start

        show_on_first_start(window)

    def failed(message: str) -> None:
        window.job_status.say(translate("actions.files", "No atlas open"))
        QMessageBox.critical(window, "Model Atlas",
                             translate("actions.files", "The atlas could not be created:") + f"\n\n{message}")
        from desktop.actions.search import rerun_shown_search

        rerun_shown_search(window)  # a search typed meanwhile was told the results follow: it says why they won't

    job = window.runner.start(work, key=FIRST_ATLAS_KEY, on_done=done, on_failed=failed)
    window.job_status.track(job,
                            translate("actions.files", "Preparing the knowledge base (first start)…"),
                            cancellable=False)
    return job


ACTIONS = [
    ActionSpec("files.new_database", "&New Database…", lambda w: new_database(w), menu="File", group=10,
               shortcuts=("Ctrl+Alt+N",), tip="Create a new atlas file from the seed", needs_store=False),
    ActionSpec("files.open", "&Open…", lambda w: open_database_dialog(w), menu="File", group=10,
               shortcuts=(QKeySequence.StandardKey.Open,), icon="open", tip="Open an atlas file", needs_store=False),
    ActionSpec("files.recent", "Open &Recent", menu="File", group=10, fill=fill_recent, needs_store=False),
    ActionSpec("files.quit", "&Quit", lambda w: w.close(), menu="File", group=90, icon="quit",
               shortcuts=(QKeySequence.StandardKey.Quit, "Ctrl+Q"), needs_store=False),
]
