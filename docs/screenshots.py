"""Render every view of the real MainWindow at 1280×720 and 1920×1080, light and dark, into docs/screenshots/.

Runs offscreen on a fresh atlas made from the bundled seed; views are reached through the window's own actions
(the registry), as a click on a menu item would. Files are named VIEW-WIDTHxHEIGHT-THEME.png.

    python docs/screenshots.py                       # everything (11 views x 2 sizes x 2 themes)
    python docs/screenshots.py --only compare,charts --sizes 1280x720 --themes dark
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from db.library import create_atlas
from db.store import Store
from desktop.icons import app_icon
from desktop.main_window import MainWindow
from desktop.settings import Preferences

OUT = Path(__file__).with_name("screenshots")
SIZES = ((1280, 720), (1920, 1080))
THEMES = ("light", "dark")
SHORTLIST = ["Llama 3.1 405B", "Mistral 7B", "GPT-4o", "DeepSeek-R1", "OLMo 2 13B"]
USE_CASE = "on-prem legal summarization in the EU"
Shot = Callable[[MainWindow], QWidget]


def settle(window: MainWindow, timeout: float = 60.0) -> None:
    """Let background jobs deliver and the screen repaint (the same test as the desktop tests use)."""
    app = QApplication.instance()
    assert app is not None
    deadline = time.monotonic() + timeout
    for _ in range(3):  # a delivered job may start the next one (list → sidebar → detail)
        while not window.is_settled() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()


def close_dialogs(window: MainWindow) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()


def select(window: MainWindow, store: Store, names: list[str]) -> list[str]:
    """Select models in the list as Ctrl+clicks would; the first one is shown in the detail pane."""
    window.registry.run("view.kind.model")
    settle(window)
    uuids = [store.resolve(name).uuid for name in names]
    window.select_entry(uuids[0])
    settle(window)
    selection = QItemSelection()
    for uuid in uuids:
        row = window.list_model.row_of(uuid)
        if row >= 0:
            selection.select(window.list_model.index(row, 0), window.list_model.index(row, 0))
    window.table.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
    settle(window)
    return uuids


def prepare_shortlist(store: Store) -> None:
    """A shortlist of five models with two evaluations, as an analyst would have after a first session."""
    uuids = [store.resolve(name).uuid for name in SHORTLIST]
    store.tag(uuids, ["shortlist"], "#2e86c1")
    store.evaluate(uuids[1], evaluator="Ana Analyst", use_case=USE_CASE, verdict="adopt", scores={
        "capability": 3, "cost at scale": 5, "customization and fine-tuning": 5,
        "data sovereignty and self-hosting": 5, "license risk": 5, "vendor lock-in": 5})
    store.evaluate(uuids[0], evaluator="Ana Analyst", use_case=USE_CASE, verdict="trial", scores={
        "capability": 5, "cost at scale": 2, "customization and fine-tuning": 4,
        "data sovereignty and self-hosting": 4, "license risk": 2, "vendor lock-in": 4})


def prepare_history(store: Store) -> None:
    """A snapshot before a review, then the review's edits: what the History and Changes shots show (once)."""
    from db.history.snapshots import create_snapshot, list_snapshots

    if list_snapshots(store):
        return
    create_snapshot(store, "Before the March review")
    mistral, deepseek = (store.resolve(name).uuid for name in ("Mistral 7B", "DeepSeek-R1"))
    store.update(mistral, {"context_window": 32768, "summary": "Apache-2.0 weights; sliding-window attention; "
                                                                "context window corrected to 32k after the review."})
    store.tag([mistral, deepseek], ["reviewed"], "#7d3c98")
    store.update(deepseek, {"summary": "MIT-licensed reasoning model; distilled variants checked in the review."})


def over_window(window: MainWindow, dialog: QWidget) -> QWidget:
    """The main window with a non-modal window drawn over its middle, framed (a grab has no title bar)."""
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QLabel

    picture = window.grab()
    inner = dialog.grab()
    painter = QPainter(picture)
    left, top = (picture.width() - inner.width()) // 2, (picture.height() - inner.height()) // 2
    painter.drawPixmap(left, top, inner)
    painter.setPen(QColor("#5d6d7e"))
    painter.drawRect(left - 1, top - 1, inner.width() + 1, inner.height() + 1)
    painter.end()
    label = QLabel()
    label.setPixmap(picture)
    label.resize(picture.size())
    return label


