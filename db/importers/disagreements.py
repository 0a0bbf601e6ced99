"""Which source said what about an entry, side by side, and where their values cannot all be true at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from db.importers.common import SOURCES
from db.importers.licenses import PROPRIETARY, is_open, license_key, resolve
from db.importers.matching import same_org
from db.openness.mof import MOF_CLASS_LABELS
from db.values import compared_and_shown, format_number, parse_date, parse_number
from db.vocab import OpennessGrade

if TYPE_CHECKING:  # the ORM loads where a session is read: the rules alone (db.reading.provenance) need neither
    from sqlalchemy.orm import Session

    from db.schema import Entry, Provenance

ATLAS = "atlas"
NUMBER_TOLERANCE = 0.10
DAYS_TOLERANCE = 14

_CLOSED = frozenset({"unreleased", "closed-api", "hosted-only"})
_NON_COMMERCIAL = frozenset({"open-weights-non-commercial"})
_RESTRICTED = frozenset({"open-weights-restricted"})
_OPEN = frozenset({"open-weights-unrestricted", "open-source", "fully-open"})
_BANDS = (_CLOSED, _NON_COMMERCIAL, _RESTRICTED, _OPEN)

LABELS: dict[str, str] = {
    "name": "Name", "developer": "Developer", "release_date": "Release date", "params_total": "Parameters (total)",
    "params_active": "Parameters (active)", "training_compute_flop": "Training compute",
    "compute_confidence": "Compute confidence", "training_tokens": "Training tokens", "license": "License",
    "weights": "Weights", "mof_class": "MOF class", "base_model": "Base model", "access": "Access channels",
    "modalities": "Modalities", "architecture": "Architecture", "country": "Country", "org_kind": "Kind",
    "jurisdiction": "Jurisdiction", "website": "Website", "spdx_id": "SPDX identifier", "osi_approved": "OSI approved",
    "url": "URL",
}


# ---- views: a value as something comparable (None: cannot be compared) -------------------------------------------


def _number(_source: str, value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return parse_number(value)  # "70B" as a Model Openness Tool version says it
    except (TypeError, ValueError):
        return None


def _numbers_agree(a: float, b: float) -> bool:
    return abs(a - b) <= NUMBER_TOLERANCE * max(abs(a), abs(b))


def _date(_source: str, value: Any) -> tuple[date, str] | None:
    """A date and how precise it is ('day', 'month' or 'year'): '2024-07' says only the month."""
    text = value.isoformat() if isinstance(value, date) else str(value or "").strip()
    try:
        parsed = parse_date(text)
    except ValueError:
        return None
    if parsed is None:
        return None
    precision = "year" if len(text) == 4 else "month" if len(text) == 7 else "day"
    return parsed, precision


def _dates_agree(a: tuple[date, str], b: tuple[date, str]) -> bool:
    if "year" in (a[1], b[1]):
        return a[0].year == b[0].year
    if "month" in (a[1], b[1]):
        return (a[0].year, a[0].month) == (b[0].year, b[0].month)
    return abs(a[0] - b[0]) <= timedelta(days=DAYS_TOLERANCE)


def _license(_source: str, value: Any) -> tuple[str, str | None] | None:
    """(canonical key, family): the atlas's value comes as {"text", "family"} from its license entry."""
    if isinstance(value, dict):
        key = license_key(str(value.get("text") or ""))
        return (key, value.get("family")) if key else None
    info = resolve(str(value)) if value else None
    key = license_key(str(value)) if value else None
    return (key, info.family if info is not None else None) if key else None


