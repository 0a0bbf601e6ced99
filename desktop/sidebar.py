"""The sidebar: kinds with counts, facets of the current kind, colored tags (include or exclude), saved searches."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from db.fields import KIND_LABELS
from db.list_filter import STALE_FACET
from db.vocab import OpennessGrade
from desktop.i18n import local_count, translate, vocab, vocab_noun
from desktop.keyboard_menu import open_menu_at_current_item
from desktop.theme import MOF_SHORT, relative_luminance

KIND_ORDER = ("model", "organization", "license", "policy_note", "note", "evaluation")
COUNT_KEY = {"model": "models", "organization": "organizations", "license": "licenses",
             "policy_note": "policy_notes", "note": "notes", "evaluation": "evaluations"}
ROLE_TYPE = Qt.ItemDataRole.UserRole + 10
ROLE_VALUE = Qt.ItemDataRole.UserRole + 11
ROLE_FACET = Qt.ItemDataRole.UserRole + 12
ROLE_EXCLUDED = Qt.ItemDataRole.UserRole + 13
EXCLUDED_COLORS = ("#b03a2e", "#e8796d")
"""Text of an excluded tag on a light and on a dark list: both read at a contrast of 4.5 or more."""


def color_icon(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def facet_label(facet: str, value: str | None) -> str:
    if value is None or value == "":
        return translate("sidebar", "(not recorded)")
    if facet == "openness":
        try:
            return vocab(OpennessGrade(value).label)
        except ValueError:
            return value
    if facet == STALE_FACET:
        days = int(value) if value.isdigit() else 0
        return translate("sidebar", "Not verified in %n days", "", days)  # "day(s)" would read "daies"
    if facet == "mof_class":
        if value.isdigit() and value != "0":
            return translate("theme", MOF_SHORT.get(int(value), value))
        return translate("sidebar", "Unclassified")
    if facet in ("license_family", "org_kind", "business_model", "status", "verdict", "commercial_use",
                 "confidence"):
        shown = vocab(value)  # the vocabulary's word, else the identifier in words
        return shown if shown != value else value.replace("-", " ")
    return value


def elide_label(text: str, metrics: QFontMetrics, width: int) -> str:
    """Cut a label to `width` keeping what tells similar labels apart.

    Grades read "Open weights, restricted" / "Open weights, unrestricted": cut at the end (or the middle), both
    become "Open wei…"; the part after the last comma is kept whole and the part before it is cut instead.
    """
    if metrics.horizontalAdvance(text) <= width:
        return text
    head, comma, tail = text.rpartition(", ")
    if not comma:
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    room = width - metrics.horizontalAdvance(comma + tail)
    if room >= metrics.horizontalAdvance("Op…"):
        return metrics.elidedText(head, Qt.TextElideMode.ElideRight, room) + comma + tail
    return metrics.elidedText("…" + tail, Qt.TextElideMode.ElideRight, width)


class SidebarDelegate(QStyledItemDelegate):
    """Paints sidebar rows with labels cut by elide_label (the full label is in the tooltip)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        widget = styled.widget
        style = widget.style() if widget is not None else QApplication.style()
        if index.column() == 0 and styled.text:
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, styled, widget)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            styled.text = elide_label(styled.text, QFontMetrics(styled.font),
                                      text_rect.width() - 2 * margin)
        if index.data(ROLE_EXCLUDED):  # red from the theme painted now, not the one of the theme it was made in
            background = styled.palette.color(QPalette.ColorRole.Base)
            red = EXCLUDED_COLORS[1] if relative_luminance(background) < 0.4 else EXCLUDED_COLORS[0]
            styled.palette.setColor(QPalette.ColorRole.Text, QColor(red))
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)


