"""Line edits wide enough for their placeholder, so the hint that says what to type is never cut off."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


def fit_placeholder(line: QLineEdit, at_least: int = 0) -> None:
    """Give `line` a minimum width that shows its (translated) placeholder whole, plus its frame, margins and clear
    button; never less than `at_least`."""
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    text = line.fontMetrics().horizontalAdvance(line.placeholderText())
    margins = line.textMargins()
    room = 2 * line.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, line) + 8  # Qt's padding
    room += margins.left() + margins.right()
    if line.isClearButtonEnabled():
        room += line.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, line) + 8
    line.setMinimumWidth(max(at_least, text + room))
