"""Clause scopes: a license clause that covers only some of the license's models, and whom it binds.

A license's `clause_details["scopes"]` maps a clause name to its scope, as data the analyst can edit:

    scopes:
      geographic_exclusions:
        modalities: [image]   # the clause covers only models with one of these modalities (the vision models) …
        models: [UUID, …]     # … or these models, named by UUID (the seed may name them by key)
        binds: licensee       # licensee: where the licensee is established | deployment: where the product is offered
        note: "Multimodal Llama 3.2 models only (11B and 90B Vision)."

A clause without a scope covers every model under the license and binds where the product is deployed, as before.

The pseudo-clause `derivatives` says which clauses travel down the family tree — bind the models derived from the
license's models (fine-tunes, quantizations, merges …) whatever license those carry:

    scopes:
      derivatives:
        clauses: all          # or a list: [acceptable_use_policy, field_of_use, pass_terms_downstream]
        note: "Derivatives remain Llama Materials: …"
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

SCOPED_CLAUSES: frozenset[str] = frozenset({"geographic_exclusions"})
"""Clauses whose scope the license check reads; a scope on another clause is refused rather than ignored."""
DERIVATIVES = "derivatives"
INHERITABLE: tuple[str, ...] = (
    "commercial_use", "user_cap", "modification", "redistribution", "output_training", "geographic_exclusions",
    "field_of_use", "acceptable_use_policy", "attribution", "pass_terms_downstream", "notice_file",
)
"""Clauses that can bind derived models (the license check's clause names)."""
BINDS: tuple[str, ...] = ("deployment", "licensee")
MODALITIES: tuple[str, ...] = ("text", "image", "audio", "video", "code")
_KEYS = frozenset({"modalities", "models", "binds", "note"})


class ScopeError(ValueError):
    """A clause scope that cannot be read; the message names the clause and the field."""


@dataclass(frozen=True)
class ClauseScope:
    """Which models of a license one clause covers, and whom it binds."""

    modalities: tuple[str, ...] = ()
    models: tuple[str, ...] = ()
    binds: str = "deployment"
    note: str = ""

    @property
    def limited(self) -> bool:
        """Whether the clause covers only some of the license's models."""
        return bool(self.modalities or self.models)

    def covers(self, model_uuid: str | None, modalities: Sequence[str] | None) -> bool | None:
        """True/False when the record settles whether the clause covers the model; None when its modalities,
        which would settle it, are not on record."""
        if not self.limited:
            return True
        if model_uuid is not None and model_uuid in self.models:
            return True
        if not self.modalities:
            return False  # a list of models, and this one is not on it
        if not modalities:
            return None
        return any(modality in self.modalities for modality in modalities)

    def describe(self) -> str:
        """The covered models in words: "models with image input" / "2 named models" / "every model"."""
        if self.note:
            return self.note.rstrip(".")
        parts = []
        if self.modalities:
            parts.append(f"models with {' or '.join(self.modalities)} among their modalities")
        if self.models:
            parts.append(f"{len(self.models)} named model{'s' if len(self.models) != 1 else ''}")
        return " and ".join(parts) or "every model under the license"

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"binds": self.binds}
        if self.modalities:
            data["modalities"] = list(self.modalities)
        if self.models:
            data["models"] = list(self.models)
        if self.note:
            data["note"] = self.note
        return data


@dataclass(frozen=True)
class Inheritance:
    """The clauses of a license that bind the models derived from its models, and why."""

    clauses: tuple[str, ...]
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"clauses": "all" if set(self.clauses) == set(INHERITABLE) else list(self.clauses)}
        if self.note:
            data["note"] = self.note
        return data


