"""Desktop fixtures: a main window over a private atlas, with settings in a private file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from db.store import Store
from desktop.main_window import MainWindow
from desktop.settings import Preferences


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    preferences = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    preferences.author = "ana"
    preferences.theme = "light"
    return preferences


def settle(qtbot, window: MainWindow) -> None:
    """Let background jobs finish and their signals arrive."""
    for _ in range(5):
        window.runner.wait(10_000)
        qtbot.wait(50)  # longer than every debounce timer in the window (the longest is 120 ms)


@pytest.fixture
def window(qtbot, mini_path: Path, prefs: Preferences) -> Iterator[MainWindow]:
    store = Store.open(mini_path, "ana")
    main = MainWindow(store, prefs)
    qtbot.addWidget(main)
    main.show()
    settle(qtbot, main)
    yield main
    main.close()
    store.close()
