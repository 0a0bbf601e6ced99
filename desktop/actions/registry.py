"""One registry turns the action modules' declarations into QActions, menus, the toolbar and the list's context menu,
and runs every handler through one place."""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar, QToolButton

from desktop.actions.spec import MENUS, ActionSpec
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

MODULES = ("files", "exchange", "hub", "catalogs", "editing", "tags", "evaluate", "freshness", "search", "compare",
           "charts", "use_case", "history", "view", "help")
"""The action groups, in the order their actions appear within a menu group."""


def all_specs() -> list[ActionSpec]:
    specs: list[ActionSpec] = []
    for name in MODULES:
        specs.extend(importlib.import_module(f"desktop.actions.{name}").ACTIONS)
    return specs


def install_modules(window: MainWindow) -> None:
    """Wiring that is not a menu entry (drop targets, listeners), for the modules that have any."""
    for name in MODULES:
        install = getattr(importlib.import_module(f"desktop.actions.{name}"), "install", None)
        if install is not None:
            install(window)


def derived_tip(text: str) -> str:
    """The tip of an action that declares none: its text without the accelerator and the ellipsis."""
    return text.replace("&", "").rstrip("…")


def shown(text: str) -> str:
    """An action spec's text or tip in the user's language (desktop/action_strings.py marks them all for lupdate
    under the "Actions" context)."""
    return translate("Actions", text) if text else text


def icon_for(name: str) -> Any:
    """The themed icon called `name`, or None while desktop.icons is not there."""
    try:
        from desktop.icons import icon
    except ImportError:
        return None
    return icon(name)


class ActionRegistry(QObject):
    """Holds one QAction per spec (added to the window, so every shortcut works wherever the focus is)."""

    def __init__(self, window: MainWindow, specs: Iterable[ActionSpec]) -> None:
        super().__init__(window)
        self.window = window
        self.specs: dict[str, ActionSpec] = {}
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for spec in specs:
            if spec.id in self.specs:
                raise ValueError(f"two actions are called {spec.id}")
            self.specs[spec.id] = spec
            self.actions[spec.id] = self._make(spec)

    def _make(self, spec: ActionSpec) -> QAction:
        action = QAction(shown(spec.text), self.window)
        action.setObjectName(spec.id)
        if spec.shortcuts:
            # a standard key may already be one of the others on this platform (Redo is Ctrl+Shift+Z on Linux);
            # the same key twice would make the shortcut ambiguous and fire nothing
            unique = {QKeySequence(s).toString(): QKeySequence(s) for s in spec.shortcuts}
            action.setShortcuts([k for k in unique.values() if not k.isEmpty()])
        tip = shown(spec.tip or derived_tip(spec.text))
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)
        action.setStatusTip(tip)
        if spec.icon:
            themed = icon_for(spec.icon)
            if themed is not None:
                action.setIcon(themed)
        if spec.fill is not None:
            submenu = QMenu(shown(spec.text), self.window)
            submenu.setObjectName(f"{spec.id}.menu")
            submenu.aboutToShow.connect(lambda s=spec, m=submenu: self._fill(s, m))
            action.setMenu(submenu)
        else:
            # The one place a handler runs: Qt's `checked` argument stops here and never reaches a handler.
            action.triggered.connect(lambda _checked=False, action_id=spec.id: self.run(action_id))
        self.window.addAction(action)
        return action

    def _fill(self, spec: ActionSpec, menu: QMenu) -> None:
        menu.clear()
        assert spec.fill is not None
        spec.fill(self.window, menu)

    def run(self, action_id: str) -> Any:
        """Run an action's handler (if it is enabled) and return what it returns (a dialog, a page, …)."""
        spec = self.specs[action_id]
        if spec.handler is None or not self.is_enabled(spec):
            return None
        return spec.handler(self.window)

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def is_enabled(self, spec: ActionSpec) -> bool:
        if spec.needs_store and self.window.store is None:
            return False
        return spec.enabled(self.window)

    def update_enabled(self) -> None:
        if not shiboken6.isValid(self.window.undo_stack):
            return  # the window is being torn down: its children report their last changes on the way out
        for action_id, spec in self.specs.items():
            self.actions[action_id].setEnabled(self.is_enabled(spec))

    # ---- placing -------------------------------------------------------------------------------------

    def fill_menu_bar(self, bar: QMenuBar) -> None:
        for title in MENUS:
            self.menus[title] = bar.addMenu(shown(f"&{title}"))
            self.menus[title].setObjectName(f"menu.{title}")
        placed = sorted((s for s in self.specs.values() if s.menu), key=lambda s: s.group)  # stable: module order
        last_group: dict[str, int] = {}
        for spec in placed:
            menu = self._menu(spec.menu)
            if spec.menu in last_group and last_group[spec.menu] // 10 != spec.group // 10:
                menu.addSeparator()
            last_group[spec.menu] = spec.group
            menu.addAction(self.actions[spec.id])

    def _menu(self, path: str) -> QMenu:
        if path not in self.menus:
            parent, _, title = path.rpartition("/")
            submenu = self._menu(parent).addMenu(shown(f"&{title}"))
            submenu.setObjectName(f"menu.{path}")
            self.menus[path] = submenu
        return self.menus[path]

    def fill_toolbar(self, toolbar: QToolBar) -> None:
        on_bar = sorted((s for s in self.specs.values() if s.toolbar is not None), key=lambda s: s.toolbar or 0)
        previous: int | None = None
        for spec in on_bar:
            assert spec.toolbar is not None
            if previous is not None and previous // 10 != spec.toolbar // 10:
                toolbar.addSeparator()
            previous = spec.toolbar
            action = self.actions[spec.id]
            toolbar.addAction(action)
            if action.menu() is not None:
                button = toolbar.widgetForAction(action)
                if isinstance(button, QToolButton):
                    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

    def list_menu_actions(self) -> list[QAction]:
        return [self.actions[s.id] for s in self.specs.values() if s.in_list_menu]
