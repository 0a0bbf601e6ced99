"""Forms to create and edit entries, built from the field specs, with inline validation messages."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.choices import REFERABLE_KINDS, entry_choices
from db.errors import ValidationError
from db.fields import FIELDS, KIND_LABELS, FieldSpec, FieldType
from db.markdown import render_markdown
from db.store import Store
from db.values import format_number
from db.vocab import OpennessGrade
from desktop.accessible import name_field
from desktop.choice_model import ChoiceListModel, fixed_width
from desktop.form_dialog import FormDialog
from desktop.i18n import translate, vocab, vocab_noun
from desktop.theme import error_style

Submit = Callable[[dict[str, Any]], None]
STRUCTURED_EXAMPLE = '{"applies_if": {"fact": "training_compute_flop", "op": ">", "value": 1e25}}'
"""The structured fields' placeholder: JSON, the same in every language."""


class InertBrowser(QTextBrowser):
    """A preview that never fetches what the Markdown points to (images, style sheets): it stays offline."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


class MarkdownEditor(QSplitter):
    """Plain-text Markdown on the left, a live, inert preview on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.editor = QPlainTextEdit(self)
        self.editor.setTabChangesFocus(True)
        self.preview = InertBrowser(self)
        self.preview.setOpenLinks(False)
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self._render)
        self.editor.textChanged.connect(self._timer.start)
        self.setSizes([320, 320])

    def _render(self) -> None:
        self.preview.setHtml(render_markdown(self.editor.toPlainText()))

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        self.editor.setPlainText(text)
        self._render()


class ScoresEditor(QWidget):
    """One 1–5 spin box per rubric criterion; 0 shows as “—” and means not scored."""

    def __init__(self, criteria: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QSpinBox] = {}
        for criterion in criteria:
            self._add(criterion)

    def _add(self, criterion: str) -> None:
        row = len(self.boxes)
        box = QSpinBox(self)
        box.setRange(0, 5)
        box.setSpecialValueText("—")
        box.setAccessibleName(translate("editor", "Score for {criterion}").format(criterion=vocab(criterion)))
        self._grid.addWidget(QLabel(criterion, self), row, 0)
        self._grid.addWidget(box, row, 1)
        self.boxes[criterion] = box

    def set_scores(self, scores: dict[str, int]) -> None:
        for criterion, value in (scores or {}).items():
            if criterion not in self.boxes:
                self._add(criterion)
            self.boxes[criterion].setValue(int(value))

    def scores(self) -> dict[str, int]:
        return {criterion: box.value() for criterion, box in self.boxes.items() if box.value() > 0}


class ColorButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.color = "#7f8c8d"
        self.clicked.connect(self._choose)
        self._paint()

    def _choose(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, translate("editor", "Tag color"))
        if chosen.isValid():
            self.color = chosen.name()
            self._paint()

    def set_color(self, color: str | None) -> None:
        self.color = color or "#7f8c8d"
        self._paint()

    def _paint(self) -> None:
        self.setText(self.color)
        self.setStyleSheet(f"background-color: {self.color};")


