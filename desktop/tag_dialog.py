"""Ask for tag names with completion from the tags that exist."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from db.choices import tag_names
from db.store import Store
from desktop.i18n import translate


class TagInput(QLineEdit):
    """Comma-separated tag names; completion applies to the word being typed."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._completer = QCompleter(names, self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated.connect(self._insert)
        self.textEdited.connect(self._update)

    def _current_word(self) -> str:
        return self.text()[: self.cursorPosition()].split(",")[-1].strip()

    def _update(self, _text: str) -> None:
        word = self._current_word()
        if not word:
            popup = self._completer.popup()
            if popup is not None:
                popup.hide()
            return
        self._completer.setCompletionPrefix(word)
        self._completer.complete()

    def _insert(self, completion: str) -> None:
        parts = [p.strip() for p in self.text()[: self.cursorPosition()].split(",")]
        parts[-1] = completion
        rest = self.text()[self.cursorPosition():]
        self.setText(", ".join(p for p in parts if p) + ", " + rest.lstrip(", "))

    def names(self) -> list[str]:
        return [part.strip() for part in self.text().split(",") if part.strip()]


class TagDialog(QDialog):
    def __init__(self, store: Store, *, add: bool, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("tag_dialog", "Add tags") if add else translate("tag_dialog", "Remove tags"))
        self.input = TagInput(tag_names(store), self)
        self.input.setAccessibleName(translate("tag_dialog", "Tag names"))
        self.input.setPlaceholderText(translate("tag_dialog", "shortlist, eu-ready"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if add:
            prompt = translate("tag_dialog", "Tags to add to %n entry(s) (comma-separated; new tags are created):", "",
                               count)
        else:
            prompt = translate("tag_dialog", "Tags to remove from %n entry(s) (comma-separated):", "", count)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.input)
        layout.addWidget(buttons)
        self.resize(420, 120)


def ask_tags(parent: QWidget, store: Store, *, add: bool, count: int) -> list[str]:
    dialog = TagDialog(store, add=add, count=count, parent=parent)
    return dialog.input.names() if dialog.exec() else []
