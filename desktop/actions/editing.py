"""Editing, all undoable: undo and redo, new entries of every kind, edit the current entry, delete the selection,
and the preferences."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from db.fields import KIND_LABELS
from desktop.actions.spec import ActionSpec, can_redo, can_undo, has_current, has_selection
from desktop.commands import CreateEntry, DeleteEntries, EditEntry
from desktop.i18n import translate, vocab_noun

if TYPE_CHECKING:
    from desktop.editor import EntryDialog
    from desktop.main_window import MainWindow
    from desktop.preferences import PreferencesDialog

EDITABLE_KINDS = ("model", "organization", "license", "policy_note", "note", "evaluation", "source")
NEW_SHORTCUTS: dict[str, tuple[str | QKeySequence.StandardKey, ...]] = {
    "model": (QKeySequence.StandardKey.New,), "note": ("Ctrl+Shift+N",)}


def create(window: MainWindow, values: dict[str, Any], kind: str) -> str:
    """Create an entry as one undoable step; returns its UUID."""
    entry = window.store.create(kind, values)
    window.undo_stack.push(CreateEntry(window.store, entry.uuid, entry.name))
    return entry.uuid


def new_entry(window: MainWindow, kind: str, preset: dict[str, Any] | None = None) -> EntryDialog:
    """The form for a new entry; a note or an evaluation is about the current entry unless told otherwise."""
    from desktop.editor import EntryDialog

    values = dict(preset or {})
    current = window.targets.current()
    if kind == "evaluation":
        values.setdefault("evaluator", window.prefs.author)
        values.setdefault("eval_date", date.today())
    if kind in ("evaluation", "note") and current and "target" not in values:
        values["target"] = current

    def submit(form_values: dict[str, Any]) -> None:
        uuid = create(window, form_values, kind)
        window.select_entry(uuid)

    noun = vocab_noun(KIND_LABELS[kind][0])
    dialog = EntryDialog(window.store, kind, submit, values=values, rubric=window.prefs.rubric,
                         title=translate("actions.editing", "New {kind}").format(kind=noun), parent=window)
    dialog.open()
    return dialog


def edit_current(window: MainWindow) -> EntryDialog | None:
    """Edit the entry the detail pane shows (not the first of the selection)."""
    from desktop.editor import EntryDialog

    uuid = window.targets.current()
    if uuid is None:
        return None
    store = window.store
    entry = store.get(uuid)
    before = store.values_of(uuid)

    def submit(values: dict[str, Any]) -> None:
        # The store converts the form's text and leaves unchanged values alone; the stored values before and
        # after tell what the edit changed (and whether there is anything to undo).
        store.update(uuid, values)
        after = store.values_of(uuid)
        if after != before:
            window.undo_stack.push(EditEntry(store, uuid, before, after, entry.name))

    dialog = EntryDialog(store, entry.kind, submit, values=before, rubric=window.prefs.rubric,
                         title=translate("actions.editing", "Edit {kind}").format(
                             kind=vocab_noun(KIND_LABELS[entry.kind][0])), parent=window)
    dialog.open()
    return dialog


def delete_selection(window: MainWindow, *, confirm: bool = True) -> bool:
    uuids = window.targets.selection()
    if not uuids:
        return False
    names = [window.store.get(u).name for u in uuids]
    many = len(names)
    label = names[0] if many == 1 else translate("actions.editing", "%n entry(s)", "", many)
    if confirm:
        answer = QMessageBox.question(window,
                                      translate("actions.editing", "Delete"),
                                      translate("actions.editing", "Delete {entries}? You can undo this with Ctrl+Z.")
                                      .format(entries=label))
        if answer != QMessageBox.StandardButton.Yes:
            return False
    window.undo_stack.push(DeleteEntries(window.store, uuids, label))
    return True


def show_preferences(window: MainWindow) -> PreferencesDialog:
    from desktop.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.prefs, window)
    dialog.accepted.connect(window.apply_preferences)
    from desktop.actions.view import refresh_sidebar

    dialog.accepted.connect(lambda: refresh_sidebar(window))  # its "Not verified in N days" follows the preference
    dialog.open()
    return dialog


def fill_new_menu(window: MainWindow, menu: QMenu) -> None:
    for kind in EDITABLE_KINDS:
        menu.addAction(window.registry[f"new.{kind}"])


def install(window: MainWindow) -> None:
    """Undo and Redo name the step they would take back or do again."""
    undo, redo = window.registry["editing.undo"], window.registry["editing.redo"]
    stack = window.undo_stack
    stack.undoTextChanged.connect(lambda text: undo.setText(f"&Undo {text}".rstrip()))
    stack.redoTextChanged.connect(lambda text: redo.setText(f"&Redo {text}".rstrip()))
    stack.indexChanged.connect(lambda _index: window.registry.update_enabled())


def _new_action(kind: str) -> ActionSpec:
    label = KIND_LABELS[kind][0]
    return ActionSpec(f"new.{kind}", f"New {label}…", lambda w: new_entry(w, kind),
                      shortcuts=NEW_SHORTCUTS.get(kind, ()), tip=f"Create a new {label.lower()}")


ACTIONS = [
    ActionSpec("editing.undo", "&Undo", lambda w: w.undo_stack.undo(), menu="Edit", group=10,
               shortcuts=(QKeySequence.StandardKey.Undo,), icon="undo", enabled=can_undo),
    ActionSpec("editing.redo", "&Redo", lambda w: w.undo_stack.redo(), menu="Edit", group=10,
               shortcuts=(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"), icon="redo", enabled=can_redo),
    ActionSpec("editing.new", "&New", menu="Edit", group=20, toolbar=20, icon="new", fill=fill_new_menu,
               tip="Create an entry"),
    *(_new_action(kind) for kind in EDITABLE_KINDS),
    ActionSpec("editing.edit", "&Edit…", edit_current, menu="Edit", group=20, toolbar=21, shortcuts=("Ctrl+E",),
               icon="edit", tip="Edit the entry shown in the detail pane", enabled=has_current, in_list_menu=True),
    ActionSpec("editing.delete", "&Delete", lambda w: delete_selection(w), menu="Edit", group=20, toolbar=22,
               shortcuts=(QKeySequence.StandardKey.Delete,), icon="delete",
               tip="Delete the selected entries (undoable)", enabled=has_selection, in_list_menu=True),
    ActionSpec("editing.preferences", "&Preferences…", show_preferences, menu="Edit", group=90,
               shortcuts=("Ctrl+,",), icon="preferences", needs_store=False),
]