class EntryForm(QWidget):
    """The editable fields of one kind, grouped in tabs, with a message line under each field."""

    def __init__(self, store: Store, kind: str, rubric: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.specs = {spec.key: spec for spec in FIELDS[kind]}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)
        forms: dict[str, QFormLayout] = {}
        for spec in FIELDS[kind]:
            group = translate("editor", "Text") if spec.type == FieldType.MARKDOWN else vocab(spec.group)
            if group not in forms:
                page = QWidget()
                form = QFormLayout(page)
                form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setWidget(page)
                self.tabs.addTab(scroll, group)
                forms[group] = form
            widget = self._make_widget(spec, rubric)
            widget.setObjectName(f"field_{spec.key}")
            name_field(widget, spec.label)
            if spec.help:
                widget.setToolTip(spec.help)
            error = QLabel("", self)
            error.setStyleSheet(error_style(self.palette()))
            error.setWordWrap(True)
            error.hide()
            holder = QWidget()
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(1)
            box.addWidget(widget)
            box.addWidget(error)
            label = spec.label + (" *" if spec.required else "")
            forms[group].addRow(label, holder)
            self.widgets[spec.key] = widget
            self.errors[spec.key] = error

    def _make_widget(self, spec: FieldSpec, rubric: list[str]) -> QWidget:
        if spec.type == FieldType.MARKDOWN:
            return MarkdownEditor(self)
        if spec.type in (FieldType.CONDITIONS, FieldType.USE_CASE, FieldType.CLAUSE_SCOPES):
            editor = QPlainTextEdit(self)  # structured data, edited as JSON (YAML is accepted too)
            editor.setTabChangesFocus(True)
            editor.setPlaceholderText(STRUCTURED_EXAMPLE)
            return editor
        if spec.type == FieldType.BOOL:
            return QCheckBox(self)
        if spec.type == FieldType.SCORES:
            return ScoresEditor(rubric, self)
        if spec.type == FieldType.COLOR:
            return ColorButton(self)
        if spec.type == FieldType.ENUM:
            combo = QComboBox(self)
            empty = "(suggested)" if spec.key == "openness_grade" else "—"
            if "unknown" not in spec.choices:
                combo.addItem(empty, None)
            for choice in spec.choices:
                label = OpennessGrade(choice).label if spec.key == "openness_grade" else choice
                combo.addItem(label, choice)
            return combo
        if spec.type == FieldType.REF:
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            kinds = REFERABLE_KINDS if spec.ref_kind == "*" else [str(spec.ref_kind)]
            combo.setModel(ChoiceListModel.of_entries(entry_choices(self.store, kinds), parent=combo))
            fixed_width(combo)
            completer = combo.completer()
            assert completer is not None  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            return combo
        line = QLineEdit(self)
        if spec.type == FieldType.DATE:
            line.setPlaceholderText(translate("editor", "YYYY-MM-DD"))
        elif spec.type == FieldType.NUMBER:
            line.setPlaceholderText(translate("editor", "e.g. 70B, 1.2e25"))
        elif spec.type in (FieldType.ENUM_LIST, FieldType.STR_LIST):
            line.setPlaceholderText(", ".join(spec.choices) if spec.choices else translate("editor", "comma-separated"))
        if spec.choices and spec.type == FieldType.TEXT:
            completer = QCompleter(list(spec.choices), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(completer)
        return line

    # ---- values in and out ---------------------------------------------------------------------

    def set_values(self, values: dict[str, Any]) -> None:
        for key, value in values.items():
            widget = self.widgets.get(key)
            spec = self.specs.get(key)
            if widget is None or spec is None:
                continue
            if isinstance(widget, MarkdownEditor):
                widget.set_text(value or "")
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(json.dumps(value, indent=2, ensure_ascii=False) if value else "")
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, ScoresEditor):
                widget.set_scores(value or {})
            elif isinstance(widget, ColorButton):
                widget.set_color(value)
            elif isinstance(widget, QComboBox):
                found = widget.findData(value)
                widget.setCurrentIndex(max(found, 0))
            elif isinstance(widget, QLineEdit):
                widget.setText(_as_text(spec, value))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for key, widget in self.widgets.items():
            if isinstance(widget, MarkdownEditor):
                values[key] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                values[key] = widget.toPlainText().strip() or None
            elif isinstance(widget, QCheckBox):
                values[key] = widget.isChecked()
            elif isinstance(widget, ScoresEditor):
                values[key] = widget.scores()
            elif isinstance(widget, ColorButton):
                values[key] = widget.color
            elif isinstance(widget, QComboBox):
                if widget.isEditable():
                    values[key] = self._ref_value(widget)
                else:
                    values[key] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                values[key] = widget.text()
        return values

    @staticmethod
    def _ref_value(combo: QComboBox) -> str | None:
        text = combo.currentText().strip()
        if not text:
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and combo.itemData(index):
            return str(combo.itemData(index))
        return text  # typed by hand: the store resolves it or reports an unknown reference

    def show_errors(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = problems.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
        first = next((key for key in self.widgets if key in problems), None)
        if first is not None:
            widget = self.widgets[first]
            page = widget.parentWidget()
            while page is not None and self.tabs.indexOf(page) < 0:
                page = page.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            widget.setFocus()


def _as_text(spec: FieldSpec, value: Any) -> str:
    if value is None:
        return ""
    if spec.type == FieldType.NUMBER and isinstance(value, int | float):
        return format_number(float(value))
    if spec.type in (FieldType.ENUM_LIST, FieldType.STR_LIST) and isinstance(value, list | tuple):
        return ", ".join(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class EntryDialog(FormDialog):
    """Create or edit one entry; `submit` performs the change and raises ValidationError to keep it open.
    Esc, Cancel or closing the window ask before discarding what was typed."""

    def __init__(self, store: Store, kind: str, submit: Submit, *, values: dict[str, Any] | None = None,
                 rubric: list[str] | None = None, title: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.submit = submit
        editing = values is not None and bool(values.get("name") or values.get("target"))
        noun = vocab_noun(KIND_LABELS[kind][0])
        self.setWindowTitle(title or (translate("editor", "Edit {kind}").format(kind=noun) if editing
                                      else translate("editor", "New {kind}").format(kind=noun)))
        self.form = EntryForm(store, kind, rubric or [], self)
        if values:
            self.form.set_values(values)
        self.message = QLabel("", self)
        self.message.setStyleSheet(error_style(self.palette()))
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.resize_within_screen(760, 560)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut(QKeySequence("Ctrl+Return"))
        save.setToolTip(translate("editor", "Save (Ctrl+Enter)"))
        self.watch_changes(self.form.values)

    def try_accept(self) -> None:
        try:
            self.submit(self.form.values())
        except ValidationError as error:
            self.form.show_errors(error.problems)
            unknown = {k: v for k, v in error.problems.items() if k not in self.form.widgets}
            count = len(error.problems)
            self.message.setText(translate("editor", "%n field(s) need attention", "", count)
                                 + (": " + "; ".join(f"{k}: {v}" for k, v in unknown.items()) if unknown else ""))
            self.message.show()
            return
        self.accept()
