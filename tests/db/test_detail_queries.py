"""`show` loads one entry's graph in a fixed number of queries, and says exactly what it said before."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from db import detail as detail_module
from db import lineage
from db.cli.cmd_show import render
from db.detail import entry_detail
from db.lineage import FamilyTree, Lineal, TreeNode
from db.reading import lineage as reading_lineage
from db.schema import Entry, Model
from db.store import Store
from db.values import normalize_name
from db.vocab import MAX_LINEAGE_DEPTH, BaseRelation, MofComponent

MODEL_QUERY_BOUND = 25  # today 22-25 on the seed: a base model, a licensed ancestor add one query each
ORGANIZATION_QUERY_BOUND = 12


@contextmanager
def counted(store: Store) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


def _queries(store: Store, uuid: str) -> int:
    entry_detail(store, uuid)  # once unmeasured: the first call also reads the schema's own tables
    with counted(store) as statements:
        entry_detail(store, uuid)
    return len(statements)


def _family(store: Store, prefix: str, size: int) -> dict[str, str]:
    """A family of `size` sizes, each with components, tags, sources and evaluations `size` times over, under a
    licensed base, with a chain of `size` derivatives below the first size."""
    developer = store.resolve("Acme AI", "organization").uuid
    license_uuid = store.resolve("Apache License 2.0", "license").uuid
    make = lambda name: store.create("model", {"name": name, "developer": developer,  # noqa: E731
                                               "license": license_uuid}).uuid
    root = make(f"{prefix} Root")
    lineage.set_family(store, root, f"{prefix} family", "0", "base")
    members = [make(f"{prefix} {n}B") for n in range(1, size + 1)]
    for number, uuid in enumerate(members, 1):
        lineage.set_family(store, uuid, f"{prefix} family", "1", f"{number}B")
        lineage.set_base(store, uuid, root, "continued-pretraining")
    below = members[0]
    for depth in range(size):
        child = make(f"{prefix} derivative {depth}")
        lineage.set_base(store, child, below, "fine-tune")
        below = child
    focus = members[0]
    components = list(MofComponent)[:size * 2]
    store.set_components(focus, {component.value: "released" for component in components})
    store.tag([focus], [f"{prefix} tag {n}" for n in range(size)])
    with store.write() as ctx:
        for n in range(size):
            store.add_source_in(ctx, focus, f"https://{prefix.lower()}.example/{n}", f"{prefix} page {n}")
    for n in range(size):
        store.evaluate(focus, evaluator=f"analyst {n}", use_case=f"case {n}", scores={"capability": 3},
                       verdict="assess")
    return {"focus": focus, "root": root, "leaf": below}


def test_a_models_queries_do_not_grow_with_its_graph(mini: Store) -> None:
    few = _family(mini, "Few", 1)
    many = _family(mini, "Many", 6)
    assert len(entry_detail(mini, many["focus"])["family_tree"]["rows"]) == 1 + 6 + 6
    assert len(entry_detail(mini, many["focus"])["evaluations"]) == 6
    for key in ("focus", "root", "leaf"):
        assert _queries(mini, few[key]) == _queries(mini, many[key]) <= MODEL_QUERY_BOUND, key


def test_an_organizations_queries_do_not_grow_with_its_models(mini: Store) -> None:
    small = mini.create("organization", {"name": "Small Lab"}).uuid
    large = mini.create("organization", {"name": "Large Lab"}).uuid
    for developer, count in ((small, 1), (large, 12)):
        for n in range(count):
            mini.create("model", {"name": f"{developer[:8]} model {n}", "developer": developer})
    assert _queries(mini, small) == _queries(mini, large) <= ORGANIZATION_QUERY_BOUND


# ---- the family tree as it was read before (one query per step and per member), kept as the reference ----------


def _old_ancestors(session: Session, uuid: str) -> list[tuple[Lineal, str]]:
    chain: list[tuple[Lineal, str]] = []
    seen = {uuid}
    current = lineage.lineal(session, uuid)
    while current.base_uuid is not None and len(chain) < MAX_LINEAGE_DEPTH:
        found = lineage._live(session, Model.uuid == current.base_uuid)
        if not found or found[0].uuid in seen:
            break
        chain.append((found[0], current.relation or BaseRelation.OTHER.value))
        seen.add(found[0].uuid)
        current = found[0]
    return chain


def _old_derivatives(session: Session, uuid: str) -> list[Lineal]:
    result: list[Lineal] = []
    seen = {uuid}
    frontier = [uuid]
    while frontier:
        children = [m for m in lineage._live(session, Model.base_model_uuid.in_(frontier)) if m.uuid not in seen]
        result += children
        seen |= {m.uuid for m in children}
        frontier = [m.uuid for m in children]
    return sorted(result, key=lambda m: (normalize_name(m.name), m.uuid))


def _old_family_tree(session: Session, uuid: str) -> FamilyTree:
    focus = lineage.lineal(session, uuid)
    chain = _old_ancestors(session, uuid)
    top = chain[-1][0] if chain else focus
    family = next((m.family for m in [focus, *(a for a, _ in chain)] if m.family), None)
    members = {m.uuid: m for m in (lineage.family_members(session, family) if family else [])}
    members.setdefault(top.uuid, top)
    by_uuid = dict(members)
    for member in list(members.values()):
        for derived in _old_derivatives(session, member.uuid):
            by_uuid.setdefault(derived.uuid, derived)
    for ancestor, _relation in chain:
        by_uuid.setdefault(ancestor.uuid, ancestor)
    key = lineage.family_key
    nodes = {u: TreeNode(m, in_family=family is not None and key(m.family) == key(family))
             for u, m in by_uuid.items()}
    if family is None:
        for node in nodes.values():
            node.in_family = True
    roots: list[TreeNode] = []
    for node in nodes.values():
        parent = nodes.get(node.model.base_uuid) if node.model.base_uuid else None
        if parent is not None and not reading_lineage._closes_cycle(nodes, node.model.uuid):
            parent.children.append(node)
        else:
            roots.append(node)
    order = lambda n: (normalize_name(n.model.name), n.model.uuid)  # noqa: E731
    for node in nodes.values():
        node.children.sort(key=order)
    roots.sort(key=lambda n: (not n.in_family, *order(n)))
    return FamilyTree(family, uuid, roots)


def _shown(store: Store, sources: int | None = None) -> dict[str, tuple[str, str]]:
    """`show`'s text and `--format json` for every live entry (only the first `sources` sources: they are alike)."""
    with store.read() as session:
        rows = session.execute(select(Entry.uuid, Entry.kind).where(Entry.deleted_at.is_(None)).order_by(Entry.uuid))
        others = [uuid for uuid, kind in rows if kind != "source"]
        cited = list(session.scalars(select(Entry.uuid).where(Entry.deleted_at.is_(None), Entry.kind == "source")
                                     .order_by(Entry.uuid).limit(sources if sources is not None else -1)))
        uuids = others + cited
    out = {}
    for uuid in uuids:
        found = entry_detail(store, uuid)
        out[uuid] = (render(found), json.dumps(found, indent=2, ensure_ascii=False))
    return out


