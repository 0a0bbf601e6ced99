"""The use-case check view: verdicts for a described use, why each was given, saved and re-run, exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics

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


def test_verdict_model_passes_tester(qtmodeltester, qtbot, window: MainWindow) -> None:
    view = show_usecase(window)
    view.commercial.setChecked(True)
    view.regions["EU"].setChecked(True)
    view.users.setText("800M")
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.run_check()
    assert isinstance(view.model, VerdictModel)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_eu_deployment_above_the_cap(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = show_usecase(window)
    view.regions["EU"].setChecked(True)
    view.users.setText("800M")
    view.fine_tune.setChecked(True)
    view.redistribute.setChecked(True)
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.run_check()
    verdicts = {r.model: r.verdict.verdict for r in view.model.results}
    # The fixture's community license caps users at 700M and excludes the EU: an EU deployment is not allowed.
    assert verdicts["Acme 7B Chat"] == "not_allowed"
    assert verdicts["Acme 7B"] in ("allowed_with_duties", "unknown")
    assert verdicts["BigCo Ultra"] == "not_allowed"  # closed API: weights cannot be redistributed
    view.verdict_filter.setCurrentIndex(view.verdict_filter.findData("not_allowed"))
    assert view.proxy.rowCount() == 2
    view.table.selectRow(0)
    assert "Clauses consulted" in view.reasons.toPlainText()
    out = view.export("html", tmp_path / "verdicts.html")
    assert out is not None and "<html" in out.read_text().lower()
    assert view.export("md", tmp_path / "verdicts.md").read_text().count("|") > 5


def test_bad_user_count_is_reported_not_raised(qtbot, window: MainWindow) -> None:
    view = show_usecase(window)
    view.users.setText("lots")
    view.run_check()
    assert "users" in view.message.text().lower()


def test_saved_use_case_reruns(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    view = show_usecase(window)
    view.regions["US"].setChecked(True)
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.run_check()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("US startup", True))
    view.save_use_case()
    assert view.saved.findText("US startup") > 0
    view.saved.setCurrentIndex(view.saved.findText("US startup"))
    view._load_saved()
    assert "Re-ran" in view.message.text()
    assert view.regions["US"].isChecked()


def test_double_click_opens_the_model(qtbot, window: MainWindow, mini: Store) -> None:
    view = show_usecase(window)
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.run_check()
    index = view.proxy.index(0, 0)
    view.table.doubleClicked.emit(index)
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
