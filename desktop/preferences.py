"""The preferences dialog: author name, theme, list density and the evaluation rubric."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.form_dialog import FormDialog
from desktop.settings import Preferences


class PreferencesDialog(FormDialog):
    """Settings kept in QSettings, never in the atlas; Esc or Cancel ask before dropping edits made here."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle("Preferences")
        self.author = QLineEdit(prefs.author, self)
        self.author.setPlaceholderText("Your name, recorded on every change")
        self.theme = QComboBox(self)
        for value, label in (("system", "Follow system"), ("light", "Light"), ("dark", "Dark")):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme))
        self.density = QComboBox(self)
        for value, label in (("comfortable", "Comfortable"), ("compact", "Compact")):
            self.density.addItem(label, value)
        self.density.setCurrentIndex(self.density.findData(prefs.density))
        self.rubric = QPlainTextEdit("\n".join(prefs.rubric), self)
        self.rubric.setTabChangesFocus(True)
        self.error = QLabel("", self)
        self.error.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        form.addRow("Author", self.author)
        form.addRow("Theme", self.theme)
        form.addRow("List density", self.density)
        form.addRow("Evaluation criteria\n(one per line)", self.rubric)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch_changes(lambda: (self.author.text(), self.theme.currentData(), self.density.currentData(),
                                    self.rubric.toPlainText()))

    def try_accept(self) -> None:
        author = self.author.text().strip()
        criteria = [line.strip() for line in self.rubric.toPlainText().splitlines() if line.strip()]
        if not author:
            self.error.setText("Please give your name: every change you make is recorded under it.")
            self.author.setFocus()
            return
        if not criteria:
            self.error.setText("The rubric needs at least one criterion.")
            return
        self.prefs.author = author
        self.prefs.theme = self.theme.currentData()
        self.prefs.density = self.density.currentData()
        self.prefs.rubric = criteria
        self.prefs.sync()
        self.accept()
