"""The policy rules a model's detail lists, read with plain SQL: db.advisor.api.rules_detail without the ORM.

Every live policy note with conditions, evaluated for one model by the pure rule language (db.advisor.rules) over
the facts db.advisor.facts reads from a loaded model; the notes, their sources and the model's own "concerns" links
in three queries. Each result is the dict db.advisor.results.RuleResult.to_dict writes, built here directly: that
module brings the license checker's modules, which `show` would otherwise import for nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import date
from typing import Any, NamedTuple, cast

from db.advisor.facts import model_facts
from db.advisor.rules import FACTS, ConditionError, Decision, decide, decision_why, fact_detail, parse_conditions
from db.reading.loaded import loaded
from db.reading.model_row import LoadedModel

LINK_CONCERNS = "concerns"
"""The relation of a policy note concerning an entry (db.schema.LINK_CONCERNS)."""
LINK_SOURCE = "source"
"""The relation of a source backing an entry (db.schema.LINK_SOURCE)."""
STATUS_ORDER = {status: i for i, status in enumerate(("applies", "exempt", "undetermined", "does_not_apply"))}
STATUS_LABELS = {"applies": "Applies", "exempt": "Exempt", "does_not_apply": "Does not apply",
                 "undetermined": "Undetermined"}
"""db.advisor.results' (which this module does not import: with it comes the license checker, a sixth of `show`'s
imports; tests/db/test_reading_detail_model.py checks these against it)."""
MAX_SOURCES = 3
BATCH = 500


class NoteRow(NamedTuple):
    """The policy-note columns a rule result reads, as the store loads them."""

    uuid: str
    name: str
    jurisdiction: str | None
    instrument: str | None
    article: str | None
    status: str | None
    thresholds: str | None
    obligations: str | None
    open_model_treatment: str | None
    revoked_date: date | None
    applies_from: date | None
    conditions: dict[str, Any] | None


_NOTE_COLUMNS = ("uuid", "name", "jurisdiction", "instrument", "article", "status", "thresholds", "obligations",
                 "open_model_treatment", "revoked_date", "applies_from", "conditions")
# the store's query (no ORDER BY: notes come in SQLite's order, and the sort below keeps it among equals)
_NOTES_SQL = (
    "SELECT policy_notes.uuid, entries.name, policy_notes.jurisdiction, policy_notes.instrument, "
    "policy_notes.article, policy_notes.status, policy_notes.thresholds, policy_notes.obligations, "
    "policy_notes.open_model_treatment, policy_notes.revoked_date, policy_notes.applies_from, policy_notes.conditions "
    "FROM entries JOIN policy_notes ON entries.uuid = policy_notes.uuid "
    "WHERE entries.deleted_at IS NULL AND policy_notes.conditions IS NOT NULL"
)
# the store's query (db.advisor.api._sources): equal titles come in its order
_SOURCES_SQL = (
    "SELECT links.to_uuid, entries.name, sources.url FROM links JOIN (entries JOIN sources ON entries.uuid = "
    "sources.uuid) ON sources.uuid = links.from_uuid WHERE links.to_uuid IN ({}) AND links.relation = ? "
    "AND links.deleted_at IS NULL AND entries.deleted_at IS NULL ORDER BY links.to_uuid, entries.name"
)
_LINKED_SQL = ("SELECT links.from_uuid FROM links WHERE links.to_uuid = ? AND links.relation = ? "
               "AND links.deleted_at IS NULL")


def _note(row: tuple[Any, ...]) -> NoteRow:
    values = {column: loaded("entries" if column == "name" else "policy_notes", column, raw)
              for column, raw in zip(_NOTE_COLUMNS, row, strict=True)}
    return NoteRow(**values)


def rules_detail(connection: sqlite3.Connection, model: LoadedModel) -> list[dict[str, Any]]:
    """The rules section of a model's detail (JSON-ready), as db.advisor.api.rules_detail gives it."""
    notes = [note for note in map(_note, connection.execute(_NOTES_SQL)) if note.conditions]
    if not notes:
        return []
    # db.advisor.facts reads a loaded model's attributes, which LoadedModel has under the same names
    facts = model_facts(cast(Any, model), None)
    owners: dict[str, Any] = {"model": model, "license": model.live_license, "organization": model.live_developer}
    sources = _sources(connection, [n.uuid for n in notes] + [e.uuid for e in owners.values() if e is not None])
    linked = {uuid for (uuid,) in connection.execute(_LINKED_SQL, (model.uuid, LINK_CONCERNS))}
    results = [_rule_result(note, facts, owners, sources, note.uuid in linked) for note in notes]
    results.sort(key=lambda r: (STATUS_ORDER[r["status"]], r["jurisdiction"] or "", r["note"].casefold()))
    return results


