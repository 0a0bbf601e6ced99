"""The Menu key and Shift+F10 open the context menu of the current item of the sidebar and of the list, by keys
alone: excluding a tag needs no mouse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from desktop.main_window import MainWindow
from tests.desktop.conftest import press, settle

SHIFT = Qt.KeyboardModifier.ShiftModifier


def in_the_menu(qtbot, act: Callable[[], None], keys: list[Qt.Key]) -> list[str]:
    """Run `act` (which opens a context menu and waits in it), press `keys` in that menu; returns its item texts."""
    seen: list[str] = []

    def answer() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu) or seen:
            return
        seen.extend(action.text() for action in menu.actions())
        for key in keys:
            qtbot.keyClick(menu, key)

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        act()
    finally:
        timer.stop()
    return seen


def test_menu_key_excludes_the_current_tag_of_the_sidebar(qtbot, window: MainWindow) -> None:
    store = window.store
    store.tag([store.resolve("BigCo Ultra").uuid], ["watch"])
    store.tag([store.resolve("Acme 7B").uuid], ["draft"])
    settle(qtbot, window)
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # View ▸ Sidebar
    sidebar = window.sidebar
    assert sidebar.hasFocus()
    tag = sidebar.item_for("tag", "watch")
    assert tag is not None
    while sidebar.currentItem() is not tag:
        qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    points: list[QPoint] = []
    sidebar.customContextMenuRequested.connect(points.append)
    texts = in_the_menu(qtbot, lambda: qtbot.keyClick(sidebar, Qt.Key.Key_Menu),
                        [Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return])  # the second item: Exclude
    assert texts == ["Show only “watch”", "Exclude “watch”", "Clear this tag filter"]
    assert sidebar.itemAt(points[0]) is tag
    settle(qtbot, window)
    assert window.filter.tags_exclude == ("watch",) and window.filter.tags_include == ()
    # Shift+F10 (the other keyboard way) reaches the same item's menu; Escape closes it with no change
    tag = sidebar.item_for("tag", "watch")
    assert tag is not None and sidebar.currentItem() is tag
    texts = in_the_menu(qtbot, lambda: qtbot.keyClick(sidebar, Qt.Key.Key_F10, SHIFT), [Qt.Key.Key_Escape])
    assert texts[1] == "Exclude “watch”"
    assert window.filter.tags_exclude == ("watch",)


def test_shift_f10_opens_the_list_menu_at_the_current_row(qtbot, window: MainWindow) -> None:
    table = window.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    current = table.currentIndex()
    assert current.isValid() and current.row() > 0
    points: list[QPoint] = []
    table.customContextMenuRequested.connect(points.append)
    texts = in_the_menu(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_F10, SHIFT), [Qt.Key.Key_Escape])
    assert texts and len(points) == 1
    assert table.indexAt(points[0]).row() == current.row()
    texts = in_the_menu(qtbot, lambda: qtbot.keyClick(table, Qt.Key.Key_Menu), [Qt.Key.Key_Escape])
    assert texts and len(points) == 2 and table.indexAt(points[1]).row() == current.row()
