"""Start the desktop app: settings, author on first start, the window at once, then the atlas: opened in a worker
once the window has painted (SQLAlchemy and the schema load there), or made from the seed in the background on first
start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog

from desktop import lean_imports  # noqa: F401  (first: the modules imported after it are checked without caching)
from desktop.actions.files import prepare_first_atlas
from desktop.actions.help import show_on_first_start
from desktop.i18n import translate
from desktop.main_window import MainWindow
from desktop.opening import FirstPaint, open_in_background
from desktop.settings import Preferences
from desktop.theme import apply_theme


def ask_author(prefs: Preferences) -> None:
    """Every change is recorded under the author's name, so ask for it once, on first start."""
    if prefs.author:
        return
    import getpass

    name, ok = QInputDialog.getText(None, translate("app", "Welcome to Model Atlas"),
                                    translate("app", "Your name (recorded on every change you make):"),
                                    text=getpass.getuser())
    prefs.author = name.strip() if ok and name.strip() else getpass.getuser()
    prefs.sync()


def atlas_to_open(db_path: str | None, prefs: Preferences) -> Path:
    """The file asked for, else the one open last time, else the default database."""
    if db_path:
        return Path(db_path).expanduser()
    from db.library import DB_ENV, default_db_path

    if not os.environ.get(DB_ENV) and prefs.last_database and Path(prefs.last_database).exists():
        return Path(prefs.last_database)
    return default_db_path()


def start_window(prefs: Preferences, db_path: str | None) -> MainWindow:
    """Show the window at once, saying it is loading; the atlas opens in a worker after the first paint. An
    explicitly named file must exist (a typo must not make a new atlas; a file that cannot be opened is said so and the
    window stays for File ▸ Open); the default one is created from the seed in a worker, its progress in the status
    bar."""
    target = atlas_to_open(db_path, prefs)
    first_start = db_path is None and not target.exists()
    window = MainWindow(None, prefs)
    window.show()
    if first_start:
        target.parent.mkdir(parents=True, exist_ok=True)
        window.job_status.say(translate("actions.files", "Preparing the knowledge base (first start)…"))
        # the seed is loaded by a worker that imports the ORM: started once the window has painted
        FirstPaint(window, lambda: prepare_first_atlas(window, target))  # Getting Started follows the atlas
    else:
        open_in_background(window, target, after_first_paint=True)
        show_on_first_start(window)
    return window


def run_app(db_path: str | None = None, author: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Model Atlas")
    app.setOrganizationName("ModelAtlas")
    from desktop.icons import app_icon

    app.setWindowIcon(app_icon())  # every window, dialog and the task switcher show it
    prefs = Preferences()
    if author:
        prefs.author = author
    from desktop.i18n import install_translations

    install_translations(app, prefs.language)  # before any window: every tr() call then finds its language
    apply_theme(app, prefs.theme)
    ask_author(prefs)
    window = start_window(prefs, db_path)
    code = app.exec()
    if window.store is not None:
        window.store.close()
    return int(code)
