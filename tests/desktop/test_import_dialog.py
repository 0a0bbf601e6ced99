"""File ▸ Import from catalog: preview first, then import with progress; the report links to entries and to the
review list, in words (no field keys) — driven by clicking the dialog's buttons and links."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from db.store import Store
from desktop.actions.catalogs import import_from_catalog
from desktop.import_dialog import ReviewDialog
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from tests.conftest import reference
from tests.desktop.conftest import opened, settle, trigger

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "importers"
EPOCH_FIXTURE = FIXTURES / "epoch"
INTERNAL = re.compile(r"\b[a-z]+_[a-z_]+\b|component\.|assessment:|\bmodelatlas\b")
"""Field keys (params_total), component and grade keys, CLI commands: what a report must not show."""


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_link(qtbot, browser: QTextBrowser, text: str) -> None:
    """A real click on the link whose text is `text`, where the browser draws it."""
    found = browser.document().find(text)
    assert not found.isNull(), f"no link {text!r} in {browser.toPlainText()!r}"
    browser.setTextCursor(found)
    browser.ensureCursorVisible()
    middle = found.position() - len(text) // 2
    cursor = browser.textCursor()
    cursor.setPosition(middle)
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(cursor).center())


def test_preview_then_import_mot_files(qtbot, window: MainWindow) -> None:
    folder = reference("model_openness_tool", "models")
    dialog = import_from_catalog(window, paths=[folder / "OLMo-7B.yml", folder / "Pythia-6.9B.yml"], source="mot")
    before = window.store.counts()["models"]
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20_000)
    settle(qtbot, window)
    assert dialog.last_report.dry_run and dialog.import_button.isEnabled()
    assert window.store.counts()["models"] == before  # a preview writes nothing
    text = dialog.report.toPlainText()
    assert "Preview of the Model Openness Tool import" in text and not INTERNAL.search(text), text
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.last_report.dry_run, timeout=20_000)
    assert "import finished" in dialog.report.toPlainText()
    assert window.store.counts()["models"] == before + 2
    dialog.close()


@pytest.fixture
def seeded_window(qtbot, seeded_path: Path, prefs: Preferences) -> Iterator[MainWindow]:
    """The main window over the real seed, whose models the public catalogs know."""
    store = Store.open(seeded_path, "ana")
    main = MainWindow(store, prefs)
    qtbot.addWidget(main)
    main.show()
    settle(qtbot, main)
    yield main
    main.close()
    store.close()


def test_updates_read_as_labels_and_link_to_their_entries(qtbot, seeded_window: MainWindow) -> None:
    window = seeded_window
    folder = reference("model_openness_tool", "models")
    dialog = import_from_catalog(window, paths=[folder / "DeepSeek-R1.yml", folder / "GPT-4.yml"], source="mot")
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20_000)
    changes = dialog.last_report.changes
    assert changes, dialog.report.toPlainText()
    keys = [key for change in changes for key in change["fields"] + change["statements"]]
    assert any("_" in key or "." in key for key in keys), keys  # internal keys exist...
    text = dialog.report.toPlainText()
    assert not INTERNAL.search(text), text  # ...and none is shown
    assert "(component)" in text  # "component.evaluation-data" reads "Evaluation data (component)"
    name = changes[0]["name"]
    click_link(qtbot, dialog.report, name)
    assert window.detail.current == changes[0]["entry"]
    dialog.close()


def test_unreadable_file_fails_cleanly(qtbot, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-catalog.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    dialog = import_from_catalog(window, paths=[bad], source="epoch")
    before = window.store.counts()
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.preview_button.isEnabled(), timeout=20_000)
    assert window.store.counts() == before
    dialog.close()


def test_review_list_resolves_an_uncertain_match(qtbot, window: MainWindow) -> None:
    dialog = import_from_catalog(window, paths=[EPOCH_FIXTURE], source="epoch")
    click(qtbot, dialog.preview_button)
    qtbot.waitUntil(lambda: dialog.last_report is not None, timeout=20_000)
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: not dialog.last_report.dry_run, timeout=20_000)
    assert dialog.last_report.review == 1
    click_link(qtbot, dialog.report, "File ▸ Review Uncertain Matches…")  # the report's way to the list
    assert dialog.review is not None and dialog.review.isVisible()
    dialog.review.close()
    dialog.close()

    trigger(window, "catalogs.review")
    review = opened(ReviewDialog)
    assert isinstance(review, ReviewDialog)
    assert [item["name"] for item in review.items] == ["Acme Chat"]  # which size of the seed's Acme 7B Chat?
    assert review.table.item(0, 1).text() == "Epoch AI"  # the catalog's name, not its key
    review.table.doubleClicked.emit(review.table.model().index(0, 0))
    assert window.detail.current == window.store.resolve("Acme 7B Chat").uuid
    models = window.store.counts()["models"]
    click(qtbot, review.create_button)
    assert review.items == [] and window.store.counts()["models"] == models + 1
    assert review.message.text() == "Acme Chat: created as a new entry. Nothing else to review."
