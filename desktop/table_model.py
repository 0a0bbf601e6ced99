"""The model the desktop's fixed-column tables share: a list of rows under translated column titles."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.i18n import translate

Index = QModelIndex | QPersistentModelIndex


class TitledTableModel(QAbstractTableModel):
    """A flat table of `row_total()` rows under the `COLUMNS` titles. The titles are marked with QT_TRANSLATE_NOOP
    under `CONTEXT` and translated each time the header asks, so a language chosen later shows at once."""

    CONTEXT: ClassVar[str] = ""
    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def row_total(self) -> int:
        """How many rows the table has now."""
        raise NotImplementedError(f"{type(self).__name__} must say how many rows it has")

    def holds(self, index: Index) -> bool:
        """Whether `index` is a cell of the table as it is now (a stale index from before a reset is not)."""
        return (index.isValid() and 0 <= index.row() < self.row_total()
                and 0 <= index.column() < len(self.COLUMNS))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.COLUMNS):
            return translate(self.CONTEXT, self.COLUMNS[section])
        return None
