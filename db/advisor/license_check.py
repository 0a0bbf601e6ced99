"""The license check: a use case against one license's recorded clauses gives a verdict, duties and reasons.

Each clause the use case needs is looked up; each gives an *effect*. The verdict is the most severe effect:

    not_allowed  >  separate_agreement  >  unknown  >  allowed_with_duties (any duty)  >  allowed

so a recorded "no" settles a question even when another clause is missing, and a missing clause the use
case needs makes the verdict "unknown", never "allowed" (never guess). "unknown" on a clause means "not on
record"; it is never read as "no" or "yes".

Decision table: for each clause, when the use case asks it, and the effect of each recorded value
(every clause: "unknown" → unknown).

- weights released — asked for fine-tune or redistribute: released → ok; not released → not allowed.
- commercial_use — asked for commercial use: yes → ok; no → not allowed; conditional → ok when the
  condition on record is a user cap (checked next), otherwise a duty to meet the recorded condition.
- user cap — asked for commercial use or when monthly users are stated: none → ok; users above the
  cap → separate agreement; at or below → ok; users not stated → duty to stay below the cap.
- modification — asked for fine-tune: yes → ok; conditional → duty; no → not allowed.
- redistribution — asked for redistribute, and for serve-as-API when no weights are released (that is
  reselling access): yes → ok; conditional → duty; no → not allowed.
- output_training — asked for train-on-outputs: allowed → ok; restricted → duty (the limits in the
  detail); prohibited → not allowed.
- geographic exclusions — always asked: none → ok; a deployment region excluded (FR counts as EU) → not
  allowed; regions not stated, or "other" while a region outside EU/US/CN is excluded → duty to stay out.
  A scoped exclusion (db.advisor.scopes) may cover only some of the license's models (Llama 3.2's EU clause:
  the multimodal models) — a model outside it → ok, modalities not on record → unknown — and may bind where
  the licensee is established instead of where the product is offered: then the use case's `established_in`
  is tested (not stated → duty), and offering the product to users in the region is not restricted.
- field_of_use — always asked: none → ok; restricted → duty, but unknown when the analyst's field is
  named in the recorded limits (a person must read the clause).
- acceptable_use_policy — always asked: no → ok; yes → duty.
- attribution — asked for commercial use, redistribute or serve-as-API: no → ok; yes → duty ("Built
  with …", naming rules, notices).
- pass_terms_downstream — asked for redistribute or serve-as-API: no → ok; yes → duty.
- notice_file — asked for redistribute: no → ok; yes → duty.

Closed API models: their terms record modification and redistribution as "no" because no weights are
provided, so fine-tuning weights yourself or redistributing them is "not allowed"; using the model through
the provider's service (commercially, in the stated regions) can still be "allowed with duties" (usage
policy, field limits). Serving a closed model as an API to third parties is resale of access and is
decided by the redistribution clause. Fine-tuning offered by a provider as a hosted service is a feature
of that service and outside this check.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from db.advisor.scopes import ClauseScope
from db.advisor.usecase import UseCase, in_region

VERDICTS = ("allowed", "allowed_with_duties", "separate_agreement", "not_allowed", "unknown")
VERDICT_LABELS = {
    "allowed": "Allowed",
    "allowed_with_duties": "Allowed with duties",
    "separate_agreement": "Needs a separate agreement",
    "not_allowed": "Not allowed",
    "unknown": "Unknown",
}
SEVERITY = {"ok": 0, "duty": 1, "unknown": 2, "separate_agreement": 3, "not_allowed": 4}
_VERDICT_OF = {0: "allowed", 1: "allowed_with_duties", 2: "unknown", 3: "separate_agreement", 4: "not_allowed"}
NAMED_REGIONS = frozenset({"EU", "US", "CN"})
"""The regions a form names; "other" means somewhere else."""
CLAUSE_LABELS = {
    "weights": "Weights released",
    "license": "License",
    "commercial_use": "Commercial use",
    "user_cap": "User cap",
    "modification": "Modification",
    "redistribution": "Redistribution",
    "output_training": "Using outputs to train other models",
    "geographic_exclusions": "Geographic exclusions",
    "field_of_use": "Field-of-use limits",
    "acceptable_use_policy": "Acceptable use policy",
    "attribution": "Attribution or naming duties",
    "pass_terms_downstream": "Terms pass downstream",
    "notice_file": "Notice file required",
}


CLAUSE_ORDER: tuple[str, ...] = (
    "commercial_use", "user_cap", "modification", "redistribution", "output_training", "geographic_exclusions",
    "field_of_use", "acceptable_use_policy", "attribution", "pass_terms_downstream", "notice_file",
)
"""The license clauses the check reads (as db.advisor.scopes.INHERITABLE names them)."""


@dataclass(frozen=True)
class SourceRef:
    title: str
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True)
class LicenseTerms:
    """A license's clause facts as recorded (values as in the schema; "unknown" = not on record)."""

    name: str
    uuid: str | None = None
    spdx_id: str | None = None
    family: str | None = None
    commercial_use: str = "unknown"
    modification: str = "unknown"
    redistribution: str = "unknown"
    user_cap_status: str = "unknown"
    user_cap: int | None = None
    acceptable_use_policy: str = "unknown"
    acceptable_use_policy_url: str | None = None
    attribution: str = "unknown"
    output_training: str = "unknown"
    field_of_use: str = "unknown"
    geo_status: str = "unknown"
    geographic_exclusions: tuple[str, ...] = ()
    pass_terms_downstream: str = "unknown"
    notice_file: str = "unknown"
    details: dict[str, str] = field(default_factory=dict)
    sources: tuple[SourceRef, ...] = ()
    scopes: dict[str, ClauseScope] = field(default_factory=dict)  # clause -> the models it covers, whom it binds


