"""Sharing in the desktop: export to a file, import-and-merge with a preview, and resolving conflicts field by field."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.choices import tag_names
from db.store import Store
from desktop.operations import run_operation
from desktop.workers import JobRunner

ACTIONS = ("new", "updated", "unchanged", "deleted", "conflicts", "duplicates")
POLICY_LABELS = {"newer": "Newer wins (default)", "mine": "Keep mine", "theirs": "Take theirs"}
ITEM_ACTIONS = {"new": "New", "updated": "Updated", "deleted": "Deleted", "conflict": "In conflict",
                "duplicate": "Likely duplicates", "unchanged": "Unchanged"}


def _adapt(progress: Any) -> Any:
    """The exchange API reports (phase, done, total); the progress dialog wants (done, total)."""
    return lambda _phase, done, total: progress(done, total)


class ExportDialog(QDialog):
    """Choose what to export (everything, the selection, a tag, a search result) and what private work to leave out."""

    def __init__(self, store: Store, runner: JobRunner, *, selected: list[str], search_uuids: list[str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.selected, self.search_uuids = selected, search_uuids
        self.manifest: Any = None
        self.setWindowTitle("Export atlas")
        self.scope = QButtonGroup(self)
        self.all_button = QRadioButton("The whole atlas", self)
        self.selection_button = QRadioButton(f"The selected entries ({len(selected)}), with what they refer to", self)
        self.tag_button = QRadioButton("Entries with the tag", self)
        self.search_button = QRadioButton(f"The current search results ({len(search_uuids or [])})", self)
        for index, button in enumerate((self.all_button, self.selection_button, self.tag_button, self.search_button)):
            self.scope.addButton(button, index)
        self.all_button.setChecked(True)
        self.selection_button.setEnabled(bool(selected))
        self.search_button.setEnabled(bool(search_uuids))
        self.tag = QComboBox(self)
        self.tag.addItems(tag_names(store))
        self.tag.setEnabled(self.tag.count() > 0)
        self.tag_button.setEnabled(self.tag.count() > 0)
        self.without_private = QCheckBox("Leave out notes and evaluations marked private", self)
        self.without_authors = QLineEdit(self)
        self.without_authors.setPlaceholderText("authors to leave out, comma-separated (optional)")
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton("Export…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Export to a single .atlas file that a teammate can merge into theirs:", self))
        for button in (self.all_button, self.selection_button):
            layout.addWidget(button)
        tag_row = QHBoxLayout()
        tag_row.addWidget(self.tag_button)
        tag_row.addWidget(self.tag, 1)
        layout.addLayout(tag_row)
        layout.addWidget(self.search_button)
        layout.addWidget(self.without_private)
        layout.addWidget(self.without_authors)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export to", str(Path.home() / "shared.atlas"),
                                              "Model Atlas files (*.atlas)")
        if path:
            self.export_to(Path(path if path.endswith(".atlas") else f"{path}.atlas"))

    def export_to(self, out: Path) -> None:
        from db.exchange.api import export_atlas

        scope = self.scope.checkedId()
        uuids = self.selected if scope == 1 else self.search_uuids if scope == 3 else None
        tag = self.tag.currentText() if scope == 2 else None
        authors = [a.strip() for a in self.without_authors.text().split(",") if a.strip()]
        store, without_private = self.store, self.without_private.isChecked()
        self.export_button.setEnabled(False)

        def work(progress: Any, _cancelled: Any) -> Any:
            return export_atlas(store, out, uuids=uuids, tag=tag, without_private=without_private,
                                without_authors=authors, progress=_adapt(progress))

        self.operation = run_operation(self.runner, self, "Export", work, on_done=self._done, on_failed=self._failed)

    def _done(self, manifest: Any) -> None:
        self.manifest = manifest
        self.export_button.setEnabled(True)
        self.accept()

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.message.setText(f"<span style='color:#c0392b'>Export failed: {html.escape(message)}</span>")


class MergeDialog(QDialog):
    """Preview what merging a teammate's file would change, pick the policy, merge, then read the import log."""

    entryRequested = Signal(str)
    merged = Signal(object)

    def __init__(self, store: Store, runner: JobRunner, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.path = store, runner, Path(path)
        self.plan: dict[str, Any] | None = None
        self.report: Any = None
        self.setWindowTitle(f"Import and merge — {self.path.name}")
        self.info = QLabel("Checking the file…", self)
        self.info.setWordWrap(True)
        self.policy = QComboBox(self)
        for key, label in POLICY_LABELS.items():
            self.policy.addItem(label, key)
        self.policy.currentIndexChanged.connect(self.preview)
        self.counts = QTableWidget(0, len(ACTIONS), self)
        self.counts.setHorizontalHeaderLabels([a.capitalize() for a in ACTIONS])
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.log = QTreeWidget(self)
        self.log.setHeaderLabels(["What", "Kind", "Detail"])
        self.log.itemActivated.connect(self._open_item)
        self.log.setAccessibleName("Import log")
        self.merge_button = QPushButton("Merge", self)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.conflicts_button = QPushButton("Resolve Conflicts…", self)
        self.conflicts_button.setEnabled(False)
        self.conflicts_button.clicked.connect(self._resolve)
        close = QPushButton("Close", self)
        close.clicked.connect(self.accept)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel("When both sides changed an entry:", self))
        policy_row.addWidget(self.policy, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.conflicts_button, self.merge_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(policy_row)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.log, 2)
        layout.addLayout(buttons)
        self.resize(820, 640)

    def preview(self) -> None:
        from db.exchange.api import preview_merge

        store, path, policy = self.store, self.path, str(self.policy.currentData())
        self.merge_button.setEnabled(False)

        def work(progress: Any, _cancelled: Any) -> dict[str, Any]:
            plan = preview_merge(store, path, policy, progress=_adapt(progress))
            try:  # the incoming file stays in this worker thread: keep only plain data
                return {"json": plan.to_json(), "counts": plan.counts, "items": list(plan.items)}
            finally:
                plan.close()

        self.operation = run_operation(self.runner, self, "Checking the file", work, on_done=self._show_plan,
                                       on_failed=self._failed)

    def _show_plan(self, plan: dict[str, Any]) -> None:
        self.plan = plan
        data = plan["json"]
        upgraded = f" (upgraded from schema {data['upgraded_from']})" if data.get("upgraded_from") else ""
        self.info.setText(f"<b>{html.escape(self.path.name)}</b> — exported by {html.escape(str(data['exported_by']))} "
                          f"on {html.escape(str(data['exported_at']))}, schema {data['schema_revision']}{upgraded}. "
                          "Nothing has changed yet: this is what merging would do.")
        self._fill_counts(plan["counts"])
        self._fill_log(plan["items"], preview=True)
        self.merge_button.setEnabled(True)

    def _fill_counts(self, counts: dict[str, dict[str, int]]) -> None:
        kinds = sorted({kind for per_kind in counts.values() for kind in per_kind})
        self.counts.setRowCount(len(kinds))
        self.counts.setVerticalHeaderLabels(kinds)
        for row, kind in enumerate(kinds):
            for column, action in enumerate(ACTIONS):
                value = counts.get(action, {}).get(kind, 0)
                item = QTableWidgetItem(f"{value:,}" if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)

    def _fill_log(self, items: list[Any], *, preview: bool) -> None:
        self.log.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for item in items:
            if item.action == "unchanged":
                continue
            group = groups.get(item.action)
            if group is None:
                label = ITEM_ACTIONS.get(item.action, item.action)
                group = QTreeWidgetItem(self.log, [f"{label}{' (preview)' if preview else ''}"])
                groups[item.action] = group
            child = QTreeWidgetItem(group, [item.name, item.kind, item.detail])
            child.setData(0, Qt.ItemDataRole.UserRole, item.entry_uuid)
        for action, group in groups.items():
            group.setText(0, f"{group.text(0)} — {group.childCount():,}")
            group.setExpanded(action in ("conflict", "duplicate") or group.childCount() <= 20)

    def merge(self) -> None:
        from db.exchange.api import apply_merge

        store, path, policy = self.store, self.path, str(self.policy.currentData())
        self.merge_button.setEnabled(False)

        def work(progress: Any, cancelled: Any) -> Any:
            return apply_merge(store, path, policy, progress=_adapt(progress), cancelled=cancelled)

        self.operation = run_operation(self.runner, self, "Merging", work, on_done=self._merged,
                                       on_failed=self._failed, on_cancelled=self._cancelled)

    def _merged(self, report: Any) -> None:
        self.report = report
        totals = report.totals()
        self.info.setText(
            f"Merged <b>{html.escape(self.path.name)}</b>: {totals.get('new', 0):,} new, "
            f"{totals.get('updated', 0):,} updated, {totals.get('conflicts', 0):,} in conflict, "
            f"{totals.get('duplicates', 0):,} likely duplicates. A backup was saved first: "
            f"{html.escape(str(report.backup))}")
        self._fill_counts(report.counts)
        self._fill_log(report.items, preview=False)
        self.conflicts_button.setEnabled(totals.get("conflicts", 0) > 0)
        self.merged.emit(report)

    def _failed(self, message: str) -> None:
        self.info.setText(f"<span style='color:#c0392b'><b>This file cannot be merged:</b> {html.escape(message)}"
                          "</span><br>Your atlas was not changed.")
        self.merge_button.setEnabled(False)

    def _cancelled(self) -> None:
        self.info.setText("Merge cancelled — your atlas was not changed.")
        self.merge_button.setEnabled(True)

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if uuid:
            self.entryRequested.emit(str(uuid))

    def _resolve(self) -> None:
        dialog = ConflictsDialog(self.store, self)
        dialog.entryRequested.connect(self.entryRequested)
        dialog.open()


