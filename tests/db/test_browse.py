"""The read API the desktop's shell uses: list order and rows, sidebar data, what a write changed."""

from __future__ import annotations

from db.browse import describe_change, kinds_of, list_order, list_rows, saved_searches, sidebar_data
from db.queries import ListFilter
from db.store import ChangeSet, Store


def test_list_order_and_rows_follow_the_filter(mini: Store) -> None:
    order = list_order(mini, ListFilter(kind="model", facets={"jurisdiction": ("US",)}), "name", False)
    assert [mini.get(u).name for u in order.uuids] == ["BigCo Ultra"]
    assert "frontier" in order.tag_colors
    rows = list_rows(mini, "model", order.uuids, ["name"])
    assert rows[order.uuids[0]]["name"] == "BigCo Ultra"


def test_sidebar_data_counts_facets_tags_and_saved_searches(mini: Store) -> None:
    mini.create("saved_search", {"name": "Acme watch", "query": "acme"})
    data = sidebar_data(mini, ListFilter(kind="model"))
    assert data.counts["models"] == 3
    assert dict(data.facets["tags"])["frontier"] == 1
    assert [(s.name, s.query) for s in data.saved_searches] == [("Acme watch", "acme")]
    assert [s.name for s in saved_searches(mini)] == ["Acme watch"]


def test_a_change_names_its_kinds_deleted_entries_included(mini: Store) -> None:
    seen: list[ChangeSet] = []
    mini.subscribe(seen.append)
    model = mini.resolve("Acme 7B").uuid
    mini.tag([model], ["shortlist"])
    change = describe_change(mini, seen[-1])
    assert model in change.uuids and change.touches("model")
    mini.delete(model)
    assert kinds_of(mini, [model]) == {model: "model"}
    assert describe_change(mini, seen[-1]).kinds == frozenset({"model"})
