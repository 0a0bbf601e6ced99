"""What an action declares (text, keys, icon, place, when it is enabled, what it does) and the enabled-state rules."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

Shortcut = str | QKeySequence.StandardKey
Handler = Callable[["MainWindow"], Any]
Rule = Callable[["MainWindow"], bool]
Filler = Callable[["MainWindow", QMenu], None]

MENUS = ("File", "Edit", "View", "Go", "Help")
"""Menu bar order; an action's `menu` is one of these, or "Name/Sub" for a submenu, or "" for keys only."""


def always(_window: MainWindow) -> bool:
    return True


def has_current(window: MainWindow) -> bool:
    """An entry is shown in the detail pane (what Edit and Evaluate act on)."""
    return window.targets.current() is not None


def has_selection(window: MainWindow) -> bool:
    """At least one entry is selected (what Tag, Delete and Compare act on)."""
    return window.targets.has_selection()


def has_search_index(window: MainWindow) -> bool:
    return window.search_service is not None


def can_undo(window: MainWindow) -> bool:
    return window.undo_stack.canUndo()


def can_redo(window: MainWindow) -> bool:
    return window.undo_stack.canRedo()


def can_go_back(window: MainWindow) -> bool:
    return window.history[0]


def can_go_forward(window: MainWindow) -> bool:
    return window.history[1]


@dataclass(frozen=True)
class ActionSpec:
    """One user action. `handler(window)` is called with the window only — never with Qt's `checked` flag.

    `group` orders actions within a menu (a separator between groups); `toolbar` is the position on the main
    toolbar (None: not there; a new tens digit starts a new section). A spec with `fill` is a submenu filled
    each time it opens. `needs_store` actions are off while the first atlas is still being prepared.
    """

    id: str
    text: str
    handler: Handler | None = None
    menu: str = ""
    group: int = 50
    shortcuts: tuple[Shortcut, ...] = ()
    icon: str = ""
    toolbar: int | None = None
    tip: str = ""
    enabled: Rule = always
    needs_store: bool = True
    in_list_menu: bool = False
    fill: Filler | None = None
