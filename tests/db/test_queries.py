"""List queries: filters, sorting on every column, paging, facet counts and the lazy-list helpers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from db.queries import (
    KIND_QUERIES,
    ListFilter,
    count,
    facet_counts,
    list_page,
    rows_for,
    tag_colors,
    uuids_in_order,
)
from db.store import Store


@pytest.fixture(scope="module")
def atlas(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[Store]:
    """The fixture seed plus one entry of every other kind and a few awkward rows (nulls, tombstones)."""
    path = tmp_path_factory.mktemp("queries") / "queries.atlas"
    shutil.copyfile(request.getfixturevalue("_mini_template"), path)
    store = Store.open(path, "tester")
    store.create("organization", {"name": "Nameless Lab", "org_kind": "academic"})
    store.create("model", {"name": "Zeta", "developer": "Nameless Lab", "params_total": "1B"})
    gone = store.create("model", {"name": "Gone Model", "developer": "BigCo", "release_date": "2023-01-01"})
    store.delete(gone.uuid)
    store.tag([store.resolve("BigCo Ultra").uuid, store.resolve("Acme 7B").uuid], ["shortlist"], "#112233")
    store.tag([store.resolve("Zeta").uuid], ["removed-later"])
    store.untag([store.resolve("Zeta").uuid], ["removed-later"])
    store.tag([store.resolve("Acme AI").uuid], ["eu-lab"])
    store.evaluate("Acme 7B", evaluator="ana", use_case="EU summaries", scores={"capability": 4, "cost": 2},
                   verdict="trial", tags=["shortlist"])
    store.evaluate("BigCo Ultra", evaluator="bo", use_case="Coding", scores={"capability": 5}, verdict="hold")
    store.create("saved_search", {"name": "EU open weights", "query": "jurisdiction:EU", "kind_filter": "model"})
    store.create("note", {"name": "About Zeta", "target": "Zeta", "body": "tiny"})
    yield store
    store.close()


@pytest.fixture
def session(atlas: Store) -> Iterator[Session]:
    with atlas.read() as session:
        yield session


def names(session: Session, flt: ListFilter, sort: str = "name", descending: bool = False) -> list[str]:
    return [row["name"] for row in list_page(session, flt, sort, descending, limit=1000).rows]


# ---- filters ---------------------------------------------------------------------------------


def test_unfiltered_models_leave_out_tombstones(session: Session) -> None:
    assert names(session, ListFilter()) == ["Acme 7B", "Acme 7B Chat", "BigCo Ultra", "Zeta"]
    assert "Gone Model" in names(session, ListFilter(include_deleted=True))


@pytest.mark.parametrize(
    ("facets", "expected"),
    [
        ({"openness": ("open-weights-restricted",)}, ["Acme 7B Chat"]),
        ({"openness": ("closed-api", "open-weights-restricted")}, ["Acme 7B Chat", "BigCo Ultra"]),
        ({"license_family": ("permissive",)}, ["Acme 7B"]),
        ({"license_family": ("",)}, ["Zeta"]),  # "" asks for entries without a value
        ({"jurisdiction": ("US",)}, ["BigCo Ultra"]),
        ({"jurisdiction": ("EU", "")}, ["Acme 7B", "Acme 7B Chat", "Zeta"]),
        ({"org": ("acme ai",)}, ["Acme 7B", "Acme 7B Chat"]),  # by name, case-insensitively
        ({"org": ("ACME-AI",)}, ["Acme 7B", "Acme 7B Chat"]),
        ({"mof_class": ("0",)}, ["Acme 7B", "Acme 7B Chat", "BigCo Ultra", "Zeta"]),
        ({"jurisdiction": ("EU",), "openness": ("open-weights-unrestricted",)}, ["Acme 7B"]),
        ({"status": ("in-force",)}, ["Acme 7B", "Acme 7B Chat", "BigCo Ultra", "Zeta"]),  # another kind's facet
        ({"openness": ()}, ["Acme 7B", "Acme 7B Chat", "BigCo Ultra", "Zeta"]),
    ],
)
def test_model_facet_filters(session: Session, facets: dict[str, tuple[str, ...]], expected: list[str]) -> None:
    assert names(session, ListFilter(facets=facets)) == expected


def test_org_filter_by_uuid(atlas: Store, session: Session) -> None:
    bigco = atlas.resolve("BigCo").uuid
    assert names(session, ListFilter(facets={"org": (bigco,)})) == ["BigCo Ultra"]


def test_tag_filters(session: Session) -> None:
    assert names(session, ListFilter(tags_include=("shortlist",))) == ["Acme 7B", "BigCo Ultra"]
    assert names(session, ListFilter(tags_include=("Shortlist", "frontier"))) == ["Acme 7B"]
    assert names(session, ListFilter(tags_exclude=("shortlist",))) == ["Acme 7B Chat", "Zeta"]
    assert names(session, ListFilter(tags_include=("removed-later",))) == []  # the link is a tombstone
    assert names(session, ListFilter(tags_include=("no-such-tag",))) == []
    assert len(names(session, ListFilter(tags_exclude=("no-such-tag",)))) == 4


def test_text_filter(session: Session) -> None:
    assert names(session, ListFilter(text="CHAT")) == ["Acme 7B Chat"]
    assert names(session, ListFilter(text="  acme ")) == ["Acme 7B", "Acme 7B Chat"]
    assert names(session, ListFilter(text="%")) == []  # typed wildcards are literal
    assert names(session, ListFilter(text="acme_7b")) == []
    assert names(session, ListFilter(kind="organization", text="lab")) == ["Nameless Lab"]


def test_uuid_filter(atlas: Store, session: Session) -> None:
    zeta = atlas.resolve("Zeta").uuid
    assert names(session, ListFilter(uuids=(zeta,))) == ["Zeta"]
    assert names(session, ListFilter(uuids=())) == []


def test_filters_of_other_kinds(session: Session) -> None:
    orgs = ListFilter(kind="organization", facets={"jurisdiction": ("EU",)})
    assert names(session, orgs) == ["Acme AI"]
    licenses = ListFilter(kind="license", facets={"commercial_use": ("yes",)})
    assert names(session, licenses) == ["Apache License 2.0", "Test API Terms"]
    policies = ListFilter(kind="policy_note", facets={"status": ("in-force",)})
    assert names(session, policies) == ["Test Act systemic risk"]
    evaluations = list_page(session, ListFilter(kind="evaluation", facets={"verdict": ("hold",)})).rows
    assert [(row["target"], row["evaluator"]) for row in evaluations] == [("BigCo Ultra", "bo")]
    tagged = ListFilter(kind="evaluation", tags_include=("shortlist",))
    assert [row["target"] for row in list_page(session, tagged).rows] == ["Acme 7B"]
    assert names(session, ListFilter(kind="organization", tags_include=("eu-lab",))) == ["Acme AI"]


# ---- columns and sorting ---------------------------------------------------------------------


FILLED_KINDS = {"model", "organization", "license", "policy_note", "note", "evaluation", "source", "tag",
                "saved_search"}
SORTS = [(kind, column.key) for kind, query in KIND_QUERIES.items() for column in query.columns]


@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
@pytest.mark.parametrize(("kind", "sort"), SORTS, ids=[f"{k}-{s}" for k, s in SORTS])
def test_every_column_of_every_kind_sorts(session: Session, kind: str, sort: str, descending: bool) -> None:
    flt = ListFilter(kind=kind)
    page = list_page(session, flt, sort, descending, limit=1000)
    assert page.total == len(page.rows)
    assert uuids_in_order(session, flt, sort, descending) == [row["uuid"] for row in page.rows]
    if kind in FILLED_KINDS:  # kinds added later may have no rows here; they must still sort without error
        assert page.rows
        assert set(page.rows[0]) == {"uuid", *(c.key for c in KIND_QUERIES[kind].columns)}


def test_nulls_sort_last_both_ways(session: Session) -> None:
    assert names(session, ListFilter(), "release_date") == ["Acme 7B", "Acme 7B Chat", "BigCo Ultra", "Zeta"]
    assert names(session, ListFilter(), "release_date", True) == ["BigCo Ultra", "Acme 7B Chat", "Acme 7B", "Zeta"]
    assert names(session, ListFilter(), "license", True)[-1] == "Zeta"


def test_openness_sorts_by_rank_not_text(session: Session) -> None:
    order = names(session, ListFilter(), "openness_grade")
    assert order.index("BigCo Ultra") < order.index("Acme 7B Chat") < order.index("Acme 7B")


def test_names_sort_case_insensitively(atlas: Store, session: Session) -> None:
    flt = ListFilter(kind="organization")
    assert names(session, flt) == ["Acme AI", "BigCo", "Nameless Lab"]
    assert names(session, flt, "name", True) == ["Nameless Lab", "BigCo", "Acme AI"]


def test_unknown_sort_falls_back_to_the_first_column(session: Session) -> None:
    assert names(session, ListFilter(), "no_such_column") == names(session, ListFilter())


def test_computed_columns(session: Session) -> None:
    orgs = {row["name"]: row for row in list_page(session, ListFilter(kind="organization")).rows}
    assert orgs["BigCo"]["models"] == 1  # the deleted model is not counted
    assert orgs["Acme AI"]["models"] == 2
    tags = {row["name"]: row for row in list_page(session, ListFilter(kind="tag")).rows}
    assert tags["shortlist"]["count"] == 3 and tags["removed-later"]["count"] == 0
    assert tags["shortlist"]["color"] == "#112233"
    evaluations = {row["target"]: row for row in list_page(session, ListFilter(kind="evaluation")).rows}
    assert evaluations["Acme 7B"]["score"] == pytest.approx(3.0)
    assert evaluations["Acme 7B"]["tags"] == "shortlist"
    models = {row["name"]: row for row in list_page(session, ListFilter()).rows}
    assert models["Acme 7B"]["tags"].split(", ") == sorted(["frontier", "shortlist"])
    assert models["Zeta"]["tags"] is None
    assert models["Acme 7B Chat"]["developer"] == "Acme AI" and models["Acme 7B Chat"]["jurisdiction"] == "EU"
    assert models["Acme 7B"]["license_family"] == "permissive"


def test_chosen_columns_always_include_the_sort_column(session: Session) -> None:
    page = list_page(session, ListFilter(), "release_date", columns=["name"])
    assert set(page.rows[0]) == {"uuid", "name", "release_date"}


# ---- paging ----------------------------------------------------------------------------------


def test_paging_walks_the_full_order(session: Session) -> None:
    flt = ListFilter(kind="source")
    everything = [row["uuid"] for row in list_page(session, flt, "url", limit=1000).rows]
    assert len(everything) == 10
    pages = [list_page(session, flt, "url", offset=offset, limit=3) for offset in range(0, 12, 3)]
    assert [row["uuid"] for page in pages for row in page.rows] == everything
    assert {page.total for page in pages} == {10}
    assert list_page(session, flt, offset=50, limit=3).rows == []
    assert list_page(session, flt, offset=-5, limit=2).rows == list_page(session, flt, limit=2).rows
    assert list_page(session, flt, limit=0).rows == []


def test_count_matches_the_filter(session: Session) -> None:
    assert count(session, ListFilter()) == 4
    assert count(session, ListFilter(include_deleted=True)) == 5
    assert count(session, ListFilter(facets={"jurisdiction": ("EU",)})) == 2
    assert count(session, ListFilter(kind="saved_search")) == 1


# ---- facets ----------------------------------------------------------------------------------


def test_facet_counts_unfiltered(session: Session) -> None:
    facets = facet_counts(session, ListFilter())
    assert set(facets) >= {"openness", "license_family", "jurisdiction", "org", "mof_class", "tags"}
    assert dict(facets["jurisdiction"]) == {"EU": 2, "US": 1, None: 1}
    assert dict(facets["org"]) == {"Acme AI": 2, "BigCo": 1, "Nameless Lab": 1}
    assert dict(facets["tags"]) == {"shortlist": 2, "frontier": 1}
    assert dict(facets["mof_class"]) == {"0": 4}
    assert facets["org"][0] == ("Acme AI", 2)  # most frequent first


def test_a_facets_own_filter_does_not_hide_its_other_values(session: Session) -> None:
    flt = ListFilter(facets={"openness": ("open-weights-restricted",)})
    facets = facet_counts(session, flt)
    assert dict(facets["openness"]) == {"open-weights-unrestricted": 1, "open-weights-restricted": 1,
                                        "closed-api": 1, None: 1}  # Zeta: nothing recorded, not graded
    assert dict(facets["jurisdiction"]) == {"EU": 1}  # other facets follow the filter
    assert dict(facets["org"]) == {"Acme AI": 1}
    assert facets["tags"] == []


def test_facets_follow_tag_and_text_filters(session: Session) -> None:
    facets = facet_counts(session, ListFilter(tags_include=("shortlist",)))
    assert dict(facets["jurisdiction"]) == {"EU": 1, "US": 1}
    assert dict(facets["tags"]) == {"shortlist": 2, "frontier": 1}
    assert dict(facet_counts(session, ListFilter(text="zeta"))["org"]) == {"Nameless Lab": 1}


def test_facets_of_kinds_without_facets(session: Session) -> None:
    assert facet_counts(session, ListFilter(kind="note")) == {"tags": [("analysis", 1)]}
    verdicts = facet_counts(session, ListFilter(kind="evaluation"))
    assert dict(verdicts["verdict"]) == {"trial": 1, "hold": 1}


def test_with_facet_adds_and_clears(session: Session) -> None:
    flt = ListFilter().with_facet("jurisdiction", ["EU"])
    assert flt.facets == {"jurisdiction": ("EU",)}
    assert flt.with_facet("jurisdiction", []).facets == {}


# ---- lazy-list helpers -----------------------------------------------------------------------


def test_rows_for(atlas: Store, session: Session) -> None:
    wanted = [atlas.resolve("Zeta").uuid, atlas.resolve("Acme 7B").uuid]
    rows = rows_for(session, "model", wanted, columns=["name", "developer"])
    assert set(rows) == set(wanted)
    assert rows[wanted[0]] == {"uuid": wanted[0], "name": "Zeta", "developer": "Nameless Lab"}
    assert rows_for(session, "model", []) == {}
    assert set(rows_for(session, "model", wanted[:1])[wanted[0]]) == {"uuid", *(
        c.key for c in KIND_QUERIES["model"].columns)}


def test_uuids_in_order_follows_filters(atlas: Store, session: Session) -> None:
    flt = ListFilter(facets={"jurisdiction": ("EU",)})
    assert uuids_in_order(session, flt, "name", True) == [atlas.resolve("Acme 7B Chat").uuid,
                                                          atlas.resolve("Acme 7B").uuid]


def test_tag_colors(session: Session) -> None:
    colors = tag_colors(session)
    assert colors["frontier"] == "#c0392b" and colors["shortlist"] == "#112233"


def test_queries_on_an_empty_atlas(empty: Store) -> None:
    with empty.read() as session:
        for kind in KIND_QUERIES:
            page = list_page(session, ListFilter(kind=kind))
            assert (page.rows, page.total) == ([], 0)
            assert all(values == [] for values in facet_counts(session, ListFilter(kind=kind)).values())


def test_seeded_atlas_lists_sort_without_error(seeded_path: Path) -> None:
    with Store.open(seeded_path) as store, store.read() as session:
        for kind, query in KIND_QUERIES.items():
            total = count(session, ListFilter(kind=kind))
            for column in query.columns:
                assert list_page(session, ListFilter(kind=kind), column.key, True, limit=5).total == total
