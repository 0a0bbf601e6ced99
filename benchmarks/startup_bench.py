"""Startup and responsiveness of the desktop app, against a bare PySide6 window in the same run.

Each case starts a fresh Python process (offscreen Qt) and measures, from the moment the process was
launched, the time until the main window has painted with the entry list filled; it also reports the
process's peak memory. The first-start case has no atlas yet: it measures the first paint of the window (which
must not wait for the seed) and, separately, when the seed has been loaded into a new atlas and listed. For the
100,000-entry atlas it then measures how long sorting and filtering the list block the GUI thread (the longest
gap between ticks of a 2 ms timer while the work runs).

    python benchmarks/startup_bench.py [--entries 100000] [--runs 3]
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
launched = float(sys.argv[1]); mode = sys.argv[2]; db_path = sys.argv[3] if len(sys.argv) > 3 else ""
sys.path.insert(0, sys.argv[4] if len(sys.argv) > 4 else ".")
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
result = {}

class PaintWatch(QObject):
    def __init__(self, ready):
        super().__init__(); self.ready = ready; self.done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and self.ready():
            self.done = True
            result["painted_s"] = time.time() - launched
            if mode == "first":
                ticker.start()  # the window is up; now wait for the seed
            else:
                QTimer.singleShot(0, after_paint)
        return False

def gui_block(action, wait_for):
    # Longest gap between 2 ms timer ticks while `action` runs and until `wait_for()` is true.
    # A QEventLoop, not a Python processEvents() loop: PySide6 6.12 aborts ("deallocating None") when Python
    # spins processEvents() while a worker thread runs Python code; the real app only ever runs exec().
    from PySide6.QtCore import QEventLoop
    gaps, last = [], [time.perf_counter()]
    loop = QEventLoop()
    started = time.perf_counter()
    def tick():
        now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
        if wait_for() or now - started > 60:
            settle.append(now)
            if len(settle) > 5:
                loop.quit()
    settle = []
    timer = QTimer(); timer.setInterval(2); timer.timeout.connect(tick)
    last[0] = time.perf_counter()
    timer.start()
    action()
    loop.exec()
    timer.stop()
    return max(gaps) * 1000 if gaps else 0.0

def after_paint():
    if mode == "atlas" and os.environ.get("MEASURE_BLOCKING"):
        from PySide6.QtCore import Qt
        from db.queries import ListFilter
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
        def scroll():
            window.table.scrollToBottom()
        result["scroll_block_ms"] = gui_block(scroll, lambda: True)
    # VmHWM, not ru_maxrss: the latter can carry the parent's high-water mark across fork and exec.
    with open("/proc/self/status") as status:
        hwm = next(line for line in status if line.startswith("VmHWM:"))
    result["peak_rss_mb"] = int(hwm.split()[1]) / 1024
    print(json.dumps(result)); sys.stdout.flush()
    window.close()  # lets background jobs finish before the process ends
    app.quit()

def seed_ready():
    # first start: the atlas made from the seed is open and listed (polled after the first paint)
    if window.store is not None and window.list_model.rowCount() > 0:
        result["seed_ready_s"] = time.time() - launched
        ticker.stop()
        after_paint()

if mode == "bare":
    window = QMainWindow(); window.setCentralWidget(QLabel("hello")); window.resize(1400, 900)
    watch = PaintWatch(lambda: True)
elif mode == "first":
    os.environ["XDG_DATA_HOME"] = os.path.join(db_path, "data")  # an empty data directory: no atlas yet
    from desktop.app import start_window
    from desktop.settings import Preferences
    prefs = Preferences(QSettings(os.path.join(db_path, "bench.ini"), QSettings.Format.IniFormat))
    prefs.author = "bench"
    prefs.set_value("help/getting_started_shown", True)
    window = start_window(prefs, None)
    window.resize(1400, 900)
    ticker = QTimer(); ticker.setInterval(20); ticker.timeout.connect(seed_ready)
    watch = PaintWatch(lambda: True)
else:
    from db.store import Store
    from desktop.main_window import MainWindow
    from desktop.settings import Preferences
    prefs = Preferences(QSettings(os.path.join(os.path.dirname(db_path), "bench.ini"), QSettings.Format.IniFormat))
    prefs.author = "bench"
    store = Store.open(db_path, "bench")
    window = MainWindow(store, prefs, search_enabled=os.environ.get("BENCH_SEARCH") == "1")
    window.resize(1400, 900)
    watch = PaintWatch(lambda: window.list_model.rowCount() > 0)
app.installEventFilter(watch)
window.show()
app.exec()
"""


