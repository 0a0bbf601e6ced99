"""Search results: ranked hits with kind, title and highlighted snippet, facet counts and "did you mean"."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from db.fields import KIND_LABELS
from desktop.i18n import local_decimal, translate, vocab

Index = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_MARK = {"model": "◆", "organization": "▣", "license": "§", "policy_note": "⚖", "note": "✎",
             "evaluation": "★", "source": "↗", "tag": "#", "saved_search": "⌕"}


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Any] = []

    def set_hits(self, hits: list[Any]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == UUID_ROLE:
            return hit.uuid
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("search_panel", "{kind} · score {score}").format(
                kind=vocab(KIND_LABELS.get(hit.kind, (hit.kind,))[0]), score=local_decimal(hit.score, 2))
        if role == HTML_ROLE:
            kind = vocab(KIND_LABELS.get(hit.kind, (hit.kind,))[0])
            mark = KIND_MARK.get(hit.kind, "•")
            snippet = hit.snippet_html() if hasattr(hit, "snippet_html") else html.escape(hit.snippet)
            return (f"<b>{mark} {html.escape(hit.title)}</b> <small>· {html.escape(kind)}</small>"
                    f"<br><small>{snippet}</small>")
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML (title and highlighted snippet) with the view's palette."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or "")
        document.setTextWidth(max(option.rect.width() - 8, 100))
        return document

    def paint(self, painter: Any, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else QApplication.style()
        text = option.text
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        option.text = text
        document = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 4, option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


class SearchPanel(QWidget):
    """Results list with a summary line (count, facets, suggestion, what the parser ignored)."""

    entryActivated = Signal(str)
    suggestionClicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.early_answer: str | None = None
        """The query answered by the quick reader before the search service was open (not run again then)."""
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self._on_summary_link)
        self.model = SearchResultsModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(translate("search_panel", "Search results"))
        self.view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)  # tag or compare several hits
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.view.activated.connect(lambda index: self.entryActivated.emit(index.data(UUID_ROLE)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.entryActivated.emit(current.data(UUID_ROLE))

    def _on_summary_link(self, link: str) -> None:
        if link.startswith("suggest:"):
            self.suggestionClicked.emit(link.removeprefix("suggest:"))

    def show_result(self, result: Any, query: str, *, early: bool = False) -> None:
        """Show `result`; `early` when the quick reader answered before the search service was open."""
        self.early_answer = query.strip() if early else None
        self.model.set_hits(result.hits)
        total = result.total
        parts = [translate("search_panel", "<b>%n</b> result(s) for <i>{query}</i>", "", total).format(
            query=html.escape(query))]
        kinds = result.facets.get("kind") or []
        if kinds:
            parts.append(" · ".join(f"{html.escape(vocab(KIND_LABELS.get(k, (k, k))[1]))} {n}" for k, n in kinds))
        if result.suggestion:
            link = f'<a href="suggest:{html.escape(result.suggestion)}">{html.escape(result.suggestion)}</a>'
            parts.append(translate("search_panel", "Did you mean {suggestion}?").format(suggestion=link))
        if result.ignored:
            ignored = html.escape("; ".join(result.ignored))
            parts.append(translate("search_panel", "Ignored: {terms}").format(terms=ignored))
        if getattr(result, "catching_up", False):
            pending = result.pending
            parts.append(translate("search_panel", "Catching up: %n changed entry(s) not in the search index yet; "
                                   "these results may miss them.", "", pending))
        self.summary.setText("<br>".join(parts))
        if result.hits:
            self.view.setCurrentIndex(self.model.index(0, 0))

    def current_uuid(self) -> str | None:
        """The hit made current (its detail is the one shown), if any."""
        current = self.view.currentIndex()
        return current.data(UUID_ROLE) if current.isValid() else None

    def show_message(self, text: str) -> None:
        self.early_answer = None
        self.model.set_hits([])
        self.summary.setText(html.escape(text))
