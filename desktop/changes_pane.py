"""The Changes section of the merge and import previews: entries added, removed and changed, field by field."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from desktop.changes_view import EntryChangesModel
from desktop.history_view import FieldChangesModel
from desktop.i18n import translate
from desktop.list_model import UUID_ROLE

if TYPE_CHECKING:
    from db.history.diff import Diff


class ChangesPane(QWidget):
    """Shows one diff (computed by the preview's worker): a list of entries and, for the one chosen, its fields."""

    entryActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.diff: Diff | None = None
        self.summary = QLabel(translate("changes_pane", "The changes show once the preview is ready."), self)
        self.summary.setWordWrap(True)
        self.entries = EntryChangesModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.entries)
        self.table.setAccessibleName(translate("changes_pane", "Entries that would change"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_fields())
        self.table.activated.connect(self._open)
        self.fields = FieldChangesModel(self)
        self.field_table = QTableView(self)
        self.field_table.setModel(self.fields)
        self.field_table.setAccessibleName(translate("changes_pane", "Field changes of the chosen entry"))
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.setWordWrap(True)
        self.field_table.verticalHeader().hide()
        self.field_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.field_table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)

    def set_diff(self, diff: Diff | None) -> None:
        """Show `diff` (None clears the pane, as while a new preview runs)."""
        self.diff = diff
        self.entries.set_diff(diff)
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
        self.fields.set_changes(entry.kind, entry.fields)

    def _open(self, index: QModelIndex) -> None:
        uuid = self.entries.data(index, UUID_ROLE)
        if uuid:
            self.entryActivated.emit(str(uuid))
