"""Every action, the way a person reaches it: from its menu or toolbar button (QAction.trigger) and from its keys,
with each modal dialog answered. Any exception fails the test (pytest-qt captures those raised in Qt's event loop),
and so does a dialog other than the one the action is for."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMenu, QToolBar, QToolButton, QWidget

from db.fields import KIND_LABELS
from desktop.actions.editing import EDITABLE_KINDS
from desktop.main_window import MainWindow
from tests.desktop.conftest import answer_modal, settle

TEAMMATE = "teammate.atlas"
EXPECTED_DIALOGS: dict[str, list[str]] = {
    "exchange.export": ["Export atlas"],
    "exchange.merge": [f"Import and merge — {TEAMMATE}"],
    "exchange.conflicts": ["Conflicts"],
    "hub.settings": ["Team Hub"],
    "hub.sync": ["Team Hub"],  # no hub yet: Sync Now asks where it is
    "catalogs.import": ["Import from catalog"],
    "catalogs.review": ["Review uncertain matches"],
    "editing.edit": ["Edit model"],
    "editing.delete": ["Delete"],
    "editing.preferences": ["Preferences"],
    "tags.add": ["Add tags"],
    "tags.remove": ["Remove tags"],
    "tags.manager": ["Tag Manager"],
    "evaluate.entry": ["Evaluate"],
    "freshness.verify": ["Mark Verified"],
    "search.save": ["Save search"],
    "help.getting_started": ["Getting Started"],
    "help.search_syntax": ["Search syntax"],
    "help.about": ["About Model Atlas"],
    "history.show": ["History of Acme 7B"],
    "history.snapshot": ["Create Snapshot"],
    "history.delete_snapshot": ["Delete Snapshot"],
    "use_case.compare_snapshot": ["Compare with Snapshot"],
    **{f"new.{kind}": [f"New {KIND_LABELS[kind][0].lower()}"] for kind in EDITABLE_KINDS},
}
"""The dialogs an action opens (answered with Cancel or No); any other action must open none."""
NOT_WALKED = {"files.quit"}  # closes the window: checked on its own below


@pytest.fixture
def ready(qtbot, window: MainWindow, tmp_path: Path, mini_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """A state in which every action is enabled: two models selected, one shown with history behind it, a step
    to undo, a teammate's file to merge; file choosers answer as a person who cancels."""
    teammate = shutil.copyfile(mini_path, tmp_path / TEAMMATE)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda _parent, caption, *a, **k: (
        str(teammate) if caption == "Import and merge" else "", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    window.resize(1280, 720)
    window.table.selectRow(1)  # Acme 7B Chat, shown first
    select = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    window.table.selectionModel().select(window.list_model.index(0, 0), select)
    settle(qtbot, window)
    window.detail.show_entry(window.store.resolve("Acme 7B").uuid)  # history: Acme 7B Chat, then Acme 7B
    window.store.tag([window.store.resolve("BigCo Ultra").uuid], ["walked"])
    window.undo_stack.push(_noop("a step to undo"))
    settle(qtbot, window)
    assert len(window.targets.selection()) == 2
    return window


def _noop(text: str) -> QUndoCommand:
    return QUndoCommand(text)


def rearm(window: MainWindow, action_id: str) -> None:
    """Put back what the previous action used up (a step to undo or redo, history to go back or forward in)."""
    stack = window.undo_stack
    if action_id == "editing.undo" and not stack.canUndo():
        stack.push(_noop("a step to undo"))
    if action_id == "editing.redo" and not stack.canRedo():
        stack.push(_noop("a step to redo"))
        stack.undo()
    if action_id == "go.back" and not window.history[0]:
        window.detail.show_entry(window.store.resolve("BigCo Ultra").uuid)
    if action_id == "go.forward" and not window.history[1]:
        window.detail.go_back()


def close_extra_windows(window: MainWindow) -> list[str]:
    """Non-modal windows an action opened (the tag manager): closed, their titles returned."""
    titles = []
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and isinstance(widget, QDialog):
            titles.append(widget.windowTitle())
            widget.close()
    return titles


def walk(qtbot, window: MainWindow, action_id: str, fire: Callable[[], object]) -> list[str]:
    rearm(window, action_id)
    titles = answer_modal(qtbot, fire)
    titles += close_extra_windows(window)
    settle(qtbot, window)
    if window.center.currentWidget() is not window.list_page:
        window.show_list_page()  # back to the list, where every action has its targets
    window.table.setFocus()
    return titles


def test_every_menu_and_toolbar_action_runs_and_opens_its_own_dialog(qtbot, ready: MainWindow) -> None:
    window = ready
    in_menus = {a.objectName() for menu in window.findChildren(QMenu) for a in menu.actions() if a.objectName()}
    toolbar = window.findChild(QToolBar, "mainToolbar")
    on_toolbar = {a.objectName() for a in toolbar.actions() if a.objectName()}
    assert on_toolbar <= set(window.registry.specs)
    assert {"editing.new", "editing.edit", "editing.delete", "tags.add", "compare.show", "charts.show"} <= on_toolbar
    for action_id, spec in window.registry.specs.items():
        action = window.registry[action_id]
        if spec.menu:
            assert action_id in in_menus, f"{action_id} is not in its menu"
        if spec.fill is not None:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            menu.aboutToShow.emit()
            assert menu.actions(), f"{action_id} opened an empty menu"
            continue
        if action_id in NOT_WALKED:
            continue
        assert action.isEnabled(), f"{action_id} is disabled in a state where it should work"
        titles = walk(qtbot, window, action_id, action.trigger)
        assert titles == EXPECTED_DIALOGS.get(action_id, []), action_id


def test_every_shortcut_reaches_its_action(qtbot, ready: MainWindow) -> None:
    window = ready
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    fired: list[str] = []
    for action_id in window.registry.specs:
        window.registry[action_id].triggered.connect(lambda _checked=False, a=action_id: fired.append(a))
    for action_id in window.registry.specs:
        action = window.registry[action_id]
        if action_id in NOT_WALKED or not action.shortcuts():
            continue
        for sequence in action.shortcuts():
            combination = sequence[0]
            fired.clear()
            window.table.setFocus()
            titles = walk(qtbot, window, action_id, lambda c=combination: qtbot.keyClick(
                QApplication.focusWidget() or window, c.key(), c.keyboardModifiers()))
            assert fired == [action_id], f"{sequence.toString()} fired {fired}, not {action_id}"
            assert titles == EXPECTED_DIALOGS.get(action_id, []), f"{action_id} by {sequence.toString()}"
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow, timeout=5_000)


