"""Run long or disk-bound work off the GUI thread; results come back by signal, never by touching widgets."""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from db.errors import AtlasError

JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    """Signals carry no Python payload: the result waits on the job (no copy through the event queue), and
    `finished` only says it is ready."""

    progress = Signal(int, int)
    finished = Signal()
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """One unit of background work: `function(progress, is_cancelled)`; its outcome arrives by signal."""

    def __init__(self, function: JobFunction, name: str = "") -> None:
        super().__init__()
        self.function = function
        self.name = name
        self.signals = JobSignals()
        self.result: Any = None
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the owner keeps it until its signals have been delivered

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.function(self._progress, self._cancel.is_set)
        except AtlasError as error:
            self._emit(self.signals.failed, str(error))
            return
        except Exception as error:  # a worker must report, not die silently
            traceback.print_exc()
            self._emit(self.signals.failed, f"{type(error).__name__}: {error}")
            return
        if self._cancel.is_set():
            self._emit(self.signals.cancelled)
        else:
            self.result = result
            self._emit(self.signals.finished)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self.signals.progress, int(done), int(total))

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the listening window is gone (the app is closing)
            signal.emit(*args)


class JobRunner(QObject):
    """Keeps running jobs alive and starts them on a private pool (so queries never queue behind a rebuild)."""

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()
        self._closed = False  # after shutdown, late results are dropped: their widgets may be gone

    def start(self, function: JobFunction, *, on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[str], None] | None = None, on_progress: Callable[[int, int], None] | None = None,
              name: str = "") -> Job:
        job = Job(function, name)
        self._jobs.add(job)
        if on_done is not None:
            job.signals.finished.connect(lambda: None if self._closed else on_done(job.result))
        if on_failed is not None:
            job.signals.failed.connect(lambda message: None if self._closed else on_failed(message))
        if on_progress is not None:
            job.signals.progress.connect(lambda done, total: None if self._closed else on_progress(done, total))
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            # Release the job only after this emission has reached every slot: dropping the last reference
            # inside one of its own signals would delete the sender mid-delivery.
            signal.connect(lambda *_: QTimer.singleShot(0, lambda: self._jobs.discard(job)))
        self.pool.start(job)
        return job

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> None:
        """Stop delivering results, ask running jobs to stop, and wait for them."""
        self._closed = True
        self.cancel_all()
        self.wait(msecs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()
