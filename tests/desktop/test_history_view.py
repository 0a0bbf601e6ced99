"""The History window, as a person reaches it (Ctrl+H, View ▸ History…, the detail pane's menu): versions newest
first with what each changed, restoring one (undoable, recorded as a new version), a teammate's version shown but
not restorable."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from db.exchange.api import apply_merge, export_atlas
from db.history.entries import entry_history
from db.store import Store
from desktop.history_view import FieldChangesModel, HistoryView, VersionsModel, field_label, value_text
from desktop.main_window import MainWindow
from tests.desktop.conftest import opened, press, settle, trigger


def show_acme(qtbot, window: MainWindow) -> str:
    """Acme 7B edited twice (context window, then summary), shown in the detail pane."""
    uuid = window.store.resolve("Acme 7B").uuid
    window.store.update(uuid, {"context_window": 64000})
    window.store.update(uuid, {"summary": "Open weights, longer context."})
    settle(qtbot, window)
    window.select_entry(uuid)
    settle(qtbot, window)
    assert window.targets.current() == uuid
    return uuid


def rows(view: HistoryView) -> list[list[str]]:
    model = view.versions
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def field_rows(view: HistoryView) -> list[tuple[str, str, str]]:
    return list(view.fields.rows)


def click_row(qtbot, view: HistoryView, row: int) -> None:
    rect = view.table.visualRect(view.versions.index(row, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_ctrl_h_lists_versions_newest_first_with_each_change(qtbot, window: MainWindow, qtmodeltester) -> None:
    show_acme(qtbot, window)
    window.table.setFocus()
    press(qtbot, window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    view = opened(HistoryView)
    assert isinstance(view, HistoryView)
    assert view.windowTitle() == "History of Acme 7B"
    shown = rows(view)
    assert [r[0] for r in shown] == ["3", "2", "1"]
    assert [r[2] for r in shown] == ["ana", "ana", "Model Atlas seed"]  # who: this window's author, then the seed
    assert shown[0][3] == "edit in the app" and shown[2][3] == "seed"
    assert shown[0][5] == "Summary" and shown[1][5] == "Context window"
    assert field_rows(view) == [("Summary", "Open weights under Apache-2.0.", "Open weights, longer context.")]
    click_row(qtbot, view, 1)
    assert field_rows(view) == [("Context window", "32k tokens", "64k tokens")]
    assert view.restore_button.isEnabled()
    click_row(qtbot, view, 0)
    assert not view.restore_button.isEnabled()  # the newest version is how the entry is now
    qtmodeltester.check(view.versions)
    qtmodeltester.check(view.fields)


def test_restore_a_version_then_undo_it(qtbot, window: MainWindow) -> None:
    uuid = show_acme(qtbot, window)
    trigger(window, "history.show")
    view = opened(HistoryView)
    assert isinstance(view, HistoryView)
    click_row(qtbot, view, 2)  # version 1, as the seed made it
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    values = window.store.values_of(uuid)
    assert values["context_window"] == 32000 and values["summary"] == "Open weights under Apache-2.0."
    newest = entry_history(window.store, uuid)[0]
    assert (newest.version, newest.via, newest.source) == (4, "restore", "version 1")
    assert set(newest.changes) == {"context_window", "summary"}
    qtbot.waitUntil(lambda: view.versions.rowCount() == 4, timeout=5_000)  # the list heard the store's change
    assert "Open weights under Apache-2.0." in window.detail.toPlainText()  # and so did the detail pane
    assert view.chosen_version() == 1  # the version chosen stays chosen
    window.activateWindow()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, widget=window.table)
    settle(qtbot, window)
    values = window.store.values_of(uuid)
    assert values["context_window"] == 64000 and values["summary"] == "Open weights, longer context."
    assert entry_history(window.store, uuid)[0].version == 5  # the undo is a version too
    qtbot.waitUntil(lambda: view.versions.rowCount() == 5, timeout=5_000)
    window.undo_stack.redo()
    settle(qtbot, window)
    assert window.store.values_of(uuid)["context_window"] == 32000


def test_the_detail_pane_menu_opens_history(qtbot, window: MainWindow) -> None:
    show_acme(qtbot, window)
    window.detail.customContextMenuRequested.emit(QPoint(20, 20))  # what a right click in the pane sends
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    item = next(a for a in menu.actions() if a.objectName() == "history.show")
    menu.close()
    item.trigger()
    view = opened(HistoryView)
    assert view.windowTitle() == "History of Acme 7B"


def test_history_follows_the_entry_shown(qtbot, window: MainWindow) -> None:
    show_acme(qtbot, window)
    trigger(window, "history.show")
    view = opened(HistoryView)
    assert isinstance(view, HistoryView)
    window.select_entry(window.store.resolve("BigCo Ultra").uuid)
    settle(qtbot, window)
    assert view.windowTitle() == "History of BigCo Ultra"
    assert [r[0] for r in rows(view)] == ["1"]


def test_a_teammates_version_is_shown_but_not_restored(qtbot, window: MainWindow, tmp_path: Path,
                                                        mini_path: Path) -> None:
    teammate_path = shutil.copyfile(mini_path, tmp_path / "teammate.atlas")
    teammate = Store.open(teammate_path, "bo")
    uuid = teammate.resolve("Acme 7B").uuid
    teammate.update(uuid, {"context_window": 128000})
    export_atlas(teammate, tmp_path / "from-bo.atlas")
    teammate.close()
    apply_merge(window.store, tmp_path / "from-bo.atlas")
    settle(qtbot, window)
    window.select_entry(uuid)
    settle(qtbot, window)
    trigger(window, "history.show")
    view = opened(HistoryView)
    assert isinstance(view, HistoryView)
    versions = entry_history(window.store, uuid)
    theirs = next(i for i, v in enumerate(versions) if not v.recorded_here)
    assert versions[theirs].author == "bo"
    assert "(teammate's)" in rows(view)[theirs][3]
    click_row(qtbot, view, theirs)
    assert not view.restore_button.isEnabled()
    assert "merge from a teammate" in view.note.text()
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    assert len(entry_history(window.store, uuid)) == len(versions)  # nothing was restored


def test_labels_and_values_read_as_words() -> None:
    assert field_label("model", "context_window") == "Context window"
    assert field_label("model", "tags") == "Tags"
    assert field_label("model", "links.base_model") == "Link: base model"
    assert value_text(None) == "—" and value_text(["a", "b"]) == "a, b" and value_text(7e9) == "7,000,000,000"
    model = FieldChangesModel()
    model.set_changes("model", {"params_total": [7e9, None], "license_uuid": ["abc", "def"]},
                      name_of=lambda uuid: uuid.upper())
    assert model.rows == [("Parameters (total)", "7B", "—"), ("License", "ABC", "DEF")]
    assert VersionsModel().rowCount() == 0


def test_ctrl_z_in_the_history_window_takes_the_restore_back(qtbot, window: MainWindow) -> None:
    uuid = show_acme(qtbot, window)
    trigger(window, "history.show")
    view = opened(HistoryView)
    assert isinstance(view, HistoryView)
    click_row(qtbot, view, 1)  # version 2: the context window edited, the summary not yet
    qtbot.mouseClick(view.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.store.values_of(uuid)["summary"] == "Open weights under Apache-2.0."
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=5_000)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.store.values_of(uuid)["summary"] == "Open weights, longer context."
