"""Search from the toolbar: as you type, off the GUI thread, with highlighted snippets and "did you mean"."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.actions.search import run_search
from desktop.main_window import MainWindow
from tests.desktop.conftest import settle, trigger


def wait_for_results(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=20_000)


def test_search_as_you_type_shows_ranked_highlighted_hits(qtbot, qtmodeltester, window: MainWindow) -> None:
    assert window.search_service is not None
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "acme")
    wait_for_results(qtbot, window)
    assert window.center.currentWidget() is window.search_panel
    titles = [hit.title for hit in window.search_panel.model.hits]
    assert any(title.startswith("Acme 7B") for title in titles[:4])
    assert "<b>" in window.search_panel.model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2)
    assert "result" in window.search_panel.summary.text()
    qtmodeltester.check(window.search_panel.model)
    assert window.detail.current == window.search_panel.model.hits[0].uuid


def test_unfinished_word_matches_as_prefix(qtbot, window: MainWindow) -> None:
    run_search(window, "BigC", as_you_type=True)
    wait_for_results(qtbot, window)
    assert {"BigCo", "BigCo Ultra"} <= {hit.title for hit in window.search_panel.model.hits}


def test_escape_returns_to_the_list(qtbot, window: MainWindow) -> None:
    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "acme")
    wait_for_results(qtbot, window)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.center.currentWidget() is window.list_page
    assert window.search_field.text() == ""


def test_edited_entry_is_found_after_commit(qtbot, window: MainWindow) -> None:
    uuid = window.store.resolve("Acme 7B").uuid
    window.store.update(uuid, {"summary": "zanzibarian tokenizer"})
    settle(qtbot, window)
    run_search(window, "zanzibarian")
    wait_for_results(qtbot, window)
    assert window.search_panel.model.hits[0].uuid == uuid


def test_malformed_query_is_searched_best_effort(qtbot, window: MainWindow) -> None:
    run_search(window, 'acme "unbalanced (')
    qtbot.waitUntil(lambda: "result" in window.search_panel.summary.text(), timeout=20_000)
    assert "unclosed quote" in window.search_panel.summary.text()  # said, not a crash
    run_search(window, "acme (")
    qtbot.waitUntil(lambda: "missing" in window.search_panel.summary.text(), timeout=20_000)
    assert any(hit.title.startswith("Acme") for hit in window.search_panel.model.hits)  # the rest is searched


def test_save_current_search(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    run_search(window, "acme")
    wait_for_results(qtbot, window)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Acme watch", True))
    trigger(window, "search.save")
    settle(qtbot, window)
    assert window.sidebar.item_for("saved", window.store.resolve("Acme watch", "saved_search").uuid) is not None
