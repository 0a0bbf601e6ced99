"""The advisor's store-facing API: check a use case against every model, list the rules that bind a model,
and keep saved use cases with the verdicts of their last run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, defaultload, lazyload

from db.advisor.facts import model_facts
from db.advisor.license_check import (
    VERDICT_LABELS,
    Duty,
    Inherited,
    LicenseTerms,
    Reason,
    SourceRef,
    Verdict,
    check_with_lineage,
)
from db.advisor.rules import FACTS, STATUSES, Check, ConditionError, Decision, decide, parse_conditions
from db.advisor.scopes import inheritance_of, scopes_of
from db.advisor.usecase import UseCase, UseCaseError
from db.errors import NotFoundError, ValidationError
from db.lineage import MAX_DEPTH, Lineal
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

STATUS_ORDER = {status: i for i, status in enumerate(("applies", "exempt", "undetermined", "does_not_apply"))}
STATUS_LABELS = {"applies": "Applies", "exempt": "Exempt", "does_not_apply": "Does not apply",
                 "undetermined": "Undetermined"}
VERDICT_ORDER = {v: i for i, v in enumerate(("allowed", "allowed_with_duties", "separate_agreement", "unknown",
                                            "not_allowed"))}
MAX_SOURCES = 3  # per reason or fact: enough to check a claim without drowning the result


# ---- results -------------------------------------------------------------------------------------------


@dataclass
class CheckResult:
    """The license check for one model: the verdict, the duties it carries and every clause consulted."""

    uuid: str
    model: str
    verdict: Verdict
    license: dict[str, Any] | None = None  # {uuid, name, spdx}
    openness_grade: str | None = None
    previous_verdict: str | None = None  # set when a saved use case is re-run and the verdict changed

    @property
    def duties(self) -> list[Duty]:
        return self.verdict.duties

    @property
    def reasons(self) -> list[Reason]:
        return self.verdict.reasons

    def to_dict(self) -> dict[str, Any]:
        data = {
            "uuid": self.uuid,
            "model": self.model,
            "verdict": self.verdict.verdict,
            "verdict_label": self.verdict.label,
            "duties": [duty.to_dict() for duty in self.duties],
            "reasons": [reason.to_dict() for reason in self.reasons],
            "license": self.license,
            "openness_grade": self.openness_grade,
        }
        if self.previous_verdict is not None:
            data["previous_verdict"] = self.previous_verdict
        return data


@dataclass
class RuleResult:
    """What one policy note's conditions say about one model, with the facts and rule text it rests on."""

    uuid: str
    note: str
    jurisdiction: str | None
    instrument: str | None
    article: str | None
    note_status: str | None
    status: str
    why: str
    duties: list[str] = field(default_factory=list)
    exempt_from: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    applies_checks: list[Check] = field(default_factory=list)
    exempt_checks: list[Check] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    rule_text: dict[str, str] = field(default_factory=dict)
    sources: list[SourceRef] = field(default_factory=list)
    linked: bool = False  # the atlas also records the note as concerning this model
    revoked_date: str | None = None
    applies_from: str | None = None
    error: str | None = None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    def to_dict(self) -> dict[str, Any]:
        return {
            "uuid": self.uuid,
            "note": self.note,
            "jurisdiction": self.jurisdiction,
            "instrument": self.instrument,
            "article": self.article,
            "note_status": self.note_status,
            "status": self.status,
            "status_label": self.status_label,
            "why": self.why,
            "duties": list(self.duties),
            "exempt_from": list(self.exempt_from),
            "missing": [{"fact": name, "label": FACTS[name].label, "help": FACTS[name].help}
                        for name in self.missing if name in FACTS],
            "conditions": {"applies_if": [c.to_dict() for c in self.applies_checks],
                           "exempt_if": [c.to_dict() for c in self.exempt_checks]},
            "facts": self.facts,
            "rule_text": dict(self.rule_text),
            "sources": [s.to_dict() for s in self.sources],
            "linked": self.linked,
            "revoked_date": self.revoked_date,
            "applies_from": self.applies_from,
            "error": self.error,
        }


