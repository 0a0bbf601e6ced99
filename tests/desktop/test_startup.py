"""Startup: the window paints at once, saying it is loading, before the ORM loads; the atlas opens in a worker and the
list fills; what needs the atlas waits for it; a file that cannot be opened is said so and the window stays."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from db.search.service import SearchService
from db.store import Store
from desktop.actions.search import RESULT_LIMIT
from desktop.app import start_window
from desktop.getting_started import SHOWN_KEY
from desktop.main_window import MainWindow
from desktop.opening import LOADING, NO_ATLAS
from desktop.search_panel import UUID_ROLE as HIT_UUID_ROLE
from desktop.settings import Preferences
from tests.desktop.conftest import SETTLE_MS, settle, trigger

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def started(qtbot, prefs: Preferences, mini_path: Path) -> Iterator[MainWindow]:
    """The app started on the mini atlas the way `modelatlas --db mini.atlas` starts it (no event processed yet)."""
    prefs.qsettings.setValue(SHOWN_KEY, True)
    window = start_window(prefs, str(mini_path))
    qtbot.addWidget(window)
    yield window
    window.close()
    if window.store is not None:
        window.store.close()


def listed_names(window: MainWindow) -> list[str]:
    return [window.list_model.index(row, 0).data() for row in range(window.list_model.rowCount())]


def test_the_window_says_it_is_loading_then_lists_the_atlas(qtbot, started: MainWindow) -> None:
    window = started
    assert window.isVisible() and window.store is None
    assert window.list_state.isVisible() and window.list_state.text() == LOADING
    assert window.list_model.rowCount() == 0 and "Opening" in window.path_label.text()
    with qtbot.waitSignal(window.list_model.loaded, timeout=SETTLE_MS):
        pass  # the first rows, read with plain SQL: they may show before the store is open
    assert {"Acme 7B", "Acme 7B Chat", "BigCo Ultra"} <= set(listed_names(window))
    assert not window.list_state.isVisible()
    qtbot.waitUntil(lambda: window.store is not None, timeout=SETTLE_MS)
    assert window.windowTitle().startswith("mini.atlas") and window.path_label.text() == str(window.store.path)
    assert {"Acme 7B", "Acme 7B Chat", "BigCo Ultra"} <= set(listed_names(window))
    settle(qtbot, window)


def test_the_entry_selected_last_time_is_selected_again_once_the_list_has_painted(
        qtbot, prefs: Preferences, mini_path: Path) -> None:
    with Store.open(mini_path, "ana") as store:
        uuid = store.resolve("BigCo Ultra").uuid
    prefs.set_value("last_selection", uuid)
    prefs.qsettings.setValue(SHOWN_KEY, True)
    window = start_window(prefs, str(mini_path))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.detail.current == uuid, timeout=SETTLE_MS)
    assert window.table.currentIndex().data() == "BigCo Ultra" and "BigCo Ultra" in window.detail.toPlainText()
    settle(qtbot, window)
    window.close()
    window.store.close()


def test_what_needs_the_atlas_is_disabled_until_it_is_open(qtbot, started: MainWindow) -> None:
    window = started
    needing = [action_id for action_id, spec in window.registry.specs.items() if spec.needs_store]
    assert len(needing) > 20
    assert [a for a in needing if window.registry[a].isEnabled()] == []
    assert window.registry["files.open"].isEnabled() and window.registry["help.about"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Edit: nothing to edit yet
    assert QApplication.activeModalWidget() is None
    qtbot.waitUntil(lambda: window.list_model.rowCount() > 0, timeout=SETTLE_MS)
    settle(qtbot, window)
    assert window.registry["view.clear_filters"].isEnabled() and window.registry["exchange.export"].isEnabled()
    trigger(window, "view.kind.license")
    settle(qtbot, window)
    assert window.list_model.kind == "license" and "Apache License 2.0" in listed_names(window)


def test_a_search_typed_while_loading_runs_when_the_atlas_is_ready(qtbot, started: MainWindow) -> None:
    window = started
    qtbot.keyClicks(window.search_field, "acme")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.center.currentWidget() is window.search_panel
    assert "Opening the search index" in window.search_panel.summary.text()
    # a new copy has no index yet: it is built in the background, and the search runs again when it is
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() >= 2, timeout=SETTLE_MS)
    assert window.search_field.text() == "acme" and "results for" in window.search_panel.summary.text()
    settle(qtbot, window)


def test_an_up_to_date_index_answers_a_search_typed_while_loading(qtbot, prefs: Preferences,
                                                                   mini_path: Path) -> None:
    """The quick reader answers before the atlas and its search service are open, with the service's results; the
    current hit's detail shows once the atlas is open, and the service opening does not search again."""
    with Store.open(mini_path, "ana") as store:
        service = SearchService(store)
        try:
            assert service.prepare()  # the index is up to date with the file, as after yesterday's session
            expected = [hit.uuid for hit in service.search("acme", limit=RESULT_LIMIT).hits]
        finally:
            service.close()
    assert len(expected) >= 2
    prefs.qsettings.setValue(SHOWN_KEY, True)
    window = start_window(prefs, str(mini_path))
    qtbot.addWidget(window)
    panel = window.search_panel
    qtbot.keyClicks(window.search_field, "acme")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.store is None and "Opening the search index" in panel.summary.text()
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=SETTLE_MS)
    assert [panel.model.index(row, 0).data(HIT_UUID_ROLE) for row in range(panel.model.rowCount())] == expected
    assert "results for" in panel.summary.text()
    if window.store is None:  # (as it is at once on a quiet machine: the store opens in about a second)
        assert window.detail.placeholderText() == LOADING  # the first hit's detail comes with the atlas
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)  # the person moves to the second hit while the atlas opens
    assert panel.current_uuid() == expected[1]
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    qtbot.waitUntil(lambda: window.search_service is not None, timeout=SETTLE_MS)
    settle(qtbot, window)
    assert resets == [] and panel.current_uuid() == expected[1]
    assert window.detail.current == expected[1]
    title = window.store.get(expected[1]).name
    assert title in window.detail.toPlainText() and window.detail.placeholderText() != LOADING
    window.close()
    window.store.close()


