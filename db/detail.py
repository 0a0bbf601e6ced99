"""Everything about one entry, assembled for reading: fields, related entries, openness, clauses, sources."""

from __future__ import annotations

import sqlite3
from typing import Any, cast, overload

from sqlalchemy import select
from sqlalchemy.orm import Session, lazyload, with_polymorphic

from db.advisor.api import rules_detail
from db.advisor.scopes import inheritance_of, scopes_of
from db.fields import FIELDS, KIND_LABELS, FieldType, display
from db.freshness import verification_of
from db.importers.disagreements import organization_scores, provenance_detail
from db.lineage import Lineal, ancestors, family_tree
from db.openness.detail import assessments_detail, components_detail, mof_detail, openness_detail
from db.schema import (
    LINK_CONCERNS,
    LINK_SOURCE,
    Entry,
    EntryTag,
    Evaluation,
    License,
    Link,
    Model,
    Note,
    Organization,
    PolicyNote,
    Source,
    Tag,
)
from db.store import Store, _read_attr
from db.validity import entry_problems
from db.vocab import CLAUSE_LABELS, LICENSE_CLAUSES, OpennessGrade


@overload
def ref(entry: Entry) -> dict[str, Any]: ...
@overload
def ref(entry: Entry | None) -> dict[str, Any] | None: ...
def ref(entry: Entry | None) -> dict[str, Any] | None:
    """A compact reference to an entry, enough to show and navigate to it."""
    if entry is None:
        return None
    return {"uuid": entry.uuid, "kind": entry.kind, "name": entry.name}


def license_clauses(lic: License, model: Model | None = None) -> list[dict[str, Any]]:
    """The license's clauses as a checklist, in reading order; `value` "unknown" means not on record.

    A clause scoped to some of the license's models (db.advisor.scopes) says so; for a `model` it does not cover
    (Llama 3.2 1B under the EU clause for multimodal models) it reads "none for this model"."""
    details = lic.clause_details or {}
    scopes = scopes_of(details)
    clauses: list[dict[str, Any]] = []
    for clause in ("commercial_use", "modification", "redistribution", "user_cap", "acceptable_use_policy",
                   "attribution", "output_training", "field_of_use", "geographic_exclusions",
                   "pass_terms_downstream", "notice_file"):
        if clause == "user_cap":
            value = {"cap": f"{lic.user_cap:,} monthly active users" if lic.user_cap else "cap"}.get(
                lic.user_cap_status, lic.user_cap_status)
        elif clause == "geographic_exclusions":
            value = ", ".join(lic.geographic_exclusions) if lic.geo_status == "restricted" and \
                lic.geographic_exclusions else lic.geo_status
        else:
            assert clause in LICENSE_CLAUSES
            value = getattr(lic, clause)
        scope = scopes.get(clause)
        if scope is not None and value not in ("none", "unknown"):
            covered = scope.covers(model.uuid, model.modalities) if model is not None else True
            whom = "; binds licensees established there" if scope.binds == "licensee" else ""
            value = "none for this model" if covered is False else f"{value} ({scope.describe()}{whom})"
        item = {"clause": clause, "label": CLAUSE_LABELS[clause], "value": value, "detail": details.get(clause)}
        if clause == "acceptable_use_policy" and lic.acceptable_use_policy_url:
            item["url"] = lic.acceptable_use_policy_url
        checked = verification_of(lic, clause=clause)
        if checked is not None:
            item["verified"] = checked.to_dict()
        clauses.append(item)
    return clauses


def _verified(entry: Entry, *, policy_status: bool = False) -> dict[str, str] | None:
    """Who last verified the entry (or a policy note's status), when and against what; None when nobody has."""
    checked = verification_of(entry, policy_status=policy_status)
    return checked.to_dict() if checked is not None else None


def entry_detail(store: Store, uuid: str) -> dict[str, Any]:
    with store.read() as session:
        entry = store.get(uuid, session=session)
        return _detail(store, session, entry)


def _fields(session: Session, entry: Entry) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for spec in FIELDS[entry.kind]:
        value = _read_attr(entry, spec.attr)
        if spec.type == FieldType.REF:
            target = session.get(Entry, value, options=_BARE) if value else None
            shown = target.name if target is not None else ""
            value = ref(target)
        else:
            shown = display(spec, value)
            if hasattr(value, "isoformat"):
                value = value.isoformat()
        out.append({"key": spec.key, "label": spec.label, "group": spec.group, "type": spec.type.value,
                    "value": value, "display": shown})
    return out


