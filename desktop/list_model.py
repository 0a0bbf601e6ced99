"""The entry list: a table model over the store's SQL list queries, ordered in a worker, rows fetched by page.

The list's SQL (db.queries, and SQLAlchemy with it) is imported when an atlas is listed, not with this module: the
window paints its empty list, saying it is loading, before the ORM has loaded."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from db.inert import safe_color, terminal_text
from db.jobs import CancelToken, Progress
from db.list_filter import ListFilter
from db.vocab import OpennessGrade
from desktop.i18n import local_date, local_decimal, local_number, translate, vocab
from desktop.keyboard_menu import open_menu_at_current_item
from desktop.theme import GRADE_COLORS, MOF_COLORS, MOF_SHORT, VERDICT_COLORS
from desktop.workers import JobRunner

if TYPE_CHECKING:
    from db.browse import ListOrder
    from db.queries import Column, KindQuery
    from db.reading.first_page import FirstPage
    from db.store import Store

PAGE_SIZE = 200
CACHED_PAGES = 50
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2  # the raw value (grade key, MOF class, tag names) for delegates
COLOR_ROLE = Qt.ItemDataRole.UserRole + 3  # badge color for delegates
KIND_ROLE = Qt.ItemDataRole.UserRole + 4
UUIDS_MIME = "application/x-modelatlas-uuids"  # dragged entries: UUIDs, one a line

Index = QModelIndex | QPersistentModelIndex


PREVIEW_DISPLAYS = {"release_date": "date", "params_total": "number", "openness_grade": "grade", "mof_class": "mof",
                    "training_compute_flop": "number", "tags": "tags", "modified": "date",
                    "verified": "date"}
"""How the models list's columns display (db.queries.Column.display), known before db.queries has loaded (a test
keeps the two alike)."""


class ShownColumn(Protocol):
    """What the list shows of a column: db.queries.Column, or a PreviewColumn before the queries have loaded."""

    @property
    def key(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def display(self) -> str: ...
    @property
    def default(self) -> bool: ...


@dataclass(frozen=True)
class PreviewColumn:
    key: str
    label: str
    display: str = "text"
    default: bool = True


def preview_columns(visible: Sequence[str] | None) -> list[PreviewColumn]:
    """The models list's columns named in `visible` (else the default ones), from db.reading's plain-SQL listing."""
    from db.reading.listing import KINDS

    available = [PreviewColumn(c.key, c.label, PREVIEW_DISPLAYS.get(c.key, "text"), c.default)
                 for c in KINDS["model"].columns]
    wanted = visible or [c.key for c in available if c.default]
    by_key = {c.key: c for c in available}
    return [by_key[k] for k in wanted if k in by_key] or [available[0]]


def kind_query(kind: str) -> KindQuery:
    """How `kind` is listed (its columns and facets); the first call loads SQLAlchemy and the schema."""
    from db.queries import KIND_QUERIES

    return KIND_QUERIES[kind]


def visible_columns(kind: str, visible: Sequence[str] | None) -> list[Column]:
    """The columns of `kind` named in `visible` (unknown names skipped), else its default ones; never none."""
    available = kind_query(kind).columns
    wanted = visible or [c.key for c in available if c.default]
    by_key = {c.key: c for c in available}
    return [by_key[k] for k in wanted if k in by_key] or [available[0]]


@dataclass(frozen=True)
class Listing:
    """A list read ahead, off the GUI thread: the order for a filter and sort, and its first page of rows."""

    filter: ListFilter
    sort_key: str
    descending: bool
    order: ListOrder
    columns: tuple[str, ...]
    first_page: dict[str, dict[str, Any]]

    def answers(self, flt: ListFilter, sort_key: str, descending: bool) -> bool:
        return (flt, sort_key, descending) == (self.filter, self.sort_key, self.descending)


def read_listing(store: Store, flt: ListFilter, sort_key: str, descending: bool,
                 visible: Sequence[str] | None) -> Listing:
    """What the list shows first for `flt`, read in one go (in a worker: it may be the first use of the ORM)."""
    from db.browse import list_order, list_rows

    order = list_order(store, flt, sort_key, descending)
    keys = tuple(c.key for c in visible_columns(flt.kind, visible))
    return Listing(flt, sort_key, descending, order, keys, list_rows(store, flt.kind, order.uuids[:PAGE_SIZE], keys))


def format_cell(column: ShownColumn, value: Any) -> str:
    """A cell's text; a value the file should not hold (a damaged or hand-edited file) shows as invalid."""
    try:
        return _format_cell(column, value)
    except (ValueError, TypeError, OverflowError):
        return translate("list_model", "⚠ invalid: {value}").format(value=terminal_text(value)[:40])


