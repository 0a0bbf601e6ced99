"""The evaluation form: what was evaluated, by whom and for which use case; 1–5 scores on the rubric; a verdict."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.choices import REFERABLE_KINDS, entry_choices, evaluated_use_cases, tag_names
from db.errors import ValidationError
from db.store import Store
from db.vocab import Verdict
from desktop.accessible import name_field
from desktop.choice_model import ChoiceListModel, fixed_width
from desktop.editor import MarkdownEditor
from desktop.form_dialog import FormDialog
from desktop.i18n import QT_TRANSLATE_NOOP, local_decimal, translate, vocab
from desktop.tag_dialog import TagInput
from desktop.theme import VERDICT_COLORS, error_style, text_color_on

VERDICT_HELP = {
    "adopt": QT_TRANSLATE_NOOP("evaluation_form", "Adopt — use it for this use case"),
    "trial": QT_TRANSLATE_NOOP("evaluation_form", "Trial — worth a pilot on a real project"),
    "assess": QT_TRANSLATE_NOOP("evaluation_form", "Assess — explore it, not ready to pilot"),
    "hold": QT_TRANSLATE_NOOP("evaluation_form", "Hold — do not start new work with it"),
}
SCORE_HELP = QT_TRANSLATE_NOOP("evaluation_form", "1 poor … 5 excellent for this use case (for risks: 5 = least risk); "
                                                  "“—” leaves a criterion unscored.")
Submit = Callable[[dict[str, Any], list[str]], None]


class ScoreRow(QWidget):
    """“—” and 1 to 5 as a row of exclusive buttons; digit keys 0–5 set it too."""

    changed = Signal(int)

    def __init__(self, criterion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.criterion = criterion
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for value in range(6):
            button = QToolButton(self)
            button.setText("—" if value == 0 else str(value))
            button.setCheckable(True)
            button.setMinimumWidth(30)
            score = (translate("evaluation_form", "not scored") if value == 0
                     else translate("evaluation_form", "{score} of 5").format(score=value))
            button.setAccessibleName(f"{vocab(criterion)}: {score}")
            button.setToolTip(f"{vocab(criterion)}: {score}")
            self.group.addButton(button, value)
            layout.addWidget(button)
        layout.addStretch(1)
        self.setStyleSheet(
            "QToolButton { border: 1px solid palette(mid); border-radius: 3px; padding: 2px 4px; }"
            "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " border-color: palette(highlight); font-weight: bold; }"
            "QToolButton:focus { border: 2px solid palette(highlight); }")
        self.group.button(0).setChecked(True)
        self.group.idClicked.connect(self.changed.emit)

    def value(self) -> int:
        return max(self.group.checkedId(), 0)

    def set_value(self, value: int) -> None:
        if not 0 <= int(value) <= 5:
            raise ValueError(f"score for {self.criterion!r} must be between 1 and 5")
        self.group.button(int(value)).setChecked(True)

    def keyPressEvent(self, event: Any) -> None:
        text = event.text()
        if text in ("0", "1", "2", "3", "4", "5"):
            self.set_value(int(text))
            self.changed.emit(int(text))
            return
        super().keyPressEvent(event)


class VerdictPicker(QWidget):
    """Adopt · Trial · Assess · Hold as colored toggle buttons; none chosen at first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for verdict in Verdict:
            button = QToolButton(self)
            button.setText(vocab(verdict.value).capitalize())
            button.setCheckable(True)
            button.setMinimumWidth(72)
            button.setToolTip(translate("evaluation_form", VERDICT_HELP[verdict.value]))
            button.setAccessibleName(translate("evaluation_form", VERDICT_HELP[verdict.value]))
            color = VERDICT_COLORS[verdict.value]
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid {color}; border-radius: 4px; padding: 3px 8px; }}"
                f"QToolButton:checked {{ background: {color}; color: {text_color_on(color)}; font-weight: bold; }}")
            self.group.addButton(button)
            self.buttons[verdict.value] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def value(self) -> str | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, verdict: str | None) -> None:
        if verdict in self.buttons:
            self.buttons[verdict].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)


