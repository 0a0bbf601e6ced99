"""A chart view a keyboard can walk: arrow keys move between its points or bars, Enter picks one (as a click
does), and the mark under the keyboard is announced to assistive technology and written out beside the chart."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QFocusEvent, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QWidget

PAGE_STEP = 10  # marks skipped by Page Up / Page Down


@dataclass(frozen=True)
class Mark:
    """One thing drawn on a chart that a click picks: its words, how to show it as the current one, and what
    picking it does (the very handler a mouse click runs)."""

    text: str
    pick: Callable[[], None]
    highlight: Callable[[bool], None]


class KeyboardChartView(QChartView):
    """Left/Right or Up/Down step through the marks, Page Up/Down jump ten, Home/End go to the ends; Enter or
    Space picks the current mark. `currentChanged(text)` follows the keyboard; the view's accessible name says
    which mark is current and its accessible description sums up the whole chart."""

    currentChanged = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.marks: list[Mark] = []
        self.current = -1
        self.summary = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)

    def set_marks(self, marks: list[Mark], summary: str) -> None:
        """A redrawn chart's marks, in reading order; the current one is forgotten (its items are gone)."""
        self.marks = marks
        self.current = -1
        self.summary = summary
        self.setAccessibleName(self.title)
        self.setAccessibleDescription(summary)
        self.currentChanged.emit("")

    def current_mark(self) -> Mark | None:
        return self.marks[self.current] if 0 <= self.current < len(self.marks) else None

    def move_to(self, position: int) -> None:
        if not self.marks:
            return
        position = max(0, min(len(self.marks) - 1, position))
        previous = self.current_mark()
        if previous is not None:
            previous.highlight(False)
        self.current = position
        mark = self.marks[position]
        mark.highlight(True)
        text = QCoreApplication.translate("chart_keys", "{position} of {count}: {mark}").format(
            position=position + 1, count=len(self.marks), mark=mark.text)
        self.setAccessibleName(f"{self.title} — {text}")
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.NameChanged))
        self.currentChanged.emit(text)
        self.viewport().update()

    def pick(self) -> bool:
        mark = self.current_mark()
        if mark is None:
            return False
        mark.pick()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, last = event.key(), len(self.marks) - 1
        steps = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1,
                 Qt.Key.Key_PageDown: PAGE_STEP, Qt.Key.Key_PageUp: -PAGE_STEP}
        no_modifier = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if not self.marks or not no_modifier:
            super().keyPressEvent(event)
        elif key in steps:
            self.move_to(0 if self.current < 0 else self.current + steps[Qt.Key(key)])
        elif key == Qt.Key.Key_Home:
            self.move_to(0)
        elif key == Qt.Key.Key_End:
            self.move_to(last)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.current < 0:
                self.move_to(0)
            else:
                self.pick()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self.marks:
            self.move_to(0)  # a person arriving by Tab hears where they are at once
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # the style's focus ring around the whole chart, as around any focused widget
            painter = QPainter(self.viewport())
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            option.rect = self.viewport().rect()
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
            painter.end()
