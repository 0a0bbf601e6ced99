"""Open the app offscreen on a fresh copy of the seed and save PNG screenshots of the main views."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from db.library import create_atlas
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from desktop.theme import apply_theme

OUT = Path(__file__).with_name("screenshots")
Shot = Callable[[MainWindow], QWidget]


def settle(app: QApplication, window: MainWindow, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()
        window.runner.wait(20_000)
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", help="comma-separated shot names")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    workdir = Path(tempfile.mkdtemp(prefix="atlas-shots-"))
    store = create_atlas(workdir / "seed.atlas", "Ana Analyst")
    prefs = Preferences(QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat))
    prefs.author = "Ana Analyst"
    apply_theme(app, "light")
    window = MainWindow(store, prefs)
    window.resize(1600, 960)
    window.show()
    settle(app, window)
    window.splitter.setSizes([270, 800, 530])

    def model(w: MainWindow) -> QWidget:
        w.select_entry(store.resolve("Llama 3.1 405B").uuid)
        return w

    def license_view(w: MainWindow) -> QWidget:
        w.select_entry(store.resolve("Llama 3.1 Community License Agreement").uuid)
        return w

    def policy(w: MainWindow) -> QWidget:
        w.select_entry(store.resolve(next(n for n in _names(store, "policy_note") if "systemic" in n.lower())).uuid)
        return w

    def search(w: MainWindow) -> QWidget:
        w.run_search('llama license "acceptable use"')
        return w

    def filtered(w: MainWindow) -> QWidget:
        w.show_kind("model")
        settle(app, w)
        w.apply_filter(w.filter.with_facet("jurisdiction", ["CN"]).with_facet(
            "openness", ["open-weights-unrestricted", "open-weights-restricted"]))
        settle(app, w)
        w.table.selectRow(0)
        return w

    def dark(w: MainWindow) -> QWidget:
        w.prefs.theme = "dark"
        w.apply_preferences()
        w.leave_search()
        w.select_entry(store.resolve("DeepSeek-R1").uuid)
        return w

    opened: list[QWidget] = []  # dialogs of the previous shot, closed before the next one

    def analyst(w: MainWindow) -> list[str]:
        """Light theme, no dialog left over, and a shortlist of five models with two evaluations (made once)."""
        while opened:
            opened.pop().close()
        if w.prefs.theme != "light":
            w.prefs.theme = "light"
            w.apply_preferences()
        w.leave_search()
        w.show_kind("model")  # no filters left from an earlier shot
        settle(app, w)
        names = ["Llama 3.1 405B", "Mistral 7B", "GPT-4o", "DeepSeek-R1", "OLMo 2 13B"]
        uuids = [store.resolve(n).uuid for n in names]
        if "shortlist" not in [t.name for t in store.get(uuids[0]).tags]:
            store.tag(uuids, ["shortlist"], "#2e86c1")
            case = "on-prem legal summarization in the EU"
            store.evaluate(uuids[1], evaluator="Ana Analyst", use_case=case, verdict="adopt", scores={
                "capability": 3, "cost at scale": 5, "customization and fine-tuning": 5,
                "data sovereignty and self-hosting": 5, "license risk": 5, "vendor lock-in": 5})
            store.evaluate(uuids[0], evaluator="Ana Analyst", use_case=case, verdict="trial", scores={
                "capability": 5, "cost at scale": 2, "customization and fine-tuning": 4,
                "data sovereignty and self-hosting": 4, "license risk": 2, "vendor lock-in": 4})
            settle(app, w)
        return uuids

    def tag_manager(w: MainWindow) -> QWidget:
        analyst(w)
        manager = w.tools.show_tag_manager()
        manager.resize(620, 560)
        shortlist = next(t.uuid for t in manager.model.tags if t.name == "shortlist")
        manager.recolor(shortlist, "#e67e22")  # a real, undoable change: the message and Undo show it
        manager.view.clearSelection()
        manager.view.scrollToBottom()
        opened.append(manager)
        return manager

    def evaluation(w: MainWindow) -> QWidget:
        uuids = analyst(w)
        dialog = w.tools.evaluate(uuids[3])
        dialog.use_case.setText("on-prem legal summarization in the EU")
        dialog.set_scores({"capability": 5, "cost at scale": 4, "customization and fine-tuning": 4,
                           "data sovereignty and self-hosting": 4, "safety controls": 2, "license risk": 4,
                           "vendor lock-in": 5})
        dialog.verdict.buttons["assess"].click()
        dialog.tags.setText("shortlist, reasoning")
        dialog.notes.set_text("Strong reasoning at a fraction of the cost; **MIT-licensed weights** we can host "
                              "ourselves.\n\nOpen questions: Chinese-language bias in legal texts, safety tuning.")
        opened.append(dialog)
        return dialog

    def compare(w: MainWindow) -> QWidget:
        uuids = analyst(w)
        w.splitter.setSizes([230, 1110, 260])
        w.tools.compare_view.set_entries(uuids[:4])
        w.tools.show_compare()
        settle(app, w)
        w.detail.show_entry(uuids[1])
        view = w.tools.compare_view
        first = next(r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == "Openness grade")
        view.table.scrollTo(view.model.index(first, 0), view.table.ScrollHint.PositionAtTop)
        return w

    def charts(w: MainWindow) -> QWidget:
        analyst(w)
        w.splitter.setSizes([230, 1110, 260])
        w.tools.show_charts()
        settle(app, w)
        w.tools.charts_view.show_chart("timeline")
        return w

    shots: dict[str, Shot] = {"models": model, "license": license_view, "policy-note": policy,
                              "search": search, "filters-china-open-weights": filtered, "dark": dark,
                              "tag-manager": tag_manager, "evaluation": evaluation, "compare": compare,
                              "charts": charts}
    wanted = set(args.only.split(",")) if args.only else set(shots)
    for name, make in shots.items():
        if name not in wanted:
            continue
        widget = make(window)
        settle(app, window)
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))
        print(target)
    window.close()
    store.close()
    return 0


def _names(store, kind: str) -> list[str]:
    from sqlalchemy import select

    from db.schema import Entry

    with store.read() as session:
        return list(session.scalars(select(Entry.name).where(Entry.kind == kind)))


if __name__ == "__main__":
    raise SystemExit(main())