def _format_cell(column: ShownColumn, value: Any) -> str:
    if value is None or value == "":
        return ""
    if column.display == "number":
        return local_number(float(value))
    if column.display == "grade":
        try:
            return vocab(OpennessGrade(value).label)
        except ValueError:
            return str(value)
    if column.display == "mof":
        return translate("theme", MOF_SHORT.get(int(value), str(value)))
    if column.display == "bool":
        return vocab("yes" if value else "no")
    if column.display == "score":
        return local_decimal(float(value))
    if column.display == "date":
        return local_date(str(value)[:10])
    if column.key == "user_cap" and value:
        return local_number(float(value))
    if column.key in ("status", "verdict", "org_kind", "business_model", "license_family", "commercial_use",
                      "output_training", "acceptable_use_policy", "confidence"):
        return vocab(str(value))
    return " ".join(str(value).split())


class EntryTableModel(QAbstractTableModel):
    """Rows are UUIDs in display order (one narrow query, run off the GUI thread); cells load a page at a time.

    A reload that finds the same rows in the same order only repaints them (the view keeps its selection);
    `was_reset` tells which of the two the last load did."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(self, store: Store | None, runner: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.was_reset = False
        self.runner = runner
        self.filter = ListFilter(kind="model")
        self.sort_key = "name"
        self.descending = False
        self._columns: list[ShownColumn] = []  # set when an atlas is listed (the queries load with it)
        self._visible_keys: list[str] | None = None
        self._uuids: list[str] = []
        self._pages: OrderedDict[int, dict[str, dict[str, Any]]] = OrderedDict()
        self._tag_colors: dict[str, str] = {}
        self._job_key = f"list-{id(self)}"
        self._read_ahead: Listing | None = None

    def set_store(self, store: Store, read_ahead: Listing | None = None) -> None:
        """List another atlas (empty until its first query has run, or until `read_ahead` is asked for)."""
        self.beginResetModel()
        self.store = store
        self._uuids = []
        self._pages.clear()
        self._read_ahead = read_ahead
        self.endResetModel()

    # ---- configuration ---------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self.filter.kind

    @property
    def columns(self) -> list[ShownColumn]:
        return self._columns

    def show_preview(self, first: FirstPage, columns: list[PreviewColumn]) -> None:
        """Models by name, read with plain SQL while the atlas is still opening: the first page shows at once (no
        store yet: the pages after it stay blank until one is set)."""
        self.beginResetModel()
        self.filter, self.sort_key, self.descending = ListFilter(kind="model"), "name", False
        self._columns = list(columns)
        self._uuids = first.uuids
        self._pages.clear()
        self._pages[0] = first.rows
        self._tag_colors = first.tag_colors
        self.was_reset = True
        self.endResetModel()
        self.loaded.emit()

    def available_columns(self) -> list[Column]:
        return list(kind_query(self.kind).columns)

    def set_query(self, flt: ListFilter, sort_key: str | None = None, descending: bool | None = None,
                  visible: list[str] | None = None) -> None:
        """Change what is listed; the new order is computed in a worker and swapped in when ready."""
        kind_changed = flt.kind != self.filter.kind
        self.filter = flt
        keys = [c.key for c in kind_query(flt.kind).columns]
        if sort_key is not None:
            self.sort_key = sort_key if sort_key in keys else keys[0]
        elif kind_changed:
            self.sort_key = keys[0]
        if descending is not None:
            self.descending = descending
        if visible is not None or kind_changed or not self._columns:
            self._set_columns(visible)
        self.reload()

    def _set_columns(self, visible: list[str] | None) -> None:
        columns = visible_columns(self.kind, visible)
        self.beginResetModel()
        self._columns = list(columns)
        self._pages.clear()
        self.endResetModel()

    def set_visible_columns(self, keys: list[str]) -> None:
        self._set_columns(keys)

    def reload(self) -> None:
        """Query the order in a worker; a newer reload replaces one still running (the latest query wins)."""
        store = self.store
        if store is None:
            return
        flt, sort_key, descending = self.filter, self.sort_key, self.descending
        ahead, self._read_ahead = self._read_ahead, None
        if ahead is not None and ahead.answers(flt, sort_key, descending):
            self.runner.supersede(self._job_key)  # what was read ahead is the latest request's answer
            same_columns = ahead.columns == tuple(c.key for c in self._columns)
            self._on_loaded(ahead.order, ahead.first_page if same_columns else None)
            return

        def work(_progress: Progress, _cancelled: CancelToken) -> ListOrder:
            from db.browse import list_order

            return list_order(store, flt, sort_key, descending)

        self.runner.start(work, key=self._job_key, on_done=self._on_loaded, on_failed=self.failed.emit)

    def _on_loaded(self, order: ListOrder, first_page: dict[str, dict[str, Any]] | None = None) -> None:
        self._tag_colors = order.tag_colors
        self.was_reset = order.uuids != self._uuids
        if self.was_reset:
            self.beginResetModel()
            self._uuids = order.uuids
            self._pages.clear()
            if first_page is not None:
                self._pages[0] = first_page
            self.endResetModel()
        elif self._uuids:
            self._pages.clear()  # the same rows: their cells may have changed, the view's selection stays
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._uuids) - 1, len(self._columns) - 1))
        self.loaded.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._uuids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return vocab(self._columns[section].label)
            if role == Qt.ItemDataRole.ToolTipRole:
                return translate("list_model", "Sort by {column}").format(column=vocab(self._columns[section].label))
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def mimeTypes(self) -> list[str]:
        return [UUIDS_MIME, "text/plain"]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        """Dragged rows carry their UUIDs (for dropping on a sidebar tag) and, as plain text, their names."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        uuids = [self._uuids[row] for row in rows if 0 <= row < len(self._uuids)]
        data = QMimeData()
        data.setData(UUIDS_MIME, "\n".join(uuids).encode())
        data.setText("\n".join(str(self.index(row, 0).data() or "") for row in rows))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._uuids) or not 0 <= index.column() < len(
                self._columns):
            return None
        uuid = self._uuids[index.row()]
        if role == UUID_ROLE:
            return uuid
        if role == KIND_ROLE:
            return self.kind
        column = self._columns[index.column()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, VALUE_ROLE, COLOR_ROLE,
                        Qt.ItemDataRole.TextAlignmentRole):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.display in ("number", "score"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        row = self._row(index.row())
        value = row.get(column.key) if row else None
        if role == VALUE_ROLE:
            return value
        if role == COLOR_ROLE:
            return self._color(column, value)
        text = format_cell(column, value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text or None
        return text

    def _color(self, column: ShownColumn, value: Any) -> QColor | list[tuple[str, QColor]] | None:
        if value is None:
            return None
        if column.display == "grade":
            return QColor(GRADE_COLORS.get(str(value), "#8a8f98"))
        if column.display == "mof":
            return QColor(MOF_COLORS.get(value if type(value) is int else -1, "#8a8f98"))
        if column.display == "tags":
            return [(name, QColor(self._tag_colors.get(name, "#7f8c8d"))) for name in str(value).split(", ") if name]
        if column.display == "color":
            return QColor(safe_color(value))
        if column.key == "verdict":
            return QColor(VERDICT_COLORS.get(str(value), "#8a8f98"))
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        sort_key, descending = self._columns[column].key, order == Qt.SortOrder.DescendingOrder
        if (sort_key, descending) == (self.sort_key, self.descending) and self._uuids:
            return  # the order listed (a restored header says it again): ordering the whole atlas anew changes nothing
        self.sort_key, self.descending = sort_key, descending
        self.reload()

    # ---- rows ------------------------------------------------------------------------------------

    def _row(self, row: int) -> dict[str, Any] | None:
        page_number = row // PAGE_SIZE
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            uuids = self._uuids[start:start + PAGE_SIZE]
            if self.store is None:
                return None
            from db.browse import list_rows

            page = list_rows(self.store, self.kind, uuids, [c.key for c in self._columns])
            self._pages[page_number] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page.get(self._uuids[row])

    def uuid_at(self, row: int) -> str | None:
        return self._uuids[row] if 0 <= row < len(self._uuids) else None

    def row_of(self, uuid: str) -> int:
        try:
            return self._uuids.index(uuid)
        except ValueError:
            return -1

    @property
    def uuids(self) -> list[str]:
        return list(self._uuids)


def make_entry_table(parent: QWidget) -> QTableView:
    """The list's view: whole rows selected (several at once), sortable, draggable onto sidebar tags, columns that
    move and resize, and fixed row heights (with 100,000 rows the view must never measure rows one by one)."""
    from desktop.delegates import BadgeDelegate

    table = QTableView(parent)
    table.setObjectName("entryList")
    table.setAccessibleName(translate("list_model", "Entry list"))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    # the list starts sorted by name, A to Z; Qt's default indicator says descending, and a header saved before the
    # first load kept it (the next start listed Z to A)
    table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    table.setItemDelegate(BadgeDelegate(table))
    table.setDragEnabled(True)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    open_menu_at_current_item(table)  # the Menu key / Shift+F10: the current row's menu
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    return table


class ListPlaceholder(QLabel):
    """A line in the middle of the empty list saying why it is empty (loading, no atlas open); hidden once cleared."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table.viewport())
        self.setObjectName("listState")
        self.setAccessibleName(translate("list_model", "List status"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        layout = QVBoxLayout(table.viewport())  # keeps the line centered as the list is resized
        layout.addWidget(self)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
