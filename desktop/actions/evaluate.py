"""Evaluate the current entry: use case, scores on the rubric, verdict, notes and tags, under the author's name."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.actions.spec import ActionSpec
from desktop.commands import CreateEntry
from desktop.i18n import translate

if TYPE_CHECKING:
    from desktop.evaluation_form import EvaluationDialog
    from desktop.main_window import MainWindow

STATUS_MS = 6000


def evaluate(window: MainWindow, target: str | None = None) -> EvaluationDialog:
    """The evaluation form for `target` (default: the entry the detail pane shows; for an evaluation, the entry it
    evaluated)."""
    from db.choices import evaluation_target
    from desktop.evaluation_form import EvaluationDialog

    store = window.store
    about = evaluation_target(store, target if target is not None else window.targets.current())

    def submit(values: dict[str, Any], tags: list[str]) -> None:
        with store.write() as ctx:
            evaluation: Any = store.create_in(ctx, "evaluation", values)  # an Evaluation: it has a target
            if tags:
                store.tag_in(ctx, [evaluation.uuid], tags)
            ctx.touch(ctx.entry(evaluation.target_uuid))  # its detail lists evaluations
            uuid, name, evaluated = evaluation.uuid, evaluation.name, evaluation.target_uuid
        window.undo_stack.push(CreateEntry(store, uuid, name))
        window.detail.show_entry(evaluated)
        window.statusBar().showMessage(translate("actions.evaluate", "Recorded {name} — Ctrl+Z undoes it").format(
            name=name), STATUS_MS)

    dialog = EvaluationDialog(store, submit, rubric=window.prefs.rubric, author=window.prefs.author or store.author,
                              target=about, parent=window)
    dialog.open()
    return dialog


ACTIONS = [
    ActionSpec("evaluate.entry", "E&valuate…", lambda w: evaluate(w), menu="Edit", group=35,
               shortcuts=("Ctrl+Shift+E",), icon="evaluate", tip="Record your evaluation of the entry shown",
               in_list_menu=True),
]
