"""The comparison page: one column per entry, one row per field in groups, differences highlighted, exports."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QStringListModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QBrush, QColor, QDesktopServices, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.choices import entry_choices
from db.compare import EXPORTERS, MAX_ENTRIES, MIN_ENTRIES, Comparison, Group, Row, build_comparison
from db.store import Store
from desktop.accessible import name_clear_button
from desktop.delegates import BadgeDelegate
from desktop.field_width import ElidedPlaceholder
from desktop.frozen_column import FrozenFirstColumn
from desktop.i18n import QT_TRANSLATE_NOOP, local_value, translate, vocab, vocab_noun
from desktop.list_model import COLOR_ROLE, UUID_ROLE
from desktop.theme import error_html, is_dark
from desktop.workers import JobRunner

Index = QModelIndex | QPersistentModelIndex
ROW_TYPE_ROLE = Qt.ItemDataRole.UserRole + 20  # "group" or "field"
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 21
ADDABLE_KINDS = ("model", "organization", "license", "policy_note", "evaluation", "note")
EXPORT_FILTERS = {"md": "Markdown (*.md)", "csv": "CSV (*.csv)",
                  "html": QT_TRANSLATE_NOOP("compare_view", "Web page (*.html)")}
EXPORT_LABELS = {"md": "Markdown…", "csv": "CSV…", "html": QT_TRANSLATE_NOOP("compare_view", "HTML page…")}
MIN_FIELD_WIDTH = 150  # px: the field labels, ≠ marks included, mostly fit
MIN_ENTRY_WIDTH = 180  # px: an entry column narrower than this wraps its values word by word
MAX_FIELD_WIDTH = 200  # px: longer field labels wrap
JOB_KEY = "compare"


def diff_color(dark: bool) -> QColor:
    return QColor("#4a3f1c" if dark else "#fff1c7")


def group_color(dark: bool) -> QColor:
    return QColor("#33373d" if dark else "#e8eaed")


class ComparisonModel(QAbstractTableModel):
    """Column 0 names the field; column i > 0 is entry i. Group title rows span the table (the view sets spans)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.items: list[tuple[Group, Row | None]] = []
        self.dark = False
        self.tint = True

    def set_comparison(self, comparison: Comparison | None, *, tint: bool = True) -> None:
        """Show `comparison`; `tint` shades the rows that differ (pointless when only those are shown)."""
        self.beginResetModel()
        self.comparison = comparison
        self.tint = tint
        self.dark = is_dark()
        self.items = []
        for group in comparison.groups if comparison else ():
            self.items.append((group, None))
            self.items += [(group, row) for row in group.rows]
        self.endResetModel()

    @property
    def entries(self) -> list[Any]:
        return list(self.comparison.entries) if self.comparison else []

    def group_rows(self) -> list[int]:
        return [i for i, (_group, row) in enumerate(self.items) if row is None]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self.comparison else 1 + len(self.comparison.entries)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not self.comparison:
            return None
        if not 0 <= section <= len(self.comparison.entries):
            return None
        entry = self.comparison.entries[section - 1] if section else None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name if entry else translate("compare_view", "Field")
        if role == Qt.ItemDataRole.ToolTipRole and entry:
            return (f"{entry.name} ({vocab_noun(entry.kind_label)})\n" + translate(
                "compare_view", "Click: show it in the detail pane · drag to reorder · right-click to move or remove"))
        if role == UUID_ROLE and entry:
            return entry.uuid
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items) or not self.comparison:
            return None
        group, row = self.items[index.row()]
        column = index.column()
        if not 0 <= column <= len(self.comparison.entries):
            return None
        if role == ROW_TYPE_ROLE:
            return "group" if row is None else "field"
        if role == DIFFERS_ROLE:
            return bool(row and row.differs)
        if row is None:  # a group title row
            if role == Qt.ItemDataRole.DisplayRole:
                return vocab(group.title) if column == 0 else None
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(group_color(self.dark))
            return None
        if role == UUID_ROLE and column > 0:
            return self.comparison.entries[column - 1].uuid
        value = vocab(row.label) if column == 0 else local_value(vocab(row.values[column - 1]))
        if role == Qt.ItemDataRole.DisplayRole:
            return f"≠ {value}" if column == 0 and row.differs else value
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return (translate("compare_view", "{field} — differs between the entries") if row.differs
                        else translate("compare_view", "{field} — the same for all")).format(field=value)
            return value or None
        if role == Qt.ItemDataRole.BackgroundRole and row.differs and self.tint:
            return QBrush(diff_color(self.dark))
        if role == Qt.ItemDataRole.FontRole and column == 0 and row.differs:
            font = QFont()
            font.setBold(True)
            return font
        if role == COLOR_ROLE and column > 0 and value:
            if row.colors and row.colors[column - 1]:
                return QColor(row.colors[column - 1])
            if row.key == "tags":
                return [(name, QColor(self.comparison.tag_colors.get(name, "#7f8c8d"))) for name in value.split(", ")]
        return None