class Sidebar(QTreeWidget):
    kindSelected = Signal(str)
    facetToggled = Signal(str, str, bool)
    tagToggled = Signal(str, str)
    savedSearchActivated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setRootIsDecorated(False)  # the four sections stay open: their arrows only took room from the labels
        self.setUniformRowHeights(True)
        self.setAccessibleName(translate("sidebar", "Sidebar"))
        self.setIndentation(14)  # three levels deep (Filter ▸ Openness ▸ value): keep the room for the words
        self.setItemDelegate(SidebarDelegate(self))  # labels cut so that similar ones stay apart
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, self.header().ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, self.header().ResizeMode.ResizeToContents)
        self._kinds = QTreeWidgetItem(self, [translate("sidebar", "Library")])
        self._facets = QTreeWidgetItem(self, [translate("sidebar", "Filter")])
        self._tags = QTreeWidgetItem(self, [translate("sidebar", "Tags")])
        self._saved = QTreeWidgetItem(self, [translate("sidebar", "Saved searches")])
        bold = QFont(self.font())
        bold.setBold(True)
        for group in (self._kinds, self._facets, self._tags, self._saved):
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
        self._kind_items: dict[str, QTreeWidgetItem] = {}
        for kind in KIND_ORDER:
            item = QTreeWidgetItem(self._kinds, [vocab(KIND_LABELS[kind][1]), ""])
            item.setData(0, ROLE_TYPE, "kind")
            item.setData(0, ROLE_VALUE, kind)
            self._kind_items[kind] = item
        # A click anywhere on a row (its checkbox indicator included) toggles it through _on_click, and so do
        # Space and Enter; facet rows are therefore not user-checkable, so Qt never toggles them a second time.
        self.itemClicked.connect(self._on_click)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_menu)
        open_menu_at_current_item(self)  # the Menu key / Shift+F10: the current tag's menu
        self._updating = False
        # value → place, per (kind, facet), from the first time the facet was shown: counts under other filters
        # change as a person ticks boxes, and a list re-ranked by them moved the row under the mouse
        self._facet_order: dict[tuple[str, str], dict[str, int]] = {}

    # ---- filling -------------------------------------------------------------------------------

    def set_counts(self, counts: dict[str, int]) -> None:
        for kind, item in self._kind_items.items():
            item.setText(1, local_count(counts.get(COUNT_KEY[kind], 0)))

    def set_current_kind(self, kind: str) -> None:
        item = self._kind_items.get(kind)
        if item is not None:
            self._updating = True
            self.setCurrentItem(item)
            self._updating = False

    def set_facets(self, kind: str, facets: dict[str, list[tuple[str | None, int]]], labels: dict[str, str],
                   active: dict[str, tuple[str, ...]]) -> None:
        self._facets.takeChildren()
        self._facets.setText(0, translate("sidebar", "Filter {kinds}").format(kinds=vocab_noun(KIND_LABELS[kind][1])))
        for name, values in facets.items():
            if name == "tags" or not values:
                continue
            title = translate("sidebar", "Freshness") if name == STALE_FACET else vocab(labels.get(name, name))
            group = QTreeWidgetItem(self._facets, [title, ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            chosen = set(active.get(name, ()))
            order = self._facet_order.setdefault((kind, name), {})
            for value, _count in values:
                order.setdefault("" if value is None else value, len(order))
            for value, count in sorted(values, key=lambda pair: order["" if pair[0] is None else pair[0]]):
                key = "" if value is None else value
                item = QTreeWidgetItem(group, [facet_label(name, value), local_count(count)])
                item.setData(0, ROLE_TYPE, "facet")
                item.setData(0, ROLE_FACET, name)
                item.setData(0, ROLE_VALUE, key)
                item.setCheckState(0, Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(0, translate("sidebar", "Show only entries with {facet} {value}").format(
                    facet=vocab(labels.get(name, name)), value=facet_label(name, value)))
            group.setExpanded(bool(chosen) or name in ("openness", "jurisdiction", "status", "verdict", STALE_FACET))

    def set_tags(self, counts: list[tuple[str | None, int]], colors: dict[str, str], include: tuple[str, ...],
                 exclude: tuple[str, ...]) -> None:
        current = self.currentItem()
        kept = current.data(0, ROLE_VALUE) if current is not None and current.data(0, ROLE_TYPE) == "tag" else None
        self._tags.takeChildren()
        counted = dict(counts)
        for name in sorted(colors, key=str.lower):
            item = QTreeWidgetItem(self._tags, [name, f"{counted.get(name, 0):,}"])
            item.setIcon(0, color_icon(colors[name]))
            item.setData(0, ROLE_TYPE, "tag")
            item.setData(0, ROLE_VALUE, name)
            font = QFont(self.font())
            if name in include:
                font.setBold(True)
                item.setText(0, f"＋ {name}")
            elif name in exclude:
                font.setStrikeOut(True)
                item.setText(0, f"− {name}")
                item.setData(0, ROLE_EXCLUDED, True)
            item.setFont(0, font)
            item.setToolTip(0, translate("sidebar", "Click: show only entries with this tag · "
                                                    "Right-click or Menu key: exclude it"))
            if name == kept:  # the keyboard stays on the tag it just included or excluded
                self.setCurrentItem(item)

    def set_saved_searches(self, searches: list[dict[str, Any]]) -> None:
        self._saved.takeChildren()
        for search in searches:
            item = QTreeWidgetItem(self._saved, [search["name"], ""])
            item.setData(0, ROLE_TYPE, "saved")
            item.setData(0, ROLE_VALUE, search["uuid"])
            item.setData(0, ROLE_FACET, search.get("query", ""))
            item.setToolTip(0, search.get("query", ""))
        self._saved.setHidden(not searches)

    # ---- interaction ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and item.data(0, ROLE_TYPE):
            self._on_click(item)
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_click(self, item: QTreeWidgetItem, column: int = 0) -> None:
        if self._updating:
            return
        kind = item.data(0, ROLE_TYPE)
        value = item.data(0, ROLE_VALUE)
        if kind == "kind":
            self.kindSelected.emit(value)
        elif kind == "facet":
            on = item.checkState(0) != Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.facetToggled.emit(item.data(0, ROLE_FACET), value, on)
        elif kind == "tag":
            state = "off" if item.text(0).startswith(("＋", "−")) else "include"
            self.tagToggled.emit(value, state)
        elif kind == "saved":
            self.savedSearchActivated.emit(value, item.data(0, ROLE_FACET))

    def _on_menu(self, point: QPoint) -> None:
        item = self.itemAt(point)
        if item is None or item.data(0, ROLE_TYPE) != "tag":
            return
        name = item.data(0, ROLE_VALUE)
        menu = QMenu(self)
        menu.addAction(translate("sidebar", "Show only “{tag}”").format(tag=name),
                       lambda: self.tagToggled.emit(name, "include"))
        menu.addAction(translate("sidebar", "Exclude “{tag}”").format(tag=name),
                       lambda: self.tagToggled.emit(name, "exclude"))
        menu.addAction(translate("sidebar", "Clear this tag filter"), lambda: self.tagToggled.emit(name, "off"))
        menu.exec(self.viewport().mapToGlobal(point))

    def item_for(self, kind: str, value: str, facet: str | None = None) -> QTreeWidgetItem | None:
        """Find a sidebar item (used by keyboard navigation and tests)."""
        pending = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            if item is None:
                continue
            if item.data(0, ROLE_TYPE) == kind and item.data(0, ROLE_VALUE) == value and (
                    facet is None or item.data(0, ROLE_FACET) == facet):
                return item
            pending += [item.child(i) for i in range(item.childCount())]
        return None
