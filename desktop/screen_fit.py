"""Sizes a top-level window to what it asks for, but never larger than the screen it opens on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ROOM = (16, 48)  # width and height a window manager's frame and title bar take around the window


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """On a 1280×720 laptop a 1480×900 window would hide its status bar (where first-start progress shows) and
    the right end of its toolbar off screen; it gets the available room instead, centred."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(width, height)
        return
    room = screen.availableGeometry()
    width, height = min(width, room.width() - FRAME_ROOM[0]), min(height, room.height() - FRAME_ROOM[1])
    window.resize(width, height)
    top = room.y() + max(0, (room.height() - height - FRAME_ROOM[1]) // 2)
    window.move(room.x() + (room.width() - width) // 2, top)
