"""Start the desktop app: settings, author on first start, the database, the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from db.errors import AtlasError
from db.library import DB_ENV, open_atlas
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from desktop.theme import apply_theme


def ask_author(prefs: Preferences) -> None:
    """Every change is recorded under the author's name, so ask for it once, on first start."""
    if prefs.author:
        return
    import getpass

    name, ok = QInputDialog.getText(None, "Welcome to Model Atlas",
                                    "Your name (recorded on every change you make):", text=getpass.getuser())
    prefs.author = name.strip() if ok and name.strip() else getpass.getuser()
    prefs.sync()


def run_app(db_path: str | None = None, author: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Model Atlas")
    app.setOrganizationName("ModelAtlas")
    prefs = Preferences()
    if author:
        prefs.author = author
    apply_theme(app, prefs.theme)  # type: ignore[arg-type]
    ask_author(prefs)
    if db_path is None and not os.environ.get(DB_ENV) and prefs.last_database and Path(prefs.last_database).exists():
        db_path = prefs.last_database  # reopen what the analyst had open last time
    try:
        store = open_atlas(Path(db_path) if db_path else None, prefs.author)
    except AtlasError as error:
        QMessageBox.critical(None, "Model Atlas", f"The atlas could not be opened:\n\n{error}")
        return 1
    window = MainWindow(store, prefs)
    window.show()
    code = app.exec()
    store.close()
    return int(code)