@dataclass(frozen=True)
class Duty:
    """Something the user must do (or keep within) to use the model this way."""

    kind: str  # the clause that imposes it
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "label": CLAUSE_LABELS.get(self.kind, self.kind), "text": self.text}


@dataclass
class Reason:
    """One clause (or fact) consulted: its recorded value, what it means for this use, and where it is from."""

    clause: str
    value: str
    effect: str  # ok | duty | unknown | separate_agreement | not_allowed
    text: str
    detail: str | None = None
    source: str = ""  # the entry the value was read from, e.g. "license Apache License 2.0"
    sources: tuple[SourceRef, ...] = ()
    decisive: bool = False
    inherited_from: dict[str, Any] | None = None  # {uuid, name, relation, license}: the base whose license binds

    def to_dict(self) -> dict[str, Any]:
        return {"clause": self.clause, "label": CLAUSE_LABELS.get(self.clause, self.clause), "value": self.value,
                "effect": self.effect, "decisive": self.decisive, "text": self.text, "detail": self.detail,
                "source": self.source, "sources": [s.to_dict() for s in self.sources],
                "inherited_from": self.inherited_from}


@dataclass
class Verdict:
    verdict: str
    duties: list[Duty]
    reasons: list[Reason]

    @property
    def label(self) -> str:
        return VERDICT_LABELS[self.verdict]

    @property
    def deciding(self) -> list[Reason]:
        return [reason for reason in self.reasons if reason.decisive]


class _Checker:
    def __init__(self, usecase: UseCase, terms: LicenseTerms, model_name: str = "", model_uuid: str | None = None,
                 model_modalities: Sequence[str] | None = None) -> None:
        self.use = usecase
        self.terms = terms
        self.model_name = model_name
        self.model_uuid = model_uuid
        self.model_modalities = list(model_modalities or [])
        self.reasons: list[Reason] = []
        self.duties: list[Duty] = []

    def add(self, clause: str, value: str, effect: str, text: str, *, duty: str | None = None,
            detail_key: str | None = None, source: str | None = None,
            sources: Sequence[SourceRef] | None = None) -> None:
        detail = self.terms.details.get(detail_key or clause)
        self.reasons.append(Reason(clause, value, effect, text, detail or None,
                                   source if source is not None else f"license {self.terms.name}",
                                   tuple(sources if sources is not None else self.terms.sources)))
        if effect == "duty":
            self.duties.append(Duty(clause, duty or text))

    def detail_or(self, key: str, fallback: str) -> str:
        return self.terms.details.get(key) or fallback