def _detail(store: Store, session: Session, entry: Entry) -> dict[str, Any]:
    detail: dict[str, Any] = {
        "uuid": entry.uuid,
        "kind": entry.kind,
        "kind_label": KIND_LABELS[entry.kind][0],
        "name": entry.name,
        "created_at": entry.created_at.isoformat(timespec="seconds") if entry.created_at else None,
        "modified_at": entry.modified_at.isoformat(timespec="seconds") if entry.modified_at else None,
        # values the file holds that are not valid (a damaged or hand-edited file): shown, never used
        "invalid": [problem.to_json() for problem in entry_problems(
            cast(sqlite3.Connection, session.connection().connection.driver_connection), entry.uuid)],
        "author": entry.author,
        "version": entry.version,
        "fields": _fields(session, entry),
        "tags": [{"name": tag.name, "color": tag.color} for tag in entry.tags],
        "sources": _sources(session, entry.uuid),
        "notes": [ref(n) | {"author": n.author} for n in _live(session, select(Note).where(
            Note.target_uuid == entry.uuid))],
        "evaluations": _evaluations(session, entry.uuid),
        "policy_notes": [_policy_ref(p) for p in _concerning(session, entry.uuid)],
        "verified": _verified(entry),
    }
    if isinstance(entry, Model):
        detail |= _model_detail(store, session, entry)
    elif isinstance(entry, License):
        detail["clauses"] = license_clauses(entry)
        detail["models"] = [ref(m) for m in _live(session, select(Model).where(Model.license_uuid == entry.uuid))]
    elif isinstance(entry, Organization):
        detail["models"] = [ref(m) for m in _live(session, select(Model).where(Model.developer_uuid == entry.uuid))]
    elif isinstance(entry, PolicyNote):
        detail["concerns"] = _concerns(session, entry.uuid)
        detail["conditions"] = entry.conditions
        detail["status_verified"] = _verified(entry, policy_status=True)
    elif isinstance(entry, Tag):
        detail["entries"] = _tagged_entries(session, entry)
    elif isinstance(entry, Source):
        detail["backs"] = _backed_by(session, entry.uuid)
    elif isinstance(entry, Note | Evaluation):
        detail["target"] = ref(session.get(Entry, entry.target_uuid, options=_BARE)) if entry.target_uuid else None
    detail |= provenance_detail(session, entry)  # what imported catalogs said, and where they disagree
    if isinstance(entry, Organization):
        detail["scores"] = organization_scores(session, entry.uuid)
    elif isinstance(entry, Model):
        detail["developer_scores"] = organization_scores(session, entry.developer_uuid)
    return detail


def _model_detail(store: Store, session: Session, model: Model) -> dict[str, Any]:
    mof = store.mof(model)
    suggestion = store.suggest(model, session)
    grade = OpennessGrade(model.openness_grade) if model.openness_grade else None
    license_row = model.license if model.license is not None and model.license.deleted_at is None else None
    lineage = ancestors(session, model.uuid)
    return {
        "developer": ref(model.developer),
        "license": ref(license_row),
        "base_model": ref(session.get(Model, model.base_model_uuid, options=_BARE)) if model.base_model_uuid else None,
        "derived_models": [ref(m) | {"relation": m.base_relation} for m in _live(
            session, select(Model).where(Model.base_model_uuid == model.uuid))],
        "openness": openness_detail(grade, model.openness_manual, suggestion),
        "mof": mof_detail(mof),
        "components": components_detail(model.components, mof),
        "assessments": assessments_detail(model.assessments),
        "clauses": license_clauses(license_row, model) if license_row is not None else [],
        "rules": rules_detail(store, session, model),  # policy notes' conditions evaluated for this model
        "lineage": [ref_of(base) | {"relation": relation} for base, relation in lineage],
        "inherited_terms": inherited_terms(session, lineage),
        "family_tree": family_tree_detail(session, model.uuid),
    }


def inherited_terms(session: Session, lineage: list[tuple[Lineal, str]]) -> list[dict[str, Any]]:
    """The licenses up the family tree that pass clauses down to this model (what the use-case check adds)."""
    found = []
    wanted = {base.license_uuid for base, _relation in lineage if base.license_uuid}
    # one query for every license up the tree (however long it is); the loop then reads them from the session
    query = select(License).where(License.uuid.in_(wanted)).options(*_BARE)
    licenses = {row.uuid: row for row in session.scalars(query)} if wanted else {}
    for base, _relation in lineage:
        row = licenses.get(base.license_uuid) if base.license_uuid else None
        inheritance = inheritance_of(row.clause_details) if row is not None and row.deleted_at is None else None
        if row is None or inheritance is None:
            continue
        every = set(inheritance.clauses) >= set(CLAUSE_LABELS)
        found.append({"base": ref_of(base), "license": ref(row), "note": inheritance.note or None,
                      "clauses": "all" if every else [CLAUSE_LABELS.get(c, c) for c in inheritance.clauses]})
    return found


