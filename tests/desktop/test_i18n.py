"""Languages: the .ts/.qm files match the sources, every shipped language is complete, and the windows show no
English left once a language is chosen."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
    QWidget,
)

from db.store import Store
from desktop import i18n, i18n_build
from desktop.getting_started import GettingStartedDialog
from desktop.main_window import MainWindow
from desktop.preferences import PreferencesDialog
from desktop.settings import Preferences
from tests.desktop.conftest import opened, settle, trigger

SHIPPED = ("de", "fr", "es", "zh_CN")
MIN_COMPLETE = 0.98

PROPER_NOUNS = (
    "Model Atlas", "Model Openness Framework", "Model Openness Tool", "European Open Source AI Index",
    "Open Source AI Index", "Open Source", "Open-Source", "Epoch AI", "Hugging Face", "Stanford", "FMTI", "MOF", "SPDX",
    "OSI", "AUP", "URL", "API", "EU", "US", "CN", "Markdown", "CSV", "HTML", "YAML", "README", "Ctrl", "Shift", "Esc",
    "Big Tech", "RAIL", "Copyleft", "Tab", "Enter", "Alt", "F1", "F2", "Llama", "OK",
    *i18n.LANGUAGES.values(),
)
"""Names that stay as they are in every language (products, catalogs, formats, keys)."""

ENGLISH_WORDS = re.compile(
    r"\b(the|and|with|from|your|this|entries|entry|models|licenses|search|edit|delete|file|view|help|show|list|"
    r"tags|notes|clear|select|compare|export|import|merge|preferences|theme|author|language|density|undo|redo|"
    r"quit|back|forward|columns|sidebar|detail|evaluate|evaluations|organizations|library|saved|openness|grade|"
    r"released|developer|license|jurisdiction|parameters|components|clauses|sources|rules|duties|cancel)\b",
    re.IGNORECASE)
"""Words that show an English text left in a translated window."""
SAME_WORDS = {"fr": {"notes", "sources", "clauses"}}
"""Words of that list that the language writes the same way ("Notes", "Sources" in French)."""


# ---- the message files --------------------------------------------------------------------------------------


def test_every_source_message_is_in_each_ts_and_every_qm_is_built_from_its_ts() -> None:
    """lupdate run now finds no message a .ts lacks, and lrelease of each .ts gives the .qm that is shipped (a .qm
    older than its .ts differs from it). File times are not compared: a fresh clone writes them in any order."""
    stale = i18n_build.build(check=True)
    assert stale == [], f"run `python -m desktop.i18n_build`: out of date: {stale}"


def test_a_message_missing_from_a_ts_is_reported(tmp_path: Path) -> None:
    """The comparison the check makes: a message set that lacks one message of the sources is not equal to it."""
    found = i18n_build.extract(tmp_path / "found.ts")
    shipped = {m.key for m in i18n_build.read_ts(i18n_build.ts_path("de")) if m.kind != "vanished"}
    assert {m.key for m in found} == shipped
    assert {m.key for m in found[1:]} != shipped


@pytest.mark.parametrize("language", SHIPPED)
def test_each_shipped_language_is_complete(language: str) -> None:
    done, total = i18n_build.completeness(language)
    assert total > 500
    assert done / total >= MIN_COMPLETE, f"{language}: {done}/{total} translated"


@pytest.mark.parametrize("language", SHIPPED)
def test_translations_keep_their_placeholders(language: str) -> None:
    """{name} and %n come back in every translation: a lost placeholder would drop a value from the sentence."""
    for message in i18n_build.read_ts(i18n_build.ts_path(language)):
        if message.kind:
            continue
        wanted = sorted(re.findall(r"\{\w*\}", message.source))
        for text in message.forms or [message.translation]:
            assert sorted(re.findall(r"\{\w*\}", text)) == wanted, (language, message.source, text)
            if message.numerus:
                assert "%n" in text, (language, message.source, text)


EU_AI_ACT_TERMS = {
    "general-purpose": {"de": "KI-Modell mit allgemeinem Verwendungszweck", "fr": "modèle d'IA à usage général",
                        "es": "modelo de IA de uso general"},
    "systemic risk": {"de": "systemisches Risiko", "fr": "risque systémique", "es": "riesgo sistémico"},
}
"""The EU AI Act's own words (its official German, French and Spanish versions)."""


def test_eu_ai_act_terms_are_the_official_ones() -> None:
    """Every text that names a general-purpose model or systemic risk uses the Act's official term; the fact
    "General-purpose model" (what the Act's duties depend on) is one of them."""
    named = 0
    for english, terms in EU_AI_ACT_TERMS.items():
        for language, term in terms.items():
            for message in i18n_build.read_ts(i18n_build.ts_path(language)):
                if english in message.source.casefold() and message.kind != "vanished":
                    named += 1
                    for text in message.forms or [message.translation]:
                        assert term.casefold() in text.casefold(), (language, message.source, text)
    assert named >= 3


