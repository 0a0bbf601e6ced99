"""Both themes read: text against its background, checkbox outlines against the list, facets rendered visibly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from desktop.sidebar import ROLE_TYPE, Sidebar
from desktop.theme import apply_theme, blend, contrast_ratio, is_dark, muted_text, outline, text_color_on

THEMES = ("light", "dark")


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def test_contrast_ratio_matches_wcag() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the WCAG AA grey
    assert text_color_on("#2e9a52") == "#ffffff" and text_color_on("#c9a227") == "#000000"


@pytest.mark.parametrize("theme", THEMES)
def test_palette_text_reads_in_both_themes(themed: QApplication, theme: str) -> None:
    assert apply_theme(themed, theme) == (theme == "dark") == is_dark()
    palette = themed.palette()
    pairs = [(QPalette.ColorRole.Text, QPalette.ColorRole.Base), (QPalette.ColorRole.WindowText,
             QPalette.ColorRole.Window), (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
             (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)]
    for front, back in pairs:
        assert contrast_ratio(palette.color(front), palette.color(back)) >= 4.5, f"{front.name} on {back.name}"
    hint, base = palette.color(QPalette.ColorRole.PlaceholderText), palette.color(QPalette.ColorRole.Base)
    shown = blend(QColor(hint.rgb()), base, hint.alphaF())  # Fusion's light hint is half-transparent black
    assert contrast_ratio(shown, base) >= 3, "the search field's hint (placeholder) must be seen"
    assert contrast_ratio(muted_text(palette), palette.color(QPalette.ColorRole.Window)) >= 4.5
    assert contrast_ratio(outline(palette), palette.color(QPalette.ColorRole.Base)) >= 3


@pytest.mark.parametrize("theme", THEMES)
def test_unchecked_facet_indicator_is_drawn_visibly(qtbot, themed: QApplication, theme: str) -> None:
    """Rendered, not just configured: the outline of an unchecked facet's box stands out from the list."""
    apply_theme(themed, theme)
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.resize(300, 400)
    sidebar.set_facets("model", {"jurisdiction": [("US", 3), ("CN", 1)]}, {"jurisdiction": "Jurisdiction"}, {})
    sidebar.show()
    qtbot.waitExposed(sidebar)
    item = sidebar.item_for("facet", "CN", facet="jurisdiction")
    assert item is not None
    index = sidebar.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    option.initFrom(sidebar.viewport())
    option.rect = sidebar.visualRect(index)
    sidebar.itemDelegateForIndex(index).initStyleOption(option, index)
    box = sidebar.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, sidebar)
    image = sidebar.viewport().grab().toImage()
    background = sidebar.palette().color(QPalette.ColorRole.Base)
    assert contrast_ratio(image.pixelColor(box.left() - 3, box.center().y()), background) < 1.1, \
        "the pixel beside the box is the list's background"
    strongest = max(contrast_ratio(image.pixelColor(x, y), background)
                    for x in range(box.left(), box.right() + 1) for y in range(box.top(), box.bottom() + 1))
    assert strongest >= 3, f"the unchecked box's outline is invisible in the {theme} theme (contrast {strongest:.2f})"


def test_painting_keeps_none_alive(qtbot, themed: QApplication) -> None:
    """Every paint calls Qt's void methods from Python (the checkbox outline, delegates, chips). PySide6 6.12.0
    under Python 3.11 dropped a reference to None on each such call, and the app died ("deallocating None")
    after a few thousand paints; pyproject keeps PySide6 below 6.12."""
    import sys

    apply_theme(themed, "dark")
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_facets("model", {"jurisdiction": [("US", 3), ("CN", 1)]}, {"jurisdiction": "Jurisdiction"}, {})
    sidebar.resize(300, 300)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    sidebar.grab()
    before = sys.getrefcount(None)
    for _ in range(20):
        sidebar.grab()
    assert abs(sys.getrefcount(None) - before) < 20, "painting leaks references to None (PySide6 6.12.0?)"


@pytest.mark.parametrize("theme", THEMES)
def test_an_excluded_tag_reads_in_both_themes(qtbot, themed: QApplication, theme: str) -> None:
    apply_theme(themed, theme)
    sidebar = Sidebar()
    qtbot.addWidget(sidebar)
    sidebar.set_tags([("frontier", 3)], {"frontier": "#d64541"}, (), ("frontier",))
    sidebar.resize(300, 300)
    sidebar.show()
    qtbot.waitExposed(sidebar)
    item = sidebar.item_for("tag", "frontier")
    assert item is not None and item.text(0) == "− frontier"
    index = sidebar.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    option.initFrom(sidebar.viewport())
    option.rect = sidebar.visualRect(index)
    sidebar.itemDelegateForIndex(index).initStyleOption(option, index)
    text = sidebar.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, sidebar)
    image = sidebar.viewport().grab(text).toImage()
    background = sidebar.palette().color(QPalette.ColorRole.Base)
    strongest = max(contrast_ratio(image.pixelColor(x, y), background)
                    for x in range(image.width()) for y in range(image.height()))
    assert strongest >= 4.5, f"the excluded tag's name is hard to read in the {theme} theme ({strongest:.2f})"


def test_dark_from_preferences_then_light_again(qtbot, themed: QApplication, window) -> None:
    """The walkthrough's path: Preferences ▸ Theme ▸ Dark, look at the facets and the filter line, back to light."""
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.preferences import PreferencesDialog
    from tests.desktop.conftest import settle

    def choose(theme: str) -> None:
        window.registry["editing.preferences"].trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog) and w.isVisible())
        dialog.theme.setCurrentIndex(dialog.theme.findData(theme))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        settle(qtbot, window)

    item = window.sidebar.item_for("facet", "US", facet="jurisdiction")
    assert item is not None
    from tests.desktop.test_sidebar import indicator_rect

    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=indicator_rect(window.sidebar, item).center())  # a filter: chips and the query line show
    settle(qtbot, window)
    for theme in ("dark", "light"):
        choose(theme)
        assert is_dark() == (theme == "dark")
        base = window.sidebar.palette().color(QPalette.ColorRole.Base)
        unchecked = next(i for i in window.sidebar.findItems("*", Qt.MatchFlag.MatchWildcard
                                                             | Qt.MatchFlag.MatchRecursive)
                         if i.data(0, ROLE_TYPE) == "facet" and i.checkState(0) == Qt.CheckState.Unchecked)
        index = window.sidebar.indexFromItem(unchecked, 0)
        option = QStyleOptionViewItem()
        option.initFrom(window.sidebar.viewport())
        option.rect = window.sidebar.visualRect(index)
        window.sidebar.itemDelegateForIndex(index).initStyleOption(option, index)
        box = window.sidebar.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option,
                                                    window.sidebar)
        image = window.sidebar.viewport().grab(box).toImage()
        assert max(contrast_ratio(image.pixelColor(x, y), base) for x in range(image.width())
                   for y in range(image.height())) >= 3, f"facet checkbox invisible in {theme}"
        label = window.chips.query_label
        assert "jurisdiction:US" in label.text()
        assert contrast_ratio(label.palette().color(label.foregroundRole()),
                              label.palette().color(label.backgroundRole())) >= 4.5, f"query text faint in {theme}"
        chip = window.chips.chips[0]
        shot = chip.grab().toImage()
        back = chip.palette().color(chip.backgroundRole())
        assert max(contrast_ratio(shot.pixelColor(x, y), back) for x in range(shot.width())
                   for y in range(shot.height())) >= 4.5, f"chip text faded in {theme}"
