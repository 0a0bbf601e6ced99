"""A license's clauses as a checklist and the verified marks, read with plain SQL (db.detail.license_clauses and
db.freshness.verification_of without the ORM: the same dicts, key for key)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from typing import Any

from db.advisor.scopes import scopes_of
from db.errors import NotFoundError
from db.reading.loaded import load_entry
from db.vocab import CLAUSE_LABELS, LICENSE_CLAUSES

CLAUSES = ("commercial_use", "modification", "redistribution", "user_cap", "acceptable_use_policy", "attribution",
           "output_training", "field_of_use", "geographic_exclusions", "pass_terms_downstream", "notice_file")
"""The checklist's clauses in reading order (db.detail.license_clauses)."""


def mark(at: datetime | str | None, by: str | None, source: str | None) -> dict[str, str] | None:
    """db.freshness's Verification(...).to_dict() of a mark, or None when it has no time."""
    if at is None:
        return None
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    return {"on": moment.date().isoformat(), "by": by or "", "source": source or ""}


def clause_mark(license_row: dict[str, Any], clause: str) -> dict[str, str] | None:
    """The verified mark of one clause (db.freshness.verification_of(lic, clause=...))."""
    found = (license_row.get("clauses_verified") or {}).get(clause)
    return mark(found.get("at"), found.get("by"), found.get("source")) if isinstance(found, dict) else None


def entry_mark(entry: dict[str, Any], *, policy_status: bool = False) -> dict[str, str] | None:
    """The verified mark of a loaded entry (or a policy note's status): db.detail._verified."""
    if policy_status:
        if entry["kind"] != "policy_note":
            return None
        return mark(entry["status_verified_at"], entry["status_verified_by"], entry["status_verified_source"])
    return mark(entry["verified_at"], entry["verified_by"], entry["verified_source"])


def verified(connection: sqlite3.Connection, entry_uuid: str, kind: str, *,
             policy_status: bool = False) -> dict[str, str] | None:
    """Who last verified the entry (or a policy note's status), when and against what; None when nobody has."""
    if policy_status and kind != "policy_note":
        return None
    entry = load_entry(connection, entry_uuid)
    if entry is None:
        raise NotFoundError(f"no entry with UUID {entry_uuid}")
    return entry_mark(entry, policy_status=policy_status)


def license_clauses(connection: sqlite3.Connection, license_uuid: str,
                    model: tuple[str, list[str]] | None = None) -> list[dict[str, Any]]:
    """The license's clauses as a checklist, in reading order; `value` "unknown" means not on record.

    `model` is (the model's UUID, its modalities): a clause scoped to some of the license's models says so, and
    reads "none for this model" for a model it does not cover (db.detail.license_clauses)."""
    lic = load_entry(connection, license_uuid)
    if lic is None or lic["kind"] != "license":
        raise NotFoundError(f"no license with UUID {license_uuid}")
    return clauses_of(lic, model)


def clauses_of(lic: dict[str, Any], model: tuple[str, list[str]] | None = None) -> list[dict[str, Any]]:
    """license_clauses of an already loaded license (load_entry)."""
    details = lic["clause_details"] or {}
    scopes = scopes_of(details)
    clauses: list[dict[str, Any]] = []
    for clause in CLAUSES:
        if clause == "user_cap":
            cap = lic["user_cap"]
            value = {"cap": f"{cap:,} monthly active users" if cap else "cap"}.get(
                lic["user_cap_status"], lic["user_cap_status"])
        elif clause == "geographic_exclusions":
            exclusions = lic["geographic_exclusions"]
            value = ", ".join(exclusions) if lic["geo_status"] == "restricted" and exclusions else lic["geo_status"]
        else:
            assert clause in LICENSE_CLAUSES
            value = lic[clause]
        scope = scopes.get(clause)
        if scope is not None and value not in ("none", "unknown"):
            covered = scope.covers(model[0], model[1]) if model is not None else True
            whom = "; binds licensees established there" if scope.binds == "licensee" else ""
            value = "none for this model" if covered is False else f"{value} ({scope.describe()}{whom})"
        item = {"clause": clause, "label": CLAUSE_LABELS[clause], "value": value, "detail": details.get(clause)}
        if clause == "acceptable_use_policy" and lic["acceptable_use_policy_url"]:
            item["url"] = lic["acceptable_use_policy_url"]
        checked = clause_mark(lic, clause)
        if checked is not None:
            item["verified"] = checked
        clauses.append(item)
    return clauses
