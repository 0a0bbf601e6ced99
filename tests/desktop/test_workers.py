"""The job contract: a key replaces the earlier job, cancel is per job, progress and outcome arrive by signal."""

from __future__ import annotations

import threading

from db.errors import AtlasError
from db.jobs import CancelToken, JobCancelled
from desktop.workers import JobRunner


def test_result_and_progress_arrive_on_the_gui_thread(qtbot) -> None:
    runner = JobRunner()
    seen: list[tuple[int, int]] = []
    results: list[str] = []
    gui = threading.get_ident()

    def work(progress, _cancelled: CancelToken) -> str:
        for step in range(3):
            progress(step + 1, 3)
        return "done"

    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.start(work, on_done=lambda r: results.append((r, threading.get_ident() == gui)),
                     on_progress=lambda d, t: seen.append((d, t)))
    assert results == [("done", True)]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert runner.is_idle()


def test_a_delivered_result_is_not_kept(qtbot) -> None:
    """Qt's connections keep a finished job alive; the result it delivered (a list's order: MBs) goes."""
    runner = JobRunner()
    big = [str(n) for n in range(1000)]
    delivered: list[list[str]] = []
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        job = runner.start(lambda _p, _c: big, on_done=delivered.append)
    assert delivered == [big]
    assert job.result is None
    assert job.function(lambda _d, _t: None, CancelToken()) is None  # its function no longer refers to anything


def test_a_key_replaces_the_earlier_job_whose_result_is_dropped(qtbot) -> None:
    runner = JobRunner()
    release = threading.Event()
    results: list[str] = []
    cancelled_seen: list[bool] = []

    def slow(_progress, cancelled: CancelToken) -> str:
        release.wait(10)
        cancelled_seen.append(cancelled())
        return "old"

    first = runner.start(slow, key="list", on_done=results.append)
    second = runner.start(lambda _p, _c: "new", key="list", on_done=results.append)
    assert first.is_cancelled and first.replaced and runner.job("list") is second
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        release.set()
    assert results == ["new"]
    assert cancelled_seen == [True]  # the replaced job was asked to stop
    assert runner.job("list") is None


def test_cancel_is_per_job(qtbot) -> None:
    runner = JobRunner()
    release = threading.Event()
    outcome: list[str] = []

    def index(_progress, cancelled: CancelToken) -> str:
        while not cancelled():
            release.wait(0.01)
        raise JobCancelled("stopped")

    def listing(_progress, _cancelled: CancelToken) -> str:
        release.wait(10)
        return "rows"

    runner.start(index, key="index", on_cancelled=lambda: outcome.append("index cancelled"),
                 on_done=lambda _r: outcome.append("index done"))
    runner.start(listing, key="list", on_done=lambda r: outcome.append(f"list {r}"))
    assert runner.cancel("index")
    assert not runner.cancel("nothing-by-that-key")
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        release.set()
    assert sorted(outcome) == ["index cancelled", "list rows"]


def test_errors_become_messages_and_shutdown_drops_late_results(qtbot) -> None:
    runner = JobRunner()
    messages: list[str] = []
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.start(lambda _p, _c: (_ for _ in ()).throw(AtlasError("no such file")), on_failed=messages.append)
    assert messages == ["no such file"]
    late: list[object] = []
    runner.start(lambda _p, _c: 1, on_done=late.append)
    runner.shutdown()
    qtbot.waitUntil(runner.is_idle, timeout=10_000)
    assert late == []


def test_a_job_has_ended_in_the_slots_of_its_outcome(qtbot) -> None:
    """`running` is false once the outcome arrives, even before the job is let go (actions.search asks it there)."""
    runner = JobRunner()
    release = threading.Event()
    seen: list[tuple[bool, bool]] = []

    def failing(_p, _c) -> None:
        release.wait(10)
        raise AtlasError("no such file")

    runner.start(failing, key="first-atlas",
                 on_failed=lambda _m: seen.append((runner.running("first-atlas"), runner.is_idle())))
    assert runner.running("first-atlas") and not runner.running("other")
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        release.set()
    assert seen == [(False, False)]  # ended, though not yet let go
    assert not runner.running("first-atlas")


def test_a_job_ending_after_its_runner_is_gone_raises_nothing(qtbot) -> None:
    """A window closed (its runner deleted) while a job still runs: the job's end finds no runner to release it
    into, and must not raise in Qt's event loop (pytest-qt fails the test on any exception there)."""
    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    owner = QObject()
    runner = JobRunner(owner)
    release = threading.Event()
    ended: list[str] = []
    job = runner.start(lambda _p, _c: release.wait(10) and "late", key="slow")
    job.signals.finished.connect(lambda: ended.append("finished"))
    threading.Timer(0.2, release.set).start()
    Shiboken.delete(owner)  # the window and its runner, gone (its thread pool waits for the job to end)
    assert not Shiboken.isValid(runner)
    qtbot.waitUntil(lambda: ended == ["finished"], timeout=10_000)  # the end arrives after the runner is gone
    qtbot.wait(50)  # and its slots, the runner's included, have run
