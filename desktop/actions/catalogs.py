"""Public catalogs: import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI or SPDX data, and
review the matches the importer was not sure about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.actions.spec import ActionSpec

if TYPE_CHECKING:
    from desktop.main_window import MainWindow


def import_from_catalog(window: MainWindow, paths: list[Path] | None = None, source: str | None = None) -> Any:
    from desktop.import_dialog import ImportDialog

    dialog = ImportDialog(window.store, window.runner, window)
    dialog.entryRequested.connect(window.select_entry)
    if source is not None:
        dialog.catalog.setCurrentIndex(max(dialog.catalog.findData(source), 0))
    if paths:
        dialog.add_paths(paths)
    dialog.open()
    return dialog


def review_dialog(window: MainWindow) -> Any:
    from desktop.import_dialog import ReviewDialog

    dialog = ReviewDialog(window.store, window)
    dialog.entryRequested.connect(window.select_entry)
    dialog.open()
    return dialog


ACTIONS = [
    ActionSpec("catalogs.import", "Import from &Catalog…", import_from_catalog, menu="File", group=30,
               shortcuts=("Ctrl+I",), icon="catalog",
               tip="Import Model Openness Tool, Open Source AI Index, Epoch, Hugging Face, FMTI or SPDX data"),
    ActionSpec("catalogs.review", "Re&view Uncertain Matches…", review_dialog, menu="File", group=30,
               tip="Imported records that might be an existing entry: merge, create or dismiss"),
]
