"""The Changes page: what changed between two points (snapshots, now, another .atlas file), entry by entry."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.changes_pane import ChangesPane, kind_label
from desktop.local_time import local_time
from desktop.workers import JobRunner

if TYPE_CHECKING:
    from db.history.diff import Diff
    from db.store import Store

NOW = "now"
OTHER_FILE = "\x00file"  # the "Another atlas file…" item: choosing it opens a file dialog
DIFF_KEY = "changes.diff"
KINDS = ("model", "organization", "license", "policy_note", "note", "evaluation", "source", "tag")


def filtered(diff: Diff, kind: str | None) -> Diff:
    """The diff with only the entries of `kind` (all of them for None)."""
    from db.history.diff import Diff

    if kind is None:
        return diff
    return Diff(diff.a, diff.b, [e for e in diff.added if e.kind == kind], [e for e in diff.removed if e.kind == kind],
                [e for e in diff.changed if e.kind == kind])


class ChangesView(QWidget):
    """Pick two points and a kind; the diff runs in a worker; the entries changed, each with its field changes."""

    entryActivated = Signal(str)
    ready = Signal()

    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.diff: Diff | None = None
        self.first = QComboBox(self)
        self.first.setAccessibleName(self.tr("From"))
        self.second = QComboBox(self)
        self.second.setAccessibleName(self.tr("To"))
        for box in (self.first, self.second):
            # a long snapshot name is elided in the box (its list shows it whole): the labels beside keep their room
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
            box.activated.connect(lambda _i, b=box: self._on_point(b))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._show())
        self.compare_button = QPushButton(self.tr("Show &Changes"), self)
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.run_diff)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Comparing"))
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.export_md = QPushButton(self.tr("Export Markdown…"), self)
        self.export_md.clicked.connect(lambda: self.export("md"))
        self.export_html = QPushButton(self.tr("Export HTML…"), self)
        self.export_html.clicked.connect(lambda: self.export("html"))
        self.pane = ChangesPane(self, entries_name=self.tr("Entries changed"), fields_name=self.tr("Field differences"),
                                name_of=self.name_of)
        self.pane.entryActivated.connect(self.entryActivated)
        self.summary, self.entries, self.fields = self.pane.summary, self.pane.entries, self.pane.fields
        self.table, self.field_table = self.pane.table, self.pane.field_table
        self.summary.setText(self.tr("Choose two points and show what changed between them."))
        # the page has the room the previews lack: columns fit their contents, the entries get more of the height
        self.table.setObjectName("changesEntries")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.field_table.setObjectName("changesFields")
        self.field_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.pane.splitter.setStretchFactor(0, 3)
        self.pane.splitter.setStretchFactor(1, 2)
        self.action_row = QHBoxLayout()  # the snapshot actions, as buttons (desktop/actions/history.py adds them)
        points = QHBoxLayout()
        for text, box in ((self.tr("&From"), self.first), (self.tr("&To"), self.second), (self.tr("&Kind"), self.kind)):
            label = QLabel(text, self)
            label.setBuddy(box)
            # Qt measures "&To" a few pixels short of "To" (the mnemonic's width): ask for the text's own width
            label.setMinimumWidth(label.fontMetrics().horizontalAdvance(text.replace("&", "")) + 4)
            label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            points.addWidget(label)
            points.addWidget(box)
        points.addWidget(self.compare_button)
        points.addWidget(self.progress)
        points.addWidget(self.cancel_button)
        points.addStretch(1)
        tools = QHBoxLayout()
        tools.addLayout(self.action_row)
        tools.addStretch(1)
        tools.addWidget(self.export_md)
        tools.addWidget(self.export_html)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(points)
        layout.addLayout(tools)
        layout.addWidget(self.pane, 1)
        self.reload_points()
        self._update_buttons()

    def add_action_button(self, action: QAction) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(action.text().replace("&", ""))
        self.action_row.addWidget(button)
        return button

    # ---- the two points ----------------------------------------------------------------------------

    def reload_points(self) -> None:
        """Fill both boxes with the snapshots (newest first), now, the files chosen before, and "another file"."""
        from db.history.snapshots import list_snapshots

        snapshots = list(reversed(list_snapshots(self.store)))
        for box in (self.first, self.second):
            chosen = box.currentData()
            files = [(box.itemText(i), box.itemData(i)) for i in range(box.count())
                     if str(box.itemData(i) or "").endswith(".atlas")]
            box.blockSignals(True)
            box.clear()
            box.addItem(self.tr("Now"), NOW)
            for snapshot in snapshots:
                box.addItem(self.tr("{name} ({when})").format(name=snapshot.name, when=local_time(snapshot.at)),
                            snapshot.name)
            for text, path in files:
                box.addItem(text, path)
            box.addItem(self.tr("Another atlas file…"), OTHER_FILE)
            index = box.findData(chosen) if chosen not in (None, OTHER_FILE) else -1
            if index < 0:  # the default: from the newest snapshot to now
                index = box.findData(snapshots[0].name) if box is self.first and snapshots else 0
            box.setCurrentIndex(index)
            box.blockSignals(False)

    def set_points(self, first: str, second: str) -> None:
        """Choose the two points by what they are (a snapshot name, "now" or a file's path)."""
        for box, point in ((self.first, first), (self.second, second)):
            index = box.findData(point)
            if index < 0 and point.endswith(".atlas"):
                self._add_file(box, Path(point))
            elif index >= 0:
                box.setCurrentIndex(index)

    def _add_file(self, box: QComboBox, path: Path) -> None:
        index = box.findData(str(path))
        if index < 0:
            index = box.count() - 1  # before "Another atlas file…"
            box.insertItem(index, path.name, str(path))
            box.setItemData(index, str(path), Qt.ItemDataRole.ToolTipRole)
        box.setCurrentIndex(index)

    def _on_point(self, box: QComboBox) -> None:
        if box.currentData() != OTHER_FILE:
            return
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Compare with another atlas file"), str(Path.home()),
                                                self.tr("Atlas files (*.atlas)"))
        if chosen:
            self._add_file(box, Path(chosen))
        else:
            box.setCurrentIndex(0)

    # ---- the diff ---------------------------------------------------------------------------------

    def run_diff(self) -> None:
        """Compare the two points in a worker (a file or an old snapshot is rebuilt whole: that takes a while)."""
        from db.history.diff import diff_points

        first, second = self.first.currentData(), self.second.currentData()
        if OTHER_FILE in (first, second) or first is None or second is None:
            return
        store = self.store

        def work(_progress: Any, _cancelled: Any) -> Diff:
            return diff_points(store, str(first), str(second))

        self.summary.setText(self.tr("Comparing…"))
        self.progress.show()
        self.cancel_button.show()
        self.compare_button.setEnabled(False)
        self.runner.start(work, key=DIFF_KEY, on_done=self._on_diff, on_failed=self._on_failed,
                          on_cancelled=self._stopped, name="changes")

    def cancel(self) -> None:
        """Stop waiting for the diff; its outcome is dropped when it arrives."""
        self.runner.supersede(DIFF_KEY)
        self._stopped()
        self.summary.setText(self.tr("Stopped."))

    def _stopped(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.compare_button.setEnabled(True)

    def _on_failed(self, message: str) -> None:
        self._stopped()
        self.summary.setText(message)
        self.ready.emit()

    def _on_diff(self, diff: Diff) -> None:
        self._stopped()
        self.diff = diff
        self._show()
        self.table.setFocus()
        self.ready.emit()

    def shown_diff(self) -> Diff | None:
        """The diff as the page shows it: only the kind chosen."""
        return None if self.diff is None else filtered(self.diff, self.kind.currentData())

    def _show(self) -> None:
        diff = self.shown_diff()
        self.pane.show_entries(diff)
        self._update_buttons()
        if diff is None:
            return
        added, removed, changed = len(diff.added), len(diff.removed), len(diff.changed)
        self.summary.setText(self.tr("From {a} to {b}:").format(a=diff.a, b=diff.b) + " " + ", ".join((
            self.tr("%n added", "", added), self.tr("%n removed", "", removed), self.tr("%n changed", "", changed))))

    def name_of(self, uuid: str) -> str:
        """The name of the entry a reference points to (as the UUID when this atlas does not have it)."""
        from db.errors import NotFoundError

        try:
            return self.store.get(uuid, include_deleted=True).name
        except NotFoundError:
            return uuid

    def atlas_changed(self) -> None:
        """A comparison that reads "now" is out of date once the atlas changes: say so (it is not re-run unasked)."""
        if self.diff is None or NOW not in (self.first.currentData(), self.second.currentData()):
            return
        note = self.tr("The atlas has changed since: Show Changes again to include it.")
        if note not in self.summary.text():
            self.summary.setText(f"{self.summary.text()} — {note}")

    def _update_buttons(self) -> None:
        has = self.diff is not None
        self.export_md.setEnabled(has)
        self.export_html.setEnabled(has)

    def export(self, fmt: str, path: Path | None = None) -> Path | None:
        """The shown changes as a Markdown or self-contained HTML file (a file dialog asks where)."""
        from db.history.diff import to_html, to_markdown

        diff = self.shown_diff()
        if diff is None:
            return None
        if path is None:
            suffix = "md" if fmt == "md" else "html"
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export changes"), str(Path.home() / f"changes.{suffix}"),
                self.tr("Markdown (*.md)") if fmt == "md" else self.tr("HTML (*.html)"))
            if not chosen:
                return None
            path = Path(chosen)
        path.write_text(to_markdown(diff) if fmt == "md" else to_html(diff), encoding="utf-8")
        return path
