"""The main window is the shell: menus, toolbar, splitters, the page stack and the status bar. What a person can do
lives in desktop/actions/, one module per group of actions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QLineEdit, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from db.errors import AtlasError
from db.list_filter import ListFilter
from desktop import list_columns, opening
from desktop.accessible import name_clear_button
from desktop.actions.registry import ActionRegistry, all_specs, install_modules
from desktop.actions.targets import Targets
from desktop.adaptive_toolbar import add_adaptive_toolbar
from desktop.chips import FilterChips
from desktop.detail_view import DetailView
from desktop.i18n import translate
from desktop.list_model import UUID_ROLE, EntryTableModel, Listing, ListPlaceholder, make_entry_table
from desktop.screen_fit import resize_within_screen
from desktop.search_panel import SearchPanel
from desktop.settings import Preferences
from desktop.sidebar import Sidebar
from desktop.status_progress import JobStatus
from desktop.store_bridge import StoreBridge
from desktop.theme import apply_theme
from desktop.workers import JobRunner

if TYPE_CHECKING:  # SQLAlchemy and the schema load in the worker that opens the atlas, after the first paint
    from db.browse import StoreChange
    from db.store import Store

SEARCH_DEBOUNCE_MS = 180
MINIMUM_WIDTHS = (140, 240, 240)  # sidebar, list, detail: a pane is dragged shut or kept usable, never crushed
UNLISTED_KINDS = frozenset({"saved_search", "use_case", "source"})  # no list row shows these unless listed
DETAIL_SCAN_LIMIT = 200  # a change to more entries than this refreshes the detail without looking
KEPT = TypeVar("KEPT", bound=QObject)


class MainWindow(QMainWindow):
    storeChanged = Signal(object)  # a db.browse.StoreChange: views refresh what it touched
    filterChanged = Signal(object)  # the ListFilter the list shows now
    storeAttached = Signal()  # another atlas is open
    preferencesApplied = Signal()

    def __init__(self, store: Store | None, prefs: Preferences, *, search_enabled: bool = True) -> None:
        super().__init__()
        self.prefs = prefs
        self.store: Store = None  # type: ignore[assignment]  # None only until the first atlas is ready
        self.search_enabled = search_enabled
        self.search_service: Any = None
        self.runner = JobRunner(self)
        self.undo_stack: QUndoStack = QUndoStack(self)
        self.filter = ListFilter(kind="model")
        self.history = (False, False)  # can go back, can go forward
        self.layout_ready = False  # no column layout is saved while the window is being set up
        self._kept: dict[str, QObject] = {}  # pages and windows of the open atlas, made on first use
        self._stale: set[str] = set()
        self._bridge: StoreBridge | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._pending_select: str | None = None
        self._kept_selection: list[str] = []
        self.pending_open: opening.Opening | None = None  # an atlas being opened in a worker
        self._build_widgets()
        self.targets = Targets(self)
        self.registry = ActionRegistry(self, all_specs())
        self._build_bars()
        install_modules(self)
        self._wire()
        self._restore_layout()
        if store is not None:
            self.set_store(store)
        self.registry.update_enabled()
        self.layout_ready = True

    # ---- construction ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.setWindowTitle(translate("main_window", "Model Atlas"))
        self.setAcceptDrops(True)  # dropping a teammate's .atlas file starts import and merge
        self.sidebar = Sidebar(self)
        self.chips = FilterChips(self)
        self.table = make_entry_table(self)
        self.list_model = EntryTableModel(None, self.runner, self)
        self.table.setModel(self.list_model)
        self.list_state = ListPlaceholder(self.table)
        self.list_state.say(opening.LOADING)  # until an atlas is listed, or the reason there is none
        self.search_panel = SearchPanel(self)
        self.list_page = QWidget(self)
        list_layout = QVBoxLayout(self.list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(2)
        list_layout.addWidget(self.chips)
        list_layout.addWidget(self.table, 1)
        self.center = QStackedWidget(self)
        self.center.addWidget(self.list_page)
        self.center.addWidget(self.search_panel)
        self.detail: DetailView = DetailView(self.store, self)
        self.detail.setObjectName("detail")
        self.detail.setAccessibleName(translate("main_window", "Entry detail"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for pane, width in zip((self.sidebar, self.center, self.detail), MINIMUM_WIDTHS, strict=True):
            pane.setMinimumWidth(width)
            self.splitter.addWidget(pane)
        self.splitter.setCollapsible(1, False)  # the list stays; the side panes may be dragged shut (Ctrl+1/3)
        for index, stretch in enumerate((0, 3, 2)):
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([230, 720, 520])
        self.setCentralWidget(self.splitter)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setPlaceholderText(
            translate("main_window", "Search everything…  (Ctrl+K)   e.g.  llama license \"acceptable use\""))
        self.search_field.setClearButtonEnabled(True)
        name_clear_button(self.search_field)
        self.search_field.setAccessibleName(translate("main_window", "Search"))
        self.search_field.setMinimumWidth(300)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self.path_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.job_status = JobStatus(self)
        status = self.statusBar()
        status.addWidget(self.path_label, 1)
        status.addPermanentWidget(self.job_status)
        status.addPermanentWidget(self.counts_label)

    def _build_bars(self) -> None:
        self.registry.fill_menu_bar(self.menuBar())
        toolbar = add_adaptive_toolbar(self, translate("main_window", "Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.registry.fill_toolbar(toolbar)
        toolbar.addSeparator()
        toolbar.addWidget(self.search_field)

    def _wire(self) -> None:
        self.sidebar.kindSelected.connect(self.show_kind)
        header = self.table.horizontalHeader()
        header.customContextMenuRequested.connect(lambda point: list_columns.show_column_menu(self, point))
        header.sectionMoved.connect(lambda *_: list_columns.save_columns(self))
        header.sectionResized.connect(lambda *_: list_columns.save_columns(self))
        self.table.doubleClicked.connect(lambda _index: self.registry.run("editing.edit"))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.targets.changed.emit())
        self.list_model.loaded.connect(self._on_list_loaded)
        self.list_model.modelAboutToBeReset.connect(self._remember_selection)
        self.list_model.failed.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.search_panel.entryActivated.connect(self._show_hit)
        self.search_panel.view.selectionModel().selectionChanged.connect(lambda *_: self.targets.changed.emit())
        self.detail.historyChanged.connect(self._on_history)
        self.detail.entryShown.connect(lambda _uuid: self.targets.changed.emit())
        self.center.currentChanged.connect(lambda _index: self.targets.changed.emit())
        self.targets.changed.connect(self.registry.update_enabled)

    # ---- the open atlas ------------------------------------------------------------------------

    def set_store(self, store: Store, read_ahead: Listing | None = None) -> None:
        """Show another atlas (`read_ahead`: its first list page); the previous one's jobs, pages and undo go."""
        opening.drop_pending(self)
        old = self.store
        if old is not None:
            self.runner.cancel_all()
            self.runner.wait(5000)
            self._close_store_services()
        for kept in self._kept.values():
            if isinstance(kept, QWidget) and self.center.indexOf(kept) >= 0:
                self.center.removeWidget(kept)
            kept.deleteLater()
        self._kept.clear()
        self.store = store
        store.author = self.prefs.author or store.author
        self._bridge = StoreBridge(store, self)
        self._bridge.changed.connect(self._on_store_changed)
        self._unsubscribe = store.subscribe(self._bridge)
        self.undo_stack.clear()
        self.list_model.set_store(store, read_ahead)
        self.detail.store = store
        self.detail.say_waiting(None)
        self.detail.show_entry(None)
        self.path_label.setText(str(store.path))
        self.path_label.setToolTip(str(store.path))
        self.setWindowTitle(translate("main_window", "{atlas} — Model Atlas").format(atlas=store.path.name))
        self.prefs.add_recent(store.path)
        self.prefs.last_database = str(store.path.resolve())
        self.filter = ListFilter(kind="model")
        typed = self.search_field.text() if old is None and self.center.currentWidget() is self.search_panel else ""
        self.storeAttached.emit()
        self.show_kind("model")
        last = self.prefs.value("last_selection") if old is None else None
        if last:  # its detail is built on this thread: after the list's first paint, not before
            opening.FirstPaint(self.table.viewport(), lambda: self.select_entry(str(last)))
        if typed.strip():  # searched while the atlas was loading: the results come when its index is open
            self.search_field.setText(typed)
            self.show_page(self.search_panel)
            hit = self.search_panel.current_uuid()
            if hit is not None:  # or came already (an up-to-date index answered): the current hit's detail
                self._show_hit(hit)
        if old is not None and old is not store:
            old.close()
        self.registry.update_enabled()

    def _close_store_services(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.search_service is not None:
            self.search_service.close()
            self.search_service = None

    def _on_store_changed(self, change: StoreChange) -> None:
        """The one way views hear about changes; each refreshes only when the change touches what it shows."""
        if change.touches(self.filter.kind) or change.kinds - UNLISTED_KINDS:
            self.list_model.reload()  # rows name other entries (developer, license, tags…); same rows only repaint
        if self._detail_affected(change):
            self.detail.refresh()
        self.storeChanged.emit(change)
        self.registry.update_enabled()

    def _detail_affected(self, change: StoreChange) -> bool:
        """The entry shown changed, or one it names (its developer, license, evaluations, …)."""
        current = self.detail.current
        if current is None:
            return False
        if current in change.uuids or len(change.uuids) > DETAIL_SCAN_LIMIT:
            return True
        shown = str(self.detail.last_detail)
        return any(uuid in shown for uuid in change.uuids)

    # ---- pages -----------------------------------------------------------------------------------

    def keep(self, name: str, make: Callable[[], KEPT]) -> KEPT:
        """The page or window called `name` for the open atlas, made on first use."""
        if name not in self._kept:
            self._kept[name] = make()
            self._stale.discard(name)
        return cast(KEPT, self._kept[name])

    def kept(self, name: str) -> Any:
        return self._kept.get(name)

    def mark_stale(self, name: str) -> None:
        self._stale.add(name)

    def page_is_stale(self, name: str) -> bool:
        """Whether the page missed a change while hidden (asking clears it: the caller refreshes)."""
        stale = name in self._stale
        self._stale.discard(name)
        return stale

    def show_page(self, page: QWidget) -> None:
        if self.center.indexOf(page) < 0:
            self.center.addWidget(page)
        self.center.setCurrentWidget(page)

    def show_list_page(self) -> None:
        self.center.setCurrentWidget(self.list_page)

    # ---- browsing --------------------------------------------------------------------------------

    def show_kind(self, kind: str) -> None:
        self.sidebar.set_current_kind(kind)
        self.apply_filter(ListFilter(kind=kind))

    def apply_filter(self, flt: ListFilter) -> None:
        if self.center.currentWidget() is self.search_panel:
            self.search_field.clear()
        self.show_list_page()
        kind_changed = flt.kind != self.list_model.kind or not self.list_model.rowCount()
        self.filter = flt
        visible = list_columns.saved_columns(self, flt.kind) if kind_changed else None
        self.list_model.set_query(flt, visible=visible)
        if kind_changed:
            list_columns.restore_column_layout(self, flt.kind)
        self.chips.show_filter(flt)
        self.filterChanged.emit(flt)

    def clear_filters(self) -> None:
        self.apply_filter(ListFilter(kind=self.filter.kind))

    def _remember_selection(self) -> None:
        """A reload that reorders the list resets it; the rows selected before are selected again after."""
        self._kept_selection = self.targets.selected_rows()

    def _on_list_loaded(self) -> None:
        self.list_state.say("")
        model, selection = self.list_model, self.table.selectionModel()
        wanted, self._pending_select = self._pending_select, None
        kept, self._kept_selection = self._kept_selection, []
        rows = sorted(r for r in (model.row_of(u) for u in kept) if r >= 0)
        if wanted is None and not model.was_reset:
            pass  # the same rows in the same order (say, after tagging them): the selection is still there
        elif wanted is None and rows:
            ranges = QItemSelection()
            for row in rows:
                ranges.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
            selection.select(ranges, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            current = model.row_of(self.detail.current) if self.detail.current else -1
            if current >= 0:
                selection.setCurrentIndex(model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        else:
            row = model.row_of(wanted or self.detail.current or "")
            if row >= 0:
                index = model.index(row, 0)
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                self.table.scrollTo(index)
        sort_column = next((i for i, c in enumerate(model.columns) if c.key == model.sort_key), 0)
        self.table.horizontalHeader().setSortIndicator(
            sort_column, Qt.SortOrder.DescendingOrder if model.descending else Qt.SortOrder.AscendingOrder)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and self.store is not None:  # rows show before the store is open (opening.py)
            uuid = current.data(UUID_ROLE)
            self.detail.show_entry(uuid)
            self.prefs.set_value("last_selection", uuid)

    def _show_hit(self, uuid: str) -> None:
        """A search hit made current: its detail, once the atlas is open (a search can answer before it is)."""
        if self.store is not None:
            self.detail.show_entry(uuid)
        else:
            self.detail.say_waiting(translate("opening", opening.LOADING))

    def _on_history(self, back: bool, forward: bool) -> None:
        self.history = (back, forward)
        self.registry.update_enabled()

    def select_entry(self, uuid: str) -> None:
        """Show an entry in the detail pane and select it in the list (switching kind if needed)."""
        try:
            kind = self.store.get(uuid).kind
        except AtlasError:
            return
        self._pending_select = uuid
        self.detail.show_entry(uuid)
        if kind != self.filter.kind:
            self.show_kind(kind)  # selected when the list of its kind has loaded
            return
        self.show_list_page()
        if self.list_model.row_of(uuid) >= 0:
            self._on_list_loaded()

    # ---- preferences and state -------------------------------------------------------------------

    def apply_preferences(self) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, self.prefs.theme)
        if self.store is not None:
            self.store.author = self.prefs.author
        self.table.verticalHeader().setDefaultSectionSize(22 if self.prefs.density == "compact" else 30)
        if self.store is not None:
            self.detail.refresh()
        self.preferencesApplied.emit()

    def _restore_layout(self) -> None:
        geometry = self.prefs.state("geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            resize_within_screen(self, 1480, 900)
        splitter = self.prefs.state("splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        self.apply_preferences()

    def is_settled(self) -> bool:
        """No background job left to run or deliver, and no typed search waiting for its pause."""
        return self.runner.is_idle() and not self.search_timer.isActive() and self.pending_open is None

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set_state("geometry", self.saveGeometry())
        self.prefs.set_state("splitter", self.splitter.saveState())
        if self.store is not None:
            list_columns.save_columns(self)
        self.prefs.sync()
        self.runner.shutdown()
        opening.drop_pending(self)
        self._close_store_services()
        super().closeEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.store is not None and any(u.toLocalFile().endswith(".atlas") for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        from desktop.actions.exchange import merge_file

        for url in event.mimeData().urls():
            if url.toLocalFile().endswith(".atlas"):
                event.acceptProposedAction()
                merge_file(self, Path(url.toLocalFile()))
                return
