"""The entry list model: consistent for Qt, lazy, sorted and filtered in SQL."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from db.queries import ListFilter
from db.store import Store
from desktop.list_model import COLOR_ROLE, UUID_ROLE, EntryTableModel
from desktop.workers import JobRunner


@pytest.fixture
def model(qtbot, mini: Store) -> EntryTableModel:
    runner = JobRunner()
    table = EntryTableModel(mini, runner)
    table.setParent(runner)  # the runner lives as long as the model
    with qtbot.waitSignal(table.loaded, timeout=10_000):
        table.set_query(ListFilter(kind="model"))
    return table


def test_model_passes_qt_model_tester(qtmodeltester, model: EntryTableModel) -> None:
    qtmodeltester.check(model)


def test_rows_and_badge_colors(model: EntryTableModel) -> None:
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names == ["Acme 7B", "Acme 7B Chat", "BigCo Ultra"]
    grade_column = [c.key for c in model.columns].index("openness_grade")
    assert model.index(0, grade_column).data() == "Open weights, unrestricted"
    assert model.index(0, grade_column).data(COLOR_ROLE) is not None


def test_sort_descending_by_release_date(qtbot, model: EntryTableModel) -> None:
    column = [c.key for c in model.columns].index("release_date")
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["BigCo Ultra", "Acme 7B Chat", "Acme 7B"]


def test_sorting_by_the_order_listed_orders_nothing_again(qtbot, model: EntryTableModel) -> None:
    """A restored header announces the sort already listed: no second ordering of the whole atlas."""
    name = [c.key for c in model.columns].index("name")
    qtbot.waitUntil(model.runner.is_idle)
    model.sort(name, Qt.SortOrder.AscendingOrder)
    assert model.runner.is_idle()
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(name, Qt.SortOrder.DescendingOrder)
    assert [model.index(r, 0).data() for r in range(3)] == ["BigCo Ultra", "Acme 7B Chat", "Acme 7B"]


def test_filter_by_facet_and_tag(qtbot, model: EntryTableModel) -> None:
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListFilter(kind="model", facets={"jurisdiction": ("US",)}))
    assert model.rowCount() == 1
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.set_query(ListFilter(kind="model", tags_exclude=("frontier",)))
    assert model.rowCount() == 2
    assert all(model.index(r, 0).data(UUID_ROLE) for r in range(2))


def test_every_kind_lists_and_passes_tester(qtbot, qtmodeltester, model: EntryTableModel) -> None:
    for kind in ("organization", "license", "policy_note", "note", "evaluation", "tag", "source"):
        with qtbot.waitSignal(model.loaded, timeout=10_000):
            model.set_query(ListFilter(kind=kind))
        qtmodeltester.check(model)
