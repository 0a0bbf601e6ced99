"""What commands act on, defined once: the current entry (the one the detail pane shows) and the selection."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.list_model import UUID_ROLE

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


class Targets(QObject):
    """Edit, Evaluate, New Note and Export Rules act on `current()`; Tag, Untag, Delete, Compare and Export act on
    `selection()`: the rows picked in the list or the search results on screen, else the current entry.
    `changed` fires when either may have changed (selection, detail, page)."""

    changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def current(self) -> str | None:
        return self.window.detail.current

    def selection(self) -> list[str]:
        window = self.window
        page = window.center.currentWidget()
        if page is window.search_panel:
            indexes = window.search_panel.view.selectionModel().selectedRows()
            uuids = [str(index.data(UUID_ROLE)) for index in sorted(indexes, key=lambda i: i.row())]
        elif page is window.list_page and window.table.selectionModel() is not None:
            rows = sorted({index.row() for index in window.table.selectionModel().selectedRows()})
            uuids = [u for u in (window.list_model.uuid_at(row) for row in rows) if u]
        else:
            uuids = []
        if uuids:
            return uuids
        current = self.current()
        return [current] if current else []

    def has_selection(self) -> bool:
        """Whether `selection()` would name anything, without listing it (cheap with 100,000 rows selected)."""
        window = self.window
        page = window.center.currentWidget()
        if page is window.search_panel:
            picked = window.search_panel.view.selectionModel().hasSelection()
        elif page is window.list_page and window.table.selectionModel() is not None:
            picked = window.table.selectionModel().hasSelection()
        else:
            picked = False
        return picked or self.current() is not None

    def selected_rows(self) -> list[str]:
        """Only what is selected in the list (no fallback): a drag or a reload must keep exactly these."""
        model = self.window.table.selectionModel()
        if model is None:
            return []
        rows = sorted({index.row() for index in model.selectedRows()})
        return [u for u in (self.window.list_model.uuid_at(row) for row in rows) if u]
