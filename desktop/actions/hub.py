"""The team hub: File ▸ Team Hub… and Sync Now, automatic syncs, and the status bar's last sync and pending changes."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout

from desktop.actions.spec import ActionSpec
from desktop.i18n import translate

if TYPE_CHECKING:
    from db.hub import LocalSyncState, PushedVersion, SyncReport
    from desktop.history_view import HistoryView
    from desktop.main_window import MainWindow
    from desktop.workers import Job

SYNC_KEY = "hub-sync"
PUSHES_KEY = "hub-pushes"
STATE_KEY = "hub-state"
PUSHES_SHOWN = 5  # the newest pushes about an entry, under its History
STAGES = ("connecting", "pulling", "merging", "comparing", "pushing", "done")
STAGE_STEPS = 1000  # each stage fills an equal part of the status bar's bar
STATE_DELAY_MS = 500  # pending changes are counted again this long after the last edit


class HubSync(QObject):
    """One per window: the address in use this run, the timer of automatic syncs, the status bar's hub label."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("hubSync")
        self.window = window
        self.started_once = False  # sync on start: once per run, not again for each atlas opened
        self.address = window.prefs.hub_address  # this run's address (it may hold a password typed in the dialog)
        self.job: Job | None = None
        self.last_report: SyncReport | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.start(quiet=True))
        self.recount = QTimer(self)
        self.recount.setSingleShot(True)
        self.recount.setInterval(STATE_DELAY_MS)
        self.recount.timeout.connect(self.show_state)
        self.label = QLabel(window)
        self.label.setObjectName("hubState")
        self.label.setAccessibleName(translate("actions.hub", "Team hub"))
        window.statusBar().addPermanentWidget(self.label)
        self.apply_preferences()

    def apply_preferences(self) -> None:
        minutes = self.window.prefs.hub_sync_minutes
        if self.address and minutes > 0:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()
        self.show_state()

    def running(self) -> bool:
        """A sync started here has not reported yet (its outcome clears `job` before the actions are re-enabled)."""
        return self.job is not None

    def start(self, *, quiet: bool = False) -> Job | None:
        """Sync in a worker (skipped while one runs); `quiet` (automatic syncs) reports in the status bar only."""
        window = self.window
        if window.store is None or not self.address or self.running():
            return None
        from db.hub import sync

        store, address = window.store, self.address

        def work(progress: Any, cancelled: Any) -> SyncReport:
            def staged(stage: str, done: int, total: int) -> None:
                index = STAGES.index(stage) if stage in STAGES else 0
                part = min(done, total) * STAGE_STEPS // total if total > 0 else 0
                progress(index * STAGE_STEPS + part, len(STAGES) * STAGE_STEPS)

            return sync(store, address, progress=staged, cancelled=cancelled)

        job = window.runner.start(work, key=SYNC_KEY, name="hub sync",
                                  on_done=lambda report: self._synced(report, quiet),
                                  on_failed=lambda message: self._failed(message, quiet),
                                  on_cancelled=self._cancelled)
        self.job = job
        window.job_status.track(job, translate("actions.hub", "Syncing with the team hub…"))
        window.registry.update_enabled()
        return job

    def _synced(self, report: SyncReport, quiet: bool) -> None:
        self.job = None
        self.last_report = report
        pushed, pulled = sum(report.pushed.values()), sum(report.pulled.values())
        conflicts = report.conflicts
        sent = translate("actions.hub", "%n row(s) sent", "", pushed)
        received = translate("actions.hub", "%n row(s) received", "", pulled)
        text = translate("actions.hub", "Synced: {sent}, {received}, {conflicts}").format(
            sent=sent, received=received, conflicts=translate("actions.hub", "%n conflict(s)", "", conflicts))
        self.window.statusBar().showMessage(text, 15_000)
        self.show_state()
        self.window.registry.update_enabled()
        if conflicts and not quiet:
            question = translate("actions.hub", "%n entry change(s) from the hub conflict with changes made here. "
                                 "Open Conflicts to choose which to keep?", "", conflicts)
            answer = QMessageBox.question(self.window, translate("actions.hub", "Sync conflicts"), question)
            if answer == QMessageBox.StandardButton.Yes:
                from desktop.actions.exchange import conflicts_dialog

                conflicts_dialog(self.window)

    def _failed(self, message: str, quiet: bool) -> None:
        self.job = None
        self.window.registry.update_enabled()
        text = translate("actions.hub", "Sync failed: {reason}").format(reason=message)
        self.window.statusBar().showMessage(text, 30_000)
        if not quiet:
            QMessageBox.warning(self.window, translate("actions.hub", "Sync failed"),
                                translate("actions.hub", "{reason}\n\nNothing was changed in this atlas.").format(
                                    reason=message[:1].upper() + message[1:]))

    def _cancelled(self) -> None:
        self.job = None
        self.window.registry.update_enabled()
        self.window.statusBar().showMessage(
            translate("actions.hub", "Sync cancelled; nothing was changed here or on the hub"), 15_000)

    def show_state(self) -> None:
        """The last sync and the changes made here since, for the hub this atlas synced with last (counted in a
        worker: the count reads every synced table)."""
        window = self.window
        if not self.address or window.store is None:
            self.label.hide()
            return
        from db.hub import local_sync_states

        store = window.store
        window.runner.start(lambda _progress, _cancelled: local_sync_states(store), key=STATE_KEY,
                            on_done=self._show_states, name="hub state")

    def _show_states(self, states: list[LocalSyncState]) -> None:
        synced = [s for s in states if s.synced_at]
        if not synced:
            self.label.setText(translate("actions.hub", "Hub: not synced yet"))
        else:
            from desktop.local_time import local_time

            latest = max(synced, key=lambda s: str(s.synced_at))
            pending = latest.pending
            to_send = translate("actions.hub", "%n change(s) to send", "", pending)
            self.label.setText(translate("actions.hub", "Hub: synced {when}, {pending}").format(
                when=local_time(latest.synced_at), pending=to_send))
        self.label.setToolTip(self.address_shown())
        self.label.show()

    def address_shown(self) -> str:
        from db.hub import display_address

        return display_address(self.address)


