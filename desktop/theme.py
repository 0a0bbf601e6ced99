"""Colors and palettes: the openness scale, MOF classes, verdicts; the light, dark and high-contrast themes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QTableView,
    QWidget,
)

from db.vocab import OpennessGrade
from desktop.i18n import QT_TRANSLATE_NOOP

THEMES = ("system", "light", "dark", "high-contrast")
"""The Preferences choices; "system" follows the platform's light or dark scheme."""
HIGH_CONTRAST = "high-contrast"
FOCUS_PEN_WIDTH = 2  # a focus ring thinner than this is lost on a high-DPI screen

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
MOF_SHORT: dict[int, str] = {0: "—", 3: QT_TRANSLATE_NOOP("theme", "Class III"),
                             2: QT_TRANSLATE_NOOP("theme", "Class II"), 1: QT_TRANSLATE_NOOP("theme", "Class I")}
"""Short MOF class names (translated where shown: translate("theme", MOF_SHORT[n]))."""
VERDICT_COLORS: dict[str, str] = {"adopt": "#2e9a52", "trial": "#3d85c6", "assess": "#c9a227", "hold": "#b03a2e"}
ERROR_RED = "#c0392b"  # the light theme's error text; error_color adapts it to the others
CLAUSE_COLORS: dict[str, str] = {"good": "#2e9a52", "mixed": "#c9a227", "bad": "#b03a2e", "unknown": "#8a8f98"}


