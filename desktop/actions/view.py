"""Views and navigation: the kinds, filters and columns of the list, the three panes (each brought back if it was
collapsed), and back and forward through the entries shown."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from db.fields import KIND_LABELS
from db.jobs import CancelToken, Progress
from desktop.actions.spec import ActionSpec, can_go_back, can_go_forward
from desktop.i18n import translate
from desktop.list_columns import fill_column_menu

if TYPE_CHECKING:
    from db.browse import SidebarData
    from db.list_filter import ListFilter
    from desktop.main_window import MainWindow

LISTED_KINDS = ("model", "organization", "license", "policy_note", "note", "evaluation")
COUNTED = ("models", "organizations", "licenses", "policy_notes", "notes", "evaluations")
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


def toggle_facet(window: MainWindow, name: str, value: str, on: bool) -> None:
    flt = window.filter
    values = [v for v in flt.facets.get(name, ()) if v != value] + ([value] if on else [])
    window.apply_filter(flt.with_facet(name, values))


def toggle_tag(window: MainWindow, name: str, mode: str) -> None:
    """`mode`: include (only entries with the tag), exclude (none with it) or off."""
    flt = window.filter
    include = [t for t in flt.tags_include if t != name] + ([name] if mode == "include" else [])
    exclude = [t for t in flt.tags_exclude if t != name] + ([name] if mode == "exclude" else [])
    window.apply_filter(replace(flt, tags_include=tuple(include), tags_exclude=tuple(exclude)))


def remove_chip(window: MainWindow, kind: str, name: str, value: str) -> None:
    flt = window.filter
    if kind == "facet":
        window.apply_filter(flt.with_facet(name, [v for v in flt.facets.get(name, ()) if v != value]))
    elif kind == "tag":
        toggle_tag(window, value, "off")
    elif kind == "text":
        window.apply_filter(replace(flt, text=""))
    elif kind == "uuids":
        window.apply_filter(replace(flt, uuids=None))


def refresh_sidebar(window: MainWindow) -> None:
    """Counts, facets, tags and saved searches for the filter shown, read in a worker (the latest wins)."""
    flt, store = window.filter, window.store
    if store is None:
        return
    stale_days = window.prefs.stale_days  # the "Not verified in N days" facet

    def work(_progress: Progress, _cancelled: CancelToken) -> SidebarData:
        from db.browse import sidebar_data  # the ORM: loaded by the worker that opened the atlas

        return sidebar_data(store, flt, stale_days)

    window.runner.start(work, key="sidebar", on_done=lambda data: _show_sidebar(window, flt, data))


def _show_sidebar(window: MainWindow, flt: ListFilter, data: SidebarData) -> None:
    from db.queries import KIND_QUERIES

    window.sidebar.set_counts(data.counts)
    window.sidebar.set_facets(flt.kind, data.facets, KIND_QUERIES[flt.kind].facet_labels, flt.facets)
    window.sidebar.set_tags(data.facets.get("tags", []), data.tag_colors, flt.tags_include, flt.tags_exclude)
    window.sidebar.set_saved_searches([{"uuid": s.uuid, "name": s.name, "query": s.query}
                                       for s in data.saved_searches])
    window.counts_label.setText(" · ".join(count_text(k, data.counts[k]) for k in COUNTED))


def count_text(key: str, n: int) -> str:
    """ "72 models" in the user's language (the status bar's totals)."""
    texts = {
        "models": translate("actions.view", "%n model(s)", "", n),
        "organizations": translate("actions.view", "%n organization(s)", "", n),
        "licenses": translate("actions.view", "%n license(s)", "", n),
        "policy_notes": translate("actions.view", "%n policy note(s)", "", n),
        "notes": translate("actions.view", "%n note(s)", "", n),
        "evaluations": translate("actions.view", "%n evaluation(s)", "", n),
    }
    return texts.get(key, f"{n:,} {key.replace('_', ' ')}")


def show_list_menu(window: MainWindow, point: QPoint) -> None:
    menu = QMenu(window)
    menu.addActions(window.registry.list_menu_actions())
    menu.exec(window.table.viewport().mapToGlobal(point))


def install(window: MainWindow) -> None:
    window.sidebar.facetToggled.connect(lambda name, value, on: toggle_facet(window, name, value, on))
    window.sidebar.tagToggled.connect(lambda name, mode: toggle_tag(window, name, mode))
    window.chips.removed.connect(lambda kind, name, value: remove_chip(window, kind, name, value))
    window.chips.cleared.connect(window.clear_filters)
    window.filterChanged.connect(lambda _flt: refresh_sidebar(window))
    window.storeChanged.connect(lambda _change: refresh_sidebar(window))  # counts change with any write
    window.table.customContextMenuRequested.connect(lambda point: show_list_menu(window, point))


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
