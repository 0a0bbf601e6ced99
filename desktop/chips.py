"""Active filters shown as removable chips, with the equivalent query text beside them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel, QSizePolicy, QStyle, QStyleOptionFocusRect, QVBoxLayout, QWidget

from db.list_filter import STALE_FACET, ListFilter
from desktop.flow_layout import FlowLayout
from desktop.i18n import translate, vocab
from desktop.sidebar import facet_label
from desktop.theme import muted_text, outline

QUERY_FIELD = {"openness": "openness", "jurisdiction": "jurisdiction", "org": "org", "license_family": "license",
               "status": "status", "verdict": "verdict", "evaluator": "author", "mof_class": "mof"}


def _quote(value: str) -> str:
    return f'"{value}"' if any(c.isspace() for c in value) else value


def filter_as_query(flt: ListFilter) -> str:
    """The search-language text equivalent to a list filter, so users learn the syntax by clicking."""
    parts = [f"kind:{flt.kind}"]
    for name, values in flt.facets.items():
        if name == STALE_FACET:
            continue  # not a field of the search language: its chip says it
        field = QUERY_FIELD.get(name, name)
        if len(values) == 1:
            parts.append(f"{field}:{_quote(values[0])}")
        elif values:
            parts.append("(" + " OR ".join(f"{field}:{_quote(v)}" for v in values) + ")")
    parts += [f"tag:{_quote(t)}" for t in flt.tags_include]
    parts += [f"-tag:{_quote(t)}" for t in flt.tags_exclude]
    if flt.text.strip():
        parts.append(_quote(flt.text.strip()))
    return " ".join(parts)


class Chip(QAbstractButton):
    """One removable filter: a rounded outline, its text (cut with … when the pane is narrow) and a ✕.

    Painted from the current palette at every paint, so it follows a theme switch (a style sheet with
    `palette(...)` keeps the colors of the theme it was set under: chip text stayed faded after dark → light).
    """

    PADDING = 8
    MINIMUM_TEXT = 60  # the least text width a chip keeps before it is cut

    def __init__(self, text: str, parent: QWidget | None = None, *, removable: bool = True) -> None:
        super().__init__(parent)
        self.setText(text)
        self.removable = removable
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover, True)

    def label(self) -> str:
        return f"{self.text()}{self._mark()}"

    def _mark(self) -> str:
        return "  ✕" if self.removable else ""

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = metrics.horizontalAdvance(self.text()) + metrics.horizontalAdvance(self._mark())
        return QSize(width + 2 * self.PADDING + 4, metrics.height() + 6)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        return QSize(min(hint.width(), self.MINIMUM_TEXT + 2 * self.PADDING), hint.height())

    def shown_text(self) -> str:
        """The text as painted: whole, or cut with … to the chip's width (the ✕ always stays)."""
        return self._elided() + self._mark()

    def _elided(self) -> str:
        metrics = QFontMetrics(self.font())
        room = self.width() - 2 * self.PADDING - metrics.horizontalAdvance(self._mark())
        return metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, max(room, 0))

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = frame.height() / 2
        if self.isDown() or self.underMouse():
            painter.setBrush(palette.color(QPalette.ColorRole.Button))
        else:
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.setPen(outline(palette, QPalette.ColorRole.Window))
        painter.drawRoundedRect(frame, radius, radius)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        inside = self.rect().adjusted(self.PADDING, 0, -self.PADDING, 0)
        painter.drawText(inside, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self._elided())
        painter.drawText(inside, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), self._mark())
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.rect().adjusted(2, 2, -2, -2)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
        painter.end()


class QueryLabel(QLabel):
    """The filter in the search language, in a quiet color that stays readable in both themes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # The query text can be long: it must never widen the window, only be cut (full text in the tooltip).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._toning = False
        self._tone()

    def _tone(self) -> None:
        """Muted text computed from the application's palette, again at every theme switch."""
        palette = QPalette(QGuiApplication.palette())
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText, muted_text(palette))
        self.setPalette(palette)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A top-level widget hears ApplicationPaletteChange, a child the PaletteChange passed down by its parent.
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange) and not self._toning:
            self._toning = True  # setting the palette sends PaletteChange again
            self._tone()
            self._toning = False
        return handled


class FilterChips(QWidget):
    """Emits `removed(type, name, value)` for facet chips and `removed('tag', mode, name)` for tags.

    The chips wrap onto more lines when the list pane is narrow; they never widen it.
    """

    removed = Signal(str, str, str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 2, 4, 2)
        outer.setSpacing(2)
        self._row = QWidget(self)
        self._layout = FlowLayout(self._row, spacing=4)
        self._layout.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._row)
        self.query_label = QueryLabel(self)
        outer.addWidget(self.query_label)
        self.chips: list[QAbstractButton] = []
        self.setVisible(False)

    def show_filter(self, flt: ListFilter) -> None:
        for chip in self.chips:
            self._layout.removeWidget(chip)
            chip.hide()  # gone now: deleteLater waits for the event loop, and a stale chip would show meanwhile
            chip.deleteLater()
        self.chips.clear()
        from db.queries import KIND_QUERIES  # filters show once an atlas is open, and the ORM with it

        labels = KIND_QUERIES[flt.kind].facet_labels | {"org": "Developer"}
        for name, values in flt.facets.items():
            for value in values:
                if name == STALE_FACET:  # "Not verified in 180 days" says it all
                    self._chip(facet_label(name, value), "facet", name, value)
                    continue
                self._chip(f"{vocab(labels.get(name, name))}: {facet_label(name, value or None)}", "facet", name, value)
        for tag in flt.tags_include:
            self._chip(translate("chips", "tag: {tag}").format(tag=tag), "tag", "include", tag)
        for tag in flt.tags_exclude:
            self._chip(translate("chips", "not tag: {tag}").format(tag=tag), "tag", "exclude", tag)
        if flt.text.strip():
            self._chip(translate("chips", "name contains “{text}”").format(text=flt.text.strip()), "text", "", "")
        if flt.uuids is not None:  # e.g. the models behind a chart point
            count = len(flt.uuids)
            self._chip(translate("chips", "%n chosen entry(s)", "", count), "uuids", "", "")
        if self.chips:
            clear = Chip(translate("chips", "Clear all"), self._row, removable=False)
            clear.setToolTip(translate("chips", "Remove every filter"))
            clear.setAccessibleName(translate("chips", "Clear all filters"))
            clear.clicked.connect(self.cleared.emit)
            self._layout.addWidget(clear)
            self.chips.append(clear)
        query = filter_as_query(flt)
        self.query_label.setText(query)
        self.query_label.setToolTip(translate("chips", "The same filter in the search language:") + f"\n{query}")
        self.setVisible(bool(self.chips))
        self._layout.invalidate()
        self.updateGeometry()

    def _chip(self, text: str, kind: str, name: str, value: str) -> None:
        chip = Chip(text, self._row)
        chip.setToolTip(f"{text}\n" + translate("chips", "Click to remove this filter"))
        chip.setAccessibleName(translate("chips", "Remove filter {filter}").format(filter=text))
        chip.clicked.connect(lambda: self.removed.emit(kind, name, value))
        self._layout.addWidget(chip)
        self.chips.append(chip)
        chip.show()
