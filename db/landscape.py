"""The landscape at a glance, as plain data for charts: releases over time by openness, jurisdictions, licenses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.queries import DEV_ORG, KIND_QUERIES, LIC_ROW, T_LICENSE, T_MODEL, E
from db.vocab import LicenseFamily, OpennessGrade


@dataclass(frozen=True)
class ReleasePoint:
    """One graded model with a release date."""

    uuid: str
    name: str
    released: date
    grade: str
    developer: str

    @property
    def rank(self) -> int:
        return OpennessGrade(self.grade).rank

    @property
    def is_open(self) -> bool:
        """Weights can be downloaded (open weights of any kind, open source, fully open)."""
        return OpennessGrade(self.grade).weights_released


@dataclass(frozen=True)
class FamilyCount:
    family: str  # "" when not recorded
    licenses: int
    models: int


_MODELS = KIND_QUERIES["model"].from_clause
_GRADES = [grade.value for grade in OpennessGrade]


def release_points(session: Session) -> list[ReleasePoint]:
    """Live models that have both a release date and an openness grade, oldest first."""
    developer = E.alias("developer_entry")
    query = (
        select(E.c.uuid, E.c.name, T_MODEL.c.release_date, T_MODEL.c.openness_grade, developer.c.name)
        .select_from(_MODELS.outerjoin(developer, developer.c.uuid == T_MODEL.c.developer_uuid))
        .where(E.c.deleted_at.is_(None), T_MODEL.c.release_date.is_not(None), T_MODEL.c.openness_grade.in_(_GRADES))
        .order_by(T_MODEL.c.release_date, E.c.name_key)
    )
    return [ReleasePoint(uuid, name, released, grade, dev or "") for uuid, name, released, grade, dev in
            session.execute(query)]


def jurisdiction_grades(session: Session) -> dict[str, dict[str, int]]:
    """Live models counted by their developer's jurisdiction ("" when unknown) and openness grade.

    Jurisdictions come most models first; grades in the order of the scale.
    """
    query = (
        select(DEV_ORG.c.jurisdiction, T_MODEL.c.openness_grade, func.count())
        .select_from(_MODELS)
        .where(E.c.deleted_at.is_(None), T_MODEL.c.openness_grade.in_(_GRADES))
        .group_by(DEV_ORG.c.jurisdiction, T_MODEL.c.openness_grade)
    )
    table: dict[str, dict[str, int]] = {}
    for jurisdiction, grade, count in session.execute(query):
        table.setdefault(jurisdiction or "", {})[grade] = int(count)
    ordered = sorted(table.items(), key=lambda item: (-sum(item[1].values()), item[0] == "", item[0]))
    return {key: {g: counts[g] for g in _GRADES if g in counts} for key, counts in ordered}


def license_families(session: Session) -> list[FamilyCount]:
    """Per license family: how many live licenses, and how many live models use one of them."""
    licenses: dict[str | None, int] = dict(session.execute(
        select(T_LICENSE.c.family, func.count())
        .select_from(E.join(T_LICENSE, T_LICENSE.c.uuid == E.c.uuid))
        .where(E.c.deleted_at.is_(None))
        .group_by(T_LICENSE.c.family)
    ).all())
    models: dict[str | None, int] = dict(session.execute(
        select(LIC_ROW.c.family, func.count())
        .select_from(_MODELS)
        .where(E.c.deleted_at.is_(None), T_MODEL.c.license_uuid.is_not(None))
        .group_by(LIC_ROW.c.family)
    ).all())
    order = {family.value: i for i, family in enumerate(LicenseFamily)}
    families = sorted(set(licenses) | set(models), key=lambda f: (f is None, order.get(f or "", 99), f or ""))
    return [FamilyCount(family or "", int(licenses.get(family, 0)), int(models.get(family, 0)))
            for family in families]
