"""The model sections of an entry's detail, read with plain SQL: db.detail._model_detail without the ORM.

Developer, license, base and derived models, openness (the grade and the suggestion of db.openness.grade), the MOF
class (db.openness.mof), components, assessments, license clauses, policy rules, lineage, inherited terms and the
family tree: the same dict, value for value, in a fixed number of queries however large the family.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from db.advisor.scopes import inheritance_of
from db.openness.detail import assessments_detail, components_detail, mof_detail, openness_detail
from db.openness.grade import LicenseFacts, suggest_grade
from db.openness.mof import ComponentState, classify
from db.reading.detail_clauses import license_clauses
from db.reading.lineage import Lineage, family_tree_rows, lineage
from db.reading.loaded import loaded
from db.reading.model_row import LICENSE_COLUMNS, LoadedModel, read_license_columns, read_model
from db.reading.rules import rules_detail
from db.vocab import CLAUSE_LABELS, ComponentStatus, MofComponent, OpennessGrade

# the store's query (no ORDER BY: derivatives come in SQLite's order)
_DERIVED_SQL = ("SELECT models.uuid, entries.kind, entries.name, entries.deleted_at, models.base_relation "
                "FROM entries JOIN models ON models.uuid = entries.uuid WHERE models.base_model_uuid = ?")


def model_sections(connection: sqlite3.Connection, uuid: str) -> dict[str, Any]:
    """Everything db.detail._model_detail gives for the live model `uuid` (NotFoundError when there is none)."""
    model = read_model(connection, uuid)
    live_license = model.live_license
    found = lineage(connection, uuid)
    grade = OpennessGrade(model.openness_grade) if model.openness_grade else None
    suggestion = _suggest(model)
    mof = classify(
        (ComponentState(MofComponent(c.component), ComponentStatus(c.status), c.license_text)
         for c in model.components if c.deleted_at is None),
        {"distribution": live_license.spdx_id or live_license.name} if live_license is not None else {},
    )
    return {
        "developer": model.developer.ref.to_dict() if model.developer is not None else None,
        "license": live_license.ref.to_dict() if live_license is not None else None,
        "base_model": model.base.to_dict() if model.base is not None else None,
        "derived_models": _derived(connection, uuid),
        "openness": openness_detail(grade, model.openness_manual, suggestion),
        "mof": mof_detail(mof),
        "components": components_detail(model.components, mof),
        "assessments": assessments_detail(model.assessments),
        "clauses": license_clauses(connection, live_license.uuid, (model.uuid, list(model.modalities)))
        if live_license is not None else [],
        "rules": rules_detail(connection, model),
        "lineage": [base.ref() | {"relation": relation} for base, relation in found.chain],
        "inherited_terms": _inherited_terms(connection, found),
        "family_tree": family_tree_rows(connection, found),
    }


def _suggest(model: LoadedModel) -> Any:
    """The grade the facts support (db.store.Store.suggest: the license the model names, even a deleted one)."""
    lic = model.license
    facts = LicenseFacts(lic.name, lic.family, lic.commercial_use, lic.user_cap_status) if lic is not None else None
    statuses = {c.component: c.status for c in model.components if c.deleted_at is None}
    return suggest_grade(list(model.access or []), facts, statuses)


def _derived(connection: sqlite3.Connection, uuid: str) -> list[dict[str, Any]]:
    return [{"uuid": derived, "kind": loaded("entries", "kind", kind), "name": loaded("entries", "name", name),
             "relation": loaded("models", "base_relation", relation)}
            for derived, kind, name, deleted_at, relation in connection.execute(_DERIVED_SQL, (uuid,))
            if loaded("entries", "deleted_at", deleted_at) is None]


def _inherited_terms(connection: sqlite3.Connection, found: Lineage) -> list[dict[str, Any]]:
    """The licenses up the family tree that pass clauses down to this model (db.detail.inherited_terms), read in
    one query however long the chain is."""
    wanted = sorted({base.license_uuid for base, _relation in found.chain if base.license_uuid})
    licenses = {}
    if wanted:
        sql = (f"SELECT {LICENSE_COLUMNS} FROM entries JOIN licenses ON entries.uuid = licenses.uuid "
               f"WHERE licenses.uuid IN ({', '.join('?' * len(wanted))})")
        licenses = {row[0]: read_license_columns(row) for row in connection.execute(sql, wanted)}
    terms = []
    for base, _relation in found.chain:
        row = licenses.get(base.license_uuid) if base.license_uuid else None
        inheritance = inheritance_of(row.clause_details) if row is not None and row.deleted_at is None else None
        if row is None or inheritance is None:
            continue
        every = set(inheritance.clauses) >= set(CLAUSE_LABELS)
        terms.append({"base": base.ref(), "license": row.ref.to_dict(), "note": inheritance.note or None,
                      "clauses": "all" if every else [CLAUSE_LABELS.get(c, c) for c in inheritance.clauses]})
    return terms
