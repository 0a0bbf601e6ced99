"""The entries a diff adds, removes and changes and, for the one chosen, its fields: the Changes page and the merge
and import previews all show a diff through this pane."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.history_view import FieldChangesModel
from desktop.i18n import QT_TRANSLATE_NOOP, translate, vocab
from desktop.list_model import UUID_ROLE
from desktop.table_model import Index, TitledTableModel

if TYPE_CHECKING:
    from db.history.diff import Diff, DiffEntry

CHANGE_LABELS = {"added": QT_TRANSLATE_NOOP("changes_pane", "added"),
                 "removed": QT_TRANSLATE_NOOP("changes_pane", "removed"),
                 "changed": QT_TRANSLATE_NOOP("changes_pane", "changed")}
CHANGE_COLORS = {"added": "#2e9a52", "removed": "#b03a2e", "changed": "#d4852a"}
COLUMNS = (QT_TRANSLATE_NOOP("changes_pane", "Change"), QT_TRANSLATE_NOOP("changes_pane", "Kind"),
           QT_TRANSLATE_NOOP("changes_pane", "Entry"), QT_TRANSLATE_NOOP("changes_pane", "Fields"))


def kind_label(kind: str) -> str:
    from db.fields import KIND_LABELS

    return vocab(KIND_LABELS[kind][0]) if kind in KIND_LABELS else kind.replace("_", " ")


class EntryChangesModel(TitledTableModel):
    """One row per entry added, removed or changed between the two points."""

    CONTEXT, COLUMNS = "changes_pane", COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, DiffEntry]] = []

    def set_diff(self, diff: Diff | None) -> None:
        self.beginResetModel()
        self.rows = [] if diff is None else (
            [("added", e) for e in diff.added] + [("removed", e) for e in diff.removed]
            + [("changed", e) for e in diff.changed])
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        change, entry = self.rows[index.row()]
        column = index.column()
        if role == UUID_ROLE:
            return entry.uuid
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(CHANGE_COLORS[change])
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return translate("changes_pane", CHANGE_LABELS[change])
        if column == 1:
            return kind_label(entry.kind)
        if column == 2:
            return entry.name
        count = len(entry.fields)
        return translate("changes_pane", "%n field(s)", "", count) if count else ""


class ChangesPane(QWidget):
    """A summary line over a list of entries and, below it, the fields of the one chosen. `set_diff` writes the
    previews' summary; the Changes page writes its own and shows its diffs with `show_entries`."""

    entryActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, entries_name: str = "", fields_name: str = "",
                 name_of: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.diff: Diff | None = None
        self.name_of = name_of  # how a reference is named in the field changes (None: as its UUID)
        self.summary = QLabel(translate("changes_pane", "The changes show once the preview is ready."), self)
        self.summary.setWordWrap(True)
        self.entries = EntryChangesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.entries)
        self.table.setAccessibleName(entries_name or translate("changes_pane", "Entries that would change"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_fields())
        self.table.activated.connect(self._open)  # Enter, and a double click
        self.fields = FieldChangesModel(self)
        self.field_table = QTableView(self)
        self.field_table.setModel(self.fields)
        self.field_table.setAccessibleName(
            fields_name or translate("changes_pane", "Field changes of the chosen entry"))
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setWordWrap(True)
        self.field_table.verticalHeader().hide()
        self.field_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.field_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)

    def set_diff(self, diff: Diff | None) -> None:
        """Show `diff` under a summary of what it would change (None clears the pane, as while a new preview runs)."""
        self.diff = diff
        if diff is None:
            self.summary.setText(translate("changes_pane", "The changes show once the preview is ready."))
        elif not (diff.added or diff.removed or diff.changed):
            self.summary.setText(translate("changes_pane", "Nothing in your atlas would change."))
        else:
            added, removed, changed = len(diff.added), len(diff.removed), len(diff.changed)
            self.summary.setText(translate("changes_pane", "Would change:") + " " + ", ".join((
                translate("changes_pane", "%n added", "", added),
                translate("changes_pane", "%n removed", "", removed),
                translate("changes_pane", "%n changed", "", changed))))
        self.show_entries(diff)

    def show_entries(self, diff: Diff | None) -> None:
        """List the entries of `diff` (the summary is left as it is) with the first one chosen."""
        self.entries.set_diff(diff)
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        if self.entries.rowCount():
            self.table.selectRow(0)
        self._show_fields()

    def _show_fields(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.fields.set_changes("", {})
            return
        _change, entry = self.entries.rows[index.row()]
        self.fields.set_changes(entry.kind, entry.fields, self.name_of)

    def _open(self, index: QModelIndex) -> None:
        uuid = self.entries.data(index, UUID_ROLE)
        if uuid:
            self.entryActivated.emit(str(uuid))
