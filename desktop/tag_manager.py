"""The tag manager: every tag with its color and count; create, rename, merge, recolor, delete, all undoable."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import AtlasError, ValidationError
from db.store import Store
from db.tags import TagInfo, list_tags
from desktop.accessible import name_clear_button
from desktop.i18n import QT_TRANSLATE_NOOP, local_count, translate
from desktop.new_tag_dialog import NewTagDialog
from desktop.sidebar import color_icon
from desktop.table_model import Index, TitledTableModel
from desktop.tag_commands import CreateTag, DeleteTags, MergeTags, RecolorTag, RenameTag
from desktop.theme import error_html

TAG_UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = (QT_TRANSLATE_NOOP("tag_manager", "Tag"), QT_TRANSLATE_NOOP("tag_manager", "Color"),
           QT_TRANSLATE_NOOP("tag_manager", "Entries"))


class TagListModel(TitledTableModel):
    """Tags with color and count; editing a name asks `rename` (which returns False to refuse it)."""

    CONTEXT, COLUMNS = "tag_manager", COLUMNS

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.tags: list[TagInfo] = []
        self.rename: Callable[[str, str], bool] = lambda _uuid, _name: False

    def reload(self) -> None:
        self.beginResetModel()
        self.tags = list_tags(self.store)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.tags)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        tag = self.tags[index.row()]
        column = index.column()
        if role == TAG_UUID_ROLE:
            return tag.uuid
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (tag.name, tag.color, tag.count)[column] if column != 2 or role == Qt.ItemDataRole.EditRole \
                else local_count(tag.count)
        if role == SORT_ROLE:
            return (tag.name.casefold(), tag.color, tag.count)[column]
        if role == Qt.ItemDataRole.DecorationRole and column in (0, 1):
            return color_icon(tag.color, 14) if column == 0 else QColor(tag.color)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            count = tag.count
            return translate("tag_manager", "{tag}: %n entry(s) · F2 or double-click to rename", "", count).format(
                tag=tag.name)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        tag = self.tags[index.row()]
        text = str(value or "").strip()
        if not text or text == tag.name:
            return False
        return self.rename(tag.uuid, text)

    def row_of(self, uuid: str) -> int:
        return next((row for row, tag in enumerate(self.tags) if tag.uuid == uuid), -1)


class TagManager(QDialog):
    """A window onto the tags; every change goes on the main window's undo stack (Ctrl+Z works here too)."""

    changed = Signal()

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("tag_manager", "Tag Manager"))
        self.setObjectName("tagManager")
        self.store = store
        self.undo_stack = undo_stack
        self.model = TagListModel(store, self)
        self.model.rename = self.rename
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_field = QLineEdit(self)
        self.filter_field.setPlaceholderText(translate("tag_manager", "Filter tags…"))
        self.filter_field.setClearButtonEnabled(True)
        name_clear_button(self.filter_field)
        self.filter_field.setAccessibleName(translate("tag_manager", "Filter tags"))
        self.filter_field.textChanged.connect(self.proxy.setFilterFixedString)

        self.view = QTableView(self)
        self.view.setObjectName("tagTable")
        self.view.setAccessibleName(translate("tag_manager", "Tags"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.new_button = self._button(translate("tag_manager", "&New…"), self.new_tag,
                                       translate("tag_manager", "Create a tag with a name and a color (Ctrl+N)"))
        self.new_button.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.rename_button = self._button(translate("tag_manager", "&Rename…"), self.rename_selected,
                                          translate("tag_manager", "Rename the tag (F2 edits in place)"))
        self.merge_button = self._button(translate("tag_manager", "&Merge into…"), self.merge_selected,
                                         translate("tag_manager", "Merge the selected tags into another tag: "
                                                                  "their entries get that tag"))
        self.color_button = self._button(translate("tag_manager", "&Color…"), self.recolor_selected,
                                         translate("tag_manager", "Choose the tag's color"))
        self.delete_button = self._button(translate("tag_manager", "&Delete"), self.delete_selected,
                                          translate("tag_manager", "Delete the selected tags (undoable)"))
        self.delete_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.undo_button = self._button(translate("tag_manager", "Undo"), undo_stack.undo,
                                        translate("tag_manager", "Undo (Ctrl+Z)"))
        self.redo_button = self._button(translate("tag_manager", "Redo"), undo_stack.redo,
                                        translate("tag_manager", "Redo (Ctrl+Shift+Z)"))
        undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        undo_stack.undoTextChanged.connect(self._show_undo_text)  # a method: disconnected when the manager goes
        self.close_button = self._button("Close", self.close, "")

        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(translate("tag_manager", "Tag manager message"))
        self.summary = QLabel("", self)
        self.summary.setStyleSheet("color: palette(placeholder-text);")

        buttons = QVBoxLayout()
        for button in (self.new_button, self.rename_button, self.merge_button, self.color_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addSpacing(12)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_field)
        layout.addLayout(middle, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        self.resize(560, 520)
        self.reload()
        self.undo_button.setEnabled(undo_stack.canUndo())
        self.redo_button.setEnabled(undo_stack.canRedo())

    def _button(self, text: str, slot: Callable[[], Any], tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False: slot())
        if tip:
            button.setToolTip(tip)
        return button

    def _show_undo_text(self, text: str) -> None:
        self.undo_button.setToolTip(translate("tag_manager", "Undo {change}").format(change=text).strip())

    # ---- state ---------------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.selected_uuids()
        self.model.reload()
        selection = self.view.selectionModel()
        for uuid in selected:
            row = self.model.row_of(uuid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        total = sum(t.count for t in self.model.tags)
        tags = len(self.model.tags)
        self.summary.setText(translate("tag_manager", "%n tag(s)", "", tags) + " · "
                             + translate("tag_manager", "%n tagged entry(s)", "", total))
        self._update_buttons()

    def selected_uuids(self) -> list[str]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.proxy.index(row, 0).data(TAG_UUID_ROLE) for row in rows]

    def select(self, *uuids: str) -> None:
        selection = self.view.selectionModel()
        selection.clearSelection()
        for uuid in uuids:
            row = self.model.row_of(uuid)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)

    def _update_buttons(self) -> None:
        count = len(self.selected_uuids())
        self.rename_button.setEnabled(count == 1)
        self.color_button.setEnabled(count == 1)
        self.merge_button.setEnabled(count >= 1 and len(self.model.tags) > 1)
        self.delete_button.setEnabled(count >= 1)

    def _name(self, uuid: str) -> str:
        return next((t.name for t in self.model.tags if t.uuid == uuid), "")

    # ---- operations (each one command on the undo stack) ---------------------------------------

    def _attempt(self, make: Callable[[], QUndoCommand]) -> str | None:
        """Make the change as one command on the undo stack; None when done, else why it was refused."""
        try:
            command = make()
        except ValidationError as error:  # its text names fields; the problems read better alone
            problems = "; ".join(error.problems.values())
            return problems[:1].upper() + problems[1:]
        except AtlasError as error:
            return str(error)
        self.undo_stack.push(command)
        self.message.setText(translate("tag_manager", "{change} — Ctrl+Z undoes it.").format(change=command.text()))
        self.reload()
        self.changed.emit()
        return None

    def _push(self, make: Callable[[], QUndoCommand]) -> bool:
        problem = self._attempt(make)
        if problem is not None:
            self.message.setText(error_html(self.message.palette(), html.escape(problem)))
        return problem is None

    def create_tag(self, name: str, color: str) -> str | None:
        """Create a tag (undoable) and select it; None when done, else why not (a name taken, say)."""
        made: list[str] = []

        def make() -> CreateTag:
            command = CreateTag(self.store, name, color)
            made.append(command.uuid)
            return command

        problem = self._attempt(make)
        if problem is None:
            self.filter_field.clear()  # the new tag might not match the filter typed before
            self.select(made[0])
            self.view.scrollTo(self.view.currentIndex())
        return problem

    def rename(self, uuid: str, new_name: str) -> bool:
        return self._push(lambda: RenameTag(self.store, uuid, new_name))

    def recolor(self, uuid: str, color: str) -> bool:
        return self._push(lambda: RecolorTag(self.store, uuid, color))

    def merge(self, sources: list[str], target: str) -> bool:
        sources = [s for s in sources if s != target]
        if not sources:
            self.message.setText(translate("tag_manager", "Choose at least one other tag to merge into it."))
            return False
        return self._push(lambda: MergeTags(self.store, sources, target))

    def delete(self, uuids: list[str]) -> bool:
        return bool(uuids) and self._push(lambda: DeleteTags(self.store, uuids))

    # ---- dialogs around them -------------------------------------------------------------------

    def new_tag(self) -> NewTagDialog:
        """Open the New Tag dialog (window-modal); Create makes the tag and closes it, or says why not."""
        dialog = NewTagDialog(self.create_tag, [t.color for t in self.model.tags], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def rename_selected(self) -> None:
        uuids = self.selected_uuids()
        if len(uuids) != 1:
            return
        name, ok = QInputDialog.getText(self, translate("tag_manager", "Rename tag"),
                                        translate("tag_manager", "New name:"), text=self._name(uuids[0]))
        if ok and name.strip():
            self.rename(uuids[0], name)

    def recolor_selected(self) -> None:
        uuids = self.selected_uuids()
        if len(uuids) != 1:
            return
        current = next(t.color for t in self.model.tags if t.uuid == uuids[0])
        chosen = QColorDialog.getColor(QColor(current), self, translate("tag_manager", "Color of {tag}").format(
            tag=self._name(uuids[0])))
        if chosen.isValid():
            self.recolor(uuids[0], chosen.name())

    def merge_selected(self) -> None:
        uuids = self.selected_uuids()
        if not uuids:
            return
        if len(uuids) == 2:
            # two chosen: the bigger one usually is the keeper; offer it first
            counts = {t.uuid: t.count for t in self.model.tags}
            keeper = max(uuids, key=lambda u: counts.get(u, 0))
            choices = [self._name(keeper)] + [t.name for t in self.model.tags if t.uuid != keeper]
        else:
            choices = [t.name for t in self.model.tags if t.uuid not in uuids]
        names = ", ".join(self._name(u) for u in uuids)
        target, ok = QInputDialog.getItem(self,
                                          translate("tag_manager", "Merge tags"),
                                          translate("tag_manager", "Merge {tags} into:").format(tags=names), choices,
                                          0, False)
        if not ok:
            return
        target_uuid = next(t.uuid for t in self.model.tags if t.name == target)
        self.merge(uuids, target_uuid)

    def delete_selected(self) -> None:
        self.delete(self.selected_uuids())
