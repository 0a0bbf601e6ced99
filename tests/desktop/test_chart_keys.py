"""Charts from the keyboard: the arrow keys walk the points and bars, Enter applies the filter a click applies,
and each chart is told in words to assistive technology."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from db.queries import ListFilter
from desktop.charts import ChartsView
from desktop.main_window import MainWindow
from tests.desktop.conftest import settle
from tests.desktop.test_charts import listed, open_charts


def focus_chart(qtbot, window: MainWindow, charts: ChartsView, name: str) -> None:
    """Reach chart `name` as a person does: Ctrl+Tab through the tabs to it, then Tab from the tabs into it."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    charts.tabs.tabBar().setFocus()  # where View ▸ Charts leaves the focus
    while charts.current_name() != name:
        qtbot.keyClick(charts.tabs.tabBar(), Qt.Key.Key_Right)
    qtbot.keyClick(charts.tabs.tabBar(), Qt.Key.Key_Tab)
    view = charts.views[name]
    qtbot.waitUntil(view.hasFocus, timeout=5_000)


def test_arrow_keys_walk_the_timeline_and_enter_lists_the_model(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    focus_chart(qtbot, window, charts, "timeline")
    view = charts.views["timeline"]
    texts = [mark.text for mark in view.marks]
    assert len(texts) == 3 and all(", released " in text for text in texts)  # one mark per model, earliest first
    assert view.current == 0, "arriving by Tab announces the first point"
    assert charts.readout.text().startswith("1 of 3: ")
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current == 1
    name = texts[1].split(" by ")[0].split(",")[0]
    interface = QAccessible.queryAccessibleInterface(view)
    assert name in interface.text(QAccessible.Text.Name)  # a screen reader hears the point the keys reached
    assert charts.cursor_series is not None and charts.cursor_series.count() == 1  # and a person sees a ring on it
    qtbot.keyClick(view, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert listed(window) == [name]
    assert window.detail.current == window.store.resolve(name).uuid


def test_enter_on_a_bar_applies_the_filter_a_click_applies(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    picked: list[ListFilter] = []
    charts.filterRequested.connect(picked.append)
    focus_chart(qtbot, window, charts, "jurisdictions")
    view = charts.views["jurisdictions"]
    target = next(i for i, mark in enumerate(view.marks) if mark.text.startswith("US, Closed (API only): 1 model"))
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.current == target and charts.stacked_sets["closed-api"].isBarSelected(0)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    # what a click on the segment asks for (tests/desktop/test_charts.py clicks it)
    assert picked == [ListFilter(kind="model", facets={"jurisdiction": ("US",), "openness": ("closed-api",)})]
    settle(qtbot, window)
    assert listed(window) == ["BigCo Ultra"]


def test_license_bars_and_summaries_in_words(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    focus_chart(qtbot, window, charts, "licenses")
    view = charts.views["licenses"]
    assert any("license" in mark.text for mark in view.marks) and any("model" in mark.text for mark in view.marks)
    for name, needle in (("timeline", "released between"), ("jurisdictions", "US: 1"),
                         ("licenses", "permissive: 1 licenses")):
        description = QAccessible.queryAccessibleInterface(charts.views[name]).text(QAccessible.Text.Description)
        assert needle in description, (name, description)
    licenses = next(i for i, mark in enumerate(view.marks) if mark.text.startswith("permissive: ") and
                    "license" in mark.text.split(":")[1])
    view.move_to(licenses)
    qtbot.keyClick(view, Qt.Key.Key_Enter)
    settle(qtbot, window)
    assert window.filter.kind == "license" and window.filter.facets == {"license_family": ("permissive",)}
    assert QApplication.focusWidget() is window.table


def test_tab_follows_the_visual_order_buttons_then_tabs_then_chart(qtbot, window: MainWindow) -> None:
    """The export buttons sit above the tabs: Tab reaches them first, then the tab bar, then the shown chart."""
    charts = open_charts(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    charts.png_button.setFocus()
    reached = [QApplication.focusWidget()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [charts.png_button, charts.svg_button, charts.refresh_button, charts.tabs.tabBar(),
                       charts.views[charts.current_name()]]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is charts.tabs.tabBar()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is charts.refresh_button
