"""The facts a rule may test, read from a model's recorded data; a fact not on record is None, never a guess."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from db.vocab import OpennessGrade

if TYPE_CHECKING:  # the facts are read from loaded entries; the check reads `weights_public` without the schema
    from db.schema import License, Model

GENERATIVE_MODALITIES = frozenset({"text", "image", "audio", "video"})
OPEN_FAMILIES = frozenset({"permissive", "copyleft"})


def model_facts(model: Model, regions: Sequence[str] | None = None) -> dict[str, Any]:
    """Every fact of `rules.FACTS` for one model (None where it is not recorded).

    `regions` are the deployment regions of a use case; without them `deployment_regions` is unknown.
    """
    license_row = model.license if model.license is not None and model.license.deleted_at is None else None
    developer = model.developer if model.developer is not None and model.developer.deleted_at is None else None
    modalities = list(model.modalities or [])
    return {
        "training_compute_flop": model.training_compute_flop,
        "params_total": model.params_total,
        "compute_confidence": model.compute_confidence,
        "general_purpose": bool(GENERATIVE_MODALITIES & set(modalities)) if modalities else None,
        "modalities": modalities or None,
        "access": list(model.access) if model.access else None,
        "weights_released": weights_released(model),
        "architecture_public": _component_public(model, "architecture"),
        "openness_grade": model.openness_grade,
        "license_open": license_open(license_row),
        "license_family": license_row.family if license_row is not None else None,
        "license_spdx": license_row.spdx_id if license_row is not None else None,
        "osi_approved": license_row.osi_approved if license_row is not None else None,
        "commercial_use": _known(license_row.commercial_use) if license_row is not None else None,
        "developer": developer.name if developer is not None else None,
        "developer_jurisdiction": developer.jurisdiction if developer is not None else None,
        "deployment_regions": list(regions) if regions else None,
    }


def _known(value: str | None) -> str | None:
    return None if value in (None, "", "unknown") else value


def _component_status(model: Model, component: str) -> str | None:
    for row in model.components:
        if row.component == component and row.deleted_at is None:
            return row.status
    return None


def _component_public(model: Model, component: str) -> bool | None:
    status = _component_status(model, component)
    # "partial" is recorded but does not settle whether the law's "publicly available" test is met
    return {"released": True, "not-released": False}.get(status or "")


def weights_released(model: Model) -> bool | None:
    """True when weights are public by any record; False only when the records say they are not."""
    return weights_public(model.access, _component_status(model, "final-parameters"), model.openness_grade)


def weights_public(access: Sequence[str] | None, final_parameters: str | None, grade: str | None) -> bool | None:
    """Whether weights are public, from the access channels, the "final-parameters" component's status and the
    openness grade on record: True by any of them; False only when they say so; None when none is recorded."""
    openness = OpennessGrade(grade) if grade else None
    if "weights" in (access or []) or final_parameters == "released" or (
            openness is not None and openness.weights_released):
        return True
    if final_parameters == "not-released" or (openness is not None and not openness.weights_released):
        return False
    if access:
        return False  # channels are recorded and weights are not among them
    return None


def license_open(license_row: License | None) -> bool | None:
    """A free and open license in the AI Act's sense, from the recorded clauses.

    Open: OSI-approved or in the permissive/copyleft family, with commercial use "yes" and modification and
    redistribution not refused. Not open: any of those clauses is "no"/"conditional" (commercial) or the
    family is non-commercial, proprietary or a custom/RAIL family. Unknown when the deciding values are
    not recorded.
    """
    if license_row is None:
        return None
    lic = license_row
    if lic.commercial_use in ("no", "conditional") or "no" in (lic.modification, lic.redistribution):
        return False
    family_open = lic.osi_approved is True or lic.family in OPEN_FAMILIES
    if not family_open:
        if lic.family is not None:
            return False  # a custom, RAIL, non-commercial or proprietary license
        return None  # neither the family nor OSI approval is on record
    if lic.commercial_use != "yes" or "unknown" in (lic.modification, lic.redistribution):
        return None
    return True
