"""The detail pane as a reader meets it: new entries open at the top, narrow panes keep words whole, rules read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from db.store import Store
from desktop.detail_view import DetailView
from desktop.main_window import MainWindow
from tests.desktop.conftest import settle

RULE = """
applies_if:
  all:
    - fact: general_purpose
    - fact: training_compute_flop
      op: ">"
      value: 1e25
exempt_if:
  not: {fact: weights_released}
duties: [Evaluate the model with adversarial testing]
effect:
  applies: A presumed systemic-risk model.
"""


@pytest.fixture
def view(qtbot, mini: Store) -> Iterator[DetailView]:
    detail = DetailView(mini)
    qtbot.addWidget(detail)
    detail.resize(420, 260)
    detail.show()
    qtbot.waitExposed(detail)
    yield detail


def uuid_of(store: Store, name: str) -> str:
    return store.resolve(name).uuid


def link_cursor(document: QTextDocument, target: str) -> QTextCursor:
    """A cursor inside the last link to `target` in the page."""
    cursor = QTextCursor(document)
    found: QTextCursor | None = None
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().anchorHref().endswith(target):
                cursor.setPosition(fragment.position() + 1)
                found = QTextCursor(cursor)
            iterator += 1
        block = block.next()
    assert found is not None, f"no link to {target} on the page"
    return found


def test_an_entry_opened_from_a_link_starts_at_its_top(qtbot, view: DetailView, mini: Store) -> None:
    model = uuid_of(mini, "Acme 7B")
    view.show_entry(model)
    qtbot.keyClick(view, Qt.Key.Key_End)  # the reader goes to the end of the page
    assert view.verticalScrollBar().value() > 0, "the page is longer than the pane"
    developer = mini.get(model).developer_uuid
    cursor = link_cursor(view.document(), developer)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    QApplication.processEvents()
    scrolled = view.verticalScrollBar().value()
    where = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert view.current == developer, "the click landed on the developer's link"
    assert scrolled > 0 and view.verticalScrollBar().value() == 0, "the organization opens at its top"


def test_the_same_entry_refreshed_keeps_its_place(qtbot, view: DetailView, mini: Store) -> None:
    view.show_entry(uuid_of(mini, "Acme 7B"))
    qtbot.keyClick(view, Qt.Key.Key_End)
    place = view.verticalScrollBar().value()
    view.refresh()  # e.g. a tag was added to it
    assert view.verticalScrollBar().value() == place > 0


def line_breaks(document: QTextDocument) -> list[tuple[str, str]]:
    """Every soft line break in the page as (text before, text after)."""
    breaks: list[tuple[str, str]] = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for number in range(1, layout.lineCount()):
            start = layout.lineAt(number).textStart()
            breaks.append((text[:start], text[start:]))
        block = block.next()
    return breaks


@pytest.mark.parametrize("width", [160, 240, 330])
def test_narrow_pane_breaks_between_words_only(qtbot, view: DetailView, mini: Store, width: int) -> None:
    view.resize(width, 500)
    for name in ("Acme 7B", "BigCo Ultra", "Apache License 2.0", "Test Act systemic risk"):
        view.show_entry(uuid_of(mini, name))
        QApplication.processEvents()
        view.document().setTextWidth(view.viewport().width())
        for before, after in line_breaks(view.document()):
            assert not (before[-1:].isalnum() and after[:1].isalnum()), \
                f"{name} at {width} px: a word is cut at …{before[-12:]!r}|{after[:12]!r}…"
            assert not (after.startswith("%") or before.endswith("\u00a0")), \
                f"{name} at {width} px: a percentage or a badge is split: …{before[-12:]!r}|{after[:12]!r}…"


def test_policy_rule_reads_as_text_not_json(view: DetailView, mini: Store) -> None:
    note = uuid_of(mini, "Test Act systemic risk")
    mini.update(note, {"conditions": RULE})
    view.show_entry(note)
    page = view.toPlainText()
    assert "Applies when it is a general-purpose model and training compute is above 10^25 FLOP." in page
    assert "Exempt when its weights are not released." in page
    assert "Evaluate the model with adversarial testing" in page
    assert "If it applies: A presumed systemic-risk model." in page
    for raw in ('"fact"', "applies_if", "training_compute_flop", "{", "1e+25"):
        assert raw not in page, f"the page shows the machine-readable rule ({raw})"


def test_badges_carry_their_text(view: DetailView, mini: Store) -> None:
    """Colors are never the only signal: every colored badge and mark says what it means in words."""
    view.show_entry(uuid_of(mini, "Acme 7B"))
    detail = view.last_detail
    assert detail is not None
    page = view.toPlainText().replace("\u00a0", " ").replace("\u2011", "-")
    assert detail["openness"]["label"] in page
    assert detail["mof"]["label"] in page
    for tag in detail["tags"]:
        assert tag["name"] in page
    for component in detail["components"]:
        assert component["status"] in page


def click_row(qtbot, window: MainWindow, name: str) -> None:
    """A left click in the middle of the row's name cell, as a person selects an entry."""
    model = window.list_model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    rect = window.table.visualRect(model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, window)


def test_clicking_another_row_opens_it_at_its_top(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    settle(qtbot, window)
    click_row(qtbot, window, "Acme 7B")
    qtbot.keyClick(window.detail, Qt.Key.Key_End)
    assert window.detail.verticalScrollBar().value() > 0
    click_row(qtbot, window, "BigCo Ultra")
    assert window.detail.last_detail is not None and window.detail.last_detail["name"] == "BigCo Ultra"
    assert window.detail.verticalScrollBar().value() == 0


def test_titles_keep_their_words_whole_at_1280_by_720(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    settle(qtbot, window)
    click_row(qtbot, window, "Acme 7B Chat")
    assert window.detail.width() >= 240
    title = window.detail.document().begin()
    while title.isValid() and title.text() != "Acme 7B Chat":
        title = title.next()
    assert title.isValid(), "the page starts with the entry's name"
    assert title.layout().lineCount() == 1, "a short title fits on one line"
    for before, after in line_breaks(window.detail.document()):
        assert not (before[-1:].isalnum() and after[:1].isalnum()), \
            f"cut inside a word: {before[-12:]!r}|{after[:12]!r}"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_colored_words_read_in_both_themes(qtbot, mini: Store, theme: str) -> None:
    """Clause values and component statuses are words in color: each color reads on the page (contrast ≥ 4.5)."""
    from PySide6.QtGui import QPalette

    from desktop.theme import apply_theme, contrast_ratio

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme)
    try:
        view = DetailView(mini)
        qtbot.addWidget(view)
        view.show_entry(uuid_of(mini, "Acme 7B"))  # its components and its license's clauses
        page = view.palette().color(QPalette.ColorRole.Base)
        colored: dict[str, float] = {}
        block = view.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                brush = fragment.charFormat().foreground()
                if brush.style() != Qt.BrushStyle.NoBrush and \
                        fragment.charFormat().background().style() == Qt.BrushStyle.NoBrush:  # badges: own test
                    colored[fragment.text()] = contrast_ratio(brush.color(), page)
                iterator += 1
            block = block.next()
        for word in ("released", "unknown", "yes", "✔"):
            assert word in colored, f"{word!r} is shown in color"
        words = {text: ratio for text, ratio in colored.items() if text.strip("█░")}  # bars carry a % in words
        weak = {text: round(ratio, 2) for text, ratio in words.items() if ratio < 4.5}
        assert not weak, f"hard to read on the {theme} page: {weak}"
    finally:
        apply_theme(app, "light")
