"""Model Openness Tool files: components with their licenses, and MOF classes that follow the framework."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from db.importers.api import run_import
from db.openness.mof import classify, from_mot_release
from db.schema import Model
from db.store import Store
from tests.conftest import reference

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers" / "mot"
EXPECTED_CLASSES = {"ChatGLM3": 0, "Claude-2": 0, "DeepSeek-R1": 0, "GLM-130B": 0, "GPT-4": 0, "Gemini-1.5": 0,
                    "Llama-3-8B": 0, "Mistral-7B-v0.1": 0, "Mixtral-8x7B-v0.1": 0, "OLMo-7B": 1,
                    "OpenLLaMA-7Bv2": 0, "Pythia-6.9B": 1, "Qwen2.5-7B": 0}
"""As tests/db/openness/test_mof.py pins them from the framework's rules."""


def _model(store: Store, name: str) -> Model:
    entry = store.get(store.resolve(name, "model").uuid)
    assert isinstance(entry, Model)
    return entry


def test_reference_models_get_the_frameworks_classes(empty: Store) -> None:
    folder = reference("model_openness_tool", "models")
    report = run_import(empty, "mot", [folder])
    assert (report.new, len(report.rejected)) == (13, 0)
    for path in sorted(folder.glob("*.yml")):
        states, licenses = from_mot_release(yaml.safe_load(path.read_text(encoding="utf-8"))["release"])
        model = _model(empty, path.stem)
        assert model.mof_class == classify(states, licenses).mof_class == EXPECTED_CLASSES[path.stem], path.stem
        assert empty.mof(model).mof_class == model.mof_class


def test_component_licenses_are_kept_and_linked(empty: Store) -> None:
    run_import(empty, "mot", [reference("model_openness_tool", "models", "Llama-3-8B.yml")])
    model = _model(empty, "Llama-3-8B")
    rows = {c.component: c for c in model.components}
    assert rows["final-parameters"].license_text == "LicenseRef-Llama-3-Community"
    assert rows["final-parameters"].license_uuid is not None  # a license entry was made for it
    assert rows["research-paper"].license_text == "unlicensed"
    assert model.license is not None and model.license.spdx_id == "LicenseRef-Llama-3-Community"
    assert model.openness_grade == "open-weights-restricted"


def test_the_tools_own_json_listing_with_its_trailing_commas(empty: Store) -> None:
    path = reference("model_openness_tool", "Test_Data", "expected_results.json")
    report = run_import(empty, "mot", [path])
    assert len(report.rejected) == 0 and report.new + report.updated + report.unchanged + report.review == 27
    expected = json.loads(re.sub(r",(\s*[}\]])", r"\1", path.read_text(encoding="utf-8")))["models"]
    for item in expected:
        model = _model(empty, item["release"]["name"])
        assert model.mof_class == item["classification"]["class"], item["release"]["name"]


def test_test_data_files(empty: Store) -> None:
    report = run_import(empty, "mot", [reference("model_openness_tool", "Test_Data")])
    # Two YAML files, then the listing of 27 that names both again: 27 models, the two are unchanged.
    assert (report.new, report.unchanged, report.rejected) == (27, 2, [])
    assert _model(empty, "FullTestFile_C1_100%-C2_100%-C3_100%_17C_4G_17L_17V_0I_17T").mof_class == 1


def test_fixtures_misspelled_key_license_shapes_bom_and_broken_yaml(empty: Store) -> None:
    report = run_import(empty, "mot", [FIXTURES])
    assert report.new == 3
    assert [(r.where, r.reason.split(":")[0]) for r in report.rejected] == [("broken.yml", "line 3")]
    tiny = _model(empty, "Tiny-1B")  # its file spells `realease`, and gives the license as a plain string
    assert tiny.license is not None and tiny.license.spdx_id == "MIT"
    assert {c.component: c.license_text for c in tiny.components} == {
        "architecture": "MIT", "final-parameters": "Apache-2.0"}
    listed = _model(empty, "Listed-3B")  # license: [MIT], a byte-order mark, an unknown component
    assert sorted(c.component for c in listed.components) == ["architecture", "training-code"]
    giant = _model(empty, "Acme-Giant-70B")
    rows = {c.component: c.license_text for c in giant.components}
    assert rows["architecture"] == "Apache-2.0"  # distribution license, no code license given
    assert rows["final-parameters"] == "CDLA-Permissive-2.0"  # the data license
    assert rows["data-card"] == "unlicensed"  # does not inherit
    assert giant.mof_class == 0  # the unlicensed data card keeps it out of class III
    assert giant.params_total == 70e9


@pytest.mark.parametrize("name", ["mof.settings.yml", "mof-licenses.json"])
def test_files_that_are_not_model_files_are_rejected(empty: Store, name: str) -> None:
    found = list(reference("model_openness_tool").rglob(name))
    report = run_import(empty, "mot", found)
    assert report.new == 0 and len(report.rejected) >= 1
    assert "not a Model Openness Tool model file" in report.rejected[0].reason


def test_reimport_is_unchanged(empty: Store) -> None:
    folder = reference("model_openness_tool", "models")
    run_import(empty, "mot", [folder])
    again = run_import(empty, "mot", [folder])
    assert (again.new, again.updated, again.unchanged) == (0, 0, 13)
