"""Mark Verified from the Edit menu, "Last verified" in the detail pane and the list, and the sidebar's
"Not verified in N days", driven as a person drives them."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from db.freshness import last_verified, mark_verified
from desktop.actions.freshness import VerifyDialog
from desktop.list_columns import fill_column_menu
from desktop.main_window import MainWindow
from desktop.preferences import PreferencesDialog
from tests.desktop.conftest import opened, press, settle, trigger


def _show(qtbot, window: MainWindow, name: str) -> str:
    uuid = window.store.resolve(name).uuid
    window.detail.show_entry(uuid)
    settle(qtbot, window)
    return uuid


def _dialog(qtbot, window: MainWindow) -> VerifyDialog:
    trigger(window, "freshness.verify")
    dialog = opened(VerifyDialog)
    assert isinstance(dialog, VerifyDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _ok(qtbot, dialog: VerifyDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_mark_verified_records_today_by_the_author_with_the_source_and_undo_takes_it_back(
        qtbot, window: MainWindow) -> None:
    _show(qtbot, window, "Acme 7B")
    dialog = _dialog(qtbot, window)
    assert dialog.on.date() == QDate.currentDate() and dialog.on.maximumDate() == QDate.currentDate()
    assert dialog.source.accessibleName() == "Source" and dialog.what.accessibleName() == "What you checked"
    qtbot.keyClicks(dialog.source, "https://example.org/acme-7b")
    _ok(qtbot, dialog)
    assert not dialog.isVisible()
    mark = last_verified(window.store, "Acme 7B")
    assert mark is not None and (mark.on, mark.by, mark.source) == (date.today(), "ana", "https://example.org/acme-7b")
    shown = f"Last verified: {date.today().isoformat()} by ana (https://example.org/acme-7b)"
    qtbot.waitUntil(lambda: shown in window.detail.toPlainText(), timeout=10_000)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert last_verified(window.store, "Acme 7B") is None
    qtbot.waitUntil(lambda: "Last verified: never" in window.detail.toPlainText(), timeout=10_000)
    window.undo_stack.redo()
    assert last_verified(window.store, "Acme 7B") == mark


def test_an_earlier_day_and_a_refused_source_keep_the_dialog_open_with_nothing_changed(
        qtbot, window: MainWindow) -> None:
    _show(qtbot, window, "Acme 7B")
    version = window.store.resolve("Acme 7B").version
    dialog = _dialog(qtbot, window)
    dialog.on.setFocus()
    dialog.on.setDate(QDate.currentDate().addDays(-10))
    dialog.source.setFocus()
    qtbot.keyClicks(dialog.source, "x" * 1001)
    _ok(qtbot, dialog)
    assert dialog.isVisible() and "longer than 1000 characters" in dialog.error.text()
    assert window.store.resolve("Acme 7B").version == version
    dialog.source.clear()
    qtbot.keyClicks(dialog.source, "the model card")
    _ok(qtbot, dialog)
    mark = last_verified(window.store, "Acme 7B")
    assert mark is not None and mark.on == date.today() - timedelta(days=10)


def test_a_license_clause_is_verified_on_its_own(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, "Test Community License")
    dialog = _dialog(qtbot, window)
    dialog.what.setFocus()
    index = dialog.what.findData("user_cap")
    assert index > 0
    dialog.what.setCurrentIndex(index)
    qtbot.keyClicks(dialog.source, "§2")
    _ok(qtbot, dialog)
    assert last_verified(window.store, "Test Community License") is None
    clause = last_verified(window.store, "Test Community License", clause="user_cap")
    assert clause is not None and clause.source == "§2"
    qtbot.waitUntil(lambda: f"verified {date.today().isoformat()} by ana (§2)" in window.detail.toPlainText(),
                    timeout=10_000)


def test_a_policy_notes_status_is_offered_and_shown(qtbot, window: MainWindow) -> None:
    _show(qtbot, window, "Test Act systemic risk")
    dialog = _dialog(qtbot, window)
    dialog.what.setCurrentIndex(dialog.what.findData("policy_status"))
    _ok(qtbot, dialog)
    qtbot.waitUntil(lambda: f"Status last verified: {date.today().isoformat()} by ana"
                    in window.detail.toPlainText(), timeout=10_000)


def _stale_item(window: MainWindow, days: int):
    return window.sidebar.item_for("facet", str(days), facet="stale")


def test_the_sidebar_finds_entries_not_verified_in_the_preferred_days(qtbot, window: MainWindow) -> None:
    store = window.store
    models = store.counts()["models"]
    qtbot.waitUntil(lambda: _stale_item(window, 180) is not None, timeout=10_000)
    item = _stale_item(window, 180)
    assert item.text(0) == "Not verified in 180 days" and item.text(1) == str(models)
    mark_verified(store, "Acme 7B", by="ana", on=date.today() - timedelta(days=20))
    mark_verified(store, "BigCo Ultra", by="ana", on=date.today() - timedelta(days=200))
    qtbot.waitUntil(lambda: _stale_item(window, 180) is not None and
                    _stale_item(window, 180).text(1) == str(models - 1), timeout=10_000)
    window.sidebar.setFocus()
    window.sidebar.setCurrentItem(_stale_item(window, 180))
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Space)
    settle(qtbot, window)
    assert window.filter.facets.get("stale") == ("180",)
    listed = {store.get(uuid).name for uuid in window.list_model.uuids}
    assert "Acme 7B" not in listed and "BigCo Ultra" in listed and len(listed) == models - 1
    assert any(chip.text() == "Not verified in 180 days" for chip in window.chips.chips)

    trigger(window, "editing.preferences")
    preferences = opened(PreferencesDialog)
    assert isinstance(preferences, PreferencesDialog)
    assert preferences.stale_days.value() == 180 and preferences.stale_days.accessibleName()
    preferences.stale_days.setFocus()
    preferences.stale_days.selectAll()
    qtbot.keyClicks(preferences.stale_days, "10")
    preferences.try_accept()
    assert window.prefs.stale_days == 10
    qtbot.waitUntil(lambda: _stale_item(window, 10) is not None, timeout=10_000)
    window.clear_filters()
    settle(qtbot, window)
    assert _stale_item(window, 10).text(1) == str(models)  # Acme 7B was checked 20 days ago: stale at 10


def test_the_verified_column_shows_the_last_day(qtbot, window: MainWindow) -> None:
    mark_verified(window.store, "Acme 7B", by="ana", on="2026-01-02", source="card")
    settle(qtbot, window)
    menu = QMenu(window)
    fill_column_menu(window, menu)
    toggle = next(action for action in menu.actions() if action.objectName() == "column.verified")
    assert toggle.text() == "Verified" and not toggle.isChecked()
    toggle.trigger()
    settle(qtbot, window)
    model = window.list_model
    column = [c.key for c in model.columns].index("verified")
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(window.store.resolve("Acme 7B").uuid), column))
                    == "2026-01-02", timeout=10_000)
    other = model.row_of(window.store.resolve("BigCo Ultra").uuid)
    assert not model.data(model.index(other, column))
