"""The reference samples of the Index, Epoch and the Model Openness Tool on top of the seed: one entry per model,
disagreements shown, the analyst's values untouched, and a re-import that changes nothing."""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from db.detail import entry_detail
from db.fields import FIELDS
from db.importers.api import run_import
from db.importers.matching import signature
from db.schema import License, Model, Organization
from db.store import Store
from tests.conftest import reference


def _samples() -> list[tuple[str, list[Path]]]:
    return [
        ("mot", [reference("model_openness_tool", "models")]),
        ("osai", [reference("osai-main-database"), reference("opening-up-chatgpt.github.io")]),
        ("epoch", [reference("epoch-open-model-trends", "data")]),
    ]


def _values(store: Store) -> dict[str, dict[str, object]]:
    """Every field of every model, organization and license (the values an analyst can set), in one read."""
    out: dict[str, dict[str, object]] = {}
    with store.read() as session:
        for cls in (Model, Organization, License):
            for entry in session.scalars(select(cls)):
                details = getattr(entry, "clause_details", None) or {}
                out[entry.uuid] = {
                    spec.key: details.get(spec.attr.split(".", 1)[1]) if spec.attr.startswith("clause_details.")
                    else getattr(entry, spec.attr)
                    for spec in FIELDS[entry.kind]
                }
    return out


@pytest.fixture(scope="module")
def imported(_seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One seeded atlas with the three samples imported, shared by the tests that only read it."""
    path = tmp_path_factory.mktemp("on-seed") / "imported.atlas"
    shutil.copyfile(_seeded_template, path)
    store = Store.open(path, "tester")
    for source, paths in _samples():
        report = run_import(store, source, paths)
        assert all("template" in r.reason or "reference point" in r.reason for r in report.rejected), report.rejected
    yield store
    store.close()


def test_seed_models_stay_one_entry_each(imported: Store) -> None:
    with imported.read() as session:
        names = session.scalars(select(Model.name).where(Model.deleted_at.is_(None))).all()
    keys = Counter(signature(name).key for name in names)
    assert [key for key, count in keys.items() if count > 1] == []
    for seeded_name, catalog_names in {
        "Llama 3 8B": ["Llama-3-8B", "Llama 3-8B", "Meta-Llama-3-8B"],
        "Mistral 7B": ["Mistral-7B-v0.1", "Mistral 7B"],
        "Mixtral 8x7B": ["Mixtral-8x7B-v0.1", "Mixtral 8x7B"],
        "Pythia 6.9B": ["Pythia-6.9B"],
        "OLMo 7B": ["OLMo-7B"],
        "Qwen2.5-7B": ["Qwen2.5-7B"],
        "DeepSeek-R1": ["DeepSeek-R1", "DeepSeek R1"],
        "GPT-4": ["GPT-4", "gpt-4-0613"],
        "GLM-130B": ["GLM-130B"],
        "ChatGLM3-6B": ["ChatGLM3", "ChatGLM3-6B"],
        "Llama 3.1 405B": ["Llama 3.1-405B"],
        "Claude 3 Opus": ["Claude 3 Opus", "claude-3-opus-20240229"],
    }.items():
        detail = entry_detail(imported, imported.resolve(seeded_name, "model").uuid)
        said = {name for p in detail["provenance"] if p["field"] == "name"
                for name in (p["value"] if isinstance(p["value"], list) else [p["value"]])}
        assert set(catalog_names) <= said, (seeded_name, said)


def test_the_index_grades_the_end_model_linked_to_its_base(imported: Store) -> None:
    """The Index's Llama 3.1 system is its instruct end model: an entry of its own, derived from the seed's 405B."""
    from db import lineage

    instruct = imported.resolve("Llama-3.1-405B-Instruct", "model")
    base = imported.resolve("Llama 3.1 405B", "model")
    with imported.read() as session:
        assert lineage.base_of(session, instruct.uuid).uuid == base.uuid  # type: ignore[union-attr]
        assert lineage.lineal(session, instruct.uuid).relation == "fine-tune"
    seeded = entry_detail(imported, base.uuid)
    assert not any(p["source"] == "osai" for p in seeded["provenance"])  # its grades stay with the end model


def test_uncertain_matches_wait_for_review(imported: Store) -> None:
    from db.importers.review import list_reviews

    items = {(i["source"], i["name"]): i for i in list_reviews(imported)}
    assert items[("mot", "Gemini-1.5")]["candidate"]["name"] == "Gemini 1.5 Pro"
    assert ("osai", "Llama 3 Instruct") in items  # Llama 3 8B or 70B? an instruct variant of either
    assert ("epoch", "Meta-Llama-3-70B-instruct") in items


def test_disagreements_are_shown_side_by_side(imported: Store) -> None:
    llama = entry_detail(imported, imported.resolve("Llama 3.1 405B", "model").uuid)
    by_field = {d["field"]: d["values"] for d in llama["disagreements"]}
    weights = {p["source"]: p["value"] for p in llama["provenance"] if p["field"] == "weights"}
    assert weights == {"epoch": "Open weights (restricted use)"}
    assert "weights" not in by_field  # the seed's grade is in the same band: no false alarm
    chatglm = entry_detail(imported, imported.resolve("ChatGLM3-6B", "model").uuid)
    developer = next(d for d in chatglm["disagreements"] if d["field"] == "developer")
    assert developer["values"] == {"atlas": "Zhipu AI", "mot": "Tsinghua University"}
    gpt4 = entry_detail(imported, imported.resolve("GPT-4", "model").uuid)
    assert any(p["source"] == "mot" and p["field"] == "mof_class" for p in gpt4["provenance"])


def test_the_analysts_values_are_never_overwritten(seeded: Store) -> None:
    before = _values(seeded)
    for source, paths in _samples():
        run_import(seeded, source, paths)
    after = _values(seeded)
    for uuid, values in before.items():
        for key, value in values.items():
            if value not in (None, "", [], "unknown"):
                assert after[uuid][key] == value, (uuid, key)


def test_reimport_changes_nothing(imported: Store) -> None:
    for source, paths in _samples():
        report = run_import(imported, source, paths)
        assert (report.new, report.updated, report.changes) == (0, 0, []), source


def test_show_prints_the_disagreements(imported: Store, capsys: pytest.CaptureFixture[str]) -> None:
    from db.cli.main import main

    assert main(["--db", str(imported.path), "show", "ChatGLM3-6B"]) == 0
    out = capsys.readouterr().out
    assert "Sources disagree:" in out
    assert "Developer: atlas: Zhipu AI; mot: Tsinghua University" in out
    assert "Imported from: epoch, mot" in out
