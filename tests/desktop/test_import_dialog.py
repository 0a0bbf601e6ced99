"""File ▸ Import from catalog: preview first, then import with progress; the report links to entries."""

from __future__ import annotations

from pathlib import Path

from desktop.actions.catalogs import import_from_catalog
from desktop.import_dialog import ReviewDialog
from desktop.main_window import MainWindow
from tests.conftest import reference
from tests.desktop.conftest import opened, settle, trigger


def test_preview_then_import_mot_files(qtbot, window: MainWindow) -> None:
    folder = reference("model_openness_tool", "models")
    dialog = import_from_catalog(window, paths=[folder / "OLMo-7B.yml", folder / "Pythia-6.9B.yml"], source="mot")
    before = window.store.counts()["models"]
    dialog.start(dry_run=True)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20_000)
    assert dialog.last_report.dry_run and dialog.import_button.isEnabled()
    assert window.store.counts()["models"] == before  # a preview writes nothing
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: not dialog.last_report.dry_run, timeout=20_000)
    assert "Import finished" in dialog.report.toPlainText()
    assert window.store.counts()["models"] == before + 2
    dialog.close()


def test_unreadable_file_fails_cleanly(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-catalog.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    dialog = import_from_catalog(window, paths=[bad], source="epoch")
    before = window.store.counts()
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=20_000)
    assert window.store.counts() == before
    dialog.close()


def test_review_list_resolves_an_uncertain_match(qtbot, window: MainWindow) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "importers" / "epoch"
    dialog = import_from_catalog(window, paths=[fixture], source="epoch")
    dialog.start(dry_run=False)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20_000)
    assert dialog.last_report.review == 1
    trigger(window, "catalogs.review")
    review = opened(ReviewDialog)
    assert [item["name"] for item in review.items] == ["Acme Giant Chat"]
    review.table.doubleClicked.emit(review.table.model().index(0, 0))
    assert window.detail.current == window.store.resolve("Acme Giant").uuid
    models = window.store.counts()["models"]
    review.resolve("create")
    assert review.items == [] and window.store.counts()["models"] == models + 1
