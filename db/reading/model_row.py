"""One model with its developer, license, base, components and assessments, read with plain SQL as the store loads them.

Every value goes through db.reading.loaded (the engine's converters, then db.tolerant's checks and fallbacks), so a
model read here holds what the store's loaded entry holds. Three queries, however many components or assessments
the model has.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any, NamedTuple

from db.errors import NotFoundError
from db.reading.loaded import loaded


class EntryRef(NamedTuple):
    """An entry as detail views refer to it."""

    uuid: str
    kind: str
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "kind": self.kind, "name": self.name}


class LoadedLicense(NamedTuple):
    """The license columns a model's detail reads (attribute names as db.schema.License's)."""

    uuid: str
    kind: str
    name: str
    deleted_at: datetime | None
    spdx_id: str | None
    family: str | None
    osi_approved: bool | None
    commercial_use: str
    modification: str
    redistribution: str
    user_cap_status: str
    clause_details: dict[str, Any]

    @property
    def ref(self) -> EntryRef:
        return EntryRef(self.uuid, self.kind, self.name)


class LoadedOrganization(NamedTuple):
    """The developer columns a model's detail reads (attribute names as db.schema.Organization's)."""

    uuid: str
    kind: str
    name: str
    deleted_at: datetime | None
    jurisdiction: str | None

    @property
    def ref(self) -> EntryRef:
        return EntryRef(self.uuid, self.kind, self.name)


class LoadedComponent(NamedTuple):
    """One MOF component row of a model (attribute names as db.schema.Component's)."""

    component: str
    status: str
    license_text: str | None
    evidence: str | None
    deleted_at: datetime | None


class LoadedAssessment(NamedTuple):
    framework: str
    dimension: str
    value: str
    deleted_at: datetime | None


class LoadedModel(NamedTuple):
    """A model as the store loads it, with what its detail reads of its relations.

    The attribute names are db.schema.Model's, so the pure readers of loaded models (db.advisor.facts) read it too.
    `developer` and `license` are the rows the model names, deleted or not (as the ORM's relationships load them);
    `base` is the model it names as its base, deleted or not."""

    uuid: str
    kind: str
    name: str
    modalities: list[str]
    params_total: float | None
    training_compute_flop: float | None
    compute_confidence: str | None
    access: list[str]
    openness_grade: str | None
    openness_manual: bool | None
    license_uuid: str | None
    developer_uuid: str | None
    base_model_uuid: str | None
    developer: LoadedOrganization | None
    license: LoadedLicense | None
    base: EntryRef | None
    components: list[LoadedComponent]
    assessments: list[LoadedAssessment]

    @property
    def ref(self) -> EntryRef:
        return EntryRef(self.uuid, self.kind, self.name)

    @property
    def live_license(self) -> LoadedLicense | None:
        return self.license if self.license is not None and self.license.deleted_at is None else None

    @property
    def live_developer(self) -> LoadedOrganization | None:
        return self.developer if self.developer is not None and self.developer.deleted_at is None else None


_MODEL_SQL = (
    "SELECT entries.kind, entries.name, entries.deleted_at, models.modalities, models.params_total, "
    "models.training_compute_flop, models.compute_confidence, models.access, models.openness_grade, "
    "models.openness_manual, models.license_uuid, models.developer_uuid, models.base_model_uuid, "
    "org.uuid, org_entry.kind, org_entry.name, org_entry.deleted_at, org.jurisdiction, "
    "lic.uuid, lic_entry.kind, lic_entry.name, lic_entry.deleted_at, lic.spdx_id, lic.family, lic.osi_approved, "
    "lic.commercial_use, lic.modification, lic.redistribution, lic.user_cap_status, lic.clause_details, "
    "base.uuid, base_entry.kind, base_entry.name "
    "FROM entries JOIN models ON models.uuid = entries.uuid "
    "LEFT OUTER JOIN (entries AS org_entry JOIN organizations AS org ON org_entry.uuid = org.uuid) "
    "ON org.uuid = models.developer_uuid "
    "LEFT OUTER JOIN (entries AS lic_entry JOIN licenses AS lic ON lic_entry.uuid = lic.uuid) "
    "ON lic.uuid = models.license_uuid "
    "LEFT OUTER JOIN (entries AS base_entry JOIN models AS base ON base_entry.uuid = base.uuid) "
    "ON base.uuid = models.base_model_uuid "
    "WHERE entries.uuid = ?"
)
# the store's own loads (its selectin queries), so that SQLite returns the rows in the same order
_COMPONENTS_SQL = ("SELECT component, status, license_text, evidence, deleted_at FROM components "
                   "WHERE components.model_uuid IN (?)")
_ASSESSMENTS_SQL = ("SELECT framework, dimension, value, deleted_at FROM assessments "
                    "WHERE assessments.model_uuid IN (?)")


def read_license_columns(row: tuple[Any, ...]) -> LoadedLicense:
    """A license from the stored values of LICENSE_COLUMNS."""
    (uuid, kind, name, deleted_at, spdx_id, family, osi_approved, commercial_use, modification, redistribution,
     user_cap_status, clause_details) = row
    table = "licenses"
    return LoadedLicense(
        uuid=uuid, kind=loaded("entries", "kind", kind), name=loaded("entries", "name", name),
        deleted_at=loaded("entries", "deleted_at", deleted_at), spdx_id=loaded(table, "spdx_id", spdx_id),
        family=loaded(table, "family", family), osi_approved=loaded(table, "osi_approved", osi_approved),
        commercial_use=loaded(table, "commercial_use", commercial_use),
        modification=loaded(table, "modification", modification),
        redistribution=loaded(table, "redistribution", redistribution),
        user_cap_status=loaded(table, "user_cap_status", user_cap_status),
        clause_details=loaded(table, "clause_details", clause_details),
    )


LICENSE_COLUMNS = ("licenses.uuid, entries.kind, entries.name, entries.deleted_at, licenses.spdx_id, licenses.family, "
                   "licenses.osi_approved, licenses.commercial_use, licenses.modification, licenses.redistribution, "
                   "licenses.user_cap_status, licenses.clause_details")
"""The columns `read_license_columns` reads, from `entries JOIN licenses`."""


def read_model(connection: sqlite3.Connection, uuid: str) -> LoadedModel:
    """The live model `uuid` as the store loads it; NotFoundError when there is none."""
    row = connection.execute(_MODEL_SQL, (uuid,)).fetchone()
    if row is None or loaded("entries", "deleted_at", row[2]) is not None:
        raise NotFoundError(f"no entry with UUID {uuid}")
    (kind, name, _deleted, modalities, params_total, compute, confidence, access, grade, manual, license_uuid,
     developer_uuid, base_uuid) = row[:13]
    org, lic, base = row[13:18], row[18:30], row[30:33]
    components = [
        LoadedComponent(component=loaded("components", "component", component),
                        status=loaded("components", "status", status),
                        license_text=loaded("components", "license_text", license_text),
                        evidence=loaded("components", "evidence", evidence),
                        deleted_at=loaded("components", "deleted_at", deleted_at))
        for component, status, license_text, evidence, deleted_at in connection.execute(_COMPONENTS_SQL, (uuid,))
    ]
    assessments = [
        LoadedAssessment(loaded("assessments", "framework", framework), loaded("assessments", "dimension", dimension),
                         loaded("assessments", "value", value), loaded("assessments", "deleted_at", deleted_at))
        for framework, dimension, value, deleted_at in connection.execute(_ASSESSMENTS_SQL, (uuid,))
    ]
    table = "models"
    return LoadedModel(
        uuid=uuid, kind=loaded("entries", "kind", kind), name=loaded("entries", "name", name),
        modalities=loaded(table, "modalities", modalities), params_total=loaded(table, "params_total", params_total),
        training_compute_flop=loaded(table, "training_compute_flop", compute),
        compute_confidence=loaded(table, "compute_confidence", confidence), access=loaded(table, "access", access),
        openness_grade=loaded(table, "openness_grade", grade), openness_manual=loaded(table, "openness_manual", manual),
        license_uuid=license_uuid, developer_uuid=developer_uuid, base_model_uuid=base_uuid,
        developer=_organization(org) if org[0] is not None else None,
        license=read_license_columns(lic) if lic[0] is not None else None,
        base=EntryRef(base[0], loaded("entries", "kind", base[1]), loaded("entries", "name", base[2]))
        if base[0] is not None else None,
        components=components, assessments=assessments,
    )


def _organization(row: tuple[Any, ...]) -> LoadedOrganization:
    uuid, kind, name, deleted_at, jurisdiction = row
    return LoadedOrganization(uuid, loaded("entries", "kind", kind), loaded("entries", "name", name),
                              loaded("entries", "deleted_at", deleted_at),
                              loaded("organizations", "jurisdiction", jurisdiction))
