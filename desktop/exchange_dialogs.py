"""Sharing in the desktop: export to a file, import-and-merge with a preview, and resolving conflicts field by field."""

from __future__ import annotations

import html
import json
import re
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
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.choices import tag_names
from db.exchange.merge import MergePlan, MergeReport
from db.exchange.untrusted import IncomingFile
from db.jobs import by_stage
from db.store import Store
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.local_time import local_time
from desktop.operations import run_operation
from desktop.theme import error_html
from desktop.workers import JobRunner

ACTIONS = ("new", "updated", "unchanged", "deleted", "conflicts", "duplicates")
ACTION_HEADINGS = {
    "new": QT_TRANSLATE_NOOP("exchange_dialogs", "New"),
    "updated": QT_TRANSLATE_NOOP("exchange_dialogs", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("exchange_dialogs", "Unchanged"),
    "deleted": QT_TRANSLATE_NOOP("exchange_dialogs", "Deleted"),
    "conflicts": QT_TRANSLATE_NOOP("exchange_dialogs", "In conflict"),
    "duplicates": QT_TRANSLATE_NOOP("exchange_dialogs", "Likely duplicates"),
}
SENTENCE_VERBS = (("new", "add", "added"), ("updated", "update", "updated"), ("deleted", "delete", "deleted"),
                  ("conflicts", "keep for you to resolve", "kept for you to resolve"),
                  ("duplicates", "flag as likely duplicates", "flagged as likely duplicates"))
POLICY_LABELS = {
    "newer": QT_TRANSLATE_NOOP("exchange_dialogs", "Newer wins (default)"),
    "mine": QT_TRANSLATE_NOOP("exchange_dialogs", "Keep mine"),
    "theirs": QT_TRANSLATE_NOOP("exchange_dialogs", "Take theirs"),
}
ITEM_ACTIONS = {"new": "New", "updated": "Updated", "deleted": "Deleted", "conflict": "In conflict",
                "duplicate": "Likely duplicates", "unchanged": "Unchanged"}
"""The log's words for what happened to an item (the texts of ACTION_HEADINGS, translated where shown)."""
"""The log's words for what happened to an item (the same texts as ACTION_HEADINGS, translated where shown)."""


class ExportDialog(QDialog):
    """Choose what to export (everything, the selection, a tag, a search result) and what private work to leave out."""

    def __init__(self, store: Store, runner: JobRunner, *, selected: list[str], search_uuids: list[str] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.selected, self.search_uuids = selected, search_uuids
        self.manifest: Any = None
        self.setWindowTitle(translate("exchange_dialogs", "Export atlas"))
        self.scope = QButtonGroup(self)
        self.all_button = QRadioButton(translate("exchange_dialogs", "The whole atlas"), self)
        chosen = len(selected)
        self.selection_button = QRadioButton(translate(
            "exchange_dialogs", "The selected entries ({count}), with what they refer to").format(count=chosen), self)
        self.tag_button = QRadioButton(translate("exchange_dialogs", "Entries with the tag"), self)
        self.search_button = QRadioButton(translate("exchange_dialogs", "The current search results ({count})").format(
            count=len(search_uuids or [])), self)
        for index, button in enumerate((self.all_button, self.selection_button, self.tag_button, self.search_button)):
            self.scope.addButton(button, index)
        self.all_button.setChecked(True)
        self.selection_button.setEnabled(bool(selected))
        self.search_button.setEnabled(bool(search_uuids))
        self.tag = QComboBox(self)
        self.tag.addItems(tag_names(store))
        self.tag.setEnabled(self.tag.count() > 0)
        self.tag_button.setEnabled(self.tag.count() > 0)
        self.without_private = QCheckBox(
            translate("exchange_dialogs", "Leave out notes and evaluations marked private"), self)
        self.without_authors = QLineEdit(self)
        self.without_authors.setAccessibleName(translate("exchange_dialogs", "Authors to leave out"))
        self.without_authors.setPlaceholderText(
            translate("exchange_dialogs", "authors to leave out, comma-separated (optional)"))
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            translate("exchange_dialogs", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            translate("exchange_dialogs", "Export to a single .atlas file that a teammate can merge into theirs:"),
            self))
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
        path, _ = QFileDialog.getSaveFileName(self,
                                              translate("exchange_dialogs", "Export to"),
                                              str(Path.home() / "shared.atlas"),
                                              translate("exchange_dialogs", "Model Atlas files (*.atlas)"))
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
                                without_authors=authors, progress=by_stage(progress))

        self.operation = run_operation(self.runner, self, "Export", work, on_done=self._done, on_failed=self._failed)

    def _done(self, manifest: Any) -> None:
        self.manifest = manifest
        self.export_button.setEnabled(True)
        self.accept()

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        failed = translate("exchange_dialogs", "Export failed: {problem}").format(problem=html.escape(message))
        self.message.setText(error_html(self.message.palette(), failed))