@dataclass(frozen=True)
class VerdictChange:
    uuid: str
    model: str
    before: str | None  # None: the model was not in the earlier run
    after: str | None  # None: the model is gone

    def to_dict(self) -> dict[str, Any]:
        return {"uuid": self.uuid, "model": self.model, "before": self.before, "after": self.after}

    @property
    def text(self) -> str:
        before = VERDICT_LABELS.get(self.before or "", "not checked")
        after = VERDICT_LABELS.get(self.after or "", "no longer in the atlas")
        return f"{self.model}: {before} → {after}"


@dataclass(frozen=True)
class SavedCase:
    uuid: str
    name: str
    usecase: UseCase
    last_results: dict[str, Any] | None
    last_run_at: str | None


@dataclass
class RunOutcome:
    saved: SavedCase
    results: list[CheckResult]
    changes: list[VerdictChange]
    previous_run_at: str | None


# ---- the license check ----------------------------------------------------------------------------------


def check_use_case(store: Store, usecase: UseCase, *, model_uuids: Iterable[str] | None = None) -> list[CheckResult]:
    """The verdict of every live model (or those given) for one use case, most permissive first, then by name."""
    wanted = list(dict.fromkeys(model_uuids)) if model_uuids is not None else None
    with store.read() as session:
        query = select(Model).options(*_LEAN).where(Model.deleted_at.is_(None)).order_by(Model.name_key)
        if wanted is not None:
            query = query.where(Model.uuid.in_(wanted))
        models = list(session.scalars(query))
        if wanted is not None:
            found = {m.uuid for m in models}
            gone = [uuid for uuid in wanted if uuid not in found]
            if gone:
                raise NotFoundError(f"no model with UUID {gone[0]}")
        lineages = _lineages(session, models)
        # a model whose license row is loaded has that row's uuid in license_uuid
        live_licenses = {cast(str, m.license_uuid) for m in models
                         if m.license is not None and m.license.deleted_at is None}
        live_licenses |= {base.license_uuid for chain in lineages.values() for base, _ in chain if base.license_uuid}
        sources = _sources(session, [*live_licenses, *(m.uuid for m in models)])
        terms_cache: dict[str, LicenseTerms] = {}

        def terms_of(license_row: License | None) -> LicenseTerms | None:
            if license_row is None or license_row.deleted_at is not None:
                return None
            if license_row.uuid not in terms_cache:
                terms_cache[license_row.uuid] = license_terms(license_row, sources[license_row.uuid])
            return terms_cache[license_row.uuid]

        results: list[CheckResult] = []
        for model in models:
            license_row = model.license if model.license is not None and model.license.deleted_at is None else None
            terms = terms_of(license_row)
            facts = model_facts(model)
            inherited = _inherited(session, lineages.get(model.uuid, []), terms_of)
            verdict = check_with_lineage(usecase, terms, inherited, weights_released=facts["weights_released"],
                                         model_name=model.name, model_sources=sources[model.uuid],
                                         model_uuid=model.uuid, model_modalities=facts["modalities"])
            license_ref = {"uuid": license_row.uuid, "name": license_row.name, "spdx": license_row.spdx_id} \
                if license_row is not None else None
            results.append(CheckResult(model.uuid, model.name, verdict, license_ref, model.openness_grade))
    results.sort(key=lambda r: (VERDICT_ORDER[r.verdict.verdict], r.model.casefold()))
    return results


