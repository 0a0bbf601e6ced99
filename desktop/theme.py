"""Colors and palettes: the openness scale from closed to fully open, MOF classes, light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from db.vocab import OpennessGrade

GRADE_COLORS: dict[str, str] = {
    OpennessGrade.UNRELEASED.value: "#6c757d",
    OpennessGrade.CLOSED_API.value: "#b03a2e",
    OpennessGrade.HOSTED_ONLY.value: "#c0582b",
    OpennessGrade.OPEN_WEIGHTS_NON_COMMERCIAL.value: "#d4852a",
    OpennessGrade.OPEN_WEIGHTS_RESTRICTED.value: "#c9a227",
    OpennessGrade.OPEN_WEIGHTS_UNRESTRICTED.value: "#7fa83a",
    OpennessGrade.OPEN_SOURCE.value: "#2e9a52",
    OpennessGrade.FULLY_OPEN.value: "#157a6e",
}
"""Reads from red (closed) through amber (open weights with strings) to green and teal (fully open)."""

MOF_COLORS: dict[int, str] = {0: "#8a8f98", 3: "#6fa8dc", 2: "#3d85c6", 1: "#1c4587"}
MOF_SHORT: dict[int, str] = {0: "—", 3: "Class III", 2: "Class II", 1: "Class I"}
VERDICT_COLORS: dict[str, str] = {"adopt": "#2e9a52", "trial": "#3d85c6", "assess": "#c9a227", "hold": "#b03a2e"}
CLAUSE_COLORS: dict[str, str] = {"good": "#2e9a52", "mixed": "#c9a227", "bad": "#b03a2e", "unknown": "#8a8f98"}


def text_color_on(background: str) -> str:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""
    color = QColor(background)
    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    luminance = 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())
    return "#000000" if luminance > 0.35 else "#ffffff"


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text, mid = QColor("#1f2125"), QColor("#2a2d32"), QColor("#e6e6e6"), QColor("#3a3e44")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26292d"))
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, window)
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, mid)
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#3d6fb4"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        palette.setColor(group, QPalette.ColorRole.Mid, mid)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor("#7a7f86"))
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply 'light', 'dark' or 'system'; returns True when the result is dark."""
    app.setStyle(QStyleFactory.create("Fusion"))
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    app.setProperty("atlas_dark", dark)
    return dark


def is_dark(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()  # type: ignore[assignment]
    return bool(app and app.property("atlas_dark"))
