"""Painting list cells: colored badges for openness grades, MOF classes and verdicts; colored tag chips."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.list_model import COLOR_ROLE
from desktop.theme import text_color_on

Index = QModelIndex | QPersistentModelIndex


def paint_chip(painter: QPainter, rect: QRect, text: str, color: QColor, metrics: QFontMetrics) -> int:
    """Draw one rounded chip at the left of `rect`; returns its width."""
    width = min(metrics.horizontalAdvance(text) + 12, max(rect.width(), 0))
    if width <= 12:
        return 0
    height = min(metrics.height() + 4, rect.height() - 2)
    chip = QRectF(rect.left(), rect.center().y() - height / 2 + 1, width, height)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(chip, height / 2, height / 2)
    painter.setPen(QColor(text_color_on(color.name())))
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width - 10))
    painter.drawText(chip.adjusted(5, 0, -5, 0), Qt.AlignmentFlag.AlignCenter, shown)
    return int(width)


def fitting_chips(names: list[str], metrics: QFontMetrics, width: int) -> tuple[list[str], int]:
    """The chips that fit whole in `width` (the first is cut rather than dropped) and how many are left over.

    Left-over chips are announced as "+N" so a narrow column never hides tags without saying so.
    """
    shown: list[str] = []
    used = 0
    for position, name in enumerate(names):
        chip = metrics.horizontalAdvance(name) + 12
        rest = len(names) - position - 1
        more = metrics.horizontalAdvance(f"+{rest}") + 4 if rest else 0
        if shown and used + chip + more > width:
            return shown, len(names) - position
        shown.append(name)
        used += chip + 4
    return shown, 0


class BadgeDelegate(QStyledItemDelegate):
    """Cells whose model gives a COLOR_ROLE: one badge (a QColor) or a row of chips (a list of name/color)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        color = index.data(COLOR_ROLE)
        if color is None:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else QApplication.style()
        text_option = QStyleOptionViewItem(option)
        self.initStyleOption(text_option, index)
        text_option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        rect = option.rect.adjusted(4, 0, -4, 0)
        if isinstance(color, list):
            colors = dict(color)
            shown, hidden = fitting_chips([name for name, _ in color], metrics, rect.width())
            for name in shown:
                used = paint_chip(painter, rect, name, colors[name], metrics)
                if not used:
                    break
                rect.setLeft(rect.left() + used + 4)
            if hidden:  # the rest in words (the full list is in the cell's tooltip)
                selected = bool(option.state & QStyle.StateFlag.State_Selected)
                painter.setPen(option.palette.color(
                    QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), f"+{hidden}")
        else:
            paint_chip(painter, rect, str(index.data() or ""), color, metrics)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 16, max(hint.height(), QFontMetrics(option.font).height() + 8))
