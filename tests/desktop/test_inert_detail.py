"""The desktop faces a damaged or hostile atlas: the list paints, the detail stays inert, links open only when asked."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from db.queries import ListFilter
from db.store import Store
from desktop.detail_html import badge, detail_html
from desktop.detail_view import DetailView
from desktop.list_model import COLOR_ROLE, VALUE_ROLE, EntryTableModel
from desktop.workers import JobRunner
from tests.desktop.conftest import answer_modal

PHISH = "https://evil.example/phish"
BAD_COLOR = f'#fff"><h1>Phish</h1><a href="{PHISH}">click here</a>'


@pytest.fixture
def damaged(mini_path: Path) -> Iterator[tuple[Store, dict[str, str]]]:
    """The mini atlas with bad values written around the store, as a careless tool or a crafted merge would."""
    store = Store.open(mini_path, "ana")
    acme = store.resolve("Acme 7B").uuid
    evaluation = store.evaluate(acme, evaluator="ana", use_case="chat", scores={"capability": 4}, verdict="trial").uuid
    store.tag([acme], ["hostile"])
    tag = store.resolve("hostile", "tag").uuid
    with contextlib.closing(sqlite3.connect(mini_path)) as connection:
        connection.execute("UPDATE models SET release_date='2024-19-39', params_total=9e999, openness_grade='nope', "
                           "mof_class=9 WHERE uuid=?", (acme,))
        connection.execute("UPDATE entries SET modified_at='2024-19-39 29:59:69' WHERE uuid=?", (acme,))
        connection.execute("UPDATE evaluations SET scores='{\"capability\": \"abc\"}', verdict='buy' WHERE uuid=?",
                           (evaluation,))
        connection.execute("UPDATE tags SET color=? WHERE uuid=?", (BAD_COLOR, tag))
        connection.commit()
    yield store, {"acme": acme, "evaluation": evaluation, "tag": tag}
    store.close()


def every_cell(model: EntryTableModel) -> list[object]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, VALUE_ROLE, COLOR_ROLE,
             Qt.ItemDataRole.TextAlignmentRole)
    return [model.index(row, column).data(role) for row in range(model.rowCount())
            for column in range(model.columnCount()) for role in roles]


def test_the_list_paints_every_cell_of_every_kind(qtbot, damaged: tuple[Store, dict[str, str]]) -> None:
    store, _ = damaged
    runner = JobRunner()
    model = EntryTableModel(store, runner)
    model.setParent(runner)
    for kind in ("model", "evaluation", "tag", "organization", "license", "policy_note", "note"):
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.set_query(ListFilter(kind=kind))
        assert model.rowCount() > 0
        every_cell(model)  # no cell raises, whatever the file holds
        if kind == "model":
            model.set_visible_columns([c.key for c in model.available_columns()])
            every_cell(model)


def test_the_detail_names_invalid_values_and_stays_inert(qtbot, damaged: tuple[Store, dict[str, str]]) -> None:
    store, ids = damaged
    view = DetailView(store)
    qtbot.addWidget(view)
    for uuid in ids.values():
        view.show_entry(uuid)
        source = detail_html(view.last_detail or {})
        assert "<h1>Phish" not in source and f'href="{PHISH}"' not in source  # the markup is only ever text
        assert not [a for a in _anchors(view) if "evil" in a]
        assert not [text for level, text in _blocks(view) if level and "Phish" in text]
    view.show_entry(ids["acme"])
    text = view.toPlainText()
    assert "Invalid values" in text and "'2024-19-39'" in text and "release_date" in text


def test_html_escapes_what_the_orm_did_not_clean(damaged: tuple[Store, dict[str, str]]) -> None:
    """Defense in depth: even a detail built by hand with a hostile color and link writes no markup."""
    store, ids = damaged
    from db.detail import entry_detail

    detail = entry_detail(store, ids["acme"])
    detail["tags"] = [{"name": "<b>x</b>", "color": BAD_COLOR}]
    detail["sources"] = [{"uuid": ids["tag"], "title": "a <i>source</i>", "url": "javascript:alert(1)",
                          "accessed": "<script>", "confidence": "\"high\""}]
    page = detail_html(detail)
    assert "<h1>Phish" not in page and PHISH not in page and "javascript:" not in page and "<script>" not in page
    assert "&lt;b&gt;x&lt;/b&gt;" in page
    assert 'background-color:#8a8f98' in badge("x", BAD_COLOR)


class Browser(QObject):
    """Stands where the desktop's web browser would: Qt hands it every http(s) URL the app opens."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def browser() -> Iterator[Browser]:
    handler = Browser()
    for scheme in ("http", "https", "mailto", "file"):
        QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("http", "https", "mailto", "file"):
        QDesktopServices.unsetUrlHandler(scheme)


def test_a_web_link_opens_only_after_the_analyst_sees_the_address(qtbot, mini: Store, browser: Browser) -> None:
    view = DetailView(mini)
    qtbot.addWidget(view)
    titles = answer_modal(qtbot, lambda: view.anchorClicked.emit(QUrl(PHISH)), accept=False)
    assert titles and browser.opened == []
    answer_modal(qtbot, lambda: view.anchorClicked.emit(QUrl(PHISH)), accept=True)
    assert browser.opened == [PHISH]
    for other in ("file:///etc/passwd", "javascript:alert(1)", "mailto:a@example.org", "relative/path"):
        assert answer_modal(qtbot, lambda other=other: view.anchorClicked.emit(QUrl(other)), accept=True) == []
    assert browser.opened == [PHISH]


def _anchors(view: DetailView) -> list[str]:
    found: list[str] = []
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid() and fragment.charFormat().isAnchor():
                found.append(fragment.charFormat().anchorHref())
            iterator += 1
        block = block.next()
    return found


def _blocks(view: DetailView) -> list[tuple[int, str]]:
    """(heading level, text) of every block of the page."""
    found: list[tuple[int, str]] = []
    block = view.document().begin()
    while block.isValid():
        found.append((block.blockFormat().headingLevel(), block.text()))
        block = block.next()
    return found


def test_use_case_reasons_link_only_web_addresses(mini: Store) -> None:
    from db.advisor.api import check_use_case
    from db.advisor.usecase import UseCase
    from desktop.usecase_view import reasons_html

    with contextlib.closing(sqlite3.connect(mini.path)) as connection:
        licenses = [u for (u,) in connection.execute("SELECT uuid FROM entries WHERE kind='license'")]
    with mini.write() as ctx:
        for uuid in licenses:
            mini.add_source_in(ctx, uuid, "javascript:alert(1)", "a script")
            mini.add_source_in(ctx, uuid, "https://example.org/terms", "the terms")
    pages = [reasons_html(result) for result in check_use_case(mini, UseCase.from_dict({"commercial": True}))]
    assert any("https://example.org/terms" in page for page in pages)
    assert not any("javascript:" in page for page in pages)
