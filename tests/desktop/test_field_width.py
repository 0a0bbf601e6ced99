"""A line edit sized by fit_placeholder shows its whole placeholder, in English and in a longer language's text."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

from desktop.field_width import fit_placeholder


@pytest.mark.parametrize("clear_button", [False, True])
@pytest.mark.parametrize("hint", ["e.g. 800M (blank: not stated)", "z. B. 800 Mio. (leer: nicht angegeben)"])
def test_the_placeholder_fits_in_the_text_area(qtbot, hint: str, clear_button: bool) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    line.setPlaceholderText(hint)
    line.setClearButtonEnabled(clear_button)
    fit_placeholder(line, at_least=50)
    line.resize(line.minimumWidth(), line.sizeHint().height())
    line.show()
    qtbot.waitExposed(line)
    option = QStyleOptionFrame()
    line.initStyleOption(option)
    area = line.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, line)
    if clear_button:
        area.setRight(area.right() - line.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, option, line))
    assert line.fontMetrics().horizontalAdvance(hint) <= area.width()


def test_never_narrower_than_asked(qtbot) -> None:
    line = QLineEdit()
    qtbot.addWidget(line)
    line.setPlaceholderText("id")
    fit_placeholder(line, at_least=150)
    assert line.minimumWidth() == 150
