"""Tags: add or remove tags on the selection, the tag manager, and entries dragged from the list onto a sidebar tag."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from db.errors import AtlasError
from desktop.actions.spec import ActionSpec, has_selection
from desktop.commands import ChangeTags
from desktop.i18n import translate

if TYPE_CHECKING:
    from db.browse import StoreChange
    from desktop.main_window import MainWindow
    from desktop.tag_dialog import TagDialog
    from desktop.tag_manager import TagManager

STATUS_MS = 6000


def ask_and_tag(window: MainWindow, *, add: bool) -> TagDialog | None:
    """Ask for tag names (with completion) and add them to, or remove them from, the selection."""
    from desktop.tag_dialog import TagDialog

    uuids = window.targets.selection()
    if not uuids:
        return None
    dialog = TagDialog(window.store, add=add, count=len(uuids), parent=window)
    dialog.accepted.connect(lambda: tag_entries(window, uuids, dialog.input.names(), add=add))
    dialog.open()
    return dialog


def tag_entries(window: MainWindow, uuids: Sequence[str], names: Sequence[str], *, add: bool) -> int:
    """One undoable step; returns how many entries it changed."""
    if not uuids or not names:
        return 0
    try:
        command = ChangeTags(window.store, uuids, names, add=add)
    except AtlasError as error:
        QMessageBox.warning(window, translate("actions.tags", "Tags"), str(error))
        return 0
    if not command.changed:
        return 0
    window.undo_stack.push(command)
    return len({uuid for uuid, _name in command.changed})


def tag_dropped(window: MainWindow, uuids: list[str], name: str) -> None:
    """Entries dragged from the list onto a sidebar tag (the list keeps its selection: Compare still sees it)."""
    count = tag_entries(window, uuids, [name], add=True)
    if count:
        window.statusBar().showMessage(translate("actions.tags", "Tagged %n entry(s) with “{tag}” — Ctrl+Z undoes it",
                                                 "", count).format(tag=name), STATUS_MS)
    else:
        window.statusBar().showMessage(translate("actions.tags", "Already tagged “{tag}”").format(tag=name), STATUS_MS)


def show_tag_manager(window: MainWindow) -> TagManager:
    from desktop.tag_manager import TagManager

    def make() -> TagManager:
        manager = TagManager(window.store, window.undo_stack, window)
        manager.addActions([window.registry["editing.undo"], window.registry["editing.redo"]])  # Ctrl+Z there too
        return manager

    manager = window.keep("tag_manager", make)
    assert isinstance(manager, TagManager)
    manager.reload()
    manager.show()
    manager.raise_()
    manager.activateWindow()
    return manager


def _refresh_manager(window: MainWindow, _change: StoreChange) -> None:
    manager = window.kept("tag_manager")
    if manager is not None and manager.isVisible():
        manager.reload()  # any tagging changes its counts


def install(window: MainWindow) -> None:
    from desktop.tag_drop import TagDropTarget

    target = TagDropTarget(window.sidebar, window.targets.selected_rows)  # Ctrl+Enter on a tag: the keyboard's drop
    target.dropped.connect(lambda uuids, name: tag_dropped(window, uuids, name))
    target.hovered.connect(
        lambda name: window.statusBar().showMessage(f"Drop to tag with “{name}”", 2000) if name else None)
    window.storeChanged.connect(lambda change: _refresh_manager(window, change))


ACTIONS = [
    ActionSpec("tags.add", "&Tag…", lambda w: ask_and_tag(w, add=True), menu="Edit", group=30, toolbar=23,
               shortcuts=("Ctrl+T",), icon="tag", tip="Add tags to the selected entries", enabled=has_selection,
               in_list_menu=True),
    ActionSpec("tags.remove", "Remove Ta&g…", lambda w: ask_and_tag(w, add=False), menu="Edit", group=30,
               shortcuts=("Ctrl+Shift+T",), tip="Remove tags from the selected entries",
               enabled=has_selection, in_list_menu=True),
    ActionSpec("tags.manager", "Tag &Manager…", show_tag_manager, menu="Edit", group=30, shortcuts=("Ctrl+Alt+T",),
               icon="tags", tip="Create, rename, merge, recolor and delete tags"),
]