class CompareView(QWidget):
    """Pick 2–6 entries; compare them; reorder and remove columns; add one by name; export."""

    entryActivated = Signal(str)
    entriesChanged = Signal(list)
    ready = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareView")
        self.store = store
        self.runner = runner
        self.uuids: list[str] = []
        self.comparison: Comparison | None = None
        self._names: dict[str, str] = {}

        self.title = QLabel("", self)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)  # a narrow page wraps the summary rather than widening the window
        self.only_differences = QCheckBox(translate("compare_view", "&Only differences"), self)
        self.only_differences.setToolTip(translate("compare_view", "Show only the rows where the entries differ"))
        self.only_differences.toggled.connect(lambda _on: self._show())
        self.add_field = QLineEdit(self)
        self.add_field.setAccessibleName(translate("compare_view", "Add an entry to the comparison"))
        self.add_field.setClearButtonEnabled(True)
        name_clear_button(self.add_field)
        self.add_field.setMaximumWidth(360)
        # the hint is whole when the page has the room; a narrow page shortens it ("…") rather than widen the window
        self.add_hint = ElidedPlaceholder(self.add_field, translate("compare_view", "Add an entry by name…"))
        self._name_list = QStringListModel(self)
        self._completer = QCompleter(self._name_list, self.add_field)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.activated.connect(self._add_from_field)
        self.add_field.setCompleter(self._completer)
        self.add_field.returnPressed.connect(lambda: self._add_from_field(self.add_field.text()))

        self.act_left = self._action(translate("compare_view", "Move &Left"), lambda: self.move_current(-1),
                                     "Ctrl+Shift+Left", translate("compare_view", "Move the current column left"))
        self.act_right = self._action(translate("compare_view", "Move Ri&ght"), lambda: self.move_current(1),
                                      "Ctrl+Shift+Right", translate("compare_view", "Move the current column right"))
        self.act_remove = self._action(translate("compare_view", "&Remove Column"), self.remove_current,
                                       "Ctrl+Shift+Backspace",
                                       translate("compare_view",
                                                 "Remove the current column's entry from the comparison"))
        self.act_clear = self._action(translate("compare_view", "Clear"), self.clear, None,
                                      translate("compare_view", "Remove every entry from the comparison"))
        self.export_actions: dict[str, QAction] = {}
        export_menu = QMenu(self)
        for fmt, label in EXPORT_LABELS.items():
            action = export_menu.addAction(translate("compare_view", label))
            action.triggered.connect(lambda _=False, f=fmt: self.export_dialog(f))
            self.export_actions[fmt] = action
        self.export_button = QToolButton(self)
        self.export_button.setText(translate("compare_view", "&Export"))
        self.export_button.setToolTip(
            translate("compare_view", "Export the comparison as Markdown, CSV or a self-contained HTML page"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(export_menu)

        top = QHBoxLayout()
        top.setContentsMargins(6, 4, 6, 0)
        top.addWidget(self.title, 1)
        top.addWidget(self.only_differences)
        top.addWidget(self.export_button)
        bar = QHBoxLayout()
        bar.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(self.add_field, 1)
        for action in (self.act_left, self.act_right, self.act_remove, self.act_clear):
            button = QToolButton(self)
            button.setDefaultAction(action)
            bar.addWidget(button)
        bar.addStretch(0)  # what is left once the field has its room (it stops at its maximum width)

        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("compareTable")
        self.table.setAccessibleName(translate("compare_view", "Comparison"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(BadgeDelegate(self.table))
        self.table.setWordWrap(True)
        self.table.setShowGrid(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().hide()
        self.table.viewport().installEventFilter(self)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.sectionMoved.connect(self._on_section_moved)
        header.sectionClicked.connect(self._on_header_clicked)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.frozen = FrozenFirstColumn(self.table)  # the field names stay put while the entries scroll sideways
        self.frozen.attach_model()

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setOpenExternalLinks(False)
        self.message.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.message.setContentsMargins(6, 0, 6, 4)
        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(placeholder-text);")
        placeholder_font = QFont(self.placeholder.font())  # a third larger than the system's text, whatever its size
        placeholder_font.setPointSizeF(placeholder_font.pointSizeF() * 1.3)
        self.placeholder.setFont(placeholder_font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.message)
        self._show()

    def _action(self, text: str, slot: Callable[[], Any], shortcut: str | None, tip: str) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        self.addAction(action)
        return action

    # ---- which entries -----------------------------------------------------------------------

    def set_store(self, store: Store) -> None:
        if store is not self.store:
            self.store = store
            self.uuids = []
            self.comparison = None
            self._names = {}
            self.refresh()

    def set_entries(self, uuids: Sequence[str]) -> list[str]:
        """Compare these entries (the first six, each once); returns those left out."""
        unique = list(dict.fromkeys(uuids))
        self.uuids, dropped = unique[:MAX_ENTRIES], unique[MAX_ENTRIES:]
        self.refresh()
        self.entriesChanged.emit(list(self.uuids))
        if dropped:
            left_out = len(dropped)
            self.message.setText(translate("compare_view", "A comparison holds at most {most} entries; %n left out.",
                                           "", left_out).format(most=MAX_ENTRIES))
        return dropped

    def add_entries(self, uuids: Sequence[str]) -> list[str]:
        """Add entries after those compared already; returns the ones that did not fit."""
        return self.set_entries(self.uuids + [u for u in uuids if u not in self.uuids])

    def remove_entry(self, uuid: str) -> None:
        if uuid not in self.uuids:
            return
        self.uuids.remove(uuid)
        if self.comparison is not None and len(self.uuids) >= MIN_ENTRIES:
            self.comparison = self.comparison.reordered(self.uuids)
            self._show()
        else:
            self.refresh()
        self.entriesChanged.emit(list(self.uuids))

    def move_entry(self, uuid: str, delta: int) -> None:
        if uuid not in self.uuids:
            return
        position = self.uuids.index(uuid)
        target = max(0, min(len(self.uuids) - 1, position + delta))
        if target == position:
            return
        self.uuids.insert(target, self.uuids.pop(position))
        self.set_order(self.uuids)
        self.table.setCurrentIndex(self.model.index(max(self.table.currentIndex().row(), 0), target + 1))

    def set_order(self, uuids: Sequence[str]) -> None:
        """Reorder (or drop) columns without rebuilding the comparison."""
        self.uuids = [u for u in uuids if u in self.uuids]
        if self.comparison is not None:
            self.comparison = self.comparison.reordered(self.uuids)
        self._show()
        self.entriesChanged.emit(list(self.uuids))

    def clear(self) -> None:
        self.set_entries([])

    def current_uuid(self) -> str | None:
        column = self.table.currentIndex().column()
        entries = self.model.entries
        return entries[column - 1].uuid if 1 <= column <= len(entries) else None

    def move_current(self, delta: int) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.move_entry(uuid, delta)

    def remove_current(self) -> None:
        uuid = self.current_uuid()
        if uuid:
            self.remove_entry(uuid)

    # ---- building (in a worker: a detail per entry is a handful of queries) --------------------

    def refresh(self) -> None:
        """Rebuild the comparison, and the names offered in “Add an entry by name…”, in a worker.

        A later refresh replaces an earlier one still running (one job key), so only the latest result shows.
        """
        store, uuids = self.store, list(self.uuids)
        if len(uuids) < MIN_ENTRIES:  # the placeholder shows at once; the names follow from the worker
            self.comparison = None
            self._show()

        def work(_progress: Any, _cancelled: Any) -> tuple[dict[str, str], Comparison | None]:
            names: dict[str, str] = {}
            for choice in entry_choices(store, ADDABLE_KINDS):  # every note too: not on the GUI thread
                names.setdefault(choice.label, choice.uuid)
            return names, build_comparison(store, uuids) if len(uuids) >= MIN_ENTRIES else None

        def done(result: tuple[dict[str, str], Comparison | None]) -> None:
            self._names, comparison = result
            self._name_list.setStringList(list(self._names))
            self.comparison = comparison.reordered(self.uuids) if comparison is not None else None
            self._show()
            self.ready.emit()

        def failed(message: str) -> None:
            self.message.setText(error_html(self.message.palette(), html.escape(message)))
            self.failed.emit(message)

        self.runner.start(work, key=JOB_KEY, on_done=done, on_failed=failed, name="compare")

    def _add_from_field(self, text: str) -> None:
        text = text.strip()
        if not text:
            return
        uuid = self._names.get(text) or next(
            (u for label, u in self._names.items() if label.casefold() == text.casefold()), None)
        if uuid is None:
            self.message.setText(translate("compare_view", "No entry named “{name}”: pick one from the suggestions.")
                                 .format(name=text))
            return
        if uuid in self.uuids:
            self.message.setText(translate("compare_view", "“{name}” is compared already.").format(name=text))
        elif len(self.uuids) >= MAX_ENTRIES:
            self.message.setText(translate("compare_view",
                                           "A comparison holds at most {most} entries: remove one first.")
                                 .format(most=MAX_ENTRIES))
            return
        else:
            self.add_entries([uuid])
            self.message.setText(translate("compare_view", "Added “{name}”.").format(name=text))
        self.add_field.clear()

    # ---- showing ------------------------------------------------------------------------------

    def _show(self) -> None:
        comparison = self.comparison
        if comparison is not None and self.only_differences.isChecked():
            comparison = comparison.only_differences()
        self.model.set_comparison(comparison, tint=not self.only_differences.isChecked())
        self.table.clearSpans()
        columns = self.model.columnCount()
        for row in self.model.group_rows():
            self.table.setSpan(row, 0, 1, columns)
        whole = self.comparison
        has = whole is not None
        self.table.setVisible(has)
        self.placeholder.setVisible(not has)
        if whole is not None:
            self._size_columns()
            total = sum(len(g.rows) for g in whole.groups)
            differ = len([row for row in whole.rows() if row.differs])
            kinds = (" · " + translate("compare_view", "kinds differ: compared on the fields they share")
                     if whole.mixed_kinds else "")
            compared = len(self.model.entries)
            self.title.setText(translate("compare_view", "Comparing %n entry(s) — {differ} of {total} rows differ", "",
                                         compared).format(differ=differ, total=total) + kinds)
        else:
            self.title.setText(translate("compare_view", "Comparison"))
            names = [label for label, uuid in self._names.items() if uuid in self.uuids]
            chosen = ("<p>" + translate("compare_view", "In the comparison now: {names}").format(names=", ".join(names))
                      + "</p>" if names else "")
            self.placeholder.setText(translate(
                "compare_view", "<p>Pick {least} to {most} entries to compare side by side:</p>"
                "<p>select them in the list and press <b>Ctrl+D</b> (Compare),<br>"
                "use <b>Add to Comparison</b> (Ctrl+Shift+D) on any entry,<br>or type a name in the box above.</p>")
                .format(least=MIN_ENTRIES, most=MAX_ENTRIES) + chosen)
        self._update_actions()

    def _size_columns(self) -> None:
        """Share the width among the entries; below the minimum widths the table scrolls sideways instead.

        The last section is not stretched: a stretched last section shrinks to nothing once the others fill
        the view, which cut the third column off at 1280×720.
        """
        header = self.table.horizontalHeader()
        count = len(self.model.entries)
        if not count:
            return
        available = self.table.viewport().width()
        field_width = max(MIN_FIELD_WIDTH, min(MAX_FIELD_WIDTH, self.table.sizeHintForColumn(0)))
        each = max(MIN_ENTRY_WIDTH, (available - field_width) // count)
        header.resizeSection(0, field_width)
        for column in range(1, count + 1):
            header.resizeSection(column, each)
        if each > MIN_ENTRY_WIDTH:  # the rounding's few pixels go to the last column, so the row ends flush
            header.resizeSection(count, max(each, available - field_width - each * (count - 1)))
        self.table.resizeRowsToContents()
        self.frozen.sync()

    def _update_actions(self) -> None:
        has = self.comparison is not None
        column = self.table.currentIndex().column()
        count = len(self.model.entries)
        self.act_left.setEnabled(has and column > 1)
        self.act_right.setEnabled(has and 1 <= column < count)
        self.act_remove.setEnabled(has and column >= 1)
        self.act_clear.setEnabled(bool(self.uuids))
        self.export_button.setEnabled(has)
        self.only_differences.setEnabled(has)

    def _on_section_moved(self, _logical: int, _old: int, _new: int) -> None:
        """A dragged column: read the new order, put the header back, and reorder the data instead."""
        header = self.table.horizontalHeader()
        entries = self.model.entries
        order = [header.logicalIndex(v) for v in range(header.count())]
        uuids = [entries[logical - 1].uuid for logical in order if logical > 0]
        header.blockSignals(True)
        for logical in range(header.count()):
            header.moveSection(header.visualIndex(logical), logical)
        header.blockSignals(False)
        self.set_order(uuids)

    def _on_header_clicked(self, section: int) -> None:
        entries = self.model.entries
        if 1 <= section <= len(entries):
            self.table.setCurrentIndex(self.model.index(max(self.table.currentIndex().row(), 0), section))
            self.entryActivated.emit(entries[section - 1].uuid)

    def _header_menu(self, point: QPoint) -> None:
        section = self.table.horizontalHeader().logicalIndexAt(point)
        entries = self.model.entries
        if not 1 <= section <= len(entries):
            return
        uuid = entries[section - 1].uuid
        menu = QMenu(self)
        menu.addAction(translate("compare_view", "Show in Detail Pane"), lambda: self.entryActivated.emit(uuid))
        left = menu.addAction(translate("compare_view", "Move Left"), lambda: self.move_entry(uuid, -1))
        left.setEnabled(section > 1)
        right = menu.addAction(translate("compare_view", "Move Right"), lambda: self.move_entry(uuid, 1))
        right.setEnabled(section < len(entries))
        menu.addSeparator()
        menu.addAction(translate("compare_view", "Remove from Comparison"), lambda: self.remove_entry(uuid))
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    # ---- export -------------------------------------------------------------------------------

    def export_text(self, fmt: str) -> str:
        if self.comparison is None:
            raise ValueError("nothing to export: compare at least two entries")
        return EXPORTERS[fmt](self.comparison, only_differences=self.only_differences.isChecked())

    def export(self, fmt: str, path: Path) -> Path:
        """Write the comparison as shown (column order, only-differences) to `path`."""
        target = Path(path)
        suffix = {"md": ".md", "csv": ".csv", "html": ".html"}[fmt]
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        target.write_text(self.export_text(fmt), encoding="utf-8")
        url = QUrl.fromLocalFile(str(target.resolve())).toString()
        self.message.setText(translate("compare_view", "Saved {file} — <a href=\"{url}\">open it</a>").format(
            file=target.name, url=url))
        return target

    def export_dialog(self, fmt: str) -> Path | None:
        if self.comparison is None:
            return None
        stem = "-vs-".join(e.name for e in self.comparison.entries[:3]).replace("/", "-").replace(" ", "-")[:80]
        path, _ = QFileDialog.getSaveFileName(self,
                                              translate("compare_view", "Export comparison"),
                                              str(Path.home() / f"{stem}.{fmt}"),
                                              translate("compare_view", EXPORT_FILTERS[fmt]))
        if not path:
            return None
        try:
            return self.export(fmt, Path(path))
        except OSError as error:
            problem = translate("compare_view", "Could not save: {problem}").format(problem=error.strerror or error)
            self.message.setText(error_html(self.message.palette(), html.escape(problem)))
            return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport, not the page: it also narrows when the vertical scroll bar appears.
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self.comparison is not None:
            self._size_columns()
        return super().eventFilter(watched, event)
