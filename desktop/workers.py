"""Run long or disk-bound work off the GUI thread; results come back by signal, never by touching widgets.

The contract: `runner.start(fn, key=...)` runs `fn(progress, cancelled)` on a worker thread (`progress` is a
db.jobs.Progress, `cancelled` a db.jobs.CancelToken). A job started with the key of a job still running replaces it:
the earlier one is asked to stop and its result is never delivered, so the latest request always wins. Cancel is
per job (`runner.cancel(key)`), and `idle` says when nothing is left to run or to deliver.
"""

from __future__ import annotations

import contextlib
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from db.errors import AtlasError
from db.jobs import CancelToken, JobCancelled, Progress

JobFunction = Callable[[Progress, CancelToken], Any]


def _spent(_progress: Progress, _cancelled: CancelToken) -> None:
    """A released job's function: it has run and never runs again."""


class JobSignals(QObject):
    """Signals carry no Python payload: the result waits on the job (no copy through the event queue), and
    `finished` only says it is ready."""

    progress = Signal(int, int)
    finished = Signal()
    failed = Signal(str)
    cancelled = Signal()


class Job(QRunnable):
    """One unit of background work: `function(progress, cancelled)`; its outcome arrives by signal."""

    def __init__(self, function: JobFunction, key: str | None = None, name: str = "") -> None:
        super().__init__()
        self.function = function
        self.key = key
        self.name = name or key or ""
        self.signals = JobSignals()
        self.result: Any = None
        self.token = CancelToken()
        self.replaced = False  # a newer job with the same key took over: this one's outcome is not delivered
        self.ended = False  # its outcome (done, failed or cancelled) has reached the GUI thread
        self.setAutoDelete(False)  # the runner keeps it until its signals have been delivered

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def is_cancelled(self) -> bool:
        return self.token.is_cancelled

    def run(self) -> None:
        try:
            result = self.function(self._progress, self.token)
        except JobCancelled:
            self._emit(self.signals.cancelled)
            return
        except AtlasError as error:
            self._emit(self.signals.failed, str(error))
            return
        except Exception as error:  # a worker must report, not die silently
            traceback.print_exc()
            self._emit(self.signals.failed, f"{type(error).__name__}: {error}")
            return
        if self.token.is_cancelled:
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

    idle = Signal()  # the last job's outcome has been delivered; nothing runs

    def __init__(self, parent: QObject | None = None, threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._jobs: set[Job] = set()
        self._by_key: dict[str, Job] = {}
        self._closed = False  # after shutdown, late results are dropped: their widgets may be gone
        self._held: list[Job] | None = None  # jobs started while held back, in order (see hold_back)

    def start(self, function: JobFunction, *, key: str | None = None,
              on_done: Callable[[Any], None] | None = None, on_failed: Callable[[str], None] | None = None,
              on_progress: Callable[[int, int], None] | None = None,
              on_cancelled: Callable[[], None] | None = None, name: str = "") -> Job:
        """Run `function` on a worker; with `key`, replace the job of that key that is still running."""
        job = Job(function, key, name)
        if key is not None:
            earlier = self._by_key.get(key)
            if earlier is not None:
                earlier.replaced = True
                earlier.cancel()
            self._by_key[key] = job
        self._jobs.add(job)

        def deliver(callback: Callable[..., None] | None) -> Callable[..., None]:
            def call(*args: Any) -> None:
                if callback is not None and not self._closed and not job.replaced:
                    callback(*args)
            return call

        for ending in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            ending.connect(lambda *_: setattr(job, "ended", True))  # first: the outcome's own slots see it ended
        job.signals.finished.connect(lambda: deliver(on_done)(job.result))
        job.signals.failed.connect(deliver(on_failed))
        job.signals.progress.connect(deliver(on_progress))
        job.signals.cancelled.connect(deliver(on_cancelled))
        for signal in (job.signals.finished, job.signals.failed, job.signals.cancelled):
            # Release the job only after this emission has reached every slot: dropping the last reference
            # inside one of its own signals would delete the sender mid-delivery. (The runner is the timer's
            # context: a window closed meanwhile takes the pending release with it.)
            signal.connect(lambda *_: self._release_later(job))
        if self._held is not None:
            self._held.append(job)
        else:
            self.pool.start(job)
        return job

    def hold_back(self) -> None:
        """Jobs started from now on wait until `go_on` (a replaced one never runs). While the GUI thread paints rows
        through Python, a worker running Python would make it wait for the interpreter lock at every call."""
        if self._held is None:
            self._held = []

    def go_on(self) -> None:
        held, self._held = self._held or [], None
        for job in held:
            if job.replaced or job.is_cancelled:
                job.signals.cancelled.emit()  # never started: ends like a cancelled job
            else:
                self.pool.start(job)

    def _release_later(self, job: Job) -> None:
        with contextlib.suppress(RuntimeError):  # the runner went with its window before the job's end arrived
            QTimer.singleShot(0, self, lambda: self._release(job))

    def _release(self, job: Job) -> None:
        # delivered: Qt's connections to its signals keep the job object alive, not what it returned (a list's
        # order, an opened atlas's first page: some MB each at 100,000 entries) or what its function refers to
        job.result = None
        job.function = _spent
        self._jobs.discard(job)
        if job.key is not None and self._by_key.get(job.key) is job:
            del self._by_key[job.key]
        if not self._jobs:
            self.idle.emit()

    def job(self, key: str) -> Job | None:
        """The running job of `key`, if any."""
        return self._by_key.get(key)

    def cancel(self, key: str) -> bool:
        """Ask the job of `key` to stop (its `on_cancelled` runs when it has); False when none runs."""
        job = self._by_key.get(key)
        if job is None:
            return False
        job.cancel()
        return True

    def supersede(self, key: str) -> None:
        """As if a newer job of `key` had started: the running one is asked to stop and its outcome is dropped."""
        job = self._by_key.pop(key, None)
        if job is not None:
            job.replaced = True
            job.cancel()

    def is_idle(self) -> bool:
        return not self._jobs

    def running(self, key: str) -> bool:
        """Whether the job of `key` has yet to end (in the slots of its ending signal, it has ended already)."""
        job = self._by_key.get(key)
        return job is not None and not job.ended

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the workers are done (their outcomes are delivered by the event loop afterwards)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 10_000) -> None:
        """Stop delivering results, ask running jobs to stop, and wait for them."""
        self._closed = True
        self.cancel_all()
        self.go_on()  # held jobs start cancelled and end at once
        self.wait(msecs)

    def cancel_all(self) -> None:
        for job in list(self._jobs):
            job.cancel()
