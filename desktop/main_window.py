"""The main window: sidebar, entry list, detail pane, search, editing with undo, files and preferences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.errors import AtlasError
from db.fields import KIND_LABELS
from db.library import create_atlas
from db.queries import KIND_QUERIES, ListFilter, facet_counts, tag_colors
from db.store import ChangeSet, Store
from desktop.chips import FilterChips
from desktop.commands import ChangeTags, CreateEntry, DeleteEntries, EditEntry
from desktop.delegates import BadgeDelegate
from desktop.detail_view import DetailView
from desktop.editor import EntryDialog
from desktop.list_model import UUID_ROLE, EntryTableModel
from desktop.search_panel import SearchPanel
from desktop.settings import Preferences
from desktop.sidebar import Sidebar
from desktop.workers import JobRunner

SEARCH_DEBOUNCE_MS = 180
DEFAULT_WIDTHS = {"grade": 205, "mof": 90, "tags": 170, "date": 100, "number": 95, "bool": 60, "score": 90}
KEY_WIDTHS = {"name": 230, "developer": 150, "jurisdiction": 90, "license": 190, "country": 120, "spdx_id": 170,
              "use_case": 260, "instrument": 220, "url": 320}
EDITABLE_KINDS = ("model", "organization", "license", "policy_note", "note", "evaluation", "source")


class StoreBridge(QObject):
    """Store listeners may run in worker threads; this hands their news to the GUI thread by signal."""

    changed = Signal(object)

    def __call__(self, change: ChangeSet) -> None:
        self.changed.emit(change)


class MainWindow(QMainWindow):
    def __init__(self, store: Store, prefs: Preferences, *, search_enabled: bool = True) -> None:
        super().__init__()
        self.prefs = prefs
        self.runner = JobRunner(self)
        self.undo_stack = QUndoStack(self)
        self.bridge = StoreBridge(self)
        self.bridge.changed.connect(self._on_store_changed)
        self.search_enabled = search_enabled
        self.search_service: Any = None
        self._search_generation = 0
        self._facet_generation = 0
        self._unsubscribe: Any = None
        self.store = store
        self.filter = ListFilter(kind="model")
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._attach_store(store)
        self._restore_state()
        self._layout_ready = True
        self._install_part2()

    # ---- construction ----------------------------------------------------------------------------

    def _install_part2(self) -> None:
        """The analyst's workflows (compare, charts, tag manager, evaluation form, drops on sidebar tags)."""
        from desktop.analyst_tools import AnalystTools

        self.tools = AnalystTools(self)

    def _build_widgets(self) -> None:
        self.setWindowTitle("Model Atlas")
        self.sidebar = Sidebar(self)
        self.sidebar.kindSelected.connect(self.show_kind)
        self.sidebar.facetToggled.connect(self._on_facet_toggled)
        self.sidebar.tagToggled.connect(self._on_tag_toggled)
        self.sidebar.savedSearchActivated.connect(lambda _uuid, query: self.run_search(query))

        self.chips = FilterChips(self)
        self.chips.removed.connect(self._on_chip_removed)
        self.chips.cleared.connect(self.clear_filters)

        self.table = QTableView(self)
        self.table.setObjectName("entryList")
        self.table.setAccessibleName("Entry list")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: with 100,000 rows the view must never measure rows one by one.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setItemDelegate(BadgeDelegate(self.table))
        self.table.setDragEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionMoved.connect(lambda *_: self._save_columns())
        header.sectionResized.connect(lambda *_: self._save_columns())
        self._layout_ready = False  # no column state is saved while the window is still being set up
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._list_menu)

        self.search_panel = SearchPanel(self)
        self.search_panel.entryActivated.connect(lambda uuid: self.detail.show_entry(uuid))
        self.search_panel.suggestionClicked.connect(self._use_suggestion)

        list_page = QWidget(self)
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addWidget(self.chips)
        list_layout.addWidget(self.table, 1)
        self.center = QStackedWidget(self)
        self.center.addWidget(list_page)
        self.center.addWidget(self.search_panel)

        self.detail = DetailView(self.store, self)
        self.detail.setObjectName("detail")
        self.detail.setAccessibleName("Entry detail")
        self.detail.historyChanged.connect(self._on_history)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.center)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([230, 720, 520])
        self.setCentralWidget(self.splitter)
        self.setAcceptDrops(True)  # dropping a teammate's .atlas file starts import and merge

        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText("Search everything…  (Ctrl+K)   e.g.  llama license \"acceptable use\"")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setAccessibleName("Search")
        self.search_field.setMinimumWidth(380)
        self.search_field.textEdited.connect(self._on_search_edited)
        self.search_field.returnPressed.connect(lambda: self.run_search(self.search_field.text()))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(lambda: self.run_search(self.search_field.text(), as_you_type=True))

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(40)
        self._refresh_timer.timeout.connect(self._refresh_after_change)

        self.path_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.index_progress = QProgressBar(self)
        self.index_progress.setMaximumWidth(160)
        self.index_progress.setTextVisible(False)
        self.index_progress.hide()
        self.index_cancel = QToolButton(self)
        self.index_cancel.setText("Cancel")
        self.index_cancel.hide()
        self.index_label = QLabel(self)
        status = self.statusBar()
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.index_label)
        status.addPermanentWidget(self.index_progress)
        status.addPermanentWidget(self.index_cancel)
        status.addPermanentWidget(self.counts_label)

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        key = QKeySequence
        self.act_back = self._action("Back", lambda: self.detail.go_back(), key(key.StandardKey.Back), "Go back")
        self.act_forward = self._action("Forward", lambda: self.detail.go_forward(), key(key.StandardKey.Forward),
                                        "Go forward")
        self.act_back.setEnabled(False)
        self.act_forward.setEnabled(False)
        self.act_search = self._action("Search", self.focus_search, [key(key.StandardKey.Find), key("Ctrl+K")],
                                       "Search everything (Ctrl+F, Ctrl+K)")
        self.act_save_search = self._action("Save Search…", self.save_search, key("Ctrl+Shift+S"),
                                            "Save the current search in the sidebar")
        self.act_edit = self._action("Edit…", self.edit_selected, key("Ctrl+E"), "Edit the selected entry")
        self.act_delete = self._action("Delete", self.delete_selected, key(key.StandardKey.Delete),
                                       "Delete the selected entries (undoable)")
        self.act_tag = self._action("Tag…", self.tag_selected, key("Ctrl+T"), "Add tags to the selected entries")
        self.act_untag = self._action("Remove Tag…", lambda: self.tag_selected(add=False), key("Ctrl+Shift+T"),
                                      "Remove tags from the selected entries")
        self.act_undo = self.undo_stack.createUndoAction(self, "Undo")
        self.act_undo.setShortcut(key(key.StandardKey.Undo))
        self.act_redo = self.undo_stack.createRedoAction(self, "Redo")
        self.act_redo.setShortcuts([key(key.StandardKey.Redo), key("Ctrl+Shift+Z")])
        self.addAction(self.act_undo)
        self.addAction(self.act_redo)
        self.act_new_db = self._action("New Database…", self.new_database, key("Ctrl+Alt+N"),
                                       "Create a new atlas file from the seed")
        self.act_open_db = self._action("Open…", self.open_database_dialog, key(key.StandardKey.Open),
                                        "Open an atlas file")
        self.act_quit = self._action("Quit", self.close, key(key.StandardKey.Quit))
        self.act_prefs = self._action("Preferences…", self.show_preferences, key(key.StandardKey.Preferences)
                                      if not key(key.StandardKey.Preferences).isEmpty() else key("Ctrl+,"))
        self.act_reindex = self._action("Rebuild Search Index", self.rebuild_index, None,
                                        "Rebuild the full-text index from the database")
        self.act_export = self._action("Export…", self.export_dialog, key("Ctrl+Shift+X"),
                                       "Export the atlas, or part of it, to a file to share")
        self.act_merge = self._action("Import and Merge…", self.merge_dialog, key("Ctrl+Shift+M"),
                                      "Merge a teammate's .atlas file into this one")
        self.act_conflicts = self._action("Conflicts…", self.conflicts_dialog, None,
                                          "Resolve entries that both you and a teammate changed")
        self.act_export_rules = self._action("Export Rules of This Model…", self.export_rules, None,
                                             "Save the rules that bind the shown model as Markdown or HTML")
        self.act_review = self._action("Review Uncertain Matches…", self.review_dialog, None,
                                       "Imported records that might be an existing entry: merge, create or dismiss")
        self.act_usecase = self._action("Use-Case Check", self.show_usecase, key("Ctrl+U"),
                                        "Which models may I use for this, and under which duties?")
        self.act_import = self._action("Import from Catalog…", self.import_from_catalog, key("Ctrl+I"),
                                       "Import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, "
                                       "FMTI or SPDX data")
        self.act_focus_sidebar = self._action("Sidebar", self.sidebar.setFocus, key("Ctrl+1"))
        self.act_focus_list = self._action("List", self.focus_list, key("Ctrl+2"))
        self.act_focus_detail = self._action("Detail", self.detail.setFocus, key("Ctrl+3"))
        self.act_clear_filters = self._action("Clear Filters", self.clear_filters, key("Ctrl+Shift+L"))
        self.act_escape = self._action("Leave Search", self.leave_search, key(Qt.Key.Key_Escape))
        self.new_actions: dict[str, QAction] = {}
        for kind in EDITABLE_KINDS:
            label = KIND_LABELS[kind][0]
            shortcut = {"model": key(key.StandardKey.New), "note": key("Ctrl+Shift+N")}.get(kind)
            self.new_actions[kind] = self._action(f"New {label}…", lambda _=False, k=kind: self.new_entry(k),
                                                  shortcut, f"Create a new {label.lower()}")

        toolbar = self.addToolBar("Main")
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addAction(self.act_back)
        toolbar.addAction(self.act_forward)
        toolbar.addSeparator()
        new_button = QToolButton(self)
        new_button.setText("New")
        new_button.setToolTip("Create an entry")
        new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        new_menu = QMenu(new_button)
        for action in self.new_actions.values():
            new_menu.addAction(action)
        new_button.setMenu(new_menu)
        toolbar.addWidget(new_button)
        toolbar.addAction(self.act_edit)
        toolbar.addAction(self.act_delete)
        toolbar.addAction(self.act_tag)
        toolbar.addSeparator()
        spacer = QWidget(self)
        spacer.setMinimumWidth(12)
        toolbar.addWidget(spacer)
        toolbar.addWidget(self.search_field)
        self.index_cancel.clicked.connect(self.runner.cancel_all)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self.act_new_db)
        file_menu.addAction(self.act_open_db)
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        file_menu.addAction(self.act_export)
        file_menu.addAction(self.act_merge)
        file_menu.addAction(self.act_conflicts)
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addAction(self.act_review)
        file_menu.addSeparator()
        file_menu.addAction(self.act_reindex)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        self.file_menu = file_menu

        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        new_menu = edit_menu.addMenu("&New")
        for action in self.new_actions.values():
            new_menu.addAction(action)
        edit_menu.addAction(self.act_edit)
        edit_menu.addAction(self.act_delete)
        edit_menu.addAction(self.act_tag)
        edit_menu.addAction(self.act_untag)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_prefs)
        self.edit_menu = edit_menu

        view_menu = bar.addMenu("&View")
        for kind in ("model", "organization", "license", "policy_note", "note", "evaluation"):
            action = QAction(KIND_LABELS[kind][1], self)
            action.triggered.connect(lambda _=False, k=kind: self.show_kind(k))
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.act_usecase)
        view_menu.addAction(self.act_export_rules)
        view_menu.addAction(self.act_clear_filters)
        columns = view_menu.addMenu("&Columns")
        columns.aboutToShow.connect(lambda: self._fill_column_menu(columns))
        view_menu.addSeparator()
        view_menu.addAction(self.act_focus_sidebar)
        view_menu.addAction(self.act_focus_list)
        view_menu.addAction(self.act_focus_detail)
        self.view_menu = view_menu

        go_menu = bar.addMenu("&Go")
        go_menu.addAction(self.act_back)
        go_menu.addAction(self.act_forward)
        go_menu.addSeparator()
        go_menu.addAction(self.act_search)
        go_menu.addAction(self.act_save_search)
        self.go_menu = go_menu

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("Search Syntax", self.show_search_help))
        help_menu.addAction(self._action("About Model Atlas", self.show_about))

    # ---- the store -------------------------------------------------------------------------------

    def _attach_store(self, store: Store) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self.search_service is not None:
            self.search_service.close()
            self.search_service = None
        self.store = store
        self.store.author = self.prefs.author or self.store.author
        self._unsubscribe = store.subscribe(self.bridge)
        self.undo_stack.clear()
        self.list_model = EntryTableModel(store, self.runner, self)
        self.list_model.loaded.connect(self._on_list_loaded)
        self.list_model.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.table.setModel(self.list_model)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.detail.store = store
        self.detail.show_entry(None)
        self.path_label.setText(str(store.path))
        self.path_label.setToolTip(str(store.path))
        self.setWindowTitle(f"{store.path.name} — Model Atlas")
        self.prefs.add_recent(store.path)
        self.prefs.last_database = str(store.path.resolve())
        if self.search_enabled:
            self._open_search()
        self.show_kind(self.filter.kind if self.filter else "model", keep_filters=False)
        self._refresh_sidebar()

    def _open_search(self) -> None:
        try:
            from db.search.service import SearchService
        except ImportError:  # the search engine is optional at build time; the list still works
            self.index_label.setText("search unavailable")
            return
        try:
            self.search_service = SearchService(self.store)
        except AtlasError as error:
            self.index_label.setText(f"search unavailable: {error}")
            return
        status = self.search_service.status()
        if status.state != "fresh":
            self._run_index_job(rebuild=False, reason=status.state)

    def _run_index_job(self, *, rebuild: bool, reason: str = "") -> None:
        service = self.search_service
        if service is None:
            return
        self.index_label.setText("Rebuilding search index…" if rebuild else f"Updating search index ({reason})…")
        self.index_progress.setRange(0, 0)
        self.index_progress.show()
        self.index_cancel.show()

        def work(progress: Any, cancelled: Any) -> bool:
            method = service.rebuild if rebuild else service.ensure_fresh
            return bool(method(progress=progress, cancelled=cancelled))

        def done(_result: Any = None) -> None:
            self.index_progress.hide()
            self.index_cancel.hide()
            status = service.status()
            self.index_label.setText(f"index: {status.state}")
            if self.center.currentWidget() is self.search_panel and self.search_field.text().strip():
                self.run_search(self.search_field.text())

        def progress(done_count: int, total: int) -> None:
            self.index_progress.setRange(0, max(total, 1))
            self.index_progress.setValue(done_count)

        job = self.runner.start(work, on_done=done, on_failed=lambda m: (done(), self.index_label.setText(
            f"index problem: {m}")), on_progress=progress, name="index")
        job.signals.cancelled.connect(lambda: (done(), self.index_label.setText("index update cancelled")))

    def rebuild_index(self) -> None:
        if self.search_service is None:
            QMessageBox.information(self, "Search", "The search engine is not available.")
            return
        self._run_index_job(rebuild=True)

    def _on_store_changed(self, _change: ChangeSet) -> None:
        self._refresh_timer.start()

    def _refresh_after_change(self) -> None:
        self.list_model.reload()
        self.detail.refresh()
        self._refresh_sidebar()
        if self.center.currentWidget() is self.search_panel and self.search_field.text().strip():
            self.run_search(self.search_field.text(), as_you_type=True)

    # ---- browsing --------------------------------------------------------------------------------

    def show_kind(self, kind: str, keep_filters: bool = False) -> None:
        flt = self.filter if keep_filters and self.filter.kind == kind else ListFilter(kind=kind)
        self.leave_search()
        self.sidebar.set_current_kind(kind)
        self.apply_filter(flt)

    def apply_filter(self, flt: ListFilter, *, wait: bool = False) -> None:
        kind_changed = flt.kind != self.list_model.kind or not self.list_model.rowCount()
        self.filter = flt
        visible = self._saved_columns(flt.kind) if kind_changed else None
        self.list_model.set_query(flt, visible=visible, wait=wait)
        if kind_changed:
            self._restore_column_layout(flt.kind)
        self.chips.show_filter(flt)
        self._refresh_sidebar()

    def clear_filters(self) -> None:
        self.apply_filter(ListFilter(kind=self.filter.kind))

    def _on_facet_toggled(self, name: str, value: str, on: bool) -> None:
        values = list(self.filter.facets.get(name, ()))
        if on and value not in values:
            values.append(value)
        elif not on and value in values:
            values.remove(value)
        self.apply_filter(self.filter.with_facet(name, values))

    def _on_tag_toggled(self, name: str, mode: str) -> None:
        include = [t for t in self.filter.tags_include if t != name]
        exclude = [t for t in self.filter.tags_exclude if t != name]
        if mode == "include":
            include.append(name)
        elif mode == "exclude":
            exclude.append(name)
        from dataclasses import replace

        self.leave_search()
        self.apply_filter(replace(self.filter, tags_include=tuple(include), tags_exclude=tuple(exclude)))

    def _on_chip_removed(self, kind: str, name: str, value: str) -> None:
        from dataclasses import replace

        if kind == "facet":
            self.apply_filter(self.filter.with_facet(name, [v for v in self.filter.facets.get(name, ()) if v != value]))
        elif kind == "tag":
            self._on_tag_toggled(value, "off")
        elif kind == "text":
            self.apply_filter(replace(self.filter, text=""))

    def _refresh_sidebar(self) -> None:
        self._facet_generation += 1
        generation, flt, store = self._facet_generation, self.filter, self.store

        def work(_progress: Any, _cancelled: Any) -> tuple[int, Any, Any, Any, Any]:
            from sqlalchemy import select

            from db.schema import SavedSearch

            with store.read() as session:
                facets = facet_counts(session, flt)
                colors = tag_colors(session)
                saved = [{"uuid": s.uuid, "name": s.name, "query": s.query} for s in session.scalars(
                    select(SavedSearch).where(SavedSearch.deleted_at.is_(None)).order_by(SavedSearch.name_key))]
            return generation, facets, colors, saved, store.counts()

        self.runner.start(work, on_done=self._on_sidebar_data, name="facets")

    def _on_sidebar_data(self, result: tuple[int, Any, Any, Any, Any]) -> None:
        generation, facets, colors, saved, counts = result
        if generation != self._facet_generation:
            return
        labels = KIND_QUERIES[self.filter.kind].facet_labels
        self.sidebar.set_counts(counts)
        self.sidebar.set_facets(self.filter.kind, facets, labels, self.filter.facets)
        self.sidebar.set_tags(facets.get("tags", []), colors, self.filter.tags_include, self.filter.tags_exclude)
        self.sidebar.set_saved_searches(saved)
        shown = " · ".join(f"{counts[k]:,} {k.replace('_', ' ')}" for k in ("models", "organizations", "licenses",
                                                                               "policy_notes", "notes", "evaluations"))
        self.counts_label.setText(shown)

    def _on_list_loaded(self) -> None:
        wanted = getattr(self, "_pending_select", None)
        row = self.list_model.row_of(wanted) if wanted else -1
        if row < 0 and self.detail.current:
            row = self.list_model.row_of(self.detail.current)
        if row >= 0:
            index = self.list_model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        self._pending_select = None
        header = self.table.horizontalHeader()
        header.setSortIndicator(
            next((i for i, c in enumerate(self.list_model.columns) if c.key == self.list_model.sort_key), 0),
            Qt.SortOrder.DescendingOrder if self.list_model.descending else Qt.SortOrder.AscendingOrder)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            uuid = current.data(UUID_ROLE)
            self.detail.show_entry(uuid)
            self.prefs.set_value("last_selection", uuid)

    def _on_history(self, back: bool, forward: bool) -> None:
        self.act_back.setEnabled(back)
        self.act_forward.setEnabled(forward)

    def select_entry(self, uuid: str) -> None:
        """Show an entry in the list (switching kind if needed) and in the detail pane."""
        try:
            kind = self.store.get(uuid).kind
        except AtlasError:
            return
        self._pending_select = uuid
        if kind != self.filter.kind:
            self.show_kind(kind)
        else:
            self._on_list_loaded()
        self.detail.show_entry(uuid)

    def selected_uuids(self) -> list[str]:
        if self.center.currentWidget() is self.search_panel:
            index = self.search_panel.view.currentIndex()
            return [index.data(UUID_ROLE)] if index.isValid() else []
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        uuids = [self.list_model.uuid_at(row) for row in rows]
        if not uuids and self.detail.current:
            return [self.detail.current]
        return [u for u in uuids if u]

    def focus_list(self) -> None:
        self.leave_search()
        self.table.setFocus()
        if not self.table.currentIndex().isValid() and self.list_model.rowCount():
            self.table.setCurrentIndex(self.list_model.index(0, 0))

    # ---- search ------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _on_search_edited(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self.leave_search()

    def leave_search(self) -> None:
        if self.center.currentWidget() is self.search_panel:
            self.search_field.clear()
        self.center.setCurrentIndex(0)

    def run_search(self, query: str, *, as_you_type: bool = False) -> None:
        query = query.strip()
        if not query:
            self.leave_search()
            return
        if self.search_field.text().strip() != query:
            self.search_field.setText(query)
        self.center.setCurrentWidget(self.search_panel)
        service = self.search_service
        if service is None:
            self.search_panel.show_message("Search is not available in this session.")
            return
        self._search_generation += 1
        generation = self._search_generation

        def work(_progress: Any, _cancelled: Any) -> tuple[int, Any]:
            return generation, service.search(query, limit=100, as_you_type=as_you_type)

        def done(result: tuple[int, Any]) -> None:
            if result[0] == self._search_generation:
                self.search_panel.show_result(result[1], query)

        self.runner.start(work, on_done=done, on_failed=self.search_panel.show_message, name="search")

    def _use_suggestion(self, text: str) -> None:
        self.search_field.setText(text)
        self.run_search(text)

    def save_search(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            query, ok = QInputDialog.getText(self, "Save search", "Query to save:")
            if not ok or not query.strip():
                return
        name, ok = QInputDialog.getText(self, "Save search", "Name for this search:", text=query[:60])
        if not ok or not name.strip():
            return
        self._create({"name": name.strip(), "query": query}, "saved_search")

    # ---- editing (all undoable) --------------------------------------------------------------------

    def _create(self, values: dict[str, Any], kind: str) -> str:
        entry = self.store.create(kind, values)
        self.undo_stack.push(CreateEntry(self.store, entry.uuid, entry.name))
        return entry.uuid

    def new_entry(self, kind: str, preset: dict[str, Any] | None = None) -> EntryDialog:
        values = dict(preset or {})
        if kind == "evaluation":
            from datetime import date

            values.setdefault("evaluator", self.prefs.author)
            values.setdefault("eval_date", date.today())
            if self.detail.current and "target" not in values:
                values["target"] = self.detail.current
        elif kind == "note" and self.detail.current and "target" not in values:
            values["target"] = self.detail.current

        def submit(form_values: dict[str, Any]) -> None:
            uuid = self._create(form_values, kind)
            self._pending_select = uuid
            if kind != self.filter.kind:
                self.show_kind(kind)
            self.detail.show_entry(uuid)

        dialog = EntryDialog(self.store, kind, submit, values=values, rubric=self.prefs.rubric, parent=self)
        dialog.open()
        return dialog

    def edit_selected(self) -> EntryDialog | None:
        uuids = self.selected_uuids()
        if not uuids:
            return None
        uuid = uuids[0]
        entry = self.store.get(uuid)
        before = self.store.values_of(uuid)

        def submit(values: dict[str, Any]) -> None:
            # The store converts the form's text and leaves unchanged values alone; comparing the stored
            # values before and after tells what the edit changed (and whether there is anything to undo).
            self.store.update(uuid, values)
            after = self.store.values_of(uuid)
            if after != before:
                self.undo_stack.push(EditEntry(self.store, uuid, before, after, entry.name))

        dialog = EntryDialog(self.store, entry.kind, submit, values=before, rubric=self.prefs.rubric, parent=self)
        dialog.open()
        return dialog

    def delete_selected(self, *, confirm: bool = True) -> None:
        uuids = self.selected_uuids()
        if not uuids:
            return
        names = [self.store.get(u).name for u in uuids]
        label = names[0] if len(names) == 1 else f"{len(names)} entries"
        if confirm:
            answer = QMessageBox.question(self, "Delete", f"Delete {label}? You can undo this with Ctrl+Z.")
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.undo_stack.push(DeleteEntries(self.store, uuids, label))

    def tag_selected(self, add: bool = True, names: list[str] | None = None) -> None:
        uuids = self.selected_uuids()
        if not uuids:
            return
        if names is None:
            from desktop.tag_dialog import ask_tags

            names = ask_tags(self, self.store, add=add, count=len(uuids))
            if not names:
                return
        try:
            command = ChangeTags(self.store, uuids, names, add=add)
        except AtlasError as error:
            QMessageBox.warning(self, "Tags", str(error))
            return
        if command.changed:
            self.undo_stack.push(command)

    # ---- files -------------------------------------------------------------------------------------

    def show_usecase(self) -> Any:
        """The use-case check page (made on first use, for the open atlas)."""
        from desktop.usecase_view import UseCaseView

        view = getattr(self, "usecase_view", None)
        if view is None or view.store is not self.store:
            if view is not None:
                self.center.removeWidget(view)
                view.deleteLater()
            view = UseCaseView(self.store, self.runner, self)
            view.entryRequested.connect(self.select_entry)
            self.center.addWidget(view)
            self.usecase_view = view
        self.center.setCurrentWidget(view)
        view.check_button.setFocus()
        return view

    def export_rules(self, path: Path | None = None) -> Path | None:
        """The Rules section of the shown model, as a Markdown or self-contained HTML file."""
        from db.advisor.api import rules_for
        from db.advisor.export import rules_html, rules_markdown

        uuid = self.detail.current
        if not uuid or self.store.get(uuid).kind != "model":
            QMessageBox.information(self, "Export rules", "Show a model first: its rules are exported.")
            return None
        name = self.store.get(uuid).name
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, "Export rules", str(Path.home() / f"rules-{name}.md"),
                                                    "Markdown (*.md);;HTML (*.html)")
            if not chosen:
                return None
            path = Path(chosen)
        render = rules_html if path.suffix.lower() in (".html", ".htm") else rules_markdown
        path.write_text(render(rules_for(self.store, uuid), model=name), encoding="utf-8")
        return path

    def export_dialog(self) -> Any:
        from desktop.exchange_dialogs import ExportDialog

        search_uuids = ([hit.uuid for hit in self.search_panel.model.hits]
                        if self.center.currentWidget() is self.search_panel else None)
        selected = self.selected_uuids() if self.center.currentWidget() is not self.search_panel else []
        dialog = ExportDialog(self.store, self.runner, selected=selected, search_uuids=search_uuids, parent=self)
        dialog.accepted.connect(lambda: dialog.manifest and self.statusBar().showMessage(
            f"Exported {sum(dialog.manifest.counts.values()):,} rows", 8000))
        dialog.open()
        return dialog

    def merge_dialog(self, path: Path | None = None) -> Any:
        from desktop.exchange_dialogs import MergeDialog

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, "Import and merge", str(Path.home()),
                                                    "Model Atlas files (*.atlas);;All files (*)")
            if not chosen:
                return None
            path = Path(chosen)
        dialog = MergeDialog(self.store, self.runner, path, self)
        dialog.entryRequested.connect(self.select_entry)
        dialog.open()
        dialog.preview()
        return dialog

    def conflicts_dialog(self) -> Any:
        from desktop.exchange_dialogs import ConflictsDialog

        dialog = ConflictsDialog(self.store, self)
        dialog.entryRequested.connect(self.select_entry)
        dialog.open()
        return dialog

    def dragEnterEvent(self, event: Any) -> None:
        if any(url.toLocalFile().endswith(".atlas") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:
        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".atlas"):
                event.acceptProposedAction()
                self.merge_dialog(Path(url.toLocalFile()))
                return

    def review_dialog(self) -> Any:
        from desktop.import_dialog import ReviewDialog

        dialog = ReviewDialog(self.store, self)
        dialog.entryRequested.connect(self.select_entry)
        dialog.open()
        return dialog

    def import_from_catalog(self, paths: list[Path] | None = None, source: str | None = None) -> Any:
        from desktop.import_dialog import ImportDialog

        dialog = ImportDialog(self.store, self.runner, self)
        dialog.entryRequested.connect(self.select_entry)
        if source is not None:
            dialog.catalog.setCurrentIndex(max(dialog.catalog.findData(source), 0))
        if paths:
            dialog.add_paths(paths)
        dialog.open()
        return dialog

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "New atlas", str(Path.home() / "new.atlas"),
                                              "Model Atlas files (*.atlas)")
        if not path:
            return
        target = Path(path if path.endswith(".atlas") else f"{path}.atlas")
        try:
            store = create_atlas(target, self.prefs.author)
        except AtlasError as error:
            QMessageBox.warning(self, "New atlas", str(error))
            return
        self._switch_store(store)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open atlas", str(self.store.path.parent),
                                              "Model Atlas files (*.atlas);;All files (*)")
        if path:
            self.open_database(Path(path))

    def open_database(self, path: Path) -> bool:
        try:
            store = Store.open(path, self.prefs.author)
        except AtlasError as error:
            QMessageBox.warning(self, "Open atlas", str(error))
            return False
        self._switch_store(store)
        return True

    def _switch_store(self, store: Store) -> None:
        old = self.store
        self._layout_ready = False
        self.runner.cancel_all()
        self.runner.wait(5000)
        self.filter = ListFilter(kind="model")
        self._attach_store(store)
        self._layout_ready = True
        if old is not store:
            old.close()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = str(self.store.path.resolve())
        for path in self.prefs.recent_files:
            if path == current or not Path(path).exists():
                continue
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_database(Path(p)))
        if self.recent_menu.isEmpty():
            placeholder = self.recent_menu.addAction("No other recent files")
            placeholder.setEnabled(False)

    # ---- columns -----------------------------------------------------------------------------------

    def _saved_columns(self, kind: str) -> list[str] | None:
        value = self.prefs.value(f"columns/{kind}")
        if isinstance(value, str):
            value = [v for v in value.split(",") if v]
        return list(value) if value else None

    def _save_columns(self) -> None:
        if not self._layout_ready:
            return
        header = self.table.horizontalHeader()
        self.prefs.set_state(f"header/{self.filter.kind}", header.saveState())
        self.prefs.set_value(f"columns/{self.filter.kind}", ",".join(c.key for c in self.list_model.columns))

    def _restore_column_layout(self, kind: str) -> None:
        state = self.prefs.state(f"header/{kind}")
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        else:
            for column, spec in enumerate(self.list_model.columns):
                self.table.setColumnWidth(column, KEY_WIDTHS.get(spec.key, DEFAULT_WIDTHS.get(spec.display, 130)))

    def _fill_column_menu(self, menu: QMenu) -> None:
        menu.clear()
        shown = {c.key for c in self.list_model.columns}
        for column in self.list_model.available_columns():
            action = menu.addAction(column.label)
            action.setCheckable(True)
            action.setChecked(column.key in shown)
            action.toggled.connect(lambda on, key=column.key: self.toggle_column(key, on))

    def _column_menu(self, point: Any) -> None:
        menu = QMenu(self)
        self._fill_column_menu(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(point))

    def toggle_column(self, key: str, on: bool) -> None:
        keys = [c.key for c in self.list_model.columns]
        if on and key not in keys:
            available = [c.key for c in self.list_model.available_columns()]
            keys = [k for k in available if k in keys or k == key]
        elif not on and key in keys and len(keys) > 1:
            keys.remove(key)
        self.list_model.set_visible_columns(keys)
        self.prefs.set_value(f"columns/{self.filter.kind}", ",".join(keys))
        self.prefs.set_state(f"header/{self.filter.kind}", self.table.horizontalHeader().saveState())
        self.list_model.reload()

    def _list_menu(self, point: Any) -> None:
        menu = QMenu(self)
        for action in (self.act_edit, self.act_delete, self.act_tag, self.act_untag):
            menu.addAction(action)
        extra = getattr(self, "extra_list_actions", [])  # set by _install_part2
        if extra:
            menu.addSeparator()
            menu.addActions(extra)
        menu.exec(self.table.viewport().mapToGlobal(point))

    # ---- preferences and state --------------------------------------------------------------------

    def show_preferences(self) -> None:
        from desktop.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self)
        if dialog.exec():
            self.apply_preferences()

    def apply_preferences(self) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.theme import apply_theme

        app = QApplication.instance()
        if app is not None:
            apply_theme(app, self.prefs.theme)  # type: ignore[arg-type]
        self.store.author = self.prefs.author
        height = 22 if self.prefs.density == "compact" else 30
        self.table.verticalHeader().setDefaultSectionSize(height)
        self.detail.refresh()

    def _restore_state(self) -> None:
        geometry = self.prefs.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1480, 900)
        splitter = self.prefs.state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.apply_preferences()
        last = self.prefs.value("last_selection")
        if last:
            try:
                self.store.get(str(last))
            except AtlasError:
                return
            self.select_entry(str(last))

    def save_state(self) -> None:
        self.prefs.set_state("geometry", self.saveGeometry())
        self.prefs.set_state("splitter", self.splitter.saveState())
        self._save_columns()
        self.prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.runner.shutdown()
        if self.search_service is not None:
            self.search_service.close()
            self.search_service = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)

    # ---- help --------------------------------------------------------------------------------------

    def show_search_help(self) -> None:
        QMessageBox.information(self, "Search syntax", SEARCH_HELP)

    def show_about(self) -> None:
        from db import __version__

        QMessageBox.about(self, "About Model Atlas",
                          f"<b>Model Atlas {__version__}</b><p>An offline knowledge base about AI models on the "
                          "open/closed spectrum: openness, licenses and policy.</p>")


SEARCH_HELP = """Words must all match:  llama license
Exact phrase:  "acceptable use"
Either:  mistral OR mixtral      Not:  -closed   NOT closed      Group:  (eu OR us) export
Fields:  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
Ranges:  released:2023..2024   params:>70e9
Prefix:  mistr*   (the last word you type always matches as a prefix)
Typos:  weigths~   (and "Did you mean" when little is found)"""