def show_pushes(window: MainWindow, view: HistoryView) -> None:
    """Under an entry's History: who pushed which of its versions to the team hub (asked in a worker each time the
    History shows an entry, while a hub is set)."""
    line = QLabel(view)
    line.setObjectName("hubPushes")
    line.setWordWrap(True)
    line.hide()
    layout = view.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(max(layout.count() - 1, 0), line)  # above the buttons

    def ask() -> None:
        address, uuid = hub_sync(window).address, view.uuid
        if not address or uuid is None:
            line.hide()
            return
        from db.hub import pushed_versions

        window.runner.start(lambda _progress, _cancelled: pushed_versions(address, uuid, PUSHES_SHOWN),
                            key=PUSHES_KEY, on_done=lambda pushes: tell(pushes), on_failed=failed, name="hub log")

    def tell(pushes: list[PushedVersion]) -> None:
        if not shiboken6.isValid(line):  # the History window went with the atlas it showed
            return
        if not pushes:
            line.setText(translate("actions.hub", "Team hub: nothing of this entry was pushed yet."))
        else:
            from desktop.local_time import local_time

            said = [translate("actions.hub", "version {version} of {table} by {who} ({when})").format(
                version=p.version, table=p.table, who=p.pushed_by, when=local_time(p.pushed_at))
                for p in pushes[:PUSHES_SHOWN]]
            line.setText(translate("actions.hub", "Pushed to the team hub, newest first: {pushes}").format(
                pushes="; ".join(said)))
        line.show()

    def failed(message: str) -> None:
        if not shiboken6.isValid(line):
            return
        line.setText(translate("actions.hub", "Team hub: {reason}").format(reason=message))
        line.show()

    view.versions.modelReset.connect(ask)


def hub_sync(window: MainWindow) -> HubSync:
    """The window's hub controller (made by `install`, kept across the atlases the window opens)."""
    found = window.findChild(HubSync, "hubSync")
    return found if found is not None else HubSync(window)


def team_hub_dialog(window: MainWindow) -> Any:
    """Where the hub is and when to sync; Save remembers it (without a password) and applies it at once."""
    from desktop.hub_dialog import HubDialog

    controller = hub_sync(window)
    shown = controller.address_shown()  # a password typed earlier this run is not shown again
    dialog = HubDialog(window.prefs, window.runner, shown, window)

    def saved() -> None:
        if dialog.address() != shown:  # unchanged: keep this run's address (with the password it may hold)
            controller.address = dialog.address()
        controller.apply_preferences()
        window.registry.update_enabled()

    dialog.accepted.connect(saved)
    dialog.open()
    return dialog


def sync_now(window: MainWindow) -> Any:
    """Sync with the team hub, or ask where it is first."""
    controller = hub_sync(window)
    if not controller.address:
        return team_hub_dialog(window)
    return controller.start()


def not_syncing(window: MainWindow) -> bool:
    return not hub_sync(window).running()


def install(window: MainWindow) -> None:
    hub_sync(window)  # the status bar's hub label and the timer, before the first atlas is attached
    window.storeAttached.connect(lambda: _attached(window))
    window.storeChanged.connect(lambda _change: _changed(window))


def _attached(window: MainWindow) -> None:
    """A newly opened atlas: its own hub state; the first one syncs at once when the user asked for that."""
    controller = hub_sync(window)
    controller.show_state()
    if window.prefs.hub_sync_on_start and not controller.started_once:
        controller.started_once = True
        QTimer.singleShot(0, controller, lambda: controller.start(quiet=True))


def _changed(window: MainWindow) -> None:
    controller = hub_sync(window)
    if controller.address:
        controller.recount.start()


ACTIONS = [
    ActionSpec("hub.settings", "Team &Hub…", team_hub_dialog, menu="File", group=22,
               tip="Connect this atlas to the team's PostgreSQL hub and choose when to sync"),
    ActionSpec("hub.sync", "S&ync Now", sync_now, menu="File", group=22, shortcuts=("Ctrl+Shift+Y",),
               tip="Send this atlas's changes to the team hub and receive the others'", enabled=not_syncing),
]
