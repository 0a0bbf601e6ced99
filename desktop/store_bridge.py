"""Store listeners may run in worker threads; the bridge names what changed there and hands it to the GUI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from db.store import ChangeSet, Store


class StoreBridge(QObject):
    """Subscribed to a store: each committed write arrives on `changed` as a db.browse.StoreChange."""

    changed = Signal(object)

    def __init__(self, store: Store, parent: QObject) -> None:
        super().__init__(parent)
        self.store = store

    def __call__(self, change: ChangeSet) -> None:
        from db.browse import describe_change  # loaded with the atlas, never before the window's first paint

        self.changed.emit(describe_change(self.store, change))
