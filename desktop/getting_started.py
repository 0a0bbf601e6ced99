"""Getting Started: what the atlas holds, five things to try first and the keys to start with (Help, first start)."""

from __future__ import annotations

import html

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.i18n import translate
from desktop.settings import Preferences

SHOWN_KEY = "help/getting_started_shown"

HOLDS = (
    ("Models", "where each sits between closed and fully open: an openness grade, its Model Openness "
               "Framework class and which components (weights, code, data, papers) are released"),
    ("Organizations", "who develops them, and where"),
    ("Licenses", "clause by clause: commercial use, user caps, acceptable-use policies, attribution"),
    ("Policy notes", "laws and rules (EU AI Act, US export controls, …) with the conditions under which they bind"),
    ("Your notes and evaluations", "verdicts and scores you record, under your name"),
)

FIRST_STEPS = (
    ("Filter the list", "In the sidebar, tick <i>Openness grade ▸ Fully open</i> or <i>Jurisdiction ▸ EU</i>. "
                        "Chips above the list show the filter, with the same filter as search text beside them."),
    ("Search everything", "Press <b>{search}</b> and type <code>llama license \"acceptable use\"</code> or "
                          "<code>openness:fully-open released:2024..2025</code>. Help ▸ Search Syntax lists the rest."),
    ("Read one model", "Click a row. The detail pane shows its openness, its license's clauses and which policy "
                       "notes bind it; names are links, and <b>{back}</b> goes back."),
    ("Compare", "Select two to six models (Ctrl+click) and press <b>{compare}</b>: the rows where they differ "
                "stand out."),
    ("Check a use case", "Press <b>{use_case}</b>, describe what you plan (where, commercial or not, hosted or "
                         "on your own machines) and see which models fit and under which duties."),
)

SHORTCUTS: tuple[tuple[str | QKeySequence.StandardKey, str], ...] = (
    ("Ctrl+K", "Search everything"),
    ("Ctrl+1", "Go to the sidebar"),
    ("Ctrl+2", "Go to the list"),
    ("Ctrl+3", "Go to the detail pane"),
    (QKeySequence.StandardKey.Back, "Back to the previous entry"),
    ("Ctrl+E", "Edit the entry shown"),
    ("Ctrl+T", "Tag the selected entries"),
    ("Ctrl+D", "Compare the selected entries"),
    ("Ctrl+Shift+E", "Evaluate the entry shown"),
    ("Ctrl+U", "Check a use case"),
    (QKeySequence.StandardKey.Undo, "Undo the last change"),
    (QKeySequence.StandardKey.HelpContents, "This page"),
)
"""The keys a newcomer needs first (tests check each against the main window's actions)."""


def key_text(key: str | QKeySequence.StandardKey) -> str:
    """A shortcut as this platform writes it (Alt+Left, not "Back")."""
    sequence = QKeySequence(key) if isinstance(key, str) else QKeySequence.keyBindings(key)[0]
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def getting_started_html() -> str:
    keys = {"search": key_text("Ctrl+K"), "back": key_text(QKeySequence.StandardKey.Back),
            "compare": key_text("Ctrl+D"), "use_case": key_text("Ctrl+U")}
    holds = "".join(f"<li><b>{html.escape(name)}</b>: {html.escape(what)}</li>" for name, what in HOLDS)
    steps = "".join(f"<li><b>{title}.</b> {text.format(**keys)}</li>" for title, text in FIRST_STEPS)
    shortcuts = "".join(f"<tr><td style='padding-right:16px; white-space:nowrap;'><b>{html.escape(key_text(key))}"
                        f"</b></td><td>{html.escape(what)}</td></tr>" for key, what in SHORTCUTS)
    return (
        "<h2>Welcome to Model Atlas</h2>"
        "<p>An offline knowledge base about AI models on the open/closed spectrum. Everything lives in one "
        "<i>.atlas</i> file on this computer; nothing is fetched from the internet. Every change is recorded "
        "under your name and can be undone.</p>"
        f"<h3>What the atlas holds</h3><ul>{holds}</ul>"
        f"<h3>Five things to try first</h3><ol>{steps}</ol>"
        f"<h3>Keys to start with</h3><table>{shortcuts}</table>"
        "<p>This page is always under <b>Help ▸ Getting Started</b>.</p>"
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
