"""Edit, evaluation and preferences forms ask before Esc, Cancel or the close button drop what a person typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from db.store import Store
from desktop.editor import EntryDialog
from desktop.evaluation_form import EvaluationDialog
from desktop.form_dialog import DISCARD_QUESTION
from desktop.preferences import PreferencesDialog
from desktop.settings import Preferences

RUBRIC = ["capability", "license risk"]


def edit_dialog(qtbot, store: Store, name: str = "Acme 7B") -> tuple[EntryDialog, list[dict[str, Any]]]:
    uuid = store.resolve(name).uuid
    saved: list[dict[str, Any]] = []

    def submit(values: dict[str, Any]) -> None:
        store.update(uuid, values)
        saved.append(values)

    dialog = EntryDialog(store, "model", submit, values=store.values_of(uuid), rubric=RUBRIC)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog, saved


def evaluation_dialog(qtbot, store: Store) -> tuple[EvaluationDialog, list[dict[str, Any]]]:
    saved: list[dict[str, Any]] = []
    dialog = EvaluationDialog(store, lambda values, _tags: saved.append(values), rubric=RUBRIC, author="ana",
                              target=store.resolve("Acme 7B").uuid)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog, saved


def question(qtbot, dialog: QDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in dialog.findChildren(QMessageBox, DISCARD_QUESTION)),
                    timeout=3_000)
    return next(box for box in dialog.findChildren(QMessageBox, DISCARD_QUESTION) if box.isVisible())


def answer(qtbot, dialog: QDialog, button: QMessageBox.StandardButton) -> None:
    box = question(qtbot, dialog)
    assert box.windowTitle() == "Discard changes?"
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3_000)


def no_question(dialog: QDialog) -> bool:
    return not any(box.isVisible() for box in dialog.findChildren(QMessageBox, DISCARD_QUESTION))


def name_field(dialog: EntryDialog) -> QLineEdit:
    field = dialog.findChild(QWidget, "field_name")
    assert isinstance(field, QLineEdit)
    return field


def test_esc_on_an_untouched_edit_form_closes_it_without_asking(qtbot, mini: Store) -> None:
    dialog, saved = edit_dialog(qtbot, mini)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert no_question(dialog) and saved == []


def test_esc_on_a_changed_edit_form_asks_and_keep_editing_keeps_the_text(qtbot, mini: Store) -> None:
    dialog, saved = edit_dialog(qtbot, mini)
    field = name_field(dialog)
    field.setFocus()
    qtbot.keyClicks(field, " v2")
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # from the field being typed in, as a person presses it
    answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)  # “Keep Editing”
    assert dialog.isVisible() and field.text() == "Acme 7B v2"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, dialog, QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert saved == [] and mini.resolve("Acme 7B").name == "Acme 7B"  # nothing was stored


def test_cancel_and_the_close_button_ask_too_and_save_does_not(qtbot, mini: Store) -> None:
    dialog, saved = edit_dialog(qtbot, mini)
    qtbot.keyClicks(name_field(dialog), " v2")
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()
    dialog.close()  # what the window's close button does
    answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible()
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert no_question(dialog) and len(saved) == 1
    assert mini.resolve("Acme 7B v2").name == "Acme 7B v2"


def test_typing_back_what_was_there_counts_as_unchanged(qtbot, mini: Store) -> None:
    dialog, _saved = edit_dialog(qtbot, mini)
    field = name_field(dialog)
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and no_question(dialog)


def test_esc_on_a_filled_evaluation_asks_before_discarding(qtbot, mini: Store) -> None:
    dialog, saved = evaluation_dialog(qtbot, mini)
    qtbot.keyClicks(dialog.use_case, "EU legal summaries")
    qtbot.mouseClick(dialog.scores["capability"].group.button(4), Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.verdict.buttons["trial"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.isVisible() and dialog.score_values() == {"capability": 4}
    assert dialog.use_case.text() == "EU legal summaries"
    dialog.close()
    answer(qtbot, dialog, QMessageBox.StandardButton.Discard)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected and saved == []


def test_esc_on_an_untouched_evaluation_closes_it_at_once(qtbot, mini: Store) -> None:
    dialog, saved = evaluation_dialog(qtbot, mini)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and no_question(dialog) and saved == []


def test_preferences_ask_before_dropping_edits_and_save_with_ok(qtbot, prefs: Preferences) -> None:
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing changed: closes at once
    assert not dialog.isVisible() and no_question(dialog)
    dialog.open()
    dialog.rubric.setFocus()
    qtbot.keyClick(dialog.rubric, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.rubric, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.rubric, "EU data residency")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)  # keep editing
    dialog.author.selectAll()
    qtbot.keyClick(dialog.author, Qt.Key.Key_Delete)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "your name" in dialog.error.text() and prefs.author == "ana"
    qtbot.keyClicks(dialog.author, "bo")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
    assert prefs.author == "bo" and prefs.rubric[-1] == "EU data residency"


def test_a_picker_holds_a_hundred_thousand_entries_without_a_call_per_row(qtbot, qtmodeltester) -> None:
    import sys

    from PySide6.QtWidgets import QComboBox

    from db.choices import EntryChoice
    from desktop.choice_model import ChoiceListModel, fixed_width

    choices = [EntryChoice(f"uuid-{i}", f"Model {i}", "model", f"Model {i}") for i in range(100_000)]
    model = ChoiceListModel.of_entries(choices)
    qtmodeltester.check(ChoiceListModel.of_entries(choices[:50]))
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setEditable(True)
    before = sys.getrefcount(None)
    combo.setModel(model)
    fixed_width(combo)
    combo.show()
    # PySide6 6.12 on Python 3.11 drops a reference to None on each addItem: 100,000 of them abort the interpreter
    assert abs(sys.getrefcount(None) - before) < 1_000
    assert combo.count() == 100_001 and combo.itemData(0) is None  # a blank first row leaves the field empty
    assert combo.findData("uuid-99999") == 100_000 and combo.findText("Model 5") == 6
    combo.setCurrentIndex(combo.findData("uuid-42"))
    assert combo.currentText() == "Model 42" and combo.currentData() == "uuid-42"