class EvaluationDialog(FormDialog):
    """Record an evaluation; `submit(values, tags)` stores it and raises ValidationError to keep the form open.
    Esc, Cancel or closing the window ask before discarding what was filled in."""

    def __init__(self, store: Store, submit: Submit, *, rubric: list[str], author: str,
                 target: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationForm")
        self.setWindowTitle(translate("evaluation_form", "Evaluate"))
        self.store = store
        self.submit = submit
        self.errors: dict[str, QLabel] = {}

        self.target = QComboBox(self)
        self.target.setEditable(True)
        self.target.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.target.setModel(ChoiceListModel.of_entries(entry_choices(store, REFERABLE_KINDS), parent=self.target))
        fixed_width(self.target)
        completer = self.target.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        name_field(self.target, translate("evaluation_form", "Evaluated entry"))
        self.author = QLineEdit(author, self)
        self.author.setAccessibleName(translate("evaluation_form", "Author"))
        self.when = QDateEdit(QDate.currentDate(), self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd")
        self.when.setAccessibleName(translate("evaluation_form", "Date"))
        self.use_case = QLineEdit(self)
        self.use_case.setPlaceholderText(translate("evaluation_form", "e.g. on-prem legal summarization in the EU"))
        self.use_case.setAccessibleName(translate("evaluation_form", "Use case"))
        use_cases = QCompleter(evaluated_use_cases(store), self.use_case)
        use_cases.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        use_cases.setFilterMode(Qt.MatchFlag.MatchContains)
        self.use_case.setCompleter(use_cases)

        self.scores: dict[str, ScoreRow] = {}
        score_box = QWidget(self)
        self._score_grid = QGridLayout(score_box)
        self._score_grid.setContentsMargins(0, 0, 0, 0)
        self._score_grid.setVerticalSpacing(2)
        for criterion in rubric:
            self._add_score(criterion)
        self.average = QLabel("", self)
        self.average.setStyleSheet("color: palette(placeholder-text);")
        score_help = QLabel(translate("evaluation_form", SCORE_HELP), self)
        score_help.setWordWrap(True)
        score_help.setStyleSheet("color: palette(placeholder-text);")

        self.verdict = VerdictPicker(self)
        self.notes = MarkdownEditor(self)
        self.notes.setMinimumHeight(110)
        name_field(self.notes, translate("evaluation_form", "Notes"))
        self.notes.editor.setPlaceholderText(
            translate("evaluation_form", "Notes (Markdown): what you tried, what decided it, open questions…"))
        self.tags = TagInput(tag_names(store), self)
        self.tags.setPlaceholderText(translate("evaluation_form", "shortlist, eu-ready"))
        self.tags.setAccessibleName(translate("evaluation_form", "Tags"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(translate("evaluation_form", "Evaluated entry *"), self._with_error("target", self.target))
        row = QHBoxLayout()
        row.addWidget(self.author, 2)
        row.addWidget(QLabel(translate("evaluation_form", "Date"), self))
        row.addWidget(self.when, 1)
        holder = QWidget(self)
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(translate("evaluation_form", "Author *"), self._with_error("evaluator", holder))
        form.addRow(translate("evaluation_form", "Use case *"), self._with_error("use_case", self.use_case))
        scores_holder = QWidget(self)
        scores_layout = QVBoxLayout(scores_holder)
        scores_layout.setContentsMargins(0, 0, 0, 0)
        scores_layout.addWidget(score_box)
        scores_layout.addWidget(self.average)
        scores_layout.addWidget(score_help)
        form.addRow(translate("evaluation_form", "Scores"), self._with_error("scores", scores_holder))
        form.addRow(translate("evaluation_form", "Verdict *"), self._with_error("verdict", self.verdict))
        form.addRow(translate("evaluation_form", "Tags"), self._with_error("tags", self.tags))
        form.addRow(translate("evaluation_form", "Notes"), self._with_error("notes", self.notes))

        self.message = QLabel("", self)
        self.message.setStyleSheet(error_style(self.palette()))
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setShortcut(QKeySequence("Ctrl+Return"))
        save.setToolTip(translate("evaluation_form", "Save (Ctrl+Enter)"))
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        if target:
            self.set_target(target)
        self._show_average()
        self.resize_within_screen(800, 680)
        self.watch_changes(lambda: (self.values(), self.tags.names()))

    # ---- building ------------------------------------------------------------------------------

    def _with_error(self, key: str, widget: QWidget) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = QLabel("", holder)
        error.setStyleSheet(error_style(self.palette()))
        error.setWordWrap(True)
        error.hide()
        box.addWidget(error)
        self.errors[key] = error
        return holder

    def _add_score(self, criterion: str) -> ScoreRow:
        row = len(self.scores)
        score = ScoreRow(criterion, self)
        score.changed.connect(lambda _value: self._show_average())
        label = QLabel(vocab(criterion), self)  # the default rubric's words translated; a person's own stay
        label.setBuddy(score.group.button(0))
        self._score_grid.addWidget(label, row, 0)
        self._score_grid.addWidget(score, row, 1)
        self.scores[criterion] = score
        return score

    def _show_average(self) -> None:
        values = [v for v in self.score_values().values()]
        scored = len(values)
        self.average.setText(translate("evaluation_form", "Average {average} over %n criteria", "", scored).format(
            average=local_decimal(sum(values) / scored)) if values
            else translate("evaluation_form", "No criterion scored yet"))

    # ---- values --------------------------------------------------------------------------------

    def set_target(self, uuid: str) -> None:
        index = self.target.findData(uuid)
        if index >= 0:
            self.target.setCurrentIndex(index)

    def set_scores(self, scores: dict[str, int]) -> None:
        for criterion, value in scores.items():
            row = self.scores.get(criterion) or self._add_score(criterion)
            row.set_value(int(value))
        self._show_average()

    def score_values(self) -> dict[str, int]:
        return {criterion: row.value() for criterion, row in self.scores.items() if row.value() > 0}

    def target_uuid(self) -> str | None:
        text = self.target.currentText().strip()
        if not text:
            return None
        index = self.target.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and self.target.itemData(index):
            return str(self.target.itemData(index))
        return text  # typed by hand: the store resolves it by name or reports it

    def values(self) -> dict[str, Any]:
        picked = self.when.date()
        return {
            "target": self.target_uuid(),
            "evaluator": self.author.text().strip(),
            "eval_date": date(picked.year(), picked.month(), picked.day()),
            "use_case": self.use_case.text().strip(),
            "scores": self.score_values(),
            "verdict": self.verdict.value(),
            "notes": self.notes.text(),
        }

    def validate(self) -> dict[str, str]:
        """Problems the form can see by itself; the store checks the rest (an unknown entry, say)."""
        values = self.values()
        problems: dict[str, str] = {}
        if not values["target"]:
            problems["target"] = translate("evaluation_form", "choose the entry you evaluated")
        if not values["evaluator"]:
            problems["evaluator"] = translate("evaluation_form", "give the author's name")
        if not values["use_case"]:
            problems["use_case"] = translate(
                "evaluation_form", "say what it was evaluated for, e.g. “on-prem legal summarization in the EU”")
        if not values["verdict"]:
            problems["verdict"] = translate("evaluation_form", "choose adopt, trial, assess or hold")
        if any(not 1 <= s <= 5 for s in values["scores"].values()):
            problems["scores"] = translate("evaluation_form", "scores run from 1 to 5")
        for tag in self.tags.names():
            if len(tag) > 100:
                problems["tags"] = translate("evaluation_form", "a tag name is at most 100 characters")
        return problems

    def show_errors(self, problems: dict[str, str]) -> None:
        for key, label in self.errors.items():
            message = problems.get(key)
            label.setText(message or "")
            label.setVisible(bool(message))
        count = len(problems)
        unknown = "; ".join(f"{k}: {v}" for k, v in problems.items() if k not in self.errors)
        self.message.setText((translate("evaluation_form", "%n field(s) need attention", "", count) if count else "")
                             + (f": {unknown}" if unknown else ""))
        self.message.setVisible(bool(count))
        focus = {"target": self.target, "evaluator": self.author, "use_case": self.use_case,
                 "verdict": next(iter(self.verdict.buttons.values())), "tags": self.tags}
        first = next((key for key in ("target", "evaluator", "use_case", "verdict", "tags") if key in problems), None)
        if first is not None:
            focus[first].setFocus()

    def try_accept(self) -> None:
        problems = self.validate()
        if problems:
            self.show_errors(problems)
            return
        try:
            self.submit(self.values(), self.tags.names())
        except ValidationError as error:
            self.show_errors(error.problems)
            return
        self.show_errors({})
        self.accept()
