"""Freshness: who last checked an entry, a license clause or a policy note's status against its sources, and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select, text

from db.errors import ValidationError
from db.fields import FIELDS, FieldSpec, FieldType, convert
from db.list_filter import sql_moment, stale_cutoff
from db.schema import Entry, License, PolicyNote
from db.store import Store

ON = FieldSpec("verified_at", "Verified on", FieldType.DATE)
BY = FieldSpec("verified_by", "Verified by", max_length=200)
SOURCE = FieldSpec("verified_source", "Source", max_length=1000)
DEFAULT_STALE_DAYS = 180


def clause_keys() -> tuple[str, ...]:
    """A license's clauses: the fields that have a clause detail beside them (commercial_use, user_cap, ...)."""
    attrs = {spec.attr for spec in FIELDS["license"]}
    return tuple(spec.attr for spec in FIELDS["license"]
                 if not spec.attr.startswith("clause_details.") and f"clause_details.{spec.attr}" in attrs)


@dataclass(frozen=True)
class Verification:
    """One verified mark: the day it was checked, by whom, against what."""

    on: date
    by: str
    source: str

    def describe(self) -> str:
        """`2026-05-01 by Ada (https://...)`; the source is left out when there is none."""
        return f"{self.on.isoformat()} by {self.by}" + (f" ({self.source})" if self.source else "")

    def to_dict(self) -> dict[str, str]:
        return {"on": self.on.isoformat(), "by": self.by, "source": self.source}


@dataclass(frozen=True)
class StaleEntry:
    """An entry nobody has verified since the cutoff (`verified_on` is None when nobody ever did)."""

    uuid: str
    kind: str
    name: str
    verified_on: date | None


def _converted(spec: FieldSpec, raw: object, problems: dict[str, str], key: str) -> Any:
    try:
        return convert(spec, raw)
    except ValueError as error:
        problems[key] = str(error)
        return None


def _check(on: date | str | None, by: str, source: str | None, today: date) -> Verification:
    """The mark as the store's converters read it; every problem at once, before anything is written."""
    problems: dict[str, str] = {}
    day = _converted(ON, today if on is None or on == "" else on, problems, "on")
    who = _converted(BY, by, problems, "by")
    where = _converted(SOURCE, source, problems, "source")
    if "on" not in problems and day > today:
        problems["on"] = f"{day.isoformat()} is in the future (today is {today.isoformat()})"
    if "by" not in problems and not who:
        problems["by"] = "required: who verified it"
    if problems:
        raise ValidationError(problems)
    return Verification(day, who, where or "")


def _clause_key(entry: Entry, clause: str) -> str:
    if not isinstance(entry, License):
        raise ValidationError({"clause": f"{entry.name!r} is a {entry.kind.replace('_', ' ')}, not a license"})
    key = clause.strip().lower().replace("-", "_")
    if key not in clause_keys():
        raise ValidationError({"clause": f"no clause {clause!r} (one of: {', '.join(clause_keys())})"})
    return key


def mark_verified(store: Store, name_or_uuid: str, *, by: str, on: date | str | None = None, source: str | None = "",
                  clause: str | None = None, policy_status: bool = False, today: date | None = None
                  ) -> Verification:
    """Record that `by` checked the entry (or one license clause, or a policy note's status) on `on` against `source`.

    `on` defaults to today and may not be in the future; a bad value raises ValidationError and changes nothing.
    The mark is an edit like any other: it bumps the entry's version and is recorded in its history.
    """
    if clause is not None and policy_status:
        raise ValidationError({"clause": "give either a clause or the policy status, not both"})
    mark = _check(on, by, source, today or date.today())
    at = datetime.combine(mark.on, time())
    with store.write() as ctx:
        entry = ctx.entry(store.resolve(name_or_uuid, session=ctx.session).uuid)
        if clause is not None:
            key = _clause_key(entry, clause)
            marks = dict(entry.clauses_verified or {})  # type: ignore[attr-defined]
            marks[key] = {"at": at.isoformat(), "by": mark.by, "source": mark.source}
            entry.clauses_verified = marks  # type: ignore[attr-defined]  # a new dict: JSON is compared by value
        elif policy_status:
            if not isinstance(entry, PolicyNote):
                raise ValidationError({"policy_status": f"{entry.name!r} is a {entry.kind.replace('_', ' ')}, "
                                                        "not a policy note"})
            entry.status_verified_at = at
            entry.status_verified_by = mark.by
            entry.status_verified_source = mark.source or None
        else:
            entry.verified_at = at
            entry.verified_by = mark.by
            entry.verified_source = mark.source or None
        ctx.stamp(entry)
        ctx.touch(entry)
    return mark


