"""Use cases and rules: which models a use may rely on and under which duties; the rules binding the shown model."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.errors import AtlasError
from desktop.actions.spec import ActionSpec
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.main_window import MainWindow
    from desktop.usecase_view import UseCaseView


def show_usecase(window: MainWindow) -> UseCaseView:
    """The use-case check page of the open atlas (made on first use)."""
    from desktop.usecase_view import UseCaseView

    def make() -> UseCaseView:
        view = UseCaseView(window.store, window.runner, window)
        view.entryRequested.connect(window.select_entry)
        return view

    view = window.keep("use_case", make)
    assert isinstance(view, UseCaseView)
    window.show_page(view)
    view.check_button.setFocus()
    return view


def shows_model(window: MainWindow) -> bool:
    current = window.targets.current()
    if current is None or window.store is None:
        return False
    try:
        return window.store.get(current).kind == "model"
    except AtlasError:  # the shown entry was just deleted
        return False


def export_rules(window: MainWindow, path: Path | None = None) -> Path | None:
    """The Rules section of the model the detail pane shows, as a Markdown or self-contained HTML file."""
    from db.advisor.api import rules_for
    from db.advisor.export import rules_html, rules_markdown

    uuid = window.targets.current()
    if not uuid or window.store.get(uuid).kind != "model":
        QMessageBox.information(window, translate("actions.use_case", "Export rules"),
                                translate("actions.use_case", "Show a model first: its rules are exported."))
        return None
    name = window.store.get(uuid).name
    if path is None:
        chosen, _ = QFileDialog.getSaveFileName(window,
                                                translate("actions.use_case", "Export rules"),
                                                str(Path.home() / f"rules-{name}.md"),
                                                translate("actions.use_case", "Markdown (*.md);;HTML (*.html)"))
        if not chosen:
            return None
        path = Path(chosen)
    render = rules_html if path.suffix.lower() in (".html", ".htm") else rules_markdown
    path.write_text(render(rules_for(window.store, uuid), model=name), encoding="utf-8")
    return path


def compare_with_snapshot(window: MainWindow, snapshot: str | None = None) -> UseCaseView | None:
    """The saved use case chosen in the use-case page, now and as of a snapshot: verdicts that flipped are tinted."""
    from PySide6.QtWidgets import QInputDialog

    from db.history.snapshots import list_snapshots

    view = show_usecase(window)
    title = translate("actions.use_case", "Compare with Snapshot")
    if not view.saved.currentData():
        QMessageBox.information(window, title, translate(
            "actions.use_case", "Choose a saved use case first: its verdicts now are compared with a snapshot's."))
        return None
    if snapshot is None:
        names = [s.name for s in reversed(list_snapshots(window.store))]
        if not names:
            QMessageBox.information(window, title, translate(
                "actions.use_case", "There are no snapshots yet (View ▸ Create Snapshot…)."))
            return None
        snapshot, ok = QInputDialog.getItem(window, title, translate("actions.use_case", "Snapshot:"), names, 0,
                                            False)
        if not ok or not snapshot:
            return None
    view.compare_with(snapshot)
    return view


ACTIONS = [
    ActionSpec("use_case.check", "&Use-Case Check", show_usecase, menu="View", group=20, toolbar=32,
               shortcuts=("Ctrl+U",), icon="use-case", tip="Which models may I use for this, and under which duties?"),
    ActionSpec("use_case.export_rules", "Export &Rules of This Model…", lambda w: export_rules(w), menu="View",
               group=20, icon="rules", tip="Save the rules that bind the shown model as Markdown or HTML",
               enabled=shows_model),
    ActionSpec("use_case.compare_snapshot", "Compare &with Snapshot…", lambda w: compare_with_snapshot(w),
               menu="View", group=20, tip="Which verdicts of the chosen saved use case flipped since a snapshot"),
]
