"""Line edits wide enough for their placeholder, so the hint that says what to type is never cut off: sized to show it
whole, or, where the room is not there, shown shortened with "…" and whole in the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def text_padding(line: QLineEdit) -> int:
    """How much of `line`'s width is not for text: its frame, margins and clear button."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    margins = line.textMargins()
    room = 2 * line.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, line) + 8  # Qt's padding
    room += margins.left() + margins.right()
    if line.isClearButtonEnabled():
        room += line.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, line) + 8
    return room


def placeholder_width(line: QLineEdit, text: str | None = None) -> int:
    """The width `line` needs to show `text` (its placeholder when None) whole."""
    shown = line.placeholderText() if text is None else text
    return line.fontMetrics().horizontalAdvance(shown) + text_padding(line)


def fit_placeholder(line: QLineEdit, at_least: int = 0) -> None:
    """Give `line` a minimum width that shows its (translated) placeholder whole, plus its frame, margins and clear
    button; never less than `at_least`."""
    line.setMinimumWidth(max(at_least, placeholder_width(line)))


class ElidedPlaceholder(QObject):
    """Shows `hint` as `line`'s placeholder, whole when the field is wide enough; on a narrower field it ends in "…"
    and the tooltip has it whole. For a field that must stay narrow rather than widen its page."""

    def __init__(self, line: QLineEdit, hint: str) -> None:
        super().__init__(line)
        self.line, self.hint = line, hint
        line.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange):
            self.refresh()
        return False

    def refresh(self) -> None:
        room = max(0, self.line.width() - text_padding(self.line))
        shown = self.line.fontMetrics().elidedText(self.hint, Qt.TextElideMode.ElideRight, room)
        self.line.setPlaceholderText(shown)
        self.line.setToolTip("" if shown == self.hint else self.hint)
