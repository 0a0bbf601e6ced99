"""Run long or disk-bound work off the GUI thread; results come back by signal, never by touching widgets."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db.errors import AtlasError

JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """One unit of background work: `function(progress, is_cancelled)`; its outcome arrives by signal."""

    def __init__(self, function: JobFunction, name: str = "") -> None:
        super().__init__()
        self.function = function
        self.name = name
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the owner keeps it until its signals have been delivered

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.function(self.signals.progress.emit, self._cancel.is_set)
        except AtlasError as error:
            self.signals.failed.emit(str(error))
            return
        except Exception as error:
            traceback.print_exc()
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
            return
        if self._cancel.is_set():
            self.signals.cancelled.emit()
        else:
            self.signals.finished.emit(result)


class JobRunner(QObject):
    """Keeps running jobs alive and starts them on a private pool (so queries never queue behind a rebuild)."""

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()

    def start(self, function: JobFunction, *, on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[str], None] | None = None, on_progress: Callable[[int, int], None] | None = None,
              name: str = "") -> Job:
        job = Job(function, name)
        self._jobs.add(job)
        if on_done is not None:
            job.signals.finished.connect(on_done)
        if on_failed is not None:
            job.signals.failed.connect(on_failed)
        if on_progress is not None:
            job.signals.progress.connect(on_progress)
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            signal.connect(lambda *_: self._jobs.discard(job))
        self.pool.start(job)
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()
