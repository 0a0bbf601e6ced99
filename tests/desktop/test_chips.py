"""Filter chips wrap instead of widening the list pane, are removed by a click on them, and read in both themes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QListView, QVBoxLayout, QWidget

from db.queries import ListFilter
from desktop.chips import Chip, FilterChips
from desktop.main_window import MainWindow
from desktop.theme import apply_theme, contrast_ratio
from tests.desktop.conftest import settle

FOUR = (ListFilter(kind="model").with_facet("jurisdiction", ["CN"])
        .with_facet("openness", ["open-weights-unrestricted", "open-weights-restricted"])
        .with_facet("commercial_use", ["yes"]))


@pytest.fixture
def light_again(qapp: QApplication) -> Iterator[QApplication]:
    """Tests here switch themes; whatever happens, the next test starts in the light theme."""
    yield qapp
    apply_theme(qapp, "light")


def pane(qtbot, width: int = 420) -> tuple[QWidget, FilterChips]:
    """The chips above a list, as in the list pane."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    chips = FilterChips(holder)
    layout.addWidget(chips)
    layout.addWidget(QListView(holder))
    qtbot.addWidget(holder)
    holder.resize(width, 300)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, chips


def test_chips_wrap_onto_lines_and_never_widen_the_pane(qtbot) -> None:
    holder, chips = pane(qtbot)
    empty_minimum = holder.minimumSizeHint().width()
    chips.show_filter(FOUR)
    qtbot.waitUntil(lambda: chips.chips[-1].isVisible())
    QApplication.processEvents()
    rows = {chip.geometry().top() for chip in chips.chips}
    assert len(rows) >= 2, "four long chips in 420 px wrap onto more than one line"
    for chip in chips.chips:
        assert chip.geometry().right() < chips.width(), f"{chip.text()} is cut off by the pane's edge"
        assert chip.shown_text().startswith(chip.text()), "at this width every chip shows its whole text"
    assert holder.minimumSizeHint().width() <= max(empty_minimum, 160), \
        "chips must not raise the pane's minimum width (they squeezed the detail pane)"
    holder.resize(180, 400)
    QApplication.processEvents()
    for chip in chips.chips:
        assert chip.geometry().right() < chips.width()
    cut = [chip for chip in chips.chips if chip.shown_text() != chip.label()]
    assert cut and all("…" in chip.shown_text() and chip.shown_text().endswith("✕") for chip in cut)


def test_click_on_a_chip_removes_its_filter(qtbot) -> None:
    _holder, chips = pane(qtbot)
    chips.show_filter(FOUR)
    QApplication.processEvents()
    removed: list[tuple[str, str, str]] = []
    chips.removed.connect(lambda kind, name, value: removed.append((kind, name, value)))
    cleared: list[bool] = []
    chips.cleared.connect(lambda: cleared.append(True))
    second = chips.chips[1]
    cross = QPoint(second.width() - Chip.PADDING - 3, second.height() // 2)  # where the ✕ is painted
    qtbot.mouseClick(second, Qt.MouseButton.LeftButton, pos=cross)
    assert removed == [("facet", "openness", "open-weights-unrestricted")]
    clear_all = chips.chips[-1]
    qtbot.mouseClick(clear_all, Qt.MouseButton.LeftButton, pos=clear_all.rect().center())
    assert cleared == [True]


def darkest_contrast(image: QImage, background: QColor) -> float:
    """The highest contrast any pixel of `image` has against `background`."""
    best = 1.0
    for y in range(image.height()):
        for x in range(image.width()):
            best = max(best, contrast_ratio(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize("themes", [("dark",), ("light",), ("dark", "light")])
def test_chip_text_and_query_read_in_every_theme(qtbot, light_again: QApplication, themes: tuple[str, ...]) -> None:
    _holder, chips = pane(qtbot)
    chips.show_filter(FOUR)
    for theme in themes:  # ("dark", "light"): the chip text faded after switching back to light
        apply_theme(light_again, theme)
        QApplication.processEvents()
    chip = chips.chips[0]
    window = chip.palette().color(chip.backgroundRole())
    text = chip.grab().toImage()
    assert darkest_contrast(text, window) >= 4.5, "chip text must read against the pane"
    label = chips.query_label
    label_text = label.palette().color(label.foregroundRole())
    assert contrast_ratio(label_text, label.palette().color(label.backgroundRole())) >= 4.5
    assert darkest_contrast(label.grab().toImage(), label.palette().color(label.backgroundRole())) >= 4.5


def test_four_chips_leave_the_detail_pane_its_width(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    settle(qtbot, window)
    before = window.detail.width()
    window.apply_filter(FOUR)
    settle(qtbot, window)
    assert window.chips.isVisible() and len(window.chips.chips) == 5
    assert window.detail.width() >= min(before, 250), \
        f"the detail pane shrank from {before} to {window.detail.width()} px when four chips appeared"


def test_tag_chips_in_a_narrow_cell_say_how_many_are_hidden(qapp: QApplication) -> None:
    from PySide6.QtGui import QFontMetrics

    from desktop.delegates import fitting_chips

    metrics = QFontMetrics(qapp.font())
    names = ["frontier", "mixture-of-experts", "reasoning", "watchlist"]
    assert fitting_chips(names, metrics, 2000) == (names, 0)
    shown, hidden = fitting_chips(names, metrics, metrics.horizontalAdvance("frontier") + 40)
    assert shown == ["frontier"] and hidden == 3
    shown, hidden = fitting_chips(names, metrics, 10)
    assert shown == ["frontier"] and hidden == 3, "the first chip is cut, never dropped"


def test_a_focused_chip_is_removed_with_space(qtbot) -> None:
    _holder, chips = pane(qtbot)
    chips.show_filter(FOUR)
    QApplication.processEvents()
    removed: list[tuple[str, str, str]] = []
    chips.removed.connect(lambda kind, name, value: removed.append((kind, name, value)))
    chips.chips[0].setFocus()
    qtbot.keyClick(chips.chips[0], Qt.Key.Key_Space)
    assert removed == [("facet", "jurisdiction", "CN")]
    assert chips.chips[0].accessibleName() == "Remove filter Jurisdiction: CN"
