"""A policy note's machine-readable conditions in plain words, for people (detail pane, CLI, reports)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from db.advisor.rules import FACTS
from db.values import format_number

NEGATED_OP = {">": "<=", ">=": "<", "<": ">=", "<=": ">", "==": "!=", "!=": "==", "in": "not_in", "not_in": "in",
              "contains": "not_contains", "not_contains": "contains"}
NUMBER_OPS = {">": "is above", ">=": "is at least", "<": "is below", "<=": "is at most", "==": "is exactly",
              "!=": "is not", "in": "is one of", "not_in": "is none of"}
TEXT_OPS = {"==": "is", "!=": "is not", "in": "is one of", "not_in": "is none of"}
BOOL_WORDS: dict[str, tuple[str, str]] = {
    "general_purpose": ("it is a general-purpose model", "it is not a general-purpose model"),
    "weights_released": ("its weights are released", "its weights are not released"),
    "architecture_public": ("its architecture is public", "its architecture is not public"),
    "license_open": ("its license is free and open", "its license is not free and open"),
    "osi_approved": ("its license is OSI approved", "its license is not OSI approved"),
}
"""Yes/no facts as a clause (true, false); other yes/no facts read `<label>: yes`."""
UNITS = {"training_compute_flop": " FLOP"}
NAMES = {"training_compute_flop": "training compute", "params_total": "total parameters",
         "developer_jurisdiction": "the developer's jurisdiction", "developer": "the developer",
         "modalities": "its modalities", "access": "its access channels", "deployment_regions": "deployment regions",
         "openness_grade": "its openness grade", "license_family": "its license family",
         "license_spdx": "its license (SPDX id)", "commercial_use": "the license's commercial-use clause",
         "compute_confidence": "the confidence in its compute figure"}


@dataclass
class RuleText:
    """A note's rule in words: when it applies, when it is waived, and what follows."""

    applies_when: str | None = None
    exempt_when: str | None = None
    duties: list[str] = field(default_factory=list)
    exempt_from: list[str] = field(default_factory=list)
    still_required: list[str] = field(default_factory=list)
    effects: dict[str, str] = field(default_factory=dict)

    def lines(self) -> list[str]:
        """The rule as plain lines of text (for the CLI and plain-text exports)."""
        out: list[str] = []
        if self.applies_when:
            out.append(f"Applies when: {self.applies_when}.")
        if self.exempt_when:
            out.append(f"{'Exempt when' if self.applies_when else 'Grants an exemption when'}: {self.exempt_when}.")
        for title, items in (("Duties", self.duties), ("Exempt from", self.exempt_from),
                             ("Still required", self.still_required)):
            out += [f"{title}:"] + [f"  - {item}" for item in items] if items else []
        for outcome, text in self.effects.items():
            out.append(f"{OUTCOME_TITLES.get(outcome, outcome)}: {text}")
        return out


OUTCOME_TITLES = {"applies": "If it applies", "exempt": "If exempt", "does_not_apply": "If it does not apply"}


def describe_conditions(conditions: Mapping[str, Any] | None) -> RuleText | None:
    """Parsed conditions (as stored) in words; None when the note has no conditions."""
    if not conditions:
        return None
    return RuleText(
        applies_when=describe_test(conditions["applies_if"]) if conditions.get("applies_if") else None,
        exempt_when=describe_test(conditions["exempt_if"]) if conditions.get("exempt_if") else None,
        duties=list(conditions.get("duties", [])),
        exempt_from=list(conditions.get("exempt_from", [])),
        still_required=list(conditions.get("still_required", [])),
        effects={str(k): str(v) for k, v in (conditions.get("effect") or {}).items()},
    )


def describe_test(test: Mapping[str, Any], *, nested: bool = False) -> str:
    """One test in words, e.g. `it is a general-purpose model and training compute is above 10^25 FLOP`."""
    for name, joiner in (("all", " and "), ("any", " or ")):
        if name in test:
            parts = [describe_test(item, nested=True) for item in test[name]]
            text = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + joiner + parts[-1]
            return f"({text})" if nested and len(parts) > 1 else text
    if "not" in test:
        return describe_test(_negate(test["not"]), nested=nested)
    return _leaf(test["fact"], test["op"], test.get("value", True))


def _negate(test: Mapping[str, Any]) -> dict[str, Any]:
    """The opposite test, pushed down to the facts (De Morgan), so nothing reads "not (…)"."""
    if "all" in test:
        return {"any": [_negate(item) for item in test["all"]]}
    if "any" in test:
        return {"all": [_negate(item) for item in test["any"]]}
    if "not" in test:
        return dict(test["not"])
    if FACTS[test["fact"]].type == "bool" and test["op"] in ("==", "!="):
        return {"fact": test["fact"], "op": test["op"], "value": not test.get("value", True)}
    return {"fact": test["fact"], "op": NEGATED_OP[test["op"]], "value": test["value"]}


def _leaf(fact: str, op: str, value: Any) -> str:
    info = FACTS.get(fact)
    kind = info.type if info else "text"
    name = NAMES.get(fact, info.label.lower() if info else fact.replace("_", " "))
    if kind == "bool":
        holds = bool(value) == (op == "==")
        if fact in BOOL_WORDS:
            return BOOL_WORDS[fact][0 if holds else 1]
        return f"{name}: {'yes' if holds else 'no'}"
    values = value if isinstance(value, list) else [value]
    shown = [_value(fact, item) for item in values]
    if kind == "list":
        many = len(shown) > 1
        verb = {"contains": "include any of" if many else "include",
                "not_contains": "include none of" if many else "do not include"}[op]
        return f"{name} {verb} {_join(shown)}"
    if op in ("in", "not_in") and len(shown) == 1:
        op = "==" if op == "in" else "!="
    words = (NUMBER_OPS if kind == "number" else TEXT_OPS).get(op, op)
    return f"{name} {words} {_join(shown)}"


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _value(fact: str, value: Any) -> str:
    unit = UNITS.get(fact, "")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        number = float(value)
        if number >= 1e15:
            exponent = math.log10(number)
            if exponent.is_integer():
                return f"10^{int(exponent)}{unit}"  # thresholds in law are powers of ten: 10^25 FLOP
            mantissa = number / 10 ** math.floor(exponent)
            return f"{mantissa:g} × 10^{math.floor(exponent)}{unit}"
        return format_number(number, unit)
    return str(value)
