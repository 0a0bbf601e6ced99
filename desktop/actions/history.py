"""History and snapshots: an entry's versions (and restoring one, undoably), the Changes page between two points,
and creating or deleting named snapshots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QInputDialog, QMessageBox

from db.errors import AtlasError
from desktop.actions.spec import ActionSpec, has_current
from desktop.i18n import translate

if TYPE_CHECKING:
    from db.browse import StoreChange
    from db.store import Store
    from desktop.changes_view import ChangesView
    from desktop.history_view import HistoryView
    from desktop.main_window import MainWindow

STATUS_MS = 6000


class RestoreVersion(QUndoCommand):
    """Restore an entry to a version; undo restores the version just before the restore (each a new version)."""

    def __init__(self, store: Store, uuid: str, number: int, made: int, label: str) -> None:
        super().__init__(translate("actions.history", "Restore {entry} to version {number}").format(
            entry=label, number=number))
        self.store, self.uuid, self.number = store, uuid, number
        self.made = made  # the version the latest restore recorded
        self._done = True

    def redo(self) -> None:
        from db.history.entries import restore_version

        if self._done:
            self._done = False
            return
        restored = restore_version(self.store, self.uuid, self.number)
        if restored is not None:
            self.made = restored.version

    def undo(self) -> None:
        from db.history.entries import restore_version

        restore_version(self.store, self.uuid, self.made - 1)


def restore(window: MainWindow, uuid: str, number: int) -> bool:
    """Restore `uuid` to version `number` as one undoable step; False when it already is so."""
    from db.history.entries import restore_version

    try:
        restored = restore_version(window.store, uuid, number)
    except AtlasError as error:
        QMessageBox.warning(window, translate("actions.history", "Restore"), str(error))
        return False
    if restored is None:
        window.statusBar().showMessage(
            translate("actions.history", "The entry is already as it was after version {number}.").format(
                number=number), STATUS_MS)
        return False
    label = window.store.get(uuid, include_deleted=True).name
    window.undo_stack.push(RestoreVersion(window.store, uuid, number, restored.version, label))
    window.statusBar().showMessage(
        translate("actions.history", "Restored version {number} of {entry} (Ctrl+Z undoes it).").format(
            number=number, entry=label), STATUS_MS)
    return True


def history_view(window: MainWindow) -> HistoryView:
    from desktop.history_view import HistoryView

    def make() -> HistoryView:
        view = HistoryView(window.store, window)
        view.restoreRequested.connect(lambda uuid, number: restore(window, uuid, number))
        for action_id in ("editing.undo", "editing.redo"):  # Ctrl+Z takes a restore back from the window itself
            view.addAction(window.registry[action_id])
        from desktop.actions.hub import show_pushes

        show_pushes(window, view)  # who pushed what, when a team hub is set
        return view

    view = window.keep("history", make)
    assert isinstance(view, HistoryView)
    return view


def show_history(window: MainWindow) -> HistoryView | None:
    """The History window of the entry the detail pane shows."""
    uuid = window.targets.current()
    if uuid is None:
        return None
    view = history_view(window)
    view.show_entry(uuid)
    view.show()
    view.raise_()
    view.activateWindow()
    return view


def changes_view(window: MainWindow) -> ChangesView:
    from desktop.changes_view import ChangesView

    def make() -> ChangesView:
        view = ChangesView(window.store, window.runner, window)
        view.entryActivated.connect(window.select_entry)
        for action_id in ("history.snapshot", "history.delete_snapshot"):
            view.add_action_button(window.registry[action_id])
        return view

    view = window.keep("changes", make)
    assert isinstance(view, ChangesView)
    return view


def show_changes(window: MainWindow) -> ChangesView:
    view = changes_view(window)
    view.reload_points()
    window.show_page(view)
    view.first.setFocus()
    return view


def create_snapshot(window: MainWindow, name: str | None = None) -> str | None:
    """Name the atlas as it is now (a prompt asks for the name); returns the name kept."""
    from db.history.snapshots import create_snapshot as make_snapshot

    if name is None:
        name, ok = QInputDialog.getText(window, translate("actions.history", "Create Snapshot"),
                                        translate("actions.history", "Name of the snapshot (e.g. before the "
                                                                     "March review):"))
        if not ok or not name.strip():
            return None
    try:
        info = make_snapshot(window.store, name)
    except AtlasError as error:
        QMessageBox.warning(window, translate("actions.history", "Create Snapshot"), str(error))
        return None
    _snapshots_changed(window)
    window.statusBar().showMessage(
        translate("actions.history", "Snapshot “{name}” created.").format(name=info.name), STATUS_MS)
    return info.name


def delete_snapshot(window: MainWindow, name: str | None = None, *, confirm: bool = True) -> str | None:
    """Forget a snapshot (chosen from a list); the history it pointed into stays."""
    from db.history.snapshots import delete_snapshot as forget
    from db.history.snapshots import list_snapshots

    if name is None:
        names = [s.name for s in reversed(list_snapshots(window.store))]
        if not names:
            QMessageBox.information(window, translate("actions.history", "Delete Snapshot"),
                                    translate("actions.history", "There are no snapshots yet."))
            return None
        name, ok = QInputDialog.getItem(window, translate("actions.history", "Delete Snapshot"),
                                        translate("actions.history", "Snapshot to delete:"), names, 0, False)
        if not ok or not name:
            return None
    if confirm:
        answer = QMessageBox.question(window, translate("actions.history", "Delete Snapshot"),
                                      translate("actions.history", "Delete the snapshot “{name}”? The history "
                                                                   "stays; only the name goes.").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return None
    try:
        forget(window.store, name)
    except AtlasError as error:
        QMessageBox.warning(window, translate("actions.history", "Delete Snapshot"), str(error))
        return None
    _snapshots_changed(window)
    return name


def _snapshots_changed(window: MainWindow) -> None:
    """Snapshots are written without a store notice (nothing an entry shows changes): the pages that list them ask."""
    view: ChangesView | None = window.kept("changes")
    if view is not None:
        view.reload_points()


def _on_store_changed(window: MainWindow, change: StoreChange) -> None:
    view: HistoryView | None = window.kept("history")
    if view is not None and view.isVisible() and view.uuid in change.uuids:
        view.reload()
    changes: ChangesView | None = window.kept("changes")
    if changes is not None:
        changes.atlas_changed()


def _detail_menu(window: MainWindow, point: QPoint) -> None:
    """The detail pane's context menu: its own (copy, select all) and the entry's History."""
    menu = window.detail.createStandardContextMenu(point)
    menu.addSeparator()
    menu.addAction(window.registry["history.show"])
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    menu.popup(window.detail.viewport().mapToGlobal(point))


def install(window: MainWindow) -> None:
    window.storeChanged.connect(lambda change: _on_store_changed(window, change))
    window.detail.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.detail.customContextMenuRequested.connect(lambda point: _detail_menu(window, point))
    window.detail.entryShown.connect(lambda uuid: _follow(window, uuid))


def _follow(window: MainWindow, uuid: str) -> None:
    """An open History window follows the entry the detail pane shows."""
    view: HistoryView | None = window.kept("history")
    if view is not None and view.isVisible() and view.uuid != uuid:
        view.show_entry(uuid)


ACTIONS = [
    ActionSpec("history.show", "His&tory…", show_history, menu="View", group=25, shortcuts=("Ctrl+H",),
               icon="timeline", tip="The versions of the entry shown, what each changed, and restoring one",
               enabled=has_current, in_list_menu=True),
    ActionSpec("history.changes", "Chan&ges…", show_changes, menu="View", group=25, shortcuts=("Ctrl+Shift+H",),
               icon="compare", tip="What changed between two snapshots, now, or another atlas file"),
    ActionSpec("history.snapshot", "Create Sna&pshot…", lambda w: create_snapshot(w), menu="View", group=25,
               icon="backup", tip="Name the atlas as it is now, to compare with later"),
    ActionSpec("history.delete_snapshot", "Delete Snapsh&ot…", lambda w: delete_snapshot(w), menu="View",
               group=25, icon="delete", tip="Forget a named snapshot (the history stays)"),
]
