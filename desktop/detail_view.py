"""The detail pane: an inert HTML view of one entry whose links navigate inside the app, with history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextOption
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from db.errors import NotFoundError
from db.inert import web_link
from desktop.detail_html import ENTRY_SCHEME, detail_html
from desktop.i18n import translate
from desktop.theme import is_dark

if TYPE_CHECKING:
    from db.store import Store  # the ORM loads after the window's first paint

EXTERNAL_SCHEMES = {"http", "https"}


class DetailView(QTextBrowser):
    """Shows one entry; `atlas://entry/UUID` links navigate, web links open in the browser only when clicked."""

    entryShown = Signal(str)
    historyChanged = Signal(bool, bool)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_link)
        self._back: list[str] = []
        self._forward: list[str] = []
        self.current: str | None = None
        self.last_detail: dict[str, Any] | None = None
        self.say_waiting(None)
        # Break lines between words only: a narrow pane scrolls sideways rather than cut "Mistral" into "Mist/ral".
        self.setWordWrapMode(QTextOption.WrapMode.WordWrap)

    def say_waiting(self, text: str | None) -> None:
        """What the empty pane says: `text` while the entry chosen waits (a search can answer before the atlas is
        open), or, with None, how to show one."""
        self.setPlaceholderText(text if text is not None
                                else translate("detail_view", "Select an entry to see everything about it."))

    def minimumSizeHint(self) -> QSize:
        """Wide enough for a title word and a badge; the main window's splitter may still collapse the pane."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), 220), hint.height())

    def loadResource(self, _type: int, _name: QUrl | str) -> Any:
        """Nothing is ever fetched: no remote images, no local files, whatever a note contains."""
        return None

    def show_entry(self, uuid: str | None, *, record: bool = True) -> None:
        if uuid == self.current and uuid is not None:
            self.refresh()
            return
        if record and self.current is not None and uuid is not None:
            self._back.append(self.current)
            self._forward.clear()
        self.current = uuid
        self.refresh()
        self.verticalScrollBar().setValue(0)  # another entry opens at its top, not where the last one was left
        self.horizontalScrollBar().setValue(0)
        self.historyChanged.emit(bool(self._back), bool(self._forward))
        if uuid:
            self.entryShown.emit(uuid)

    def refresh(self) -> None:
        if self.current is None:
            self.clear()
            self.last_detail = None
            return
        from db.detail import entry_detail  # loaded with the first entry shown, not at startup

        try:
            detail = entry_detail(self.store, self.current)
        except NotFoundError:
            self.setHtml("<p><i>" + translate("detail_view", "This entry was deleted.") + "</i></p>")
            self.last_detail = None
            return
        self.last_detail = detail
        scroll = self.verticalScrollBar().value()
        self.setHtml(detail_html(detail, is_dark()))
        self.verticalScrollBar().setValue(scroll)  # the same entry, changed: stay where the reader was

    def go_back(self) -> None:
        if self._back:
            if self.current:
                self._forward.append(self.current)
            self.show_entry(self._back.pop(), record=False)

    def go_forward(self) -> None:
        if self._forward:
            if self.current:
                self._back.append(self.current)
            self.show_entry(self._forward.pop(), record=False)

    def _on_link(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == ENTRY_SCHEME and url.host() == "entry":
            self.show_entry(url.path().strip("/"))
        elif scheme in EXTERNAL_SCHEMES and web_link(url.toString()) and self.confirm_open(url):
            QDesktopServices.openUrl(url)  # an explicit click on a web link, confirmed: hand it to the browser
        # anything else (file:, javascript:, mailto:, relative) is ignored on purpose

    def confirm_open(self, url: QUrl) -> bool:
        """Show the whole address before it leaves the app: a link's text (or a merged file) may say otherwise."""
        address = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)  # punycode host: no look-alikes
        box = QMessageBox(QMessageBox.Icon.Question, translate("detail_view", "Open in your browser?"),
                          translate("detail_view", "Open this address in your web browser?") + f"\n\n{address}",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("detail_view", "Open"))
        box.button(QMessageBox.StandardButton.No).setText(translate("detail_view", "Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
