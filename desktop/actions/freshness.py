"""Freshness: mark the entry shown verified (the whole entry, one license clause or a policy note's status) on a day,
against a source, as one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from db.errors import AtlasError, ValidationError
from desktop.actions.spec import ActionSpec, has_current
from desktop.i18n import translate, vocab
from desktop.theme import error_style

if TYPE_CHECKING:
    from db.store import Store
    from desktop.main_window import MainWindow

STATUS_MS = 6000
WHOLE_ENTRY = ""
POLICY_STATUS = "policy_status"


class MarkVerified(QUndoCommand):
    """A verified mark already written; undo puts the entry back as it was before it (a new version), redo marks
    it again."""

    def __init__(self, store: Store, uuid: str, made: int, mark: dict[str, object], label: str) -> None:
        super().__init__(translate("actions.freshness", "Mark {entry} Verified").format(entry=label))
        self.store, self.uuid, self.made, self.mark = store, uuid, made, mark
        self._done = True

    def redo(self) -> None:
        from db.freshness import mark_verified

        if self._done:
            self._done = False
            return
        mark_verified(self.store, self.uuid, **self.mark)  # type: ignore[arg-type]
        self.made = _latest_version(self.store, self.uuid)

    def undo(self) -> None:
        from db.history.entries import restore_version

        restore_version(self.store, self.uuid, self.made - 1)


def _latest_version(store: Store, uuid: str) -> int:
    from db.history.entries import entry_history

    return entry_history(store, uuid, names=False)[0].version


class VerifyDialog(QDialog):
    """What was checked, on which day (today unless said), against what; a refused value is said here and the
    dialog stays open with everything typed."""

    def __init__(self, window: MainWindow, uuid: str) -> None:
        super().__init__(window)
        from db.vocab import CLAUSE_LABELS

        self.window_ = window
        entry = window.store.get(uuid)
        self.uuid, self.name = uuid, entry.name
        self.setWindowTitle(translate("actions.freshness", "Mark Verified"))
        self.setAccessibleName(translate("actions.freshness", "Mark Verified"))
        heading = QLabel(translate("actions.freshness", "You checked “{entry}” against its sources.").format(
            entry=entry.name), self)
        heading.setWordWrap(True)
        self.what = QComboBox(self)
        self.what.setAccessibleName(translate("actions.freshness", "What you checked"))
        self.what.addItem(translate("actions.freshness", "The whole entry"), WHOLE_ENTRY)
        if entry.kind == "license":
            from db.freshness import clause_keys

            for key in clause_keys():
                self.what.addItem(translate("actions.freshness", "Clause: {clause}").format(
                    clause=vocab(CLAUSE_LABELS[key])), key)
        elif entry.kind == "policy_note":
            self.what.addItem(translate("actions.freshness", "Its status (proposed, adopted, in force…)"),
                              POLICY_STATUS)
        self.on = QDateEdit(QDate.currentDate(), self)
        self.on.setCalendarPopup(True)
        self.on.setDisplayFormat("yyyy-MM-dd")
        self.on.setMaximumDate(QDate.currentDate())  # a check cannot happen in the future
        self.on.setAccessibleName(translate("actions.freshness", "Checked on"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(translate("actions.freshness", "The page, document or URL you checked"))
        self.source.setAccessibleName(translate("actions.freshness", "Source"))
        self.error = QLabel("", self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(error_style(self.error.palette()))
        self.error.setAccessibleName(translate("actions.freshness", "Problem"))
        form = QFormLayout()
        form.addRow(translate("actions.freshness", "What"), self.what)
        form.addRow(translate("actions.freshness", "Checked on"), self.on)
        form.addRow(translate("actions.freshness", "Source"), self.source)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        parent=self)
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.source.setFocus()

    def mark(self) -> dict[str, object]:
        """The arguments of db.freshness.mark_verified that the dialog holds."""
        chosen = self.what.currentData()
        window = self.window_
        return {"by": window.prefs.author or window.store.author, "on": self.on.date().toPython(),
                "source": self.source.text(), "clause": chosen if chosen not in (WHOLE_ENTRY, POLICY_STATUS) else None,
                "policy_status": chosen == POLICY_STATUS}

    def try_accept(self) -> None:
        from db.freshness import mark_verified

        window = self.window_
        arguments = self.mark()
        try:
            done = mark_verified(window.store, self.uuid, **arguments)  # type: ignore[arg-type]
        except ValidationError as error:
            self.error.setText("\n".join(f"{field}: {message}" for field, message in error.problems.items()))
            return
        except AtlasError as error:
            self.error.setText(str(error))
            return
        window.undo_stack.push(MarkVerified(window.store, self.uuid, _latest_version(window.store, self.uuid),
                                            arguments, self.name))
        window.statusBar().showMessage(translate("actions.freshness", "Marked {entry} verified on {day} (Ctrl+Z "
                                                                      "undoes it).").format(
            entry=self.name, day=done.on.isoformat()), STATUS_MS)
        self.accept()


def mark_verified(window: MainWindow) -> VerifyDialog | None:
    """The Mark Verified dialog for the entry the detail pane shows."""
    uuid = window.targets.current()
    if uuid is None:
        return None
    dialog = VerifyDialog(window, uuid)
    dialog.open()
    return dialog


ACTIONS = [
    ActionSpec("freshness.verify", "Mark &Verified…", lambda w: mark_verified(w), menu="Edit", group=35,
               icon="evaluate", tip="Record that you checked the entry shown against its sources today",
               enabled=has_current, in_list_menu=True),
]