def _sources(connection: sqlite3.Connection, uuids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The first few sources backing each entry (db.advisor.api._sources' query)."""
    wanted = list(dict.fromkeys(uuids))
    found: dict[str, list[dict[str, Any]]] = {}
    for start in range(0, len(wanted), BATCH):
        chunk = wanted[start:start + BATCH]
        for target, title, url in connection.execute(_SOURCES_SQL.format(", ".join("?" * len(chunk))),
                                                     [*chunk, LINK_SOURCE]):
            listed = found.setdefault(target, [])
            if len(listed) < MAX_SOURCES:
                listed.append({"title": title, "url": url})
    return found




def _rule_result(note: NoteRow, facts: Mapping[str, Any], owners: Mapping[str, Any],
                 sources: Mapping[str, list[dict[str, Any]]], linked: bool) -> dict[str, Any]:
    """db.advisor.api._rule_result(...).to_dict() (db.advisor.results.RuleResult's keys, in its order)."""
    revoked_date = note.revoked_date.isoformat() if note.revoked_date else None
    try:
        conditions = parse_conditions(note.conditions)
    except ConditionError as error:
        # a rule edited into an unreadable state elsewhere (or merged in) must not break the whole list
        decision = Decision("undetermined", f"The note's conditions cannot be read: {error}")
        return _result(note, decision, decision.why, [], sources, linked, revoked_date, str(error))
    assert conditions is not None
    decision = decide(conditions, facts, note.status, revoked_date)
    checks = [*(decision.applies.checks if decision.applies else []),
              *(decision.exempt.checks if decision.exempt else [])]
    used = list(dict.fromkeys(c.fact for c in checks))
    facts_used = [fact_detail(name, facts, owners, lambda uuid: [dict(s) for s in sources.get(uuid, [])])
                  for name in used]
    return _result(note, decision, decision_why(decision), facts_used, sources, linked, revoked_date, None)


def _result(note: NoteRow, decision: Decision, why: str, facts: list[dict[str, Any]],
            sources: Mapping[str, list[dict[str, Any]]], linked: bool, revoked_date: str | None,
            error: str | None) -> dict[str, Any]:
    return {
        "uuid": note.uuid,
        "note": note.name,
        "jurisdiction": note.jurisdiction,
        "instrument": note.instrument,
        "article": note.article,
        "note_status": note.status,
        "status": decision.status,
        "status_label": STATUS_LABELS[decision.status],
        "why": why,
        "duties": list(decision.duties),
        "exempt_from": list(decision.exempt_from),
        "missing": [{"fact": name, "label": FACTS[name].label, "help": FACTS[name].help}
                    for name in decision.missing if name in FACTS],
        "conditions": {"applies_if": [c.to_dict() for c in (decision.applies.checks if decision.applies else [])],
                       "exempt_if": [c.to_dict() for c in (decision.exempt.checks if decision.exempt else [])]},
        "facts": facts,
        "rule_text": {key: text for key, text in (("thresholds", note.thresholds), ("obligations", note.obligations),
                                                   ("open_model_treatment", note.open_model_treatment)) if text},
        "sources": [dict(source) for source in sources.get(note.uuid, [])],
        "linked": linked,
        "revoked_date": revoked_date,
        "applies_from": note.applies_from.isoformat() if note.applies_from else None,
        "error": error,
    }



