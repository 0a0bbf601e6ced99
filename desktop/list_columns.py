"""The entry list's columns: which are shown per kind, their widths and order, remembered in the preferences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu

from desktop.i18n import vocab

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

DEFAULT_WIDTHS = {"grade": 205, "mof": 90, "tags": 170, "date": 100, "number": 95, "bool": 60, "score": 90}
KEY_WIDTHS = {"name": 230, "developer": 150, "jurisdiction": 90, "license": 190, "country": 120, "spdx_id": 170,
              "use_case": 260, "instrument": 220, "url": 320}


def saved_columns(window: MainWindow, kind: str) -> list[str] | None:
    value = window.prefs.value(f"columns/{kind}")
    if isinstance(value, str):
        value = [v for v in value.split(",") if v]
    return list(value) if value else None


def save_columns(window: MainWindow) -> None:
    """Remember the shown columns and the header (order, widths) of the listed kind."""
    if not window.layout_ready:
        return  # nothing is saved while the window is still being set up
    kind = window.filter.kind
    window.prefs.set_state(f"header/{kind}", window.table.horizontalHeader().saveState())
    window.prefs.set_value(f"columns/{kind}", ",".join(c.key for c in window.list_model.columns))


def restore_column_layout(window: MainWindow, kind: str) -> None:
    state = window.prefs.state(f"header/{kind}")
    if state is not None:
        window.table.horizontalHeader().restoreState(state)
        return
    for column, spec in enumerate(window.list_model.columns):
        window.table.setColumnWidth(column, KEY_WIDTHS.get(spec.key, DEFAULT_WIDTHS.get(spec.display, 130)))


def fill_column_menu(window: MainWindow, menu: QMenu) -> None:
    """A checkable item per column the listed kind has (View ▸ Columns and the header's context menu)."""
    menu.clear()
    shown = {c.key for c in window.list_model.columns}
    for column in window.list_model.available_columns():
        action = menu.addAction(vocab(column.label))
        action.setObjectName(f"column.{column.key}")
        action.setCheckable(True)
        action.setChecked(column.key in shown)
        action.toggled.connect(lambda on, key=column.key: toggle_column(window, key, on))


def show_column_menu(window: MainWindow, point: QPoint) -> None:
    menu = QMenu(window)
    fill_column_menu(window, menu)
    menu.exec(window.table.horizontalHeader().mapToGlobal(point))


def toggle_column(window: MainWindow, key: str, on: bool) -> None:
    model = window.list_model
    keys = [c.key for c in model.columns]
    if on and key not in keys:
        available = [c.key for c in model.available_columns()]
        keys = [k for k in available if k in keys or k == key]
    elif not on and key in keys and len(keys) > 1:
        keys.remove(key)
    model.set_visible_columns(keys)
    window.prefs.set_value(f"columns/{window.filter.kind}", ",".join(keys))
    window.prefs.set_state(f"header/{window.filter.kind}", window.table.horizontalHeader().saveState())
    model.reload()