def ref_of(model: Lineal) -> dict[str, Any]:
    return {"uuid": model.uuid, "kind": "model", "name": model.name}


def family_tree_detail(session: Session, uuid: str) -> dict[str, Any] | None:
    """The model's family tree as rows to draw, parents before children (None when the model stands alone).

    Each row: depth, the model's reference, its relation to the row above it, version and size, whether it is the
    model shown (`focus`) and whether it belongs to the family (a derivative from elsewhere is marked)."""
    tree = family_tree(session, uuid)
    rows = [
        ref_of(node.model) | {"depth": depth, "relation": node.model.relation if depth else None,
                              "version": node.model.version, "size": node.model.size,
                              "in_family": node.in_family, "focus": node.model.uuid == uuid}
        for root in tree.roots for depth, node in root.walk()
    ]
    if len(rows) < 2:
        return None
    return {"family": tree.family, "rows": rows}


# Related entries are shown by reference (name, kind and a few columns): their own relationships (tags, components,
# assessments, developer, license) are left unloaded, so each list costs one query however many entries it holds
_BARE = [lazyload("*")]


def _live(session: Session, query: Any) -> list[Any]:
    return [row for row in session.scalars(query.options(*_BARE)) if row.deleted_at is None]


def _sources(session: Session, uuid: str) -> list[dict[str, Any]]:
    query = (
        select(Source)
        .join(Link, Link.from_uuid == Source.uuid)
        .where(Link.to_uuid == uuid, Link.relation == LINK_SOURCE, Link.deleted_at.is_(None))
        .order_by(Source.name)
    )
    return [
        {"uuid": s.uuid, "title": s.name, "url": s.url, "accessed": s.accessed.isoformat() if s.accessed else None,
         "confidence": s.confidence}
        for s in _live(session, query)
    ]


def _concerning(session: Session, uuid: str) -> list[PolicyNote]:
    query = (
        select(PolicyNote)
        .join(Link, Link.from_uuid == PolicyNote.uuid)
        .where(Link.to_uuid == uuid, Link.relation == LINK_CONCERNS, Link.deleted_at.is_(None))
        .order_by(PolicyNote.jurisdiction, PolicyNote.name)
    )
    return _live(session, query)


def _policy_ref(note: PolicyNote) -> dict[str, Any]:
    return ref(note) | {"jurisdiction": note.jurisdiction, "status": note.status}


def _concerns(session: Session, uuid: str) -> list[dict[str, Any]]:
    poly = with_polymorphic(Entry, "*")
    query = (
        select(poly)
        .join(Link, Link.to_uuid == poly.uuid)
        .where(Link.from_uuid == uuid, Link.relation == LINK_CONCERNS, Link.deleted_at.is_(None))
        .order_by(poly.kind, poly.name_key)
    )
    return [ref(e) for e in _live(session, query)]


def _backed_by(session: Session, uuid: str) -> list[dict[str, Any]]:
    poly = with_polymorphic(Entry, "*")
    query = (
        select(poly)
        .join(Link, Link.to_uuid == poly.uuid)
        .where(Link.from_uuid == uuid, Link.relation == LINK_SOURCE, Link.deleted_at.is_(None))
        .order_by(poly.kind, poly.name_key)
    )
    return [ref(e) for e in _live(session, query)]


def _evaluations(session: Session, uuid: str) -> list[dict[str, Any]]:
    query = select(Evaluation).where(Evaluation.target_uuid == uuid).order_by(Evaluation.eval_date.desc())
    return [
        ref(e) | {"evaluator": e.evaluator, "date": e.eval_date.isoformat() if e.eval_date else None,
                  "use_case": e.use_case,
                  "scores": dict(e.scores), "verdict": e.verdict, "average": e.average_score}
        for e in _live(session, query)
    ]


def _tagged_entries(session: Session, tag: Tag) -> list[dict[str, Any]]:
    query = (
        select(Entry)
        .join(EntryTag, EntryTag.entry_uuid == Entry.uuid)
        .where(EntryTag.tag_uuid == tag.uuid, EntryTag.deleted_at.is_(None))
        .order_by(Entry.kind, Entry.name_key)
    )
    return [ref(e) for e in _live(session, query)]
