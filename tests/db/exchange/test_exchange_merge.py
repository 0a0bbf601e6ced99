"""Merge rules one at a time: twins from independent seeding, tags, ownership, duplicates, subsets, schemas."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from exchange_helpers import content, exact_rows, replica

from db.exchange.api import apply_merge, export_atlas, list_conflicts, preview_merge, resolve_conflict
from db.exchange.errors import ConflictError, MergeCancelled
from db.exchange.manifest import MANIFEST_KEY, Manifest, seal
from db.migrate import alembic_config
from db.schema import SCHEMA_REVISION
from db.seed import load_seed
from db.store import ChangeSet, Store
from db.tags import delete_tag, find_tag

SEED_MIN = Path(__file__).resolve().parents[2] / "fixtures" / "seed_min"


def _seeded(path: Path, author: str) -> Store:
    store = Store.open(path, author, create=True)
    load_seed(store, SEED_MIN)
    return store


def _both_ways(a: Store, b: Store, folder: Path) -> None:
    for out in ("a.out", "b.out"):
        (folder / out).unlink(missing_ok=True)
    export_atlas(a, folder / "a.out")
    export_atlas(b, folder / "b.out")
    apply_merge(a, folder / "b.out")
    apply_merge(b, folder / "a.out")


def test_independently_seeded_laptops_merge_without_doubling_or_conflicts(tmp_path: Path) -> None:
    a, b = _seeded(tmp_path / "a.atlas", "alice"), _seeded(tmp_path / "b.atlas", "bob")
    try:
        model = a.resolve("Acme 7B").uuid
        b.set_components(model, {"datasets": "released"})
        plan = preview_merge(a, _export(b, tmp_path / "b.out"))
        plan.close()
        assert sum(plan.counts["conflicts"].values()) == 0 and plan.counts["updated"]["components"] == 1
        assert sum(plan.counts["new"].values()) == 0  # tag links and components made twice are the same rows
        _both_ways(a, b, tmp_path)
        assert content(a) == content(b)
        assert not list_conflicts(a) and not list_conflicts(b)
        statuses = {c.component: c.status for c in a.get(model).components}
        assert statuses["datasets"] == "released"
    finally:
        a.close()
        b.close()


def _export(store: Store, out: Path) -> Path:
    export_atlas(store, out)
    return out


def test_a_deleted_tag_does_not_come_back(mini_path: Path, tmp_path: Path) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    try:
        frontier = find_tag(a, "frontier")
        delete_tag(a, frontier.uuid)
        _both_ways(a, b, tmp_path)
        for store in (a, b):
            assert store.get(frontier.uuid, include_deleted=True).deleted_at is not None
            assert all("frontier" not in [t.name for t in store.get(u).tags] for u in _models(store))
        _both_ways(a, b, tmp_path)
        assert a.get(frontier.uuid, include_deleted=True).deleted_at is not None
    finally:
        a.close()
        b.close()


def _models(store: Store) -> list[str]:
    with contextlib.closing(sqlite3.connect(store.path)) as connection:
        return [u for (u,) in connection.execute("SELECT uuid FROM entries WHERE kind='model' AND deleted_at IS NULL")]


def test_tags_made_on_both_laptops_become_one(mini_path: Path, tmp_path: Path) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    try:
        acme, bigco = a.resolve("Acme 7B").uuid, a.resolve("BigCo Ultra").uuid
        a.tag([acme], ["EU review"])
        b.tag([bigco, acme], ["eu review"])
        _both_ways(a, b, tmp_path)
        assert content(a) == content(b)
        for store in (a, b):
            for model in (acme, bigco):
                assert [t.name_key for t in store.get(model).tags].count("eu review") == 1
        _both_ways(a, b, tmp_path)
        assert content(a) == content(b)
    finally:
        a.close()
        b.close()


def test_evaluations_belong_to_their_evaluator(mini_path: Path, tmp_path: Path) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    try:
        evaluation = a.evaluate("Acme 7B", evaluator="alice", use_case="summaries", scores={"fit": 4},
                                verdict="adopt")
        _both_ways(a, b, tmp_path)
        b.update(evaluation.uuid, {"verdict": "hold"})  # Bob edits Alice's evaluation
        report = apply_merge(a, _export(b, tmp_path / "b2.out"))
        assert a.get(evaluation.uuid).verdict == "adopt"
        assert sum(report.counts["conflicts"].values()) == 1
        [conflict] = list_conflicts(a)
        assert conflict.row_uuid == evaluation.uuid and [f.field for f in conflict.fields] == ["verdict"]
    finally:
        a.close()
        b.close()


def test_entries_made_twice_are_reported_as_likely_duplicates(mini_path: Path, tmp_path: Path) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    try:
        mine = a.create("organization", {"name": "Gamma Labs"})
        theirs = b.create("organization", {"name": "gamma  labs"})
        plan = preview_merge(a, _export(b, tmp_path / "b.out"))
        plan.close()
        assert plan.counts["duplicates"]["organizations"] == 1 and plan.counts["new"]["organizations"] == 1
        [item] = [i for i in plan.items if i.action == "duplicate"]
        assert (item.uuid, item.other_uuid) == (theirs.uuid, mine.uuid)
    finally:
        a.close()
        b.close()


def test_a_merge_notifies_listeners_once_and_a_preview_not_at_all(mini_path: Path, tmp_path: Path) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    heard: list[ChangeSet] = []
    a.subscribe(heard.append)
    try:
        org = b.create("organization", {"name": "Zeta"})
        b.update(b.resolve("Acme AI").uuid, {"summary": "new"})
        out = _export(b, tmp_path / "b.out")
        preview_merge(a, out).close()
        assert heard == []
        report = apply_merge(a, out)
        assert len(heard) == 1 and {org.uuid, a.resolve("Acme AI").uuid} <= heard[0].uuids
        assert report.touched == heard[0].uuids or report.touched <= heard[0].uuids
    finally:
        a.close()
        b.close()


def test_a_cancelled_merge_changes_nothing(mini_path: Path, tmp_path: Path) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    try:
        b.create("organization", {"name": "Zeta"})
        before = content(a)
        with pytest.raises(MergeCancelled):
            apply_merge(a, _export(b, tmp_path / "b.out"), cancelled=lambda: True)
        assert content(a) == before
    finally:
        a.close()
        b.close()


def test_resolving_field_by_field_with_an_edited_value(mini_path: Path, tmp_path: Path) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    try:
        org = a.resolve("Acme AI").uuid
        a.update(org, {"summary": "mine", "country": "France"})
        b.update(org, {"summary": "theirs", "country": "Germany", "website": "https://acme-two.example"})
        apply_merge(a, _export(b, tmp_path / "b.out"))
        [conflict] = list_conflicts(a)
        assert {f.field for f in conflict.fields} == {"summary", "country", "website"}
        with pytest.raises(ConflictError, match="choose mine, theirs or a value for"):
            resolve_conflict(a, org, {"summary": "mine"})
        with pytest.raises(ConflictError, match="not a field"):
            resolve_conflict(a, org, {"bogus": "mine"}, default="mine")
        resolve_conflict(a, org, {"summary": "both", "country": "theirs"}, default="mine")
        entry = a.get(org)
        assert (entry.summary, entry.country) == ("both", "Germany") and entry.website != "https://acme-two.example"
        assert list_conflicts(a) == []
        assert [c.status for c in list_conflicts(a, include_resolved=True)] == ["resolved"]
    finally:
        a.close()
        b.close()


def test_subset_export_carries_what_it_refers_to_and_leaves_out_private_things(
    mini_path: Path, tmp_path: Path,
) -> None:
    a = replica(mini_path, tmp_path / "a.atlas", "alice")
    empty = Store.open(tmp_path / "empty.atlas", "carol", create=True)
    try:
        model = a.resolve("Acme 7B").uuid
        secret = a.evaluate("Acme 7B", evaluator="alice", use_case="secret", scores={"fit": 1}, verdict="hold")
        a.update(secret.uuid, {"private": True})
        public = a.evaluate("Acme 7B", evaluator="alice", use_case="public", scores={"fit": 5}, verdict="adopt")
        manifest = export_atlas(a, tmp_path / "subset.out", uuids=[model, secret.uuid, public.uuid],
                                without_private=True)
        assert manifest.subset and manifest.counts["models"] == 1 and manifest.counts["evaluations"] == 1
        apply_merge(empty, tmp_path / "subset.out")
        got = empty.get(model)
        assert got.developer is not None and got.license is not None  # referenced entries came along
        assert empty.get(public.uuid).verdict == "adopt"
        with pytest.raises(Exception, match="no entry"):
            empty.get(secret.uuid)
        assert b"secret" not in (tmp_path / "subset.out").read_bytes()
    finally:
        a.close()
        empty.close()


def test_an_export_from_an_older_schema_is_upgraded_in_a_temporary_copy(
    mini_path: Path, tmp_path: Path,
) -> None:
    a = replica(mini_path, tmp_path / "a.atlas", "alice")
    empty = Store.open(tmp_path / "empty.atlas", "carol", create=True)
    try:
        export_atlas(a, tmp_path / "new.out")
        old = tmp_path / "old.out"
        old.write_bytes((tmp_path / "new.out").read_bytes())
        command.downgrade(alembic_config(old), "0001")
        with contextlib.closing(sqlite3.connect(old, isolation_level=None)) as connection:
            manifest = Manifest.parse(connection.execute(
                "SELECT value FROM atlas_meta WHERE key=?", (MANIFEST_KEY,)).fetchone()[0], "old")
            present = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        manifest.counts = {t: n for t, n in manifest.counts.items() if t in present}
        manifest.schema_revision = "0001"
        seal(old, manifest)  # as a Model Atlas of schema 0001 would have written it
        untouched = old.read_bytes()
        plan = preview_merge(empty, old)
        plan.close()
        assert plan.upgraded_from == "0001" and plan.to_json()["schema_revision"] == "0001"
        report = apply_merge(empty, old)
        assert report.upgraded_from == "0001"
        assert old.read_bytes() == untouched
        assert exact_rows(empty)["entries"] == exact_rows(a)["entries"]
        assert SCHEMA_REVISION > "0001"
    finally:
        a.close()
        empty.close()


@pytest.mark.parametrize(("policy", "shown"), [("mine", "mine"), ("theirs", "theirs"), ("newer", "theirs")])
def test_the_policy_only_chooses_what_shows_while_both_versions_are_kept(
    policy: str, shown: str, mini_path: Path, tmp_path: Path,
) -> None:
    a, b = replica(mini_path, tmp_path / "a.atlas", "alice"), replica(mini_path, tmp_path / "b.atlas", "bob")
    try:
        org = a.resolve("BigCo").uuid
        a.update(org, {"summary": "mine"})
        b.update(org, {"summary": "theirs"})  # later, so newer wins shows theirs
        plan = preview_merge(a, _export(b, tmp_path / "b.out"), policy)
        report = apply_merge(a, plan)  # applying the previewed plan
        assert report.totals() == plan.totals() and report.policy == policy
        assert a.get(org).summary == shown
        [conflict] = list_conflicts(a)
        assert (conflict.fields[0].mine, conflict.fields[0].theirs) == ("mine", "theirs")
    finally:
        a.close()
        b.close()