def check_license(usecase: UseCase, terms: LicenseTerms | None, *, weights_released: bool | None = None,
                  model_name: str = "", model_sources: Sequence[SourceRef] = (), model_uuid: str | None = None,
                  model_modalities: Sequence[str] | None = None) -> Verdict:
    """The verdict for one use case under one license (None: the model has no license on record).

    The model's UUID and modalities decide whether a scoped clause (one covering only some of the license's
    models) covers it."""
    if terms is None:
        reason = Reason("license", "unknown", "unknown", "No license or terms are on record for this model, so no "
                        "use can be confirmed.", source=f"model {model_name}".strip(), sources=tuple(model_sources),
                        decisive=True)
        return Verdict("unknown", [], [reason])
    check = _Checker(usecase, terms, model_name, model_uuid, model_modalities)
    use = usecase
    if use.fine_tune or use.redistribute:
        _weights(check, weights_released, model_name, model_sources)
    if use.commercial:
        _commercial(check)
    if use.commercial or use.monthly_users is not None:
        _user_cap(check)
    if use.fine_tune:
        _permission(check, "modification", "Fine-tuning or otherwise modifying the model")
    if use.redistribute or (use.serve_api and weights_released is not True):
        what = "Redistributing the weights" if use.redistribute else "Serving the model to third parties as an API " \
            "(reselling access, as no weights are released)"
        _permission(check, "redistribution", what)
    if use.train_on_outputs:
        _output_training(check)
    _geography(check)
    _field_of_use(check)
    _duty_clause(check, "acceptable_use_policy", "Follow the acceptable use policy" + (
        f" ({terms.acceptable_use_policy_url})" if terms.acceptable_use_policy_url else ""),
        "No acceptable use policy is attached.")
    if use.commercial or use.redistribute or use.serve_api:
        _duty_clause(check, "attribution", "Meet the attribution and naming duties", "No attribution duty.")
    if use.redistribute or use.serve_api:
        _duty_clause(check, "pass_terms_downstream", "Pass the license terms on to recipients and users",
                     "Terms need not be passed on.")
    if use.redistribute:
        _duty_clause(check, "notice_file", "Ship the license and notice file with every copy", "No notice file.")
    return _conclude(check)


def _conclude(check: _Checker) -> Verdict:
    return _decide(check.reasons, check.duties)


def _decide(reasons: list[Reason], duties: list[Duty]) -> Verdict:
    worst = max((SEVERITY[r.effect] for r in reasons), default=0)
    for reason in reasons:
        reason.decisive = SEVERITY[reason.effect] == worst
    return Verdict(_VERDICT_OF[worst], duties, reasons)


@dataclass(frozen=True)
class Inherited:
    """A base model's license, as far as it binds the models derived from it."""

    terms: LicenseTerms
    clauses: tuple[str, ...]  # the clauses that travel down (db.advisor.scopes.Inheritance)
    base_uuid: str
    base_name: str
    relation: str  # how the checked model descends from the base: "fine-tune", "quantization of a fine-tune" …
    note: str = ""

    def origin(self) -> dict[str, Any]:
        return {"uuid": self.base_uuid, "name": self.base_name, "relation": self.relation,
                "license": self.terms.name, "note": self.note or None}


def check_with_lineage(usecase: UseCase, terms: LicenseTerms | None, inherited: Sequence[Inherited], *,
                       weights_released: bool | None = None, model_name: str = "",
                       model_sources: Sequence[SourceRef] = (), model_uuid: str | None = None,
                       model_modalities: Sequence[str] | None = None) -> Verdict:
    """The verdict under the model's own license and the clauses its bases' licenses pass down to it.

    Each inherited reason says which base and license it came from. A model with no license of its own whose base
    passes every clause down is governed by the base's terms (not "unknown" for want of a license of its own).
    """
    own = check_license(usecase, terms, weights_released=weights_released, model_name=model_name,
                        model_sources=model_sources, model_uuid=model_uuid, model_modalities=model_modalities)
    if not inherited:
        return own
    reasons, duties = list(own.reasons), list(own.duties)
    governing = terms is None and any(set(i.clauses) >= set(CLAUSE_ORDER) for i in inherited)
    if governing:
        reasons = [r for r in reasons if r.clause != "license"]
        first = next(i for i in inherited if set(i.clauses) >= set(CLAUSE_ORDER))
        reasons.append(Reason("license", first.terms.name, "ok", f"No license of its own is on record: as a "
                              f"{first.relation} of {first.base_name}, it is governed by the {first.terms.name}.",
                              first.note or None, f"license {first.terms.name} (via {first.base_name})",
                              first.terms.sources, inherited_from=first.origin()))
    weights_unread = governing  # with no license of its own checked, the weights fact is read with the base's
    seen_duties = {duty.text for duty in duties}
    for base in inherited:
        if terms is not None and base.terms.uuid is not None and base.terms.uuid == terms.uuid:
            continue  # the same license as the model's own: already checked
        verdict = check_license(usecase, base.terms, weights_released=weights_released, model_name=model_name,
                                model_sources=model_sources, model_uuid=model_uuid,
                                model_modalities=model_modalities)
        origin = base.origin()
        for reason in verdict.reasons:
            if reason.clause == "weights":  # a fact of the model itself, not a clause of the base's license
                if weights_unread:
                    reasons.append(reason)
                    weights_unread = False
                continue
            if reason.clause not in base.clauses:
                continue
            reason.source = f"license {base.terms.name} (inherited from {base.base_name}: a {base.relation} of it)"
            reason.text = f"From {base.base_name}'s license: {reason.text}"
            reason.inherited_from = origin
            reasons.append(reason)
        for duty in verdict.duties:
            if duty.kind in base.clauses and duty.text not in seen_duties:
                seen_duties.add(duty.text)
                duties.append(Duty(duty.kind, f"{duty.text} (from {base.base_name}'s {base.terms.name})"))
    return _decide(reasons, duties)


