"""Error text follows the theme: red on light, a lighter red on dark and high contrast, always readable (≥ 4.5:1);
no page or dialog writes the light theme's red itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette, QUndoStack
from PySide6.QtWidgets import QApplication

from db.store import Store
from desktop.new_tag_dialog import NewTagDialog
from desktop.tag_manager import TagManager
from desktop.theme import ERROR_RED, apply_theme, contrast_ratio

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def test_only_the_theme_names_the_error_red() -> None:
    written = [str(path.relative_to(DESKTOP)) for path in sorted(DESKTOP.rglob("*.py"))
               if path.name != "theme.py" and ERROR_RED.lstrip("#") in path.read_text(encoding="utf-8").lower()]
    assert written == [], "use desktop.theme.error_html / error_style"


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_a_refused_tag_name_reads_in_every_theme(qtbot, themed: QApplication, mini: Store, theme: str) -> None:
    apply_theme(themed, theme)
    manager = TagManager(mini, QUndoStack())
    qtbot.addWidget(manager)
    manager.show()
    analysis = next(tag.uuid for tag in manager.model.tags if tag.name == "analysis")
    assert not manager.rename(analysis, "frontier")  # the seed has that tag already: refused, and why
    found = re.search(r"color:\s*(#[0-9a-fA-F]{6})", manager.message.text())
    assert found is not None, manager.message.text()
    background = manager.message.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(found.group(1), background) >= 4.5
    assert (found.group(1).lower() == ERROR_RED) == (theme == "light")  # the dark themes get a lighter red
    dialog = NewTagDialog(manager.create_tag, parent=manager)
    qtbot.addWidget(dialog)
    styled = re.search(r"color:\s*(#[0-9a-fA-F]{6})", dialog.message.styleSheet())
    assert styled is not None and contrast_ratio(styled.group(1), background) >= 4.5
