"""The advisor's store-facing API: check a use case against every model, list the rules that bind a model,
and keep saved use cases with the verdicts of their last run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defaultload, lazyload

from db.advisor.atlas_check import check_atlas, license_terms
from db.advisor.facts import model_facts
from db.advisor.license_check import SourceRef
from db.advisor.results import (
    MAX_SOURCES,
    STATUS_LABELS,
    STATUS_ORDER,
    CheckResult,
    RuleResult,
    RunOutcome,
    SavedCase,
    VerdictChange,
)
from db.advisor.rules import (
    STATUSES,
    ConditionError,
    Decision,
    decide,
    decision_why,
    fact_detail,
    parse_conditions,
)
from db.advisor.usecase import UseCase, UseCaseError
from db.errors import NotFoundError, ValidationError
from db.schema import (
    LINK_CONCERNS,
    LINK_SOURCE,
    Entry,
    License,
    Link,
    Model,
    Organization,
    PolicyNote,
    SavedUseCase,
    Source,
    utcnow,
)
from db.store import Store, WriteContext
from db.values import normalize_name

# ---- the license check ----------------------------------------------------------------------------------


def check_use_case(store: Store, usecase: UseCase, *, model_uuids: Iterable[str] | None = None) -> list[CheckResult]:
    """The verdict of every live model (or those given) for one use case, most permissive first, then by name
    (read with plain SQL on the store's connection, in one read transaction: see db.advisor.atlas_check)."""
    with store.read() as session:
        connection = session.connection().connection.driver_connection
        return check_atlas(connection, usecase, model_uuids=model_uuids)  # type: ignore[arg-type]


_LEAN = (  # what the checks never read is not loaded: most of a large check's time went to tags and grades
    lazyload(Model.assessments),
    lazyload(Model.tag_links),
    defaultload(Model.license).lazyload(License.tag_links),
    defaultload(Model.developer).lazyload(Organization.tag_links),
)


def _sources(session: Session, uuids: Iterable[str]) -> defaultdict[str, list[SourceRef]]:
    """The first few sources backing each entry, in one query."""
    wanted = list(dict.fromkeys(uuids))
    found: defaultdict[str, list[SourceRef]] = defaultdict(list)
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(Link.to_uuid, Source.name, Source.url)
            .join(Source, Source.uuid == Link.from_uuid)
            .where(Link.to_uuid.in_(wanted[start:start + 500]), Link.relation == LINK_SOURCE,
                   Link.deleted_at.is_(None), Source.deleted_at.is_(None))
            .order_by(Link.to_uuid, Source.name)
        ).all()
        for target, title, url in rows:
            if len(found[target]) < MAX_SOURCES:
                found[target].append(SourceRef(title, url))
    return found


# ---- the rule check ------------------------------------------------------------------------------------


def rules_for(store: Store, model_uuid: str, *, regions: Sequence[str] | None = None,
              session: Session | None = None, on: date | None = None) -> list[RuleResult]:
    """Every policy note with conditions, evaluated for one model (deployment `regions` are optional facts).

    `on`: each note's status on that day from its dates (db.freshness.status_on), as `rules --as-of` asks;
    without it, the status recorded."""
    if session is None:
        with store.read() as own:
            return rules_for(store, model_uuid, regions=regions, session=own, on=on)
    model = session.get(Model, model_uuid, options=_LEAN)
    if model is None or model.deleted_at is not None:
        raise NotFoundError(f"no model with UUID {model_uuid}")
    return _rules(session, model, regions, on)


def _rules(session: Session, model: Model, regions: Sequence[str] | None, on: date | None = None
           ) -> list[RuleResult]:
    notes = [n for n in session.scalars(select(PolicyNote).where(PolicyNote.deleted_at.is_(None),
                                                                  PolicyNote.conditions.is_not(None)))
             if n.conditions]
    if not notes:
        return []
    facts = model_facts(model, regions)
    license_row = model.license if model.license is not None and model.license.deleted_at is None else None
    developer = model.developer if model.developer is not None and model.developer.deleted_at is None else None
    owners = {"model": model, "license": license_row, "organization": developer}
    sources = _sources(session, [n.uuid for n in notes] + [e.uuid for e in owners.values() if e is not None])
    linked = set(session.scalars(select(Link.from_uuid).where(
        Link.to_uuid == model.uuid, Link.relation == LINK_CONCERNS, Link.deleted_at.is_(None))))
    results = [_rule_result(note, facts, owners, sources, note.uuid in linked, on) for note in notes]
    results.sort(key=lambda r: (STATUS_ORDER[r.status], r.jurisdiction or "", r.note.casefold()))
    return results