def parse_scopes(raw: object) -> dict[str, ClauseScope]:
    """Read `clause_details["scopes"]` strictly: unknown clauses, keys, modalities or binds raise ScopeError."""
    if raw in (None, "", {}):
        return {}
    if not isinstance(raw, Mapping):
        raise ScopeError("clause scopes must be a mapping of clause name to scope")
    scopes: dict[str, ClauseScope] = {}
    for clause, spec in raw.items():
        if clause == DERIVATIVES:
            parse_inheritance(spec)  # checked here, read by inheritance_of
            continue
        if clause not in SCOPED_CLAUSES:
            raise ScopeError(f"scope for {clause!r}: only {', '.join(sorted(SCOPED_CLAUSES))} can be scoped")
        if not isinstance(spec, Mapping):
            raise ScopeError(f"scope for {clause}: must be a mapping (modalities, models, binds, note)")
        unknown = sorted(str(key) for key in spec if key not in _KEYS)
        if unknown:
            raise ScopeError(f"scope for {clause}: unknown key(s) {', '.join(unknown)}")
        modalities = _strings(clause, "modalities", spec.get("modalities"))
        bad = [m for m in modalities if m not in MODALITIES]
        if bad:
            raise ScopeError(f"scope for {clause}: modality {bad[0]!r} is not one of {', '.join(MODALITIES)}")
        binds = str(spec.get("binds") or "deployment").strip().lower()
        if binds not in BINDS:
            raise ScopeError(f"scope for {clause}: binds must be {' or '.join(BINDS)}, not {spec.get('binds')!r}")
        note = " ".join(str(spec.get("note") or "").split())
        scopes[str(clause)] = ClauseScope(tuple(modalities), tuple(_strings(clause, "models", spec.get("models"))),
                                          binds, note)
    return scopes


def normalize_scopes(raw: object) -> dict[str, Any] | None:
    """Scopes checked and written back in their canonical form (what the atlas stores); None when empty."""
    found: dict[str, Any] = {clause: scope.to_dict() for clause, scope in parse_scopes(raw).items()}
    if isinstance(raw, Mapping) and DERIVATIVES in raw:
        found[DERIVATIVES] = parse_inheritance(raw[DERIVATIVES]).to_dict()
    return found or None


def parse_inheritance(spec: object) -> Inheritance:
    """Read the `derivatives` entry of the scopes: `clauses` (all, or a list of clause names) and a `note`."""
    if not isinstance(spec, Mapping):
        raise ScopeError("derivatives: must be a mapping (clauses, note)")
    unknown = sorted(str(key) for key in spec if key not in ("clauses", "note"))
    if unknown:
        raise ScopeError(f"derivatives: unknown key(s) {', '.join(unknown)}")
    raw = spec.get("clauses", "all")
    if raw == "all":
        clauses = list(INHERITABLE)
    else:
        clauses = _strings(DERIVATIVES, "clauses", raw)
        bad = [c for c in clauses if c not in INHERITABLE]
        if bad:
            raise ScopeError(f"derivatives: {bad[0]!r} is not a clause (one of {', '.join(INHERITABLE)}, or all)")
    if not clauses:
        raise ScopeError("derivatives: name the clauses that bind derived models, or all")
    return Inheritance(tuple(clauses), " ".join(str(spec.get("note") or "").split()))


def inheritance_of(clause_details: Mapping[str, Any] | None) -> Inheritance | None:
    """The clauses a license passes down to derived models; None when it records none (or cannot be read)."""
    raw = (clause_details or {}).get("scopes")
    if not isinstance(raw, Mapping) or DERIVATIVES not in raw:
        return None
    try:
        return parse_inheritance(raw[DERIVATIVES])
    except ScopeError:
        return None


def _strings(clause: str, key: str, raw: object) -> list[str]:
    if raw in (None, ""):
        return []
    items = [raw] if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple):
        raise ScopeError(f"scope for {clause}: {key} must be a list")
    return list(dict.fromkeys(str(item).strip().lower() if key == "modalities" else str(item).strip()
                              for item in items if str(item).strip()))


def scopes_of(clause_details: Mapping[str, Any] | None) -> dict[str, ClauseScope]:
    """The scopes recorded on a license; an unreadable scope (merged in from elsewhere) counts as none."""
    try:
        return parse_scopes((clause_details or {}).get("scopes"))
    except ScopeError:
        return {}
