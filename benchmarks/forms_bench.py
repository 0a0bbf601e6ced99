"""Opening the forms that list entries to pick from, at 100,000 models: the Edit form and the Evaluate form.

    python -m benchmarks.forms_bench [--models 100000] [--runs 5]

Each form is built (not shown) on the synthetic atlas of benchmarks/synth.py and, as the floor, on the
bundled seed (~70 models) in the same run; the gap is what listing every model to pick from costs.
`entry_choices` alone (the one query behind every picker) is timed too. Target: a form opens in under
1 s at 100,000 models on a quiet machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from benchmarks.list_bench import cached_atlas
from db.choices import REFERABLE_KINDS, entry_choices
from db.library import create_atlas
from db.store import Store

TARGET_MS = 1000.0


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm-up: page cache, statement cache, imports
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def cases(store: Store) -> dict[str, Callable[[], Any]]:
    from desktop.editor import EntryDialog
    from desktop.evaluation_form import EvaluationDialog

    def edit_form() -> None:
        EntryDialog(store, "model", lambda _values: None, rubric=["capability"]).deleteLater()

    def evaluate_form() -> None:
        EvaluationDialog(store, lambda _values, _tags: None, rubric=["capability"], author="bench").deleteLater()

    return {
        "entry_choices(models, organizations, licenses, policy notes)":
            lambda: entry_choices(store, REFERABLE_KINDS),
        "Edit form of a model (3 pickers)": edit_form,
        "Evaluate form (1 picker of every entry)": evaluate_form,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "modelatlas-bench")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    big_path = cached_atlas(args.models, args.workdir)
    with tempfile.TemporaryDirectory() as scratch:
        seed = create_atlas(Path(scratch) / "seed.atlas", "bench")
        with Store.open(big_path, "bench") as big:
            floors = {label: median_ms(fn, args.runs) for label, fn in cases(seed).items()}
            figures = {label: median_ms(fn, args.runs) for label, fn in cases(big).items()}
            app.processEvents()  # lets deleteLater run
        seed.close()
    print(f"\nForms on {args.models:,} models vs the seed, median of {args.runs} runs (ms)\n")
    print(f"{'case':<64}{'100k':>9}{'seed':>9}{'target':>9}")
    for label, figure in figures.items():
        flag = "  ← over" if figure > TARGET_MS else ""
        print(f"{label:<64}{figure:>9.0f}{floors[label]:>9.0f}{TARGET_MS:>9.0f}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
