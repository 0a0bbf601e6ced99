"""The issue's "done when", end to end on the real seed: shortlist five models in one step, evaluate two,
compare the shortlist with only differences, export it as HTML, and click from a chart to the models."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog

from db.store import Store
from desktop.actions.charts import charts_view
from desktop.actions.compare import compare_view
from desktop.evaluation_form import EvaluationDialog
from desktop.main_window import MainWindow
from desktop.settings import Preferences
from desktop.tag_dialog import TagDialog
from tests.desktop.conftest import opened, press, settle, trigger

SHORTLIST = ["Llama 3.1 405B", "Mistral 7B", "GPT-4o", "DeepSeek-R1", "OLMo 2 13B"]


@pytest.fixture
def seeded_window(qtbot, seeded_path: Path, prefs: Preferences) -> Iterator[MainWindow]:
    store = Store.open(seeded_path, "ana")
    main = MainWindow(store, prefs, search_enabled=False)
    qtbot.addWidget(main)
    main.resize(1500, 900)
    main.show()
    settle(qtbot, main)
    yield main
    main.close()
    store.close()


def test_shortlist_evaluate_compare_export_and_chart(qtbot, seeded_window: MainWindow, tmp_path: Path) -> None:
    window = seeded_window
    store = window.store
    available = {store.resolve(n).name for n in SHORTLIST}
    assert available == set(SHORTLIST)

    # 1. tag five models "shortlist" in one step
    selection = window.table.selectionModel()
    selection.clearSelection()
    for name in SHORTLIST:
        row = window.list_model.row_of(store.resolve(name).uuid)
        selection.select(window.list_model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    steps = window.undo_stack.count()
    trigger(window, "tags.add")
    dialog = opened(TagDialog)
    assert dialog.windowTitle() == "Add tags"
    dialog.input.setText("shortlist")
    dialog.accept()
    assert window.undo_stack.count() == steps + 1
    assert all("shortlist" in [t.name for t in store.resolve(n).tags] for n in SHORTLIST)

    # 2. evaluations of two of them, under the author from preferences
    for name, verdict, scores in (("Mistral 7B", "adopt", {"capability": 3, "license risk": 5}),
                                  ("Llama 3.1 405B", "trial", {"capability": 5, "license risk": 2})):
        window.select_entry(store.resolve(name).uuid)
        settle(qtbot, window)
        press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        dialog = opened(EvaluationDialog)
        assert dialog.target.currentData() == store.resolve(name).uuid
        dialog.use_case.setText("on-prem legal summarization in the EU")
        dialog.set_scores(scores)
        dialog.verdict.buttons[verdict].click()
        dialog.try_accept()
        assert dialog.result() == QDialog.DialogCode.Accepted
    settle(qtbot, window)

    # 3. compare the shortlist with only the differences shown
    window.sidebar.tagToggled.emit("shortlist", "include")
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 5, timeout=10_000)
    window.table.selectAll()
    view = compare_view(window)
    window.activateWindow()  # shortcuts reach the active window; the evaluation forms had it
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(view.ready, timeout=20_000):
        qtbot.keyClick(window.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert sorted(e.name for e in view.comparison.entries) == sorted(SHORTLIST)  # type: ignore[union-attr]
    view.only_differences.setChecked(True)
    labels = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert "≠ Verdicts" in labels and "≠ Openness grade" in labels
    assert "How graded" not in labels  # the same for all five: hidden
    tags = labels.index("≠ Tags")
    assert all("shortlist" in view.model.index(tags, c).data() for c in range(1, 6))

    # 4. export it as a self-contained HTML page
    page = view.export("html", tmp_path / "shortlist.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    assert all(name in page for name in SHORTLIST) and "ana" in page
    assert "<script" not in page and "<link" not in page

    # 5. click from a chart to the model behind a point
    charts = charts_view(window)
    with qtbot.waitSignal(charts.ready, timeout=20_000):
        trigger(window, "charts.show")
    olmo = store.resolve("OLMo 2 13B").uuid
    qtbot.waitUntil(lambda: charts.point_position(olmo) is not None, timeout=5_000)  # laid out on screen
    point = charts.point_position(olmo)
    assert point is not None
    qtbot.mouseClick(charts.views["timeline"].viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.list_model.rowCount() == 1, timeout=10_000)
    assert window.list_model.uuid_at(0) == olmo and window.detail.current == olmo
    settle(qtbot, window)
