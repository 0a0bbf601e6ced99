"""File ▸ Team Hub…: the hub's address, a connection test, and when to sync (the address is kept without a password)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from db.hub import HubStatus
    from desktop.settings import Preferences
    from desktop.workers import JobRunner

TEST_KEY = "hub-test"


class HubDialog(QDialog):
    """Edits the hub settings; `address` is what the user typed (a password in it serves this run only)."""

    def __init__(self, prefs: Preferences, runner: JobRunner, address: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prefs = prefs
        self.runner = runner
        self.status: HubStatus | None = None
        self.setWindowTitle(self.tr("Team Hub"))
        self.setMinimumWidth(620)
        self.address_field = QLineEdit(address or prefs.hub_address, self)
        self.address_field.setObjectName("hubAddress")
        self.address_field.setAccessibleName(self.tr("Hub address"))
        self.address_field.setPlaceholderText(self.tr("postgresql://USER@HOST/DATABASE, a connection string or a "
                                                      "service name"))
        self.address_field.textChanged.connect(self._address_edited)
        self.test_button = QPushButton(self.tr("&Test Connection"), self)
        self.test_button.setObjectName("hubTest")
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("hubResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setAccessibleName(self.tr("Connection test result"))
        self.result_label.hide()  # until there is something to say
        note = QLabel(self.tr("Passwords are read from ~/.pgpass (or the file PGPASSFILE names), as every PostgreSQL "
                              "tool does; Model Atlas remembers the address without a password."), self)
        note.setWordWrap(True)
        self.on_start = QCheckBox(self.tr("Sync when Model Atlas &starts"), self)
        self.on_start.setObjectName("hubOnStart")
        self.on_start.setChecked(prefs.hub_sync_on_start)
        self.every = QCheckBox(self.tr("Sync &every"), self)
        self.every.setObjectName("hubEvery")
        self.every.setChecked(prefs.hub_sync_minutes > 0)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("hubMinutes")
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setValue(prefs.hub_sync_minutes or 15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes between syncs"))
        self.minutes.setEnabled(self.every.isChecked())
        self.every.toggled.connect(self.minutes.setEnabled)
        test_row = QHBoxLayout()
        test_row.addWidget(self.address_field, 1)
        test_row.addWidget(self.test_button)
        every_row = QHBoxLayout()
        every_row.addWidget(self.every)
        every_row.addWidget(self.minutes)
        every_row.addStretch(1)
        form = QFormLayout()
        address_label = QLabel(self.tr("Hub &address:"), self)
        address_label.setBuddy(self.address_field)
        form.addRow(address_label, test_row)
        form.addRow("", self.result_label)
        form.addRow("", note)
        form.addRow("", self.on_start)
        form.addRow("", every_row)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.finished.connect(lambda _result: self.runner.supersede(TEST_KEY))  # a late answer finds no dialog

    def address(self) -> str:
        return self.address_field.text().strip()

    def test_connection(self) -> None:
        """Ask the hub for its status in a worker: who this login is there, the hub's version and what it holds."""
        from db.hub import hub_status

        address = self.address()
        self.status = None
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting…"))
        self.result_label.show()
        self.runner.start(lambda _progress, _cancelled: hub_status(address), key=TEST_KEY,
                          on_done=self._tested, on_failed=self._test_failed, on_cancelled=self._test_ended,
                          name="hub status")

    def _tested(self, status: HubStatus) -> None:
        self.status = status
        self.test_button.setEnabled(True)
        entries = sum(status.counts.values())
        self.result_label.setText(self.tr("Connected to {hub} as {login} ({role}); hub version {version}, {entries} "
                                    "entries, {atlases} atlases, {pushes} pushes").format(
            hub=status.address, login=status.login, role=role_name(status.role), version=status.hub_version,
            entries=entries, atlases=status.atlases, pushes=status.pushes))

    def _test_failed(self, message: str) -> None:
        self.test_button.setEnabled(True)
        self.result_label.setText(message)

    def _test_ended(self) -> None:
        self.test_button.setEnabled(True)

    def _address_edited(self, _text: str) -> None:
        self.status = None
        self.result_label.clear()
        self.result_label.hide()

    def save(self) -> None:
        """Remember the address (never a password), and when to sync."""
        self.prefs.hub_address = self.address()
        self.prefs.hub_sync_on_start = self.on_start.isChecked()
        self.prefs.hub_sync_minutes = self.minutes.value() if self.every.isChecked() else 0
        self.prefs.sync()
        self.accept()


def role_name(role: str) -> str:
    """A hub role in the user's language."""
    from desktop.i18n import translate

    names: dict[str, Any] = {
        "owner": translate("hub_dialog", "owner"), "editor": translate("hub_dialog", "editor"),
        "viewer": translate("hub_dialog", "viewer"), "none": translate("hub_dialog", "no role: ask an owner"),
    }
    return str(names.get(role, role))
