"""What the advisor answers: a model's license check, a policy rule's status, a saved use case and its changes.

Plain data (no store, no SQLAlchemy): the command line prints them and the exports render them without loading
the store's engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from db.advisor.license_check import VERDICT_LABELS, Duty, Reason, SourceRef, Verdict
from db.advisor.rules import FACTS, Check
from db.advisor.usecase import UseCase

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
