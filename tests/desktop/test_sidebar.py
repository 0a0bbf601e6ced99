"""The sidebar driven by mouse and keyboard: a facet toggles from its checkbox indicator, its label and Space."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTreeWidgetItem

from desktop.sidebar import Sidebar

FACETS = {"jurisdiction": [("US", 49), ("CN", 11)], "openness": [("open-source", 2)]}
LABELS = {"jurisdiction": "Jurisdiction", "openness": "Openness grade"}


def make_sidebar(qtbot) -> tuple[Sidebar, list[tuple[str, str, bool]]]:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(320, 600)
    sidebar.set_facets("model", FACETS, LABELS, {})
    sidebar.show()
    qtbot.waitExposed(sidebar)
    toggles: list[tuple[str, str, bool]] = []
    sidebar.facetToggled.connect(lambda facet, value, on: toggles.append((facet, value, on)))
    return sidebar, toggles


def indicator_rect(sidebar: Sidebar, item: QTreeWidgetItem) -> QRect:
    """Where the style draws the item's checkbox indicator, in viewport coordinates."""
    index = sidebar.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    option.initFrom(sidebar.viewport())
    option.rect = sidebar.visualRect(index)
    sidebar.itemDelegateForIndex(index).initStyleOption(option, index)
    rect = sidebar.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, sidebar)
    assert rect.isValid() and rect.width() > 4, "the facet row draws a checkbox indicator"
    return rect


def label_point(sidebar: Sidebar, item: QTreeWidgetItem) -> QPoint:
    rect = sidebar.visualRect(sidebar.indexFromItem(item, 0))
    return QPoint(indicator_rect(sidebar, item).right() + 30, rect.center().y())


def test_click_on_checkbox_indicator_toggles_the_facet(qtbot) -> None:
    sidebar, toggles = make_sidebar(qtbot)
    item = sidebar.item_for("facet", "CN", facet="jurisdiction")
    assert item is not None and item.checkState(0) == Qt.CheckState.Unchecked
    where = indicator_rect(sidebar, item).center()
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert toggles == [("jurisdiction", "CN", True)]
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert toggles == [("jurisdiction", "CN", True), ("jurisdiction", "CN", False)]


def test_click_on_the_label_toggles_once(qtbot) -> None:
    sidebar, toggles = make_sidebar(qtbot)
    item = sidebar.item_for("facet", "US", facet="jurisdiction")
    assert item is not None
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=label_point(sidebar, item))
    assert item.checkState(0) == Qt.CheckState.Checked
    assert toggles == [("jurisdiction", "US", True)]


def test_space_toggles_the_current_facet(qtbot) -> None:
    sidebar, toggles = make_sidebar(qtbot)
    item = sidebar.item_for("facet", "open-source", facet="openness")
    assert item is not None
    sidebar.setFocus()
    sidebar.setCurrentItem(item)
    qtbot.keyClick(sidebar, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert toggles == [("openness", "open-source", True)]


def test_clicking_a_kind_selects_it(qtbot) -> None:
    sidebar, _ = make_sidebar(qtbot)
    chosen: list[str] = []
    sidebar.kindSelected.connect(chosen.append)
    item = sidebar.item_for("kind", "license")
    assert item is not None
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualRect(sidebar.indexFromItem(item, 0)).center())
    assert chosen == ["license"]


def test_cut_labels_keep_what_tells_them_apart(qtbot) -> None:
    from PySide6.QtGui import QFontMetrics

    from desktop.sidebar import elide_label

    metrics = QFontMetrics(QApplication.font())
    grades = ["Open weights, restricted", "Open weights, unrestricted", "Open weights, non-commercial"]
    width = metrics.horizontalAdvance("Open weights, non-commercial") - 30
    cut = [elide_label(grade, metrics, width) for grade in grades]
    assert len(set(cut)) == 3 and all(metrics.horizontalAdvance(text) <= width for text in cut)
    assert [text.rsplit(", ", 1)[1] for text in cut] == ["restricted", "unrestricted", "non-commercial"]
    assert elide_label("Closed (API only)", metrics, 2000) == "Closed (API only)"
    narrow = elide_label("Open weights, non-commercial", metrics, metrics.horizontalAdvance("non-commercial"))
    assert narrow.startswith("…") and metrics.horizontalAdvance(narrow) <= metrics.horizontalAdvance("non-commercial")


def test_a_narrow_sidebar_paints_grades_distinctly(qtbot) -> None:
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    grades = [("open-weights-restricted", 24), ("open-weights-unrestricted", 16)]
    sidebar.set_facets("model", {"openness": grades}, {"openness": "Openness grade"}, {})
    sidebar.resize(200, 300)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    images = []
    for value, _ in grades:
        item = sidebar.item_for("facet", value, facet="openness")
        assert item is not None
        rect = sidebar.visualRect(sidebar.indexFromItem(item, 0))
        images.append(sidebar.viewport().grab(rect).toImage())
    assert images[0] != images[1], "two grades cut to the same picture cannot be told apart"