def relative_luminance(color: QColor | str) -> float:
    """WCAG 2 relative luminance of a color, 0 (black) to 1 (white)."""
    color = QColor(color)

    def channel(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast_ratio(first: QColor | str, second: QColor | str) -> float:
    """WCAG contrast ratio, 1 (none) to 21 (black on white); text wants 4.5, outlines and icons 3."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def text_color_on(background: str) -> str:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""
    return "#000000" if relative_luminance(background) > 0.35 else "#ffffff"


def blend(front: QColor, back: QColor, amount: float) -> QColor:
    """`amount` of `front` over `back` (0: back, 1: front)."""
    return QColor(round(front.red() * amount + back.red() * (1 - amount)),
                  round(front.green() * amount + back.green() * (1 - amount)),
                  round(front.blue() * amount + back.blue() * (1 - amount)))


def toned(front: QColor, back: QColor, minimum_contrast: float, start: float = 0.55) -> QColor:
    """The faintest blend of `front` over `back` from `start` on that still reaches `minimum_contrast`."""
    amount = start
    color = blend(front, back, amount)
    while contrast_ratio(color, back) < minimum_contrast and amount < 1:
        amount = min(1.0, amount + 0.05)
        color = blend(front, back, amount)
    return color


def muted_text(palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """Secondary text (e.g. the query beside the chips): quieter than text, still readable (contrast ≥ 4.5)."""
    return toned(palette.color(QPalette.ColorRole.WindowText), palette.color(background), 4.5)


def error_color(palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Window,
                minimum_contrast: float = 4.5) -> QColor:
    """Error text: red, drawn toward the theme's text color just enough to read on `background` (contrast ≥ 4.5;
    the plain red is 3.9:1 on the high-contrast theme's black)."""
    red, back, text = QColor(ERROR_RED), palette.color(background), palette.color(QPalette.ColorRole.WindowText)
    amount, color = 0.0, red
    while contrast_ratio(color, back) < minimum_contrast and amount < 1:
        amount = min(1.0, amount + 0.05)
        color = blend(text, red, amount)
    return color


def error_style(palette: QPalette) -> str:
    """The style sheet of a label that shows an error, in the current theme."""
    return f"color: {error_color(palette).name()};"


def error_html(palette: QPalette, text: str, background: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """`text` (already HTML) as error text of a rich-text label or page, in the current theme."""
    return f"<span style='color:{error_color(palette, background).name()}'>{text}</span>"


def outline(palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """Outlines that must be seen (checkbox indicators, chips): contrast ≥ 3 against their background."""
    return toned(palette.color(QPalette.ColorRole.Text), palette.color(background), 3.0, start=0.35)


def focus_color(palette: QPalette) -> QColor:
    """The focus ring's color: the selection color when it stands out from the window (contrast ≥ 3, as WCAG asks
    of a focus indicator), else the link color, else the text color."""
    window = palette.color(QPalette.ColorRole.Window)
    for role in (QPalette.ColorRole.Highlight, QPalette.ColorRole.Link, QPalette.ColorRole.WindowText):
        color = palette.color(QPalette.ColorGroup.Active, role)
        if contrast_ratio(color, window) >= 3 and contrast_ratio(color, palette.color(QPalette.ColorRole.Base)) >= 3:
            return color
    return palette.color(QPalette.ColorRole.WindowText)


class AtlasStyle(QProxyStyle):
    """Fusion, with checkbox outlines and focus rings drawn so that they stand out in every theme.

    Fusion outlines a checkbox with the window color darkened, which on a dark palette is nearly the color
    of the list behind it: unchecked facets vanished. Its focus rectangle is a faint, half-transparent line:
    a person working from the keyboard lost track of where the focus was, so it is drawn solid and two pixels
    wide, in `focus_color`.
    """

    def polish(self, target: Any) -> Any:  # Qt's three overloads (widget, palette, application) in one method
        if isinstance(target, QTableView):
            # Qt's tables keep Tab for moving between cells: a keyboard user could not Tab out of the list or the
            # comparison. The arrow keys move between cells; Tab goes on to the next control, as everywhere else.
            target.setTabKeyNavigation(False)
        return super().polish(target)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            draw_focus_ring(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.translate(0.5, 0.5)
            painter.setPen(outline(option.palette))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
            painter.restore()

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter,
                    widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        # Fusion shows a focused push button by tinting its outline only; tool buttons not at all
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            ring = QStyleOption(option)
            ring.rect = option.rect.adjusted(1, 1, -1, -1)
            draw_focus_ring(painter, ring)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton and option.state & QStyle.StateFlag.State_HasFocus:
            draw_focus_ring(painter, option)


def draw_focus_ring(painter: QPainter, option: QStyleOption) -> None:
    """A solid ring inside `option.rect`, in the focus color of the option's palette."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(focus_color(option.palette), FOCUS_PEN_WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(1, 1, -2, -2))  # the 2-pixel line lies wholly inside the rect
    painter.restore()


def _dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text, mid = QColor("#1f2125"), QColor("#2a2d32"), QColor("#e6e6e6"), QColor("#3a3e44")
    # the disabled group too: left at Qt's light defaults, a disabled button was drawn light grey, brighter than an
    # enabled one (its text is dimmed below)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
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
        palette.setColor(disabled, role, QColor("#8e939a"))  # dimmer than text, still read on a button (2.5:1)
    return palette


def _light_palette(style: QStyle) -> QPalette:
    """Fusion's light palette, with a selection dark enough for white text on it (contrast ≥ 4.5)."""
    palette = style.standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2b6cb0"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    return palette


def _high_contrast_palette() -> QPalette:
    """White text on black, a yellow selection with black text on it, cyan links: every pair 7:1 or more
    (WCAG AAA), disabled text still 4.5:1, and the same in every color group."""
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase,
                     QPalette.ColorRole.Button, QPalette.ColorRole.ToolTipBase, QPalette.ColorRole.Shadow):
            palette.setColor(group, role, black)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.ToolTipText, QPalette.ColorRole.BrightText):
            palette.setColor(group, role, white)
        palette.setColor(group, QPalette.ColorRole.Highlight, yellow)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, black)
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#00ffff"))
        palette.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#ff80ff"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#c8c8c8"))
        # Fusion draws frames and separators from these: white lines, so every field and button shows its edge
        for role in (QPalette.ColorRole.Mid, QPalette.ColorRole.Dark, QPalette.ColorRole.Light,
                     QPalette.ColorRole.Midlight):
            palette.setColor(group, role, white)
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor("#a0a0a0"))  # dimmed, still 8:1 on black
    return palette


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolved_theme(theme: str) -> str:
    """'light', 'dark' or 'high-contrast': what `theme` (a Preferences choice) shows now."""
    if theme in ("light", "dark", HIGH_CONTRAST):
        return theme
    return "dark" if system_prefers_dark() else "light"


def apply_theme(app: QApplication, theme: str) -> bool:
    """Apply 'light', 'dark', 'high-contrast' or 'system'; returns True when the result is dark (high contrast is
    white on black: pages built for a dark background suit it)."""
    if not isinstance(app.style(), AtlasStyle):
        app.setStyle(AtlasStyle(QStyleFactory.create("Fusion")))
    shown = resolved_theme(theme)
    dark = shown in ("dark", HIGH_CONTRAST)
    # set before the palette, so widgets repainting on the change see them
    app.setProperty("atlas_dark", dark)
    app.setProperty("atlas_theme", shown)
    palette = {"dark": _dark_palette, HIGH_CONTRAST: _high_contrast_palette}.get(shown)
    app.setPalette(palette() if palette is not None else _light_palette(app.style()))
    return dark


def is_dark(app: QApplication | None = None) -> bool:
    app = app or QApplication.instance()  # type: ignore[assignment]
    return bool(app and app.property("atlas_dark"))


def current_theme(app: QApplication | None = None) -> str:
    """'light', 'dark' or 'high-contrast', as last applied ('light' before any)."""
    app = app or QApplication.instance()  # type: ignore[assignment]
    return str(app.property("atlas_theme") or "light") if app else "light"


def is_high_contrast(app: QApplication | None = None) -> bool:
    return current_theme(app) == HIGH_CONTRAST
