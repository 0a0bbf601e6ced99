"""Getting Started: opens from Help and its key, once by itself, and every key it teaches really works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.getting_started import (
    FIRST_STEPS,
    SHORTCUTS,
    GettingStartedDialog,
    key_text,
    show_getting_started,
    show_on_first_start,
    was_shown,
)
from desktop.main_window import MainWindow


def open_pages() -> list[GettingStartedDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, GettingStartedDialog) and w.isVisible()]


def test_the_page_says_what_to_try_and_is_remembered(qtbot, window: MainWindow) -> None:
    settings = window.prefs.qsettings
    for dialog in open_pages():  # shown by the shell on a first start: start from none
        dialog.close()
    settings.remove("help/getting_started_shown")
    assert not was_shown(settings)
    dialog = show_on_first_start(window, settings)
    assert dialog is not None and dialog.isVisible() and was_shown(settings)
    text = dialog.page.toPlainText()
    assert "What the atlas holds" in text and "Five things to try first" in text and "Keys to start with" in text
    assert len(FIRST_STEPS) == 5 and all(title in text for title, _ in FIRST_STEPS)
    assert "{" not in text, "every placeholder was filled"
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not open_pages())
    assert show_on_first_start(window, settings) is None, "shown once by itself; after that only from Help"
    again = show_getting_started(window, settings)
    assert again.isVisible()
    again.close()


def test_every_key_it_teaches_belongs_to_an_action(window: MainWindow) -> None:
    bound = {sequence.toString(QKeySequence.SequenceFormat.NativeText): action.text()
             for action in window.findChildren(QAction) for sequence in action.shortcuts()}
    for key, what in SHORTCUTS:
        assert key_text(key) in bound, f"Getting Started teaches {key_text(key)} ({what}) but no action has it"


def test_help_key_opens_the_page(qtbot, window: MainWindow) -> None:
    for dialog in open_pages():
        dialog.close()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(open_pages()))
    for dialog in open_pages():
        dialog.close()
