"""Evaluations from the desktop: the form (rubric from preferences, validation), undo, the Evaluations view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from db.queries import ListFilter
from db.schema import Evaluation
from desktop.evaluation_form import EvaluationDialog, ScoreRow
from desktop.main_window import MainWindow
from tests.desktop.conftest import settle


def open_form(qtbot, window: MainWindow, name: str = "Acme 7B") -> EvaluationDialog:
    """Select `name` and press Edit ▸ Evaluate…'s shortcut, as a person does."""
    window.select_entry(window.store.resolve(name).uuid)
    settle(qtbot, window)
    return press_evaluate(qtbot, window)


def press_evaluate(qtbot, window: MainWindow) -> EvaluationDialog:
    window.table.setFocus()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.table, Qt.Key.Key_E, both)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(EvaluationDialog)), timeout=3_000)
    dialog = next(d for d in window.findChildren(EvaluationDialog) if d.isVisible())
    qtbot.addWidget(dialog)
    return dialog


def evaluations(window: MainWindow) -> list[Evaluation]:
    from sqlalchemy import select

    with window.store.read() as session:
        return list(session.scalars(select(Evaluation).where(Evaluation.deleted_at.is_(None))))


def test_form_defaults_come_from_selection_and_preferences(qtbot, window: MainWindow) -> None:
    window.prefs.rubric = ["capability", "cost at scale", "EU data residency"]
    dialog = open_form(qtbot, window)
    assert dialog.target_uuid() == window.store.resolve("Acme 7B").uuid
    assert dialog.author.text() == "ana"
    assert list(dialog.scores) == ["capability", "cost at scale", "EU data residency"]
    assert dialog.verdict.value() is None


def test_validation_keeps_the_form_open_and_says_why(qtbot, window: MainWindow) -> None:
    dialog = open_form(qtbot, window)
    dialog.target.setEditText("")
    dialog.author.clear()
    dialog.try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    for key in ("target", "evaluator", "use_case", "verdict"):
        assert dialog.errors[key].text(), key
    assert "4 fields need attention" in dialog.message.text()
    assert evaluations(window) == []
    dialog.target.setEditText("No Such Model")
    dialog.author.setText("ana")
    dialog.use_case.setText("on-prem legal summarization in the EU")
    dialog.verdict.buttons["trial"].click()
    dialog.try_accept()  # the store cannot find the entry: the message lands under the field
    assert "No Such Model" in dialog.errors["target"].text()
    assert not dialog.errors["use_case"].isVisible()
    with pytest.raises(ValueError, match="between 1 and 5"):
        dialog.scores["capability"].set_value(6)


def test_scores_by_click_and_by_key(qtbot, window: MainWindow) -> None:
    dialog = open_form(qtbot, window)
    row = dialog.scores["capability"]
    assert isinstance(row, ScoreRow)
    row.group.button(4).click()
    qtbot.keyClick(dialog.scores["license risk"], Qt.Key.Key_2)
    assert dialog.score_values() == {"capability": 4, "license risk": 2}
    assert "Average 3.0 over 2 criteria" in dialog.average.text()
    qtbot.keyClick(row, Qt.Key.Key_0)
    assert dialog.score_values() == {"license risk": 2}


def test_save_an_evaluation_with_tags_then_undo(qtbot, window: MainWindow) -> None:
    dialog = open_form(qtbot, window)
    qtbot.keyClicks(dialog.use_case, "on-prem legal summarization in the EU")
    click = Qt.MouseButton.LeftButton
    qtbot.mouseClick(dialog.scores["capability"].group.button(4), click)
    qtbot.mouseClick(dialog.scores["data sovereignty and self-hosting"].group.button(5), click)
    qtbot.mouseClick(dialog.verdict.buttons["adopt"], click)
    qtbot.keyClicks(dialog.tags, "shortlist, eu-ready")
    qtbot.keyClicks(dialog.notes.editor, "Runs on **our** hardware.")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, click)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [saved] = evaluations(window)
    assert (saved.evaluator, saved.verdict, saved.scores) == (
        "ana", "adopt", {"capability": 4, "data sovereignty and self-hosting": 5})
    assert saved.target_uuid == window.store.resolve("Acme 7B").uuid
    assert [t.name for t in window.store.get(saved.uuid).tags] == ["eu-ready", "shortlist"]
    settle(qtbot, window)
    page = window.detail.toPlainText()
    assert "Evaluations" in page and "capability 4.0" in page
    window.windowHandle().requestActivate()  # back in the main window once the form has gone
    qtbot.waitUntil(window.isActiveWindow, timeout=3_000)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Edit ▸ Undo
    assert evaluations(window) == []
    settle(qtbot, window)


def test_evaluate_an_evaluation_means_its_target(qtbot, window: MainWindow) -> None:
    evaluation = window.store.evaluate("BigCo Ultra", evaluator="bo", use_case="coding", scores={}, verdict="hold")
    window.show_kind("evaluation")
    settle(qtbot, window)
    window.select_entry(evaluation.uuid)
    settle(qtbot, window)
    dialog = press_evaluate(qtbot, window)
    assert dialog.target_uuid() == window.store.resolve("BigCo Ultra").uuid


def test_evaluations_view_filters_by_author_verdict_use_case_and_tag_and_sorts_by_score(
        qtbot, window: MainWindow) -> None:
    store = window.store
    store.evaluate("Acme 7B", evaluator="ana", use_case="EU summaries", scores={"capability": 4}, verdict="adopt",
                   tags=["shortlist"])
    store.evaluate("BigCo Ultra", evaluator="bo", use_case="coding", scores={"capability": 2}, verdict="hold")
    store.evaluate("Acme 7B Chat", evaluator="ana", use_case="coding", scores={"capability": 5}, verdict="trial")
    window.show_kind("evaluation")
    settle(qtbot, window)
    item = window.sidebar.item_for("facet", "coding", facet="use_case")
    assert item is not None  # use case is a facet of the Evaluations view
    window.sidebar._on_click(item)
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 2, timeout=10_000)
    window.apply_filter(ListFilter(kind="evaluation", facets={"evaluator": ("ana",), "verdict": ("trial",)}))
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=10_000)
    assert window.list_model.index(0, 0).data() == "Acme 7B Chat"
    window.apply_filter(ListFilter(kind="evaluation", tags_include=("shortlist",)))
    qtbot.waitUntil(lambda: window.list_model.index(0, 0).data() == "Acme 7B", timeout=10_000)
    assert window.list_model.rowCount() == 1
    window.apply_filter(ListFilter(kind="evaluation"))
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 3, timeout=10_000)
    score = [c.key for c in window.list_model.columns].index("score")
    with qtbot.waitSignal(window.list_model.loaded, timeout=10_000):
        window.list_model.sort(score, Qt.SortOrder.DescendingOrder)
    assert [window.list_model.index(r, score).data() for r in range(3)] == ["5.0", "4.0", "2.0"]
