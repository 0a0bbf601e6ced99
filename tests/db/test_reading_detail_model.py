"""A model's detail sections read with plain SQL (db.reading.detail_model) are, value for value and byte for byte,
what the ORM path (db.detail._model_detail) gives: on the seed, on imported catalog samples, along deep and cyclic
lineages, with deleted relations, hand-set grades, invalid stored values, and in a fixed number of queries."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db import lineage
from db.detail import _model_detail
from db.errors import NotFoundError
from db.importers.api import run_import
from db.reading.connection import open_current, snapshot
from db.reading.detail_model import model_sections
from db.schema import Model, PolicyNote
from db.store import Store
from tests.conftest import reference

FORBIDDEN = ("sqlalchemy", "db.schema", "db.store", "db.importers", "db.detail", "db.advisor.api", "db.lineage",
             "db.search", "db.freshness")
"""What the plain reader must not import (a prefix matches the package's modules)."""


@contextlib.contextmanager
def plain(path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_current(path)
    assert connection is not None, path
    with contextlib.closing(connection), snapshot(connection):
        yield connection


def orm_sections(store: Store, uuid: str) -> dict[str, Any]:
    with store.read() as session:
        return _model_detail(store, session, store.get(uuid, session=session))


def live_models(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Model.uuid).where(Model.deleted_at.is_(None)).order_by(Model.name_key)))


def assert_same(store: Store, path: Path, uuids: list[str] | None = None) -> int:
    """Every model (or those given) reads alike on both paths; returns how many were compared."""
    uuids = live_models(store) if uuids is None else uuids
    with plain(path) as connection:
        for uuid in uuids:
            want = orm_sections(store, uuid)
            got = model_sections(connection, uuid)
            assert list(got) == list(want)
            for key in want:
                assert got[key] == want[key], (uuid, key)
            assert json.dumps(got) == json.dumps(want)
    return len(uuids)


def test_every_seed_model_reads_as_the_orm_path_reads_it(seeded: Store, seeded_path: Path) -> None:
    assert assert_same(seeded, seeded_path) >= 60