def shots(store: Store) -> dict[str, Shot]:
    def models(w: MainWindow) -> QWidget:
        select(w, store, ["Llama 3.1 405B"])
        return w

    def license_view(w: MainWindow) -> QWidget:
        w.select_entry(store.resolve("Llama 3.1 Community License Agreement").uuid)
        return w

    def policy(w: MainWindow) -> QWidget:
        w.select_entry(store.resolve("EU AI Act — added duties for systemic-risk models").uuid)
        return w

    def search(w: MainWindow) -> QWidget:
        from desktop.actions.search import run_search

        w.registry.run("search.focus")
        w.search_field.setText('llama license "acceptable use"')
        run_search(w, w.search_field.text())
        settle(w)
        return w

    def filters(w: MainWindow) -> QWidget:
        w.show_kind("model")
        settle(w)
        w.apply_filter(w.filter.with_facet("jurisdiction", ["CN"]).with_facet(
            "openness", ["open-weights-unrestricted", "open-weights-restricted"]).with_facet(
            "commercial_use", ["yes"]))
        settle(w)
        w.table.selectRow(0)
        return w

    def compare(w: MainWindow) -> QWidget:
        select(w, store, SHORTLIST[:4])
        w.registry.run("compare.show")
        return w

    def charts(w: MainWindow) -> QWidget:
        w.registry.run("charts.show")
        return w

    def use_case(w: MainWindow) -> QWidget:
        view = w.registry.run("use_case.check")
        settle(w)
        view.check_button.click()  # the default use case: commercial, anywhere
        settle(w)
        return w

    def tag_manager(w: MainWindow) -> QWidget:
        manager = w.registry.run("tags.manager")
        manager.resize(640, 560)
        return manager

    def evaluation(w: MainWindow) -> QWidget:
        select(w, store, ["DeepSeek-R1"])
        dialog = w.registry.run("evaluate.entry")
        dialog.use_case.setText(USE_CASE)
        dialog.set_scores({"capability": 5, "cost at scale": 4, "customization and fine-tuning": 4,
                           "data sovereignty and self-hosting": 4, "safety controls": 2, "license risk": 4,
                           "vendor lock-in": 5})
        dialog.verdict.buttons["assess"].click()
        dialog.tags.setText("shortlist, reasoning")
        dialog.notes.set_text("Strong reasoning at a fraction of the cost; **MIT-licensed weights** we can host "
                              "ourselves.\n\nOpen questions: Chinese-language bias in legal texts, safety tuning.")
        return dialog

    def getting_started(w: MainWindow) -> QWidget:
        return w.registry.run("help.getting_started")

    def history(w: MainWindow) -> QWidget:
        prepare_history(store)
        select(w, store, ["Mistral 7B"])
        dialog = w.registry.run("history.show")
        dialog.resize(min(900, w.width() - 120), min(540, w.height() - 120))
        dialog.table.selectRow(1)  # the review's edit, field by field
        settle(w)
        return over_window(w, dialog)

    def changes(w: MainWindow) -> QWidget:
        prepare_history(store)
        view = w.registry.run("history.changes")
        view.run_diff()
        settle(w)
        view.table.selectRow(view.entries.rowCount() - 1)
        return w

    def team_hub(w: MainWindow) -> QWidget:
        dialog = w.registry.run("hub.settings")  # an address as a team would give it; no server is reached here
        dialog.address_field.setText("postgresql://ana@atlas-hub.example.org/atlas?sslmode=verify-full")
        dialog.address_field.setCursorPosition(0)
        dialog.on_start.setChecked(True)
        dialog.every.setChecked(True)
        dialog.minutes.setValue(15)
        return dialog

    return {"models": models, "license": license_view, "policy-note": policy, "search": search,
            "filters": filters, "compare": compare, "charts": charts, "use-case": use_case,
            "tag-manager": tag_manager, "evaluation": evaluation, "getting-started": getting_started,
            "team-hub": team_hub, "history": history, "changes": changes}


def reset(window: MainWindow, width: int, height: int) -> None:
    """Every shot starts from the list of models, no filter, no dialog, the panes in their default proportions."""
    close_dialogs(window)
    from desktop.actions.search import leave_search

    leave_search(window)
    window.show_kind("model")
    window.clear_filters()
    window.show_list_page()
    window.resize(width, height)
    settle(window)


def parse_size(text: str) -> tuple[int, int]:
    width, height = text.lower().split("x")
    return int(width), int(height)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", help="comma-separated view names")
    parser.add_argument("--sizes", help="comma-separated WIDTHxHEIGHT (default: 1280x720,1920x1080)")
    parser.add_argument("--themes", help="comma-separated light/dark (default: both)")
    parser.add_argument("--language", help="de, fr, es or zh_CN: the window in that language, files named "
                                           "VIEW-LANG-WIDTHxHEIGHT-THEME.png (zh for zh_CN)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setApplicationName("Model Atlas")
    app.setWindowIcon(app_icon())
    suffix = ""
    if args.language:
        from desktop.i18n import install_translations

        suffix = "-" + install_translations(app, args.language).split("_")[0]
    workdir = Path(tempfile.mkdtemp(prefix="atlas-shots-"))
    store = create_atlas(workdir / "seed.atlas", "Ana Analyst")
    prepare_shortlist(store)
    prefs = Preferences(QSettings(str(workdir / "settings.ini"), QSettings.Format.IniFormat))
    prefs.author = "Ana Analyst"
    prefs.theme = "light"
    prefs.qsettings.setValue("help/getting_started_shown", True)  # no welcome page over the first shot
    window = MainWindow(store, prefs)
    window.show()
    settle(window)
    views = shots(store)
    wanted = args.only.split(",") if args.only else list(views)
    unknown = [name for name in wanted if name not in views]
    if unknown:
        parser.error(f"unknown view(s) {', '.join(unknown)}; known: {', '.join(views)}")
    sizes = [parse_size(s) for s in args.sizes.split(",")] if args.sizes else list(SIZES)
    themes = args.themes.split(",") if args.themes else list(THEMES)
    for theme in themes:
        prefs.theme = theme
        window.apply_preferences()
        for width, height in sizes:
            for name in wanted:
                reset(window, width, height)
                widget = views[name](window)
                settle(window)
                target = args.out / f"{name}{suffix}-{width}x{height}-{theme}.png"
                widget.grab().save(str(target))
                print(target)
    close_dialogs(window)
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