class _Held:
    """The verified incoming file, set by the worker that verified it and read once that job has ended."""

    def __init__(self, incoming: IncomingFile | None) -> None:
        self.incoming = incoming
        self.changes: Any = None  # the preview's Diff, entry by entry (db.history.preview)


def _plan_sentence(counts: dict[str, dict[str, int]], *, done: bool) -> str:
    """ "Merging would add 12 models and 3 licenses; update 1 model." in kinds, never in table names."""
    from db.exchange.labels import describe_counts

    parts = [f"{past if done else present} {text}" for action, present, past in SENTENCE_VERBS
             if (text := describe_counts(counts.get(action, {})))]
    if not parts:
        return translate("exchange_dialogs", "Nothing changed: your atlas already had everything in this file.") \
            if done else translate("exchange_dialogs",
                                   "Merging would change nothing: your atlas already has everything in this file.")
    return ((translate("exchange_dialogs", "Merged: {changes}.") if done
             else translate("exchange_dialogs", "Merging would {changes}.")).format(changes="; ".join(parts)))


class MergeDialog(QDialog):
    """Preview what merging a teammate's file would change, pick the policy, merge, then read the import log.

    The file is verified once, by the first preview, into a private copy that the dialog keeps: previews under
    another policy and the merge itself read that copy, and it is removed when the dialog closes. Preview and
    merge run in a worker with progress and Cancel shown in the dialog itself.
    """

    entryRequested = Signal(str)
    merged = Signal(object)
    idle = Signal()  # a preview or merge has ended, however it ended

    def __init__(self, store: Store, runner: JobRunner, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner, self.path = store, runner, Path(path)
        self.plan: MergePlan | None = None  # the preview shown, for the policy chosen
        self._kept = _Held(None)  # the private, verified copy both preview and merge read (see `verified`)
        # A dialog that goes with its window never hears `finished`: remove the copy then too.
        self.destroyed.connect(lambda _gone=None, kept=self._kept: kept.incoming and kept.incoming.close())
        self.report: Any = None
        self.job: Any = None
        self._job_kind = ""
        self._stopping = False  # Cancel was pressed for the running job
        self._closed = False
        self.setWindowTitle(translate("exchange_dialogs", "Import and merge — {file}").format(file=self.path.name))
        self.info = QLabel(translate("exchange_dialogs", "Checking the file…"), self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.policy = QComboBox(self)
        for key, english in POLICY_LABELS.items():
            label = translate("exchange_dialogs", english)
            self.policy.addItem(label, key)
        self.policy.currentIndexChanged.connect(self.preview)
        self.counts = QTableWidget(0, len(ACTIONS), self)
        self.counts.setHorizontalHeaderLabels([translate("exchange_dialogs", ACTION_HEADINGS[a]) for a in ACTIONS])
        self.counts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.counts.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.counts.setAccessibleName(translate("exchange_dialogs", "What merging changes, by kind"))
        self.log = QTreeWidget(self)
        self.log.setHeaderLabels([translate("exchange_dialogs", "What"), translate("exchange_dialogs", "Kind"),
                                  translate("exchange_dialogs", "Detail")])
        self.log.itemActivated.connect(self._open_item)
        self.log.setAccessibleName(translate("exchange_dialogs", "Import log"))
        from desktop.changes_pane import ChangesPane

        self.changes = ChangesPane(self)
        self.changes.setAccessibleName(translate("exchange_dialogs", "What merging would change, field by field"))
        self.changes.entryActivated.connect(self.entryRequested)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("exchange_dialogs", "Import log and changes"))
        self.tabs.addTab(self.log, translate("exchange_dialogs", "Import log"))
        self.tabs.addTab(self.changes, translate("exchange_dialogs", "Changes"))
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(translate("exchange_dialogs", "Merge progress"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(translate("exchange_dialogs", "Cancel"), self)
        self.cancel_button.setToolTip(
            translate("exchange_dialogs", "Stop checking or merging; your atlas stays as it is"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.preview_button = QPushButton(translate("exchange_dialogs", "Preview"), self)
        self.preview_button.setToolTip(translate("exchange_dialogs", "Check again what merging this file would do"))
        self.preview_button.hide()
        self.preview_button.clicked.connect(self.preview)
        self.merge_button = QPushButton(translate("exchange_dialogs", "Merge"), self)
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        self.conflicts_button = QPushButton(translate("exchange_dialogs", "Resolve Conflicts…"), self)
        self.conflicts_button.setEnabled(False)
        self.conflicts_button.clicked.connect(self._resolve)
        self.close_button = QPushButton(translate("exchange_dialogs", "Close"), self)
        self.close_button.clicked.connect(self.accept)
        self.finished.connect(self._on_finished)
        policy_row = QHBoxLayout()
        policy_row.addWidget(QLabel(translate("exchange_dialogs", "When both sides changed an entry:"), self))
        policy_row.addWidget(self.policy, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(0)
        for button in (self.conflicts_button, self.preview_button, self.merge_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addLayout(policy_row)
        layout.addWidget(self.counts, 1)
        layout.addWidget(self.tabs, 2)
        layout.addLayout(buttons)
        self.resize(820, 640)

    @property
    def verified(self) -> IncomingFile | None:
        return self._kept.incoming

    @verified.setter
    def verified(self, incoming: IncomingFile | None) -> None:
        self._kept.incoming = incoming

    # ---- jobs ------------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None

    def preview(self) -> None:
        """Say what merging would do under the chosen policy; the first preview verifies the file."""
        from db.exchange.api import preview_merge
        from db.exchange.untrusted import open_incoming
        from db.history.preview import preview_merge_changes

        if self.busy() or self._closed:
            return
        store, path, policy = self.store, self.path, str(self.policy.currentData())
        held = _Held(self.verified)
        self.plan = None

        def work(progress: Any, cancelled: Any) -> MergePlan | None:
            if held.incoming is None:
                held.incoming = open_incoming(path)  # verified here, once: later previews and the merge reuse it
            if cancelled():
                return None
            plan = preview_merge(store, held.incoming, policy, progress=by_stage(progress), cancelled=cancelled)
            # entry by entry and field by field: the same diff as `modelatlas diff`, on a copy of the atlas
            held.changes = preview_merge_changes(store, held.incoming, policy, cancelled=cancelled)
            return plan

        def show(plan: MergePlan) -> None:
            self._show_plan(plan)
            self.changes.set_diff(held.changes)

        self.changes.set_diff(None)
        self._run("preview", translate("exchange_dialogs", "Checking the file…") if held.incoming is None
                  else translate("exchange_dialogs", "Checking what would change…"),
                  work, held, show)

    def merge(self) -> None:
        """Merge from the verified copy the preview kept (the file is not read or verified again)."""
        from db.exchange.api import apply_merge

        if self.busy() or self.verified is None or self.plan is None:
            return
        store, incoming, policy = self.store, self.verified, str(self.policy.currentData())

        def work(progress: Any, cancelled: Any) -> Any:
            return apply_merge(store, incoming, policy, progress=by_stage(progress), cancelled=cancelled)

        self._run("merge", "Merging…", work, _Held(incoming), self._merged)

    def cancel(self) -> None:
        """Stop the running preview or merge; what it did is rolled back and the dialog says so at once."""
        if self.job is None:
            return
        self._stopping = True
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.info.setText(translate("exchange_dialogs", "Cancelling…"))

    def _run(self, kind: str, text: str, work: Any, held: _Held, on_done: Any) -> None:
        self._job_kind, self._stopping = kind, False
        self.info.setText(text)
        self.merge_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.policy.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.job = self.runner.start(work, on_done=lambda result: self._ended(held, on_done, result),
                                     on_failed=lambda message: self._ended(held, self._failed, message),
                                     on_cancelled=lambda: self._ended(held, None, None),
                                     on_progress=self._progress, name=f"merge {kind}")

    def _progress(self, done: int, total: int) -> None:
        if self.job is not None and total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def _ended(self, held: _Held, handler: Any, value: Any) -> None:
        self.job = None
        self.progress.hide()
        self.cancel_button.setEnabled(False)
        self.policy.setEnabled(True)
        self.verified = held.incoming  # None only when verification itself failed
        if isinstance(value, MergePlan) and not isinstance(value, MergeReport):
            value.incoming = None  # the verified copy is the dialog's, kept for the merge
        if self._closed:
            self._release()
        elif self._stopping or handler is None:
            self._show_cancelled()
        else:
            handler(value)
        self.idle.emit()

    def _on_finished(self, _result: int) -> None:
        self._closed = True
        if self.job is not None:
            self.job.cancel()  # the copy is removed when the job has let go of it
        else:
            self._release()

    def _release(self) -> None:
        if self.verified is not None:
            self.verified.close()
            self.verified = None

    # ---- showing ---------------------------------------------------------------------------------

    def _show_plan(self, plan: MergePlan) -> None:
        self.plan = plan
        manifest = plan.manifest
        who = html.escape(manifest.author or translate("exchange_dialogs", "someone"))
        older = (" " + translate("exchange_dialogs",
                                 "It comes from an older version of Model Atlas and was read through an upgraded copy.")
                 if plan.upgraded_from else "")
        if plan.note:  # no valid seal: verified by its content, and how to get a sealed copy
            older += " " + html.escape(plan.note)
        exported = translate("exchange_dialogs", "<b>{file}</b> — exported by {author} on {when}.").format(
            file=html.escape(self.path.name), author=who, when=html.escape(local_time(manifest.exported_at)))
        self.info.setText(f"{exported}{older}<br>" + translate("exchange_dialogs", "Nothing has changed yet.")
                          + f" {html.escape(_plan_sentence(plan.counts, done=False))}")
        self._fill_counts(plan.counts)
        self._fill_log(plan.items, preview=True)
        self.preview_button.hide()
        self.merge_button.setEnabled(True)

    def _fill_counts(self, counts: dict[str, dict[str, int]]) -> None:
        from db.exchange.labels import kind_label

        kinds = sorted({kind for per_kind in counts.values() for kind, n in per_kind.items() if n},
                       key=kind_label)
        self.counts.setRowCount(len(kinds))
        self.counts.setVerticalHeaderLabels([kind_label(kind) for kind in kinds])
        for row, kind in enumerate(kinds):
            for column, action in enumerate(ACTIONS):
                value = counts.get(action, {}).get(kind, 0)
                item = QTableWidgetItem(f"{value:,}" if value else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.counts.setItem(row, column, item)

    def _fill_log(self, items: list[Any], *, preview: bool) -> None:
        from db.exchange.labels import kind_names

        self.log.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for item in items:
            if item.action == "unchanged":
                continue
            group = groups.get(item.action)
            if group is None:
                label = translate("exchange_dialogs", ITEM_ACTIONS.get(item.action, item.action.capitalize()))
                group = QTreeWidgetItem(self.log, [f"{label}{' (preview)' if preview else ''}"])
                groups[item.action] = group
            child = QTreeWidgetItem(group, [item.name, kind_names(item.kind)[0].capitalize(), item.detail])
            child.setToolTip(0, item.name)
            child.setData(0, Qt.ItemDataRole.UserRole, item.entry_uuid)
        for action, group in groups.items():
            group.setText(0, f"{group.text(0)} — {group.childCount():,}")
            group.setFirstColumnSpanned(True)
            group.setExpanded(action in ("conflict", "duplicate") or group.childCount() <= 20)
        for column in (0, 1):
            self.log.resizeColumnToContents(column)

    def _merged(self, report: MergeReport) -> None:
        self.report = report
        self._release()  # merged: the copy is no longer needed
        totals = report.totals()
        self.info.setText(f"<b>{html.escape(self.path.name)}</b>: "
                          f"{html.escape(_plan_sentence(report.counts, done=True))} "
                          + translate("exchange_dialogs", "A backup was saved first: {file}").format(
                              file=html.escape(str(report.backup))))
        self._fill_counts(report.counts)
        self._fill_log(report.items, preview=False)
        self.conflicts_button.setEnabled(totals.get("conflicts", 0) > 0)
        self.policy.setEnabled(False)
        self.merged.emit(report)

    def _failed(self, message: str) -> None:
        if self._job_kind == "merge" and self.verified is not None:
            self.info.setText(error_html(self.info.palette(), translate(
                "exchange_dialogs", "<b>The merge failed:</b> {problem}").format(problem=html.escape(message)))
                              + "<br>" + translate("exchange_dialogs", "Your atlas was not changed."))
            self.merge_button.setEnabled(True)
            return
        self.info.setText(error_html(self.info.palette(), translate(
            "exchange_dialogs", "<b>This file cannot be merged:</b> {problem}").format(problem=html.escape(message)))
                          + "<br>" + translate("exchange_dialogs", "Your atlas was not changed."))
        self.merge_button.setEnabled(False)
        self.policy.setEnabled(self.verified is not None)

    def _show_cancelled(self) -> None:
        if self._job_kind == "merge":
            self.info.setText(
                translate("exchange_dialogs",
                          "Merge cancelled — your atlas was not changed. Press Merge to merge it after all."))
            self.merge_button.setEnabled(True)
            return
        self.plan = None
        self.counts.setRowCount(0)
        self.log.clear()
        self.info.setText(
            translate("exchange_dialogs",
                      "Preview cancelled — nothing was changed. Press Preview to check the file again."))
        self.merge_button.setEnabled(False)
        self.preview_button.show()
        self.preview_button.setEnabled(True)

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        if uuid:
            self.entryRequested.emit(str(uuid))

    def _resolve(self) -> None:
        dialog = ConflictsDialog(self.store, self)
        dialog.entryRequested.connect(self.entryRequested)
        dialog.open()


UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TIME_TEXT = re.compile(r"^\d{4}-\d\d-\d\d[T ]\d\d:\d\d")
SHOWN_ROLE = Qt.ItemDataRole.UserRole + 1  # the text a value cell was filled with (edited when it differs)


def _show(store: Store, value: Any) -> str:
    """A stored value as people read it: an entry's name for its UUID, a local date for a stored time."""
    from db.errors import AtlasError

    if value is None:
        return ""
    if isinstance(value, str) and UUID_TEXT.match(value):
        try:
            return store.get(value).name
        except AtlasError:  # not here (yet): the UUID is all there is to show
            return value
    if isinstance(value, str) and TIME_TEXT.match(value):
        return local_time(value)
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ConflictsDialog(QDialog):
    """Every open conflict; for one, each differing field with both versions and a choice: mine, theirs or edit."""

    entryRequested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(translate("exchange_dialogs", "Conflicts"))
        self.conflicts: list[Any] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("exchange_dialogs", "Conflicts"))
        self.list.currentRowChanged.connect(self._show_conflict)
        self.fields = QTableWidget(0, 4, self)
        self.fields.setHorizontalHeaderLabels([translate("exchange_dialogs", "Field"),
                                               translate("exchange_dialogs", "Mine"),
                                               translate("exchange_dialogs", "Theirs"),
                                               translate("exchange_dialogs", "Keep")])
        header = self.fields.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # the two versions share the room
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.setAccessibleName(translate("exchange_dialogs", "Differing fields"))
        self.fields.verticalHeader().hide()
        self.open_button = QPushButton(translate("exchange_dialogs", "Open Entry"), self)
        self.open_button.clicked.connect(self._open)
        self.resolve_button = QPushButton(translate("exchange_dialogs", "Resolve"), self)
        self.resolve_button.clicked.connect(self.resolve_current)
        self.message = QLabel("", self)
        close = QPushButton(translate("exchange_dialogs", "Close"), self)
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
        layout.addWidget(QLabel(
            translate("exchange_dialogs", "Both sides changed these since they last shared a version. Nothing was "
                                "overwritten: choose, field by field, which version to keep, or edit it."), self))
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        from db.exchange.api import list_conflicts
        from db.exchange.labels import kind_names

        self.conflicts = list_conflicts(self.store)
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(f"{conflict.name}  ·  {kind_names(conflict.kind)[0]}")
            item.setToolTip(translate("exchange_dialogs", "from {origin}; kept {when}").format(
                origin=conflict.origin, when=local_time(conflict.created_at)))
            self.list.addItem(item)
        self.resolve_button.setEnabled(bool(self.conflicts))
        self.open_button.setEnabled(bool(self.conflicts))
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self.fields.setRowCount(0)
            self.message.setText(translate("exchange_dialogs", "No open conflicts."))

    def _show_conflict(self, row: int) -> None:
        from db.exchange.labels import field_label

        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.fields.setRowCount(len(conflict.fields))
        for index, diff in enumerate(conflict.fields):
            label = QTableWidgetItem(field_label(conflict.kind, diff.field))
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.fields.setItem(index, 0, label)
            for column, value in ((1, diff.mine), (2, diff.theirs)):
                shown = _show(self.store, value)
                cell = QTableWidgetItem(shown)
                cell.setData(SHOWN_ROLE, shown)
                cell.setToolTip(shown)
                if column == 2:  # only Mine is typed in (for "Edited")
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.fields.setItem(index, column, cell)
            choice = QComboBox(self.fields)
            choice.addItem(translate("exchange_dialogs", "Mine"), translate("exchange_dialogs", "mine"))
            choice.addItem(translate("exchange_dialogs", "Theirs"), translate("exchange_dialogs", "theirs"))
            choice.addItem(translate("exchange_dialogs", "Edited (type in Mine)"),
                           translate("exchange_dialogs", "edit"))
            self.fields.setCellWidget(index, 3, choice)

    def choices(self) -> dict[str, Any]:
        row = self.list.currentRow()
        conflict = self.conflicts[row]
        chosen: dict[str, Any] = {}
        for index, diff in enumerate(conflict.fields):
            widget = self.fields.cellWidget(index, 3)
            choice = widget.currentData() if isinstance(widget, QComboBox) else "mine"
            mine = self.fields.item(index, 1)
            if choice == "edit" and mine is not None:  # what was typed; an untouched cell keeps what it shows
                chosen[diff.field] = diff.mine if mine.text() == mine.data(SHOWN_ROLE) else mine.text()
            else:
                chosen[diff.field] = choice
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
            QMessageBox.warning(self, translate("exchange_dialogs", "Resolve conflict"), str(error))
            return
        self.message.setText(translate("exchange_dialogs", "Resolved {entry}.").format(entry=self.conflicts[row].name))
        self.reload()

    def _open(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.conflicts) and self.conflicts[row].entry_uuid:
            self.entryRequested.emit(self.conflicts[row].entry_uuid)