def test_ctrl_t_opens_the_add_tags_dialog_and_the_toolbar_button_too(qtbot, ready: MainWindow) -> None:
    window = ready
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    assert answer_modal(qtbot, lambda: qtbot.keyClick(window.table, Qt.Key.Key_T,
                                                      Qt.KeyboardModifier.ControlModifier)) == ["Add tags"]
    toolbar = window.findChild(QToolBar, "mainToolbar")
    button = toolbar.widgetForAction(window.registry["tags.add"])
    assert isinstance(button, QToolButton)
    assert answer_modal(qtbot, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton)) == ["Add tags"]
    assert answer_modal(qtbot, window.registry["tags.remove"].trigger) == ["Remove tags"]


def test_ctrl_shift_m_opens_the_merge_dialog(qtbot, ready: MainWindow) -> None:
    window = ready
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    titles = answer_modal(qtbot, lambda: qtbot.keyClick(
        window.table, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    assert titles == [f"Import and merge — {TEAMMATE}"]
    settle(qtbot, window)


def test_quit_closes_the_window(qtbot, window: MainWindow) -> None:
    assert QKeySequence("Ctrl+Q") in window.registry["files.quit"].shortcuts()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.keyClick(window.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_actions_without_their_targets_are_disabled(qtbot, window: MainWindow) -> None:
    window.table.clearSelection()
    window.detail.show_entry(None)
    window.targets.changed.emit()
    for action_id in ("editing.edit", "editing.delete", "tags.add", "tags.remove", "compare.add",
                      "use_case.export_rules", "go.forward"):
        assert not window.registry[action_id].isEnabled(), action_id
    assert not window.registry.run("tags.add")  # a disabled action does nothing, even when run directly
    assert isinstance(window.findChild(QWidget, "detail"), QWidget)
