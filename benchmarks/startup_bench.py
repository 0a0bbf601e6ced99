"""Startup and responsiveness of the desktop app, against a bare PySide6 window in the same run.

Each case starts a fresh Python process (offscreen Qt) that starts the app the way `modelatlas` does
(desktop.app.start_window) and measures, from the moment the process was launched:

- window painted: the end of the main window's first paint (menus, toolbar, sidebar, the list saying it is
  loading); the process also notes whether SQLAlchemy and db.schema were loaded by then (they must not be);
- list filled: the end of the first paint of the list with rows in it;
- first search: typed the moment the list is filled ("open weights"), the time until its results are shown;
- peak memory (VmHWM) once the startup's background work is done (sidebar counts, search index opened).

The first-start case has no atlas yet: it measures the first paint of the window (which must not wait for the
seed) and when the seed has been loaded into a new atlas and listed. For the 100,000-entry atlas it then measures
how long sorting, filtering and scrolling the list block the GUI thread (the longest gap between ticks of a 2 ms
timer while the work runs). Each figure is printed with its ratio to the bare window, its target, and by how much
it misses the target.

    python benchmarks/startup_bench.py [--entries 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SEARCH_QUERY = "open weights"
PAINT_TARGET = 2.0  # × bare: the window's first paint, whatever the atlas
SEED_FILLED_TARGET = 4.0
BIG_FILLED_TARGET = 5.0
RSS_TARGET = 3.0
BLOCK_TARGET_MS = 100.0

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
launched = float(sys.argv[1]); mode = sys.argv[2]; db_path = sys.argv[3]; workdir = sys.argv[4]
sys.path.insert(0, sys.argv[5])
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
result = {}
HEAVY = ("sqlalchemy", "db.schema")

def peak_rss_mb():
    # VmHWM, not ru_maxrss: the latter can carry the parent's high-water mark across fork and exec.
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    return int(hwm.split()[1]) / 1024

class PaintWatch(QObject):
    # Watches the window and the list's viewport only (an application-wide Python filter would run for every event
    # and compete with the app's workers for the interpreter). A paint pass paints the window, then its children;
    # a zero timer posted from its first paint event fires when the whole frame is done.
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            if obj is window and "painted" not in marks:
                marks.add("painted")
                QTimer.singleShot(0, painted)
            elif mode != "bare" and obj is not window and "filled" not in marks and window.list_model.rowCount() > 0:
                marks.add("filled")
                QTimer.singleShot(0, filled)
        return False
marks = set()

def painted():
    result["painted_s"] = time.time() - launched
    result["heavy_at_paint"] = [name for name in HEAVY if name in sys.modules]
    if mode == "bare":
        finish()

def filled():
    result["filled_s"] = time.time() - launched
    result["rss_filled_mb"] = peak_rss_mb()
    after_filled()

def when(ready, then, timeout_s=300):
    # poll every 2 ms (the GUI thread stays free between polls)
    started = time.perf_counter()
    timer = QTimer(); timer.setInterval(2)
    def tick():
        if ready() or time.perf_counter() - started > timeout_s:
            timer.stop(); then()
    timer.timeout.connect(tick); timer.start()
    keep.append(timer)
keep = []

def after_filled():
    if mode == "first":
        result["seed_ready_s"] = result.pop("filled_s")
    if os.environ.get("MEASURE_BLOCKING"):  # the list alone, no entry in the detail pane
        return when(window.is_settled, settled)
    from desktop.actions.search import run_search
    typed = time.perf_counter()
    run_search(window, SEARCH_QUERY)
    summary = window.search_panel.summary
    def searched():
        result["search_s"] = time.perf_counter() - typed
        when(window.is_settled, settled)
    when(lambda: "</b> result" in summary.text(), searched)  # "<b>N</b> result(s) for …", not "the results follow"

def settled():
    result["peak_rss_mb"] = peak_rss_mb()
    if os.environ.get("MEASURE_BLOCKING"):
        measure_blocking()
    finish()

def gui_block(action, wait_for):
    # Longest gap between 2 ms timer ticks while `action` runs and until `wait_for()` is true.
    # A QEventLoop, not a Python processEvents() loop: PySide6 6.12 aborts ("deallocating None") when Python
    # spins processEvents() while a worker thread runs Python code; the real app only ever runs exec().
    from PySide6.QtCore import QEventLoop
    gaps, last = [], [time.perf_counter()]
    loop = QEventLoop()
    started = time.perf_counter()
    settle = []
    def tick():
        now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
        if wait_for() or now - started > 60:
            settle.append(now)
            if len(settle) > 5:
                loop.quit()
    timer = QTimer(); timer.setInterval(2); timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start()
    action()
    loop.exec()
    timer.stop()
    return max(gaps) * 1000 if gaps else 0.0

def measure_blocking():
    from PySide6.QtCore import Qt
    model = window.list_model
    col = [c.key for c in model.columns].index("release_date")
    loaded = []
    model.loaded.connect(lambda: loaded.append(1))
    def sort():
        loaded.clear(); window.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    result["sort_block_ms"] = gui_block(sort, lambda: bool(loaded))
    def filt():
        loaded.clear(); window.apply_filter(window.filter.with_facet("openness", ["open-weights-restricted"]))
    result["filter_block_ms"] = gui_block(filt, lambda: bool(loaded))
    result["scroll_block_ms"] = gui_block(window.table.scrollToBottom, lambda: True)

def finish():
    result.setdefault("peak_rss_mb", peak_rss_mb())
    print(json.dumps(result)); sys.stdout.flush()
    window.close()  # lets background jobs finish before the process ends
    app.quit()

SEARCH_QUERY = os.environ.get("BENCH_QUERY", "open weights")
if mode == "bare":
    window = QMainWindow(); window.setCentralWidget(QLabel("hello")); window.resize(1400, 900)
else:
    if mode == "first":
        os.environ["XDG_DATA_HOME"] = os.path.join(db_path, "data")  # an empty data directory: no atlas yet
    from desktop.app import start_window
    from desktop.settings import Preferences
    ini = "bench-blocking.ini" if os.environ.get("MEASURE_BLOCKING") else f"bench-{mode}.ini"
    prefs = Preferences(QSettings(os.path.join(workdir, ini), QSettings.Format.IniFormat))
    prefs.author = "bench"
    # each start lists models by name with nothing selected (a remembered selection builds its detail at once)
    prefs.set_value("last_selection", "")
    prefs.qsettings.setValue("help/getting_started_shown", True)  # no Getting Started over the window
    window = start_window(prefs, None if mode == "first" else db_path)
    window.resize(1400, 900)
watch = PaintWatch()
window.installEventFilter(watch)
if mode != "bare":
    window.table.viewport().installEventFilter(watch)
window.show()
app.exec()
"""


