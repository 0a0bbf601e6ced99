"""Suggest a model's place on the openness spectrum from its access channels, license and components."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from db.vocab import AccessChannel, LicenseFamily, MofComponent, OpennessGrade

_OPEN_FAMILIES = {LicenseFamily.PERMISSIVE.value, LicenseFamily.COPYLEFT.value}
_SHOWN = ("released", "partial")


@dataclass(frozen=True)
class LicenseFacts:
    """The few license facts the suggestion needs (kept apart from the ORM so the rule is testable alone)."""

    name: str
    family: str | None
    commercial_use: str = "unknown"
    user_cap_status: str = "unknown"


@dataclass
class GradeSuggestion:
    grade: OpennessGrade
    reasons: list[str] = field(default_factory=list)
    recorded: bool = True
    """False when nothing is recorded about how the model is made available: the model is not graded (a catalog's
    blank cell says nothing; "unreleased" would be a guess)."""


def suggest_grade(
    access: list[str],
    license_facts: LicenseFacts | None,
    component_status: Mapping[str, str],
) -> GradeSuggestion:
    """The grade the recorded facts support; the most open grade is only given when the facts show it."""
    final_weights = component_status.get(MofComponent.FINAL_PARAMETERS.value, "unknown")
    weights_out = AccessChannel.WEIGHTS.value in access or final_weights in _SHOWN
    if not weights_out:
        if AccessChannel.API.value in access:
            return GradeSuggestion(OpennessGrade.CLOSED_API, ["weights not released; available through an API"])
        if AccessChannel.HOSTED_APP.value in access:
            return GradeSuggestion(OpennessGrade.HOSTED_ONLY, ["weights not released; only a hosted application"])
        if not access and final_weights == "unknown":
            return GradeSuggestion(OpennessGrade.UNRELEASED, ["nothing recorded about how the model is made available"],
                                   recorded=False)
        return GradeSuggestion(OpennessGrade.UNRELEASED, ["no recorded way to use the model"])

    if license_facts is None:
        return GradeSuggestion(
            OpennessGrade.OPEN_WEIGHTS_RESTRICTED, ["weights released, but no license recorded: treated as restricted"]
        )
    reasons = [f"weights released under {license_facts.name}"]
    family = license_facts.family
    if family == LicenseFamily.NON_COMMERCIAL.value or license_facts.commercial_use == "no":
        reasons.append("the license forbids commercial use")
        return GradeSuggestion(OpennessGrade.OPEN_WEIGHTS_NON_COMMERCIAL, reasons)
    if family not in _OPEN_FAMILIES or license_facts.commercial_use != "yes" or license_facts.user_cap_status == "cap":
        reasons.append(f"the license ({family or 'family unknown'}) attaches conditions to use")
        return GradeSuggestion(OpennessGrade.OPEN_WEIGHTS_RESTRICTED, reasons)
    reasons.append(f"the license is {family}")

    training_code = component_status.get(MofComponent.TRAINING_CODE.value, "unknown")
    datasets = component_status.get(MofComponent.DATASETS.value, "unknown")
    if training_code == "released" and datasets == "released":
        reasons.append("training code and training data are released")
        return GradeSuggestion(OpennessGrade.FULLY_OPEN, reasons)
    if training_code in _SHOWN:
        reasons.append(f"training code {training_code}; training data {datasets}")
        return GradeSuggestion(OpennessGrade.OPEN_SOURCE, reasons)
    reasons.append(f"training code {training_code.replace('-', ' ')}")
    return GradeSuggestion(OpennessGrade.OPEN_WEIGHTS_UNRESTRICTED, reasons)
