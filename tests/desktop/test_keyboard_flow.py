"""The analyst's flow with the keyboard alone: find a model from the search box, tag it, evaluate it, compare three,
export the comparison. Only key presses reach the window (qtbot.keyClick / keyClicks at the widget with the focus);
what they did is read back from the atlas through db/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QWidget

from db.detail import entry_detail
from db.tags import list_tags
from desktop.compare_view import CompareView
from desktop.evaluation_form import EvaluationDialog
from desktop.main_window import MainWindow
from desktop.tag_dialog import TagDialog
from tests.desktop.conftest import opened, settle

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
MAX_TABS = 60  # a dialog whose field is further than this from its start has a broken tab order


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def key(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the focus is, in the window that is active (a dialog while one is open)."""
    qtbot.keyClick(focused(), key, modifiers)


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, wanted: QWidget) -> int:
    """Tab until `wanted` has the focus; returns how many presses it took."""
    for presses in range(MAX_TABS):
        if focused() is wanted or wanted.isAncestorOf(focused()):
            return presses
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {type(wanted).__name__} {wanted.accessibleName()!r}")


def test_find_tag_evaluate_compare_export_by_keyboard(qtbot, window: MainWindow, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store = window.store
    ultra = store.resolve("BigCo Ultra").uuid
    exported = tmp_path / "three.html"
    # the platform's file chooser stands for the person typing a file name in it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(exported), ""))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    window.table.setFocus()

    # 1. find it: Ctrl+K, type, Down into the results
    key(qtbot, Qt.Key.Key_K, CTRL)
    assert focused() is window.search_field
    type_text(qtbot, "bigco ultra")
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=20_000)
    settle(qtbot, window)
    key(qtbot, Qt.Key.Key_Down)
    assert focused() is window.search_panel.view
    for _ in range(window.search_panel.model.rowCount()):
        if window.detail.current == ultra:
            break
        key(qtbot, Qt.Key.Key_Down)
    assert window.detail.current == ultra

    # 2. tag it: Ctrl+T, a name, Enter
    key(qtbot, Qt.Key.Key_T, CTRL)
    dialog = opened(TagDialog)
    qtbot.waitUntil(lambda: dialog.isAncestorOf(focused()), timeout=5_000)
    type_text(qtbot, "shortlist")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    settle(qtbot, window)
    assert [tag["name"] for tag in entry_detail(store, ultra)["tags"]] == ["shortlist"]
    assert {tag.name: tag.count for tag in list_tags(store)}["shortlist"] == 1

    # 3. evaluate it: Ctrl+Shift+E, Tab through the form, Ctrl+Enter saves
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    key(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    form = opened(EvaluationDialog)
    assert isinstance(form, EvaluationDialog)
    qtbot.waitUntil(lambda: form.isAncestorOf(focused()), timeout=5_000)
    tab_to(qtbot, form.use_case)
    type_text(qtbot, "on-prem summarization in the EU")
    first = next(iter(form.scores.values()))
    tab_to(qtbot, first)
    key(qtbot, Qt.Key.Key_4)
    tab_to(qtbot, form.verdict)  # one stop for the four verdicts (an exclusive group), arrow keys within it
    for _ in range(len(form.verdict.buttons)):
        if focused() is form.verdict.buttons["trial"]:
            break
        key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)
    assert form.verdict.value() == "trial"
    key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5_000)
    settle(qtbot, window)
    evaluations = entry_detail(store, ultra)["evaluations"]
    assert len(evaluations) == 1
    assert evaluations[0]["verdict"] == "trial" and evaluations[0]["use_case"] == "on-prem summarization in the EU"
    assert evaluations[0]["scores"] == {first.criterion: 4} and evaluations[0]["evaluator"] == "ana"

    # 4. compare three: Esc leaves the results, Ctrl+2 to the list, Ctrl+A, Ctrl+D
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    key(qtbot, Qt.Key.Key_Escape)
    key(qtbot, Qt.Key.Key_2, CTRL)
    assert focused() is window.table and window.list_model.rowCount() == 3
    key(qtbot, Qt.Key.Key_A, CTRL)
    key(qtbot, Qt.Key.Key_D, CTRL)
    view = window.center.currentWidget()
    assert isinstance(view, CompareView)
    qtbot.waitUntil(lambda: view.comparison is not None and len(view.comparison.entries) == 3, timeout=20_000)
    settle(qtbot, window)

    # 5. export it: Tab to Export, Space opens its menu, the arrow keys pick HTML, Enter
    if not view.isAncestorOf(focused()):
        key(qtbot, Qt.Key.Key_Tab)
    tab_to(qtbot, view.export_button)
    picked: list[bool] = []

    def pick_html() -> None:
        """Keys for the menu, pressed while it is open (it runs its own event loop until an item is chosen)."""
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(50, pick_html)
            return
        for _ in range(len(menu.actions())):
            qtbot.keyClick(menu, Qt.Key.Key_Down)
            if menu.activeAction() is view.export_actions["html"]:
                break
        picked.append(menu.activeAction() is view.export_actions["html"])
        qtbot.keyClick(menu, Qt.Key.Key_Return if picked[-1] else Qt.Key.Key_Escape)

    QTimer.singleShot(50, pick_html)
    key(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(picked), timeout=5_000)
    assert picked == [True]
    qtbot.waitUntil(exported.exists, timeout=5_000)
    page = exported.read_text(encoding="utf-8")
    assert all(name in page for name in ("Acme 7B", "Acme 7B Chat", "BigCo Ultra"))
    assert "trial" in page.lower()  # the evaluation made above is in the comparison