def test_opening_another_atlas_while_loading_shows_that_one(qtbot, started: MainWindow, mini_path: Path,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = started
    other = tmp_path / "other.atlas"
    Store.open(other, "ana", create=True).close()
    # another program holds the first file's lock: its opening stays under way (a fast machine finished it before
    # the check below could see it running) until the lock is let go, after the other file was asked for
    holder = sqlite3.connect(mini_path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        qtbot.waitUntil(lambda: window.pending_open is not None and window.pending_open.job is not None,
                        timeout=SETTLE_MS)  # the first one's worker has started
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
        trigger(window, "files.open")
    finally:
        holder.close()
    settle(qtbot, window)
    assert window.store is not None and window.store.path == other and window.pending_open is None
    assert window.list_model.rowCount() == 0 and window.windowTitle().startswith("other.atlas")


def test_a_search_typed_while_an_atlas_fails_to_open_says_no_atlas_is_open(qtbot, prefs: Preferences,
                                                                           mini_path: Path) -> None:
    mini_path.write_text("hello\n")  # damaged: the quick reader cannot answer, the store refuses it
    prefs.qsettings.setValue(SHOWN_KEY, True)
    window = start_window(prefs, str(mini_path))
    qtbot.addWidget(window)
    qtbot.keyClicks(window.search_field, "acme")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert "Opening the search index" in window.search_panel.summary.text()
    texts = message_texts(qtbot, lambda: window.list_state.text() == NO_ATLAS and window.runner.is_idle())
    assert len(texts) == 1 and texts[0].startswith("The atlas could not be opened")
    qtbot.waitUntil(lambda: window.search_panel.summary.text() == NO_ATLAS, timeout=SETTLE_MS)
    assert window.center.currentWidget() is window.search_panel and window.search_panel.model.rowCount() == 0
    assert window.detail.placeholderText() != LOADING


def _damaged(path: Path) -> Path:
    path.write_text("hello\n")
    return path


def _newer(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    return path


def message_texts(qtbot, until: Callable[[], bool]) -> list[str]:
    """Wait for `until`, closing every message box shown meanwhile (as a person would), and return their texts."""
    texts: list[str] = []

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            texts.append(modal.text())
            modal.close()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(answer)
    timer.start()
    try:
        qtbot.waitUntil(until, timeout=SETTLE_MS)
    finally:
        timer.stop()
    return texts


@pytest.mark.parametrize(("make", "words"), [
    (_damaged, ["not an atlas database"]),
    (_newer, ["newer Model Atlas", "9999"]),
    (None, ["locked"]),
], ids=["damaged", "newer", "locked"])
def test_an_atlas_that_cannot_be_opened_is_said_so_and_the_window_stays(
        qtbot, prefs: Preferences, mini_path: Path, make: Callable[[Path], Path] | None, words: list[str]) -> None:
    holder = None
    if make is not None:
        make(mini_path)
    else:  # another program holds the file's write lock for as long as the app tries
        holder = sqlite3.connect(mini_path, isolation_level=None)
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
    prefs.qsettings.setValue(SHOWN_KEY, True)
    try:
        window = start_window(prefs, str(mini_path))
        qtbot.addWidget(window)
        texts = message_texts(qtbot, lambda: window.list_state.text() == NO_ATLAS and window.runner.is_idle())
    finally:
        if holder is not None:
            holder.close()
    assert len(texts) == 1 and texts[0].startswith("The atlas could not be opened")
    assert str(mini_path) in texts[0] and all(word in texts[0] for word in words), texts[0]
    assert window.isVisible() and window.store is None and window.list_state.isVisible()
    assert window.registry["files.open"].isEnabled() and not window.registry["editing.edit"].isEnabled()
    window.close()


FIRST_PAINT_PROBE = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication

app = QApplication([])
from desktop.app import start_window
from desktop.settings import Preferences

HEAVY = ("sqlalchemy", "db.schema", "db.store", "db.queries", "db.search")
AFTER_PAINT = ("sqlite3", "db.backend", "db.library", "platformdirs")  # a named file needs none of them to paint
prefs = Preferences(QSettings(sys.argv[2], QSettings.Format.IniFormat))
prefs.author = "probe"
prefs.qsettings.setValue("help/getting_started_shown", True)
seen = {}

class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if "at_first_paint" not in seen:
                seen["at_first_paint"] = [name for name in HEAVY if name in sys.modules]
                seen["state_at_first_paint"] = window.list_state.text()
                seen["light_at_first_paint"] = [name for name in AFTER_PAINT if name in sys.modules]
            if "rows" not in seen and window.list_model.rowCount():
                seen["rows"] = window.list_model.rowCount()
                seen["at_filled"] = [name for name in HEAVY if name in sys.modules]
                waiting.start()
        return False

def store_open():
    if window.store is not None:
        seen["store_open"] = [name for name in HEAVY if name in sys.modules]
        seen["light_at_store_open"] = [name for name in AFTER_PAINT if name in sys.modules]
        app.quit()

waiting = QTimer()
waiting.setInterval(10)
waiting.timeout.connect(store_open)

probe = Probe()
app.installEventFilter(probe)
window = start_window(prefs, sys.argv[1])
QTimer.singleShot(60_000, app.quit)
app.exec()
window.close()
print(json.dumps(seen))
"""


def test_the_first_paint_comes_before_sqlalchemy_and_the_schema_load(mini_path: Path, tmp_path: Path) -> None:
    """In a fresh process started like the app: at the window's first paint, and still when the list first paints
    its rows (read with plain SQL), neither SQLAlchemy nor the mapped schema (nor the store, the list queries or
    the search engine) has been imported, and at the first paint not even sqlite3; once the store is open they have,
    in the same process, so the check is not vacuous."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(mini_path), str(tmp_path / "probe.ini")],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["at_first_paint"] == [] and seen["state_at_first_paint"] == LOADING
    assert seen["rows"] >= 3 and seen["at_filled"] == []
    assert {"sqlalchemy", "db.schema", "db.store", "db.queries"} <= set(seen["store_open"])
    # nor SQLite, the storage backend or the default place of atlases: they load in the workers, after the paint
    assert seen["light_at_first_paint"] == [] and {"sqlite3", "db.backend"} <= set(seen["light_at_store_open"])


def test_the_rows_read_before_the_store_are_the_rows_the_store_reads(mini_path: Path, tmp_path: Path) -> None:
    """The first page shown while SQLAlchemy loads (plain SQL, db.reading) is the one the store's queries give: the
    same order, cells, tag colors and column headings, so nothing changes on screen when the store takes over."""
    from db.list_filter import ListFilter
    from db.queries import KIND_QUERIES
    from desktop.list_model import format_cell, read_listing
    from desktop.opening import read_preview

    with Store.open(mini_path, "ana") as store:
        with store.write() as ctx:  # a tag with a color of its own, on a model
            store.tag_in(ctx, [store.resolve("Acme 7B").uuid], ["favourite"])
        preview = read_preview(mini_path, None)
        listing = read_listing(store, ListFilter(kind="model"), "name", False, None)
    assert preview is not None
    assert preview.first.uuids == listing.order.uuids and preview.first.tag_colors == listing.order.tag_colors
    assert "favourite" in preview.first.tag_colors
    by_key = {c.key: c for c in KIND_QUERIES["model"].columns}
    assert [c.key for c in preview.columns] == list(listing.columns)
    for column in preview.columns:
        real = by_key[column.key]
        assert (column.label, column.display, column.default) == (real.label, real.display, real.default)
        for uuid in listing.order.uuids:
            assert format_cell(column, preview.first.rows[uuid].get(column.key)) == \
                format_cell(real, listing.first_page[uuid].get(column.key))
    assert read_preview(tmp_path / "missing.atlas", None) is None  # a file the store must make or explain


def test_the_store_takes_over_the_order_read_ahead_unless_a_write_came_in_between(mini_path: Path) -> None:
    """Opening the store does not order every entry again when nothing was written since the first page was read;
    after a write it does, and lists what the write made."""
    from db.list_filter import ListFilter
    from desktop.list_model import read_listing
    from desktop.opening import read_atlas, read_preview

    preview = read_preview(mini_path, None)
    assert preview is not None and preview.change_seq is not None
    opened = read_atlas(mini_path, "ana", None, preview)
    try:
        assert opened.store.change_seq == preview.change_seq
        assert opened.listing.order.uuids is preview.first.uuids  # taken over, not read again
        again = read_listing(opened.store, ListFilter(kind="model"), "name", False, None)
        assert (again.order, again.columns) == (opened.listing.order, opened.listing.columns)
        assert again.first_page.keys() == opened.listing.first_page.keys()
        opened.store.create("model", {"name": "Aardvark 1B"})
    finally:
        opened.store.close()
    reopened = read_atlas(mini_path, "ana", None, preview)  # written since the preview: read through the store
    try:
        names = [reopened.listing.first_page[uuid]["name"] for uuid in reopened.listing.order.uuids]
        assert names[0] == "Aardvark 1B" and len(names) == len(preview.first.uuids) + 1
    finally:
        reopened.store.close()
