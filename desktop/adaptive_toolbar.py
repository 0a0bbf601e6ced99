"""The main toolbar: names beside icons while they fit, icons alone (names in tooltips) when the window is narrow."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QMainWindow, QToolBar


class AdaptiveToolBar(QToolBar):
    """In a window narrower than the toolbar with its names (half a 1920 screen, say), Qt moves the last items, the
    search field among them, into the » overflow menu, and Ctrl+K focused a hidden field. Dropping the names first
    keeps the search field on the bar."""

    def __init__(self, title: str, parent: QMainWindow) -> None:
        super().__init__(title, parent)
        self._width_with_names = 0

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and self.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon:
            self._width_with_names = max(self._width_with_names, layout.sizeHint().width())
        names_fit = event.size().width() >= self._width_with_names
        wanted = Qt.ToolButtonStyle.ToolButtonTextBesideIcon if names_fit else Qt.ToolButtonStyle.ToolButtonIconOnly
        if self.toolButtonStyle() != wanted:
            self.setToolButtonStyle(wanted)


def add_adaptive_toolbar(window: QMainWindow, title: str) -> AdaptiveToolBar:
    toolbar = AdaptiveToolBar(title, window)
    window.addToolBar(toolbar)
    return toolbar
