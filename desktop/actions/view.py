"""Views and navigation: the kinds, filters and columns of the list, the three panes (each brought back if it was
collapsed), and back and forward through the entries shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from db.fields import KIND_LABELS
from desktop.actions.spec import ActionSpec, can_go_back, can_go_forward
from desktop.list_columns import fill_column_menu

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

LISTED_KINDS = ("model", "organization", "license", "policy_note", "note", "evaluation")
SIDEBAR, CENTER, DETAIL = 0, 1, 2
REOPENED_WIDTH = {SIDEBAR: 230, DETAIL: 420}  # what a collapsed pane gets back when it is asked for


def reveal_pane(window: MainWindow, pane: int) -> None:
    """Give a pane that was dragged shut its width back (taken from the list, which can spare it)."""
    sizes = window.splitter.sizes()
    if sizes[pane] > 0:
        return
    wanted = REOPENED_WIDTH.get(pane, 400)
    sizes[CENTER] = max(sizes[CENTER] - wanted, window.center.minimumWidth())
    sizes[pane] = wanted
    window.splitter.setSizes(sizes)


def focus_sidebar(window: MainWindow) -> None:
    reveal_pane(window, SIDEBAR)
    window.sidebar.setFocus()


def focus_list(window: MainWindow) -> None:
    from desktop.actions.search import leave_search

    leave_search(window)
    window.table.setFocus()
    if not window.table.currentIndex().isValid() and window.list_model.rowCount():
        window.table.setCurrentIndex(window.list_model.index(0, 0))


def focus_detail(window: MainWindow) -> None:
    reveal_pane(window, DETAIL)
    window.detail.setFocus()


def fill_columns(window: MainWindow, menu: QMenu) -> None:
    fill_column_menu(window, menu)


def _kind_action(kind: str) -> ActionSpec:
    label = KIND_LABELS[kind][1]
    return ActionSpec(f"view.kind.{kind}", label, lambda w: w.show_kind(kind), menu="View", group=10,
                      tip=f"List the {label.lower()}")


ACTIONS = [
    *(_kind_action(kind) for kind in LISTED_KINDS),
    ActionSpec("view.clear_filters", "C&lear Filters", lambda w: w.clear_filters(), menu="View", group=30,
               shortcuts=("Ctrl+Shift+L",), icon="filter"),
    ActionSpec("view.columns", "&Columns", menu="View", group=30, fill=fill_columns),
    ActionSpec("view.sidebar", "&Sidebar", focus_sidebar, menu="View", group=40, shortcuts=("Ctrl+1",),
               tip="Show and focus the sidebar", needs_store=False),
    ActionSpec("view.list", "&List", focus_list, menu="View", group=40, icon="list", shortcuts=("Ctrl+2",),
               tip="Show and focus the entry list"),
    ActionSpec("view.detail", "&Detail", focus_detail, menu="View", group=40, icon="detail", shortcuts=("Ctrl+3",),
               tip="Show and focus the detail pane (brought back if it was collapsed)", needs_store=False),
    ActionSpec("go.back", "&Back", lambda w: w.detail.go_back(), menu="Go", group=10, toolbar=10,
               shortcuts=(QKeySequence.StandardKey.Back,), icon="back", tip="Go back", enabled=can_go_back),
    ActionSpec("go.forward", "&Forward", lambda w: w.detail.go_forward(), menu="Go", group=10, toolbar=11,
               shortcuts=(QKeySequence.StandardKey.Forward,), icon="forward", tip="Go forward",
               enabled=can_go_forward),
]
