"""Files: the first start shows the window at once and prepares the atlas in the background; opening another."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from desktop.app import start_window
from desktop.getting_started import GettingStartedDialog
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from tests.desktop.conftest import opened, settle, trigger


@pytest.mark.slow
def test_first_start_shows_the_window_at_once_and_the_seed_loading_as_progress(qtbot, prefs: Preferences) -> None:
    window = start_window(prefs, None)
    assert window is not None
    qtbot.addWidget(window)
    assert window.isVisible() and window.store is None  # up before the seed is loaded
    assert "first start" in window.job_status.label.text()
    assert not window.registry["editing.edit"].isEnabled() and window.registry["help.about"].isEnabled()
    reports: list[tuple[int, int]] = []
    qtbot.waitUntil(lambda: window.job_status.job is not None, timeout=5_000)  # started once the window painted
    assert "first start" in window.job_status.label.text() and window.job_status.bar.isVisible()
    assert window.job_status.job is not None
    window.job_status.job.signals.progress.connect(lambda done, total: reports.append((done, total)))
    qtbot.waitUntil(lambda: window.store is not None, timeout=180_000)
    settle(qtbot, window)
    assert window.list_model.rowCount() > 50
    assert reports and reports[-1][0] == reports[-1][1] > 100  # it said how far it got, up to the end
    assert opened(GettingStartedDialog).windowTitle() == "Getting Started"
    window.close()
    window.store.close()


def test_open_another_atlas_from_the_file_menu(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from db.store import Store

    other = tmp_path / "other.atlas"
    Store.open(other, "ana", create=True).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    old_store = window.store
    trigger(window, "files.open")
    settle(qtbot, window)
    assert window.store is not old_store and window.store.path == other
    assert window.list_model.rowCount() == 0 and window.windowTitle().startswith("other.atlas")
    assert not window.registry["editing.undo"].isEnabled()  # the other atlas's history went with it
