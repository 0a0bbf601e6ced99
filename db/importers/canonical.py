"""What an atlas says after imports, without UUIDs or times: two atlases built from the same files compare equal.

An imported entry is named by the catalog records that went into it (`epoch:Jamba`, `mot:Jamba-v0.1`); an entry of
the seed or of a person by its kind and name (imports never rename those). References (developer, base model,
license, review candidates) are written as the identities of what they point to, so the description of an atlas
depends only on which records went where and what was filled in — the import order check compares them.
An entry's name and aliases are compared as one set of spellings.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.importers.matching import org_keys
from db.schema import (
    Alias,
    Assessment,
    Component,
    ImportReview,
    License,
    Link,
    Model,
    Organization,
    Provenance,
)

MODEL_FACTS = ("family", "model_version", "size_label", "release_date", "modalities", "architecture", "params_total",
               "params_active", "context_window", "training_compute_flop", "compute_confidence", "training_tokens",
               "base_relation", "access", "openness_grade", "openness_manual", "mof_class")
ORG_FACTS = ("country", "jurisdiction", "org_kind", "business_model", "website")


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str, sort_keys=True))


def identities(session: Session) -> dict[str, str]:
    """Every live model's and organization's identity: the records in it, or its kind and name."""
    records: dict[str, set[str]] = defaultdict(set)
    for uuid, source, value in session.execute(select(Provenance.entry_uuid, Provenance.source, Provenance.value).where(
            Provenance.field == "name", Provenance.deleted_at.is_(None))):
        for name in value if isinstance(value, list) else [value]:
            records[uuid].add(f"{source}:{name}")
    out: dict[str, str] = {}
    for uuid, name in session.execute(select(Model.uuid, Model.name).where(Model.deleted_at.is_(None))):
        out[uuid] = " | ".join(sorted(records[uuid])) if records[uuid] else f"model {name}"
    spellings: dict[str, set[str]] = defaultdict(set)
    for uuid, name in session.execute(select(Alias.entry_uuid, Alias.name).where(Alias.deleted_at.is_(None))):
        spellings[uuid].add(name)
    for uuid, name, author in session.execute(select(Organization.uuid, Organization.name, Organization.author).where(
            Organization.deleted_at.is_(None))):
        if not str(author or "").startswith("import:"):
            out[uuid] = f"organization {name}"
            continue
        # by its matching keys, not its name: which spelling became the name depends on which record came first
        keys = sorted({key for spelling in {name, *spellings[uuid]} for key in org_keys(spelling)})
        out[uuid] = "organization " + " | ".join(keys)
    return out


def describe(session: Session) -> dict[str, dict[str, Any]]:
    """The atlas as {identity: what it says about that entry}; each review item is `review SOURCE:KEY`."""
    ident = identities(session)
    licenses = dict(session.execute(select(License.uuid, License.name)).all())
    aliases: dict[str, set[str]] = defaultdict(set)
    for uuid, name in session.execute(select(Alias.entry_uuid, Alias.name).where(Alias.deleted_at.is_(None))):
        aliases[uuid].add(name)
    components: dict[str, list[Any]] = defaultdict(list)
    for part in session.scalars(select(Component).where(Component.deleted_at.is_(None))):
        components[part.model_uuid].append([part.component, part.status, part.license_text])
    assessments: dict[str, list[Any]] = defaultdict(list)
    for grade in session.scalars(select(Assessment).where(Assessment.deleted_at.is_(None))):
        assessments[grade.model_uuid].append([grade.framework, grade.dimension, grade.value])
    statements: dict[str, list[Any]] = defaultdict(list)
    for said in session.scalars(select(Provenance).where(Provenance.deleted_at.is_(None))):
        statements[said.entry_uuid].append([said.field, said.source, _plain(said.value)])
    links: dict[str, list[str]] = defaultdict(list)
    for a, b, relation in session.execute(select(Link.from_uuid, Link.to_uuid, Link.relation).where(
            Link.deleted_at.is_(None))):
        links[a].append(f"{relation} {ident.get(b, b)}")
    out: dict[str, dict[str, Any]] = {}
    for model in session.scalars(select(Model).where(Model.deleted_at.is_(None))):
        out[ident[model.uuid]] = {
            "name": model.name,
            "developer": ident.get(model.developer_uuid or ""),
            "base model": ident.get(model.base_model_uuid or ""),
            "license": licenses.get(model.license_uuid or ""),
            "facts": _plain({key: getattr(model, key) for key in MODEL_FACTS}),
            "spellings": sorted({model.name, *aliases[model.uuid]}),  # an alias equal to a new name is no news
            "links": sorted(links[model.uuid]),
            "components": sorted(components[model.uuid]),
            "assessments": sorted(assessments[model.uuid]),
            "statements": sorted(statements[model.uuid], key=lambda item: json.dumps(item, sort_keys=True)),
        }
    for org in session.scalars(select(Organization).where(Organization.deleted_at.is_(None))):
        out[ident[org.uuid]] = {
            "spellings": sorted({org.name, *aliases[org.uuid]}),
            "facts": _plain({key: getattr(org, key) for key in ORG_FACTS}),
            "statements": sorted(statements[org.uuid], key=lambda item: json.dumps(item, sort_keys=True)),
        }
    for review in session.scalars(select(ImportReview).where(ImportReview.deleted_at.is_(None))):
        # the decision, not its evidence: the runners-up it lists are the entries that existed at the time
        out[f"review {review.source}:{review.record_key}"] = {
            "status": review.status, "candidate": ident.get(review.candidate_uuid or ""),
            "resolved": ident.get(review.resolved_uuid or ""),
        }
    return out


def differing(a: dict[str, dict[str, Any]], b: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """The identities whose descriptions differ, each with what differs (or on which side it is missing)."""
    out: dict[str, list[str]] = {}
    for key in sorted(set(a) | set(b)):
        if key not in b:
            out[key] = ["only in the first"]
        elif key not in a:
            out[key] = ["only in the second"]
        elif a[key] != b[key]:
            out[key] = [part for part in sorted(set(a[key]) | set(b[key])) if a[key].get(part) != b[key].get(part)]
    return out
