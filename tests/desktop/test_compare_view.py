"""The comparison page: from the list to a comparison, only differences, columns moved and removed, exports."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

from db.compare import GRADE_HEX, build_comparison
from db.store import Store
from desktop.compare_view import (
    DIFFERS_ROLE,
    MIN_ENTRY_WIDTH,
    MIN_FIELD_WIDTH,
    ROW_TYPE_ROLE,
    CompareView,
    ComparisonModel,
)
from desktop.list_model import COLOR_ROLE
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from desktop.theme import GRADE_COLORS
from tests.desktop.conftest import settle

MODELS = ["Acme 7B", "Acme 7B Chat", "BigCo Ultra"]


def compare_page(qtbot, window: MainWindow, count: int) -> CompareView:
    """The comparison page once it shows `count` entries."""

    def shown() -> CompareView | None:
        view = window.findChild(CompareView)
        ready = view is not None and view.isVisible() and view.comparison is not None
        return view if ready and len(view.comparison.entries) == count else None  # type: ignore[union-attr]

    qtbot.waitUntil(lambda: shown() is not None, timeout=10_000)
    view = shown()
    assert view is not None
    return view


def compare_all_models(qtbot, window: MainWindow) -> CompareView:
    window.table.setFocus()
    window.table.selectAll()
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # View ▸ Compare
    return compare_page(qtbot, window, len(MODELS))


def headers(view: CompareView) -> list[str]:
    return [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]


def field_rows(view: CompareView) -> list[int]:
    return [r for r in range(view.model.rowCount()) if view.model.index(r, 0).data(ROW_TYPE_ROLE) == "field"]


def test_palette_matches_the_app() -> None:
    assert GRADE_HEX == GRADE_COLORS


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, mini) -> None:
    model = ComparisonModel()
    qtmodeltester.check(model)  # empty
    model.set_comparison(build_comparison(mini, [mini.resolve(n).uuid for n in MODELS]))
    qtmodeltester.check(model)
    model.set_comparison(model.comparison.only_differences(), tint=False)  # type: ignore[union-attr]
    qtmodeltester.check(model)


def test_compare_three_with_only_differences(qtbot, window: MainWindow) -> None:
    view = compare_all_models(qtbot, window)
    assert window.center.currentWidget() is view
    assert headers(view) == ["Field", *MODELS]
    all_rows = len(field_rows(view))
    assert any(not view.model.index(r, 0).data(DIFFERS_ROLE) for r in field_rows(view))
    group = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data(ROW_TYPE_ROLE) == "group")
    assert view.table.columnSpan(group, 0) == 4
    view.only_differences.setChecked(True)
    differing = field_rows(view)
    assert 0 < len(differing) < all_rows
    assert all(view.model.index(r, 0).data(DIFFERS_ROLE) for r in differing)
    assert all(view.model.index(r, 0).data().startswith("≠ ") for r in differing)
    grade = next(r for r in differing if view.model.index(r, 0).data() == "≠ Openness grade")
    assert view.model.index(grade, 1).data(COLOR_ROLE).name() == GRADE_COLORS["open-weights-unrestricted"]
    tags = next(r for r in differing if view.model.index(r, 0).data() == "≠ Tags")
    assert [name for name, _color in view.model.index(tags, 1).data(COLOR_ROLE)] == ["frontier"]
    assert "rows differ" in view.title.text()


def test_columns_reorder_by_drag_and_keys_and_remove(qtbot, window: MainWindow) -> None:
    view = compare_all_models(qtbot, window)
    header = view.table.horizontalHeader()
    header.moveSection(3, 1)  # drag BigCo Ultra to the front
    assert headers(view) == ["Field", "BigCo Ultra", "Acme 7B", "Acme 7B Chat"]
    assert [header.logicalIndex(v) for v in range(4)] == [0, 1, 2, 3]  # the data moved, not the header
    view.table.setCurrentIndex(view.model.index(field_rows(view)[0], 1))
    view.setFocus()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(view.table, Qt.Key.Key_Right, both)
    assert headers(view)[1:] == ["Acme 7B", "BigCo Ultra", "Acme 7B Chat"]
    assert view.current_uuid() == window.store.resolve("BigCo Ultra").uuid
    view.act_remove.trigger()
    assert headers(view)[1:] == ["Acme 7B", "Acme 7B Chat"]
    view.remove_entry(window.store.resolve("Acme 7B").uuid)
    assert view.comparison is None and view.placeholder.isVisibleTo(view)
    assert "Acme 7B Chat" in view.placeholder.text()


def test_add_entry_by_name_mixes_kinds(qtbot, window: MainWindow) -> None:
    view = compare_all_models(qtbot, window)
    field = view.add_field
    assert isinstance(field, QLineEdit)
    qtbot.keyClicks(field, "Acme AI (organization)")
    with qtbot.waitSignal(view.ready, timeout=10_000):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert headers(view)[-1] == "Acme AI"
    assert "kinds differ" in view.title.text()
    qtbot.keyClicks(field, "No Such Thing")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "No entry named" in view.message.text()


def test_at_most_six(qtbot, window: MainWindow) -> None:
    extra = [window.store.create("organization", {"name": f"Lab {i}"}).uuid for i in range(7)]
    window.show_kind("organization")
    settle(qtbot, window)
    window.table.setFocus()
    window.table.selectAll()
    assert len(window.table.selectionModel().selectedRows()) == 9  # Acme AI, BigCo and the seven labs
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    view = compare_page(qtbot, window, 6)
    assert len(headers(view)) == 7 and "at most 6" in window.statusBar().currentMessage()
    assert set(view.uuids) < {window.store.resolve(name).uuid for name in ("Acme AI", "BigCo")} | set(extra)
    settle(qtbot, window)


def test_add_to_comparison_from_the_list_then_show(qtbot, window: MainWindow) -> None:
    window.table.setFocus()
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for row in (0, 2):
        cell = window.table.visualRect(window.list_model.index(row, 0)).center()
        qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        assert len(window.table.selectionModel().selectedRows()) == 1
        qtbot.keyClick(window.table, Qt.Key.Key_D, both)  # View ▸ Add to Comparison
    assert "2 entries in the comparison" in window.statusBar().currentMessage()
    assert window.center.currentIndex() == 0  # adding does not leave the list
    window.table.clearSelection()
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    view = compare_page(qtbot, window, 2)
    assert headers(view)[1:] == ["Acme 7B", "BigCo Ultra"]
    window.sidebar.kindSelected.emit("license")  # the sidebar takes you back to the list
    settle(qtbot, window)
    assert window.center.currentIndex() == 0


@pytest.mark.parametrize("fmt", ["md", "csv", "html"])
def test_export_as_shown(qtbot, window: MainWindow, tmp_path: Path, fmt: str) -> None:
    view = compare_all_models(qtbot, window)
    view.table.horizontalHeader().moveSection(3, 1)
    view.only_differences.setChecked(True)
    path = view.export(fmt, tmp_path / "shortlist")
    assert path.suffix == f".{fmt}" and "open it" in view.message.text()
    text = path.read_text(encoding="utf-8")
    order = ["BigCo Ultra", "Acme 7B", "Acme 7B Chat"]
    if fmt == "csv":
        lines = list(csv.reader(io.StringIO(text)))
        assert lines[0][3:] == order and all(line[2] == "yes" for line in lines[1:])
    elif fmt == "md":
        assert text.splitlines()[0] == "# Comparison: " + " · ".join(order)
        assert "only the rows that differ" in text
    else:
        assert text.index("BigCo Ultra") < text.index("Acme 7B Chat") and 'class="differs"' in text


def test_header_click_shows_the_entry(qtbot, window: MainWindow) -> None:
    view = compare_all_models(qtbot, window)
    header = view.table.horizontalHeader()
    point = QPoint(header.sectionViewportPosition(3) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.detail.current == window.store.resolve("BigCo Ultra").uuid


def assert_every_column_reachable(view: CompareView) -> None:
    table, header = view.table, view.table.horizontalHeader()
    entries = header.count() - 1
    assert table.isVisible() and entries == 3
    viewport = table.viewport().width()
    assert header.sectionSize(0) >= MIN_FIELD_WIDTH
    assert all(header.sectionSize(column) >= MIN_ENTRY_WIDTH for column in range(1, entries + 1))  # none squeezed
    last = header.sectionPosition(entries) + header.sectionSize(entries)
    bar = table.horizontalScrollBar()
    assert last <= viewport or bar.maximum() > 0  # all shown, or the table scrolls sideways
    bar.setValue(bar.maximum())  # scrolled to the right end, the third entry shows whole
    start = header.sectionViewportPosition(entries)
    assert start >= 0 and start + header.sectionSize(entries) <= viewport
    # ... and the field names stay at the left, in front of the columns scrolled under them
    frozen = view.frozen
    assert frozen.isVisible() and frozen.columnWidth(0) == header.sectionSize(0)
    assert all(frozen.rowHeight(r) == table.rowHeight(r) for r in range(view.model.rowCount()))
    row = field_rows(view)[0]
    point = QPoint(table.frameWidth() + 10, header.height() + table.rowViewportPosition(row) + 5)
    assert table.childAt(point) is frozen.viewport()
    label = frozen.indexAt(frozen.viewport().mapFrom(table, point))
    assert label.column() == 0 and label.data() == view.model.index(row, 0).data()
    assert start >= frozen.columnWidth(0)  # the last entry is not under the field names either


def test_at_1280x720_every_column_is_reachable_by_scrolling(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    settle(qtbot, window)
    window.table.setFocus()
    window.table.selectAll()
    qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Compare

    def shown() -> CompareView | None:
        view = window.findChild(CompareView)
        return view if view is not None and view.isVisible() and view.comparison is not None else None

    qtbot.waitUntil(lambda: shown() is not None, timeout=10_000)
    settle(qtbot, window)
    view = shown()
    assert view is not None
    assert_every_column_reachable(view)
    assert view.minimumSizeHint().width() <= 420  # the page does not force the window wider


def hint_room(line: QLineEdit) -> int:
    """The width a line edit draws its placeholder in: its contents less the clear button."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    area = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    if line.isClearButtonEnabled():
        area.setRight(area.right() - line.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, line))
    return area.width()


