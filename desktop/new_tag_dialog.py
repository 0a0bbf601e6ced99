"""The New Tag dialog: a name and a color picked from swatches (or any color), checked by the store on Create."""

from __future__ import annotations

from collections.abc import Callable, Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import translate
from desktop.theme import error_style, text_color_on

# The seed's tag hues, around the color wheel, and a neutral grey.
SWATCHES = ("#d64541", "#e4743a", "#d9962b", "#b59a1f", "#6aa23a", "#35a356", "#22a088", "#1e9bb0",
            "#2b84c6", "#4f55cc", "#8a47c9", "#c04aa6", "#7f8c8d")
Create = Callable[[str, str], str | None]
"""create(name, color) makes the tag and returns None, or returns the reason it could not."""


class NewTagDialog(QDialog):
    """Name a tag and choose its color; Create asks `create` and stays open with its message when refused."""

    def __init__(self, create: Create, used_colors: Collection[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newTagDialog")
        self.setWindowTitle(translate("new_tag_dialog", "New tag"))
        self.make_tag = create
        self.name = QLineEdit(self)
        self.name.setAccessibleName(translate("new_tag_dialog", "Tag name"))
        self.name.setPlaceholderText(translate("new_tag_dialog", "e.g. shortlist"))
        self.name.setMaxLength(100)

        self.swatches: dict[str, QToolButton] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(3)
        for color in SWATCHES:
            button = QToolButton(self)
            button.setObjectName(f"swatch{color}")
            button.setCheckable(True)
            button.setFixedSize(24, 24)
            button.setAccessibleName(translate("new_tag_dialog", "Color {color}").format(color=color))
            button.setToolTip(color)
            button.setStyleSheet(f"QToolButton {{ background: {color}; border: 1px solid palette(mid); "
                                 "border-radius: 4px; } QToolButton:checked { border: 3px solid palette(text); }")
            button.clicked.connect(lambda _=False, c=color: self.set_color(c))
            self.group.addButton(button)
            self.swatches[color] = button
            row.addWidget(button)
        self.other = QToolButton(self)
        self.other.setText(translate("new_tag_dialog", "Other…"))
        self.other.setToolTip(translate("new_tag_dialog", "Choose any color"))
        self.other.clicked.connect(self._choose_other)
        row.addWidget(self.other)
        row.addStretch(1)

        self.preview = QLabel(self)
        self.preview.setAccessibleName(translate("new_tag_dialog", "How the tag will look"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # a chip, not a bar
        self.message = QLabel("", self)
        self.message.setStyleSheet(error_style(self.message.palette()))
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(
            translate("new_tag_dialog", "C&reate"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(translate("new_tag_dialog", "&Name"), self.name)
        form.addRow(translate("new_tag_dialog", "Color"), row)
        form.addRow(translate("new_tag_dialog", "Preview"), self.preview)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(lambda _text: self._update())
        used = {c.lower() for c in used_colors}
        self.color = ""
        self.set_color(next((c for c in SWATCHES if c not in used), SWATCHES[0]))  # a hue not taken yet

    def set_color(self, color: str) -> None:
        self.color = QColor(color).name()
        button = self.swatches.get(self.color)
        if button is not None:
            button.setChecked(True)
        else:
            self.group.setExclusive(False)
            for swatch in self.swatches.values():
                swatch.setChecked(False)
            self.group.setExclusive(True)
        self._update()

    def _choose_other(self) -> None:
        chosen = QColorDialog.getColor(QColor(self.color), self, translate("new_tag_dialog", "Tag color"))
        if chosen.isValid():
            self.set_color(chosen.name())

    def _update(self) -> None:
        name = " ".join(self.name.text().split())
        self.create_button.setEnabled(bool(name))
        self.preview.setText(name or "tag")
        self.preview.setStyleSheet(f"background: {self.color}; color: {text_color_on(self.color)}; "
                                   "border-radius: 8px; padding: 1px 8px;")
        self.message.clear()

    def try_accept(self) -> None:
        name = " ".join(self.name.text().split())
        if not name:
            self.message.setText(translate("new_tag_dialog", "Give the tag a name."))
            self.name.setFocus()
            return
        problem = self.make_tag(name, self.color)
        if problem:
            self.message.setText(problem)
            self.name.setFocus()
            self.name.selectAll()
            return
        self.accept()