def _licenses_agree(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    """The same license; or "Proprietary" said of terms the atlas records as proprietary (OpenAI's terms)."""
    if a[0] == b[0]:
        return True
    return PROPRIETARY.key in (a[0], b[0]) and "proprietary" in (a[1], b[1])


def _text(_source: str, value: Any) -> str | None:
    return " ".join(str(value).split()).casefold() if value not in (None, "") else None


def _mof_class(_source: str, value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def weights_band(source: str, value: Any) -> frozenset[str] | None:
    """The openness grades a source's statement about a model's weights allows."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if source == ATLAS:
        return next((band for band in _BANDS if text in band), None)
    if text in ("open", "partial", "closed") and source in ("osai", "epoch"):
        # The Index grades availability: open weights may still carry conditions; "partial" is gated or restricted.
        return {"open": _NON_COMMERCIAL | _RESTRICTED | _OPEN, "partial": _NON_COMMERCIAL | _RESTRICTED,
                "closed": _CLOSED}[text]
    if source == "epoch":
        if "unrestricted" in text:
            return _OPEN
        if "non-commercial" in text or "noncommercial" in text:
            return _NON_COMMERCIAL
        if "restricted" in text:
            return _RESTRICTED
        if any(word in text for word in ("api", "hosted", "unreleased")):
            return _CLOSED
        return None
    info = resolve(str(value))  # Model Openness Tool and Hugging Face: the license the weights carry
    if info is None:
        return None
    if info is PROPRIETARY:
        return _CLOSED
    if is_open(info):
        return _OPEN
    if info.family == "non-commercial":
        return _NON_COMMERCIAL
    return _RESTRICTED if info.known else None


def _component(_source: str, value: Any) -> tuple[str, str | None] | None:
    if isinstance(value, dict):
        status, text = value.get("status"), value.get("license")
    elif isinstance(value, list | tuple) and value:
        status, text = value[0], value[1] if len(value) > 1 else None
    else:
        return None
    return (str(status), license_key(text) if text else None) if status else None


def _components_agree(a: tuple[str, str | None], b: tuple[str, str | None]) -> bool:
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


Rule = tuple[Callable[[str, Any], Any], Callable[[Any, Any], bool]]
_EQUAL: Callable[[Any, Any], bool] = lambda a, b: a == b  # noqa: E731
RULES: dict[str, Rule] = {
    "params_total": (_number, _numbers_agree),
    "params_active": (_number, _numbers_agree),
    "training_compute_flop": (_number, _numbers_agree),
    "training_tokens": (_number, _numbers_agree),
    "context_window": (_number, _numbers_agree),
    "release_date": (_date, _dates_agree),
    "license": (_license, _licenses_agree),
    "compute_confidence": (_text, _EQUAL),
    "weights": (weights_band, lambda a, b: bool(a & b)),
    "mof_class": (_mof_class, _EQUAL),
    "spdx_id": (_text, _EQUAL),
    "osi_approved": (lambda _s, v: v if isinstance(v, bool) else None, _EQUAL),
}
"""Fields whose values are compared, with how to read a value and when two readings agree."""


def _rule(field: str) -> Rule | None:
    if field.startswith("component."):
        return _component, _components_agree
    if field.startswith("assessment:"):
        return _text, _EQUAL
    return RULES.get(field)


# ---- the atlas's own value -------------------------------------------------------------------------------------


def _atlas_value(session: Session, entry: Entry, field: str) -> tuple[Any, str] | None:
    """(value to compare, text to show) of the atlas's own value of a field, or None when it has none."""
    from db.schema import License, Model, Organization

    if isinstance(entry, Model):
        if field == "developer":
            org = session.get(Organization, entry.developer_uuid) if entry.developer_uuid else None
            return (org.name, org.name) if org is not None else None
        if field == "license":
            lic = session.get(License, entry.license_uuid) if entry.license_uuid else None
            if lic is None:
                return None
            return {"text": lic.spdx_id or lic.name, "family": lic.family}, lic.name
        if field == "weights":
            if not entry.openness_manual or not entry.openness_grade:
                return None  # a suggested grade is not anyone's statement
            return entry.openness_grade, OpennessGrade(entry.openness_grade).label
        if field == "mof_class":
            if not any(c.status != "unknown" for c in entry.components if c.deleted_at is None):
                return None
            return entry.mof_class, MOF_CLASS_LABELS.get(entry.mof_class, str(entry.mof_class))
        if field.startswith("component."):
            key = field.split(".", 1)[1]
            row = next((c for c in entry.components if c.component == key and c.deleted_at is None), None)
            if row is None or row.status == "unknown":
                return None
            return [row.status, row.license_text], row.status + (f" — {row.license_text}" if row.license_text else "")
        if field.startswith("assessment:"):
            _, framework, dimension = field.split(":", 2)
            assessment = next((a for a in entry.assessments if a.deleted_at is None and (a.framework, a.dimension) ==
                               (framework, dimension)), None)
            return (assessment.value, assessment.value) if assessment is not None else None
    if field in ("name", "base_model") or field.startswith(("component.", "assessment:")):
        return None
    return compared_and_shown(getattr(entry, field, None))


def _shown(field: str, value: Any) -> Any:
    """A source's value as shown beside the others."""
    if field == "mof_class":
        return MOF_CLASS_LABELS.get(_mof_class("", value) or 0, str(value))
    if field.startswith("component.") and isinstance(value, dict):
        return str(value.get("status")) + (f" — {value['license']}" if value.get("license") else "")
    if isinstance(value, float) and field in RULES and RULES[field][0] is _number:
        return format_number(value)
    return value


# ---- the detail --------------------------------------------------------------------------------------------------


def provenance_detail(session: Session, entry: Entry) -> dict[str, Any]:
    """`provenance`: every source's statement; `disagreements`: fields whose values (the atlas's included) clash."""
    from sqlalchemy import select

    from db.schema import Provenance

    rows = session.scalars(select(Provenance).where(Provenance.entry_uuid == entry.uuid,
                                                    Provenance.deleted_at.is_(None))).all()
    rows = sorted(rows, key=lambda r: (r.field, list(SOURCES).index(r.source) if r.source in SOURCES else 99))
    provenance = [
        {"field": row.field, "source": row.source, "value": row.value, "origin": row.origin,
         "imported_at": row.imported_at.isoformat(timespec="seconds") if row.imported_at else None}
        for row in rows
    ]
    by_field: dict[str, list[Provenance]] = {}
    for row in rows:
        by_field.setdefault(row.field, []).append(row)
    disagreements: list[dict[str, Any]] = []
    for field, statements in by_field.items():
        rule = _rule(field)
        if rule is None and field != "developer":
            continue
        atlas = _atlas_value(session, entry, field)
        values: dict[str, Any] = {}
        if atlas is not None:
            values[ATLAS] = atlas[1]
        values.update({row.source: _shown(field, row.value) for row in statements})
        if len(values) < 2:
            continue
        if field == "developer":
            clash = _developers_clash(session, entry, atlas, statements)
        else:
            read, agree = rule  # type: ignore[misc]
            views = [read(ATLAS, atlas[0])] if atlas is not None else []
            views += [read(row.source, row.value) for row in statements]
            known = [v for v in views if v is not None]
            clash = any(not agree(a, b) for i, a in enumerate(known) for b in known[i + 1:])
        if clash:
            disagreements.append({"field": field, "label": label(field), "values": values})
    return {"provenance": provenance, "disagreements": disagreements}


def _developers_clash(session: Session, entry: Entry, atlas: tuple[Any, str] | None,
                      statements: list[Provenance]) -> bool:
    from sqlalchemy import select

    from db.schema import Alias, Model

    names: list[list[str]] = []
    if atlas is not None and isinstance(entry, Model) and entry.developer_uuid:
        aliases = session.scalars(select(Alias.name).where(Alias.entry_uuid == entry.developer_uuid,
                                                           Alias.deleted_at.is_(None))).all()
        names.append([atlas[0], *aliases])
    names += [[str(row.value)] for row in statements]
    for i, group in enumerate(names):
        for other in names[i + 1:]:
            if not any(same_org(a, other) for a in group) and not any(same_org(b, group) for b in other):
                return True
    return False


def label(field: str) -> str:
    if field.startswith("component."):
        return "Component: " + field.split(".", 1)[1].replace("-", " ")
    if field.startswith("assessment:"):
        _, framework, dimension = field.split(":", 2)
        return f"{framework}: {dimension.replace('_', ' ')}"
    return LABELS.get(field, field.replace("_", " ").capitalize())


def organization_scores(session: Session, organization_uuid: str | None) -> list[dict[str, Any]]:
    """Scores frameworks give an organization (FMTI per wave), newest wave first."""
    if not organization_uuid:
        return []
    from sqlalchemy import select

    from db.schema import OrgAssessment

    rows = session.scalars(select(OrgAssessment).where(OrgAssessment.organization_uuid == organization_uuid,
                                                       OrgAssessment.deleted_at.is_(None))).all()
    return [{"framework": r.framework, "dimension": r.dimension, "value": r.value, "notes": r.notes}
            for r in sorted(rows, key=lambda r: (r.framework, r.dimension), reverse=True)]
