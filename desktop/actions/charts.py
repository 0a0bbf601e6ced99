"""The landscape in charts (openness over time, jurisdictions, licenses); a click lists the entries behind it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.actions.spec import ActionSpec
from desktop.theme import current_theme

if TYPE_CHECKING:
    from db.browse import StoreChange
    from db.list_filter import ListFilter
    from desktop.charts import ChartsView
    from desktop.main_window import MainWindow

CHARTED_KINDS = ("model", "organization", "license")


def charts_view(window: MainWindow) -> ChartsView:
    """The charts page of the open atlas (Qt Charts loads with the first chart, not at startup)."""
    from desktop.charts import ChartsView

    def make() -> ChartsView:
        view = ChartsView(window.store, window.runner, window)
        view.filterRequested.connect(lambda flt: apply_chart_filter(window, flt))
        view.entryRequested.connect(lambda uuid: window.select_entry(uuid))
        return view

    view = window.keep("charts", make)
    assert isinstance(view, ChartsView)
    return view


def show_charts(window: MainWindow) -> ChartsView:
    view = charts_view(window)
    window.show_page(view)
    if view.data is None or view.theme != current_theme() or window.page_is_stale("charts"):
        view.refresh()
    view.tabs.setFocus()
    return view


def apply_chart_filter(window: MainWindow, flt: ListFilter) -> None:
    window.sidebar.set_current_kind(flt.kind)
    window.apply_filter(flt)
    window.table.setFocus()


def _on_store_changed(window: MainWindow, change: StoreChange) -> None:
    view: ChartsView | None = window.kept("charts")
    if view is None or not change.touches(*CHARTED_KINDS):
        return
    if window.center.currentWidget() is view:
        view.refresh()
    else:
        window.mark_stale("charts")


def _after_preferences(window: MainWindow) -> None:
    view: ChartsView | None = window.kept("charts")
    if view is not None and view.data is not None and view.theme != current_theme():
        view.redraw()


def install(window: MainWindow) -> None:
    window.storeChanged.connect(lambda change: _on_store_changed(window, change))
    window.preferencesApplied.connect(lambda: _after_preferences(window))


ACTIONS = [
    ActionSpec("charts.show", "C&harts", show_charts, menu="View", group=20, toolbar=31,
               shortcuts=("Ctrl+Shift+C",), icon="charts",
               tip="The landscape in charts: openness over time, jurisdictions, licenses"),
]
