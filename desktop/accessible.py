"""Names for assistive technology on the parts of compound fields a screen reader lands on by themselves: the text
field inside an editable combo box, the editor and preview of a Markdown field, a line edit's clear button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QToolButton, QWidget


def name_field(widget: QWidget, name: str, description: str = "") -> None:
    """Name `widget` and the parts inside it that take the focus, so none is announced as a bare "edit"."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    if isinstance(widget, QComboBox):
        line = widget.lineEdit()
        if line is not None:  # an editable combo box: the focus is in this field, not on the box
            line.setAccessibleName(name)
            if description:
                line.setAccessibleDescription(description)
        return
    if isinstance(widget, QLineEdit):
        name_clear_button(widget)
        return
    editor = getattr(widget, "editor", None)
    preview = getattr(widget, "preview", None)
    if isinstance(editor, QPlainTextEdit | QTextEdit):  # desktop.editor.MarkdownEditor
        editor.setAccessibleName(name)
    if isinstance(preview, QTextEdit):
        preview.setAccessibleName(QCoreApplication.translate("accessible", "{name} (preview)").format(name=name))


def name_clear_button(line: QLineEdit) -> None:
    """The ✕ a line edit shows with setClearButtonEnabled(True): an icon without words."""
    for button in line.findChildren(QToolButton):
        button.setAccessibleName(QCoreApplication.translate("accessible", "Clear"))
        button.setToolTip(QCoreApplication.translate("accessible", "Clear"))