def test_the_add_hint_is_whole_at_1280x720(qtbot, seeded_path: Path, prefs: Preferences) -> None:
    """The review's finding: at 1280×720, with the real seed's sidebar and the detail pane beside the comparison,
    "Add an entry by name…" was cut. Now it is whole there; a narrower window shortens it with "…" (the tooltip
    has it whole) rather than widen the page."""
    store = Store.open(seeded_path, "ana")
    main = MainWindow(store, prefs)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    try:
        settle(qtbot, main)
        main.table.setFocus()
        rows = main.table.selectionModel()
        for row in range(3):
            rows.select(main.table.model().index(row, 0),
                        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        qtbot.keyClick(main.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)  # Compare
        view = compare_page(qtbot, main, 3)
        settle(qtbot, main)
        field, hint = view.add_field, "Add an entry by name…"
        assert main.width() == 1280 and view.width() < 700  # the sidebar and the detail pane take their share
        assert field.placeholderText() == hint and not field.toolTip()
        assert field.fontMetrics().horizontalAdvance(hint) <= hint_room(field)
        main.resize(1000, 720)
        settle(qtbot, main)
        shortened = field.placeholderText()
        assert shortened != hint and shortened.endswith("…") and hint.startswith(shortened[:-1].rstrip())
        assert field.toolTip() == hint
        assert field.fontMetrics().horizontalAdvance(shortened) <= hint_room(field)
        assert view.minimumSizeHint().width() <= 420
    finally:
        main.close()
        store.close()


@pytest.mark.parametrize("width", [520, 1400])
def test_narrow_pages_scroll_and_wide_pages_share_the_width(qtbot, mini, width: int) -> None:
    from desktop.workers import JobRunner

    view = CompareView(mini, JobRunner())
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.show()
    with qtbot.waitSignal(view.ready, timeout=10_000):
        view.set_entries([mini.resolve(name).uuid for name in MODELS])
    assert_every_column_reachable(view)
    header = view.table.horizontalHeader()
    filled = header.sectionPosition(3) + header.sectionSize(3)
    if width > 1000:  # room enough: no scrolling, and the columns reach the right edge
        assert view.table.horizontalScrollBar().maximum() == 0
        assert filled == view.table.viewport().width()
    else:
        assert filled > view.table.viewport().width()
        # scrolled to the right, the keyboard walks back left: each cell comes out from under the field names
        table = view.table
        row = field_rows(view)[0]
        last = table.visualRect(view.model.index(row, 3)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=last)
        assert table.currentIndex().column() == 3
        for column in (2, 1):
            qtbot.keyClick(table, Qt.Key.Key_Left)
            assert table.currentIndex().column() == column
            assert table.visualRect(table.currentIndex()).left() >= view.frozen.columnWidth(0)
