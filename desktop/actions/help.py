"""Help: Getting Started (also shown on first start), the search syntax, and About."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from desktop.actions.spec import ActionSpec
from desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

SEARCH_HELP = QT_TRANSLATE_NOOP("actions.help", """Words must all match:  llama license
Exact phrase:  "acceptable use"
Either:  mistral OR mixtral      Not:  -closed   NOT closed      Group:  (eu OR us) export
Fields:  kind:model  tag:shortlist  license:apache  jurisdiction:EU  openness:fully-open  org:meta  author:ana
Ranges:  released:2023..2024   params:>70e9
Prefix:  mistr*   (the last word you type always matches as a prefix)
Typos:  weigths~   (and "Did you mean" when little is found)""")


def show_getting_started(window: MainWindow) -> Any:
    """What the atlas holds and the five things to try first (also shown on first start)."""
    from desktop import getting_started

    return getting_started.show_getting_started(window)


def show_on_first_start(window: MainWindow) -> Any:
    """Getting Started, unless this person has seen it before."""
    from desktop import getting_started

    return getting_started.show_on_first_start(window)


def show_search_help(window: MainWindow) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, translate("actions.help", "Search syntax"),
                      translate("actions.help", SEARCH_HELP), QMessageBox.StandardButton.Ok, window)
    box.open()
    return box


def show_about(window: MainWindow) -> QMessageBox:
    from db import __version__

    about = translate("actions.help", "An offline knowledge base about AI models on the open/closed spectrum: "
                                      "openness, licenses and policy.")
    box = QMessageBox(QMessageBox.Icon.NoIcon, translate("actions.help", "About Model Atlas"),
                      f"<b>Model Atlas {__version__}</b><p>{about}</p>", QMessageBox.StandardButton.Ok, window)
    box.open()
    return box


ACTIONS = [
    ActionSpec("help.getting_started", "&Getting Started", show_getting_started, menu="Help", group=10,
               shortcuts=(QKeySequence.StandardKey.HelpContents,), icon="getting-started", needs_store=False),
    ActionSpec("help.search_syntax", "&Search Syntax", show_search_help, menu="Help", group=10, icon="help",
               needs_store=False),
    ActionSpec("help.about", "&About Model Atlas", show_about, menu="Help", group=20, icon="about", needs_store=False),
]
