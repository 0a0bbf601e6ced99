"""The History window of one entry: its versions newest first, what each changed field by field, and restoring one."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP, local_value, translate, vocab
from desktop.local_time import local_time
from desktop.table_model import Index, TitledTableModel

if TYPE_CHECKING:
    from db.history.entries import Version
    from db.store import Store

VIA_LABELS = {"edit": QT_TRANSLATE_NOOP("history_view", "edit in the app"),
              "cli": QT_TRANSLATE_NOOP("history_view", "command line"),
              "seed": QT_TRANSLATE_NOOP("history_view", "seed"),
              "import": QT_TRANSLATE_NOOP("history_view", "import"),
              "merge": QT_TRANSLATE_NOOP("history_view", "merge"),
              "restore": QT_TRANSLATE_NOOP("history_view", "restore")}
SPECIAL_FIELDS = {"exists": QT_TRANSLATE_NOOP("history_view", "Exists"),
                  "tags": QT_TRANSLATE_NOOP("history_view", "Tags"),
                  "sources": QT_TRANSLATE_NOOP("history_view", "Sources"),
                  "evaluations": QT_TRANSLATE_NOOP("history_view", "Evaluations"),
                  "deleted_at": QT_TRANSLATE_NOOP("history_view", "Deleted")}
VERSION_COLUMNS = (QT_TRANSLATE_NOOP("history_view", "Version"), QT_TRANSLATE_NOOP("history_view", "When"),
                   QT_TRANSLATE_NOOP("history_view", "Who"), QT_TRANSLATE_NOOP("history_view", "Via"),
                   QT_TRANSLATE_NOOP("history_view", "Source"), QT_TRANSLATE_NOOP("history_view", "Changed"))
FIELD_COLUMNS = (QT_TRANSLATE_NOOP("history_view", "Field"), QT_TRANSLATE_NOOP("history_view", "Old"),
                 QT_TRANSLATE_NOOP("history_view", "New"))
VERSION_ROLE = Qt.ItemDataRole.UserRole + 31
MAX_CELL = 300  # a long text (a summary, a note) is cut in its cell; the tooltip has it whole


def field_label(kind: str, field: str) -> str:
    """A recorded field's name as the forms label it, in the user's language (`links.base_model` → "Links: …")."""
    from db.fields import FIELDS

    if field in SPECIAL_FIELDS:
        return translate("history_view", SPECIAL_FIELDS[field])
    for spec in FIELDS.get(kind, []):
        if field in (spec.attr, spec.key):
            return vocab(spec.label)
    head, _, rest = field.partition(".")
    if head == "links":
        return translate("history_view", "Link: {relation}").format(relation=rest.replace("_", " "))
    if head == "component":
        return translate("history_view", "Component: {name}").format(name=rest.replace("_", " "))
    if head == "assessment":
        return translate("history_view", "Assessment: {name}").format(name=rest.replace(".", " — ").replace("_", " "))
    if head == "clause_details":
        return translate("history_view", "Clause detail: {name}").format(name=rest.replace("_", " "))
    return field.replace("_", " ")


def value_text(value: Any) -> str:
    """A recorded value as a person reads it: nothing as a dash, lists joined, structures as compact JSON."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("history_view", "yes") if value else translate("history_view", "no")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or translate("history_view", "(none)")
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    return str(value)


def display_value(kind: str, field: str, value: Any, name_of: Callable[[str], str] | None = None) -> str:
    """A recorded value as the detail pane writes that field: figures with their units, dates in the locale,
    a reference by its entry's name (when `name_of` can tell it)."""
    from db.fields import FIELDS, FieldType, display, field_map

    spec = field_map(kind).get(field) if kind in FIELDS else None
    if spec is None or value is None or value == "" or isinstance(value, dict):
        return value_text(value)
    if spec.type == FieldType.REF and name_of is not None and isinstance(value, str):
        return name_of(value)
    try:
        return local_value(display(spec, value)) or value_text(value)
    except (TypeError, ValueError):  # a value of another shape than the field's (an older file's)
        return value_text(value)


def via_text(via: str) -> str:
    return translate("history_view", VIA_LABELS[via]) if via in VIA_LABELS else via


class FieldChangesModel(TitledTableModel):
    """Field, old value, new value: the changes of one version (or of one entry between two points)."""

    CONTEXT, COLUMNS = "history_view", FIELD_COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, str, str]] = []

    def set_changes(self, kind: str, changes: dict[str, list[Any]],
                    name_of: Callable[[str], str] | None = None) -> None:
        self.beginResetModel()
        self.rows = [(field_label(kind, field), display_value(kind, field, pair[0], name_of),
                      display_value(kind, field, pair[1], name_of)) for field, pair in changes.items()]
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        text = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if len(text) <= MAX_CELL else text[:MAX_CELL] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        return None


