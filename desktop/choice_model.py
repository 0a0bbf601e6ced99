"""A combo box's list of labels and values held in one Python list: no call into Qt per row, so 100,000 fit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from db.choices import EntryChoice

Index = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole  # what QComboBox.itemData / findData / currentData read


def fixed_width(combo: QComboBox, characters: int = 28) -> None:
    """Size `combo` by a number of characters instead of by its longest item (which reads every row)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


class ChoiceListModel(QAbstractListModel):
    """Rows of (label, value); a blank first row with no value when `blank` (to leave a field empty).

    Filling a QComboBox with addItem costs a call per row, seconds for a 100,000-model atlas (and, with
    PySide6 6.12 on Python 3.11, a reference to None per call, until the interpreter aborts); a model
    answers only for the rows on screen.
    """

    def __init__(self, rows: Sequence[tuple[str, Any]] = (), *, blank: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, Any]] = ([("", None)] if blank else []) + list(rows)

    @classmethod
    def of_entries(cls, choices: Sequence[EntryChoice], *, blank: bool = True,
                   parent: QObject | None = None) -> ChoiceListModel:
        return cls([(choice.label, choice.uuid) for choice in choices], blank=blank, parent=parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        label, value = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return label
        if role == VALUE_ROLE:
            return value
        return None
