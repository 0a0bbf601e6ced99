"""The high-contrast theme, focus that is seen in every theme, and text sizes that follow the system's font."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.main_window import MainWindow
from desktop.preferences import PreferencesDialog
from desktop.settings import Preferences
from desktop.theme import THEMES, apply_theme, contrast_ratio, current_theme, focus_color, is_dark, is_high_contrast
from tests.desktop.conftest import opened, press, settle

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
FIXED_FONT_SIZE = re.compile(r"font-size:\s*[\d.]+\s*(px|pt)|setPixelSize\(\s*\d|setPointSize(F)?\(\s*\d")
"""A size written as a number of pixels or points: it ignores the size the person chose for their system."""


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def test_high_contrast_pairs_reach_seven_to_one(themed: QApplication) -> None:
    assert apply_theme(themed, "high-contrast") and is_dark() and is_high_contrast()
    assert current_theme() == "high-contrast"
    palette = themed.palette()
    roles = QPalette.ColorRole
    for front, back in ((roles.Text, roles.Base), (roles.WindowText, roles.Window), (roles.ButtonText, roles.Button),
                        (roles.HighlightedText, roles.Highlight), (roles.Link, roles.Base),
                        (roles.ToolTipText, roles.ToolTipBase), (roles.PlaceholderText, roles.Base)):
        assert contrast_ratio(palette.color(front), palette.color(back)) >= 7, f"{front.name} on {back.name}"
    disabled = palette.color(QPalette.ColorGroup.Disabled, roles.Text)
    assert contrast_ratio(disabled, palette.color(roles.Base)) >= 4.5
    assert contrast_ratio(palette.color(roles.Mid), palette.color(roles.Window)) >= 7  # frames are drawn white


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_focus_ring_is_drawn_solid_and_stands_out(qtbot, themed: QApplication, theme: str) -> None:
    """Rendered, not configured: a focused button and check box show a ring of at least 3:1 against the window."""
    apply_theme(themed, theme)
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    button, box, field = QPushButton("Export…", holder), QCheckBox("Only differences", holder), QLineEdit(holder)
    for widget in (button, box, field):
        column.addWidget(widget)
    holder.show()
    qtbot.waitExposed(holder)
    palette = themed.palette()
    ring = focus_color(palette)
    assert contrast_ratio(ring, palette.color(QPalette.ColorRole.Window)) >= 3
    for widget in (button, box):
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus, timeout=2_000)
        image = widget.grab().toImage()
        ring_pixels = sum(1 for x in range(image.width()) for y in range(image.height())
                          if image.pixelColor(x, y).rgb() == ring.rgb())
        assert ring_pixels >= widget.width(), f"{type(widget).__name__}: {ring_pixels} ring pixels in {theme}"
        widget.clearFocus()
        unfocused = widget.grab().toImage()
        assert sum(1 for x in range(unfocused.width()) for y in range(unfocused.height())
                   if unfocused.pixelColor(x, y).rgb() == ring.rgb()) < ring_pixels / 2


def test_preferences_offer_the_high_contrast_theme(qtbot, window: MainWindow, prefs: Preferences) -> None:
    assert "high-contrast" in THEMES
    press(qtbot, window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(PreferencesDialog)
    assert isinstance(dialog, PreferencesDialog)
    index = dialog.theme.findData("high-contrast")
    assert index >= 0 and dialog.theme.itemText(index) == "High contrast"
    dialog.theme.setCurrentIndex(index)
    dialog.try_accept()
    settle(qtbot, window)
    assert prefs.theme == "high-contrast" and is_high_contrast()
    apply_theme(QApplication.instance(), "light")  # type: ignore[arg-type]


def test_no_fixed_font_size_in_the_desktop_code() -> None:
    """Sizes are relative to the application's font (the system's), so a larger system font enlarges every text."""
    offenders = []
    for path in sorted(DESKTOP.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FIXED_FONT_SIZE.search(line):
                offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert offenders == []


def test_detail_pane_follows_the_application_font(qtbot, window: MainWindow) -> None:
    window.select_entry(window.store.resolve("Acme 7B").uuid)
    settle(qtbot, window)
    base = QApplication.font().pointSizeF()
    assert window.detail.document().defaultFont().pointSizeF() == pytest.approx(base)
    bigger = QFont(QApplication.font())
    bigger.setPointSizeF(base * 1.5)
    QApplication.setFont(bigger)
    try:
        qtbot.waitUntil(lambda: window.detail.document().defaultFont().pointSizeF() == pytest.approx(base * 1.5),
                        timeout=5_000)
        window.detail.refresh()
        title = window.detail.document().begin().begin().fragment().charFormat().font().pointSizeF()
        assert title > base * 1.5, "the entry's name is larger still"
    finally:
        smaller = QFont(QApplication.font())
        smaller.setPointSizeF(base)
        QApplication.setFont(smaller)


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_preferences_error_text_reads_in_every_theme(qtbot, themed: QApplication, prefs: Preferences,
                                                      theme: str) -> None:
    """Rendered: the darkest-or-lightest pixel of the error's glyphs stands 4.5:1 from the dialog's background (the
    fixed red it had was 3.9:1 on the high-contrast theme's black)."""
    apply_theme(themed, theme)
    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.author.setText("")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.try_accept()
    assert dialog.isVisible() and dialog.error.text()
    background = dialog.palette().color(QPalette.ColorRole.Window)
    image = dialog.error.grab().toImage()
    strongest = max(contrast_ratio(image.pixelColor(x, y), background)
                    for x in range(image.width()) for y in range(image.height()))
    assert strongest >= 4.5, f"{theme}: {strongest:.2f}"
