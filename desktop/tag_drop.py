"""Dropping entries dragged from the list onto a tag in the sidebar tags them (an event filter on the sidebar); from
the keyboard, Ctrl+Enter on a sidebar tag does the same with the entries selected in the list."""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from desktop.list_model import UUIDS_MIME
from desktop.sidebar import ROLE_TYPE, ROLE_VALUE

DRAG_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop, QEvent.Type.DragLeave)
KEYBOARD_DROP_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)  # with Ctrl: Enter alone toggles the tag filter


def dropped_uuids(event: QDropEvent) -> list[str]:
    data = event.mimeData()
    if data is None or not data.hasFormat(UUIDS_MIME):
        return []
    text = bytes(data.data(UUIDS_MIME).data()).decode("utf-8", "replace")
    return [line.strip() for line in text.splitlines() if line.strip()]


class TagDropTarget(QObject):
    """Accepts entry drags over the sidebar's tag items; `dropped(uuids, tag)` when let go over one.

    It touches neither the list nor its selection (the entries dragged stay selected for the next command);
    the tag under the drag is marked by selecting it in the sidebar, and the sidebar's own selection is
    put back as it was when the drag leaves or drops.

    Dragging needs a mouse: Ctrl+Enter on a tag item "drops" the entries `selection()` names (the list's
    selection) onto it, the same `dropped` signal, so the same undoable step and status message follow.
    """

    dropped = Signal(list, str)
    hovered = Signal(str)  # the tag under the drag ("" when none)

    def __init__(self, sidebar: QTreeWidget, selection: Callable[[], list[str]] | None = None) -> None:
        super().__init__(sidebar)
        self.sidebar = sidebar
        self.selection = selection
        sidebar.installEventFilter(self)  # the keyboard's drop
        sidebar.setAcceptDrops(True)
        sidebar.viewport().setAcceptDrops(True)
        sidebar.viewport().installEventFilter(self)
        self._highlighted: QTreeWidgetItem | None = None
        self._selected_before: list[QTreeWidgetItem] = []

    def tag_at(self, event: QDropEvent) -> QTreeWidgetItem | None:
        item = self.sidebar.itemAt(event.position().toPoint())
        return item if item is not None and item.data(0, ROLE_TYPE) == "tag" else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.sidebar:
            assert isinstance(event, QKeyEvent)
            return self._keyboard_drop(event)
        if event.type() not in DRAG_EVENTS:
            return False
        if event.type() == QEvent.Type.DragLeave:
            self._highlight(None)
            return False
        assert isinstance(event, QDropEvent)
        if not dropped_uuids(event):
            # Not entries from the list (a teammate's .atlas file, say): the window handles it, as it did
            # before the sidebar accepted drops.
            # Called directly: sending the event to the window would route it back here.
            window = self.sidebar.window()
            if isinstance(event, QDragMoveEvent):  # a QDragEnterEvent is one too
                if event.type() == QEvent.Type.DragEnter:
                    assert isinstance(event, QDragEnterEvent)
                    window.dragEnterEvent(event)
                else:
                    window.dragMoveEvent(event)
            else:
                window.dropEvent(event)
            return True
        item = self.tag_at(event)
        if event.type() == QEvent.Type.DragEnter:
            self._selected_before = list(self.sidebar.selectedItems())
            event.acceptProposedAction()  # accept the drag as a whole; each move decides for its spot
            return True
        if event.type() == QEvent.Type.DragMove:
            assert isinstance(event, QDragMoveEvent)
            self._highlight(item)
            if item is None:
                event.ignore()
            else:
                event.acceptProposedAction()
            return True
        self._highlight(None)
        if item is None:
            event.ignore()
            return True
        event.acceptProposedAction()
        self.dropped.emit(dropped_uuids(event), str(item.data(0, ROLE_VALUE)))
        return True

    def _keyboard_drop(self, event: QKeyEvent) -> bool:
        """Ctrl+Enter on a tag: its `dropped(selection, tag)`; True when the key was used."""
        if event.key() not in KEYBOARD_DROP_KEYS or self.selection is None or \
                not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        item = self.sidebar.currentItem()
        if item is None or item.data(0, ROLE_TYPE) != "tag":
            return False
        uuids = self.selection()
        if uuids:
            self.dropped.emit(uuids, str(item.data(0, ROLE_VALUE)))
        return True

    def _highlight(self, item: QTreeWidgetItem | None) -> None:
        if item is self._highlighted:
            return
        if self._highlighted is not None and not any(self._highlighted is kept for kept in self._selected_before):
            with contextlib.suppress(RuntimeError):  # the sidebar was refilled meanwhile
                self._highlighted.setSelected(False)
        self._highlighted = item
        if item is not None:
            item.setSelected(True)
        self.hovered.emit(str(item.data(0, ROLE_VALUE)) if item is not None else "")
