"""The Changes tab of the merge and import previews: entries added, removed and changed, field by field —
driven through File ▸ Import and Merge… and File ▸ Import from Catalog…."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from db.exchange.api import export_atlas
from db.store import Store
from desktop.changes_pane import ChangesPane
from desktop.exchange_dialogs import MergeDialog
from desktop.import_dialog import ImportDialog
from desktop.main_window import MainWindow
from tests.conftest import reference
from tests.desktop.conftest import opened, settle, trigger


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(pane: ChangesPane) -> list[tuple[str, str, str]]:
    model = pane.entries
    return [(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data())
            for r in range(model.rowCount())]


def _choose(qtbot, pane: ChangesPane, name: str) -> list[tuple[str, str, str]]:
    """Click the entry's row; the field changes it shows (field, old, new)."""
    row = next(r for r, (_c, _k, shown) in enumerate(_rows(pane)) if shown == name)
    rect = pane.table.visualRect(pane.entries.index(row, 2))
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    fields = pane.fields
    return [tuple(fields.index(r, c).data() for c in range(3)) for r in range(fields.rowCount())]  # type: ignore[misc]


@pytest.fixture
def from_bo(mini_path: Path, tmp_path: Path) -> Path:
    """Bo's export: a new organization, a model's summary changed and another model deleted."""
    theirs_path = tmp_path / "theirs.atlas"
    shutil.copyfile(mini_path, theirs_path)
    theirs = Store.open(theirs_path, "bo")
    theirs.create("organization", {"name": "Bo Labs"})
    theirs.update(theirs.resolve("Acme 7B").uuid, {"summary": "Bo's summary"})
    theirs.delete(theirs.resolve("BigCo Ultra", "model").uuid)
    shared = tmp_path / "from-bo.atlas"
    export_atlas(theirs, shared)
    theirs.close()
    return shared


def test_merge_preview_shows_the_changes_entry_by_entry(qtbot, window: MainWindow, from_bo: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(from_bo), ""))
    before = _digest(window.store.path)
    trigger(window, "exchange.merge")
    dialog = opened(MergeDialog)
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    settle(qtbot, window)
    assert _digest(window.store.path) == before  # the preview wrote nothing

    pane = dialog.changes
    assert dialog.tabs.tabText(dialog.tabs.indexOf(pane)) == "Changes"
    dialog.tabs.setCurrentWidget(pane)
    assert pane.isVisible() and pane.table.accessibleName() and pane.field_table.accessibleName()
    assert sorted(_rows(pane)) == [("added", "Organization", "Bo Labs"), ("changed", "Model", "Acme 7B"),
                                   ("removed", "Model", "BigCo Ultra")]
    assert pane.summary.text() == "Would change: 1 added, 1 removed, 1 changed"
    summary = [row for row in _choose(qtbot, pane, "Acme 7B") if row[0] == "Summary"]
    assert len(summary) == 1 and summary[0][2] == "Bo's summary"

    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    settle(qtbot, window)
    dialog.close()
    settle(qtbot, window)

    trigger(window, "exchange.merge")  # the same file again: nothing left to change
    again = opened(MergeDialog)
    assert isinstance(again, MergeDialog)
    qtbot.waitUntil(lambda: again.plan is not None, timeout=30_000)
    settle(qtbot, window)
    assert _rows(again.changes) == [] and again.changes.summary.text() == "Nothing in your atlas would change."
    again.close()


def test_import_preview_shows_the_entries_it_would_add(qtbot, window: MainWindow) -> None:
    trigger(window, "catalogs.import")
    dialog = opened(ImportDialog)
    assert isinstance(dialog, ImportDialog)
    dialog.catalog.setCurrentIndex(dialog.catalog.findData("mot"))
    dialog.add_paths([reference("model_openness_tool", "models", "OLMo-7B.yml")])
    before = _digest(window.store.path)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=30_000)
    settle(qtbot, window)
    assert _digest(window.store.path) == before
    dialog.tabs.setCurrentWidget(dialog.changes)
    rows = _rows(dialog.changes)
    assert ("added", "Model", "OLMo-7B") in rows and not [r for r in rows if r[0] == "removed"]
    assert dialog.changes.summary.text().startswith("Would change:")
    dialog.close()