class VersionsModel(TitledTableModel):
    """An entry's versions, newest first: number, when, who, via what, from where, and which fields changed."""

    CONTEXT, COLUMNS = "history_view", VERSION_COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.versions: list[Version] = []

    def set_versions(self, kind: str, versions: list[Version]) -> None:
        self.beginResetModel()
        self.kind, self.versions = kind, list(versions)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.versions)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self.holds(index):
            return None
        version = self.versions[index.row()]
        if role == VERSION_ROLE:
            return version.version
        if role == Qt.ItemDataRole.ToolTipRole and not version.recorded_here:
            return translate("history_view", "Came in a teammate's merge: shown, but restored only as a whole "
                                             "through the merge's own version")
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return str(version.version)
        if column == 1:
            return local_time(version.at)
        if column == 2:
            return version.author
        if column == 3:
            teammate = "" if version.recorded_here else " " + translate("history_view", "(teammate's)")
            return via_text(version.via) + teammate
        if column == 4:
            return version.source
        return ", ".join(field_label(self.kind, field) for field in version.changes)


class HistoryView(QDialog):
    """One entry's history beside what the chosen version changed; restores go through `restoreRequested`
    (the action makes them undoable)."""

    restoreRequested = Signal(str, int)  # entry UUID, version number

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.uuid: str | None = None
        self.setWindowTitle(self.tr("History"))
        self.resize(820, 560)
        self.title = QLabel("", self)
        self.title.setWordWrap(True)
        self.versions = VersionsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyVersions")
        self.table.setAccessibleName(self.tr("Versions, newest first"))
        self.table.setModel(self.versions)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_version())
        self.fields = FieldChangesModel(self)
        self.field_table = QTableView(self)
        self.field_table.setObjectName("historyFields")
        self.field_table.setAccessibleName(self.tr("What this version changed"))
        self.field_table.setModel(self.fields)
        self.field_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_table.verticalHeader().hide()
        self.field_table.setWordWrap(True)
        header = self.field_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel("", self)
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore This Version"), self)
        self.restore_button.setToolTip(self.tr("Make the entry as it was right after this version (undoable)"))
        self.restore_button.clicked.connect(self._request_restore)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.field_table)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def show_entry(self, uuid: str) -> None:
        """Show the history of `uuid` (the newest version chosen)."""
        self.uuid = uuid
        self.reload()
        if self.versions.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def reload(self) -> None:
        """Read the history again, keeping the chosen version chosen (it keeps its number)."""
        from db.errors import NotFoundError
        from db.history.entries import entry_history

        if self.uuid is None:
            return
        chosen = self.chosen_version()
        try:
            entry = self.store.get(self.uuid, include_deleted=True)
            versions = entry_history(self.store, self.uuid)
        except NotFoundError:
            self.versions.set_versions("", [])
            self.title.setText(self.tr("This entry is no longer in the atlas."))
            self._show_version()
            return
        self.versions.set_versions(entry.kind, versions)
        many = len(versions)
        self.title.setText("<b>{name}</b> — {count}".format(
            name=entry.name.replace("&", "&amp;").replace("<", "&lt;"),
            count=translate("HistoryView", "%n version(s), newest first", "", many)))  # English plural too
        self.setWindowTitle(self.tr("History of {name}").format(name=entry.name))
        row = next((i for i, v in enumerate(versions) if v.version == chosen), 0 if versions else -1)
        if row >= 0:
            self.table.selectRow(row)
        self._show_version()

    def name_of(self, uuid: str) -> str:
        """The name of the entry a reference points to (its UUID when it is gone for good)."""
        from db.errors import NotFoundError

        try:
            return self.store.get(uuid, include_deleted=True).name
        except NotFoundError:
            return uuid

    def chosen_version(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(VERSION_ROLE) if index.isValid() else None

    def _chosen(self) -> Version | None:
        index = self.table.currentIndex()
        return self.versions.versions[index.row()] if index.isValid() else None

    def _show_version(self) -> None:
        version = self._chosen()
        if version is None:
            self.fields.set_changes("", {})
            self.restore_button.setEnabled(False)
            self.note.setText("")
            return
        self.fields.set_changes(self.versions.kind, version.changes, self.name_of)
        newest = self.versions.versions[0].version == version.version
        self.restore_button.setEnabled(version.recorded_here and not newest)
        if not version.recorded_here:
            self.note.setText(self.tr("This version came in a merge from a teammate: it cannot be restored on "
                                      "its own (restore the merge's version instead)."))
        elif newest:
            self.note.setText(self.tr("This is how the entry is now."))
        else:
            self.note.setText("")

    def _request_restore(self) -> None:
        version = self._chosen()
        if version is not None and self.uuid is not None and self.restore_button.isEnabled():
            self.restoreRequested.emit(self.uuid, version.version)
