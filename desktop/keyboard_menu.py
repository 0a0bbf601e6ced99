"""The Menu key and Shift+F10 open an item view's context menu for its current item, where the mouse is no guide."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView


class CurrentItemMenu(QObject):
    """Event filter of one view: a keyboard request for its menu becomes customContextMenuRequested at the centre of
    the current item, in viewport coordinates like a click's. Qt alone gives the keyboard's request in the view's own
    coordinates (a frame and header away from the viewport's), so the menu opened for the item above or none."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.view:
            return False
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and is_menu_key(event):
            self.open()
            return True  # handled: the platform sends no second (context menu) event for an accepted key
        if event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent) \
                and event.reason() == QContextMenuEvent.Reason.Keyboard:
            self.open()
            return True
        return False

    def open(self) -> None:
        current = self.view.currentIndex()
        if current.isValid():
            self.view.scrollTo(current)
            self.view.customContextMenuRequested.emit(self.view.visualRect(current).center())
        else:  # nothing current: the menu's actions still apply to the view (e.g. the list's)
            self.view.customContextMenuRequested.emit(QPoint(0, 0))


def is_menu_key(event: QKeyEvent) -> bool:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return (event.key() == Qt.Key.Key_Menu and modifiers == Qt.KeyboardModifier.NoModifier) or \
        (event.key() == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier)


def open_menu_at_current_item(view: QAbstractItemView) -> CurrentItemMenu:
    """Route the keyboard's menu requests on `view` (whose context menu policy is CustomContextMenu) to its current
    item; the filter lives as long as the view."""
    menu = CurrentItemMenu(view)
    view.installEventFilter(menu)
    return menu
