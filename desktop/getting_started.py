"""Getting Started: what the atlas holds, five things to try first and the keys to start with (Help, first start)."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.settings import Preferences

SHOWN_KEY = "help/getting_started_shown"
N = "getting_started"  # the translation context of this page's texts

HOLDS = (
    (QT_TRANSLATE_NOOP("getting_started", "Models"),
     QT_TRANSLATE_NOOP("getting_started", "where each sits between closed and fully open: an openness grade, its Model "
                                          "Openness Framework class and which components (weights, code, data, papers) "
                                          "are released")),
    (QT_TRANSLATE_NOOP("getting_started", "Organizations"),
     QT_TRANSLATE_NOOP("getting_started", "who develops them, and where")),
    (QT_TRANSLATE_NOOP("getting_started", "Licenses"),
     QT_TRANSLATE_NOOP("getting_started", "clause by clause: commercial use, user caps, acceptable-use policies, "
                                          "attribution")),
    (QT_TRANSLATE_NOOP("getting_started", "Policy notes"),
     QT_TRANSLATE_NOOP("getting_started", "laws and rules (EU AI Act, US export controls, …) with the conditions under "
                                          "which they bind")),
    (QT_TRANSLATE_NOOP("getting_started", "Your notes and evaluations"),
     QT_TRANSLATE_NOOP("getting_started", "verdicts and scores you record, under your name")),
)

FIRST_STEPS = (
    (QT_TRANSLATE_NOOP("getting_started", "Filter the list"),
     QT_TRANSLATE_NOOP("getting_started", "In the sidebar, tick <i>Openness grade ▸ Fully open</i> or "
                                          "<i>Jurisdiction ▸ EU</i>. Chips above the list show the filter, with the "
                                          "same filter as search text beside them.")),
    (QT_TRANSLATE_NOOP("getting_started", "Search everything"),
     QT_TRANSLATE_NOOP("getting_started", "Press <b>{search}</b> and type "
                                          "<code>llama license \"acceptable use\"</code> or "
                                          "<code>openness:fully-open released:2024..2025</code>. "
                                          "Help ▸ Search Syntax lists the rest.")),
    (QT_TRANSLATE_NOOP("getting_started", "Read one model"),
     QT_TRANSLATE_NOOP("getting_started", "Click a row. The detail pane shows its openness, its license's clauses and "
                                          "which policy notes bind it; names are links, and <b>{back}</b> goes back.")),
    (QT_TRANSLATE_NOOP("getting_started", "Compare"),
     QT_TRANSLATE_NOOP("getting_started", "Select two to six models (Ctrl+click) and press <b>{compare}</b>: the rows "
                                          "where they differ stand out.")),
    (QT_TRANSLATE_NOOP("getting_started", "Check a use case"),
     QT_TRANSLATE_NOOP("getting_started", "Press <b>{use_case}</b>, describe what you plan (where, commercial or not, "
                                          "hosted or on your own machines) and see which models fit and under which "
                                          "duties.")),
)

SHORTCUTS: tuple[tuple[str | QKeySequence.StandardKey, str], ...] = (
    ("Ctrl+K", QT_TRANSLATE_NOOP("getting_started", "Search everything")),
    ("Ctrl+1", QT_TRANSLATE_NOOP("getting_started", "Go to the sidebar")),
    ("Ctrl+2", QT_TRANSLATE_NOOP("getting_started", "Go to the list")),
    ("Ctrl+3", QT_TRANSLATE_NOOP("getting_started", "Go to the detail pane")),
    (QKeySequence.StandardKey.Back, QT_TRANSLATE_NOOP("getting_started", "Back to the previous entry")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("getting_started", "Edit the entry shown")),
    ("Ctrl+T", QT_TRANSLATE_NOOP("getting_started", "Tag the selected entries")),
    ("Ctrl+D", QT_TRANSLATE_NOOP("getting_started", "Compare the selected entries")),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("getting_started", "Evaluate the entry shown")),
    ("Ctrl+U", QT_TRANSLATE_NOOP("getting_started", "Check a use case")),
    (QKeySequence.StandardKey.Undo, QT_TRANSLATE_NOOP("getting_started", "Undo the last change")),
    (QKeySequence.StandardKey.HelpContents, QT_TRANSLATE_NOOP("getting_started", "This page")),
)


def key_text(key: str | QKeySequence.StandardKey) -> str:
    """A shortcut as this platform writes it (Alt+Left, not "Back")."""
    sequence = QKeySequence(key) if isinstance(key, str) else QKeySequence.keyBindings(key)[0]
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def getting_started_html() -> str:
    keys = {"search": key_text("Ctrl+K"), "back": key_text(QKeySequence.StandardKey.Back),
            "compare": key_text("Ctrl+D"), "use_case": key_text("Ctrl+U")}
    holds = "".join(f"<li><b>{html.escape(translate(N, name))}</b>: {html.escape(translate(N, what))}</li>"
                    for name, what in HOLDS)
    steps = "".join(f"<li><b>{translate(N, title)}.</b> {translate(N, text).format(**keys)}</li>"
                    for title, text in FIRST_STEPS)
    shortcuts = "".join(f"<tr><td style='padding-right:16px; white-space:nowrap;'><b>{html.escape(key_text(key))}"
                        f"</b></td><td>{html.escape(translate(N, what))}</td></tr>" for key, what in SHORTCUTS)
    return (
        "<h2>" + translate("getting_started", "Welcome to Model Atlas") + "</h2><p>"
        + translate("getting_started", "An offline knowledge base about AI models on the open/closed spectrum. "
                                       "Everything lives in one <i>.atlas</i> file on this computer; nothing is "
                                       "fetched from the internet. Every change is recorded under your name and can "
                                       "be undone.")
        + "</p><h3>" + translate("getting_started", "What the atlas holds") + f"</h3><ul>{holds}</ul>"
        + "<h3>" + translate("getting_started", "Five things to try first") + f"</h3><ol>{steps}</ol>"
        + "<h3>" + translate("getting_started", "Keys to start with") + f"</h3><table>{shortcuts}</table><p>"
        + translate("getting_started", "This page is always under <b>Help ▸ Getting Started</b>.") + "</p>"
    )


class GettingStartedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("getting_started", "Getting Started"))
        self.setObjectName("gettingStarted")
        layout = QVBoxLayout(self)
        self.page = QTextBrowser(self)
        self.page.setOpenLinks(False)
        self.page.setHtml(getting_started_html())
        layout.addWidget(self.page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)
        self.resize(640, 620)


def _settings_of(parent: QWidget | None) -> QSettings:
    """The window's own settings when it has them (tests give each window a private file), else the user's."""
    prefs = getattr(parent, "prefs", None)
    return prefs.qsettings if isinstance(prefs, Preferences) else Preferences().qsettings


def was_shown(settings: QSettings) -> bool:
    """Whether Getting Started was shown before (the shell shows it on first start only)."""
    return str(settings.value(SHOWN_KEY, "false")).lower() == "true"


def show_getting_started(parent: QWidget | None, settings: QSettings | None = None) -> GettingStartedDialog:
    """Open the page (window-modal, without blocking) and remember that it was shown; returns the dialog."""
    dialog = GettingStartedDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    store = settings or _settings_of(parent)
    store.setValue(SHOWN_KEY, True)
    store.sync()
    return dialog


def show_on_first_start(parent: QWidget | None, settings: QSettings | None = None) -> GettingStartedDialog | None:
    """Show the page unless it was shown before; returns the dialog when it opened."""
    if was_shown(settings or _settings_of(parent)):
        return None
    return show_getting_started(parent, settings)
