"""The Changes page and snapshots, as a person uses them: a snapshot named through its prompt, edits, then View ▸
Changes… from the snapshot to now (or to another atlas file), filtered by kind, an entry opened with Enter, the
changes exported, the diff stopped, the snapshot deleted."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog

from db.history.snapshots import list_snapshots
from desktop.actions.history import create_snapshot
from desktop.changes_view import OTHER_FILE, ChangesView
from desktop.main_window import MainWindow
from tests.desktop.conftest import answer_modal, press, settle, trigger


def answer_prompt(qtbot, act: Callable[[], object], text: str) -> None:
    """Run `act` and type `text` into the prompt it opens, then press Enter."""
    def type_it() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QInputDialog):
            modal.setTextValue(text)
            modal.accept()
        else:
            QTimer.singleShot(20, type_it)

    QTimer.singleShot(20, type_it)
    act()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None, timeout=5_000)


def snapshot_then_edit(qtbot, window: MainWindow) -> dict[str, str]:
    """A snapshot "March review", then: Acme 7B edited, a model made, BigCo Ultra deleted."""
    answer_prompt(qtbot, lambda: trigger(window, "history.snapshot"), "March review")
    assert [s.name for s in list_snapshots(window.store)] == ["March review"]
    store = window.store
    acme = store.resolve("Acme 7B").uuid
    store.update(acme, {"context_window": 64000})
    made = store.create("model", {"name": "Newcomer 1B"}).uuid
    gone = store.resolve("BigCo Ultra").uuid
    store.delete(gone)
    settle(qtbot, window)
    return {"acme": acme, "made": made, "gone": gone}


def changes_page(qtbot, window: MainWindow) -> ChangesView:
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.center.currentWidget()
    assert isinstance(view, ChangesView)
    return view


def show(qtbot, view: ChangesView) -> None:
    with qtbot.waitSignal(view.ready, timeout=20_000):
        qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)


def rows(view: ChangesView) -> list[tuple[str, str, str]]:
    model = view.entries
    return [tuple(model.index(r, c).data() for c in range(3)) for r in range(model.rowCount())]  # type: ignore[misc]


def test_from_a_snapshot_to_now(qtbot, window: MainWindow, qtmodeltester) -> None:
    made = snapshot_then_edit(qtbot, window)
    view = changes_page(qtbot, window)
    assert view.first.currentData() == "March review" and view.second.currentData() == "now"
    show(qtbot, view)
    assert rows(view) == [("added", "Model", "Newcomer 1B"), ("removed", "Model", "BigCo Ultra"),
                          ("changed", "Model", "Acme 7B")]
    assert "1 added, 1 removed, 1 changed" in view.summary.text()
    view.table.selectRow(2)
    assert view.fields.rows == [("Context window", "32k tokens", "64k tokens")]
    qtmodeltester.check(view.entries)
    qtmodeltester.check(view.fields)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter opens the entry
    settle(qtbot, window)
    assert window.detail.current == made["acme"]


def test_filter_by_kind_and_the_other_way_round(qtbot, window: MainWindow) -> None:
    snapshot_then_edit(qtbot, window)
    window.store.tag([window.store.resolve("Acme 7B").uuid], ["reviewed"])
    view = changes_page(qtbot, window)
    show(qtbot, view)
    assert ("added", "Tag", "reviewed") in rows(view)
    view.kind.setFocus()
    qtbot.keyClick(view.kind, Qt.Key.Key_Down)  # All kinds → Model
    assert view.kind.currentData() == "model"
    assert {kind for _change, kind, _name in rows(view)} == {"Model"}
    # from now back to the snapshot: what was added is removed
    view.first.setCurrentIndex(view.first.findData("now"))
    view.second.setCurrentIndex(view.second.findData("March review"))
    show(qtbot, view)
    assert ("removed", "Model", "Newcomer 1B") in rows(view) and ("added", "Model", "BigCo Ultra") in rows(view)


def test_export_markdown_and_html(qtbot, window: MainWindow, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot_then_edit(qtbot, window)
    view = changes_page(qtbot, window)
    assert not view.export_md.isEnabled()  # nothing to export before a comparison
    show(qtbot, view)
    for button, name in ((view.export_md, "changes.md"), (view.export_html, "changes.html")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, n=name, **_k: (str(tmp_path / n), ""))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    markdown = (tmp_path / "changes.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Changes from March review to now")
    assert "| Acme 7B | model | context_window | 32000 | 64000 |" in markdown
    page = (tmp_path / "changes.html").read_text(encoding="utf-8")
    assert "<li>Newcomer 1B <small>(model)</small></li>" in page and "BigCo Ultra" in page


def test_compare_with_another_atlas_file_and_stop(qtbot, window: MainWindow, tmp_path: Path, mini_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    original = shutil.copyfile(mini_path, tmp_path / "as-it-came.atlas")
    made = snapshot_then_edit(qtbot, window)
    view = changes_page(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(original), ""))
    other = view.first.findData(OTHER_FILE)
    view.first.setCurrentIndex(other)
    view.first.activated.emit(other)  # what choosing "Another atlas file…" in the box sends
    assert view.first.currentData() == str(original) and view.first.currentText() == "as-it-came.atlas"
    show(qtbot, view)
    names = {(change, name) for change, _kind, name in rows(view)}
    assert {("added", "Newcomer 1B"), ("removed", "BigCo Ultra"), ("changed", "Acme 7B")} <= names
    # stopped before it is done: its outcome is dropped, the previous one stays on the page
    qtbot.mouseClick(view.compare_button, Qt.MouseButton.LeftButton)
    assert view.cancel_button.isVisible()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert view.summary.text() == "Stopped." and view.compare_button.isEnabled()
    assert made["made"] in {view.entries.rows[r][1].uuid for r in range(view.entries.rowCount())}


def test_delete_a_snapshot(qtbot, window: MainWindow) -> None:
    answer_prompt(qtbot, lambda: trigger(window, "history.snapshot"), "to forget")
    view = changes_page(qtbot, window)
    assert view.first.findData("to forget") >= 0
    titles = answer_modal(qtbot, lambda: trigger(window, "history.delete_snapshot"), accept=True)
    assert titles == ["Delete Snapshot", "Delete Snapshot"]  # which one, then are you sure
    assert list_snapshots(window.store) == []
    assert view.first.findData("to forget") < 0
    assert answer_modal(qtbot, lambda: trigger(window, "history.delete_snapshot")) == ["Delete Snapshot"]


def test_a_snapshot_name_that_cannot_be_used_says_why(qtbot, window: MainWindow) -> None:
    answer_prompt(qtbot, lambda: trigger(window, "history.snapshot"), "first")
    for taken in ("first", "now"):
        titles = answer_modal(qtbot, lambda name=taken: create_snapshot(window, name))
        assert titles == ["Create Snapshot"]  # the warning says why (exists already; "now" means now)
    assert [s.name for s in list_snapshots(window.store)] == ["first"]


def test_use_case_compared_with_a_snapshot_tints_the_flips(qtbot, window: MainWindow, qtmodeltester) -> None:
    from db.advisor.api import list_use_cases
    from desktop.usecase_view import FLIP_TINT, VERDICT, UseCaseView

    store = window.store
    trigger(window, "use_case.check")
    view = window.center.currentWidget()
    assert isinstance(view, UseCaseView)
    assert answer_modal(qtbot, lambda: trigger(window, "use_case.compare_snapshot")) == ["Compare with Snapshot"]
    answer_prompt(qtbot, lambda: qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton), "commercial")
    assert [case.name for case in list_use_cases(store)] == ["commercial"]
    assert answer_modal(qtbot, lambda: trigger(window, "use_case.compare_snapshot")) == ["Compare with Snapshot"]
    answer_prompt(qtbot, lambda: trigger(window, "history.snapshot"), "before the license change")
    acme = store.resolve("Acme 7B").uuid
    store.update(acme, {"license": store.values_of(store.resolve("BigCo Ultra").uuid)["license"]})
    settle(qtbot, window)
    assert answer_modal(qtbot, lambda: trigger(window, "use_case.compare_snapshot"), accept=True) == [
        "Compare with Snapshot"]  # which snapshot: the newest is offered first
    settle(qtbot, window)
    assert set(view.model.flips) == {acme}
    assert "1 verdict flipped since snapshot “before the license change”" in view.message.text()
    row = next(r for r in range(view.proxy.rowCount()) if view.proxy.index(r, 0).data() == "Acme 7B")
    assert view.proxy.index(row, 0).data(Qt.ItemDataRole.BackgroundRole).name() == FLIP_TINT
    assert "(flipped: was Allowed with duties)" in view.proxy.index(row, VERDICT).data()
    others = [r for r in range(view.proxy.rowCount()) if r != row]
    assert all(view.proxy.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is None for r in others)
    view.table.selectRow(row)
    assert "License Apache License 2.0 → Test API Terms" in view.reasons.toPlainText()
    qtmodeltester.check(view.model)


def test_a_comparison_with_now_says_when_the_atlas_changed(qtbot, window: MainWindow) -> None:
    made = snapshot_then_edit(qtbot, window)
    view = changes_page(qtbot, window)
    show(qtbot, view)
    assert "changed since" not in view.summary.text()
    window.store.update(made["acme"], {"context_window": 128000})
    settle(qtbot, window)
    assert "The atlas has changed since: Show Changes again to include it." in view.summary.text()
    show(qtbot, view)
    assert "changed since" not in view.summary.text()
    view.table.selectRow(2)
    assert view.fields.rows == [("Context window", "32k tokens", "128k tokens")]
