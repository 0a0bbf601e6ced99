"""Desktop fixtures: a main window over a private atlas, with settings in a private file; helpers that drive it the
way a person does (actions, keys, answers to modal dialogs)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from db.store import Store
from desktop.main_window import MainWindow
from desktop.settings import Preferences

SETTLE_MS = 20_000


@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    preferences = Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    preferences.author = "ana"
    preferences.theme = "light"
    return preferences


def settle(qtbot, window: MainWindow) -> None:
    """Wait until every background job has delivered its outcome and no typed search is pending."""
    qtbot.waitUntil(window.is_settled, timeout=SETTLE_MS)


def trigger(window: MainWindow, action_id: str) -> None:
    """What a click on the menu item or toolbar button does."""
    action = window.registry[action_id]
    assert action.isEnabled(), f"{action_id} is disabled"
    action.trigger()


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
          widget: QWidget | None = None) -> None:
    """A key press as a person makes it: into the active window, at the widget that has the focus."""
    window.activateWindow()  # shortcuts reach the active window; a dialog closed a moment ago may have had it
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(widget or window.focusWidget() or window, key, modifiers)


def opened(kind: type[QWidget]) -> QWidget:
    """The newest visible top-level window of `kind` (the dialog an action just opened)."""
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert found, f"no {kind.__name__} is open"
    return found[-1]


def answer_modal(qtbot, act: Callable[[], object], *, accept: bool = False) -> list[str]:
    """Run `act`, answering every modal dialog it opens (rejected, or accepted with `accept`) from a timer, as a
    person would close it; returns the titles of the dialogs answered, in order."""
    titles: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        titles.append(modal.windowTitle())
        if isinstance(modal, QMessageBox):
            button = modal.button(QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.No) or \
                modal.defaultButton() or modal.escapeButton()
            if button is not None:
                button.click()
                return
        if isinstance(modal, QDialog):
            modal.accept() if accept else modal.reject()
        else:
            modal.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        act()
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)
    finally:
        timer.stop()
    return titles


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
