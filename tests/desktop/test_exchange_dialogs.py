"""Sharing from the desktop: export, import-and-merge with preview and log, conflicts resolved field by field —
driven by clicking the dialogs' buttons."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from db.exchange.api import export_atlas
from db.store import Store
from desktop.actions.exchange import merge_file
from desktop.exchange_dialogs import ConflictsDialog, ExportDialog, MergeDialog
from desktop.local_time import local_time
from desktop.main_window import MainWindow
from tests.desktop.conftest import opened, settle, trigger

TABLE_NAMES = ("aliases", "assessments", "components", "entry_tags", "org_assessments", "provenance", "links",
               "policy_notes", "import_reviews")
RAW_TIME = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def previewed(qtbot, dialog: MergeDialog) -> MergeDialog:
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    return dialog


def log_group(dialog: MergeDialog, heading: str):
    groups = [dialog.log.topLevelItem(g) for g in range(dialog.log.topLevelItemCount())]
    return next(group for group in groups if group.text(0).startswith(heading))


def shown_text(dialog: MergeDialog) -> str:
    """Everything the preview puts in front of a person: the sentence, the counts' headings, the log."""
    rows = [dialog.counts.verticalHeaderItem(r).text() for r in range(dialog.counts.rowCount())]
    columns = [dialog.counts.horizontalHeaderItem(c).text() for c in range(dialog.counts.columnCount())]
    log = []
    for g in range(dialog.log.topLevelItemCount()):
        group = dialog.log.topLevelItem(g)
        log.append(group.text(0))
        log += [group.child(c).text(k) for c in range(group.childCount()) for k in range(3)]
    return "\n".join([dialog.info.text(), *rows, *columns, *log])


@pytest.fixture
def from_bo(mini_path: Path, tmp_path: Path) -> tuple[Path, str]:
    """Bo's export: one new organization and a model both Bo and Ana (the window's user) then changed."""
    theirs_path = tmp_path / "theirs.atlas"
    shutil.copyfile(mini_path, theirs_path)
    theirs = Store.open(theirs_path, "bo")
    model = theirs.resolve("Acme 7B").uuid
    theirs.create("organization", {"name": "Bo Labs"})
    theirs.update(model, {"summary": "Bo's summary", "model_version": "7.1", "developer": "Bo Labs"})
    shared = tmp_path / "from-bo.atlas"
    export_atlas(theirs, shared)
    theirs.close()
    return shared, model


def test_export_whole_atlas(qtbot, window: MainWindow, tmp_path: Path) -> None:
    trigger(window, "exchange.export")
    dialog = opened(ExportDialog)
    assert isinstance(dialog, ExportDialog)
    out = tmp_path / "shared.atlas"
    dialog.export_to(out)
    qtbot.waitUntil(lambda: dialog.manifest is not None, timeout=30_000)
    assert out.exists() and dialog.manifest.counts


def test_merge_preview_then_merge_and_resolve_conflict(qtbot, window: MainWindow, from_bo: tuple[Path, str]) -> None:
    shared, model = from_bo
    window.store.update(model, {"summary": "Ana's summary", "model_version": "7.2", "developer": "BigCo"})

    before = window.store.counts()["organizations"]
    dialog = previewed(qtbot, merge_file(window, shared))
    assert window.store.counts()["organizations"] == before  # preview changes nothing
    text = shown_text(dialog)
    # kinds and a local date, never table names, the schema revision or a raw ISO time
    assert "would add 1 organization" in dialog.info.text()
    assert "keep for you to resolve 1 model" in dialog.info.text()
    assert local_time(dialog.plan.manifest.exported_at) in dialog.info.text()
    assert "schema" not in text.lower() and not RAW_TIME.search(text)
    assert not re.search(r"\b[a-z]+_[a-z_]+\b", text), text  # entry_tags, policy_notes, org_assessments...
    rows = [dialog.counts.verticalHeaderItem(r).text() for r in range(dialog.counts.rowCount())]
    assert "Organizations" in rows and "Tags on entries" in rows and not set(rows) & set(TABLE_NAMES), rows
    assert "In conflict (preview) — 1" in text

    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    settle(qtbot, window)
    assert window.store.counts()["organizations"] == before + 1
    assert window.store.get(model).summary == "Ana's summary"  # nothing overwritten
    assert "Merged: added 1 organization" in dialog.info.text()

    click(qtbot, dialog.conflicts_button)
    conflicts = dialog.findChild(ConflictsDialog)
    assert conflicts is not None and conflicts.conflicts
    assert "·  model" in conflicts.list.item(0).text() and "models" not in conflicts.list.item(0).text()
    fields = [conflicts.fields.item(r, 0).text() for r in range(conflicts.fields.rowCount())]
    assert "Version" in fields and "Summary" in fields  # the form's labels, not model_version
    assert not [f for f in fields if "_" in f or f != f.strip() or f[:1].islower()]
    developer = fields.index("Developer")
    assert [conflicts.fields.item(developer, c).text() for c in (1, 2)] == ["BigCo", "Bo Labs"]  # not UUIDs
    shown = [conflicts.fields.item(r, c).text() for r in range(len(fields)) for c in (1, 2)]
    assert not [text for text in shown if RAW_TIME.search(text) or re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-", text)]
    conflicts.set_choice("summary", "theirs")
    conflicts.set_choice("model_version", "theirs")
    conflicts.set_choice("developer_uuid", "edit")  # kept as shown: Ana's developer, stored as its UUID
    click(qtbot, conflicts.resolve_button)
    assert window.store.get(model).summary == "Bo's summary"
    assert window.store.get(model).developer_uuid == window.store.resolve("BigCo").uuid
    assert not conflicts.conflicts


def test_merge_applies_the_verified_copy_kept_from_the_preview(qtbot, window: MainWindow,
                                                               from_bo: tuple[Path, str]) -> None:
    shared, _model = from_bo
    dialog = previewed(qtbot, merge_file(window, shared))
    copy_folder = dialog.verified.copy.parent
    shared.unlink()  # the file is gone (the USB stick was pulled): the merge still works from the kept copy
    before = window.store.counts()["organizations"]
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.report is not None or "failed" in dialog.info.text(), timeout=30_000)
    assert dialog.report is not None, dialog.info.text()
    assert window.store.counts()["organizations"] == before + 1
    assert not copy_folder.exists()  # merged: the private copy is removed


