"""Progress and cancellation for long work: one contract shared by db/ functions, the CLI and the desktop's workers."""

from __future__ import annotations

import threading
from collections.abc import Callable

from db.errors import AtlasError

Progress = Callable[[int, int], None]
"""Called with (steps done, steps in total) while work runs; a total of 0 means "not known yet"."""

Cancelled = Callable[[], bool]
"""Polled between steps; True asks the work to stop and leave nothing half done."""

StagedProgress = Callable[[str, int, int], None]
"""A `Progress` for work in named stages (export, merge): called with (stage, done, total)."""


class CancelToken:
    """A thread-safe "please stop" flag. Calling it answers the question, so it is a `Cancelled` itself."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()

    @property
    def is_cancelled(self) -> bool:
        return self._event.is_set()


class JobCancelled(AtlasError):
    """Work stopped because it was asked to; whatever it was doing was rolled back."""


def by_stage(progress: Progress) -> StagedProgress:
    """A `StagedProgress` that reports to a `Progress` (a progress bar shows each stage from empty to full)."""
    return lambda _stage, done, total: progress(done, total)


def no_progress(_done: int, _total: int) -> None:
    """The `Progress` of callers that do not show any."""


def never_cancelled() -> bool:
    """The `Cancelled` of callers that cannot cancel."""
    return False