# ---- numbers and dates ------------------------------------------------------------------------------------------


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install_translations(qapp, "de")
    yield
    i18n.install_translations(qapp, "en")


def test_numbers_keep_their_shape_in_german(german: None) -> None:
    assert i18n.local_number(1.2e25, " FLOP") == "1,2e25 FLOP"
    assert i18n.local_number(70e9) == "70B"
    assert i18n.local_number(8.03e9) == "8B"
    assert i18n.local_number(1.5e9) == "1,5B"
    assert i18n.local_count(12345) == "12.345"
    assert i18n.local_decimal(3.25, 2) == "3,25"
    assert i18n.local_date("2024-07-23") == "23.07.2024"
    assert i18n.local_value("4.02e24 FLOP") == "4,02e24 FLOP"
    assert i18n.local_value("2025-01-20") == "20.01.2025"
    assert i18n.local_value("Llama 3.1") == "Llama 3.1"  # a name, not a figure


def test_english_keeps_iso_dates_and_points(qapp: QApplication) -> None:
    i18n.install_translations(qapp, "en")
    assert i18n.local_date("2024-07-23") == "2024-07-23"
    assert i18n.local_number(1.2e25, " FLOP") == "1.2e25 FLOP"
    assert i18n.translate("chips", "%n chosen entry(s)", "", 1) == "1 chosen entry"
    assert i18n.translate("chips", "%n chosen entry(s)", "", 3) == "3 chosen entries"


def test_the_language_preference_wins_and_the_environment_overrides_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.chosen_language("fr") == "fr"
    assert i18n.chosen_language("xx") in i18n.LANGUAGES  # unknown: the system's language, else English
    monkeypatch.setenv(i18n.LANGUAGE_ENV, "zh_CN")
    assert i18n.chosen_language("fr") == "zh_CN"


# ---- the windows in each language ---------------------------------------------------------------------------------


