"""The analyst's own workflows wired into the main window: compare, charts, tag manager, evaluations, tag drops."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from db.errors import AtlasError
from db.queries import ListFilter
from db.schema import Evaluation
from desktop.commands import ChangeTags, CreateEntry
from desktop.compare_view import CompareView
from desktop.evaluation_form import EvaluationDialog
from desktop.tag_drop import TagDropTarget
from desktop.tag_manager import TagManager
from desktop.theme import is_dark

if TYPE_CHECKING:
    from desktop.charts import ChartsView
    from desktop.main_window import MainWindow

STATUS_MS = 6000


class AnalystTools(QObject):
    """Adds pages (comparison, charts), a tag manager, the evaluation form and their actions to a main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.compare_view = CompareView(window.store, window.runner, window)
        self.compare_view.entryActivated.connect(lambda uuid: window.detail.show_entry(uuid))
        self._charts: ChartsView | None = None  # made on first use: Qt Charts is not loaded at startup
        window.center.addWidget(self.compare_view)
        self.tag_manager: TagManager | None = None
        self.drop_target = TagDropTarget(window.sidebar)
        self.drop_target.dropped.connect(self.tag_dropped)
        self.drop_target.hovered.connect(
            lambda name: window.statusBar().showMessage(f"Drop to tag with “{name}”", 2000) if name else None)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(120)
        self._refresh_timer.timeout.connect(self._refresh_visible)
        self._stale = {"compare": False, "charts": True}
        self._build_actions()
        self._wire()

    # ---- construction ----------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: str | None, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _=False: slot())
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip)
        action.setStatusTip(tip)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        w = self.window
        self.act_compare = self._action("Compare", self.compare_selected, "Ctrl+D",
                                        "Compare the selected entries side by side (2 to 6)")
        self.act_add_compare = self._action("Add to Comparison", self.add_selected_to_comparison, "Ctrl+Shift+D",
                                            "Add the selected entries to the comparison")
        self.act_charts = self._action("Charts", self.show_charts, "Ctrl+Shift+C",
                                       "The landscape in charts: openness over time, jurisdictions, licenses")
        self.act_tag_manager = self._action("Tag Manager…", self.show_tag_manager, "Ctrl+Alt+T",
                                            "Rename, merge, recolor and delete tags")
        self.act_evaluate = self._action("Evaluate…", self.evaluate, "Ctrl+Shift+E",
                                         "Record your evaluation of the selected entry")
        edit_menu = getattr(w, "edit_menu", None)
        if edit_menu is not None:
            anchor = next((a for a in edit_menu.actions() if a is getattr(w, "act_untag", None)), None)
            after = _next_action(edit_menu.actions(), anchor)
            for action in (self.act_tag_manager, self.act_evaluate):
                edit_menu.insertAction(after, action) if after is not None else edit_menu.addAction(action)
        view_menu = getattr(w, "view_menu", None)
        if view_menu is not None:
            view_menu.addSeparator()
            for action in (self.act_compare, self.act_add_compare, self.act_charts):
                view_menu.addAction(action)
        toolbar = w.findChild(QToolBar, "mainToolbar")
        if toolbar is not None:
            after = _next_action(toolbar.actions(), getattr(w, "act_tag", None))
            for action in (self.act_compare, self.act_charts):
                toolbar.insertAction(after, action) if after is not None else toolbar.addAction(action)
        w.extra_list_actions = [self.act_evaluate, self.act_compare, self.act_add_compare]

    def _wire(self) -> None:
        w = self.window
        w.bridge.changed.connect(lambda _change: self._on_store_changed())
        for signal in (w.sidebar.kindSelected, w.sidebar.facetToggled, w.sidebar.tagToggled):
            signal.connect(lambda *_: self.show_list_page())
        for action in (getattr(w, "act_focus_list", None), getattr(w, "act_escape", None)):
            if action is not None:
                action.triggered.connect(lambda _=False: self.show_list_page())
        w.chips.removed.connect(self._on_chip_removed)
        prefs_action = getattr(w, "act_prefs", None)
        if prefs_action is not None:
            prefs_action.triggered.connect(lambda _=False: self._after_preferences())

    # ---- pages -----------------------------------------------------------------------------------

    @property
    def charts_view(self) -> ChartsView:
        if self._charts is None:
            from desktop import charts  # Qt Charts loads with the first chart, not at startup

            w = self.window
            self._charts = charts.ChartsView(w.store, w.runner, w)
            self._charts.filterRequested.connect(self.apply_chart_filter)
            self._charts.entryRequested.connect(self._show_chart_entry)
            w.center.addWidget(self._charts)
        return self._charts

    def _sync_store(self) -> None:
        """After File ▸ Open the window has another store: the pages follow (and forget the old entries)."""
        self.compare_view.set_store(self.window.store)
        if self._charts is not None:
            self._charts.set_store(self.window.store)

    def show_list_page(self) -> None:
        if self.window.center.currentWidget() in (self.compare_view, self._charts):
            self.window.center.setCurrentIndex(0)

    def show_compare(self) -> None:
        self._sync_store()
        self.window.center.setCurrentWidget(self.compare_view)
        if self._stale["compare"]:
            self._stale["compare"] = False
            self.compare_view.refresh()
        self.compare_view.table.setFocus()

    def show_charts(self) -> None:
        self._sync_store()
        self.window.center.setCurrentWidget(self.charts_view)
        if self._stale["charts"] or self.charts_view.data is None or self.charts_view.dark != is_dark():
            self._stale["charts"] = False
            self.charts_view.refresh()
        self.charts_view.tabs.setFocus()

    def _on_store_changed(self) -> None:
        self._stale = {"compare": True, "charts": True}
        self._refresh_timer.start()

    def _refresh_visible(self) -> None:
        current = self.window.center.currentWidget()
        if current is self.compare_view:
            self._stale["compare"] = False
            self.compare_view.refresh()
        elif self._charts is not None and current is self._charts:
            self._stale["charts"] = False
            self._charts.refresh()
        if self.tag_manager is not None and self.tag_manager.isVisible():
            self.tag_manager.reload()

    def _after_preferences(self) -> None:
        if self._charts is not None and self._charts.data is not None and self._charts.dark != is_dark():
            self._charts.redraw()
        self.compare_view._show()  # differences are tinted for the theme

    # ---- compare ---------------------------------------------------------------------------------

    def compare_selected(self) -> None:
        """Two or more selected: compare exactly those. One: add it. None: just show the comparison."""
        self._sync_store()
        uuids = self.window.selected_uuids()
        dropped: list[str] = []
        if len(uuids) >= 2:
            dropped = self.compare_view.set_entries(uuids)
        elif uuids:
            dropped = self.compare_view.add_entries(uuids)
        self._stale["compare"] = False
        self.show_compare()
        if dropped:
            self.window.statusBar().showMessage(f"A comparison holds at most 6 entries; {len(dropped)} left out.",
                                                STATUS_MS)

    def add_selected_to_comparison(self) -> None:
        self._sync_store()
        uuids = self.window.selected_uuids()
        if not uuids:
            return
        dropped = self.compare_view.add_entries(uuids)
        self._stale["compare"] = False
        count = len(self.compare_view.uuids)
        note = f" ({len(dropped)} did not fit: at most 6)" if dropped else ""
        self.window.statusBar().showMessage(
            f"{count} entr{'y' if count == 1 else 'ies'} in the comparison{note} — Ctrl+D shows it", STATUS_MS)

    # ---- charts ----------------------------------------------------------------------------------

    def apply_chart_filter(self, flt: ListFilter) -> None:
        w = self.window
        w.sidebar.set_current_kind(flt.kind)
        w.center.setCurrentIndex(0)
        w.apply_filter(flt)
        w.table.setFocus()

    def _show_chart_entry(self, uuid: str) -> None:
        self.window._pending_select = uuid  # selected once the filtered list has loaded
        self.window.detail.show_entry(uuid)

    def _on_chip_removed(self, kind: str, _name: str, _value: str) -> None:
        if kind == "uuids":
            self.window.apply_filter(replace(self.window.filter, uuids=None))

    # ---- tags ------------------------------------------------------------------------------------

    def show_tag_manager(self) -> TagManager:
        w = self.window
        if self.tag_manager is None or self.tag_manager.store is not w.store:
            if self.tag_manager is not None:
                self.tag_manager.deleteLater()
            self.tag_manager = TagManager(w.store, w.undo_stack, w)
            self.tag_manager.addActions([w.act_undo, w.act_redo])  # Ctrl+Z works in the manager's window too
        self.tag_manager.reload()
        self.tag_manager.show()
        self.tag_manager.raise_()
        self.tag_manager.activateWindow()
        return self.tag_manager

    def tag_dropped(self, uuids: list[str], name: str) -> None:
        """Entries dragged from the list onto a sidebar tag: one undoable step."""
        w = self.window
        try:
            command = ChangeTags(w.store, uuids, [name], add=True)
        except AtlasError as error:
            QMessageBox.warning(w, "Tags", str(error))
            return
        if command.changed:
            w.undo_stack.push(command)
            count = len({uuid for uuid, _name in command.changed})
            w.statusBar().showMessage(f"Tagged {count} entr{'y' if count == 1 else 'ies'} with “{name}” — "
                                      "Ctrl+Z undoes it", STATUS_MS)
        else:
            w.statusBar().showMessage(f"Already tagged “{name}”", STATUS_MS)

    # ---- evaluations -----------------------------------------------------------------------------

    def evaluate(self, target: str | None = None) -> EvaluationDialog:
        """Open the evaluation form for `target` (default: the selected entry; an evaluation's own target)."""
        w = self.window
        store = w.store
        if target is None:
            uuids = w.selected_uuids()
            target = uuids[0] if uuids else None
        if target is not None:
            try:
                entry = store.get(target)
            except AtlasError:
                target = None
            else:
                if isinstance(entry, Evaluation):
                    target = entry.target_uuid

        def submit(values: dict[str, Any], tags: list[str]) -> None:
            with store.write() as ctx:
                evaluation = store.create_in(ctx, "evaluation", values)
                if tags:
                    store.tag_in(ctx, [evaluation.uuid], tags)
                ctx.touch(ctx.entry(evaluation.target_uuid))  # its detail lists evaluations
                uuid, name, about = evaluation.uuid, evaluation.name, evaluation.target_uuid
            w.undo_stack.push(CreateEntry(store, uuid, name))
            w.detail.show_entry(about)
            w.statusBar().showMessage(f"Recorded {name} — Ctrl+Z undoes it", STATUS_MS)

        dialog = EvaluationDialog(store, submit, rubric=w.prefs.rubric, author=w.prefs.author or store.author,
                                  target=target, parent=w)
        dialog.open()
        return dialog


def _next_action(actions: list[QAction], anchor: QAction | None) -> QAction | None:
    """The action after `anchor` (to insert behind it), or None to append."""
    if anchor is None or anchor not in actions:
        return None
    index = actions.index(anchor)
    return actions[index + 1] if index + 1 < len(actions) else None