def _as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    """The old reading: every related entry loaded whole, the family tree walked one query at a time."""
    monkeypatch.setattr(detail_module, "_BARE", [])
    monkeypatch.setattr(detail_module, "ancestors", _old_ancestors)
    monkeypatch.setattr(detail_module, "family_tree", _old_family_tree)


def test_show_says_what_it_said_before_for_every_seed_entry(seeded: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    now = _shown(seeded, sources=40)  # every model, license, organization, policy note, tag and note
    with monkeypatch.context() as patch:
        _as_before(patch)
        before = _shown(seeded, sources=40)
    assert len(now) > 200 and now == before


def test_family_trees_read_as_before(mini: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _family(mini, "Many", 4)
    with mini.read() as session:
        models = list(session.scalars(select(Model.uuid).where(Model.deleted_at.is_(None))))
        for uuid in models:
            assert lineage.ancestors(session, uuid) == _old_ancestors(session, uuid)
            assert lineage.family_tree(session, uuid).to_dict() == _old_family_tree(session, uuid).to_dict()
            assert lineage.derivatives_of(session, uuid, transitive=True) == _old_derivatives(session, uuid)
    now = _shown(mini)
    with monkeypatch.context() as patch:
        _as_before(patch)
        assert _shown(mini) == now
    assert built["leaf"] in now
