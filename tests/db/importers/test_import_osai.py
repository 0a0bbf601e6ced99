"""The European Open Source AI Index (12 dimensions) and its earlier 14-dimension form, files and flat table."""

from __future__ import annotations

from pathlib import Path

from db.importers.api import read_records, run_import
from db.importers.common import ImportReport, ModelRecord
from db.schema import Model
from db.store import Store
from tests.conftest import reference

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers" / "osai"


def _records(*paths: Path) -> tuple[list[ModelRecord], ImportReport]:
    report = ImportReport("osai")
    records = read_records("osai", list(paths), report)
    return records, report  # type: ignore[return-value]


def test_reference_index_files() -> None:
    records, report = _records(reference("osai-main-database"))
    # _parameters*.yml describe the Index itself and are skipped in a folder; the submission template is rejected.
    assert [r.where for r in report.rejected] == ["a_submission_template.yaml"]
    assert len(records) == 10
    llama = next(r for r in records if r.origin == "llama-3.1.yaml")
    assert llama.names == ["Llama-3.1-405B-Instruct"]  # the base model is another model, named only to link it
    assert (llama.base_model, llama.base_relation) == ("Llama-3.1-405B", "fine-tune")
    assert llama.developer == "Meta" and llama.license == "Meta Llama 3 Community License"
    grades = {a.dimension: a.value for a in llama.assessments}
    assert len(grades) == 12 and grades["base_model_weights"] == "partial"
    preprint = next(a for a in llama.assessments if a.dimension == "preprint")
    assert preprint.link == "https://arxiv.org/abs/2407.21783\nhttps://ai.meta.com/blog/meta-llama-3-1/"  # a list
    assert llama.org["country"] == "United States"  # only in a YAML comment
    assert llama.org["org_kind"] == "big-tech"
    lumo = next(r for r in records if r.origin == "lumo.yaml")
    assert lumo.names == ["Lumo AI"]  # "Undisclosed" base and end models are no names


def test_opening_up_chatgpt_files_and_flat_table() -> None:
    records, report = _records(reference("opening-up-chatgpt.github.io"))
    assert [r.where for r in report.rejected] == ["A_sample.yaml"]
    yaml_records = [r for r in records if r.origin.endswith(".yaml")]
    table = [r for r in records if r.origin.startswith("df.csv")]
    assert len(yaml_records) == 8 and len(table) == 46
    instruct = next(r for r in yaml_records if r.name == "Llama 3 Instruct")
    assert instruct.framework == "opening-up-chatgpt" and len(instruct.assessments) == 14
    assert instruct.names == ["Llama 3 Instruct"]  # `llmbase` is too vague to match on
    olmo = next(r for r in table if r.origin == "df.csv, line 2")
    assert olmo.name == "olmo 7b instruct"  # the table has no project name: its source file names it


def test_fixture_string_or_list_links_misspelled_key_and_comments(empty: Store) -> None:
    report = run_import(empty, "osai", [FIXTURES])
    assert [r.where for r in report.rejected] == ["empty_template.yaml"]
    model = empty.get(empty.resolve("Acme Giant Chat", "model").uuid)
    assert isinstance(model, Model)
    assert model.license is not None and model.license.spdx_id == "Apache-2.0"  # from `endmodel license`
    grades = {a.dimension: (a.value, a.link) for a in model.assessments}
    assert grades["end_model_weights"] == ("partial", "https://example.org/w1\nhttps://example.org/w2")
    assert grades["base_model_weights"] == ("open", "https://example.org/weights")
    assert "paper" not in grades  # "undisclosed" is not a grade
    developer = model.developer
    assert developer is not None and developer.country == "United Kingdom" and developer.org_kind == "academic"
    assert developer.website == "https://example.org/acme"
    assert str(model.release_date) == "2024-05-01"
    secret = empty.resolve("Secret AI", "model")  # everything undisclosed: filed under the system name
    assert secret is not None


def test_reimport_is_unchanged(empty: Store) -> None:
    paths = [reference("osai-main-database"), reference("opening-up-chatgpt.github.io")]
    run_import(empty, "osai", paths)
    again = run_import(empty, "osai", paths)
    assert (again.new, again.updated) == (0, 0)
