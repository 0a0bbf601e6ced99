"""What an entry's detail says of a model's openness: its grade and the suggested one, its MOF class, components and
assessments (one writer for db.detail, over the ORM, and db.reading.detail_model, over plain SQL)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from db.openness.grade import GradeSuggestion
from db.openness.mof import MofResult
from db.vocab import MOF_COMPONENT_INFO, MofComponent, OpennessGrade


def openness_detail(grade: OpennessGrade | None, set_by_hand: Any, suggestion: GradeSuggestion) -> dict[str, Any]:
    return {
        "grade": grade.value if grade else None,
        "label": grade.label if grade else "Not graded",
        "rank": grade.rank if grade else None,
        "set_by_hand": set_by_hand,
        "suggested": suggestion.grade.value,
        "suggested_label": suggestion.grade.label,
        "reasons": suggestion.reasons,
    }


def mof_detail(mof: MofResult) -> dict[str, Any]:
    return {
        "class": mof.mof_class,
        "label": mof.label,
        "progress": {str(k): round(v, 1) for k, v in sorted(mof.progress.items())},
        "missing": {str(k): [MofComponent(c).value for c in v] for k, v in sorted(mof.missing.items())},
    }


def components_detail(rows: Iterable[Any], mof: MofResult) -> list[dict[str, Any]]:
    """Every MOF component in the framework's order, with the model's live row for it (`rows`: its component rows,
    deleted ones included) or "unknown"."""
    by_key = {row.component: row for row in rows if row.deleted_at is None}
    components = []
    for component, (label, content_type, lowest, required) in MOF_COMPONENT_INFO.items():
        row = by_key.get(component.value)
        components.append({
            "component": component.value,
            "label": label,
            "content_type": content_type.value,
            "class": lowest,
            "required": required,
            "status": row.status if row else "unknown",
            "license": row.license_text if row else None,
            "evidence": row.evidence if row else None,
            "open_license": component not in mof.invalid_licenses and component not in mof.unlicensed,
        })
    return components


def assessments_detail(rows: Iterable[Any]) -> dict[str, dict[str, str]]:
    """framework → dimension → value, of the live assessment rows."""
    assessments: dict[str, dict[str, str]] = {}
    for assessment in rows:
        if assessment.deleted_at is None:
            assessments.setdefault(assessment.framework, {})[assessment.dimension] = assessment.value
    return assessments
