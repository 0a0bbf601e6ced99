"""Keep a table's first column in place while the others scroll sideways (Qt's frozen-column overlay)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenFirstColumn(QTableView):
    """A second view on the same model and selection, laid over `table`'s first column.

    The table scrolls its columns under it; the overlay follows the table's vertical scrolling, row heights,
    first-column width and header height. Call `sync()` after the table's model was reset or resized.
    """

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.setObjectName(f"{table.objectName()}FrozenColumn")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # a copy of the first column drawn over it; a screen reader meets it beside the table, so it says what it is
        self.setAccessibleName(QCoreApplication.translate("frozen_column", "Row labels"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(table.wordWrap())
        self.setShowGrid(table.showGrid())
        self.setSelectionMode(table.selectionMode())
        self.setSelectionBehavior(table.selectionBehavior())
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        header.setDefaultAlignment(table.horizontalHeader().defaultAlignment())
        table.viewport().stackUnder(self)
        table.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(table.verticalScrollBar().setValue)
        table.horizontalHeader().sectionResized.connect(self._on_column_resized)
        table.verticalHeader().sectionResized.connect(self._on_row_resized)
        table.installEventFilter(self)

    def attach_model(self) -> None:
        """Show the table's model and share its selection (call once the table has its model)."""
        self.setModel(self.table.model())
        self.setSelectionModel(self.table.selectionModel())
        self.setItemDelegate(self.table.itemDelegate())
        self.table.selectionModel().currentChanged.connect(self._uncover)
        self.sync()

    def sync(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column != 0)
        for row in range(model.rowCount()):
            self.setRowHeight(row, self.table.rowHeight(row))
        self.setColumnWidth(0, self.table.columnWidth(0))
        self.horizontalHeader().setFixedHeight(self.table.horizontalHeader().height())
        self.verticalScrollBar().setValue(self.table.verticalScrollBar().value())
        self._place()

    def _place(self) -> None:
        table = self.table
        frame = table.frameWidth()
        self.setGeometry(table.verticalHeader().width() + frame if table.verticalHeader().isVisible() else frame,
                         frame, table.columnWidth(0),
                         table.viewport().height() + table.horizontalHeader().height())
        model = self.model()
        self.setVisible(model is not None and model.columnCount() > 0)  # shows with the table

    def _uncover(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Scroll a cell that the keyboard moved to out from under the overlay (Qt's scrollTo does not know it)."""
        if current.column() <= 0:
            return
        covered = self.columnWidth(0) - self.table.visualRect(current).left()
        if covered > 0:
            bar = self.table.horizontalScrollBar()
            bar.setValue(bar.value() - covered)

    def _on_column_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == 0:
            self.setColumnWidth(0, new)
            self._place()

    def _on_row_resized(self, row: int, _old: int, new: int) -> None:
        self.setRowHeight(row, new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._place()
        return super().eventFilter(watched, event)