def _mark(at: datetime | str | None, by: str | None, source: str | None) -> Verification | None:
    if at is None:
        return None
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    return Verification(moment.date(), by or "", source or "")


def last_verified(store: Store, name_or_uuid: str, *, clause: str | None = None,
                  policy_status: bool = False) -> Verification | None:
    """The entry's (clause's, policy status's) verified mark, or None when nobody has verified it."""
    with store.read() as session:
        entry = store.resolve(name_or_uuid, session=session)
        return verification_of(entry, clause=clause, policy_status=policy_status)


def verification_of(entry: Entry, *, clause: str | None = None, policy_status: bool = False) -> Verification | None:
    """The verified mark an already loaded entry carries (for the detail views)."""
    if clause is not None:
        key = _clause_key(entry, clause)
        found = (entry.clauses_verified or {}).get(key)  # type: ignore[attr-defined]
        return _mark(found.get("at"), found.get("by"), found.get("source")) if isinstance(found, dict) else None
    if policy_status:
        if not isinstance(entry, PolicyNote):
            return None
        return _mark(entry.status_verified_at, entry.status_verified_by, entry.status_verified_source)
    return _mark(entry.verified_at, entry.verified_by, entry.verified_source)


def checked_cutoff(days: int, today: date | None = None) -> datetime:
    """Entries verified before this moment are stale (a negative number of days is refused)."""
    if days < 0:
        raise ValidationError({"stale": "the number of days must not be negative"})
    return stale_cutoff(days, today)


def stale_sql(column: str = "verified_at") -> str:
    """A SQL condition (one `:stale_cutoff` parameter) true for rows never verified or verified before the cutoff."""
    return f"({column} IS NULL OR {column} < :stale_cutoff)"


def stale_entries(store: Store, days: int, kind: str | None = None, today: date | None = None) -> list[StaleEntry]:
    """Live entries nobody verified in the last `days` days (never verified counts), never verified first."""
    cutoff = checked_cutoff(days, today)
    kind_clause = "kind = :kind" if kind else "kind NOT IN ('source', 'evaluation')"
    query = text(f"SELECT uuid, kind, name, verified_at FROM entries WHERE deleted_at IS NULL AND {kind_clause} "
                 f"AND {stale_sql()} ORDER BY verified_at IS NOT NULL, verified_at, name_key")
    with store.read() as session:
        rows = session.execute(query, {"kind": kind, "stale_cutoff": sql_moment(cutoff)}).all()
    return [StaleEntry(uuid, row_kind, name, _day(at)) for uuid, row_kind, name, at in rows]


def _day(value: datetime | str | None) -> date | None:
    if value is None:
        return None
    return (datetime.fromisoformat(value) if isinstance(value, str) else value).date()


def verified_days(store: Store, uuids: list[str]) -> dict[str, date]:
    """Each verified entry's last verified day, for list columns (entries never verified are left out)."""
    found: dict[str, date] = {}
    with store.read() as session:
        for start in range(0, len(uuids), 500):
            chunk = uuids[start:start + 500]
            for uuid, at in session.execute(select(Entry.uuid, Entry.verified_at).where(
                    Entry.uuid.in_(chunk), Entry.verified_at.is_not(None))):
                if at is not None:
                    found[uuid] = at.date()
    return found


POLICY_STAGES = ("proposed", "adopted", "in-force", "revoked")
"""A policy note's life, in order; each stage has its own date (in force: `delayed_to` when it was postponed)."""


def status_on(note: PolicyNote, on: date) -> str | None:
    """The note's status on day `on`, from its dates where they decide it, else the status recorded.

    A stage whose date had passed by then was reached (in force on 2 August, revoked on 1 March); a recorded
    stage whose date was still to come was not (then the latest stage reached, or merely proposed). A recorded
    stage without a date stays as recorded: nobody knows when it was reached."""
    dates = {"proposed": note.proposed_date, "adopted": note.adopted_date,
             "in-force": note.delayed_to or note.in_force_date, "revoked": note.revoked_date}
    reached = [stage for stage in POLICY_STAGES if dates[stage] is not None and dates[stage] <= on]  # type: ignore[operator]
    latest = reached[-1] if reached else None
    recorded = note.status
    rank = {stage: position for position, stage in enumerate(POLICY_STAGES)}
    if recorded not in rank:
        return latest or recorded
    planned = dates[recorded]
    if planned is not None and planned > on:
        return latest or "proposed"
    if latest is not None and rank[latest] > rank[recorded]:
        return latest
    return recorded
