"""Action icons: every name the actions use exists, is drawn, stays visible in both themes; the app icon loads."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from desktop.icons import APP_ICON, GLYPHS, ICONS_DIR, app_icon, icon
from desktop.theme import apply_theme, contrast_ratio

REQUIRED = ("open", "new", "save", "export", "import", "merge", "search", "edit", "delete", "tag", "evaluate",
            "compare", "charts", "use-case", "undo", "redo", "preferences", "help", "conflicts", "catalog",
            "refresh", "reindex", "cancel")


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def ink(image: QImage) -> list[QColor]:
    """The painted pixels of an icon (its glyph), ignoring the transparent background."""
    return [image.pixelColor(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).alpha() > 200]


def test_every_action_name_has_a_distinct_drawn_icon(qapp: QApplication) -> None:
    seen: dict[bytes, str] = {}
    for name in REQUIRED:
        image = icon(name).pixmap(24, 24).toImage()
        assert len(ink(image)) > 12, f"the {name!r} icon paints nothing"
        key = bytes(image.constBits())
        assert key not in seen, f"{name!r} looks exactly like {seen.get(key)!r}"
        seen[key] = name
    assert set(REQUIRED) <= set(GLYPHS)
    assert len({glyph.split(".")[0] for glyph in GLYPHS.values()}) == 1, "one icon set, one style"


def test_unknown_names_fail_loudly() -> None:
    with pytest.raises(KeyError, match="no icon named 'frobnicate'"):
        icon("frobnicate")


def test_one_icon_follows_the_theme_it_is_painted_in(themed: QApplication) -> None:
    save = icon("save")  # made once, as a toolbar does at startup
    for theme in ("light", "dark", "light"):
        apply_theme(themed, theme)
        background = themed.palette().color(QPalette.ColorRole.Window)
        pixels = ink(save.pixmap(24, 24).toImage())
        assert min(contrast_ratio(QColor(p.rgb()), background) for p in pixels) >= 3, \
            f"the icon is hard to see on the {theme} toolbar"
        disabled = ink(save.pixmap(24, 24, QIcon.Mode.Disabled).toImage())
        assert disabled and QColor(disabled[0].rgb()) != QColor(pixels[0].rgb()), "disabled icons look disabled"


def test_application_icon_loads_and_its_license_is_stated(qapp: QApplication) -> None:
    assert APP_ICON.is_file()
    image = app_icon().pixmap(64, 64).toImage()
    assert not image.isNull() and len(ink(image)) > 64 * 64 // 2
    readme = (ICONS_DIR / "README.md").read_text()
    assert "qtawesome" in readme and "Apache" in readme and "app.svg" in readme


def test_every_action_icon_exists(qapp: QApplication) -> None:
    from desktop.actions.registry import all_specs

    named = {spec.id: spec.icon for spec in all_specs() if spec.icon}
    assert len(named) >= 15, "the toolbar and menus carry icons"
    for action_id, name in named.items():
        assert len(ink(icon(name).pixmap(20, 20).toImage())) > 8, f"{action_id}: icon {name!r} paints nothing"
