"""Sharing with teammates: export, import and merge a teammate's file (or one dropped on the window), conflicts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog

from desktop.actions.spec import ActionSpec
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


def export_dialog(window: MainWindow) -> Any:
    """Export the whole atlas, the selection, or the search results on screen."""
    from desktop.exchange_dialogs import ExportDialog

    searching = window.center.currentWidget() is window.search_panel
    search_uuids = [hit.uuid for hit in window.search_panel.model.hits] if searching else None
    selected = window.targets.selection() if not searching else []
    dialog = ExportDialog(window.store, window.runner, selected=selected, search_uuids=search_uuids, parent=window)

    def exported() -> None:
        if dialog.manifest:
            rows = sum(dialog.manifest.counts.values())
            window.statusBar().showMessage(translate("actions.exchange", "Exported %n row(s)", "", rows), 8000)

    dialog.accepted.connect(exported)
    dialog.open()
    return dialog


def merge_file(window: MainWindow, path: Path | None = None) -> Any:
    """Preview and merge a teammate's .atlas file (asked for when `path` is None)."""
    from desktop.exchange_dialogs import MergeDialog

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window, translate("actions.exchange", "Import and merge"), str(Path.home()),
            translate("actions.exchange", "Model Atlas files (*.atlas);;All files (*)"))
        if not chosen:
            return None
        path = Path(chosen)
    dialog = MergeDialog(window.store, window.runner, path, window)
    dialog.entryRequested.connect(window.select_entry)
    dialog.open()
    dialog.preview()
    return dialog


def conflicts_dialog(window: MainWindow) -> Any:
    from desktop.exchange_dialogs import ConflictsDialog

    dialog = ConflictsDialog(window.store, window)
    dialog.entryRequested.connect(window.select_entry)
    dialog.open()
    return dialog


ACTIONS = [
    ActionSpec("exchange.export", "&Export…", export_dialog, menu="File", group=20, shortcuts=("Ctrl+Shift+X",),
               icon="export", tip="Export the atlas, or part of it, to a file to share"),
    ActionSpec("exchange.merge", "Import and &Merge…", merge_file, menu="File", group=20,
               shortcuts=("Ctrl+Shift+M",), icon="merge", tip="Merge a teammate's .atlas file into this one"),
    ActionSpec("exchange.conflicts", "&Conflicts…", conflicts_dialog, menu="File", group=20, icon="conflicts",
               tip="Resolve entries that both you and a teammate changed"),
]
