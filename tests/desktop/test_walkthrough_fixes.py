"""What trying the desktop on a real 1280×720 X display found broken, each driven the way a person meets it."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from desktop.main_window import MainWindow


def test_first_window_fits_the_screen_with_its_status_bar(window: MainWindow) -> None:
    """A first start (no saved geometry) on a small screen: the status bar, where the seed's loading shows, and the
    search field at the toolbar's right end are on screen, not beyond its edge."""
    room = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    assert room.width() < 1480 or room.height() < 900, "the offscreen screen is smaller than the old default size"
    assert room.contains(window.frameGeometry().topLeft())
    assert window.frameGeometry().right() <= room.right() and window.frameGeometry().bottom() <= room.bottom()
    status = window.statusBar()
    bottom_right = status.mapToGlobal(status.rect().bottomRight())
    assert room.contains(bottom_right)
    field = window.search_field
    assert room.contains(field.mapToGlobal(field.rect().topRight()))
