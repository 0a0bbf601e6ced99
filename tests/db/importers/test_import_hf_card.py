"""Hugging Face model cards: README.md front matter, alone or in folders of cards."""

from __future__ import annotations

from pathlib import Path

from db.detail import entry_detail
from db.importers.api import read_records, run_import
from db.importers.common import ImportReport
from db.schema import Model
from db.store import Store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers" / "hf"


def test_cards_are_read() -> None:
    report = ImportReport("hf")
    records = {r.name: r for r in read_records("hf", [FIXTURES], report)}  # type: ignore[union-attr]
    assert [(r.where, r.reason.split(" (")[0]) for r in report.rejected] == [("README.md", "no YAML front matter")]
    llama = records["Meta-Llama-3-8B"]
    assert llama.names[0] == "meta-llama/Meta-Llama-3-8B" and llama.developer == "Meta"
    assert llama.license == "llama3" and llama.fields["modalities"] == ["text"]
    assert llama.statements["datasets"] == ["some/dataset"]  # a string here, a list elsewhere
    merged = records["merged-7b"]  # a byte-order mark; license "other" named by license_name
    assert merged.license == "acme-community-license"
    assert merged.statements["base_model"] == ["acme/Acme-Giant-70B", "meta-llama/Meta-Llama-3-8B"]
    assert merged.statements["base_relation"] == "merge"
    assert merged.fields["modalities"] == ["text", "image"]
    assert merged.statements["evaluation_results"] == ["MMLU: accuracy = 61.5"]
    assert "evaluation-results" in merged.components


def test_card_on_the_seed_fills_and_states(seeded: Store) -> None:
    llama = seeded.resolve("Llama 3 8B", "model")
    before = seeded.values_of(llama.uuid)
    report = run_import(seeded, "hf-card", [FIXTURES / "meta-llama__Meta-Llama-3-8B"])
    assert (report.new, report.updated, report.review) == (0, 1, 0)
    assert seeded.values_of(llama.uuid) == before  # the seed's values are the atlas's: kept
    detail = entry_detail(seeded, llama.uuid)
    license_statement = next(p for p in detail["provenance"] if p["field"] == "license")
    assert (license_statement["source"], license_statement["value"]) == ("hf", "llama3")
    assert not any(d["field"] == "license" for d in detail["disagreements"])  # llama3 is the Llama 3 license


def test_new_model_from_a_card(empty: Store) -> None:
    run_import(empty, "hf-card", [FIXTURES / "meta-llama__Meta-Llama-3-8B" / "README.md"])
    model = empty.get(empty.resolve("Meta-Llama-3-8B", "model").uuid)
    assert isinstance(model, Model)
    assert model.access == ["weights"] and model.openness_grade == "open-weights-restricted"
    assert {c.component: c.status for c in model.components} == {"model-card": "released",
                                                                 "final-parameters": "released"}