@dataclass(frozen=True)
class Figure:
    """One measured figure beside the floor: its ratio, its target (a ratio) and by how much it misses it."""

    label: str
    value: float
    floor: float | None
    target: float | None = None
    unit: str = "s"

    @property
    def ratio(self) -> float:
        return self.value / self.floor if self.floor else float("nan")

    def line(self) -> str:
        shown = f"{self.value:.3f} s" if self.unit == "s" else f"{self.value:.1f} MB"
        text = f"  {self.label:<48}{shown:>11}"
        if self.floor is None:
            return text
        text += f"{self.ratio:>7.2f}× bare"
        if self.target is None or self.floor is None:
            return text
        text += f"   target ≤ {self.target:.0f}×"
        if self.ratio <= self.target:
            return text + "   met"
        over = self.value - self.target * self.floor
        over_text = f"{over:.3f} s" if self.unit == "s" else f"{over:.1f} MB"
        return text + f"   MISSED by {self.ratio - self.target:.2f}× ({over_text})"


def run_child(mode: str, db_path: Path, workdir: Path, measure_blocking: bool = False) -> dict[str, Any]:
    # bytecode cached (in the work folder, whatever PYTHONDONTWRITEBYTECODE says) as an installed app's is: a start
    # that compiles every module from source measures the compiler
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env |= {"QT_QPA_PLATFORM": "offscreen", "BENCH_QUERY": SEARCH_QUERY,
            "PYTHONPYCACHEPREFIX": str(workdir / "pycache")}
    if measure_blocking:
        env["MEASURE_BLOCKING"] = "1"
    launched = time.time()
    output = subprocess.run(
        [sys.executable, "-c", CHILD, repr(launched), mode, str(db_path), str(workdir), str(ROOT)],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )
    if output.returncode != 0 or not output.stdout.strip():
        raise RuntimeError(f"{mode} run failed ({output.returncode}):\n{output.stderr[-3000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fresh_search_index(path: Path) -> None:
    """Bring the atlas's search index up to date once, unmeasured: startup then only opens it, as it does daily."""
    from db.search.service import SearchService
    from db.store import Store

    store = Store.open(path, "bench")
    service = SearchService(store)
    try:
        service.ensure_fresh()
    finally:
        service.close()
        store.close()


def prepare(args: argparse.Namespace) -> tuple[Path, Path]:
    from db.library import create_atlas

    seed_db = args.workdir / "startup-seed.atlas"
    if not seed_db.exists():
        create_atlas(seed_db, "bench").close()
    big_db = args.workdir / f"startup-{args.entries}.atlas"
    if not big_db.exists():
        from benchmarks.synth import make_synthetic_atlas

        print(f"generating a {args.entries:,}-model atlas …", flush=True)
        make_synthetic_atlas(big_db, args.entries)
    for path in (seed_db, big_db):
        print(f"bringing the search index of {path.name} up to date (unmeasured) …", flush=True)
        try:
            fresh_search_index(path)
        except Exception as error:  # the runs then include the app's own catch-up in the background
            print(f"  could not: {type(error).__name__}: {error}", flush=True)
    return seed_db, big_db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "modelatlas-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    seed_db, big_db = prepare(args)
    for ini in args.workdir.glob("bench-*.ini"):
        ini.unlink()  # window layout and list sort of an earlier run would change what this one measures

    big = f"{args.entries:,}-entry atlas"
    first_dir = Path(tempfile.mkdtemp(prefix="first-start-", dir=args.workdir))
    cases = {"bare PySide6 window": ("bare", seed_db), "seed atlas (72 models)": ("atlas", seed_db),
             big: ("atlas", big_db), "first start (no atlas)": ("first", first_dir)}
    results: dict[str, list[dict[str, Any]]] = {name: [] for name in cases}
    for run in range(args.runs + 1):  # the first round is unmeasured: page cache, bytecode, Qt's font cache
        for name, (mode, path) in cases.items():  # interleaved so machine noise hits every case alike
            if mode == "first":
                shutil.rmtree(first_dir / "data", ignore_errors=True)  # every run is a first start
            outcome = run_child(mode, path, args.workdir)
            if run:
                results[name].append(outcome)
    blocking = run_child("atlas", big_db, args.workdir, measure_blocking=True)
    shutil.rmtree(first_dir, ignore_errors=True)

    def med(name: str, key: str) -> float:
        return median([float(r[key]) for r in results[name] if key in r])

    floor_time, floor_rss = med("bare PySide6 window", "painted_s"), med("bare PySide6 window", "peak_rss_mb")
    print(f"\nDesktop startup, median of {args.runs} runs, each case a fresh process; the floor is a bare PySide6 "
          f"window: {floor_time:.3f} s to its first paint, {floor_rss:.1f} MB peak RSS\n")
    filled_target = {"seed atlas (72 models)": SEED_FILLED_TARGET, big: BIG_FILLED_TARGET}
    for name in list(cases)[1:]:
        print(name)
        print(Figure("window painted", med(name, "painted_s"), floor_time, PAINT_TARGET).line())
        heavy = sorted({module for r in results[name] for module in r.get("heavy_at_paint", [])})
        print(f"  {'SQLAlchemy or db.schema loaded at first paint':<48}{', '.join(heavy) or 'neither':>11}")
        if name in filled_target:
            print(Figure("list filled", med(name, "filled_s"), floor_time, filled_target[name]).line())
        else:
            print(Figure("seed loaded and listed", med(name, "seed_ready_s"), floor_time, None).line())
        print(Figure(f'first search "{SEARCH_QUERY}" (typed as the list filled)', med(name, "search_s"), None).line())
        if name in filled_target:
            print(Figure("peak RSS when the list is filled", med(name, "rss_filled_mb"), floor_rss, RSS_TARGET,
                         unit="MB").line())
        print(Figure("peak RSS after the first search, work done", med(name, "peak_rss_mb"), floor_rss, RSS_TARGET,
                     unit="MB").line())
        print()
    print(f"{big}, once the startup's background work is done (sidebar counts, search index open), no search:")
    print(Figure("peak RSS", float(blocking["peak_rss_mb"]), floor_rss, RSS_TARGET, unit="MB").line())
    print()
    print(f"GUI thread blocked at {args.entries:,} entries (longest gap between 2 ms timer ticks), target ≤ "
          f"{BLOCK_TARGET_MS:.0f} ms:")
    for key, label in (("sort_block_ms", "sort by release date"), ("filter_block_ms", "filter by openness"),
                       ("scroll_block_ms", "scroll to the bottom")):
        value = float(blocking[key])
        verdict = "met" if value <= BLOCK_TARGET_MS else f"MISSED by {value - BLOCK_TARGET_MS:.1f} ms"
        print(f"  {label:<24}{value:>8.1f} ms   {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