def _weights(check: _Checker, released: bool | None, model_name: str, sources: Sequence[SourceRef]) -> None:
    where = f"model {model_name}".strip()
    value = {True: "released", False: "not released", None: "unknown"}[released]
    if released is True:
        check.add("weights", value, "ok", "The weights are released, so they can be fine-tuned or passed on as the "
                  "license allows.", source=where, sources=sources)
    elif released is False:
        check.add("weights", value, "not_allowed", "No weights are released: fine-tuning them yourself or "
                  "redistributing them is not possible (a provider's hosted tuning is a service feature, "
                  "outside this check).", source=where, sources=sources)
    else:
        check.add("weights", value, "unknown", "Whether the weights are released is not on record.", source=where,
                  sources=sources)


def _commercial(check: _Checker) -> None:
    value = check.terms.commercial_use
    if value == "yes":
        check.add("commercial_use", value, "ok", "Commercial use is allowed.")
    elif value == "no":
        check.add("commercial_use", value, "not_allowed", "The license does not allow commercial use.")
    elif value == "conditional" and check.terms.user_cap_status == "cap":
        check.add("commercial_use", value, "ok", "Commercial use is allowed on the condition on record: the user "
                  "cap, checked below.")
    elif value == "conditional":
        check.add("commercial_use", value, "duty", "Commercial use is allowed only on conditions recorded as text.",
                  duty="Meet the commercial-use conditions: " + check.detail_or("commercial_use", "see the license"))
    else:
        check.add("commercial_use", value, "unknown", "Whether commercial use is allowed is not on record.")


def _user_cap(check: _Checker) -> None:
    terms, users = check.terms, check.use.monthly_users
    status = terms.user_cap_status
    if status == "none":
        check.add("user_cap", "none", "ok", "The license sets no user threshold.")
    elif status == "cap" and terms.user_cap is not None:
        cap = f"{terms.user_cap:,}"
        if users is None:
            check.add("user_cap", cap, "duty", f"The license caps use at {cap} monthly active users; the use case "
                      "states no user count.",
                      duty=f"Stay at or below {cap} monthly active users (above it a separate agreement is needed)")
        elif users > terms.user_cap:
            check.add("user_cap", cap, "separate_agreement", f"{users:,} monthly users exceed the cap of {cap}: a "
                      "separate agreement with the licensor is required.")
        else:
            check.add("user_cap", cap, "ok", f"{users:,} monthly users are within the cap of {cap}.")
    else:
        check.add("user_cap", "unknown" if status != "cap" else "cap (number not recorded)", "unknown",
                  "Whether the license caps the number of users is not on record.")


def _permission(check: _Checker, clause: str, what: str) -> None:
    value = getattr(check.terms, clause)
    if value == "yes":
        check.add(clause, value, "ok", f"{what} is allowed.")
    elif value == "conditional":
        check.add(clause, value, "duty", f"{what} is allowed on conditions.",
                  duty=f"Meet the {CLAUSE_LABELS[clause].lower()} conditions: "
                       + check.detail_or(clause, "see the license"))
    elif value == "no":
        check.add(clause, value, "not_allowed", f"{what} is not allowed.")
    else:
        check.add(clause, value, "unknown", f"Whether {what[0].lower() + what[1:]} is allowed is not on record.")


def _output_training(check: _Checker) -> None:
    value = check.terms.output_training
    if value == "allowed":
        check.add("output_training", value, "ok", "Outputs may be used to train other models.")
    elif value == "restricted":
        check.add("output_training", value, "duty", "Outputs may train other models only within recorded limits.",
                  duty="Using outputs for training: " + check.detail_or("output_training", "see the license's limits"))
    elif value == "prohibited":
        check.add("output_training", value, "not_allowed", "Using outputs to train other models is prohibited.")
    else:
        check.add("output_training", value, "unknown", "Whether outputs may train other models is not on record.")