def _lineages(session: Session, models: Sequence[Model]) -> dict[str, list[tuple[Lineal, str]]]:
    """Each derived model's chain of live bases (as db.lineage.ancestors gives it), read level by level in batches:
    one query per generation, not one per model."""
    known: dict[str, Lineal] = {}
    gone: set[str] = set()
    wanted = {m.base_model_uuid for m in models if m.base_model_uuid}
    for _depth in range(MAX_DEPTH):
        wanted -= known.keys() | gone
        if not wanted:
            break
        batch = list(wanted)
        for start in range(0, len(batch), 500):
            chunk = batch[start:start + 500]
            found = [Lineal(*row[:5], row[5] if row[6] else None, *row[6:]) for row in session.execute(
                select(Model.uuid, Model.name, Model.family, Model.model_version, Model.size_label,
                       Model.base_relation, Model.base_model_uuid, Model.license_uuid, Model.developer_uuid)
                .where(Model.deleted_at.is_(None), Model.uuid.in_(chunk)))]
            known.update((item.uuid, item) for item in found)
            gone |= set(chunk) - {item.uuid for item in found}
        wanted = {item.base_uuid for item in known.values() if item.base_uuid}
    chains: dict[str, list[tuple[Lineal, str]]] = {}
    for model in models:
        chain: list[tuple[Lineal, str]] = []
        seen = {model.uuid}
        relation = model.base_relation or "other"
        base = model.base_model_uuid
        while base and base in known and base not in seen and len(chain) < MAX_DEPTH:
            seen.add(base)
            chain.append((known[base], relation))
            relation, base = known[base].relation or "other", known[base].base_uuid
        if chain:
            chains[model.uuid] = chain
    return chains


def _inherited(session: Session, chain: Sequence[tuple[Lineal, str]],
               terms_of: Callable[[License | None], LicenseTerms | None]) -> list[Inherited]:
    """The clauses that the licenses up a model's family tree pass down to it, nearest base first."""
    found: list[Inherited] = []
    steps: list[str] = []
    for base, relation in chain:
        steps.append(relation)
        license_row = session.get(License, base.license_uuid) if base.license_uuid else None
        terms = terms_of(license_row)
        inheritance = inheritance_of(license_row.clause_details) if license_row is not None else None
        if terms is None or inheritance is None:
            continue
        found.append(Inherited(terms, inheritance.clauses, base.uuid, base.name, _steps(steps), inheritance.note))
    return found


def _steps(relations: Sequence[str]) -> str:
    """["quantization", "fine-tune"] -> "quantization of a fine-tune"; ["fine-tune", "adapter"] -> "… of an adapter"."""
    text = relations[0]
    for relation in relations[1:]:
        text += f" of {'an' if relation[:1] in 'aeiou' else 'a'} {relation}"
    return text


_LEAN = (  # what the checks never read is not loaded: most of a large check's time went to tags and grades
    lazyload(Model.assessments),
    lazyload(Model.tag_links),
    defaultload(Model.license).lazyload(License.tag_links),
    defaultload(Model.developer).lazyload(Organization.tag_links),
)


def license_terms(lic: License, sources: Sequence[SourceRef] = ()) -> LicenseTerms:
    """A license row's clause facts, for the pure check."""
    return LicenseTerms(
        name=lic.name, uuid=lic.uuid, spdx_id=lic.spdx_id, family=lic.family,
        commercial_use=lic.commercial_use or "unknown", modification=lic.modification or "unknown",
        redistribution=lic.redistribution or "unknown", user_cap_status=lic.user_cap_status or "unknown",
        user_cap=lic.user_cap, acceptable_use_policy=lic.acceptable_use_policy or "unknown",
        acceptable_use_policy_url=lic.acceptable_use_policy_url, attribution=lic.attribution or "unknown",
        output_training=lic.output_training or "unknown", field_of_use=lic.field_of_use or "unknown",
        geo_status=lic.geo_status or "unknown", geographic_exclusions=tuple(lic.geographic_exclusions or ()),
        pass_terms_downstream=lic.pass_terms_downstream or "unknown", notice_file=lic.notice_file or "unknown",
        details={str(k): str(v) for k, v in (lic.clause_details or {}).items()
                 if v not in (None, "") and k != "scopes"},
        sources=tuple(sources), scopes=scopes_of(lic.clause_details),
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
              session: Session | None = None) -> list[RuleResult]:
    """Every policy note with conditions, evaluated for one model (deployment `regions` are optional facts)."""
    if session is None:
        with store.read() as own:
            return rules_for(store, model_uuid, regions=regions, session=own)
    model = session.get(Model, model_uuid, options=_LEAN)
    if model is None or model.deleted_at is not None:
        raise NotFoundError(f"no model with UUID {model_uuid}")
    return _rules(session, model, regions)


