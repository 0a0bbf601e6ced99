"""Undoable tag housekeeping for the QUndoStack: create, rename, recolor, merge and delete tags (db.tags works)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from db.store import Store
from db.tags import (
    MergeResult,
    create_tag,
    delete_tag,
    merge_tags,
    recolor_tag,
    rename_tag,
    restore_tag,
    unmerge_tags,
)
from desktop.i18n import translate


class _DoneFirst(QUndoCommand):
    """The change is made when the command is built, so that errors reach the caller before anything is pushed
    (QUndoStack.push would swallow an exception raised in redo); the first `redo` from push does nothing."""

    def __init__(self) -> None:
        super().__init__("")
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError


class CreateTag(_DoneFirst):
    """A new, empty tag; undo deletes it (a tombstone) and redo brings that same tag back."""

    def __init__(self, store: Store, name: str, color: str) -> None:
        super().__init__()
        self.store = store
        self.uuid = create_tag(store, name, color)
        self.name = store.get(self.uuid).name
        self.setText(translate("tag_commands", "Create tag {tag}").format(tag=self.name))

    def apply(self) -> None:
        restore_tag(self.store, self.uuid)

    def undo(self) -> None:
        delete_tag(self.store, self.uuid)


class RenameTag(_DoneFirst):
    def __init__(self, store: Store, uuid: str, new_name: str) -> None:
        super().__init__()
        self.store, self.uuid = store, uuid
        self.old = rename_tag(store, uuid, new_name)
        self.new = store.get(uuid).name
        self.setText(translate("tag_commands", "Rename tag {old} to {new}").format(old=self.old, new=self.new))

    def apply(self) -> None:
        rename_tag(self.store, self.uuid, self.new)

    def undo(self) -> None:
        rename_tag(self.store, self.uuid, self.old)


class RecolorTag(_DoneFirst):
    def __init__(self, store: Store, uuid: str, color: str) -> None:
        super().__init__()
        self.store, self.uuid, self.new = store, uuid, color
        self.old = recolor_tag(store, uuid, color)
        self.setText(translate("tag_commands", "Recolor tag {tag}").format(tag=store.get(uuid).name))

    def apply(self) -> None:
        recolor_tag(self.store, self.uuid, self.new)

    def undo(self) -> None:
        recolor_tag(self.store, self.uuid, self.old)


class MergeTags(_DoneFirst):
    """Merge one or more tags into a target tag; undo brings each back with exactly the links it had."""

    def __init__(self, store: Store, sources: Sequence[str], target: str) -> None:
        super().__init__()
        self.store, self.sources, self.target = store, [s for s in sources if s != target], target
        names = ", ".join(store.get(uuid).name for uuid in self.sources)
        target_name = store.get(target).name
        self.results: list[MergeResult] = []
        self._merge()
        self.setText(translate("tag_commands", "Merge tag {tags} into {target}").format(tags=names, target=target_name))

    def _merge(self) -> None:
        self.results = []
        try:
            for uuid in self.sources:
                self.results.append(merge_tags(self.store, uuid, self.target))
        except Exception:
            self.undo()  # leave nothing half done
            raise

    def apply(self) -> None:
        self._merge()

    def undo(self) -> None:
        for result in reversed(self.results):
            unmerge_tags(self.store, result)
        self.results = []


class DeleteTags(_DoneFirst):
    def __init__(self, store: Store, uuids: Sequence[str]) -> None:
        super().__init__()
        self.store, self.uuids = store, list(uuids)
        names = [store.get(uuid).name for uuid in self.uuids]
        self.apply()
        self.setText(translate("tag_commands", "Delete tag {tags}").format(tags=", ".join(names)))

    def apply(self) -> None:
        done: list[str] = []
        try:
            for uuid in self.uuids:
                delete_tag(self.store, uuid)
                done.append(uuid)
        except Exception:
            for uuid in reversed(done):  # leave nothing half done
                restore_tag(self.store, uuid)
            raise

    def undo(self) -> None:
        for uuid in reversed(self.uuids):
            restore_tag(self.store, uuid)
