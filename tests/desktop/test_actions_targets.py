"""What commands act on (the entry shown vs the selection), how views hear about changes, the panes' widths, and
jobs that cancel alone."""

from __future__ import annotations

import threading

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl

from db.jobs import CancelToken, JobCancelled, Progress
from desktop.actions.search import run_index_job
from desktop.editor import EntryDialog
from desktop.evaluation_form import EvaluationDialog
from desktop.main_window import MainWindow
from desktop.tag_dialog import TagDialog
from tests.desktop.conftest import answer_modal, opened, press, settle


def select_rows(window: MainWindow, rows: list[int]) -> None:
    selection = window.table.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(window.list_model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def test_edit_and_evaluate_act_on_the_entry_shown_tag_on_the_selection(qtbot, window: MainWindow) -> None:
    store = window.store
    select_rows(window, [0, 1, 2])
    developer = store.resolve("Acme AI").uuid
    window.detail.anchorClicked.emit(QUrl(f"atlas://entry/{developer}"))  # a link: the detail shows Acme AI
    assert window.detail.current == developer and len(window.targets.selection()) == 3

    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = opened(EntryDialog)
    assert editor.windowTitle() == "Edit organization" and editor.form.values()["name"] == "Acme AI"
    editor.reject()

    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    evaluation = opened(EvaluationDialog)
    assert evaluation.target.currentData() == developer
    evaluation.reject()

    press(qtbot, window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    tags = opened(TagDialog)
    assert tags.windowTitle() == "Add tags"
    tags.input.setText("shortlist")
    tags.accept()
    tagged = {e.name for e in (store.resolve(n) for n in ("Acme 7B", "Acme 7B Chat", "BigCo Ultra"))
              if "shortlist" in [t.name for t in e.tags]}
    assert tagged == {"Acme 7B", "Acme 7B Chat", "BigCo Ultra"}
    assert "shortlist" not in [t.name for t in store.get(developer).tags]


def test_a_reload_that_reorders_the_list_keeps_the_selection(qtbot, window: MainWindow) -> None:
    store = window.store
    select_rows(window, [0, 2])
    chosen = set(window.targets.selection())
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # a new order: the model is reset
    settle(qtbot, window)
    assert window.list_model.was_reset
    assert set(window.targets.selection()) == chosen
    store.update(store.resolve("Acme 7B Chat").uuid, {"name": "Zeta Chat"})  # moves to the top
    settle(qtbot, window)
    assert set(window.targets.selection()) == chosen


def test_views_refresh_only_for_changes_that_touch_them(qtbot, window: MainWindow) -> None:
    loads: list[bool] = []
    window.list_model.loaded.connect(lambda: loads.append(window.list_model.was_reset))
    window.store.create("saved_search", {"name": "Acme watch", "query": "acme"})
    settle(qtbot, window)
    assert loads == []  # a saved search is not a model: the model list is not queried again
    assert window.sidebar.item_for("saved", window.store.resolve("Acme watch", "saved_search").uuid) is not None
    select_rows(window, [0, 1])
    window.store.update(window.store.resolve("BigCo Ultra").uuid, {"summary": "changed"})
    settle(qtbot, window)
    assert loads == [False]  # same rows, same order: repainted, not reset
    assert len(window.table.selectionModel().selectedRows()) == 2
    window.store.update(window.store.resolve("Acme AI").uuid, {"name": "Acme Labs"})  # a name the rows show
    settle(qtbot, window)
    developer = [c.key for c in window.list_model.columns].index("developer")
    assert window.list_model.index(0, developer).data() == "Acme Labs"
    assert len(window.table.selectionModel().selectedRows()) == 2


def test_ctrl_3_brings_back_a_collapsed_detail_pane_that_cannot_be_crushed(qtbot, window: MainWindow) -> None:
    window.resize(1280, 720)
    sizes = window.splitter.sizes()
    window.splitter.setSizes([sizes[0], sizes[1] + sizes[2], 0])
    assert window.splitter.sizes()[2] == 0
    press(qtbot, window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.splitter.sizes()[2] >= window.detail.minimumWidth() > 200
    assert window.detail.hasFocus()
    window.splitter.setSizes([200, 1000, 90])  # a sliver is not possible: shut, or at least its minimum
    detail_width = window.splitter.sizes()[2]
    assert detail_width == 0 or detail_width >= window.detail.minimumWidth()


def test_cancelling_the_index_leaves_list_results_alone(qtbot, window: MainWindow) -> None:
    release = threading.Event()

    class SlowService:
        """A real index job's shape: it stops when cancelled and says so."""

        def ensure_fresh(self, progress: Progress, cancelled: CancelToken) -> bool:
            while not cancelled():
                progress(1, 10)
                release.wait(0.01)
            raise JobCancelled("index update cancelled")

        def status(self) -> None:
            raise AssertionError("not asked after a cancel")

    window.search_service, real = SlowService(), window.search_service
    try:
        run_index_job(window, rebuild=False, reason="stale")
        assert window.job_status.cancel_button.isVisibleTo(window)
        with qtbot.waitSignal(window.list_model.loaded, timeout=10_000):
            window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
            qtbot.mouseClick(window.job_status.cancel_button, Qt.MouseButton.LeftButton)
        settle(qtbot, window)
        assert window.list_model.index(0, 0).data() == "BigCo Ultra"  # the list's answer arrived
        assert window.job_status.label.text() == "index update cancelled"
    finally:
        release.set()
        window.search_service = real


def test_delete_asks_first_and_acts_on_the_selection(qtbot, window: MainWindow) -> None:
    select_rows(window, [0, 1])
    window.table.setFocus()
    titles = answer_modal(qtbot, lambda: press(qtbot, window, Qt.Key.Key_Delete))
    assert titles == ["Delete"] and window.store.counts()["models"] == 3  # answered No: nothing deleted
    titles = answer_modal(qtbot, lambda: press(qtbot, window, Qt.Key.Key_Delete), accept=True)
    settle(qtbot, window)
    assert window.store.counts()["models"] == 1
