"""Every Model Openness Tool test file, imported into a real atlas, gets the framework's expected MOF progress."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from db.importers.api import run_import
from db.openness.mof import ComponentState, classify, from_mot_release
from db.schema import Model
from db.store import Store
from db.vocab import ComponentStatus, MofComponent
from tests.conftest import REFERENCE

REFERENCE_TEST_DATA = REFERENCE / "model_openness_tool" / "Test_Data"
FULL_TEST_DATA = REFERENCE.parent.parent / "catalogs" / "lfai+model_openness_tool" / "Test_Data"
"""The sample in shared/reference, and the whole public repository when this machine has it (a local check)."""

_NAME_PROGRESS = re.compile(r"_C1_(\d+)%-C2_(\d+)%-C3_(\d+)%_")


def _expected_results(folder: Path) -> dict[str, dict[int, float]]:
    """Release name -> class progress, from the tool's expected_results.json (a JSON file with trailing commas)."""
    path = folder / "expected_results.json"
    if not path.is_file():
        return {}
    text = re.sub(r",(\s*[}\]])", r"\1", path.read_text(encoding="utf-8"))
    expected: dict[str, dict[int, float]] = {}
    for entry in json.loads(text)["models"]:
        progress = entry["classification"]["progress"]
        expected[entry["release"]["name"]] = {int(level): float(value) for level, value in progress.items()}
    return expected


def _test_files() -> list[Any]:
    params = []
    for label, folder in (("reference", REFERENCE_TEST_DATA), ("full", FULL_TEST_DATA)):
        for path in sorted(folder.glob("*.yml")) if folder.is_dir() else []:
            params.append(pytest.param(path, id=f"{label}-{path.stem}"))
    return params or [pytest.param(None, id="test-data-absent")]


def _name_progress(path: Path) -> dict[int, int]:
    match = _NAME_PROGRESS.search(path.name)
    assert match, f"{path.name} does not carry the expected progress in its name"
    return {1: int(match[1]), 2: int(match[2]), 3: int(match[3])}


def _assert_agrees(progress: dict[int, float], path: Path) -> None:
    """Agree with expected_results.json on every class, and with the file name wherever the tool reports progress.

    The names were made by the framework's generator, which counts a class's components even while a less open
    class is incomplete; the tool itself (expected_results.json, ModelEvaluator::getProgress) shows 0 then. The
    two agree on class III always, and on classes II and I whenever the classes below them are complete.
    """
    expected = _expected_results(path.parent)
    name = yaml.safe_load(path.read_text(encoding="utf-8"))["release"]["name"]
    assert name in expected, f"{name} is not in expected_results.json"
    for level in (1, 2, 3):
        assert progress[level] == pytest.approx(expected[name][level]), f"class {level} against expected_results.json"
    from_name = _name_progress(path)
    assert round(progress[3]) == from_name[3], "class III against the file name"
    for level in (2, 1):
        if progress[level + 1] == 100:
            assert round(progress[level]) == from_name[level], f"class {level} against the file name"


@pytest.mark.parametrize("path", _test_files())
def test_classifier_agrees_with_the_framework(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"Model Openness Tool test data not available: {REFERENCE_TEST_DATA}")
    states, global_licenses = from_mot_release(yaml.safe_load(path.read_text(encoding="utf-8")))
    _assert_agrees(classify(states, global_licenses).progress, path)


@pytest.mark.parametrize("path", _test_files())
def test_imported_file_agrees_with_the_framework(path: Path | None, empty: Store) -> None:
    """The atlas's own view (components as stored, the model's license as fallback) must not add openness."""
    if path is None:
        pytest.skip(f"Model Openness Tool test data not available: {REFERENCE_TEST_DATA}")
    report = run_import(empty, "mot", [path])
    assert (report.new, len(report.rejected)) == (1, 0)
    name = yaml.safe_load(path.read_text(encoding="utf-8"))["release"]["name"]
    model = empty.get(empty.resolve(name, "model").uuid)
    assert isinstance(model, Model)
    result = empty.mof(model)
    _assert_agrees(result.progress, path)
    assert model.mof_class == result.mof_class


def test_only_global_licenses_leave_documents_unlicensed(empty: Store) -> None:
    """Code and data licenses only: the data card and evaluation results have no license (class III at 2 of 6)."""
    states = [
        ComponentState(component, ComponentStatus.RELEASED)
        for component in (MofComponent.ARCHITECTURE, MofComponent.FINAL_PARAMETERS, MofComponent.DATA_CARD,
                          MofComponent.EVALUATION_RESULTS)
    ]
    result = classify(states, {"code": "NCSA", "data": "CC-BY-SA-4.0"})
    assert result.progress[3] == pytest.approx(100 * 2 / 6)
    assert set(result.unlicensed) == {MofComponent.DATA_CARD, MofComponent.EVALUATION_RESULTS}

    release = {
        "name": "Globals Only 3B", "version": "3B", "producer": "Test",
        "license": {"code": {"name": "NCSA"}, "data": {"name": "CC-BY-SA-4.0"}},
        "components": [{"name": "Model architecture"}, {"name": "Model parameters (Final)"}, {"name": "Data card"},
                       {"name": "Evaluation results"}],
    }
    folder = Path(empty.path).parent / "mot"
    folder.mkdir()
    (folder / "globals-only.yml").write_text(yaml.safe_dump({"release": release}), encoding="utf-8")
    run_import(empty, "mot", [folder])
    model = empty.get(empty.resolve("Globals Only 3B", "model").uuid)
    assert isinstance(model, Model)
    rows = {c.component: c.license_text for c in model.components}
    assert rows["data-card"] == rows["evaluation-results"] == "unlicensed"
    assert empty.mof(model).progress[3] == pytest.approx(100 * 2 / 6)  # not 4 of 6 through the model's license
