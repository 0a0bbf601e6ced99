"""Action icons from one maintained set (Material Design Icons, the font qtawesome ships), colored by the current
theme.

Each icon is painted in the palette's text color at the moment it is drawn, so a toolbar made in the light
theme turns light-on-dark when the theme switches, with no icon rebuilt. The glyphs are drawn from qtawesome's copy
of the font the way qtawesome draws them, without importing qtawesome: with qtpy and its eleven other fonts that
cost a quarter of a second of the window's first paint. The application icon is resources/icons/app.svg (see
resources/icons/README.md for licenses).
"""

from __future__ import annotations

import importlib.util
import json
import os
from functools import cache
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
APP_ICON = ICONS_DIR / "app.svg"

GLYPHS: dict[str, str] = {
    # files and catalogs
    "open": "mdi6.folder-open-outline",
    "new": "mdi6.file-plus-outline",
    "save": "mdi6.content-save-outline",
    "export": "mdi6.export",
    "import": "mdi6.import",
    "merge": "mdi6.source-merge",
    "backup": "mdi6.backup-restore",
    "catalog": "mdi6.bookshelf",
    "refresh": "mdi6.refresh",
    "reindex": "mdi6.database-refresh-outline",
    "quit": "mdi6.exit-to-app",
    # editing and tags
    "add": "mdi6.plus",
    "edit": "mdi6.pencil-outline",
    "delete": "mdi6.delete-outline",
    "copy": "mdi6.content-copy",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "tag": "mdi6.tag-outline",
    "tags": "mdi6.tag-multiple-outline",
    "cancel": "mdi6.close-circle-outline",
    # finding and reading
    "search": "mdi6.magnify",
    "saved-search": "mdi6.bookmark-outline",
    "filter": "mdi6.filter-outline",
    "back": "mdi6.arrow-left",
    "forward": "mdi6.arrow-right",
    "detail": "mdi6.file-document-outline",
    "list": "mdi6.table-large",
    # analysis
    "evaluate": "mdi6.clipboard-check-outline",
    "compare": "mdi6.compare-horizontal",
    "charts": "mdi6.chart-bar",
    "timeline": "mdi6.chart-timeline-variant",
    "use-case": "mdi6.briefcase-check-outline",
    "rules": "mdi6.scale-balance",
    "conflicts": "mdi6.alert-outline",
    # the application
    "preferences": "mdi6.cog-outline",
    "help": "mdi6.help-circle-outline",
    "getting-started": "mdi6.lightbulb-on-outline",
    "about": "mdi6.information-outline",
}
"""Icon names used by the desktop → glyphs of one set, so every icon shares one style."""

ALIASES = {"export-file": "export", "reload": "refresh", "settings": "preferences", "usecase": "use-case",
           "find": "search", "remove": "delete", "conflict": "conflicts", "chart": "charts"}


def _color_for(mode: QIcon.Mode) -> QColor:
    """The current theme's text color for a mode: disabled icons fade like disabled text, selected ones invert."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorRole.ButtonText)


GLYPH_SCALE = 0.875
"""Glyph size over icon height, as qtawesome draws it (room for the font's bearing)."""


@cache
def icon_font() -> tuple[str, dict[str, str]]:
    """The family of the Material Design Icons 6 font (loaded once) and its glyphs: name → code point in hex."""
    spec = importlib.util.find_spec("qtawesome")  # where the package is; it is not imported
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("qtawesome, which ships the icon font, is not installed")
    fonts = Path(next(iter(spec.submodule_search_locations))) / "fonts"
    font_file = fonts / max(name for name in os.listdir(fonts)
                            if name.startswith("materialdesignicons6-webfont-") and name.endswith(".ttf"))
    charmap = font_file.with_name(font_file.name.replace("webfont-", "webfont-charmap-")).with_suffix(".json")
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise RuntimeError(f"the icon font {font_file} cannot be loaded")
    return families[0], json.loads(charmap.read_text(encoding="utf-8"))


class ThemedIconEngine(QIconEngine):
    """Paints one glyph in the color the theme gives its mode, at paint time."""

    def __init__(self, glyph: str) -> None:
        super().__init__()
        self.glyph = glyph

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        family, codes = icon_font()  # the font loads with the first icon painted, not at import
        font = QFont(family)
        font.setPixelSize(max(1, round(GLYPH_SCALE * rect.height())))
        painter.save()
        painter.setPen(_color_for(mode))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chr(int(codes[self.glyph.removeprefix("mdi6.")], 16)))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.glyph)

    def key(self) -> str:
        return "atlas-themed"


def icon(name: str) -> QIcon:
    """The icon for an action name (see GLYPHS); an unknown name is a programming error, not a blank button."""
    key = ALIASES.get(name, name)
    if key not in GLYPHS:
        raise KeyError(f"no icon named {name!r}; known: {', '.join(sorted(GLYPHS))}")
    return QIcon(ThemedIconEngine(GLYPHS[key]))


def app_icon() -> QIcon:
    """The application's icon (window title bars, task switchers, the About box)."""
    return QIcon(str(APP_ICON))
