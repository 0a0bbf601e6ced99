"""Catalog identity: every wrong merge seen with the full public catalogs, as a case that must stay apart.

Each case imports a few records, written here in the catalogs' own formats, on top of the bundled seed (or an empty
atlas) and checks that a different model became its own entry (or a review item), never an update of another.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from db import lineage
from db.detail import entry_detail
from db.importers.api import run_import
from db.importers.matching import OrgMatcher
from db.importers.review import list_reviews
from db.schema import LINK_DEVELOPED_BY, Alias, Link, Model
from db.store import Store
from tests.conftest import reference

EPOCH_HEADER = ["System", "Organization", "Publication date", "Parameters", "Model accessibility", "Base model",
                "Domain"]


def epoch_csv(folder: Path, rows: list[dict[str, str]], name: str = "epoch.csv") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, EPOCH_HEADER)
        writer.writeheader()
        for row in rows:
            writer.writerow({"Domain": "Language", **row})
    return path


def osai_yaml(folder: Path, system: str, end: str, base: str, org: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{system}.yaml"
    path.write_text(
        f"system:\n    name: {system}\n    basemodelname: {base}\n    endmodelname: {end}\n"
        f"    endmodellicense: Apache-2.0\n    releasedate: 2024-04\norg:\n    name: {org}\n"
        "weights_basemodel:\n    class: open\nweights_endmodel:\n    class: open\nlicenses:\n    class: open\n",
        encoding="utf-8",
    )
    return path


def mot_yaml(folder: Path, name: str, version: str, producer: str, origin: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yml"
    path.write_text(
        "framework:\n  name: 'Model Openness Framework'\n  version: '1.0'\nrelease:\n"
        f"  name: '{name}'\n  version: '{version}'\n  type: language\n  origin: '{origin}'\n  producer: '{producer}'\n"
        "  license:\n    distribution:\n      name: Apache-2.0\n  components:\n"
        "    -\n      name: 'Model parameters (Final)'\n      license: Apache-2.0\n",
        encoding="utf-8",
    )
    return path


def models_named(store: Store, name: str) -> list[Model]:
    with store.read() as session:
        return list(session.scalars(select(Model).where(Model.name == name, Model.deleted_at.is_(None))))


def one(store: Store, name: str) -> Model:
    found = models_named(store, name)
    assert len(found) == 1, (name, [m.name for m in found])
    return found[0]


def imported_names(store: Store, uuid: str, source: str) -> set[str]:
    """The names a source used for an entry (its provenance): which records went into it."""
    detail = entry_detail(store, uuid)
    return {name for p in detail["provenance"] if p["field"] == "name" and p["source"] == source
            for name in (p["value"] if isinstance(p["value"], list) else [p["value"]])}


# ---- names that differ by a symbol or by capitals ----------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [
    (("Command R", "Cohere", "35000000000"), ("Command R+", "Cohere", "104000000000")),
    (("PanGu-α", "Huawei Noah's Ark Lab", "207000000000"), ("PanGu-Σ", "Huawei Noah's Ark Lab", "1085000000000")),
    (("PointNet", "Stanford University", "3500000"), ("PointNet++", "Stanford University", "1700000")),
    (("CALM", "NVIDIA", "8000000000"), ("CaLM", "University of Oxford", "86000000")),
])
def test_a_symbol_or_capitals_make_another_model(empty: Store, tmp_path: Path, first: tuple[str, str, str],
                                                  second: tuple[str, str, str]) -> None:
    rows = [{"System": name, "Organization": org, "Parameters": params, "Publication date": "2021-04-26"}
            for name, org, params in (first, second)]
    for order, batch in enumerate((rows, rows[::-1])):  # in one file, either order, and file after file
        run_import(empty, "epoch", [epoch_csv(tmp_path / f"batch-{order}", batch)])
    run_import(empty, "epoch", [epoch_csv(tmp_path / "a", rows[:1])])
    run_import(empty, "epoch", [epoch_csv(tmp_path / "b", rows[1:])])
    a, b = one(empty, first[0]), one(empty, second[0])
    assert a.uuid != b.uuid
    assert imported_names(empty, a.uuid, "epoch") == {first[0]}
    assert imported_names(empty, b.uuid, "epoch") == {second[0]}
    assert list_reviews(empty) == []


def test_command_r_is_not_the_seeds_command_r_plus(seeded: Store, tmp_path: Path) -> None:
    plus = seeded.resolve("Command R+", "model")
    report = run_import(seeded, "epoch", [epoch_csv(tmp_path, [
        {"System": "Command R", "Organization": "Cohere", "Parameters": "35000000000"}])])
    assert report.new == 1 and report.updated == 0
    assert imported_names(seeded, plus.uuid, "epoch") == set()


# ---- a version or generation on one side only ---------------------------------------------------------------------


@pytest.mark.parametrize(("record", "seeded_name"), [
    ("Qwen-72B", "Qwen2.5-72B"), ("Qwen-7B", "Qwen2.5-7B"), ("LLaMA-7B", "Llama 2 7B"),
])
def test_an_older_generation_never_updates_the_seed(seeded: Store, tmp_path: Path, record: str,
                                                    seeded_name: str) -> None:
    entry = seeded.resolve(seeded_name, "model")
    before = entry_detail(seeded, entry.uuid)["fields"]
    org = "Alibaba" if record.startswith("Qwen") else "Meta AI"
    report = run_import(seeded, "epoch", [epoch_csv(tmp_path, [
        {"System": record, "Organization": org, "Parameters": "7000000000" if "7B" in record else "72000000000",
         "Model accessibility": "Open weights (unrestricted)"}])])
    assert (report.new, report.updated, report.review) == (1, 0, 0)
    assert entry_detail(seeded, entry.uuid)["fields"] == before
    assert imported_names(seeded, entry.uuid, "epoch") == set()


def test_llama_33b_is_not_llama_2_34b(empty: Store, tmp_path: Path) -> None:
    run_import(empty, "epoch", [epoch_csv(tmp_path / "1", [
        {"System": "Llama 2-34B", "Organization": "Meta AI", "Parameters": "34000000000",
         "Model accessibility": "Unreleased"}])])
    run_import(empty, "epoch", [epoch_csv(tmp_path / "2", [
        {"System": "LLaMA-33B", "Organization": "Meta AI", "Parameters": "32500000000",
         "Model accessibility": "Open weights (non-commercial)"}])])
    llama2 = one(empty, "Llama 2-34B")
    assert llama2.openness_grade == "unreleased" and llama2.access == []  # no weights, no grade from LLaMA-33B
    assert one(empty, "LLaMA-33B").openness_grade == "open-weights-non-commercial"


@pytest.mark.parametrize(("older", "newer"), [
    ("ChatGLM", "ChatGLM2"), ("CodeGen", "CodeGen2"), ("OpenLLaMA-7B", "OpenLLaMA-7Bv2"),
])
def test_generations_are_separate_entries(empty: Store, tmp_path: Path, older: str, newer: str) -> None:
    files = [mot_yaml(tmp_path, older, "7B", "Acme"), mot_yaml(tmp_path, newer, "7B", "Acme")]
    report = run_import(empty, "mot", files)
    assert (report.new, report.review) == (2, 0)
    assert one(empty, older).uuid != one(empty, newer).uuid


def test_openllama_v2_is_not_the_seeds_openllama(seeded: Store, tmp_path: Path) -> None:
    seeded_entry = seeded.resolve("OpenLLaMA 7B", "model")
    report = run_import(seeded, "mot", [mot_yaml(tmp_path, "OpenLLaMA-7Bv2", "7B", "OpenLM Research")])
    assert report.new == 1 and report.updated == 0
    assert imported_names(seeded, seeded_entry.uuid, "mot") == set()


# ---- fine-tunes are their own entries, linked to their base --------------------------------------------------------


@pytest.mark.parametrize(("system", "end", "base", "seeded_base"), [
    ("Fietje", "Fietje-2-Chat", "Phi-2", "Phi-2"),
    ("NeuralChat", "Neural-Chat-7B-v3.3", "Mistral-7B-v0.1", "Mistral 7B"),
    ("Cogito", "Cogito v2.1 671B MoE", "DeepSeek-V3-Base", "DeepSeek-V3"),
    ("Eurus", "Eurux-8x22B-NCA", "Mixtral-8x22B-v0.1", "Mixtral 8x22B"),
    ("Saul", "SaulLM-141B-Instruct", "Mixtral-8x22B-v0.1", "Mixtral 8x22B"),
    ("OpenChat", "OpenChat-3.6-8B-20240522", "Meta-Llama-3-8B", "Llama 3 8B"),
    ("CodeUp", "CodeUp-Llama-3-8B", "Meta-Llama-3-8B", "Llama 3 8B"),
    ("CodeLlama", "CodeLlama-70B-Instruct", "Llama-2-70B", "Llama 2 70B"),
    ("BLOOMZ", "BLOOMZ-P3", "BLOOM", "BLOOM"),
])
def test_a_fine_tune_is_its_own_entry_linked_to_its_base(seeded: Store, tmp_path: Path, system: str, end: str,
                                                          base: str, seeded_base: str) -> None:
    base_entry = seeded.resolve(seeded_base, "model")
    before = {(a["framework"], a["dimension"]) for a in entry_detail(seeded, base_entry.uuid).get("assessments", [])
              if isinstance(a, dict)}
    report = run_import(seeded, "osai", [osai_yaml(tmp_path, system, end, base, "Someone Else")])
    assert (report.new, report.updated, report.review) == (1, 0, 0)
    derived = one(seeded, end)
    with seeded.read() as session:
        found = lineage.base_of(session, derived.uuid)
        assert found is not None and found.uuid == base_entry.uuid
        assert lineage.lineal(session, derived.uuid).relation == "fine-tune"
    assert imported_names(seeded, base_entry.uuid, "osai") == set()  # the base's grades are not the fine-tune's
    after = {(a["framework"], a["dimension"]) for a in entry_detail(seeded, base_entry.uuid).get("assessments", [])
             if isinstance(a, dict)}
    assert after == before


def test_fietje_leaves_phi_2s_twelve_grades_alone(seeded: Store, tmp_path: Path) -> None:
    phi = seeded.get(seeded.resolve("Phi-2", "model").uuid)
    assert isinstance(phi, Model)
    before = sorted((a.framework, a.dimension, a.value) for a in phi.assessments if a.deleted_at is None)
    run_import(seeded, "osai", [osai_yaml(tmp_path, "Fietje", "Fietje-2-Chat", "Phi-2", "Bram Vanroy")])
    phi = seeded.get(phi.uuid)
    assert isinstance(phi, Model)
    assert sorted((a.framework, a.dimension, a.value) for a in phi.assessments if a.deleted_at is None) == before


def test_a_base_imported_after_its_derivative_stays_apart_and_is_linked(empty: Store, tmp_path: Path) -> None:
    """BLOOMZ first (its base not in the atlas yet), then BLOOM: BLOOM is not filed under BLOOMZ, and is linked."""
    run_import(empty, "epoch", [epoch_csv(tmp_path / "1", [
        {"System": "BLOOMZ", "Organization": "BigScience", "Parameters": "176000000000", "Base model": "BLOOM"}])])
    run_import(empty, "epoch", [epoch_csv(tmp_path / "2", [
        {"System": "BLOOM", "Organization": "BigScience", "Parameters": "176000000000"}])])
    bloomz, bloom = one(empty, "BLOOMZ"), one(empty, "BLOOM")
    with empty.read() as session:
        assert lineage.base_of(session, bloomz.uuid).uuid == bloom.uuid  # type: ignore[union-attr]


def test_importers_fill_lineage_where_the_source_says_so(empty: Store, tmp_path: Path) -> None:
    run_import(empty, "epoch", [epoch_csv(tmp_path / "epoch", [
        {"System": "LLaMA-13B", "Organization": "Meta AI", "Parameters": "13000000000"},
        {"System": "Vicuna-13B", "Organization": "LMSYS", "Parameters": "13000000000", "Base model": "LLaMA-13B"},
    ])])
    run_import(empty, "mot", [mot_yaml(tmp_path / "mot", "Vicuna-13B-GGUF", "13B", "Someone", origin="Vicuna-13B")])
    card = tmp_path / "hf" / "lmsys__vicuna-13b-awq" / "README.md"
    card.parent.mkdir(parents=True)
    card.write_text("---\nlicense: apache-2.0\nbase_model: lmsys/Vicuna-13B\nbase_model_relation: quantized\n---\n"
                    "# Vicuna 13B AWQ\n", encoding="utf-8")
    run_import(empty, "hf-card", [card])
    with empty.read() as session:
        vicuna = one(empty, "Vicuna-13B")
        assert lineage.base_of(session, vicuna.uuid).name == "LLaMA-13B"  # type: ignore[union-attr]
        gguf = one(empty, "Vicuna-13B-GGUF")
        assert lineage.base_of(session, gguf.uuid).uuid == vicuna.uuid  # type: ignore[union-attr]
        assert lineage.lineal(session, gguf.uuid).relation == "other"  # the tool does not say how
        awq = one(empty, "vicuna-13b-awq")
        assert lineage.base_of(session, awq.uuid).uuid == vicuna.uuid  # type: ignore[union-attr]
        assert lineage.lineal(session, awq.uuid).relation == "quantization"


# ---- decisions do not depend on batch order; review items are never lost ------------------------------------------


def _outcomes(store: Store) -> dict[str, str]:
    """Per record name: merged into which entry, new, or in review (by name, so comparable across atlases)."""
    with store.read() as session:
        rows = session.execute(select(Model.uuid, Model.name).where(Model.deleted_at.is_(None))).all()
    result: dict[str, str] = {}
    for uuid, name in rows:
        for source in ("mot", "osai"):
            for said in imported_names(store, uuid, source):
                result[said] = name
    for item in list_reviews(store):
        result[str(item["name"])] = f"review of {(item['candidate'] or {}).get('name')}"
    return result


def test_gemma_7b_and_geitje_get_the_same_decision_alone_or_together(seeded_path: Path, tmp_path: Path) -> None:
    import shutil

    gemma = mot_yaml(tmp_path / "mot", "gemma-7b", "7B", "Google", origin="gemma-7b")
    geitje = mot_yaml(tmp_path / "mot", "GEITje-7B", "7B", "Edwin Rijgersberg", origin="Mistral-7B-v0.1")
    runs: list[dict[str, str]] = []
    for index, batches in enumerate(([[gemma, geitje]], [[geitje, gemma]], [[gemma], [geitje]], [[geitje], [gemma]])):
        path = tmp_path / f"atlas-{index}.atlas"
        shutil.copyfile(seeded_path, path)
        store = Store.open(path, "tester")
        try:
            for batch in batches:
                run_import(store, "mot", batch)
            runs.append(_outcomes(store))
        finally:
            store.close()
    assert all(run == runs[0] for run in runs), runs
    assert runs[0]["GEITje-7B"] == "GEITje-7B"  # its own entry, never its base Mistral 7B


def test_review_items_are_never_lost_to_key_collisions(seeded: Store, tmp_path: Path) -> None:
    """Two records whose keys collide ("Command-R+" and "Command-R" normalize alike) each keep a review item."""
    report = run_import(seeded, "epoch", [epoch_csv(tmp_path, [
        {"System": "Gemma 7B Instruct", "Organization": "Google DeepMind"},
        {"System": "gemma 7b instruct", "Organization": "Google"},
    ])])
    assert report.review == 2
    assert len(list_reviews(seeded)) == report.review
    again = run_import(seeded, "epoch", [epoch_csv(tmp_path, [
        {"System": "Gemma 7B Instruct", "Organization": "Google DeepMind"},
        {"System": "gemma 7b instruct", "Organization": "Google"},
    ])])
    assert again.review == 2 and len(list_reviews(seeded)) == 2


# ---- organizations: exact or alias, every organization of a cell kept ----------------------------------------------


def test_organizations_are_matched_exactly_or_by_alias(seeded: Store) -> None:
    with seeded.read() as session:
        matcher = OrgMatcher(session)
        openlm = seeded.resolve("OpenLM Research (UC Berkeley)", "organization").uuid
        deepmind = seeded.resolve("Google DeepMind", "organization").uuid
        assert matcher.match("OpenLM Research") == openlm
        assert matcher.match("UC Berkeley") != openlm
        for google in ("Google", "Google Brain", "Google Research"):
            assert matcher.match(google) != deepmind, google
        assert matcher.match("DeepMind") == deepmind  # its former name is an alias


def test_word2vec_is_credited_to_google_not_google_deepmind(seeded: Store, tmp_path: Path) -> None:
    run_import(seeded, "epoch", [epoch_csv(tmp_path, [
        {"System": "Word2Vec (large)", "Organization": "Google", "Publication date": "2013-10-16"},
        {"System": "Koala-13B", "Organization": "UC Berkeley", "Publication date": "2023-04-03"},
    ])])
    word2vec, koala = one(seeded, "Word2Vec (large)"), one(seeded, "Koala-13B")
    assert word2vec.developer is not None and word2vec.developer.name == "Google"
    assert koala.developer is not None and koala.developer.name == "UC Berkeley"


def test_a_cell_naming_several_organizations_keeps_all(empty: Store, tmp_path: Path) -> None:
    run_import(empty, "epoch", [epoch_csv(tmp_path, [
        {"System": "Joint Model", "Organization": "Google,Stanford University,Google Brain"}])])
    model = one(empty, "Joint Model")
    with empty.read() as session:
        credited = set(session.scalars(select(Link.to_uuid).where(
            Link.from_uuid == model.uuid, Link.relation == LINK_DEVELOPED_BY)))
    names = {empty.get(uuid).name for uuid in credited}
    assert names == {"Google", "Stanford University", "Google Brain"}
    assert model.developer is not None and model.developer.name == "Google"


# ---- evidence, grades ---------------------------------------------------------------------------------------------


def test_every_decision_carries_its_evidence(seeded: Store, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from db.cli.main import main

    path = epoch_csv(tmp_path, [
        {"System": "Llama 3-8B", "Organization": "Meta AI", "Parameters": "8000000000"},
        {"System": "Llama 3 Instruct", "Organization": "Meta AI"},
    ])
    assert main(["--db", str(seeded.path), "import", "epoch", str(path), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Llama 3-8B [epoch.csv, line 2] → merged into 'Llama 3 8B' (score 100)" in out
    assert "same name (100); developer agrees (+5); parameter count agrees (+5)" in out
    assert "Llama 3 Instruct [epoch.csv, line 3] → needs review" in out
    [item] = list_reviews(seeded)
    assert any("size on one side only" in signal for signal in item["evidence"])
    assert item["score"] is not None


def test_epochs_accessibility_column_decides_the_grade(empty: Store, tmp_path: Path) -> None:
    run_import(empty, "epoch", [epoch_csv(tmp_path, [
        {"System": "Open One", "Model accessibility": "Open weights (unrestricted)"},
        {"System": "Research One", "Model accessibility": "Open weights (non-commercial)"},
        {"System": "Gated One", "Model accessibility": "Open weights (restricted use)"},
        {"System": "API One", "Model accessibility": "API access"},
        {"System": "Blank One", "Model accessibility": ""},
    ])])
    names = ("Open One", "Research One", "Gated One", "API One", "Blank One")
    grades = {name: one(empty, name).openness_grade for name in names}
    assert grades == {"Open One": "open-weights-unrestricted", "Research One": "open-weights-non-commercial",
                      "Gated One": "open-weights-restricted", "API One": "closed-api",
                      "Blank One": None}  # a blank cell records nothing: not graded, not "unreleased"


# ---- the reference samples ------------------------------------------------------------------------------------------


def test_reference_samples_keep_the_seed_apart(seeded: Store) -> None:
    """The Index's Llama 3.1 system (its instruct end model) is linked to the seed's 405B, not merged into it."""
    run_import(seeded, "osai", [reference("osai-main-database")])
    instruct = one(seeded, "Llama-3.1-405B-Instruct")
    with seeded.read() as session:
        assert lineage.base_of(session, instruct.uuid).name == "Llama 3.1 405B"  # type: ignore[union-attr]


def test_an_entry_is_named_alike_whichever_catalog_came_first(tmp_path: Path) -> None:
    """The most authoritative catalog names an entry the catalogs created; the other spelling stays an alias."""
    files = {"epoch": epoch_csv(tmp_path / "epoch", [
                 {"System": "Acme Large (13B)", "Organization": "Acme", "Parameters": "13000000000"}]),
             "mot": mot_yaml(tmp_path / "mot", "acme-large-13b-base", "13B", "Acme")}
    seen = []
    for index, order in enumerate((("mot", "epoch"), ("epoch", "mot"))):
        store = Store.open(tmp_path / f"{index}.atlas", "tester", create=True)
        try:
            for source in order:
                run_import(store, source, [files[source]])
            [model] = models_named(store, "Acme Large (13B)")
            with store.read() as session:
                aliases = set(session.scalars(select(Alias.name).where(Alias.entry_uuid == model.uuid)))
            assert aliases == {"acme-large-13b-base"}  # the other catalog's spelling still finds it
            seen.append(model.name)
        finally:
            store.close()
    assert seen == ["Acme Large (13B)", "Acme Large (13B)"]
