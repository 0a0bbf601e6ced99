"""The synced tables' columns as the mapped schema declares them, written out so that plain-SQL readers need no ORM.

Each column has its type (as db.exchange.layout names it) and what db.tolerant puts in place of a value its field's
check refuses (the column's default; None where the column may be empty; KEEP: text without a default stays).
tests/db/test_reading_detail.py derives the same description from the ORM metadata and compares the two, so a
schema change that is not written here fails that test.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any


class Fallback(enum.Enum):
    EMPTY = "empty"  # the column may be empty: None
    KEEP = "keep"  # never empty and without a default: the value stays
    DICT = "dict"
    LIST = "list"
    UTCNOW = "utcnow"
    NEW_UUID = "new_uuid"


KEEP = Fallback.KEEP
DICT = Fallback.DICT
LIST = Fallback.LIST
UTCNOW = Fallback.UTCNOW
NEW_UUID = Fallback.NEW_UUID


@dataclass(frozen=True)
class Column:
    type: str  # int | float | bool | text | date | datetime | json
    fallback: Any = Fallback.EMPTY  # a Fallback, or the column's scalar default


KIND_TABLES: dict[str, str] = {  # each kind of entry and the table of its own columns
    "evaluation": "evaluations",
    "license": "licenses",
    "model": "models",
    "note": "notes",
    "organization": "organizations",
    "policy_note": "policy_notes",
    "saved_search": "saved_searches",
    "source": "sources",
    "tag": "tags",
    "use_case": "use_cases",
}
TABLES: dict[str, dict[str, Column]] = {  # every synced table's columns, in name order (db.exchange.layout's)
    "entries": {
        "author": Column("text", ""), "change_seq": Column("int", 0), "created_at": Column("datetime", UTCNOW),
        "deleted_at": Column("datetime"), "kind": Column("text", KEEP), "modified_at": Column("datetime", UTCNOW),
        "name": Column("text", KEEP), "name_key": Column("text", KEEP), "uuid": Column("text", NEW_UUID),
        "verified_at": Column("datetime"), "verified_by": Column("text"), "verified_source": Column("text"),
        "version": Column("int", 1),
    },
    "evaluations": {
        "eval_date": Column("date", KEEP), "evaluator": Column("text", KEEP), "notes": Column("text", ""),
        "private": Column("bool", False), "scores": Column("json", DICT), "target_uuid": Column("text", KEEP),
        "use_case": Column("text", ""), "uuid": Column("text", KEEP), "verdict": Column("text", KEEP),
    },
    "licenses": {
        "acceptable_use_policy": Column("text", "unknown"), "acceptable_use_policy_url": Column("text"),
        "attribution": Column("text", "unknown"), "clause_details": Column("json", DICT),
        "clauses_verified": Column("json"), "commercial_use": Column("text", "unknown"), "family": Column("text"),
        "field_of_use": Column("text", "unknown"), "geo_status": Column("text", "unknown"),
        "geographic_exclusions": Column("json", LIST), "modification": Column("text", "unknown"),
        "notice_file": Column("text", "unknown"), "osi_approved": Column("bool"),
        "output_training": Column("text", "unknown"), "pass_terms_downstream": Column("text", "unknown"),
        "redistribution": Column("text", "unknown"), "spdx_id": Column("text"), "summary": Column("text", ""),
        "url": Column("text"), "user_cap": Column("int"), "user_cap_status": Column("text", "unknown"),
        "uuid": Column("text", KEEP),
    },
    "models": {
        "access": Column("json", LIST), "architecture": Column("text"), "base_model_uuid": Column("text"),
        "base_relation": Column("text"), "compute_confidence": Column("text"), "context_window": Column("int"),
        "developer_uuid": Column("text"), "family": Column("text"), "license_uuid": Column("text"),
        "modalities": Column("json", LIST), "model_version": Column("text"), "mof_class": Column("int", 0),
        "openness_grade": Column("text"), "openness_manual": Column("bool", False), "params_active": Column("float"),
        "params_total": Column("float"), "release_date": Column("date"), "size_label": Column("text"),
        "summary": Column("text", ""), "training_compute_flop": Column("float"), "training_tokens": Column("float"),
        "uuid": Column("text", KEEP),
    },
    "notes": {
        "body": Column("text", ""), "private": Column("bool", False), "target_uuid": Column("text"),
        "uuid": Column("text", KEEP),
    },
    "organizations": {
        "business_model": Column("text"), "country": Column("text"), "jurisdiction": Column("text"),
        "org_kind": Column("text"), "summary": Column("text", ""), "uuid": Column("text", KEEP),
        "website": Column("text"),
    },
    "policy_notes": {
        "adopted_date": Column("date"), "applies_from": Column("date"), "article": Column("text"),
        "body": Column("text", ""), "conditions": Column("json"), "delayed_to": Column("date"),
        "in_force_date": Column("date"), "instrument": Column("text"), "jurisdiction": Column("text"),
        "obligations": Column("text", ""), "open_model_treatment": Column("text", ""),
        "proposed_date": Column("date"), "revoked_date": Column("date"), "status": Column("text"),
        "status_verified_at": Column("datetime"), "status_verified_by": Column("text"),
        "status_verified_source": Column("text"), "threshold_flop": Column("float"),
        "thresholds": Column("text", ""), "uuid": Column("text", KEEP),
    },
    "saved_searches": {
        "kind_filter": Column("text"), "query": Column("text", ""), "uuid": Column("text", KEEP),
    },
    "sources": {
        "accessed": Column("date"), "confidence": Column("text"), "url": Column("text"),
        "uuid": Column("text", KEEP),
    },
    "tags": {
        "color": Column("text", "#7f8c8d"), "uuid": Column("text", KEEP),
    },
    "use_cases": {
        "last_results": Column("json"), "last_run_at": Column("datetime"), "spec": Column("json", DICT),
        "uuid": Column("text", KEEP),
    },
    "aliases": {
        "author": Column("text", ""), "change_seq": Column("int", 0), "created_at": Column("datetime", UTCNOW),
        "deleted_at": Column("datetime"), "entry_uuid": Column("text", KEEP),
        "modified_at": Column("datetime", UTCNOW), "name": Column("text", KEEP), "name_key": Column("text", KEEP),
        "source": Column("text", ""), "uuid": Column("text", NEW_UUID), "version": Column("int", 1),
    },
    "assessments": {
        "author": Column("text", ""), "change_seq": Column("int", 0), "created_at": Column("datetime", UTCNOW),
        "deleted_at": Column("datetime"), "dimension": Column("text", KEEP), "framework": Column("text", KEEP),
        "link": Column("text"), "model_uuid": Column("text", KEEP), "modified_at": Column("datetime", UTCNOW),
        "notes": Column("text"), "uuid": Column("text", NEW_UUID), "value": Column("text", KEEP),
        "version": Column("int", 1),
    },
    "components": {
        "author": Column("text", ""), "change_seq": Column("int", 0), "component": Column("text", KEEP),
        "created_at": Column("datetime", UTCNOW), "deleted_at": Column("datetime"), "evidence": Column("text"),
        "license_text": Column("text"), "license_uuid": Column("text"), "model_uuid": Column("text", KEEP),
        "modified_at": Column("datetime", UTCNOW), "status": Column("text", "unknown"),
        "uuid": Column("text", NEW_UUID), "version": Column("int", 1),
    },
    "entry_tags": {
        "author": Column("text", ""), "change_seq": Column("int", 0), "created_at": Column("datetime", UTCNOW),
        "deleted_at": Column("datetime"), "entry_uuid": Column("text", KEEP),
        "modified_at": Column("datetime", UTCNOW), "tag_uuid": Column("text", KEEP),
        "uuid": Column("text", NEW_UUID), "version": Column("int", 1),
    },
    "import_reviews": {
        "author": Column("text", ""), "candidate_uuid": Column("text"), "change_seq": Column("int", 0),
        "created_at": Column("datetime", UTCNOW), "deleted_at": Column("datetime"),
        "modified_at": Column("datetime", UTCNOW), "origin": Column("text", ""), "reason": Column("text", ""),
        "record": Column("json", DICT), "record_key": Column("text", KEEP), "resolved_uuid": Column("text"),
        "score": Column("float"), "source": Column("text", KEEP), "status": Column("text", "open"),
        "uuid": Column("text", NEW_UUID), "version": Column("int", 1),
    },
    "links": {
        "author": Column("text", ""), "change_seq": Column("int", 0), "created_at": Column("datetime", UTCNOW),
        "deleted_at": Column("datetime"), "from_uuid": Column("text", KEEP),
        "modified_at": Column("datetime", UTCNOW), "relation": Column("text", KEEP), "to_uuid": Column("text", KEEP),
        "uuid": Column("text", NEW_UUID), "version": Column("int", 1),
    },
    "org_assessments": {
        "author": Column("text", ""), "change_seq": Column("int", 0), "created_at": Column("datetime", UTCNOW),
        "deleted_at": Column("datetime"), "dimension": Column("text", KEEP), "framework": Column("text", KEEP),
        "link": Column("text"), "modified_at": Column("datetime", UTCNOW), "notes": Column("text"),
        "organization_uuid": Column("text", KEEP), "uuid": Column("text", NEW_UUID), "value": Column("text", KEEP),
        "version": Column("int", 1),
    },
    "provenance": {
        "applied_value": Column("json"), "author": Column("text", ""), "change_seq": Column("int", 0),
        "created_at": Column("datetime", UTCNOW), "deleted_at": Column("datetime"),
        "entry_uuid": Column("text", KEEP), "field": Column("text", KEEP), "imported_at": Column("datetime", UTCNOW),
        "modified_at": Column("datetime", UTCNOW), "origin": Column("text", ""), "published_on": Column("date"),
        "source": Column("text", KEEP), "uuid": Column("text", NEW_UUID), "value": Column("json"),
        "version": Column("int", 1),
    },
}