def _geography(check: _Checker) -> None:
    terms = check.terms
    if terms.geo_status == "none":
        check.add("geographic_exclusions", "none", "ok", "No region is excluded.")
        return
    if terms.geo_status != "restricted":
        check.add("geographic_exclusions", "unknown", "unknown", "Whether any region is excluded is not on record.")
        return
    excluded = list(terms.geographic_exclusions)
    value = ", ".join(excluded) or "restricted"
    scope = terms.scopes.get("geographic_exclusions") or ClauseScope()
    if scope.limited:
        covered = scope.covers(check.model_uuid, check.model_modalities)
        model = check.model_name or "this model"
        if covered is False:
            modalities = f" ({', '.join(check.model_modalities)})" if check.model_modalities else ""
            check.add("geographic_exclusions", value, "ok", f"The exclusion of {value} covers only: "
                      f"{scope.describe()}. {model}{modalities} is not covered.")
            return
        if covered is None:
            check.add("geographic_exclusions", value, "unknown", f"The exclusion of {value} covers only: "
                      f"{scope.describe()}. {model}'s modalities are not on record, so whether it is covered is "
                      "not known.")
            return
        value = f"{value} ({scope.describe()})"
    if scope.binds == "licensee":
        _licensee_exclusion(check, excluded, value)
    else:
        _deployment_exclusion(check, excluded, value)


def _deployment_exclusion(check: _Checker, excluded: list[str], value: str) -> None:
    regions = check.use.regions
    hits = [region for region in regions if any(in_region(region, ex) for ex in excluded)]
    if hits:
        check.add("geographic_exclusions", value, "not_allowed",
                  f"The license excludes {', '.join(hits)}, where the use case deploys.")
    elif not regions or not excluded or ("other" in regions and any(
            ex.strip().upper() not in NAMED_REGIONS for ex in excluded)):
        check.add("geographic_exclusions", value, "duty", f"The license excludes {value}; the use case does not "
                  "name every region it deploys in.", duty=f"Do not deploy in the excluded regions: {value}")
    else:
        check.add("geographic_exclusions", value, "ok",
                  f"The license excludes {value}; none of {', '.join(regions)} is excluded.")


def _licensee_exclusion(check: _Checker, excluded: list[str], value: str) -> None:
    """An exclusion of licensees established in a region: the product may still reach users there."""
    established = check.use.established_in
    regions = ", ".join(excluded) or "the excluded regions"
    users_free = f" Offering the product to end users in {regions} is not restricted."
    hits = [region for region in established if any(in_region(region, ex) for ex in excluded)]
    if hits:
        check.add("geographic_exclusions", value, "not_allowed", f"The license grant is withheld from licensees "
                  f"established in {regions}, and the licensee is established in {', '.join(hits)}." + users_free)
    elif not established or ("other" in established and any(
            ex.strip().upper() not in NAMED_REGIONS for ex in excluded)):
        check.add("geographic_exclusions", value, "duty", f"The license grant is withheld from licensees "
                  f"established in {regions}; the use case does not say where the licensee is established."
                  + users_free, duty=f"The licensee must not be established (domiciled, or with its principal place "
                  f"of business) in {regions}")
    else:
        check.add("geographic_exclusions", value, "ok", f"The license grant is withheld only from licensees "
                  f"established in {regions}; the licensee is established in {', '.join(established)}." + users_free)


def _field_of_use(check: _Checker) -> None:
    value, wanted = check.terms.field_of_use, check.use.field_of_use
    if value == "none":
        check.add("field_of_use", value, "ok", "The license sets no field-of-use limits.")
    elif value == "restricted":
        detail = check.terms.details.get("field_of_use") or ""
        if wanted and wanted.casefold() in detail.casefold():
            check.add("field_of_use", value, "unknown", f"The recorded field-of-use limits mention "
                      f"{wanted!r}: a person must read the clause to decide.")
        else:
            check.add("field_of_use", value, "duty", "The license limits the fields the model may be used in.",
                      duty="Stay within the field-of-use limits: " + (detail or "see the license"))
    else:
        check.add("field_of_use", value, "unknown", "Whether the license limits the field of use is not on record.")


def _duty_clause(check: _Checker, clause: str, duty: str, none_text: str) -> None:
    value = getattr(check.terms, clause)
    if value == "yes":
        detail = check.terms.details.get(clause)
        check.add(clause, value, "duty", f"{CLAUSE_LABELS[clause]}: required.",
                  duty=f"{duty}: {detail}" if detail else duty)
    elif value == "no":
        check.add(clause, value, "ok", none_text)
    else:
        check.add(clause, value, "unknown", f"Whether there is a duty ({CLAUSE_LABELS[clause].lower()}) is not on "
                  "record.")
