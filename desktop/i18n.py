"""The desktop's languages: which one is used, its Qt translators, and numbers and dates in its locale.

How to mark a string for translation (pyside6-lupdate reads the source text, so the call must be spelled out):

* In a method of a QObject class: ``self.tr("Open atlas")``. The context is the class's own name, so a base class
  whose methods run for subclasses (FormDialog, …) uses ``QCoreApplication.translate("FormDialog", "…")`` instead
  (``self.tr`` there would look the text up under the subclass's name and find nothing).
* Anywhere else (module functions, action handlers, HTML builders): ``QCoreApplication.translate("Context", "…")``,
  or its short form ``translate("Context", "…")`` from this module, with the module's name as context:
  "actions.files", "detail_html", "main_window" (desktop's modules, dotted below desktop/). Most strings of desktop/
  use this form: it never depends on the class an object turns out to have.
* Counts: ``translate("Context", "%n model(s)", "", count)`` — `%n` is replaced by the number and picks the
  language's plural form; in English (no translation) :func:`translate` turns "(s)", "(es)", "y(s)" into the right
  ending (``self.tr`` would show "3 model(s)"). The last argument must be a plain name
  or literal: lupdate drops a message whose count argument is a call such as ``len(rows)``.
* Never an f-string or ``%``-formatted text inside the call (lupdate would store the braces; the runtime text would
  never match). Translate the template, then fill it: ``self.tr("Tagged {name}").format(name=name)``.
* Module-level tables (the action specs' texts and tips, column headers): ``QT_TRANSLATE_NOOP("Context", "…")``
  from this module marks them, and the place that shows them calls ``QCoreApplication.translate`` with the same
  context ("Actions" for every action spec).
* Words that come from db/ (openness grades, clause names, statuses, verdicts, kinds, field labels) are translated
  with :func:`vocab` (context "Vocabulary"; db.display_vocab lists them all, desktop/vocab_strings.py marks them).
* Menu accelerators (&) may differ per language; keep the `…` of texts that open a dialog.

`python -m desktop.i18n_build` extracts the messages into resources/i18n/*.ts and compiles the .qm files.
"""

from __future__ import annotations

import math
import os
import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from db.values import format_number

LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "zh_CN": "简体中文"}
"""The languages shipped, by code, each named in itself (as the language menu shows them)."""

LANGUAGE_ENV = "MODELATLAS_LANGUAGE"
"""Overrides the Preferences choice for one run (screenshots, tests)."""

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"
VOCABULARY_CONTEXT = "Vocabulary"

_installed: list[QTranslator] = []  # kept alive: Qt holds only a pointer to an installed translator
_language = ["en"]  # the code install_translations chose


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the upper-case name is the one lupdate looks for
    """Marks `text` for lupdate under `context` and returns it untranslated; it is translated where it is shown."""
    del context
    return text


def chosen_language(preference: str) -> str:
    """The language code to use: the environment's override, else the preference, else the system's language
    when it is one we ship, else English."""
    wanted = os.environ.get(LANGUAGE_ENV) or preference
    if wanted in LANGUAGES:
        return wanted
    system = QLocale.system()
    for code in (system.name(), system.name().split("_")[0]):
        if code in LANGUAGES:
            return code
    if system.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def install_translations(app: QCoreApplication, preference: str) -> str:
    """Install the app's and Qt's own translators for the chosen language and make its locale the default one
    (QLocale() then formats numbers and dates in it). Returns the code used. Call before any window is built."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    code = chosen_language(preference)
    _language[0] = code
    # English keeps the system's locale (and the ISO dates analysts read in the English app)
    QLocale.setDefault(QLocale(code) if code != "en" else QLocale.system())
    if code == "en":
        return code
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{code}", qt_dir), (f"modelatlas_{code}", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code


def current_language() -> str:
    """The code install_translations chose ("en" before it ran)."""
    return _language[0]


def vocab(text: str) -> str:
    """A display word that came from db/ (a grade's label, a clause, a status) in the user's language."""
    return QCoreApplication.translate(VOCABULARY_CONTEXT, text) if text else text


def vocab_noun(text: str) -> str:
    """A vocabulary noun inside a sentence ("Edit model"): lower case, except in German, which capitalizes nouns
    (and Chinese, which has no case)."""
    shown = vocab(text)
    return shown if _language[0] in ("de", "zh_CN") else shown.lower()


# ---- numbers and dates in the user's locale ---------------------------------------------------------------


def local_number(value: float | None, unit: str = "") -> str:
    """db.values.format_number in the locale's decimal sign: 70B, 1.2e25 FLOP -> 1,2e25 FLOP in German. The
    B/M/k suffixes and the e-notation stay as they are: they are how the field writes model sizes and compute."""
    text = format_number(value, unit)
    if value is None or not math.isfinite(value):
        return text
    point = QLocale().decimalPoint()
    return text.replace(".", point, 1) if point != "." else text


def local_decimal(value: float, places: int = 1) -> str:
    """A score or an average with `places` decimals in the locale's decimal sign: 3.5 / 3,5."""
    text = f"{value:.{places}f}"
    point = QLocale().decimalPoint()
    return text.replace(".", point) if point != "." else text


def local_value(text: str) -> str:
    """A value db/ wrote as text, in the locale where it is a date or a figure ("2024-07-23" -> 23.07.2024,
    "4.02e24 FLOP" -> 4,02e24 FLOP in German); any other text comes back as it was."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return local_date(text)
    if re.fullmatch(r"-?\d+(\.\d+)?(e-?\d+)?[kMBT]?( FLOP| tokens)?", text):
        point = QLocale().decimalPoint()
        return text.replace(".", point, 1) if point != "." else text
    return text


def local_count(count: int) -> str:
    """A whole number with the locale's digit grouping: 12,345 / 12.345 / 12 345."""
    return QLocale().toString(int(count))


def local_date(value: date | datetime | str | None) -> str:
    """A calendar date the way the chosen language writes it, with four-digit years ("2024-07-23" -> 23.07.2024 in
    German, 2024/7/23 in Chinese); in English the ISO form the app always showed. Text that is not a date comes
    back as it was."""
    if value is None or value == "":
        return ""
    day = value
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip()[:10])
        except ValueError:
            return value
    assert not isinstance(day, str)
    if _language[0] == "en":
        return day.isoformat()[:10]
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under a shorter name (lupdate reads `translate("Context", "text")` calls too).
    A count's English source ("%n entry(s)") gets its English plural when no translation answers: "1 entry",
    "3 entries" — in English, and wherever a language has no text for it yet."""
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and shown == text.replace("%n", str(n)):
        return english_plural(shown, n)
    return shown


def english_plural(text: str, n: int) -> str:
    """ "entry(s)" -> entry / entries, "match(es)" -> match / matches, "tag(s)" -> tag / tags, for the count n."""
    one = n == 1
    text = re.sub(r"y\(s\)", "y" if one else "ies", text)
    text = text.replace("(es)", "" if one else "es")
    return text.replace("(s)", "" if one else "s")
