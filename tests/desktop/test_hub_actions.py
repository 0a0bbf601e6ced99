"""File ▸ Team Hub… and Sync Now against a real PostgreSQL server, driven as a person does: the menu's actions,
typed addresses, clicked buttons, answered message boxes."""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

HUB_TESTS = Path(__file__).resolve().parents[1] / "db" / "hub"
if str(HUB_TESTS) not in sys.path:  # the hub tests' server and helpers are plain modules of that folder
    sys.path.insert(0, str(HUB_TESTS))

from hub_helpers import assert_same_content, laptop, tables  # noqa: E402
from hub_server import PgServer  # noqa: E402

from db.hub import grant, hub_status, init_hub, sync  # noqa: E402
from db.store import Store  # noqa: E402
from desktop.actions.hub import STAGE_STEPS, SYNC_KEY, hub_sync  # noqa: E402
from desktop.hub_dialog import HubDialog  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402
from desktop.settings import Preferences  # noqa: E402
from tests.desktop.conftest import answer_modal, opened, settle, trigger  # noqa: E402


def _hub_fixtures() -> object:
    """The hub tests' server fixtures (one PostgreSQL server for this module, passwords from its .pgpass)."""
    spec = importlib.util.spec_from_file_location("hub_server_fixtures", HUB_TESTS / "conftest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_fixtures = _hub_fixtures()
pg_server = _fixtures.pg_server  # type: ignore[attr-defined]
_pgpass = _fixtures._pgpass  # type: ignore[attr-defined]
hub_database = _fixtures.hub_database  # type: ignore[attr-defined]


@pytest.fixture
def hub(pg_server: PgServer, hub_database: str) -> str:
    """A fresh hub where alice (this window's analyst) and bob (the other laptop's) are editors."""
    admin = pg_server.url(hub_database)
    init_hub(admin)
    grant(admin, "alice", "editor")
    grant(admin, "bob", "editor")
    return admin


@pytest.fixture
def ben(_mini_template: Path, tmp_path: Path) -> Iterator[Store]:
    """A teammate's laptop that loaded the same seed."""
    store = laptop(_mini_template, tmp_path / "ben.atlas", "ben")
    yield store
    store.close()


def connect(qtbot, window: MainWindow, address: str) -> HubDialog:
    """File ▸ Team Hub…, the address typed in, Test Connection clicked; the dialog stays open."""
    trigger(window, "hub.settings")
    dialog = opened(HubDialog)
    assert isinstance(dialog, HubDialog)
    dialog.address_field.selectAll()
    qtbot.keyClick(dialog.address_field, Qt.Key.Key_Delete)
    qtbot.keyClicks(dialog.address_field, address)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled() and bool(dialog.result_label.text()), timeout=20_000)
    return dialog


