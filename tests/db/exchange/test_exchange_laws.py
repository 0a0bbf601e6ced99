"""The merge laws, as properties over random edit histories on two laptops that share a seed."""

from __future__ import annotations

import contextlib
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from exchange_helpers import content, exact_rows, live_value, open_conflict_versions, replica
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.errors import AtlasError
from db.exchange.api import apply_merge, export_atlas, preview_merge
from db.store import Store

ORGS = ("Acme AI", "BigCo")
MODELS = ("Acme 7B", "Acme 7B Chat", "BigCo Ultra")
TAGS = ("alpha", "beta", "frontier")
WORDS = ("one", "two", "three")

operation = st.one_of(
    st.tuples(st.just("edit_org"), st.sampled_from(ORGS), st.sampled_from(("summary", "country")),
              st.sampled_from(WORDS)),
    st.tuples(st.just("edit_model"), st.sampled_from(MODELS), st.sampled_from(("summary", "family")),
              st.sampled_from(WORDS)),
    st.tuples(st.just("tag"), st.sampled_from(MODELS), st.sampled_from(TAGS), st.just("")),
    st.tuples(st.just("untag"), st.sampled_from(MODELS), st.sampled_from(TAGS), st.just("")),
    st.tuples(st.just("delete"), st.sampled_from(ORGS + MODELS), st.just(""), st.just("")),
    st.tuples(st.just("evaluate"), st.sampled_from(MODELS), st.sampled_from(WORDS), st.just("")),
    st.tuples(st.just("new_org"), st.sampled_from(("Gamma Labs", "Delta")), st.just(""), st.just("")),
    st.tuples(st.just("component"), st.sampled_from(MODELS), st.sampled_from(("released", "not-released")),
              st.just("")),
)
history = st.lists(st.tuples(st.integers(0, 1), operation), max_size=7)


@dataclass
class Edits:
    """The last value each side gave each (entry, field), and what each side added."""

    fields: dict[tuple[str, str], Any] = field(default_factory=dict)
    evaluations: set[str] = field(default_factory=set)


def _uuid(store: Store, name: str) -> str | None:
    try:
        return store.resolve(name).uuid
    except AtlasError:
        return None


def _apply(store: Store, op: tuple[str, str, str, str], edits: Edits) -> None:
    action, name, key, value = op
    uuid = _uuid(store, name)
    if action == "new_org":
        if uuid is None:
            store.create("organization", {"name": name})
        return
    if uuid is None:
        return  # deleted here earlier
    if action in ("edit_org", "edit_model"):
        store.update(uuid, {key: f"{value} by {store.author}"})
        edits.fields[(uuid, key)] = f"{value} by {store.author}"
    elif action == "tag":
        store.tag([uuid], [key])
    elif action == "untag":
        with contextlib.suppress(AtlasError):
            store.untag([uuid], [key])
    elif action == "delete":
        store.delete(uuid)
        edits.fields[(uuid, "deleted")] = True
    elif action == "evaluate":
        evaluation = store.evaluate(uuid, evaluator=store.author, use_case=f"case {key}", scores={"fit": 3},
                                    verdict="trial")
        edits.evaluations.add(evaluation.uuid)
    elif action == "component":
        store.set_components(uuid, {"datasets": key})


def _laptops(template: Path, folder: Path, ops: list[tuple[int, tuple[str, str, str, str]]]):
    stores = [replica(template, folder / "a.atlas", "alice"), replica(template, folder / "b.atlas", "bob")]
    edits = [Edits(), Edits()]
    for side, op in ops:
        _apply(stores[side], op, edits[side])
    return stores, edits


def _edit_survives(store: Store, uuid: str, key: str, value: Any) -> bool:
    """The edit shows, or the row is in conflict with a version that has it."""
    attr = "deleted_at" if key == "deleted" else key
    current, deleted = live_value(store, uuid, attr)
    if (key == "deleted" and deleted) or (key != "deleted" and current == value):
        return True
    for version in open_conflict_versions(store, uuid):
        if (key == "deleted" and version.get("deleted_at") is not None) or version.get(key) == value:
            return True
    return False


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=history)
def test_merging_both_ways_converges_loses_nothing_and_is_idempotent(_mini_template: Path, ops: list) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (a, b), edits = _laptops(_mini_template, folder, ops)
        try:
            export_atlas(a, folder / "a.out")
            export_atlas(b, folder / "b.out")
            apply_merge(a, folder / "b.out")
            apply_merge(b, folder / "a.out")
            # A merging B and B merging A end with the same content (open conflicts as unordered pairs)
            assert content(a) == content(b)
            # no edit from either side is lost without a conflict being recorded
            for side_edits in edits:
                for (uuid, key), value in side_edits.fields.items():
                    assert _edit_survives(a, uuid, key, value) and _edit_survives(b, uuid, key, value), (uuid, key)
                for evaluation in side_edits.evaluations:
                    assert a.get(evaluation, include_deleted=True) and b.get(evaluation, include_deleted=True)
            # importing the same file twice changes nothing
            before = content(a)
            plan = preview_merge(a, folder / "b.out")
            plan.close()
            changed = {k: sum(v.values()) for k, v in plan.counts.items() if k not in ("unchanged", "duplicates")}
            assert changed == {"new": 0, "updated": 0, "deleted": 0, "conflicts": 0}
            apply_merge(a, folder / "b.out")
            assert content(a) == before
        finally:
            a.close()
            b.close()


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=history)
def test_export_then_import_into_an_empty_atlas_reproduces_every_row(_mini_template: Path, ops: list) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (a, b), _ = _laptops(_mini_template, folder, ops)
        empty = Store.open(folder / "empty.atlas", "carol", create=True)
        try:
            export_atlas(b, folder / "b.out")
            apply_merge(a, folder / "b.out")  # so that A carries merge history, tombstones and conflicts
            export_atlas(a, folder / "a.out")
            report = apply_merge(empty, folder / "a.out")
            assert sum(report.counts["conflicts"].values()) == 0
            assert exact_rows(empty) == exact_rows(a)
        finally:
            for store in (a, b, empty):
                store.close()