def run_child(mode: str, db_path: Path | None, measure_blocking: bool = False) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if measure_blocking:
        env["MEASURE_BLOCKING"] = "1"
    launched = time.time()
    output = subprocess.run(
        [sys.executable, "-c", CHILD, repr(launched), mode, str(db_path or ""), str(ROOT)],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )
    if output.returncode != 0:
        raise RuntimeError(f"{mode} run failed ({output.returncode}):\n{output.stderr[-2000:]}")
    return json.loads(output.stdout.strip().splitlines()[-1])


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "modelatlas-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)

    from db.library import create_atlas

    seed_db = args.workdir / "startup-seed.atlas"
    if not seed_db.exists():
        create_atlas(seed_db, "bench").close()
    big_db = args.workdir / f"startup-{args.entries}.atlas"
    if not big_db.exists():
        from benchmarks.synth import make_synthetic_atlas

        print(f"generating a {args.entries:,}-model atlas …", flush=True)
        make_synthetic_atlas(big_db, args.entries)

    first_dir = Path(tempfile.mkdtemp(prefix="first-start-", dir=args.workdir))
    cases = {"bare PySide6 window": ("bare", None), "seed atlas": ("atlas", seed_db),
             f"{args.entries:,}-entry atlas": ("atlas", big_db), "first start (no atlas)": ("first", first_dir)}
    results: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
    for _ in range(args.runs):
        for name, (mode, path) in cases.items():  # interleaved so machine noise hits every case alike
            if mode == "first":
                shutil.rmtree(first_dir / "data", ignore_errors=True)  # every run is a first start
            results[name].append(run_child(mode, path))
    blocking = run_child("atlas", big_db, measure_blocking=True)

    floor_time = median([r["painted_s"] for r in results["bare PySide6 window"]])
    floor_rss = median([r["peak_rss_mb"] for r in results["bare PySide6 window"]])
    print(f"\nStartup to first paint with the list filled (median of {args.runs} runs)\n")
    print(f"{'case':<26}{'time (s)':>10}{'× bare':>9}{'peak RSS (MB)':>15}{'× bare':>9}")
    for name in cases:
        seconds = median([r["painted_s"] for r in results[name]])
        rss = median([r["peak_rss_mb"] for r in results[name]])
        print(f"{name:<26}{seconds:>10.3f}{seconds / floor_time:>9.2f}{rss:>15.1f}{rss / floor_rss:>9.2f}")
    seed_ready = median([r["seed_ready_s"] for r in results["first start (no atlas)"]])
    print(f"\nFirst start: the window paints before the seed is loaded; the seed atlas is listed after "
          f"{seed_ready:.3f} s (loaded in a worker, its progress in the status bar).")
    print(f"\nGUI thread blocked at {args.entries:,} entries (longest gap between 2 ms timer ticks):")
    for key, label in (("sort_block_ms", "sort by release date"), ("filter_block_ms", "filter by openness"),
                       ("scroll_block_ms", "scroll to the bottom")):
        print(f"  {label:<24}{blocking[key]:>8.1f} ms")
    print("\nTargets: ≤ 2× bare on the seed, ≤ 3× at 100,000 entries; peak RSS ≤ 3× bare; blocking ≤ 100 ms.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
