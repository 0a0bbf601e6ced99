"""The charts page: what it plots, clicks that filter the list, the theme, PNG and SVG export."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from db.queries import ListFilter
from db.store import Store
from desktop.actions.charts import charts_view
from desktop.charts import ChartsView
from desktop.main_window import MainWindow
from tests.desktop.conftest import settle, trigger


def open_charts(qtbot, window: MainWindow) -> ChartsView:
    charts = charts_view(window)
    with qtbot.waitSignal(charts.ready, timeout=10_000):
        trigger(window, "charts.show")
    assert window.center.currentWidget() is charts
    return charts


def listed(window: MainWindow) -> list[str]:
    return sorted(window.list_model.index(r, 0).data() for r in range(window.list_model.rowCount()))


def click(qtbot, charts: ChartsView, name: str, where) -> None:
    """A real mouse click on the chart `name` at `where()` (asked once the chart is shown and laid out)."""
    charts.show_chart(name)
    view = charts.views[name]
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5_000)
    qtbot.wait(10)
    point = where()
    assert point is not None and view.viewport().rect().contains(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_charts_plot_the_landscape(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    placed = {grade: [p.name for _at, p in points] for grade, points in charts.point_uuids.items()}
    assert placed == {"open-weights-restricted": ["Acme 7B Chat"], "open-weights-unrestricted": ["Acme 7B"],
                      "closed-api": ["BigCo Ultra"]}
    assert charts.jurisdiction_keys == ["EU", "US"]
    assert {g: [s.at(i) for i in range(2)] for g, s in charts.stacked_sets.items()} == {
        "closed-api": [0.0, 1.0], "open-weights-restricted": [1.0, 0.0], "open-weights-unrestricted": [1.0, 0.0]}
    assert set(charts.family_keys) == {"permissive", "custom-open-weights", "proprietary"}


def test_clicking_a_point_lists_that_model(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    ultra = window.store.resolve("BigCo Ultra").uuid
    click(qtbot, charts, "timeline", lambda: charts.point_position(ultra))
    settle(qtbot, window)
    assert window.center.currentIndex() == 0 and window.filter.uuids == (ultra,)
    assert listed(window) == ["BigCo Ultra"]
    assert window.detail.current == ultra
    assert "1 chosen entry" in window.chips.chips[0].text()
    window.chips.chips[0].click()  # the chip clears the choice
    settle(qtbot, window)
    assert len(listed(window)) == 3


def test_clicking_a_stacked_bar_lists_its_models(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    click(qtbot, charts, "jurisdictions",
          lambda: charts.bar_position("jurisdictions", 0, "open-weights-restricted"))
    settle(qtbot, window)
    assert window.filter.facets == {"jurisdiction": ("EU",), "openness": ("open-weights-restricted",)}
    assert listed(window) == ["Acme 7B Chat"]


def test_clicking_a_license_family_lists_licenses_or_models(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    index = charts.family_keys.index("permissive")
    click(qtbot, charts, "licenses", lambda: charts.bar_position("licenses", index, "models"))
    settle(qtbot, window)
    assert window.filter == ListFilter(kind="model", facets={"license_family": ("permissive",)})
    assert listed(window) == ["Acme 7B"]
    trigger(window, "charts.show")
    settle(qtbot, window)
    click(qtbot, charts, "licenses", lambda: charts.bar_position("licenses", index, "licenses"))
    settle(qtbot, window)
    assert window.filter.kind == "license" and listed(window) == ["Apache License 2.0"]


def test_charts_follow_the_theme(qtbot, window: MainWindow) -> None:
    charts = open_charts(qtbot, window)
    assert charts.views["timeline"].chart().theme() == QChart.ChartTheme.ChartThemeLight
    window.prefs.theme = "dark"
    window.apply_preferences()
    trigger(window, "view.list")
    trigger(window, "charts.show")  # redrawn for the theme when the preferences were applied
    assert charts.views["timeline"].chart().theme() == QChart.ChartTheme.ChartThemeDark
    window.prefs.theme = "light"
    window.apply_preferences()


def test_export_png_and_svg(qtbot, window: MainWindow, tmp_path: Path) -> None:
    charts = open_charts(qtbot, window)
    for name in ("timeline", "jurisdictions", "licenses"):
        png = charts.export_png(tmp_path / f"{name}.png", name)
        image = QImage(str(png))
        assert not image.isNull() and image.width() > 100
        svg = charts.export_svg(tmp_path / f"{name}.svg", name)
        root = ET.parse(svg).getroot()
        assert root.tag.endswith("svg")
        assert "Model Atlas" in svg.read_text(encoding="utf-8")


def test_charts_refresh_after_changes(qtbot, window: MainWindow, mini: Store) -> None:
    charts = open_charts(qtbot, window)
    with qtbot.waitSignal(charts.ready, timeout=10_000):
        window.store.create("model", {"name": "Newcomer", "release_date": "2025-02-01", "access": ["weights"],
                                      "openness_grade": "fully-open"})
    assert [p.name for _at, p in charts.point_uuids["fully-open"]] == ["Newcomer"]
    settle(qtbot, window)
