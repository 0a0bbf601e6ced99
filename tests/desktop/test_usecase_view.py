"""The use-case check view: verdicts for a described use, why each was given, saved and re-run, exported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from db.store import Store
from desktop.main_window import MainWindow
from desktop.usecase_view import VerdictModel


def test_verdict_model_passes_tester(qtmodeltester, qtbot, window: MainWindow) -> None:
    view = window.show_usecase()
    view.commercial.setChecked(True)
    view.regions["EU"].setChecked(True)
    view.users.setText("800M")
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.run_check()
    assert isinstance(view.model, VerdictModel)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_eu_deployment_above_the_cap(qtbot, window: MainWindow, tmp_path: Path) -> None:
    view = window.show_usecase()
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
    view = window.show_usecase()
    view.users.setText("lots")
    view.run_check()
    assert "users" in view.message.text().lower()


def test_saved_use_case_reruns(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    view = window.show_usecase()
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
    view = window.show_usecase()
    with qtbot.waitSignal(view.checked, timeout=20_000):
        view.run_check()
    index = view.proxy.index(0, 0)
    view.table.doubleClicked.emit(index)
    assert window.detail.current == index.data(Qt.ItemDataRole.UserRole + 1)


def test_export_rules_of_the_shown_model(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.select_entry(window.store.resolve("BigCo Ultra").uuid)
    markdown = window.export_rules(tmp_path / "rules.md")
    assert markdown is not None and "Rules for BigCo Ultra" in markdown.read_text()
    page = window.export_rules(tmp_path / "rules.html")
    assert page is not None and "<html" in page.read_text().lower()
