"""Compare 2 to 6 entries side by side: the selection, or entries added one step at a time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.actions.spec import ActionSpec, has_selection
from desktop.i18n import translate

if TYPE_CHECKING:
    from db.browse import StoreChange
    from desktop.compare_view import CompareView
    from desktop.main_window import MainWindow

STATUS_MS = 6000


def compare_view(window: MainWindow) -> CompareView:
    """The comparison page of the open atlas (made on first use)."""
    from desktop.compare_view import CompareView

    def make() -> CompareView:
        view = CompareView(window.store, window.runner, window)
        view.entryActivated.connect(lambda uuid: window.detail.show_entry(uuid))
        return view

    view = window.keep("compare", make)
    assert isinstance(view, CompareView)
    return view


def compare_selection(window: MainWindow) -> CompareView:
    """Two or more selected: compare exactly those. One: add it. None: show the comparison as it is."""
    view = compare_view(window)
    uuids = window.targets.selection()
    dropped: list[str] = []
    if len(uuids) >= 2:
        dropped = view.set_entries(uuids)
    elif uuids:
        dropped = view.add_entries(uuids)
    if window.page_is_stale("compare"):
        view.refresh()
    window.show_page(view)
    view.table.setFocus()
    if dropped:
        left_out = len(dropped)
        window.statusBar().showMessage(
            translate("actions.compare", "A comparison holds at most 6 entries; %n left out.", "", left_out), STATUS_MS)
    return view


def add_selection(window: MainWindow) -> CompareView:
    view = compare_view(window)
    dropped = view.add_entries(window.targets.selection())
    count = len(view.uuids)
    left_out = len(dropped)
    note = " " + translate("actions.compare", "(%n did not fit: at most 6)", "", left_out) if dropped else ""
    window.statusBar().showMessage(
        translate("actions.compare", "%n entry(s) in the comparison{note} — Ctrl+D shows it", "", count).format(
            note=note), STATUS_MS)
    return view


def _on_store_changed(window: MainWindow, change: StoreChange) -> None:
    view: CompareView | None = window.kept("compare")
    if view is None or not (change.uuids.intersection(view.uuids) or change.touches("tag", "evaluation")):
        return
    if window.center.currentWidget() is view:
        view.refresh()
    else:
        window.mark_stale("compare")


def install(window: MainWindow) -> None:
    window.storeChanged.connect(lambda change: _on_store_changed(window, change))
    window.preferencesApplied.connect(lambda: _retint(window))


def _retint(window: MainWindow) -> None:
    view: CompareView | None = window.kept("compare")
    if view is not None:
        view._show()  # differences are tinted for the theme


ACTIONS = [
    ActionSpec("compare.show", "&Compare", compare_selection, menu="View", group=20, toolbar=30,
               shortcuts=("Ctrl+D",), icon="compare", tip="Compare the selected entries side by side (2 to 6)",
               in_list_menu=True),
    ActionSpec("compare.add", "&Add to Comparison", add_selection, menu="View", group=20,
               shortcuts=("Ctrl+Shift+D",), icon="add", tip="Add the selected entries to the comparison",
               enabled=has_selection, in_list_menu=True),
]
