"""Walking a window the way assistive technology does: its accessible tree, from QAccessible's interfaces."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLineEdit, QMenu, QTabBar, QToolButton, QWidget

Role = QAccessible.Role
INTERACTIVE_ROLES = frozenset({
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.List, Role.Table,
    Role.Tree, Role.PageTab, Role.SpinBox, Role.Slider, Role.ButtonMenu, Role.ButtonDropDown, Role.MenuItem,
    Role.Link, Role.ScrollBar, Role.Dial, Role.ProgressBar, Role.PageTabList, Role.Document,
})
"""What a person operates or reads on its own; each must be named. (Scroll bars are named by Qt itself.)"""
CELL_ROLES = frozenset({Role.Cell, Role.ListItem, Role.TreeItem, Role.Row, Role.ColumnHeader, Role.RowHeader})
MAX_DEPTH = 40


@dataclass(frozen=True)
class Nameless:
    role: str
    path: str

    def __str__(self) -> str:
        return f"{self.role} at {self.path}"


def _describe(interface: QAccessibleInterface) -> str:
    widget = interface.object()
    name = widget.objectName() if widget is not None else ""
    return f"{type(widget).__name__ if widget is not None else '?'}{f'#{name}' if name else ''}"


def walk(root: QWidget) -> list[QAccessibleInterface]:
    """Every accessible interface under `root` (cells of item views excepted: they are their view's content),
    visible ones only, as a screen reader reaches them."""
    start = QAccessible.queryAccessibleInterface(root)
    assert start is not None, f"{type(root).__name__} has no accessible interface"
    found: list[QAccessibleInterface] = []
    stack: list[tuple[QAccessibleInterface, int]] = [(start, 0)]
    while stack:
        interface, depth = stack.pop()
        if not interface.isValid() or interface.state().invisible:
            continue
        found.append(interface)
        if depth >= MAX_DEPTH or interface.role() in (Role.Table, Role.Tree, Role.List):
            continue  # the view itself is checked; its rows are data, reached through the view
        for index in range(interface.childCount()):
            child = interface.child(index)
            if child is not None and child.role() not in CELL_ROLES:
                stack.append((child, depth + 1))
    return found


def nameless(root: QWidget) -> list[Nameless]:
    """Interactive elements under `root` that assistive technology would announce without a name."""
    missing = []
    for interface in walk(root):
        if interface.role() not in INTERACTIVE_ROLES:
            continue
        if interface.role() == Role.ScrollBar:
            continue  # Qt names scroll bars by their orientation through the platform bridge
        if not interface.text(QAccessible.Text.Name).strip():
            missing.append(Nameless(interface.role().name, _path(interface)))
    return missing


def _qt_internal(widget: QWidget) -> bool:
    """Parts Qt makes and names itself or keeps out of the accessible tree: scroll areas' pieces, a table's corner
    button, the tabs' scroll arrows, a combo box's popup list, a line edit's clear button while it is hidden."""
    current: QWidget | None = widget
    while current is not None:
        if current.objectName().startswith("qt_") or current.metaObject().className() == "QComboBoxPrivateContainer":
            return True
        current = current.parentWidget()
    parent = widget.parentWidget()
    if isinstance(widget, QToolButton) and isinstance(parent, QTabBar):
        return True  # the tabs' scroll arrows: the tab bar is named, and its tabs
    return isinstance(widget, QToolButton) and isinstance(parent, QLineEdit) and not widget.isVisibleTo(parent)


def nameless_widgets(root: QWidget) -> list[Nameless]:
    """Every widget under `root`, shown or not yet (pages of other tabs, fields revealed later), that would be
    announced without a name once it shows."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if _qt_internal(widget) or isinstance(widget, QMenu):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or interface.role() not in INTERACTIVE_ROLES or interface.role() == Role.ScrollBar:
            continue
        if not interface.text(QAccessible.Text.Name).strip():
            missing.append(Nameless(interface.role().name, _path(interface)))
    return missing


def nameless_menu_items(root: QWidget) -> list[Nameless]:
    """Menu items (and submenus) of every menu under `root` without words."""
    missing = []
    for menu in root.findChildren(QMenu):
        menu.aboutToShow.emit()  # menus filled as they open (recent files, columns, New) fill now
        interface = QAccessible.queryAccessibleInterface(menu)
        for index in range(interface.childCount()):
            item = interface.child(index)
            if item.role() == Role.Separator:
                continue
            if not item.text(QAccessible.Text.Name).strip():
                missing.append(Nameless(item.role().name, f"item {index} of {menu.objectName() or menu.title()}"))
    return missing


def missing_names(root: QWidget) -> list[str]:
    """Everything under `root` a screen reader would announce without a name, by the three walks above."""
    found = [*nameless(root), *nameless_widgets(root), *nameless_menu_items(root)]
    return sorted({str(item) for item in found})


def _path(interface: QAccessibleInterface) -> str:
    parts = []
    current: QAccessibleInterface | None = interface
    while current is not None and len(parts) < 6:
        parts.append(_describe(current))
        current = current.parent()
    return " < ".join(parts)