class _Headings(HTMLParser):
    """The detail page's own words: headings, field labels and badges (not the entry's data)."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._take = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h2", "h3") or (tag == "td" and ("class", "label") in attrs):
            self._take += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("h2", "h3", "td") and self._take:
            self._take -= 1

    def handle_data(self, data: str) -> None:
        if self._take and data.strip():
            self.texts.append(data.strip())


def _widget_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        texts.append(widget.toolTip())
    return texts


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        texts += [action.text(), action.toolTip()]
        if action.menu() is not None and action.menu() is not menu:
            texts += _menu_texts(action.menu())
    return texts


def _english_left(texts: list[str], names: set[str], language: str) -> list[str]:
    left = []
    same = SAME_WORDS.get(language, set())
    for text in texts:
        plain = re.sub(r"<[^>]+>", " ", text or "").replace("&", "")
        for name in sorted(names | set(PROPER_NOUNS), key=len, reverse=True):
            plain = plain.replace(name, " ")
        if any(word.casefold() not in same for word in ENGLISH_WORDS.findall(plain)):
            left.append(text)
    return left


@pytest.fixture(params=SHIPPED)
def translated_window(request: pytest.FixtureRequest, qtbot, qapp: QApplication, mini_path: Path,
                      prefs: Preferences) -> Iterator[MainWindow]:
    i18n.install_translations(qapp, request.param)
    store = Store.open(mini_path, "ana")
    main = MainWindow(store, prefs)
    qtbot.addWidget(main)
    main.show()
    settle(qtbot, main)
    yield main
    main.close()
    store.close()
    i18n.install_translations(qapp, "en")
    QLocale.setDefault(QLocale.system())


def test_a_sample_of_windows_shows_no_english(qtbot, translated_window: MainWindow) -> None:
    """Menus, toolbar tips, sidebar, list headers, the detail pane, Preferences, Getting Started, the charts, the
    use-case check and the tag manager, in each shipped language: no English word left but names."""
    window = translated_window
    names = {"Acme 7B", "Acme 7B Chat", "BigCo Ultra", "Apache License 2.0", "ana", "tester"}  # data, not UI
    texts = [t for menu in window.registry.menus.values() for t in _menu_texts(menu)]
    texts += _widget_texts(window.sidebar) + _widget_texts(window.chips)
    model = window.list_model
    texts += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]

    window.select_entry(window.store.resolve("Acme 7B").uuid)
    qtbot.waitUntil(lambda: window.detail.last_detail is not None, timeout=10_000)
    headings = _Headings()
    headings.feed(window.detail.toHtml())
    texts += headings.texts

    trigger(window, "editing.preferences")
    preferences = opened(PreferencesDialog)
    texts += _widget_texts(preferences)
    preferences.close()

    trigger(window, "help.getting_started")
    page = opened(GettingStartedDialog)
    guide = _Headings()
    guide.feed(page.page.toHtml())
    texts += _widget_texts(page) + guide.texts
    page.close()

    for action_id in ("charts.show", "use_case.check", "tags.manager", "history.show", "history.changes"):
        # pages, a view and tool windows
        shown = window.registry.run(action_id)
        settle(qtbot, window)
        assert isinstance(shown, QWidget), action_id
        texts += _widget_texts(shown)
        if shown.isWindow():
            shown.close()

    left = _english_left([t for t in texts if t], names, i18n.current_language())
    assert left == [], f"{QLocale().name()}: English left: {left}"


def test_the_check_finds_english_and_spares_names_and_shared_words() -> None:
    assert _english_left(["Delete the selected entries", "Modelle löschen"], set(), "de") == [
        "Delete the selected entries"]
    assert _english_left(["Llama 3.1 Community License Agreement", "Notes", "Model Atlas"],
                         {"Llama 3.1 Community License Agreement"}, "fr") == []
    assert _english_left(["Notes"], set(), "de") == ["Notes"]


def test_preferences_keep_the_language_for_the_next_start(qtbot, prefs: Preferences,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.desktop.conftest import answer_modal

    dialog = PreferencesDialog(prefs)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # system default until one is picked
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["", *i18n.LANGUAGES]
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    titles = answer_modal(qtbot, dialog.try_accept, accept=True)
    assert titles == ["Language"]  # says the language applies from the next start
    assert prefs.language == "de"
    monkeypatch.delenv(i18n.LANGUAGE_ENV, raising=False)
    assert i18n.chosen_language(prefs.language) == "de"  # what the next start installs


def _marked_messages() -> tuple[set[tuple[str, str]], list[str]]:
    """Every (context, text) the sources of desktop/ mark for translation, read from their syntax trees, and the
    calls lupdate cannot read (an f-string text)."""
    import ast

    marked: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    for path in i18n_build.source_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {id(node): cls.name for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)
                   for node in ast.walk(cls)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            where = f"{path.name}:{node.lineno}"
            if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, text = node.args[0], node.args[1]
                if isinstance(text, ast.JoinedStr):
                    unreadable.append(where)
                elif isinstance(context, ast.Constant) and isinstance(text, ast.Constant) \
                        and isinstance(text.value, str):  # not QPainter.translate(0.5, 0.5)
                    marked.add((context.value, text.value))
            elif name == "tr" and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name) \
                    and node.func.value.id == "self":
                if isinstance(node.args[0], ast.JoinedStr):
                    unreadable.append(where)
                elif isinstance(node.args[0], ast.Constant) and id(node) in classes:
                    marked.add((classes[id(node)], node.args[0].value))
    return marked, unreadable


def test_lupdate_extracts_every_marked_text() -> None:
    """What the code marks is what lupdate found: a marked text missing from the .ts means lupdate could not read
    the call (a count given as a call such as len(rows), a wrapper of our own), and the text would never change."""
    marked, unreadable = _marked_messages()
    assert unreadable == [], f"f-strings inside translation calls: {unreadable}"
    extracted = {(m.context, m.source) for m in i18n_build.read_ts(i18n_build.ts_path("de")) if m.kind != "vanished"}
    assert len(marked) > 400
    assert marked - extracted == set()


SHOWN_TEXT_SETTERS = ("setAccessibleName", "setAccessibleDescription", "setToolTip", "setPlaceholderText",
                      "setWindowTitle")
"""Setters whose text people read or hear; their text must go through a translation call."""


def _bare_texts_shown() -> list[str]:
    """Where desktop/ passes a string literal or f-string with words in it straight to a setter of shown text."""
    import ast

    def has_words(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str) and re.search(r"[^\W\d_]", node.value) is not None
        if isinstance(node, ast.JoinedStr):  # only its literal parts: f"{title} — {text}" joins translated texts
            return any(has_words(part) for part in node.values if isinstance(part, ast.Constant))
        return False

    found: list[str] = []
    for path in i18n_build.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in SHOWN_TEXT_SETTERS and any(has_words(arg) for arg in node.args):
                found.append(f"{path.relative_to(i18n.TRANSLATIONS_DIR.parent.parent)}:{node.lineno}")
    return found


def test_no_bare_english_is_given_to_names_tips_placeholders_or_titles() -> None:
    """An accessible name, a tooltip, a placeholder or a window title given as a literal stays English in every
    language (a screen reader reads "Search" to a German analyst); each goes through tr()/translate()."""
    assert _bare_texts_shown() == []
