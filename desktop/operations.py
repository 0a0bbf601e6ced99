"""Run a long operation (import, merge, export, reindex) in a worker with a progress dialog and Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.i18n import translate
from desktop.workers import JobFunction, JobRunner


class Operation(QObject):
    """One long job shown in a modal progress dialog; emits `done(result)`, `failed(message)` or `cancelled()`."""

    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, runner: JobRunner, parent: QWidget, title: str, function: JobFunction) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(title, translate("operations", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick jobs finish before a dialog would flash
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.job = runner.start(function, on_done=self._finish, on_failed=self._fail, on_progress=self._progress,
                                on_cancelled=self._cancelled, name=title)
        self.dialog.canceled.connect(self.job.cancel)  # this job only: list, search and index jobs go on

    def _progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.job.cancel)
        self.dialog.close()

    def _finish(self, result: Any) -> None:
        self._close()
        self.done.emit(result)

    def _fail(self, message: str) -> None:
        self._close()
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._close()
        self.cancelled.emit()


def run_operation(runner: JobRunner, parent: QWidget, title: str, function: JobFunction,
                  on_done: Callable[[Any], None], on_failed: Callable[[str], None] | None = None,
                  on_cancelled: Callable[[], None] | None = None) -> Operation:
    operation = Operation(runner, parent, title, function)
    operation.done.connect(on_done)
    if on_failed is not None:
        operation.failed.connect(on_failed)
    if on_cancelled is not None:
        operation.cancelled.connect(on_cancelled)
    return operation