def _rule_result(note: PolicyNote, facts: Mapping[str, Any], owners: Mapping[str, Any],
                 sources: Mapping[str, list[SourceRef]], linked: bool, on: date | None = None) -> RuleResult:
    if on is None:
        status = note.status
    else:
        from db.freshness import status_on  # the note's dates decide its status on that day

        status = status_on(note, on)
    base: dict[str, Any] = {
        "uuid": note.uuid, "note": note.name, "jurisdiction": note.jurisdiction, "instrument": note.instrument,
        "article": note.article, "note_status": status,
        "rule_text": {key: text for key, text in (("thresholds", note.thresholds), ("obligations", note.obligations),
                                                   ("open_model_treatment", note.open_model_treatment)) if text},
        "sources": list(sources.get(note.uuid, [])), "linked": linked,
        "revoked_date": note.revoked_date.isoformat() if note.revoked_date else None,
        "applies_from": note.applies_from.isoformat() if note.applies_from else None,
    }
    try:
        conditions = parse_conditions(note.conditions)
    except ConditionError as error:
        # a rule edited into an unreadable state elsewhere (or merged in) must not break the whole list
        return RuleResult(**base, status="undetermined", why=f"The note's conditions cannot be read: {error}",
                          error=str(error))
    assert conditions is not None
    decision: Decision = decide(conditions, facts, status, base["revoked_date"])
    applies_checks = decision.applies.checks if decision.applies else []
    exempt_checks = decision.exempt.checks if decision.exempt else []
    used = list(dict.fromkeys(c.fact for c in [*applies_checks, *exempt_checks]))

    def sources_of(uuid: str) -> list[dict[str, Any]]:
        return [source.to_dict() for source in sources.get(uuid, [])]

    return RuleResult(
        **base, status=decision.status, why=decision_why(decision), duties=decision.duties,
        exempt_from=decision.exempt_from, missing=decision.missing, applies_checks=applies_checks,
        exempt_checks=exempt_checks, facts=[fact_detail(name, facts, owners, sources_of) for name in used],
    )






def rules_detail(store: Store, session: Session, model: Model) -> list[dict[str, Any]]:
    """The rules section of a model's detail (JSON-ready)."""
    return [result.to_dict() for result in _rules(session, model, None)]


# ---- saved use cases -----------------------------------------------------------------------------------


def save_use_case(store: Store, name: str, usecase: UseCase, *, results: Sequence[CheckResult] | None = None) -> str:
    """Create or update the saved use case called `name`; with results, they become its last run."""
    with store.write() as ctx:
        existing = _find_saved(ctx.session, name)
        if existing is None:
            entry = store.create_in(ctx, "use_case", {"name": name, "spec": usecase.to_dict()})
        else:
            entry = store.update_in(ctx, existing.uuid, {"spec": usecase.to_dict()})
        if results is not None:
            _record_run(ctx, entry, results)
        return entry.uuid


def get_use_case(store: Store, name_or_uuid: str) -> SavedCase:
    with store.read() as session:
        row = store.resolve(name_or_uuid, "use_case", session)
        assert isinstance(row, SavedUseCase)
        return _saved(row)


def list_use_cases(store: Store) -> list[SavedCase]:
    with store.read() as session:
        rows = session.scalars(select(SavedUseCase).where(SavedUseCase.deleted_at.is_(None))
                               .order_by(SavedUseCase.name_key))
        return [_saved(row) for row in rows]