def test_changing_the_policy_previews_again_from_the_same_copy(qtbot, window: MainWindow,
                                                              from_bo: tuple[Path, str]) -> None:
    shared, model = from_bo
    window.store.update(model, {"summary": "Ana's summary"})
    dialog = previewed(qtbot, merge_file(window, shared))
    assert log_group(dialog, "In conflict").child(0).text(2) == "showing yours"  # newer wins: Ana's is newer
    verified = dialog.verified
    shared.unlink()
    with qtbot.waitSignal(dialog.idle, timeout=30_000):
        dialog.policy.setCurrentIndex(dialog.policy.findData("theirs"))
    assert dialog.plan is not None and dialog.plan.policy == "theirs", dialog.info.text()
    assert dialog.verified is verified
    assert log_group(dialog, "In conflict").child(0).text(2) == "showing theirs"
    click(qtbot, dialog.close_button)
    assert not verified.copy.exists()  # closing the dialog removes the private copy


def test_cancel_during_preview(qtbot, window: MainWindow, from_bo: tuple[Path, str]) -> None:
    shared, _model = from_bo
    before = window.store.counts()
    # Holding the atlas's write lock keeps the preview from finishing (it plans inside a rolled-back write), so
    # the click below lands while the preview is still running, however fast the machine is.
    with window.store.write(notify=False):
        dialog = merge_file(window, shared)
        assert dialog.busy() and dialog.cancel_button.isEnabled() and not dialog.merge_button.isEnabled()
        click(qtbot, dialog.cancel_button)
        assert dialog.info.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert "Preview cancelled" in dialog.info.text()
    assert dialog.plan is None and not dialog.merge_button.isEnabled()
    assert window.store.counts() == before
    click(qtbot, dialog.preview_button)  # checking again works, and merging after it
    previewed(qtbot, dialog)
    click(qtbot, dialog.merge_button)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert window.store.counts()["organizations"] == before["organizations"] + 1


def test_closing_during_preview_stops_it_and_removes_the_copy(qtbot, window: MainWindow,
                                                             from_bo: tuple[Path, str]) -> None:
    shared, _model = from_bo
    with window.store.write(notify=False):
        dialog = merge_file(window, shared)
        click(qtbot, dialog.close_button)
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=30_000)
    assert dialog.verified is None and dialog.plan is None


def test_garbage_file_is_refused_and_nothing_changes(qtbot, window: MainWindow, tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.atlas"
    garbage.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    before = window.store.path.read_bytes()
    dialog = merge_file(window, garbage)
    qtbot.waitUntil(lambda: "cannot be merged" in dialog.info.text(), timeout=30_000)
    assert not dialog.merge_button.isEnabled()
    assert window.store.path.read_bytes() == before


def test_a_dialog_gone_with_its_window_removes_the_copy(qtbot, window: MainWindow, from_bo: tuple[Path, str]) -> None:
    shared, _model = from_bo
    dialog = previewed(qtbot, merge_file(window, shared))
    copy = dialog.verified.copy
    assert copy.exists()
    dialog.deleteLater()  # what closing the main window does to it: no `finished`, only destruction
    qtbot.waitUntil(lambda: not copy.exists(), timeout=5_000)
