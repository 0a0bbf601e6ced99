"""The openness-grade suggestion from access, license and components."""

from __future__ import annotations

from db.openness.grade import LicenseFacts, suggest_grade
from db.vocab import OpennessGrade

APACHE = LicenseFacts("Apache-2.0", "permissive", "yes", "none")
COMMUNITY = LicenseFacts("Llama 3.1 Community", "custom-open-weights", "conditional", "cap")
NON_COMMERCIAL = LicenseFacts("CC-BY-NC-4.0", "non-commercial", "no", "none")


def test_api_only_is_closed() -> None:
    assert suggest_grade(["api", "hosted-app"], None, {}).grade is OpennessGrade.CLOSED_API


def test_hosted_app_only() -> None:
    assert suggest_grade(["hosted-app"], None, {}).grade is OpennessGrade.HOSTED_ONLY


def test_nothing_recorded_is_not_graded() -> None:
    """With nothing recorded about availability the model is not graded ("unreleased" would be a guess)."""
    suggestion = suggest_grade([], None, {})
    assert suggestion.grade is OpennessGrade.UNRELEASED and not suggestion.recorded
    assert suggest_grade([], None, {"final-parameters": "not-released"}).recorded  # known to be unreleased


def test_released_weights_without_license_are_not_called_unrestricted() -> None:
    suggestion = suggest_grade(["weights"], None, {})
    assert suggestion.grade is OpennessGrade.OPEN_WEIGHTS_RESTRICTED
    assert "no license" in suggestion.reasons[0]


def test_community_license_is_restricted() -> None:
    assert suggest_grade(["weights"], COMMUNITY, {}).grade is OpennessGrade.OPEN_WEIGHTS_RESTRICTED


def test_non_commercial_license() -> None:
    assert suggest_grade(["weights"], NON_COMMERCIAL, {}).grade is OpennessGrade.OPEN_WEIGHTS_NON_COMMERCIAL


def test_permissive_weights_alone_are_unrestricted() -> None:
    grade = suggest_grade(["weights"], APACHE, {"training-code": "not-released"}).grade
    assert grade is OpennessGrade.OPEN_WEIGHTS_UNRESTRICTED


def test_training_code_makes_open_source_and_data_makes_fully_open() -> None:
    assert suggest_grade(["weights"], APACHE, {"training-code": "released"}).grade is OpennessGrade.OPEN_SOURCE
    fully = suggest_grade(["weights"], APACHE, {"training-code": "released", "datasets": "released"})
    assert fully.grade is OpennessGrade.FULLY_OPEN


def test_final_parameters_component_counts_as_weights_released() -> None:
    grade = suggest_grade([], APACHE, {"final-parameters": "released"}).grade
    assert grade is OpennessGrade.OPEN_WEIGHTS_UNRESTRICTED


def test_scale_order_reads_from_closed_to_open() -> None:
    ranks = [grade.rank for grade in OpennessGrade]
    assert ranks == sorted(ranks)
    assert OpennessGrade.CLOSED_API.rank < OpennessGrade.OPEN_WEIGHTS_RESTRICTED.rank < OpennessGrade.FULLY_OPEN.rank