def run_use_case(store: Store, name_or_uuid: str, *, model_uuids: Iterable[str] | None = None,
                 record: bool = True) -> RunOutcome:
    """Re-run a saved use case, compare with its last run, and (by default) record this run as the last."""
    saved = get_use_case(store, name_or_uuid)
    results = check_use_case(store, saved.usecase, model_uuids=model_uuids)
    previous = saved.last_results
    changes = compare_runs(previous, results) if previous else []
    if previous and model_uuids is not None:
        # a restricted re-run says nothing about the models it left out
        checked = {r.uuid for r in results}
        changes = [c for c in changes if c.uuid in checked]
    before = {c.uuid: c.before for c in changes}
    for result in results:
        if result.uuid in before and before[result.uuid] is not None:
            result.previous_verdict = before[result.uuid]
    if record:
        with store.write() as ctx:
            entry = ctx.entry(saved.uuid)
            _record_run(ctx, entry, results)
        saved = get_use_case(store, saved.uuid)
    return RunOutcome(saved, results, changes, previous.get("ran_at") if previous else None)


def snapshot(results: Sequence[CheckResult], ran_at: str | None = None) -> dict[str, Any]:
    """The part of a run that is kept to compare later runs against: each model's verdict."""
    return {"ran_at": ran_at or utcnow().isoformat(timespec="seconds"),
            "results": [{"uuid": r.uuid, "model": r.model, "verdict": r.verdict.verdict} for r in results]}


def compare_runs(old: Mapping[str, Any] | Sequence[CheckResult] | None,
                 new: Mapping[str, Any] | Sequence[CheckResult]) -> list[VerdictChange]:
    """Models whose verdict differs between two runs (snapshots or result lists), including added and gone ones."""
    before = _verdicts(old)
    after = _verdicts(new)
    changes = [
        VerdictChange(uuid, (after.get(uuid) or before.get(uuid) or ("", None))[0],
                      before[uuid][1] if uuid in before else None, after[uuid][1] if uuid in after else None)
        for uuid in dict.fromkeys([*before, *after])
        if (before.get(uuid) or (None, None))[1] != (after.get(uuid) or (None, None))[1]
    ]
    return sorted(changes, key=lambda c: c.model.casefold())


def _verdicts(run: Mapping[str, Any] | Sequence[CheckResult] | None) -> dict[str, tuple[str, str]]:
    if not run:
        return {}
    if isinstance(run, Mapping):
        rows = run.get("results") or []
        return {str(r["uuid"]): (str(r.get("model", "")), str(r["verdict"])) for r in rows
                if isinstance(r, Mapping) and "uuid" in r and "verdict" in r}
    return {r.uuid: (r.model, r.verdict.verdict) for r in run}


def _find_saved(session: Session, name: str) -> SavedUseCase | None:
    return session.scalars(select(SavedUseCase).where(SavedUseCase.name_key == normalize_name(name),
                                                      SavedUseCase.deleted_at.is_(None))).first()


def _record_run(ctx: WriteContext, entry: Entry, results: Sequence[CheckResult]) -> None:
    assert isinstance(entry, SavedUseCase)
    entry.last_results = snapshot(results, ctx.now.isoformat(timespec="seconds"))
    entry.last_run_at = ctx.now
    ctx.stamp(entry)
    ctx.touch(entry)


def _saved(row: SavedUseCase) -> SavedCase:
    try:
        usecase = UseCase.from_dict(row.spec or {})
    except UseCaseError as error:
        raise ValidationError({"spec": f"saved use case {row.name!r} cannot be read: {error}"}) from None
    return SavedCase(row.uuid, row.name, usecase, row.last_results,
                     row.last_run_at.isoformat(timespec="seconds") if row.last_run_at else None)


def to_markdown(results: Sequence[CheckResult] | Sequence[RuleResult], **options: Any) -> str:
    """Markdown export (see db.advisor.export.to_markdown)."""
    from db.advisor.export import to_markdown as render

    return render(results, **options)


def to_html(results: Sequence[CheckResult] | Sequence[RuleResult], **options: Any) -> str:
    """Self-contained HTML export (see db.advisor.export.to_html)."""
    from db.advisor.export import to_html as render

    return render(results, **options)


__all__ = [
    "STATUSES", "STATUS_LABELS", "CheckResult", "RuleResult", "RunOutcome", "SavedCase", "VerdictChange",
    "check_use_case", "compare_runs", "get_use_case", "license_terms", "list_use_cases", "rules_detail", "rules_for",
    "run_use_case", "save_use_case", "snapshot", "to_html", "to_markdown",
]