def _show(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictsDialog(QDialog):
    """Every open conflict; for one, each differing field with both versions and a choice: mine, theirs or edit."""

    entryRequested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle("Conflicts")
        self.conflicts: list[Any] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName("Conflicts")
        self.list.currentRowChanged.connect(self._show_conflict)
        self.fields = QTableWidget(0, 4, self)
        self.fields.setHorizontalHeaderLabels(["Field", "Mine", "Theirs", "Keep"])
        self.fields.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.fields.setAccessibleName("Differing fields")
        self.open_button = QPushButton("Open Entry", self)
        self.open_button.clicked.connect(self._open)
        self.resolve_button = QPushButton("Resolve", self)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.message = QLabel("", self)
        close = QPushButton("Close", self)
        close.clicked.connect(self.accept)
        splitter = QSplitter(self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.fields)
        splitter.setSizes([260, 620])
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.open_button, self.resolve_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Both sides changed these since they last shared a version. Nothing was "
                                "overwritten: choose, field by field, which version to keep, or edit it.", self))
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        from db.exchange.api import list_conflicts

        self.conflicts = list_conflicts(self.store)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(f"{conflict.name}  ·  {conflict.kind}")
            item.setToolTip(f"from {conflict.origin}, {conflict.created_at}")
            self.list.addItem(item)
        self.resolve_button.setEnabled(bool(self.conflicts))
        self.open_button.setEnabled(bool(self.conflicts))
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self.fields.setRowCount(0)
            self.message.setText("No open conflicts.")

    def _show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.fields.setRowCount(len(conflict.fields))
        for index, diff in enumerate(conflict.fields):
            self.fields.setItem(index, 0, QTableWidgetItem(diff.field))
            self.fields.setItem(index, 1, QTableWidgetItem(_show(diff.mine)))
            self.fields.setItem(index, 2, QTableWidgetItem(_show(diff.theirs)))
            choice = QComboBox(self.fields)
            choice.addItem("Mine", "mine")
            choice.addItem("Theirs", "theirs")
            choice.addItem("Edited (type in Mine)", "edit")
            self.fields.setCellWidget(index, 3, choice)
        for index in range(len(conflict.fields)):
            for column in (0, 2):
                cell = self.fields.item(index, column)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)

    def choices(self) -> dict[str, Any]:
        row = self.list.currentRow()
        conflict = self.conflicts[row]
        chosen: dict[str, Any] = {}
        for index, diff in enumerate(conflict.fields):
            widget = self.fields.cellWidget(index, 3)
            choice = widget.currentData() if isinstance(widget, QComboBox) else "mine"
            chosen[diff.field] = self.fields.item(index, 1).text() if choice == "edit" else choice
        return chosen

    def set_choice(self, field: str, choice: str) -> None:
        row = self.list.currentRow()
        for index, diff in enumerate(self.conflicts[row].fields):
            widget = self.fields.cellWidget(index, 3)
            if diff.field == field and isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(choice))

    def resolve_current(self) -> None:
        from db.errors import AtlasError
        from db.exchange.api import resolve_conflict

        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        try:
            resolve_conflict(self.store, self.conflicts[row].uuid, self.choices())
        except AtlasError as error:
            QMessageBox.warning(self, "Resolve conflict", str(error))
            return
        self.message.setText(f"Resolved {self.conflicts[row].name}.")
        self.reload()

    def _open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.conflicts) and self.conflicts[row].entry_uuid:
            self.entryRequested.emit(self.conflicts[row].entry_uuid)
