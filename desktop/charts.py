"""The landscape in charts (Qt Charts): releases over time by openness, jurisdictions × grades, license families.

Clicking a point or bar asks the main window to filter the list to the entries behind it; so does Enter on the
point or bar the arrow keys reached (desktop.chart_keys), and each chart is summed up in words for screen readers.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QLocale, QPoint, QPointF, QRectF, QSize, Qt, QTime, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from db.landscape import FamilyCount, ReleasePoint, jurisdiction_grades, license_families, release_points
from db.queries import ListFilter
from db.store import Store
from db.vocab import OpennessGrade
from desktop.chart_keys import KeyboardChartView, Mark
from desktop.flow_layout import FlowLayout
from desktop.i18n import QT_TRANSLATE_NOOP, translate, vocab
from desktop.theme import GRADE_COLORS, current_theme, is_dark, is_high_contrast
from desktop.workers import JobRunner

CHART_NAMES = ("timeline", "jurisdictions", "licenses")
TAB_TITLES = {"timeline": QT_TRANSLATE_NOOP("charts", "Openness over time"),
              "jurisdictions": QT_TRANSLATE_NOOP("charts", "Jurisdiction × openness"),
              "licenses": QT_TRANSLATE_NOOP("charts", "Licenses by family")}
CAPTIONS = {
    "timeline": QT_TRANSLATE_NOOP("charts", "Each model by release date and openness grade: closed releases (circles) "
                                            "below the dashed line, downloadable weights (squares) above it. Click a "
                                            "point to list that model."),
    "jurisdictions": QT_TRANSLATE_NOOP("charts", "Models by their developer's jurisdiction, stacked by openness grade. "
                                                 "Click a segment to list those models."),
    "licenses": QT_TRANSLATE_NOOP("charts", "Licenses per family, and how many models use a license of that family. "
                                            "Click a bar to list them."),
}
LICENSE_SET_COLORS = {"licenses": "#3d85c6", "models": "#c9a227"}
NOT_RECORDED = QT_TRANSLATE_NOOP("charts", "(not recorded)")
UNLISTED = "unlisted"  # the objectName of a series the legend leaves out (the timeline's divider)
MAX_TIP_POINTS = 6  # models named in one point's tooltip
DATE_LABEL_PX = 80  # room one "MMM yyyy" tick label needs on the timeline's date axis
JITTER = 0.28  # grades are categories: spread points a little so models released together stay clickable


@dataclass(frozen=True)
class LandscapeData:
    points: list[ReleasePoint]
    jurisdictions: dict[str, dict[str, int]]
    families: list[FamilyCount]


def _jitter(uuid: str) -> float:
    """A stable offset in [-JITTER, JITTER] from the UUID, so a point never moves between refreshes."""
    digits = "".join(c for c in uuid if c in "0123456789abcdef")[:8] or "0"
    return (int(digits, 16) % 1001 / 1000 - 0.5) * 2 * JITTER


def _msecs(day: date) -> float:
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def family_label(family: str) -> str:
    if not family:
        return translate("charts", NOT_RECORDED)
    shown = vocab(family)  # the vocabulary's word, else the identifier in words
    return shown if shown != family else family.replace("-", " ")


class ChartLegend(QWidget):
    """A chart's legend as rows that wrap under it, every label whole.

    Qt's own legend keeps to one row (or to a column at most 40 % of the chart wide) and cuts labels to fit:
    "Open we…" three times at 1280×720. This one reads the chart's legend markers (their labels, colors and
    shapes) and lays them out like words; Qt's legend is hidden.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartLegend")
        self.flow = FlowLayout(self, spacing=14)
        self.flow.setContentsMargins(12, 2, 12, 8)
        self.labels: list[QLabel] = []

    def show_markers(self, chart: QChart, ink: QColor) -> None:
        while (item := self.flow.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.hide()  # deleted later: until then it would still be drawn where the new rows go
                widget.deleteLater()
        self.labels = []
        for marker in chart.legend().markers():
            if marker.series().objectName() == UNLISTED:
                continue
            entry = QWidget(self)
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(6)
            swatch = QLabel(entry)
            swatch.setPixmap(_swatch(marker, self.devicePixelRatioF()))
            label = QLabel(marker.label(), entry)
            label.setStyleSheet(f"color: {ink.name()};")
            row.addWidget(swatch)
            row.addWidget(label)
            self.flow.addWidget(entry)
            entry.show()  # a child added to a legend already on screen is not shown by itself
            self.labels.append(label)
        chart.legend().setVisible(False)


def _swatch(marker: Any, ratio: float) -> QPixmap:
    """The marker's color in the shape the chart draws it with (circle or square)."""
    size = 12
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    brush = marker.brush()
    painter.setBrush(brush)
    painter.setPen(QPen(brush.color().darker(130), 1))
    series = marker.series()
    round_marker = isinstance(series, QScatterSeries) and \
        series.markerShape() == QScatterSeries.MarkerShape.MarkerShapeCircle
    box = QRectF(1, 1, size - 2, size - 2)
    if round_marker:
        painter.drawEllipse(box)
    else:
        painter.drawRect(box)
    painter.end()
    return pixmap


class ChartsView(QWidget):
    """Three charts in tabs, themed like the app, exportable as PNG and SVG."""

    filterRequested = Signal(object)  # a ListFilter for the main list
    entryRequested = Signal(str)  # a single model to show in the detail pane
    ready = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartsView")
        self.store = store
        self.runner = runner
        self.data: LandscapeData | None = None
        self._generation = 0
        self.dark = is_dark()
        self.theme = current_theme()  # redrawn when the theme shown differs from this one
        # what each drawn item stands for, for clicks and tooltips
        self.point_uuids: dict[str, list[tuple[QPointF, ReleasePoint]]] = {}
        self.scatter: dict[str, QScatterSeries] = {}
        self.stacked: QHorizontalStackedBarSeries | None = None
        self.stacked_sets: dict[str, QBarSet] = {}
        self.jurisdiction_keys: list[str] = []
        self.family_series: QHorizontalBarSeries | QBarSeries | None = None
        self.family_sets: dict[str, QBarSet] = {}
        self.family_keys: list[str] = []

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        for arrow in self.tabs.tabBar().findChildren(QToolButton):  # the tabs' scroll arrows: Tab skips them
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.views: dict[str, KeyboardChartView] = {}
        self.legends: dict[str, ChartLegend] = {}
        self.pages: dict[str, QWidget] = {}  # a chart and its legend: what is shown, and what is exported
        for name in CHART_NAMES:
            page = QWidget(self)
            page.setObjectName(f"chartPage_{name}")
            page.setAutoFillBackground(True)
            view = KeyboardChartView(translate("charts", TAB_TITLES[name]), page)
            view.setObjectName(f"chart_{name}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.currentChanged.connect(lambda text, shown=name: self._on_mark(shown, text))
            view.setFrameShape(QFrame.Shape.NoFrame)
            legend = ChartLegend(page)
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(view, 1)
            column.addWidget(legend)
            self.views[name], self.legends[name], self.pages[name] = view, legend, page
            self.tabs.addTab(page, translate("charts", TAB_TITLES[name]))

        self.caption = QLabel(translate("charts", CAPTIONS["timeline"]), self)
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet("color: palette(placeholder-text);")
        self.tabs.currentChanged.connect(lambda _i: self.caption.setText(translate("charts",
                                                                                   CAPTIONS[self.current_name()])))
        self.png_button = QPushButton(translate("charts", "Export &PNG…"), self)
        self.png_button.clicked.connect(lambda: self.export_dialog("png"))
        self.svg_button = QPushButton(translate("charts", "Export &SVG…"), self)
        self.svg_button.clicked.connect(lambda: self.export_dialog("svg"))
        self.refresh_button = QPushButton(translate("charts", "Re&fresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.message = QLabel("", self)
        # what the arrow keys reached, in words: seen by a person at the keyboard, read by a screen reader
        self.readout = QLabel(self.tr("Tab to a chart, then use the arrow keys to move between its points or bars "
                                      "and Enter to list the entries behind one."), self)
        self.readout.setObjectName("chartReadout")
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setContentsMargins(6, 0, 6, 0)
        self.cursor_series: QScatterSeries | None = None
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 4, 6, 0)
        bar.addWidget(self.caption, 1)
        bar.addWidget(self.png_button)
        bar.addWidget(self.svg_button)
        bar.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.message)
        # Tab follows what is seen, top to bottom: the export buttons above the tabs, then the tabs, then the chart
        # (creation order would put the buttons last)
        chain = [self.png_button, self.svg_button, self.refresh_button, self.tabs.tabBar(), *self.views.values()]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def current_name(self) -> str:
        return CHART_NAMES[max(self.tabs.currentIndex(), 0)]

    def show_chart(self, name: str) -> None:
        self.tabs.setCurrentIndex(CHART_NAMES.index(name))

    def set_store(self, store: Store) -> None:
        if store is not self.store:
            self.store = store
            self.data = None

    # ---- data ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the numbers in a worker, then redraw (also picks up a theme change)."""
        self._generation += 1
        generation, store = self._generation, self.store

        def work(_progress: Any, _cancelled: Any) -> tuple[int, LandscapeData]:
            with store.read() as session:
                return generation, LandscapeData(release_points(session), jurisdiction_grades(session),
                                                 license_families(session))

        def done(result: tuple[int, LandscapeData]) -> None:
            if result[0] != self._generation:
                return
            self.data = result[1]
            self.redraw()
            self.ready.emit()

        def failed(message: str) -> None:
            self.message.setText(message)
            self.failed.emit(message)

        self.runner.start(work, on_done=done, on_failed=failed, name="charts")

    def redraw(self) -> None:
        if self.data is None:
            return
        self.dark = is_dark()
        self.theme = current_theme()
        self.views["timeline"].setChart(self._timeline(self.data.points))
        self.views["jurisdictions"].setChart(self._jurisdictions(self.data.jurisdictions))
        self.views["licenses"].setChart(self._licenses(self.data.families))
        for name, view in self.views.items():
            view.set_marks(self._marks(name), self._summary(name))
        ink, paper = QColor(self._ink()), QColor(self._paper())
        for name, page in self.pages.items():
            palette = page.palette()
            palette.setColor(QPalette.ColorRole.Window, paper)
            page.setPalette(palette)
            self.legends[name].show_markers(self.views[name].chart(), ink)

    # ---- building -----------------------------------------------------------------------------

    def _ink(self) -> str:
        if is_high_contrast():
            return "#ffffff"
        return "#e6e6e6" if self.dark else "#202124"

    def _paper(self) -> str:
        if is_high_contrast():
            return "#000000"
        return "#1f2125" if self.dark else "#ffffff"

    def _chart(self, title: str) -> QChart:
        chart = QChart()
        chart.setTheme(QChart.ChartTheme.ChartThemeDark if self.dark else QChart.ChartTheme.ChartThemeLight)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setBackgroundBrush(QColor(self._paper()))
        chart.setTitleBrush(QColor(self._ink()))
        font = QFont(chart.titleFont())
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.25)
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setTitle(title)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)  # hidden: ChartLegend shows its markers whole
        chart.legend().setLabelColor(QColor(self._ink()))
        return chart

    def _style_axis(self, axis: Any) -> None:
        ink = QColor("#c8cbd0" if self.dark else "#3c4043")
        grid = QColor("#3a3e44" if self.dark else "#e3e5e8")
        axis.setLabelsColor(ink)
        axis.setTitleBrush(ink)
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)

    def _timeline(self, points: list[ReleasePoint]) -> QChart:
        chart = self._chart(translate("charts", "Releases by openness grade over time"))
        self.point_uuids = {}
        self.scatter = {}
        self.cursor_series = None
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MMM yyyy")
        x_axis.setTitleText(translate("charts", "Release date"))
        y_axis = QCategoryAxis()
        y_axis.setStartValue(-0.5)
        for grade in OpennessGrade:
            y_axis.append(vocab(grade.label), grade.rank + 0.5)
        y_axis.setRange(-0.5, len(OpennessGrade) - 0.5)
        y_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
        for axis in (x_axis, y_axis):
            self._style_axis(axis)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        if points:
            first = min(p.released for p in points) - timedelta(days=45)
            last = max(p.released for p in points) + timedelta(days=45)
            x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(_msecs(first))),
                            QDateTime.fromMSecsSinceEpoch(int(_msecs(last))))
            wanted = min(9, max(3, (last.year - first.year) * 2 + 2))
            # as many dates as fit under the plot without eliding ("Dec 2…"): one label per DATE_LABEL_PX
            chart.plotAreaChanged.connect(lambda area, axis=x_axis, wanted=wanted: axis.setTickCount(
                max(2, min(wanted, int(area.width() // DATE_LABEL_PX) + 1))))
            x_axis.setTickCount(wanted)
            divider = QLineSeries()
            divider.setName(translate("charts", "weights released above"))
            pen = QPen(QColor("#8a8f98"))
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setWidthF(1.2)
            divider.setPen(pen)
            middle = OpennessGrade.OPEN_WEIGHTS_NON_COMMERCIAL.rank - 0.5
            divider.append(_msecs(first), middle)
            divider.append(_msecs(last), middle)
            chart.addSeries(divider)
            divider.attachAxis(x_axis)
            divider.attachAxis(y_axis)
            divider.setObjectName(UNLISTED)
            # the ring around the point the keyboard reached; added before the points, so it lies under them and
            # never takes a click meant for one
            cursor = QScatterSeries()
            cursor.setObjectName(UNLISTED)
            cursor.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
            cursor.setMarkerSize(24.0)
            cursor.setColor(QColor(0, 0, 0, 0))
            cursor.setPen(QPen(QColor(self._ink()), 3))
            chart.addSeries(cursor)
            cursor.attachAxis(x_axis)
            cursor.attachAxis(y_axis)
            self.cursor_series = cursor
        for grade in OpennessGrade:
            members = [p for p in points if p.grade == grade.value]
            if not members:
                continue
            series = QScatterSeries()
            series.setName(vocab(grade.label))
            color = QColor(GRADE_COLORS[grade.value])
            series.setColor(color)
            series.setBorderColor(color.darker(130))
            series.setMarkerSize(11.0)
            series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle if grade.weights_released
                                  else QScatterSeries.MarkerShape.MarkerShapeCircle)
            placed = []
            for point in members:
                at = QPointF(_msecs(point.released), grade.rank + _jitter(point.uuid))
                series.append(at)
                placed.append((at, point))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            series.clicked.connect(lambda at, g=grade.value: self._on_point_clicked(g, at))
            series.hovered.connect(lambda at, state, g=grade.value: self._on_point_hovered(g, at, state))
            self.point_uuids[grade.value] = placed
            self.scatter[grade.value] = series
        return chart

    def _jurisdictions(self, table: dict[str, dict[str, int]]) -> QChart:
        chart = self._chart(translate("charts", "Models by developer jurisdiction and openness grade"))
        # Bars lie down: the jurisdictions' names get the left axis's full width (under a standing bar Qt cuts a
        # name wider than the bar's slot, "internati..."), and the first jurisdiction is drawn at the top.
        self.jurisdiction_keys = list(reversed(list(table)))
        series = QHorizontalStackedBarSeries()
        self.stacked_sets = {}
        for grade in OpennessGrade:
            values = [table[j].get(grade.value, 0) for j in self.jurisdiction_keys]
            if not any(values):
                continue
            bar_set = QBarSet(vocab(grade.label))
            bar_set.setColor(QColor(GRADE_COLORS[grade.value]))
            bar_set.setBorderColor(QColor(GRADE_COLORS[grade.value]).darker(115))
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
            self.stacked_sets[grade.value] = bar_set
        series.setBarWidth(0.7)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([j or translate("charts", NOT_RECORDED) for j in self.jurisdiction_keys])
        counts = QValueAxis()
        counts.setLabelFormat("%d")
        counts.setTitleText(translate("charts", "Models"))
        top = max([sum(v.values()) for v in table.values()] or [1])
        counts.setRange(0, top + max(1, top // 10))
        counts.applyNiceNumbers()
        self._mount(chart, series, bottom=counts, left=names)
        series.clicked.connect(self._on_stacked_clicked)
        series.hovered.connect(self._on_stacked_hovered)
        self.stacked = series
        return chart

    def _mount(self, chart: QChart, series: Any, *, bottom: Any, left: Any) -> None:
        """Style both axes for the theme, put them on the chart and attach the bar series to them."""
        for axis in (bottom, left):
            self._style_axis(axis)
        chart.addAxis(bottom, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(left, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(bottom)
        series.attachAxis(left)

    def _licenses(self, families: list[FamilyCount]) -> QChart:
        chart = self._chart(translate("charts", "Licenses by family, and the models using them"))
        families = list(reversed(families))  # a horizontal bar chart draws its first category at the bottom
        self.family_keys = [f.family for f in families]
        series = QHorizontalBarSeries()
        self.family_sets = {}
        for key, label in (("licenses", translate("charts", "Licenses")),
                           ("models", translate("charts", "Models using one"))):
            bar_set = QBarSet(label)
            bar_set.setColor(QColor(LICENSE_SET_COLORS[key]))
            bar_set.append([float(getattr(f, key)) for f in families])
            bar_set.setLabelColor(QColor("#e6e6e6" if self.dark else "#202124"))
            series.append(bar_set)
            self.family_sets[key] = bar_set
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append([family_label(f.family) for f in families])
        x_axis = QValueAxis()
        x_axis.setLabelFormat("%d")
        top = max([max(f.licenses, f.models) for f in families] or [1])
        x_axis.setRange(0, top + max(2, top // 8))
        x_axis.applyNiceNumbers()
        self._mount(chart, series, bottom=x_axis, left=y_axis)
        series.clicked.connect(self._on_family_clicked)
        series.hovered.connect(self._on_family_hovered)
        self.family_series = series
        return chart

    # ---- clicks and tooltips ------------------------------------------------------------------

    def _nearest(self, grade: str, at: QPointF) -> ReleasePoint | None:
        placed = self.point_uuids.get(grade, [])
        if not placed:
            return None
        best = min(placed, key=lambda item: abs(item[0].x() - at.x()) / 8.64e7 + abs(item[0].y() - at.y()) * 30)
        return best[1]

    def behind(self, grade: str, at: QPointF) -> list[ReleasePoint]:
        """Every model whose marker overlaps the one drawn at `at` (models released together sit on each other),
        the one at `at` first."""
        clicked = self._nearest(grade, at)
        series = self.scatter.get(grade)
        chart = series.chart() if series is not None else None
        if clicked is None or series is None or chart is None:
            return [clicked] if clicked is not None else []
        centre = chart.mapToPosition(at, series)
        reach = series.markerSize()  # two markers of this size overlap when their centres are closer than this
        found = [clicked]
        for other_grade, placed in self.point_uuids.items():
            other_series = self.scatter[other_grade]
            for value, point in placed:
                if point.uuid == clicked.uuid:
                    continue
                offset = chart.mapToPosition(value, other_series) - centre
                if offset.x() ** 2 + offset.y() ** 2 < reach ** 2:
                    found.append(point)
        return found

    def _on_point_clicked(self, grade: str, at: QPointF) -> None:
        points = self.behind(grade, at)
        if not points:
            return
        self.filterRequested.emit(ListFilter(kind="model", uuids=tuple(p.uuid for p in points)))
        self.entryRequested.emit(points[0].uuid)

    def _on_point_hovered(self, grade: str, at: QPointF, state: bool) -> None:
        points = self.behind(grade, at) if state else []
        if not points:
            QToolTip.hideText()
            return
        lines = []
        for point in points[:MAX_TIP_POINTS]:
            who = f" · {html.escape(point.developer)}" if point.developer else ""
            day = QLocale().toString(QDate(point.released.year, point.released.month, point.released.day),
                                     "d MMM yyyy")
            lines.append(f"<b>{html.escape(point.name)}</b>{who}<br>{day} · {vocab(OpennessGrade(point.grade).label)}")
        if len(points) > MAX_TIP_POINTS:
            lines.append(translate("charts", "and {count} more").format(count=len(points) - MAX_TIP_POINTS))
        shown = len(points)
        action = translate("charts", "click to list it") if shown == 1 else translate(
            "charts", "click to list these {count}").format(count=shown)
        QToolTip.showText(QCursor.pos(), "<br>".join(lines) + f"<br><i>{action}</i>")

    def _grade_of(self, bar_set: QBarSet) -> str | None:
        return next((g for g, s in self.stacked_sets.items() if s is bar_set or s.label() == bar_set.label()), None)

    def _on_stacked_clicked(self, index: int, bar_set: QBarSet) -> None:
        grade = self._grade_of(bar_set)
        if grade is None or not 0 <= index < len(self.jurisdiction_keys):
            return
        self.filterRequested.emit(ListFilter(kind="model", facets={
            "jurisdiction": (self.jurisdiction_keys[index],), "openness": (grade,)}))

    def _on_stacked_hovered(self, state: bool, index: int, bar_set: QBarSet) -> None:
        grade = self._grade_of(bar_set)
        if not state or grade is None or not 0 <= index < len(self.jurisdiction_keys):
            QToolTip.hideText()
            return
        count = int(bar_set.at(index))
        where = self.jurisdiction_keys[index] or translate("charts", NOT_RECORDED)
        models = translate("charts", "%n model(s)", "", count)
        QToolTip.showText(QCursor.pos(), f"<b>{where}</b> · {vocab(OpennessGrade(grade).label)}: {models}<br><i>"
                                         + translate("charts", "click to list them") + "</i>")

    def _set_key(self, bar_set: QBarSet) -> str | None:
        return next((k for k, s in self.family_sets.items() if s is bar_set or s.label() == bar_set.label()), None)

    def _on_family_clicked(self, index: int, bar_set: QBarSet) -> None:
        key = self._set_key(bar_set)
        if key is None or not 0 <= index < len(self.family_keys):
            return
        kind = "license" if key == "licenses" else "model"
        self.filterRequested.emit(ListFilter(kind=kind, facets={"license_family": (self.family_keys[index],)}))

    def _on_family_hovered(self, state: bool, index: int, bar_set: QBarSet) -> None:
        key = self._set_key(bar_set)
        if not state or key is None or not 0 <= index < len(self.family_keys):
            QToolTip.hideText()
            return
        count = int(bar_set.at(index))
        counted = (translate("charts", "%n license(s)", "", count) if key == "licenses"
                   else translate("charts", "%n model(s)", "", count))
        QToolTip.showText(QCursor.pos(), f"<b>{family_label(self.family_keys[index])}</b>: {counted}<br><i>"
                                         + translate("charts", "click to list them") + "</i>")

    # ---- the keyboard and screen readers -------------------------------------------------------

    def _on_mark(self, name: str, text: str) -> None:
        if text and name == self.current_name():
            self.readout.setText(text)

    def _marks(self, name: str) -> list[Mark]:
        """What the arrow keys walk through on chart `name`, in reading order (earliest release first; bars from
        the top down), each picked by the handler its click runs."""
        if name == "timeline":
            return self._point_marks()
        if name == "jurisdictions":
            return self._segment_marks()
        return self._family_marks()

    def _point_marks(self) -> list[Mark]:
        placed = sorted(((point.released, point.name, grade, at, point)
                         for grade, items in self.point_uuids.items() for at, point in items),
                        key=lambda item: (item[0], item[1]))
        return [Mark(self._point_text(point), partial(self._on_point_clicked, grade, at), partial(self._ring, at))
                for _day, _name, grade, at, point in placed]

    def _point_text(self, point: ReleasePoint) -> str:
        day = QLocale().toString(QDate(point.released.year, point.released.month, point.released.day), "d MMM yyyy")
        grade = vocab(OpennessGrade(point.grade).label)
        if point.developer:
            return self.tr("{name} by {developer}, released {date}, {grade}").format(
                name=point.name, developer=point.developer, date=day, grade=grade)
        return self.tr("{name}, released {date}, {grade}").format(name=point.name, date=day, grade=grade)

    def _ring(self, at: QPointF, on: bool) -> None:
        if self.cursor_series is None:
            return
        self.cursor_series.clear()
        if on:
            self.cursor_series.append(at)

    def _segment_marks(self) -> list[Mark]:
        marks = []
        for index in reversed(range(len(self.jurisdiction_keys))):  # the first jurisdiction is drawn at the top
            where = self.jurisdiction_keys[index] or translate("charts", NOT_RECORDED)
            for grade, bar_set in self.stacked_sets.items():
                count = int(bar_set.at(index))
                if count:
                    text = self.tr("{jurisdiction}, {grade}: %n model(s)", "", count).format(
                        jurisdiction=where, grade=vocab(OpennessGrade(grade).label))
                    marks.append(Mark(text, partial(self._on_stacked_clicked, index, bar_set),
                                      partial(self._select_bar, bar_set, index)))
        return marks

    def _family_marks(self) -> list[Mark]:
        marks = []
        for index in reversed(range(len(self.family_keys))):  # drawn from the top down
            family = family_label(self.family_keys[index])
            for key, bar_set in self.family_sets.items():
                count = int(bar_set.at(index))
                if not count:
                    continue
                if key == "licenses":
                    text = self.tr("{family}: %n license(s)", "", count).format(family=family)
                else:
                    text = self.tr("{family}: %n model(s) using one", "", count).format(family=family)
                marks.append(Mark(text, partial(self._on_family_clicked, index, bar_set),
                                  partial(self._select_bar, bar_set, index)))
        return marks

    def _select_bar(self, bar_set: QBarSet, index: int, on: bool) -> None:
        bar_set.setSelectedColor(QColor(self._ink()))  # black or white: unlike every grade's color
        if on:
            bar_set.selectBar(index)
        else:
            bar_set.deselectBar(index)

    def _summary(self, name: str) -> str:
        """The chart in words: what an accessible description gives a screen reader instead of the picture."""
        data = self.data
        if data is None:
            return ""
        if name == "timeline":
            if not data.points:
                return self.tr("No model has a release date yet.")
            first, last = min(p.released for p in data.points), max(p.released for p in data.points)
            released = len(data.points)  # a plain name: lupdate drops a message whose count is a call
            parts = [self.tr("%n model(s) released between {first} and {last}.", "", released).format(
                first=QLocale().toString(QDate(first.year, first.month, 1), "MMM yyyy"),
                last=QLocale().toString(QDate(last.year, last.month, 1), "MMM yyyy"))]
            for grade in OpennessGrade:
                count = sum(1 for p in data.points if p.grade == grade.value)
                if count:
                    parts.append(self.tr("{grade}: {count}").format(grade=vocab(grade.label), count=count))
            return " ".join(parts[:1]) + " " + "; ".join(parts[1:]) + "."
        if name == "jurisdictions":
            if not data.jurisdictions:
                return self.tr("No model has a developer jurisdiction yet.")
            rows = []
            for where, grades in data.jurisdictions.items():
                detail = ", ".join(f"{vocab(OpennessGrade(g).label)} {n}" for g, n in grades.items() if n)
                rows.append(self.tr("{jurisdiction}: {total} ({detail})").format(
                    jurisdiction=where or translate("charts", NOT_RECORDED), total=sum(grades.values()), detail=detail))
            return self.tr("Models by developer jurisdiction and openness grade.") + " " + "; ".join(rows) + "."
        if not data.families:
            return self.tr("No license has a family yet.")
        rows = [self.tr("{family}: {licenses} licenses, {models} models").format(
            family=family_label(f.family), licenses=f.licenses, models=f.models) for f in data.families]
        return self.tr("Licenses by family, and the models using them.") + " " + "; ".join(rows) + "."

    # ---- positions (for keyboard-free tests and for pointing at things) ------------------------

    def point_position(self, uuid: str) -> QPoint | None:
        """Where a model's point is drawn, in the timeline view's viewport coordinates."""
        view = self.views["timeline"]
        for grade, placed in self.point_uuids.items():
            for at, point in placed:
                if point.uuid == uuid:
                    return self._to_viewport(view, at, self.scatter[grade])
        return None

    def bar_position(self, chart: str, index: int, key: str) -> QPoint | None:
        """The middle of one bar segment: `key` is a grade (jurisdictions) or licenses|models (licenses)."""
        if chart == "jurisdictions" and self.stacked is not None and key in self.stacked_sets:
            below = sum(s.at(index) for g, s in self.stacked_sets.items()
                        if OpennessGrade(g).rank < OpennessGrade(key).rank)
            middle = below + self.stacked_sets[key].at(index) / 2
            return self._to_viewport(self.views[chart], QPointF(middle, index), self.stacked)
        if chart == "licenses" and self.family_series is not None and key in self.family_sets:
            offset = -0.1 if key == "licenses" else 0.1  # two bars share a category row; each takes a half
            value = self.family_sets[key].at(index)
            at = QPointF(value / 2, index + offset)
            return self._to_viewport(self.views[chart], at, self.family_series)
        return None

    @staticmethod
    def _to_viewport(view: QChartView, at: QPointF, series: Any) -> QPoint:
        chart = view.chart()
        scene = chart.mapToScene(chart.mapToPosition(at, series))
        return view.mapFromScene(scene)

    # ---- export -------------------------------------------------------------------------------

    def _page_for_export(self, name: str) -> QWidget:
        """The chart with its legend, laid out at a useful size even when its tab has never been shown."""
        page = self.pages[name]
        if page.width() < 300:
            page.resize(QSize(1000, 640))
        layout = page.layout()
        if layout is not None:
            layout.activate()
        return page

    def export_png(self, path: Path, name: str | None = None) -> Path:
        page = self._page_for_export(name or self.current_name())
        target = Path(path)
        if not page.grab().save(str(target), "PNG"):
            raise OSError(translate("charts", "could not write {file}").format(file=target))
        return target

    def export_svg(self, path: Path, name: str | None = None) -> Path:
        name = name or self.current_name()
        page = self._page_for_export(name)
        view = self.views[name]
        target = Path(path)
        size = page.size()
        generator = QSvgGenerator()
        generator.setFileName(str(target))
        generator.setSize(size)
        generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
        generator.setTitle(view.chart().title() if view.chart() else "Model Atlas chart")
        generator.setDescription("Made with Model Atlas")
        painter = QPainter(generator)
        page.render(painter, QPoint(0, 0))
        painter.end()
        return target

    def export_dialog(self, fmt: str) -> Path | None:
        name = self.current_name()
        path, _ = QFileDialog.getSaveFileName(self, translate("charts", "Export chart as {format}").format(
            format=fmt.upper()), str(Path.home() / f"atlas-{name}.{fmt}"),
            translate("charts", "PNG image (*.png)") if fmt == "png" else translate("charts", "SVG image (*.svg)"))
        if not path:
            return None
        target = Path(path if path.lower().endswith(f".{fmt}") else f"{path}.{fmt}")
        try:
            saved = self.export_png(target) if fmt == "png" else self.export_svg(target)
        except OSError as error:
            self.message.setText(translate("charts", "Could not save: {problem}").format(problem=error))
            return None
        self.message.setText(translate("charts", "Saved {file}").format(file=saved))
        return saved
