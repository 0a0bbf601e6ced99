"""The preferences dialog: author name, language, theme, list density and the evaluation rubric."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.form_dialog import FormDialog
from desktop.i18n import LANGUAGES
from desktop.settings import Preferences
from desktop.theme import error_style


class PreferencesDialog(FormDialog):
    """Settings kept in QSettings, never in the atlas; Esc or Cancel ask before dropping edits made here."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.setWindowTitle(self.tr("Preferences"))
        self.author = QLineEdit(prefs.author, self)
        self.author.setPlaceholderText(self.tr("Your name, recorded on every change"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own name: found even when the UI is not read
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language.setToolTip(self.tr("Used from the next start of Model Atlas"))
        self.theme = QComboBox(self)
        for value, label in (("system", self.tr("Follow system")), ("light", self.tr("Light")),
                             ("dark", self.tr("Dark")), ("high-contrast", self.tr("High contrast"))):
            self.theme.addItem(label, value)
        self.theme.setCurrentIndex(self.theme.findData(prefs.theme))
        self.density = QComboBox(self)
        for value, label in (("comfortable", self.tr("Comfortable")), ("compact", self.tr("Compact"))):
            self.density.addItem(label, value)
        self.density.setCurrentIndex(self.density.findData(prefs.density))
        self.rubric = QPlainTextEdit("\n".join(prefs.rubric), self)
        self.rubric.setTabChangesFocus(True)
        self.stale_days = QSpinBox(self)
        self.stale_days.setRange(1, 36_500)
        self.stale_days.setValue(prefs.stale_days)
        self.stale_days.setSuffix(self.tr(" days"))
        self.stale_days.setAccessibleName(self.tr("Not verified after this many days"))
        self.stale_days.setToolTip(self.tr("The sidebar's “Not verified in N days” finds entries nobody has "
                                           "checked against their sources for this long"))
        self.error = QLabel("", self)
        self.error.setStyleSheet(error_style(self.palette()))
        form = QFormLayout()
        form.addRow(self.tr("Author"), self.author)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("List density"), self.density)
        form.addRow(self.tr("Evaluation criteria\n(one per line)"), self.rubric)
        form.addRow(self.tr("Not verified after"), self.stale_days)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.watch_changes(lambda: (self.author.text(), self.language.currentData(), self.theme.currentData(),
                                    self.density.currentData(), self.rubric.toPlainText(), self.stale_days.value()))

    def try_accept(self) -> None:
        author = self.author.text().strip()
        criteria = [line.strip() for line in self.rubric.toPlainText().splitlines() if line.strip()]
        if not author:
            self.error.setText(self.tr("Please give your name: every change you make is recorded under it."))
            self.author.setFocus()
            return
        if not criteria:
            self.error.setText(self.tr("The rubric needs at least one criterion."))
            return
        self.prefs.author = author
        if self.language.currentData() != self.prefs.language:
            self.prefs.language = self.language.currentData()
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language is used from the next start of Model Atlas."))
        self.prefs.theme = self.theme.currentData()
        self.prefs.density = self.density.currentData()
        self.prefs.rubric = criteria
        self.prefs.stale_days = self.stale_days.value()
        self.prefs.sync()
        self.accept()