def save(qtbot, dialog: HubDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def sync_now(qtbot, window: MainWindow, *, accept: bool = False) -> list[str]:
    """Sync Now from the File menu, waiting until its outcome is shown; returns the message boxes it raised."""
    def act() -> None:
        trigger(window, "hub.sync")
        settle(qtbot, window)

    return answer_modal(qtbot, act, accept=accept)


def test_team_hub_tests_the_connection_and_remembers_the_address_without_its_password(
        qtbot, window: MainWindow, pg_server: PgServer, hub: str, hub_database: str, prefs: Preferences,
        tmp_path: Path) -> None:
    typed = pg_server.url(hub_database, "alice", "alice-secret")
    dialog = connect(qtbot, window, typed)
    shown = dialog.result_label.text()
    assert "as alice (editor)" in shown and "hub version 0" in shown and "alice-secret" not in shown
    qtbot.keyClick(dialog.on_start, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.every, Qt.Key.Key_Space)
    dialog.minutes.selectAll()
    qtbot.keyClicks(dialog.minutes, "5")
    save(qtbot, dialog)

    assert prefs.hub_address == typed.replace(":alice-secret", "")
    prefs.sync()
    assert "alice-secret" not in (tmp_path / "settings.ini").read_text()
    assert prefs.hub_sync_on_start and prefs.hub_sync_minutes == 5
    controller = hub_sync(window)
    assert controller.timer.isActive() and controller.timer.interval() == 5 * 60_000
    settle(qtbot, window)  # the status bar's hub line is counted in a worker
    label = window.findChild(type(controller.label), "hubState")
    assert label is controller.label and label.isVisible() and "not synced yet" in label.text()
    assert "alice-secret" not in label.toolTip()

    assert sync_now(qtbot, window) == []  # this run still has the address as typed; nothing to ask
    assert "sent" in window.statusBar().currentMessage()
    assert hub_status(hub).pushes == 1
    assert "synced" in controller.label.text() and "0 changes to send" in controller.label.text()

    trigger(window, "hub.settings")  # opened again: the address as remembered, never the password typed earlier
    again = opened(HubDialog)
    assert isinstance(again, HubDialog)
    assert again.address_field.text() == prefs.hub_address
    qtbot.mouseClick(again.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not again.isVisible()


def test_sync_now_brings_two_laptops_edits_together_and_conflicts_go_to_the_conflicts_dialog(
        qtbot, window: MainWindow, pg_server: PgServer, hub: str, hub_database: str, ben: Store) -> None:
    database = hub_database
    save(qtbot, connect(qtbot, window, pg_server.url(database, "alice")))
    assert sync_now(qtbot, window) == []
    ben_hub = pg_server.url(database, "bob")
    sync(ben, ben_hub)

    ana = window.store
    acme, ultra = ana.resolve("Acme 7B").uuid, ana.resolve("BigCo Ultra").uuid
    ana.update(acme, {"summary": "Ana's reading of Acme"})
    ben.update(ultra, {"summary": "Ben's reading of Ultra"})
    ben.create("note", {"name": "Ben's note", "body": "Checked the license.", "target_uuid": acme})
    label = hub_sync(window).label
    qtbot.waitUntil(lambda: "to send" in label.text() and " 0 changes" not in label.text(), timeout=5_000)
    sync(ben, ben_hub)

    window.detail.show_entry(ultra)
    with qtbot.waitSignal(window.storeChanged, timeout=20_000):
        assert sync_now(qtbot, window) == []
    assert ana.get(ultra).summary == "Ben's reading of Ultra"
    sync(ben, ben_hub)
    assert_same_content(ana, ben)

    trigger(window, "history.show")  # the entry's History says who pushed its versions to the hub
    pushes = window.findChild(QLabel, "hubPushes")
    assert pushes is not None
    qtbot.waitUntil(lambda: pushes.isVisible() and "by bob" in pushes.text(), timeout=20_000)
    assert "version 2 of entries by bob" in pushes.text()
    pushes.window().close()

    ana.update(acme, {"summary": "Ana changed it again"})  # both change the same entry: a conflict here
    ben.update(acme, {"summary": "Ben changed it too"})
    sync(ben, ben_hub)
    titles = sync_now(qtbot, window, accept=True)
    assert titles == ["Sync conflicts", "Conflicts"]
    assert "1 conflict" in window.statusBar().currentMessage()


def test_a_refused_login_or_a_bad_address_is_one_message_and_changes_nothing(
        qtbot, window: MainWindow, pg_server: PgServer, hub: str, hub_database: str) -> None:
    database = hub_database
    dialog = connect(qtbot, window, pg_server.url(database, "alice", "wrong-password"))
    assert "refused the login" in dialog.result_label.text()
    assert "wrong-password" not in dialog.result_label.text()
    save(qtbot, dialog)
    window.store.update(window.store.resolve("Acme 7B").uuid, {"summary": "Not pushed"})
    before = tables(window.store)
    assert sync_now(qtbot, window) == ["Sync failed"]
    assert tables(window.store) == before
    assert hub_status(hub).pushes == 0
    assert "refused the login" in window.statusBar().currentMessage()

    dialog = connect(qtbot, window, "mysql://somewhere/atlas")
    assert "not a PostgreSQL address" in dialog.result_label.text()
    save(qtbot, dialog)
    assert sync_now(qtbot, window) == ["Sync failed"]
    assert tables(window.store) == before


def test_cancel_during_a_sync_leaves_both_sides_as_they_were_and_the_next_sync_completes(
        qtbot, window: MainWindow, pg_server: PgServer, hub: str, hub_database: str, ben: Store) -> None:
    database = hub_database
    save(qtbot, connect(qtbot, window, pg_server.url(database, "alice")))
    window.store.update(window.store.resolve("Acme 7B").uuid, {"summary": "Ana's summary"})
    before = tables(window.store)
    comparing, clicked = threading.Event(), threading.Event()

    def pause_while_comparing(done: int, _total: int) -> None:  # runs on the worker, between two steps of the sync
        if 3 * STAGE_STEPS <= done < 4 * STAGE_STEPS and not comparing.is_set():
            comparing.set()
            clicked.wait(20)

    window.runner.hold_back()  # the job waits until the pause is wired to it
    trigger(window, "hub.sync")
    job = window.runner.job(SYNC_KEY)
    assert job is not None
    job.signals.progress.connect(pause_while_comparing, Qt.ConnectionType.DirectConnection)
    window.runner.go_on()
    qtbot.waitUntil(comparing.is_set, timeout=20_000)
    assert window.job_status.cancel_button.isVisible()
    assert not window.registry["hub.sync"].isEnabled()  # one sync at a time
    qtbot.mouseClick(window.job_status.cancel_button, Qt.MouseButton.LeftButton)
    clicked.set()
    settle(qtbot, window)

    assert "cancelled" in window.statusBar().currentMessage()
    assert hub_status(hub).pushes == 0
    assert tables(window.store) == before
    assert sync_now(qtbot, window) == []
    assert hub_status(hub).pushes == 1
    sync(ben, pg_server.url(database, "bob"))
    assert_same_content(window.store, ben)


def test_a_window_syncs_on_start_when_asked_and_a_timed_sync_waits_for_the_running_one(
        qtbot, pg_server: PgServer, hub: str, hub_database: str, mini_path: Path, prefs: Preferences) -> None:
    prefs.hub_address = pg_server.url(hub_database, "alice", "alice-secret")
    prefs.hub_sync_on_start = True
    prefs.hub_sync_minutes = 1
    store = Store.open(mini_path, "ana")
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.show()
    try:
        controller = hub_sync(window)
        assert controller.address == pg_server.url(hub_database, "alice")  # remembered without the password
        assert controller.timer.isActive() and controller.timer.interval() == 60_000
        qtbot.waitUntil(lambda: hub_status(hub).pushes == 1, timeout=20_000)  # synced on start, asking nothing
        settle(qtbot, window)
        assert "synced" in controller.label.text()

        window.runner.hold_back()  # a sync that has not reported yet
        trigger(window, "hub.sync")
        first = window.runner.job(SYNC_KEY)
        controller.timer.timeout.emit()  # the timer fires meanwhile: no second sync
        assert window.runner.job(SYNC_KEY) is first
        window.runner.go_on()
        settle(qtbot, window)
        assert window.registry["hub.sync"].isEnabled()
    finally:
        window.close()
        store.close()
