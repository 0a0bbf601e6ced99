"""The use-case check view: verdicts for a described use, why each was given, saved and re-run, exported."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QInputDialog

from db.store import Store
from desktop.actions.use_case import export_rules
from desktop.main_window import MainWindow
from desktop.usecase_view import DUTIES, VERDICT, WHY, UseCaseView, VerdictModel
from tests.desktop.conftest import trigger


def show_usecase(window: MainWindow) -> UseCaseView:
    """View ▸ Use-Case Check (Ctrl+U)."""
    trigger(window, "use_case.check")
    view = window.kept("use_case")
    assert isinstance(view, UseCaseView) and window.center.currentWidget() is view
    return view


def check(qtbot, view: UseCaseView) -> None:
    """Press "Check All Models" and wait for the verdicts."""
    with qtbot.waitSignal(view.checked, timeout=20_000):
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)


def tick(qtbot, *boxes) -> None:
    for box in boxes:
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)


def test_verdict_model_passes_tester(qtmodeltester, qtbot, window: MainWindow) -> None:
    view = show_usecase(window)
    assert view.commercial.isChecked()
    tick(qtbot, view.regions["EU"])
    qtbot.keyClicks(view.users, "800M")
    check(qtbot, view)
    assert isinstance(view.model, VerdictModel)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_eu_deployment_above_the_cap(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = show_usecase(window)
    tick(qtbot, view.regions["EU"], view.fine_tune, view.redistribute)
    qtbot.keyClicks(view.users, "800M")
    check(qtbot, view)
    verdicts = {r.model: r.verdict.verdict for r in view.model.results}
    # The fixture's community license caps users at 700M and excludes the EU: an EU deployment is not allowed.
    assert verdicts["Acme 7B Chat"] == "not_allowed"
    assert verdicts["Acme 7B"] in ("allowed_with_duties", "unknown")
    assert verdicts["BigCo Ultra"] == "not_allowed"  # closed API: weights cannot be redistributed
    view.verdict_filter.setFocus()
    while view.verdict_filter.currentData() != "not_allowed":  # choose "Not allowed" with the keyboard
        qtbot.keyClick(view.verdict_filter, Qt.Key.Key_Down)
    assert view.proxy.rowCount() == 2
    first = view.table.visualRect(view.proxy.index(0, 0)).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert "Clauses consulted" in view.reasons.toPlainText()
    out = view.export("html", tmp_path / "verdicts.html")
    assert out is not None and "<html" in out.read_text().lower()
    assert view.export("md", tmp_path / "verdicts.md").read_text().count("|") > 5


def test_bad_user_count_is_reported_not_raised(qtbot, window: MainWindow) -> None:
    view = show_usecase(window)
    qtbot.keyClicks(view.users, "lots")
    qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    assert "users" in view.message.text().lower()


def answer_name(qtbot, name: str) -> QTimer:
    """Type `name` into the next "Save use case" question and press OK, as a person would."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue(name)
            dialog.accept()
            timer.stop()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    return timer


def test_saved_use_case_reruns(qtbot, window: MainWindow) -> None:
    view = show_usecase(window)
    tick(qtbot, view.regions["US"])
    check(qtbot, view)
    timer = answer_name(qtbot, "US startup")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    timer.stop()
    assert view.saved.currentText() == "US startup"
    qtbot.mouseClick(view.regions["US"], Qt.MouseButton.LeftButton)  # the form changes...
    assert not view.regions["US"].isChecked()
    view.saved.setFocus()
    qtbot.keyClick(view.saved, Qt.Key.Key_Up)  # ...pick "—", then the saved case again, with the keyboard
    qtbot.keyClick(view.saved, Qt.Key.Key_Down)
    assert view.saved.currentText() == "US startup"
    assert "Re-ran “US startup”: 0 verdicts changed since its last run on " in view.message.text()
    assert not re.search(r"\d{4}-\d\d-\d\d", view.message.text())  # a local date, not an ISO time
    assert view.regions["US"].isChecked()  # ...and the saved case fills it back in


def test_double_click_opens_the_model(qtbot, window: MainWindow, mini: Store) -> None:
    view = show_usecase(window)
    check(qtbot, view)
    index = view.proxy.index(0, 0)
    where = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click's first press
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.detail.current == index.data(Qt.ItemDataRole.UserRole + 1)


def test_export_rules_of_the_shown_model(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.select_entry(window.store.resolve("BigCo Ultra").uuid)
    markdown = export_rules(window, tmp_path / "rules.md")
    assert markdown is not None and "Rules for BigCo Ultra" in markdown.read_text()
    page = export_rules(window, tmp_path / "rules.html")
    assert page is not None and "<html" in page.read_text().lower()


def test_verdict_and_why_get_the_room_at_1280x720(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    view = show_usecase(window)
    qtbot.mouseClick(view.regions["US"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.users, "800M")  # above the community license's cap: "Needs a separate agreement"
    with qtbot.waitSignal(view.checked, timeout=20_000):
        qtbot.mouseClick(view.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.isVisible() and view.table.viewport().width() > 300, timeout=5_000)
    verdicts = {r.verdict.verdict for r in view.model.results}
    assert "separate_agreement" in verdicts, verdicts  # the longest verdict label is among them

    header = view.table.horizontalHeader()
    width = header.sectionSize
    assert width(VERDICT) > width(DUTIES) and width(WHY) > width(DUTIES), [width(c) for c in range(5)]
    assert width(WHY) >= max(width(c) for c in range(5) if c != VERDICT)  # Why stretches over the rest
    assert header.sectionViewportPosition(DUTIES) + width(DUTIES) <= view.table.viewport().width()  # no scrolling
    metrics = QFontMetrics(view.table.font())
    for row in range(view.proxy.rowCount()):
        verdict = view.proxy.index(row, VERDICT).data()
        # the badge delegate draws the text in a chip 12 px wider, inside a cell inset 4 px on each side
        assert metrics.horizontalAdvance(verdict) + 12 <= width(VERDICT) - 8, (verdict, width(VERDICT))
        why = view.proxy.index(row, WHY)
        assert why.data(Qt.ItemDataRole.ToolTipRole) == why.data()  # the full text, however narrow the column
    duties = view.proxy.index(0, DUTIES)
    assert duties.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert duties.data(Qt.ItemDataRole.ToolTipRole)
