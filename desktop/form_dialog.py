"""A form dialog that asks “Discard changes?” before Esc, Cancel or the close button throw away what was typed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.i18n import translate

DISCARD_QUESTION = "discardQuestion"


class FormDialog(QDialog):
    """Subclasses call `watch_changes(state)` once the form is filled in; `state()` returns comparable values.

    Esc, Cancel and the window's close button all end in `reject`: when `state()` still equals what it was
    when watched, the dialog closes at once; otherwise a question box (not a nested event loop, so the
    form stays live) offers to discard the changes or to keep editing, which is the default.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state: Callable[[], object] | None = None
        self._clean: object = None
        self._question: QMessageBox | None = None

    def watch_changes(self, state: Callable[[], object]) -> None:
        self._state = state
        self._clean = state()

    def resize_within_screen(self, width: int, height: int) -> None:
        """Ask for `width`×`height`, but no more than the screen offers (a 1280×720 laptop, say), title bar included."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(max(width, self.minimumSizeHint().width()), max(height, self.minimumSizeHint().height()))

    def is_modified(self) -> bool:
        return self._state is not None and self._state() != self._clean

    def reject(self) -> None:
        if self._question is not None:  # asking already: the question box decides
            return
        if not self.is_modified():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("form_dialog", "Discard changes?"),
                          translate("form_dialog", "Discard the changes you made in this form?"),
                          QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(DISCARD_QUESTION)
        box.setInformativeText(
            translate("form_dialog", "Keep Editing returns to the form; nothing is saved until you press Save."))
        box.button(QMessageBox.StandardButton.Cancel).setText(translate("form_dialog", "&Keep Editing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _result: self._answered(box))
        self._question = box
        box.open()

    def _answered(self, box: QMessageBox) -> None:
        discard = box.clickedButton() is box.button(QMessageBox.StandardButton.Discard)
        self._question = None
        box.deleteLater()
        if discard:
            super().reject()
            self._give_focus_back()

    def _give_focus_back(self) -> None:
        """The question box and the form close together, and some window managers (openbox) then focus no window:
        the next shortcut went nowhere. The window the form was opened from takes the focus back."""
        parent = self.parentWidget()
        if parent is not None and parent.window().isVisible():
            parent.window().activateWindow()
