"""Tags in the desktop: the tag manager (rename, merge, recolor, delete, all undoable) and drops on sidebar tags."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from db.choices import tag_colors
from db.store import Store
from desktop.list_model import UUIDS_MIME
from desktop.main_window import MainWindow
from desktop.new_tag_dialog import NewTagDialog
from desktop.tag_manager import TagListModel, TagManager
from tests.desktop.conftest import settle


def tags_of(store: Store, name: str) -> list[str]:
    return [t.name for t in store.resolve(name).tags]


def uuid_of(manager: TagManager, name: str) -> str:
    return next(t.uuid for t in manager.model.tags if t.name == name)


def row_of(manager: TagManager, name: str) -> int:
    return next(r for r in range(manager.proxy.rowCount()) if manager.proxy.index(r, 0).data() == name)


def manager_of(qtbot, window: MainWindow) -> TagManager:
    """Edit ▸ Tag Manager… by its shortcut, as a person opens it."""
    window.table.setFocus()
    alt_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.table, Qt.Key.Key_T, alt_ctrl)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in window.findChildren(TagManager)), timeout=3_000)
    return next(m for m in window.findChildren(TagManager) if m.isVisible())


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, mini: Store) -> None:
    model = TagListModel(mini)
    model.reload()
    qtmodeltester.check(model)
    assert [(t.name, t.count) for t in model.tags] == [("analysis", 1), ("frontier", 1)]


def test_manager_lists_counts_and_renames_in_place_with_undo(qtbot, window: MainWindow) -> None:
    manager = manager_of(qtbot, window)
    assert manager.isVisible() and "2 tags" in manager.summary.text()
    index = manager.proxy.index(row_of(manager, "frontier"), 0)
    assert manager.proxy.setData(index, "frontier-scale")  # what an inline edit (F2) does
    assert tags_of(window.store, "Acme 7B") == ["frontier-scale"]
    assert "Ctrl+Z" in manager.message.text()
    manager.undo_button.click()
    assert tags_of(window.store, "Acme 7B") == ["frontier"]
    manager.redo_button.click()
    assert tags_of(window.store, "Acme 7B") == ["frontier-scale"]
    assert not manager.rename(uuid_of(manager, "frontier-scale"), "Analysis")  # taken: refused, nothing pushed
    assert "merge" in manager.message.text()
    settle(qtbot, window)


def test_merge_two_tags_with_undo(qtbot, window: MainWindow) -> None:
    store = window.store
    acme, ultra = store.resolve("Acme 7B").uuid, store.resolve("BigCo Ultra").uuid
    store.tag([acme, ultra], ["shortlist"])
    manager = manager_of(qtbot, window)
    manager.select(uuid_of(manager, "shortlist"), uuid_of(manager, "frontier"))
    assert manager.merge_button.isEnabled() and not manager.rename_button.isEnabled()
    assert manager.merge([uuid_of(manager, "shortlist")], uuid_of(manager, "frontier"))
    assert tags_of(store, "Acme 7B") == ["frontier"] and tags_of(store, "BigCo Ultra") == ["frontier"]
    assert [t.name for t in manager.model.tags] == ["analysis", "frontier"]
    assert next(t.count for t in manager.model.tags if t.name == "frontier") == 2
    window.undo_stack.undo()  # Edit ▸ Undo in the main window
    assert tags_of(store, "Acme 7B") == ["frontier", "shortlist"] and tags_of(store, "BigCo Ultra") == ["shortlist"]
    # the manager follows the undo (its refresh is debounced: wait for it rather than for a fixed time)
    qtbot.waitUntil(lambda: "shortlist" in [t.name for t in manager.model.tags], timeout=5_000)


def test_recolor_and_delete_with_undo(qtbot, window: MainWindow) -> None:
    store = window.store
    manager = manager_of(qtbot, window)
    frontier = uuid_of(manager, "frontier")
    assert manager.recolor(frontier, "#112233")
    assert store.get(frontier).color == "#112233"
    assert not manager.recolor(frontier, "not a color")
    manager.select(frontier)
    manager.delete_button.click()
    assert tags_of(store, "Acme 7B") == []
    assert "frontier" not in [t.name for t in manager.model.tags]
    window.undo_stack.undo()
    assert tags_of(store, "Acme 7B") == ["frontier"]
    window.undo_stack.undo()
    assert store.get(frontier).color == "#c0392b"
    settle(qtbot, window)


def open_manager(qtbot, store: Store) -> TagManager:
    manager = TagManager(store, QUndoStack())
    qtbot.addWidget(manager)
    manager.show()
    qtbot.waitExposed(manager)
    return manager


def new_tag_dialog(qtbot, manager: TagManager) -> NewTagDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in manager.findChildren(NewTagDialog)), timeout=3_000)
    return next(d for d in manager.findChildren(NewTagDialog) if d.isVisible())


def test_new_tag_from_the_button_with_a_color_and_undo(qtbot, mini: Store) -> None:
    manager = open_manager(qtbot, mini)
    qtbot.mouseClick(manager.new_button, Qt.MouseButton.LeftButton)
    dialog = new_tag_dialog(qtbot, manager)
    assert not dialog.create_button.isEnabled()  # no name yet
    qtbot.keyClicks(dialog.name, "shortlist")
    qtbot.mouseClick(dialog.swatches["#2b84c6"], Qt.MouseButton.LeftButton)
    assert dialog.create_button.isEnabled() and dialog.preview.text() == "shortlist"
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
    assert tag_colors(mini) == {"analysis": "#7f8c8d", "frontier": "#c0392b", "shortlist": "#2b84c6"}
    assert [manager.proxy.index(i.row(), 0).data() for i in manager.view.selectionModel().selectedRows()] \
        == ["shortlist"]  # the new tag is selected, ready to color or rename
    assert next(t.count for t in manager.model.tags if t.name == "shortlist") == 0
    assert "Create tag shortlist" in manager.message.text() and "3 tags" in manager.summary.text()
    uuid = uuid_of(manager, "shortlist")
    qtbot.mouseClick(manager.undo_button, Qt.MouseButton.LeftButton)
    assert "shortlist" not in tag_colors(mini)
    manager.reload()
    assert "shortlist" not in [t.name for t in manager.model.tags]
    qtbot.mouseClick(manager.redo_button, Qt.MouseButton.LeftButton)
    assert tag_colors(mini)["shortlist"] == "#2b84c6" and mini.resolve("shortlist", kind="tag").uuid == uuid


def test_new_tag_with_a_taken_name_keeps_the_dialog_open_and_says_why(qtbot, mini: Store) -> None:
    manager = open_manager(qtbot, mini)
    manager.windowHandle().requestActivate()  # shortcuts reach only the active window
    qtbot.waitUntil(manager.isActiveWindow, timeout=3_000)
    manager.view.setFocus()
    qtbot.keyClick(manager.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N opens it too
    dialog = new_tag_dialog(qtbot, manager)
    assert dialog.color not in ("#7f8c8d", "#c0392b")  # it offers a color no tag has yet
    qtbot.keyClicks(dialog.name, "Frontier")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and "exists already" in dialog.message.text()
    assert manager.undo_stack.count() == 0 and tag_colors(mini).keys() == {"analysis", "frontier"}
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=3_000)
    assert manager.undo_stack.count() == 0


def test_drop_entries_on_a_sidebar_tag(qtbot, window: MainWindow) -> None:
    window.table.selectAll()
    rows = window.table.selectionModel().selectedIndexes()
    mime = window.list_model.mimeData(rows)
    assert len(bytes(mime.data(UUIDS_MIME).data()).decode().split()) == 3
    item = window.sidebar.item_for("tag", "analysis")
    assert item is not None
    point = window.sidebar.visualItemRect(item).center()
    viewport = window.sidebar.viewport()
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point, actions, mime, buttons, mods)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    drop = QDropEvent(point, actions, mime, buttons, mods, QEvent.Type.Drop)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    store = window.store
    assert all("analysis" in tags_of(store, name) for name in ("Acme 7B", "Acme 7B Chat", "BigCo Ultra"))
    assert "Tagged 3 entries" in window.statusBar().currentMessage()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step for the whole drop
    assert all("analysis" not in tags_of(store, name) for name in ("Acme 7B", "Acme 7B Chat", "BigCo Ultra"))
    settle(qtbot, window)


def drag_rows_onto_tag(window: MainWindow, tag: str) -> QDropEvent:
    """The events a drag from the list delivers to the sidebar: enter, move over the tag, drop."""
    mime = window.list_model.mimeData(window.table.selectionModel().selectedIndexes())
    item = window.sidebar.item_for("tag", tag)
    assert item is not None
    point = window.sidebar.visualItemRect(item).center()
    actions, buttons, mods = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = window.sidebar.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(point, actions, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, actions, mime, buttons, mods))
    drop = QDropEvent(point, actions, mime, buttons, mods, QEvent.Type.Drop)
    QApplication.sendEvent(viewport, drop)
    return drop


def test_drag_tagging_keeps_the_selection_for_the_next_command(qtbot, window: MainWindow) -> None:
    from desktop.compare_view import CompareView

    table = window.table
    click = Qt.MouseButton.LeftButton
    first, last = (table.visualRect(window.list_model.index(row, 0)).center() for row in (0, 2))
    qtbot.mouseClick(table.viewport(), click, pos=first)
    qtbot.mouseClick(table.viewport(), click, Qt.KeyboardModifier.ShiftModifier, pos=last)
    chosen = sorted(i.row() for i in table.selectionModel().selectedRows())
    assert chosen == [0, 1, 2]
    sidebar_before = [item.text(0) for item in window.sidebar.selectedItems()]
    assert drag_rows_onto_tag(window, "analysis").isAccepted()
    settle(qtbot, window)
    assert sorted(i.row() for i in table.selectionModel().selectedRows()) == chosen  # still all three
    assert [item.text(0) for item in window.sidebar.selectedItems()] == sidebar_before  # the hover mark is gone
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Compare takes all three
    qtbot.waitUntil(lambda: any(v.isVisible() and v.comparison is not None and len(v.comparison.entries) == 3
                                for v in window.findChildren(CompareView)), timeout=10_000)


def test_drop_elsewhere_is_refused(qtbot, window: MainWindow) -> None:
    window.table.selectRow(0)
    mime = window.list_model.mimeData(window.table.selectionModel().selectedIndexes())
    item = window.sidebar.item_for("kind", "license")
    point = window.sidebar.visualItemRect(item).center()
    move = QDragMoveEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.sidebar.viewport(), move)
    assert not move.isAccepted()
    before = window.undo_stack.count()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    QApplication.sendEvent(window.sidebar.viewport(), drop)
    assert window.undo_stack.count() == before


def test_an_atlas_file_dropped_on_the_sidebar_still_reaches_the_window(qtbot, window: MainWindow, tmp_path,
                                                                        monkeypatch) -> None:
    from PySide6.QtCore import QMimeData, QUrl

    merged: list[str] = []
    monkeypatch.setattr("desktop.actions.exchange.merge_file", lambda _window, path: merged.append(str(path)))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "teammate.atlas"))])
    item = window.sidebar.item_for("tag", "analysis")
    point = window.sidebar.visualItemRect(item).center()
    enter = QDragEnterEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.sidebar.viewport(), enter)
    assert enter.isAccepted()
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier, QEvent.Type.Drop)
    QApplication.sendEvent(window.sidebar.viewport(), drop)
    assert merged == [str(tmp_path / "teammate.atlas")]
