"""Undoable operations on the store: every edit, create, delete and tag change goes on the QUndoStack."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from desktop.i18n import translate

if TYPE_CHECKING:
    from db.store import Store


class EditEntry(QUndoCommand):
    """Change fields of one entry; the change is made before the command is pushed (so validation errors
    reach the form), and `redo` repeats it only after an undo."""

    def __init__(self, store: Store, uuid: str, before: dict[str, Any], after: dict[str, Any], label: str) -> None:
        super().__init__(translate("commands", "Edit {entry}").format(entry=label))
        self.store, self.uuid = store, uuid
        changed = {k for k in after if before.get(k) != after.get(k)}
        self.before = {k: before.get(k) for k in changed}
        self.after = {k: after[k] for k in changed}
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.store.update(self.uuid, self.after)

    def undo(self) -> None:
        self.store.update(self.uuid, self.before)


class CreateEntry(QUndoCommand):
    def __init__(self, store: Store, uuid: str, label: str) -> None:
        super().__init__(translate("commands", "Create {entry}").format(entry=label))
        self.store, self.uuid = store, uuid
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.store.restore(self.uuid)

    def undo(self) -> None:
        self.store.delete(self.uuid)


class DeleteEntries(QUndoCommand):
    def __init__(self, store: Store, uuids: Sequence[str], label: str) -> None:
        super().__init__(translate("commands", "Delete {entry}").format(entry=label))
        self.store, self.uuids = store, list(uuids)

    def redo(self) -> None:
        for uuid in self.uuids:
            self.store.delete(uuid)

    def undo(self) -> None:
        for uuid in self.uuids:
            self.store.restore(uuid)


class ChangeTags(QUndoCommand):
    """Add or remove tags on several entries at once; undo touches only the links this command changed."""

    def __init__(self, store: Store, uuids: Sequence[str], names: Sequence[str], *, add: bool) -> None:
        count = len(uuids)
        text = (translate("commands", "Tag %n entry(s) with {tags}", "", count) if add
                else translate("commands", "Untag %n entry(s) with {tags}", "", count))
        super().__init__(text.format(tags=", ".join(names)))
        self.store, self.names, self.add = store, list(names), add
        wanted = {n.lower() for n in names}
        self.changed: list[tuple[str, str]] = []  # (uuid, tag name) pairs that this command flips
        for uuid in uuids:
            current = {t.name.lower() for t in store.get(uuid).tags}
            for name in names:
                present = name.lower() in current
                if present != add and name.lower() in wanted:
                    self.changed.append((uuid, name))

    def _apply(self, add: bool) -> None:
        by_name: dict[str, list[str]] = {}
        for uuid, name in self.changed:
            by_name.setdefault(name, []).append(uuid)
        for name, uuids in by_name.items():
            if add:
                self.store.tag(uuids, [name])
            else:
                self.store.untag(uuids, [name])

    def redo(self) -> None:
        self._apply(self.add)

    def undo(self) -> None:
        self._apply(not self.add)
