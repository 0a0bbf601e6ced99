"""Sharing from the desktop: export, import-and-merge with preview and log, conflicts resolved field by field."""

from __future__ import annotations

import shutil
from pathlib import Path

from db.exchange.api import export_atlas
from db.store import Store
from desktop.main_window import MainWindow
from tests.desktop.conftest import settle


def test_export_whole_atlas(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.export_dialog()
    out = tmp_path / "shared.atlas"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.manifest is not None, timeout=30_000)
    assert out.exists() and dialog.manifest.counts


def test_merge_preview_then_merge_and_resolve_conflict(qtbot, window: MainWindow, mini_path: Path,
                                                        tmp_path: Path) -> None:
    theirs_path = tmp_path / "theirs.atlas"
    shutil.copyfile(mini_path, theirs_path)
    theirs = Store.open(theirs_path, "bo")
    model = theirs.resolve("Acme 7B").uuid
    theirs.update(model, {"summary": "Bo's summary"})
    theirs.create("organization", {"name": "Bo Labs"})
    shared = tmp_path / "from-bo.atlas"
    export_atlas(theirs, shared)
    theirs.close()
    window.store.update(model, {"summary": "Ana's summary"})  # both sides changed it: a conflict

    before = window.store.counts()["organizations"]
    dialog = window.merge_dialog(shared)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert window.store.counts()["organizations"] == before  # preview changes nothing
    assert dialog.merge_button.isEnabled()
    dialog.merge()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    settle(qtbot, window)
    assert window.store.counts()["organizations"] == before + 1
    assert window.store.get(model).summary == "Ana's summary"  # nothing overwritten
    assert dialog.conflicts_button.isEnabled()

    conflicts = window.conflicts_dialog()
    assert conflicts.conflicts
    conflicts.set_choice("summary", "theirs")
    conflicts.resolve_current()
    assert window.store.get(model).summary == "Bo's summary"
    assert not conflicts.conflicts


def test_garbage_file_is_refused_and_nothing_changes(qtbot, window: MainWindow, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.atlas"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = window.store.path.read_bytes()
    dialog = window.merge_dialog(garbage)
    qtbot.waitUntil(lambda: "cannot be merged" in dialog.info.text(), timeout=30_000)
    assert not dialog.merge_button.isEnabled()
    assert window.store.path.read_bytes() == before
