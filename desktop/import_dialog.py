"""File ▸ Import from catalog…: choose catalog and files, preview (a dry run), import with progress, read the report."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.store import Store
from desktop.i18n import QT_TRANSLATE_NOOP, local_count, local_decimal, translate, vocab
from desktop.operations import run_operation
from desktop.theme import error_html
from desktop.workers import JobRunner

CATALOGS: list[tuple[str, str, str]] = [
    ("mot", QT_TRANSLATE_NOOP("import_dialog", "Model Openness Tool (YAML files)"), "YAML (*.yml *.yaml)"),
    ("osai", QT_TRANSLATE_NOOP("import_dialog", "European Open Source AI Index (YAML files)"), "YAML (*.yml *.yaml)"),
    ("epoch", QT_TRANSLATE_NOOP("import_dialog", "Epoch AI — All ML Systems (CSV)"), "CSV (*.csv)"),
    ("hf-card", QT_TRANSLATE_NOOP("import_dialog", "Hugging Face model cards (README.md)"), "Model cards (*.md)"),
    ("fmti", QT_TRANSLATE_NOOP("import_dialog", "Stanford FMTI scores (CSV)"), "CSV (*.csv)"),
    ("spdx", QT_TRANSLATE_NOOP("import_dialog", "SPDX license list (bundled, offline)"), ""),
]


REVIEW_DONE = {"merge": QT_TRANSLATE_NOOP("import_dialog", "merged"),
               "create": QT_TRANSLATE_NOOP("import_dialog", "created as a new entry"),
               "dismiss": QT_TRANSLATE_NOOP("import_dialog", "dismissed")}


def _change_line(change: dict[str, Any]) -> str:
    """One updated entry: a link to it, and what changed in words (never field keys)."""
    from db.importers.labels import change_label

    kind = str(change.get("kind") or "model")
    changed = [change_label(kind, str(key)) for key in change.get("fields") or []]
    stated = len(change.get("statements") or [])
    what = (translate("import_dialog", "changed: {fields}").format(fields=", ".join(vocab(c) for c in changed))
            if changed else translate("import_dialog", "no value changed"))
    if stated:  # kept as provenance: what this catalog says, shown beside other sources' values
        what += "; " + translate("import_dialog", "%n value(s) recorded as what the catalog says", "", stated)
    return (f"<li><a href='atlas://entry/{html.escape(str(change.get('entry', '')))}'>"
            f"{html.escape(str(change.get('name')))}</a> <small>{html.escape(what)}</small></li>")


def report_html(report: Any) -> str:
    """The import report as inert HTML; changed entries link to themselves."""
    from db.importers.labels import source_label

    data = report.as_dict()
    rows = "".join(f"<tr><td>{label}</td><td align='right'><b>{local_count(value)}</b></td></tr>" for label, value in (
        (translate("import_dialog", "new"), data["new"]), (translate("import_dialog", "updated"), data["updated"]),
        (translate("import_dialog", "unchanged"), data["unchanged"]),
        (translate("import_dialog", "need review"), data["review"]),
        (translate("import_dialog", "rejected"), len(data["rejected"]))))
    catalog = html.escape(source_label(str(data["source"])))
    heading = (translate("import_dialog", "Preview of the {catalog} import — nothing has been written yet")
               if data["dry_run"] else translate("import_dialog", "{catalog}: import finished")).format(catalog=catalog)
    read = data["files"]
    files = translate("import_dialog", "%n file(s) read in {seconds} s", "", read).format(
        seconds=local_decimal(data["seconds"]))
    parts = [f"<h3>{heading}</h3>", f"<p>{files}</p><table>{rows}</table>"]
    if data["changes"]:
        items = "".join(_change_line(change) for change in data["changes"][:300])
        more = len(data["changes"]) - 300
        title = (translate("import_dialog", "What the import would change") if data["dry_run"]
                 else translate("import_dialog", "What the import changed"))
        parts.append(f"<h4>{title}</h4><ul>{items}</ul>"
                     + ("<p>" + translate("import_dialog", "…and {count} more.").format(count=local_count(more))
                        + "</p>" if more > 0 else ""))
    if data["rejected"]:
        items = "".join(f"<li><b>{html.escape(r['where'])}</b>: {html.escape(r['reason'])}</li>"
                        for r in data["rejected"][:300])
        parts.append("<h4>" + translate("import_dialog", "Rejected records") + f"</h4><ul>{items}</ul>")
    if data["review"]:
        parts.append("<p>" + translate("import_dialog", "Uncertain matches wait in the review list: "
                                       "<a href='atlas://review'>File ▸ Review Uncertain Matches…</a>") + "</p>")
    return "".join(parts)


class ImportDialog(QDialog):
    """Choose a catalog and its files, preview the import, then import; the report links to what changed."""

    entryRequested = Signal(str)

    def __init__(self, store: Store, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.runner = store, runner
        self.last_report: Any = None
        self.review: ReviewDialog | None = None
        self.setWindowTitle(translate("import_dialog", "Import from catalog"))
        self.catalog = QComboBox(self)
        for key, label, _ in CATALOGS:
            self.catalog.addItem(translate("import_dialog", label), key)
        self.catalog.currentIndexChanged.connect(self._on_catalog)
        self.files = QListWidget(self)
        self.files.setAccessibleName(translate("import_dialog", "Files to import"))
        add_files = QPushButton(translate("import_dialog", "Add Files…"), self)
        add_files.clicked.connect(self._add_files)
        add_folder = QPushButton(translate("import_dialog", "Add Folder…"), self)
        add_folder.clicked.connect(self._add_folder)
        clear = QPushButton(translate("import_dialog", "Clear"), self)
        clear.clicked.connect(self.files.clear)
        self.preview_button = QPushButton(translate("import_dialog", "Preview"), self)
        self.preview_button.setToolTip(
            translate("import_dialog", "Run the import without writing anything and show what it would do"))
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(translate("import_dialog", "Import"), self)
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        close = QPushButton(translate("import_dialog", "Close"), self)
        close.clicked.connect(self.accept)
        self.report = QTextBrowser(self)
        self.report.setOpenLinks(False)
        self.report.anchorClicked.connect(self._on_link)
        self.report.setAccessibleName(translate("import_dialog", "Import report"))
        from desktop.changes_pane import ChangesPane

        self.changes = ChangesPane(self)
        self.changes.setAccessibleName(translate("import_dialog", "What importing would change, field by field"))
        self.changes.entryActivated.connect(self.entryRequested)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(translate("import_dialog", "Report and changes"))
        self.tabs.addTab(self.report, translate("import_dialog", "Report"))
        self.tabs.addTab(self.changes, translate("import_dialog", "Changes"))
        self.status = QLabel("", self)

        form = QFormLayout()
        form.addRow(translate("import_dialog", "Catalog"), self.catalog)
        file_buttons = QVBoxLayout()
        for button in (add_files, add_folder, clear):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        file_row = QHBoxLayout()
        file_row.addWidget(self.files, 1)
        file_row.addLayout(file_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.preview_button, self.import_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(file_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(760, 620)

    def _on_catalog(self) -> None:
        self.import_button.setEnabled(False)
        self.files.setEnabled(self.source != "spdx")

    @property
    def source(self) -> str:
        return str(self.catalog.currentData())

    def paths(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def add_paths(self, paths: list[Path]) -> None:
        known = {str(p) for p in self.paths()}
        for path in paths:
            if str(path) not in known:
                self.files.addItem(str(path))
        self.import_button.setEnabled(False)

    def _add_files(self) -> None:
        pattern = next(p for key, _, p in CATALOGS if key == self.source) or translate("import_dialog",
                                                                                        "All files (*)")
        chosen, _ = QFileDialog.getOpenFileNames(self,
                                                 translate("import_dialog", "Files to import"),
                                                 str(Path.home()), pattern)
        self.add_paths([Path(p) for p in chosen])

    def _add_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, translate("import_dialog", "Folder to import"),
                                                  str(Path.home()))
        if chosen:
            self.add_paths([Path(chosen)])

    def start(self, *, dry_run: bool) -> None:
        from db.history.preview import preview_import_changes
        from db.importers.api import run_import

        source, paths, store = self.source, self.paths(), self.store
        self.preview_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.status.setText("Previewing…" if dry_run else "Importing…")

        changes: list[Any] = []  # set by the worker, read once it has ended

        def work(progress: Any, cancelled: Any) -> Any:
            report = run_import(store, source, paths, dry_run=dry_run, progress=progress, cancelled=cancelled)
            if dry_run:  # entry by entry and field by field: the same diff as `modelatlas diff`, on a copy
                changes.append(preview_import_changes(store, source, paths, cancelled=cancelled))
            return report

        self.operation = run_operation(self.runner, self, translate("import_dialog", "Preview import") if dry_run
                                            else translate("import_dialog", "Import"), work,
                                       on_done=lambda report: self._show(report, dry_run,
                                                                         changes[0] if changes else None),
                                       on_failed=self._failed, on_cancelled=self._cancelled)

    def _show(self, report: Any, dry_run: bool, changes: Any = None) -> None:
        self.last_report = report
        if dry_run:
            self.changes.set_diff(changes)
        self.report.setHtml(report_html(report))
        self.preview_button.setEnabled(True)
        self.import_button.setEnabled(dry_run)
        self.status.setText(translate("import_dialog", "Preview ready: press Import to apply it.") if dry_run
                            else translate("import_dialog", "Imported."))

    def _failed(self, message: str) -> None:
        self.preview_button.setEnabled(True)
        self.status.setText("")
        failed = translate("import_dialog", "<b>Import failed:</b> {problem}").format(problem=html.escape(message))
        self.report.setHtml(f"<p>{error_html(self.report.palette(), failed, QPalette.ColorRole.Base)}</p><p>"
                            + translate("import_dialog", "Nothing was changed.") + "</p>")

    def _cancelled(self) -> None:
        self.preview_button.setEnabled(True)
        self.status.setText(translate("import_dialog", "Cancelled — nothing was changed."))

    def open_review(self) -> ReviewDialog:
        """The review list, over this dialog (the report's link to it)."""
        dialog = ReviewDialog(self.store, self)
        dialog.entryRequested.connect(self.entryRequested)
        dialog.open()
        self.review = dialog
        return dialog

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() != "atlas":
            return
        if url.host() == "review":
            self.open_review()
        else:
            self.entryRequested.emit(url.path().strip("/"))


class ReviewDialog(QDialog):
    """Imported records whose match was uncertain: merge each into its candidate (or another model), create a
    new entry from it, or dismiss it — never decided silently."""

    entryRequested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtWidgets import QAbstractItemView, QTableWidget

        self.store = store
        self.items: list[dict[str, Any]] = []
        self.setWindowTitle(translate("import_dialog", "Review uncertain matches"))
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([translate("import_dialog", "Record"),
                                              translate("import_dialog", "Source"),
                                              translate("import_dialog", "Developer"),
                                              translate("import_dialog", "Closest entry (score)"),
                                              translate("import_dialog", "Why")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(translate("import_dialog", "Uncertain matches"))
        self.table.doubleClicked.connect(self._open_candidate)
        self.merge_button = QPushButton(translate("import_dialog", "Merge into Closest"), self)
        self.merge_button.clicked.connect(lambda: self.resolve("merge"))
        self.create_button = QPushButton(translate("import_dialog", "Create New Entry"), self)
        self.create_button.clicked.connect(lambda: self.resolve("create"))
        self.dismiss_button = QPushButton(translate("import_dialog", "Dismiss"), self)
        self.dismiss_button.clicked.connect(lambda: self.resolve("dismiss"))
        self.message = QLabel("", self)
        close = QPushButton(translate("import_dialog", "Close"), self)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        for button in (self.merge_button, self.create_button, self.dismiss_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(
            translate("import_dialog", "These records resemble an entry, but not closely enough to merge them "
                                "automatically. Double-click a row to read the closest entry."), self))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(900, 480)
        self.reload()

    def reload(self) -> None:
        from PySide6.QtWidgets import QTableWidgetItem

        from db.importers.labels import source_label
        from db.importers.review import list_reviews

        self.items = list_reviews(self.store)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            candidate = item["candidate"]
            closest = f"{candidate['name']} ({item['score']:.0f})" if candidate and item["score"] is not None \
                else (candidate["name"] if candidate else "—")
            for column, text in enumerate((item["name"], source_label(str(item["source"])), item["developer"] or "",
                                           closest, item["reason"] or "")):
                cell = QTableWidgetItem(str(text or ""))
                cell.setToolTip(str(text or ""))
                self.table.setItem(row, column, cell)
        for button in (self.merge_button, self.create_button, self.dismiss_button):
            button.setEnabled(bool(self.items))
        if self.items:
            self.table.selectRow(0)
        else:
            self.message.setText(translate("import_dialog", "Nothing to review."))

    def current(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) else None

    def resolve(self, action: str, entry: str | None = None) -> None:
        from db.errors import AtlasError
        from db.importers.review import resolve_review

        item = self.current()
        if item is None:
            return
        if action == "merge" and entry is None:
            if not item["candidate"]:
                self.message.setText(
                    translate("import_dialog", "This record has no close entry: create it or dismiss it."))
                return
            entry = item["candidate"]["uuid"]
        try:
            resolve_review(self.store, item["uuid"], action, entry)
        except AtlasError as error:
            self.message.setText(error_html(self.message.palette(), html.escape(str(error))))
            return
        self.reload()
        rest = "" if self.items else " " + translate("import_dialog", "Nothing else to review.")
        self.message.setText(f"{item['name']}: {translate('import_dialog', REVIEW_DONE[action])}.{rest}")

    def _open_candidate(self) -> None:
        item = self.current()
        if item and item["candidate"]:
            self.entryRequested.emit(item["candidate"]["uuid"])