@pytest.fixture(scope="module")
def imported(_seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    """The seed with the reference samples of the Model Openness Tool, the Index and Epoch imported (bases,
    families and derivatives among them)."""
    samples = [("mot", [reference("model_openness_tool", "models")]),
               ("osai", [reference("osai-main-database"), reference("opening-up-chatgpt.github.io")]),
               ("epoch", [reference("epoch-open-model-trends", "data")])]
    path = tmp_path_factory.mktemp("imported") / "imported.atlas"
    shutil.copyfile(_seeded_template, path)
    store = Store.open(path, "tester")
    for source, paths in samples:
        run_import(store, source, paths)
    yield store, path
    store.close()


@pytest.mark.slow
def test_imported_models_read_as_the_orm_path_reads_them(imported: tuple[Store, Path]) -> None:
    """Every model with a base, a family or derivatives, and every fourth of the others (the ORM path, the
    reference, takes a sixth of a second a model)."""
    store, path = imported
    with store.read() as session:
        in_trees = set(session.scalars(select(Model.uuid).where(Model.deleted_at.is_(None), (
            Model.base_model_uuid.is_not(None) | Model.family.is_not(None)
            | Model.uuid.in_(select(Model.base_model_uuid))))))
    every = live_models(store)
    assert len(in_trees) > 50  # the samples bring bases, families and derivatives
    assert assert_same(store, path, [u for i, u in enumerate(every) if u in in_trees or i % 4 == 0]) > 100


def _model(store: Store, name: str, **values: object) -> str:
    return store.create("model", {"name": name, **values}).uuid


@pytest.fixture
def deep(seeded: Store) -> list[str]:
    """Llama 3 8B (whose license passes every clause down) ← eight generations of fine-tunes, quantizations and
    merges, some in families of their own; a side branch and a second family member."""
    chain = [seeded.resolve("Llama 3 8B", "model").uuid]
    relations = ["fine-tune", "quantization", "merge", "adapter", "fine-tune", "distillation", "other", "fine-tune"]
    for depth, relation in enumerate(relations):
        family = "Hermes" if depth in (0, 1) else ("Tiny" if depth == 5 else None)
        uuid = _model(seeded, f"Gen {depth} model", **({"family": family} if family else {}))
        lineage.set_base(seeded, uuid, chain[-1], relation)
        chain.append(uuid)
    side = _model(seeded, "Side branch GGUF")
    lineage.set_base(seeded, side, chain[3], "quantization")
    lineage.set_family(seeded, _model(seeded, "Hermes Big"), "hermes ", "2", "70B")
    licensed = _model(seeded, "Gen licensed", license="Apache License 2.0")
    lineage.set_base(seeded, licensed, chain[-1], "fine-tune")
    return [*chain, side, licensed]


def test_a_deep_lineage_and_the_terms_it_passes_down(seeded: Store, seeded_path: Path, deep: list[str]) -> None:
    assert_same(seeded, seeded_path, deep)
    with plain(seeded_path) as connection:
        shown = model_sections(connection, deep[-1])
    assert len(shown["lineage"]) == 9 and shown["lineage"][-1]["name"] == "Llama 3 8B"
    assert [t["base"]["name"] for t in shown["inherited_terms"]] == ["Llama 3 8B"]
    assert shown["family_tree"]["family"] == "Tiny"
    with plain(seeded_path) as connection:
        tree = model_sections(connection, deep[1])["family_tree"]
    assert tree["family"] == "Hermes" and {"Hermes Big", "Side branch GGUF", "Gen licensed"} <= {
        row["name"] for row in tree["rows"]}


def test_a_cycle_merged_in_and_a_deleted_base_end_the_chain(seeded: Store, seeded_path: Path,
                                                             deep: list[str]) -> None:
    seeded.delete(deep[4])
    with contextlib.closing(sqlite3.connect(seeded_path)) as connection, connection:
        # only merging two files can close a cycle: the store refuses to record one
        connection.execute("UPDATE models SET base_model_uuid = ?, base_relation = 'merge' WHERE uuid = ?",
                           (deep[8], deep[6]))
    assert_same(seeded, seeded_path, [uuid for uuid in deep if uuid != deep[4]])


def test_deleted_license_and_developer_manual_grade_and_no_components(seeded: Store, seeded_path: Path) -> None:
    llama = seeded.resolve("Llama 3.1 405B").uuid
    mistral = seeded.resolve("Mistral 7B").uuid
    seeded.delete(seeded.get(llama).license_uuid)  # type: ignore[attr-defined]
    seeded.delete(seeded.get(mistral).developer_uuid)  # type: ignore[attr-defined]
    seeded.update(mistral, {"openness_grade": "closed-api"})
    bare = _model(seeded, "Bare model")
    derived = _model(seeded, "Derived from Llama")
    lineage.set_base(seeded, derived, llama, "fine-tune")
    seeded.delete(_model(seeded, "Deleted derivative"))
    with seeded.read() as session:
        note = session.scalars(select(PolicyNote.uuid).where(PolicyNote.conditions.is_not(None))).first()
    assert note is not None
    with seeded.write() as ctx:  # more sources than a rule lists, some with equal titles; the note concerns Mistral
        for number in range(5):
            for target in (note, mistral, seeded.get(mistral).license_uuid):  # type: ignore[attr-defined]
                seeded.add_source_in(ctx, target, f"https://example.org/{number}", f"Page {number % 2}")
        seeded.concern_in(ctx, note, mistral)
    assert_same(seeded, seeded_path, [llama, mistral, bare, derived])
    with plain(seeded_path) as connection:
        shown = model_sections(connection, mistral)
        assert shown["openness"]["set_by_hand"] is True and shown["openness"]["grade"] == "closed-api"
        assert shown["developer"] is not None  # named, though deleted: as the store's relationship loads it
        linked = next(rule for rule in shown["rules"] if rule["uuid"] == note)
        assert linked["linked"] and len(linked["sources"]) == 3
        assert model_sections(connection, llama)["license"] is None
        assert all(c["status"] == "unknown" for c in model_sections(connection, bare)["components"])
        with pytest.raises(NotFoundError):
            model_sections(connection, "0" * 36)


def test_invalid_stored_values_read_as_the_store_loads_them(seeded: Store, seeded_path: Path) -> None:
    """A damaged or hand-edited file: each bad value becomes what db.tolerant makes of it, on both paths."""
    llama = seeded.resolve("Llama 3.1 405B").uuid
    mistral = seeded.resolve("Mistral 7B").uuid
    vision, base = seeded.resolve("Llama 3.2 11B Vision").uuid, seeded.resolve("Llama 3.1 8B", "model").uuid
    with contextlib.closing(sqlite3.connect(seeded_path)) as connection, connection:
        connection.execute("UPDATE models SET modalities = '{broken', access = '[\"telepathy\"]', "
                           "openness_grade = 'bogus', training_compute_flop = 9e999, params_total = 'abc', "
                           "compute_confidence = 'sure' WHERE uuid = ?", (llama,))
        connection.execute("UPDATE components SET status = 'weird' WHERE model_uuid = ? AND "
                           "component = 'final-parameters'", (llama,))
        connection.execute("UPDATE components SET deleted_at = 'not a time' WHERE model_uuid = ? AND "
                           "component = 'model-card'", (llama,))
        connection.execute("UPDATE licenses SET family = 'odd', commercial_use = 'maybe', osi_approved = 7, "
                           "clause_details = '[1, 2]' WHERE uuid = (SELECT license_uuid FROM models WHERE uuid = ?)",
                           (mistral,))
        connection.execute("UPDATE models SET base_relation = 'cloned', openness_manual = 'yes' WHERE uuid = ?",
                           (mistral,))
        # a derivative's relation out of the vocabulary: None where the store loads the model, as stored in lineage
        connection.execute("UPDATE models SET base_relation = 'grafted' WHERE uuid = ?", (vision,))
        connection.execute("UPDATE policy_notes SET conditions = '{\"applies_if\": 3}', status = 'dreamt', "
                           "revoked_date = '2024-19-39' WHERE rowid % 2 = 0")
        connection.execute("UPDATE policy_notes SET conditions = '{broken' WHERE rowid % 3 = 0")
    models = live_models(seeded)
    assert_same(seeded, seeded_path, [llama, mistral, vision, base, *models[::8]])


def test_the_query_count_does_not_grow_with_the_family(seeded: Store, seeded_path: Path) -> None:
    llama = seeded.resolve("Llama 3.1 405B").uuid

    def statements() -> int:
        with plain(seeded_path) as connection:
            seen: list[str] = []
            connection.set_trace_callback(seen.append)
            model_sections(connection, llama)
            connection.set_trace_callback(None)
        return len(seen)

    before = statements()
    parent = llama
    for number in range(25):  # a wide and deep family below the model: derivatives of derivatives
        child = _model(seeded, f"Llama 3.1 405B derivative {number}", family="Llama 3.1")
        lineage.set_base(seeded, child, parent if number % 5 else llama, "fine-tune")
        parent = child
    assert statements() == before <= 16


def test_the_rule_vocabulary_is_the_advisors() -> None:
    from db.advisor import results
    from db.reading import rules

    assert (rules.STATUS_ORDER, rules.STATUS_LABELS, rules.MAX_SOURCES) == (
        results.STATUS_ORDER, results.STATUS_LABELS, results.MAX_SOURCES)


def test_the_plain_reader_imports_no_orm() -> None:
    probe = "import json, sys, db.reading.detail_model; json.dump(sorted(sys.modules), sys.stdout)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                          env=dict(os.environ))
    modules = json.loads(done.stdout)
    assert [m for m in modules if any(m == p or m.startswith(p + ".") for p in FORBIDDEN)] == []