def _rules(session: Session, model: Model, regions: Sequence[str] | None) -> list[RuleResult]:
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
    results = [_rule_result(note, facts, owners, sources, note.uuid in linked) for note in notes]
    results.sort(key=lambda r: (STATUS_ORDER[r.status], r.jurisdiction or "", r.note.casefold()))
    return results


_FACT_OWNER = {"license_open": "license", "license_family": "license", "license_spdx": "license",
               "osi_approved": "license", "commercial_use": "license", "developer": "organization",
               "developer_jurisdiction": "organization", "deployment_regions": "use case"}


def _rule_result(note: PolicyNote, facts: Mapping[str, Any], owners: Mapping[str, Any],
                 sources: Mapping[str, list[SourceRef]], linked: bool) -> RuleResult:
    base: dict[str, Any] = {
        "uuid": note.uuid, "note": note.name, "jurisdiction": note.jurisdiction, "instrument": note.instrument,
        "article": note.article, "note_status": note.status,
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
    decision: Decision = decide(conditions, facts, note.status, base["revoked_date"])
    applies_checks = decision.applies.checks if decision.applies else []
    exempt_checks = decision.exempt.checks if decision.exempt else []
    used = list(dict.fromkeys(c.fact for c in [*applies_checks, *exempt_checks]))
    return RuleResult(
        **base, status=decision.status, why=_why(decision, conditions), duties=decision.duties,
        exempt_from=decision.exempt_from, missing=decision.missing, applies_checks=applies_checks,
        exempt_checks=exempt_checks, facts=[_fact(name, facts, owners, sources) for name in used],
    )


def _why(decision: Decision, conditions: Mapping[str, Any]) -> str:
    if decision.status != "undetermined" or not decision.missing:
        return decision.why
    needed = " and ".join(f"the {FACTS[name].label[0].lower()}{FACTS[name].label[1:]} ({name})"
                          for name in decision.missing)
    return f"{decision.why} Recording {needed} would settle it."


def _fact(name: str, facts: Mapping[str, Any], owners: Mapping[str, Any],
          sources: Mapping[str, list[SourceRef]]) -> dict[str, Any]:
    owner_kind = _FACT_OWNER.get(name, "model")
    owner = owners.get(owner_kind)
    value = facts.get(name)
    data: dict[str, Any] = {"fact": name, "label": FACTS[name].label, "value": value, "known": value is not None}
    if name == "training_compute_flop" and owners["model"].compute_confidence:
        data["confidence"] = owners["model"].compute_confidence
    if owner_kind == "use case":
        data["from"] = {"kind": "use_case", "name": "the deployment regions given"}
        data["sources"] = []
    elif owner is not None:
        data["from"] = {"kind": owner.kind, "uuid": owner.uuid, "name": owner.name}
        data["sources"] = [s.to_dict() for s in sources.get(owner.uuid, [])]
    else:
        data["from"] = None
        data["sources"] = []
    return data


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
    "STATUSES", "CheckResult", "RuleResult", "RunOutcome", "SavedCase", "VerdictChange", "check_use_case",
    "compare_runs", "get_use_case", "license_terms", "list_use_cases", "rules_detail", "rules_for",
    "run_use_case", "save_use_case", "snapshot", "to_html", "to_markdown",
]
