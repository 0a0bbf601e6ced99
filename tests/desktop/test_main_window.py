"""The main window's everyday flows: browse and filter, navigate, edit with undo, remember state."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QDialog, QLineEdit

from db.store import Store
from desktop.editor import EntryDialog, MarkdownEditor
from desktop.list_columns import toggle_column
from desktop.list_model import UUID_ROLE
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from desktop.tag_dialog import TagDialog
from tests.desktop.conftest import answer_modal, opened, settle, trigger


def names_in_list(window: MainWindow) -> list[str]:
    return [window.list_model.index(r, 0).data() for r in range(window.list_model.rowCount())]


def test_opens_on_models_with_counts(window: MainWindow) -> None:
    assert names_in_list(window) == ["Acme 7B", "Acme 7B Chat", "BigCo Ultra"]
    assert "3 models" in window.counts_label.text()
    assert str(window.store.path) in window.path_label.text()


def test_facet_click_filters_and_chip_removes_it(qtbot, window: MainWindow) -> None:
    item = window.sidebar.item_for("facet", "US", facet="jurisdiction")
    assert item is not None
    window.sidebar._on_click(item)  # what a click on its label does
    settle(qtbot, window)
    assert names_in_list(window) == ["BigCo Ultra"]
    assert window.chips.isVisible()
    assert "jurisdiction:US" in window.chips.query_label.text()
    window.chips.chips[0].click()
    settle(qtbot, window)
    assert len(names_in_list(window)) == 3


def test_tag_include_and_exclude(qtbot, window: MainWindow) -> None:
    window.sidebar.tagToggled.emit("frontier", "include")
    settle(qtbot, window)
    assert names_in_list(window) == ["Acme 7B"]
    window.sidebar.tagToggled.emit("frontier", "exclude")
    settle(qtbot, window)
    assert names_in_list(window) == ["Acme 7B Chat", "BigCo Ultra"]
    assert "-tag:frontier" in window.chips.query_label.text()


def test_switching_kind_lists_licenses(qtbot, window: MainWindow) -> None:
    trigger(window, "view.kind.license")
    settle(qtbot, window)
    assert "Apache License 2.0" in names_in_list(window)


def test_selecting_a_row_shows_detail_and_links_navigate(qtbot, window: MainWindow) -> None:
    window.table.selectRow(0)
    settle(qtbot, window)
    model_uuid = window.list_model.index(0, 0).data(UUID_ROLE)
    assert window.detail.current == model_uuid
    assert "Acme 7B" in window.detail.toPlainText()
    developer = window.store.resolve("Acme AI").uuid
    window.detail.anchorClicked.emit(QUrl(f"atlas://entry/{developer}"))
    assert window.detail.current == developer
    assert window.registry["go.back"].isEnabled()
    qtbot.keyClick(window.detail, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.detail.current == model_uuid
    trigger(window, "go.forward")
    assert window.detail.current == developer


def test_file_and_script_links_are_ignored(qtbot, window: MainWindow) -> None:
    window.table.selectRow(0)
    before = window.detail.current
    window.detail.anchorClicked.emit(QUrl("file:///etc/passwd"))
    window.detail.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert window.detail.current == before


def test_create_then_undo_and_redo(qtbot, window: MainWindow) -> None:
    trigger(window, "new.organization")
    dialog = opened(EntryDialog)
    assert dialog.windowTitle() == "New organization"
    dialog.form.set_values({"name": "Helix Labs", "jurisdiction": "UK", "org_kind": "startup"})
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.store.resolve("Helix Labs").author == "ana"
    trigger(window, "editing.undo")
    assert window.store.counts()["organizations"] == 2
    trigger(window, "editing.redo")
    assert window.store.counts()["organizations"] == 3


def test_validation_messages_keep_the_form_open(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(EntryDialog)
    dialog.form.set_values({"name": "", "release_date": "sometime", "params_total": "many"})
    dialog.try_accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.form.errors["name"].text() == "required"
    assert "YYYY-MM-DD" in dialog.form.errors["release_date"].text()
    assert "not a number" in dialog.form.errors["params_total"].text()
    dialog.form.set_values({"name": "Fixed", "release_date": "2025-01-02", "params_total": "7B"})
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    dialog.form.set_values({})


def test_unknown_reference_is_reported(qtbot, window: MainWindow) -> None:
    trigger(window, "new.model")
    dialog = opened(EntryDialog)
    dialog.form.set_values({"name": "Orphan"})
    dialog.form.widgets["developer"].setEditText("No Such Lab")  # type: ignore[attr-defined]
    dialog.try_accept()
    assert "no organization entry named" in dialog.form.errors["developer"].text()


def test_edit_note_then_undo(qtbot, window: MainWindow) -> None:
    note = window.store.resolve("The spectrum in practice")
    window.select_entry(note.uuid)
    settle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(EntryDialog)
    editor = dialog.form.widgets["body"]
    assert isinstance(editor, MarkdownEditor)
    editor.set_text("Rewritten **analysis**.")
    dialog.try_accept()
    assert window.store.get(note.uuid).body == "Rewritten **analysis**."
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.get(note.uuid).body.startswith("Open weights are not open source")
    trigger(window, "editing.redo")
    assert window.store.get(note.uuid).body == "Rewritten **analysis**."


def test_delete_and_undo(qtbot, window: MainWindow) -> None:
    window.table.selectRow(2)
    uuid = window.targets.selection()[0]
    titles = answer_modal(qtbot, lambda: qtbot.keyClick(window.table, Qt.Key.Key_Delete), accept=True)
    assert titles == ["Delete"]
    settle(qtbot, window)
    assert "BigCo Ultra" not in names_in_list(window)
    trigger(window, "editing.undo")
    settle(qtbot, window)
    assert window.store.get(uuid).name == "BigCo Ultra"
    assert "BigCo Ultra" in names_in_list(window)


def test_tag_many_entries_at_once_with_undo(qtbot, window: MainWindow) -> None:
    window.table.selectAll()
    uuids = window.targets.selection()
    assert len(uuids) == 3
    qtbot.keyClick(window.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = opened(TagDialog)
    assert dialog.windowTitle() == "Add tags"
    dialog.input.setText("shortlist")
    dialog.accept()
    assert all("shortlist" in [t.name for t in window.store.get(u).tags] for u in uuids)
    trigger(window, "editing.undo")
    assert all("shortlist" not in [t.name for t in window.store.get(u).tags] for u in uuids)
    assert [t.name for t in window.store.get(window.store.resolve("Acme 7B").uuid).tags] == ["frontier"]


def test_markdown_note_renders_inert(qtbot, window: MainWindow) -> None:
    hostile = ("<script>alert('x')</script>\n\n![tracker](http://evil.example/pixel.png)\n\n"
               "[secrets](file:///etc/passwd) [run](javascript:alert(1)) [fine](https://example.org)")
    note = window.store.create("note", {"name": "Hostile", "body": hostile})
    window.select_entry(note.uuid)
    settle(qtbot, window)
    page = window.detail.toHtml()
    assert "<script" not in page and "evil.example" not in page
    assert 'href="file:' not in page and 'href="javascript:' not in page
    assert 'href="https://example.org"' in page
    assert window.detail.loadResource(0, QUrl("http://evil.example/pixel.png")) is None
    assert window.detail.loadResource(0, QUrl("file:///etc/passwd")) is None


def test_keyboard_shortcuts_reach_search_and_list(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus() or isinstance(window.focusWidget(), QLineEdit)
    trigger(window, "view.list")
    assert window.table.currentIndex().isValid()


def test_column_choice_and_state_are_remembered(qtbot, mini_path: Path, tmp_path: Path) -> None:
    settings_file = str(tmp_path / "remember.ini")
    prefs = Preferences(QSettings(settings_file, QSettings.Format.IniFormat))
    prefs.author = "ana"
    store = Store.open(mini_path, "ana")
    first = MainWindow(store, prefs, search_enabled=False)
    qtbot.addWidget(first)
    first.show()
    settle(qtbot, first)
    toggle_column(first, "training_compute_flop", True)
    toggle_column(first, "tags", False)
    first.resize(640, 480)
    first.select_entry(store.resolve("BigCo Ultra").uuid)
    settle(qtbot, first)
    first.close()
    store.close()

    again = Preferences(QSettings(settings_file, QSettings.Format.IniFormat))
    store = Store.open(mini_path, "ana")
    second = MainWindow(store, again, search_enabled=False)
    qtbot.addWidget(second)
    second.show()
    settle(qtbot, second)
    keys = [c.key for c in second.list_model.columns]
    assert "training_compute_flop" in keys and "tags" not in keys
    assert second.size().width() == 640
    assert second.detail.current == store.resolve("BigCo Ultra").uuid
    assert again.recent_files[0] == str(mini_path.resolve())
    second.close()
    store.close()


def test_preferences_apply_author_and_density(qtbot, window: MainWindow) -> None:
    window.prefs.author = "bo"
    window.prefs.density = "compact"
    window.apply_preferences()
    assert window.table.verticalHeader().defaultSectionSize() == 22
    trigger(window, "new.organization")
    dialog = opened(EntryDialog)
    dialog.form.set_values({"name": "By Bo"})
    dialog.try_accept()
    assert window.store.resolve("By Bo").author == "bo"


def test_open_another_database_and_refuse_garbage(qtbot, window: MainWindow, tmp_path: Path,
                                                  monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    garbage = tmp_path / "garbage.atlas"
    garbage.write_text("not a database")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(garbage), ""))
    trigger(window, "files.open")
    assert "not an atlas database" in warnings[0]
    other = tmp_path / "other.atlas"
    Store.open(other, "ana", create=True).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(other), ""))
    trigger(window, "files.open")
    settle(qtbot, window)
    assert window.list_model.rowCount() == 0
    assert str(other) in window.path_label.text()


def test_policy_rule_conditions_edit_as_json(qtbot, window: MainWindow) -> None:
    note = window.store.resolve("Test Act systemic risk")
    window.select_entry(note.uuid)
    settle(qtbot, window)
    trigger(window, "editing.edit")
    dialog = opened(EntryDialog)
    editor = dialog.form.widgets["conditions"]
    editor.setPlainText('{"applies_if": {"fact": "training_compute_flop", "op": ">", "value": 1e25}}')
    dialog.try_accept()
    assert window.store.get(note.uuid).conditions["applies_if"]["value"] == 1e25
    trigger(window, "editing.edit")
    dialog = opened(EntryDialog)
    assert '"training_compute_flop"' in dialog.form.widgets["conditions"].toPlainText()  # shown back as JSON
    dialog.form.widgets["conditions"].setPlainText('{"applies_if": {"fact": "no_such_fact"}}')
    dialog.try_accept()
    assert dialog.form.errors["conditions"].text()  # a bad rule is a clear message, not a crash
    dialog.reject()
