"""Active filters shown as removable chips, with the equivalent query text beside them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from db.queries import KIND_QUERIES, ListFilter
from desktop.sidebar import facet_label

QUERY_FIELD = {"openness": "openness", "jurisdiction": "jurisdiction", "org": "org", "license_family": "license",
               "status": "status", "verdict": "verdict", "evaluator": "author", "mof_class": "mof"}


def _quote(value: str) -> str:
    return f'"{value}"' if any(c.isspace() for c in value) else value


def filter_as_query(flt: ListFilter) -> str:
    """The search-language text equivalent to a list filter, so users learn the syntax by clicking."""
    parts = [f"kind:{flt.kind}"]
    for name, values in flt.facets.items():
        field = QUERY_FIELD.get(name, name)
        if len(values) == 1:
            parts.append(f"{field}:{_quote(values[0])}")
        elif values:
            parts.append("(" + " OR ".join(f"{field}:{_quote(v)}" for v in values) + ")")
    parts += [f"tag:{_quote(t)}" for t in flt.tags_include]
    parts += [f"-tag:{_quote(t)}" for t in flt.tags_exclude]
    if flt.text.strip():
        parts.append(_quote(flt.text.strip()))
    return " ".join(parts)


class FilterChips(QWidget):
    """Emits `removed(type, name, value)` for facet chips and `removed('tag', mode, name)` for tags."""

    removed = Signal(str, str, str)
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(4)
        self.query_label = QLabel(self)
        self.query_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.query_label.setStyleSheet("color: palette(placeholder-text);")
        # The query text can be long: it must never widen the window, only be cut (full text in the tooltip).
        self.query_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.chips: list[QToolButton] = []

    def show_filter(self, flt: ListFilter) -> None:
        for chip in self.chips:
            chip.deleteLater()
        self.chips.clear()
        while self._layout.count():
            self._layout.takeAt(0)
        labels = KIND_QUERIES[flt.kind].facet_labels | {"org": "Developer"}
        for name, values in flt.facets.items():
            for value in values:
                self._chip(f"{labels.get(name, name)}: {facet_label(name, value or None)}", "facet", name, value)
        for tag in flt.tags_include:
            self._chip(f"tag: {tag}", "tag", "include", tag)
        for tag in flt.tags_exclude:
            self._chip(f"not tag: {tag}", "tag", "exclude", tag)
        if flt.text.strip():
            self._chip(f"name contains “{flt.text.strip()}”", "text", "", "")
        if flt.uuids is not None:  # e.g. the models behind a chart point
            count = len(flt.uuids)
            self._chip(f"{count} chosen entr{'y' if count == 1 else 'ies'}", "uuids", "", "")
        if self.chips:
            clear = QToolButton(self)
            clear.setText("Clear all")
            clear.setAutoRaise(True)
            clear.clicked.connect(self.cleared.emit)
            self._layout.addWidget(clear)
            self.chips.append(clear)
        self.query_label.setText(filter_as_query(flt))
        self.query_label.setToolTip(f"The same filter in the search language:\n{filter_as_query(flt)}")
        self._layout.addWidget(self.query_label, 1)
        self.setVisible(bool(self.chips))

    def _chip(self, text: str, kind: str, name: str, value: str) -> None:
        chip = QToolButton(self)
        chip.setText(f"{text}  ✕")
        chip.setToolTip("Remove this filter")
        chip.setAccessibleName(f"Remove filter {text}")
        chip.setStyleSheet("QToolButton { border: 1px solid palette(mid); border-radius: 9px; padding: 1px 8px; }")
        chip.clicked.connect(lambda: self.removed.emit(kind, name, value))
        self._layout.addWidget(chip)
        self.chips.append(chip)
