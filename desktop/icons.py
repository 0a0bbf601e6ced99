"""Action icons from one maintained set (Material Design Icons via qtawesome), colored by the current theme.

Each icon is painted in the palette's text color at the moment it is drawn, so a toolbar made in the light
theme turns light-on-dark when the theme switches, with no icon rebuilt. The application icon is
resources/icons/app.svg (see resources/icons/README.md for licenses).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

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


class ThemedIconEngine(QIconEngine):
    """Paints one glyph in the color the theme gives its mode, at paint time."""

    def __init__(self, glyph: str) -> None:
        super().__init__()
        self.glyph = glyph

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        import qtawesome  # the icon font loads with the first icon painted, not at import

        color = _color_for(mode).name()
        # qtawesome caches an icon per (glyph, options): at most one per theme color, never one per paint.
        qtawesome.icon(self.glyph, color=color, color_disabled=color).paint(
            painter, rect, Qt.AlignmentFlag.AlignCenter, QIcon.Mode.Normal, state)

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
