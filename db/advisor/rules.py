"""The rule language: policy-note conditions as data, parsed strictly and evaluated in three-valued logic.

A policy note's `conditions` is a mapping (stored as JSON, written as YAML in the seed)::

    applies_if: <test>            # when the note binds a model's maker
    exempt_if: <test>             # with applies_if: an exemption that waives some duties when it holds;
                                  # alone: the note *is* an exemption (met → exempt, not met → does_not_apply)
    duties: [text, ...]           # optional: what follows when it applies
    exempt_from: [text, ...]      # optional: duties an exemption waives
    still_required: [text, ...]   # optional: duties that remain under the exemption
    effect:                       # optional: one line per outcome, shown with the result
      applies: text
      exempt: text
      does_not_apply: text

A <test> is one of::

    {fact: NAME, op: OP, value: V}     # a comparison of one recorded fact (see FACTS)
    {fact: NAME}                       # a yes/no fact that must be true
    {all: [<test>, ...]}               # every test holds
    {any: [<test>, ...]}               # at least one holds
    {not: <test>}

Operators by fact type: numbers `== != > >= < <= in not_in`; text `== != in not_in` (case-insensitive);
yes/no `== !=`; lists `contains not_contains` (value: one item or a list, "any of").

Evaluation never guesses: a fact that is not recorded makes its comparison *unknown*, and unknown
propagates (Kleene logic: `all` is false as soon as one test is false, `any` true as soon as one is true,
otherwise unknown). Nothing here calls `eval`; the parser accepts only the shapes above.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from db.errors import ValidationError
from db.values import format_number, parse_number

MAX_DEPTH = 12
MAX_TESTS = 200
MAX_TEXT = 2000
OUTCOMES = ("applies", "exempt", "does_not_apply")
STATUSES = ("applies", "exempt", "does_not_apply", "undetermined")


@dataclass(frozen=True)
class FactInfo:
    """One fact a condition may test: its type and what it means (shown to analysts and in FORMAT.md)."""

    type: str  # number | text | bool | list
    label: str
    help: str


FACTS: dict[str, FactInfo] = {
    "training_compute_flop": FactInfo("number", "Training compute in FLOP", "the model's recorded training compute"),
    "params_total": FactInfo("number", "Total parameters", "the model's total parameter count"),
    "compute_confidence": FactInfo("text", "Compute confidence", "confident | likely | speculative | unknown"),
    "general_purpose": FactInfo(
        "bool", "General-purpose model",
        "generates text, images, audio or video (from the recorded modalities; a code-only model is not)"),
    "modalities": FactInfo("list", "Modalities", "text, image, audio, video, code"),
    "access": FactInfo("list", "Access channels", "api, hosted-app, weights"),
    "weights_released": FactInfo(
        "bool", "Weights released",
        "weights are public: access includes weights, or the final-parameters component is released"),
    "architecture_public": FactInfo(
        "bool", "Architecture public", "the architecture component is released (partial counts as not recorded)"),
    "openness_grade": FactInfo("text", "Openness grade", "the model's grade on the open/closed spectrum"),
    "license_open": FactInfo(
        "bool", "Free and open license",
        "OSI-approved or permissive/copyleft family, commercial use yes, modification and redistribution allowed"),
    "license_family": FactInfo("text", "License family", "permissive, copyleft, rail, custom-open-weights, ..."),
    "license_spdx": FactInfo("text", "License SPDX id", "e.g. Apache-2.0 or LicenseRef-…"),
    "osi_approved": FactInfo("bool", "OSI approved", "the license is OSI approved"),
    "commercial_use": FactInfo("text", "Commercial use clause", "yes | no | conditional | unknown"),
    "developer": FactInfo("text", "Developer", "the developer organization's name"),
    "developer_jurisdiction": FactInfo("text", "Developer jurisdiction", "e.g. US, EU, CN, UK, AE"),
    "deployment_regions": FactInfo(
        "list", "Deployment regions", "where the analyst will offer the model: a use case's regions or --region"),
}

_OPS: dict[str, tuple[str, ...]] = {
    "number": ("==", "!=", ">", ">=", "<", "<=", "in", "not_in"),
    "text": ("==", "!=", "in", "not_in"),
    "bool": ("==", "!="),
    "list": ("contains", "not_contains"),
}
_COMBINATORS = ("all", "any", "not")
_TOP_KEYS = ("applies_if", "exempt_if", "duties", "exempt_from", "still_required", "effect")


class ConditionError(ValueError):
    """A condition that cannot be read; the message names where (e.g. `applies_if.all[1].op`) and why."""


# ---- parsing -----------------------------------------------------------------------------------------


def parse_conditions(raw: object) -> dict[str, Any] | None:
    """Check and normalize a note's conditions (a mapping, or JSON/YAML text); None or blank → None."""
    if raw is None or (isinstance(raw, str) and not raw.strip()) or raw == {}:
        return None
    if isinstance(raw, str):
        import yaml  # loads with the first rule text to read, not with the check

        try:
            raw = yaml.safe_load(raw)  # YAML is a superset of JSON: both forms are accepted
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise ConditionError(f"not valid JSON or YAML{where}") from None
        if raw is None:
            return None
    if not isinstance(raw, Mapping):
        raise ConditionError("conditions must be a mapping with at least `applies_if`")
    unknown = [str(key) for key in raw if key not in _TOP_KEYS]
    if unknown:
        raise ConditionError(f"unknown key(s) {', '.join(sorted(unknown))}; allowed: {', '.join(_TOP_KEYS)}")
    if raw.get("applies_if") is None and raw.get("exempt_if") is None:
        raise ConditionError("`applies_if` is required (the test for when the note binds a model's maker), or "
                             "`exempt_if` alone for a note that grants an exemption")
    counter = [0]
    result: dict[str, Any] = {}
    if raw.get("applies_if") is not None:
        result["applies_if"] = _parse_test(raw["applies_if"], "applies_if", 0, counter)
    if raw.get("exempt_if") is not None:
        result["exempt_if"] = _parse_test(raw["exempt_if"], "exempt_if", 0, counter)
    for key in ("duties", "exempt_from", "still_required"):
        if raw.get(key) is not None:
            result[key] = _text_list(raw[key], key)
    if raw.get("effect") is not None:
        effect = raw["effect"]
        if not isinstance(effect, Mapping):
            raise ConditionError("`effect` must map applies / exempt / does_not_apply to a sentence")
        bad = [str(key) for key in effect if key not in OUTCOMES]
        if bad:
            raise ConditionError(f"effect: unknown outcome(s) {', '.join(sorted(bad))}; use {', '.join(OUTCOMES)}")
        result["effect"] = {str(key): _text(value, f"effect.{key}") for key, value in effect.items()}
    return result


def validate_conditions(raw: object) -> dict[str, Any] | None:
    """parse_conditions for API callers: a bad condition raises ValidationError naming the field."""
    try:
        return parse_conditions(raw)
    except ConditionError as error:
        raise ValidationError({"conditions": str(error)}) from None


def _parse_test(node: object, path: str, depth: int, counter: list[int]) -> dict[str, Any]:
    if depth > MAX_DEPTH:
        raise ConditionError(f"{path}: nested more than {MAX_DEPTH} levels deep")
    counter[0] += 1
    if counter[0] > MAX_TESTS:
        raise ConditionError(f"more than {MAX_TESTS} tests in one note's conditions")
    if not isinstance(node, Mapping):
        raise ConditionError(f"{path}: a test must be a mapping ({{fact, op, value}}, all, any or not)")
    keys = set(node)
    combinators = keys & set(_COMBINATORS)
    if combinators:
        if len(keys) != 1:
            raise ConditionError(f"{path}: `{sorted(combinators)[0]}` must be the only key of its test")
        (name,) = combinators
        if name == "not":
            return {"not": _parse_test(node["not"], f"{path}.not", depth + 1, counter)}
        items = node[name]
        if not isinstance(items, list) or not items:
            raise ConditionError(f"{path}.{name}: must be a non-empty list of tests")
        return {name: [_parse_test(item, f"{path}.{name}[{i}]", depth + 1, counter) for i, item in enumerate(items)]}
    if "fact" not in keys:
        raise ConditionError(f"{path}: a test needs `fact` (or all / any / not); found {', '.join(map(str, keys))}")
    extra = keys - {"fact", "op", "value"}
    if extra:
        raise ConditionError(f"{path}: unknown key(s) {', '.join(sorted(map(str, extra)))} in a fact test")
    fact = str(node["fact"])
    info = FACTS.get(fact)
    if info is None:
        raise ConditionError(f"{path}.fact: unknown fact {fact!r}; known facts: {', '.join(FACTS)}")
    if "op" not in keys and "value" not in keys and info.type == "bool":
        return {"fact": fact, "op": "==", "value": True}
    if "op" not in keys or "value" not in keys:
        raise ConditionError(f"{path}: a test of {fact!r} needs both `op` and `value`")
    op = str(node["op"]).strip()
    if op not in _OPS[info.type]:
        raise ConditionError(f"{path}.op: {op!r} does not apply to {fact} ({info.type}); "
                             f"use {', '.join(_OPS[info.type])}")
    return {"fact": fact, "op": op, "value": _parse_value(info, op, node["value"], f"{path}.value")}


def _parse_value(info: FactInfo, op: str, raw: object, path: str) -> Any:
    if op in ("in", "not_in") or (info.type == "list" and isinstance(raw, list)):
        if not isinstance(raw, list) or not raw:
            raise ConditionError(f"{path}: `{op}` needs a non-empty list of values")
        scalar = "text" if info.type == "list" else info.type
        return [_scalar(scalar, item, f"{path}[{i}]") for i, item in enumerate(raw)]
    return _scalar("text" if info.type == "list" else info.type, raw, path)


def _scalar(kind: str, raw: object, path: str) -> Any:
    if kind == "number":
        try:
            number = parse_number(raw)
        except ValueError as error:
            raise ConditionError(f"{path}: {error}") from None
        if number is None or math.isnan(number):
            raise ConditionError(f"{path}: a number is required (e.g. 1e25)")
        return number
    if kind == "bool":
        if isinstance(raw, bool):
            return raw
        word = str(raw).strip().lower()
        if word in ("yes", "true"):
            return True
        if word in ("no", "false"):
            return False
        raise ConditionError(f"{path}: must be true or false, not {raw!r}")
    if isinstance(raw, bool) or raw is None or isinstance(raw, Mapping | list):
        raise ConditionError(f"{path}: must be a text value, not {raw!r}")
    return _text(raw, path)


def _text(raw: object, path: str) -> str:
    if raw is None or isinstance(raw, Mapping | list):
        raise ConditionError(f"{path}: must be text")
    text = " ".join(str(raw).split())
    if not text:
        raise ConditionError(f"{path}: must not be empty")
    if len(text) > MAX_TEXT:
        raise ConditionError(f"{path}: longer than {MAX_TEXT} characters")
    return text


def _text_list(raw: object, path: str) -> list[str]:
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise ConditionError(f"{path}: must be a list of sentences")
    return [_text(item, f"{path}[{i}]") for i, item in enumerate(raw)]


def dumps(conditions: Mapping[str, Any] | None) -> str:
    """Conditions as compact, stable JSON (for display and for editing as text)."""
    return "" if not conditions else json.dumps(conditions, ensure_ascii=False, sort_keys=False)


# ---- evaluation --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Check:
    """One fact comparison as evaluated: the test in words, the recorded value, and its outcome."""

    fact: str
    text: str
    value: Any
    outcome: bool | None  # None: the fact is not recorded

    def to_dict(self) -> dict[str, Any]:
        return {"fact": self.fact, "test": self.text, "value": self.value, "outcome": self.outcome}


@dataclass
class Evaluation:
    outcome: bool | None
    checks: list[Check] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        return list(dict.fromkeys(check.fact for check in self.checks if check.outcome is None))


def evaluate(test: Mapping[str, Any], facts: Mapping[str, Any]) -> Evaluation:
    """Evaluate a parsed test over facts (absent or None = not recorded); every leaf is reported."""
    checks: list[Check] = []
    outcome = _eval(test, facts, checks)
    return Evaluation(outcome, checks)


def _eval(test: Mapping[str, Any], facts: Mapping[str, Any], checks: list[Check], negated: bool = False) -> bool | None:
    """`negated`: the test sits under an odd number of `not`s; its checks are reported as negated tests, so a
    ✔ always means "this part speaks for the rule" (by De Morgan the reading stays exact)."""
    if "all" in test:
        results = [_eval(item, facts, checks, negated) for item in test["all"]]  # no short cut: report every fact
        return False if False in results else (None if None in results else True)
    if "any" in test:
        results = [_eval(item, facts, checks, negated) for item in test["any"]]
        return True if True in results else (None if None in results else False)
    if "not" in test:
        inner = _eval(test["not"], facts, checks, not negated)
        return None if inner is None else not inner
    fact, op, expected = test["fact"], test["op"], test["value"]
    actual = facts.get(fact)
    outcome = None if actual is None else _compare(FACTS[fact].type, op, actual, expected)
    text = describe(test)
    if negated:
        text = describe({"not": test})
        checks.append(Check(fact, text, actual, None if outcome is None else not outcome))
    else:
        checks.append(Check(fact, text, actual, outcome))
    return outcome


def _compare(kind: str, op: str, actual: Any, expected: Any) -> bool:
    if kind == "list":
        have = {str(item).casefold() for item in actual}
        wanted = [str(item).casefold() for item in (expected if isinstance(expected, list) else [expected])]
        hit = any(item in have for item in wanted)
        return hit if op == "contains" else not hit
    if kind == "text":
        actual = str(actual).casefold()
        expected = [str(v).casefold() for v in expected] if isinstance(expected, list) else str(expected).casefold()
    if kind == "number":
        actual = float(actual)
    if op == "==":
        return bool(actual == expected)
    if op == "!=":
        return bool(actual != expected)
    if op == "in":
        return actual in expected
    if op == "not_in":
        return actual not in expected
    return {">": actual > expected, ">=": actual >= expected, "<": actual < expected, "<=": actual <= expected}[op]


def describe(test: Mapping[str, Any]) -> str:
    """A test in words, e.g. `training_compute_flop > 1e25` or `all of (license_open; not (…))`."""
    if "all" in test or "any" in test:
        name = "all" if "all" in test else "any"
        return f"{name} of ({'; '.join(describe(item) for item in test[name])})"
    if "not" in test:
        inner = test["not"]
        if "fact" in inner and FACTS[inner["fact"]].type == "bool" and inner["op"] in ("==", "!="):
            return describe({**inner, "op": "!=" if inner["op"] == "==" else "=="})
        return f"not ({describe(inner)})"
    fact, op, value = test["fact"], test["op"], test["value"]
    if FACTS[fact].type == "bool" and op == "==":
        return fact if value else f"not {fact}"
    if FACTS[fact].type == "bool":
        return f"not {fact}" if value else fact
    return f"{fact} {op.replace('_', ' ')} {_show(value)}"


def _show(value: Any) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, float):
        return format_number(value) if abs(value) >= 1e15 or value.is_integer() else f"{value:g}"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def facts_used(conditions: Mapping[str, Any]) -> list[str]:
    """Every fact name a note's conditions read, in order of first use."""
    found: list[str] = []

    def walk(test: Mapping[str, Any]) -> None:
        for name in ("all", "any"):
            for item in test.get(name, []):
                walk(item)
        if "not" in test:
            walk(test["not"])
        if "fact" in test and test["fact"] not in found:
            found.append(test["fact"])

    for key in ("applies_if", "exempt_if"):
        if key in conditions:
            walk(conditions[key])
    return found


# ---- a note's outcome --------------------------------------------------------------------------------


NOT_BINDING = {"revoked": "revoked", "proposed": "only proposed, not law"}
"""Note statuses under which a rule binds no one, whatever the facts say."""


@dataclass
class Decision:
    """What a note's conditions say about one model: status, why, and the checks that decided it."""

    status: str
    why: str
    applies: Evaluation | None = None
    exempt: Evaluation | None = None
    duties: list[str] = field(default_factory=list)
    exempt_from: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    would_apply: bool | None = None  # for a revoked or proposed rule: what its test says, for the record


def decide(conditions: Mapping[str, Any], facts: Mapping[str, Any], note_status: str | None = None,
           revoked_date: str | None = None) -> Decision:
    """The status of a rule for one model's facts (conditions as returned by parse_conditions)."""
    exempt = evaluate(conditions["exempt_if"], facts) if "exempt_if" in conditions else None
    effect = conditions.get("effect", {})
    duties = list(conditions.get("duties", []))
    if "applies_if" not in conditions:
        assert exempt is not None
        return _exemption_only(conditions, exempt, effect, note_status, revoked_date)
    applies = evaluate(conditions["applies_if"], facts)
    if note_status in NOT_BINDING:
        return _not_binding(note_status, revoked_date, applies, exempt)
    if applies.outcome is None:
        return Decision("undetermined", "Whether the rule applies depends on facts not on record.", applies, exempt,
                        duties=duties, missing=applies.missing)
    if applies.outcome is False:
        return Decision("does_not_apply", effect.get("does_not_apply", "The rule's conditions do not hold."),
                        applies, exempt)
    if exempt is None or exempt.outcome is False:
        return Decision("applies", effect.get("applies", "The rule's conditions hold."), applies, exempt,
                        duties=duties)
    if exempt.outcome is None:
        return Decision("undetermined", "The rule applies, but whether its exemption holds depends on facts not on "
                        "record.", applies, exempt, duties=duties, exempt_from=list(conditions.get("exempt_from", [])),
                        missing=exempt.missing)
    return Decision("exempt", effect.get("exempt", "The rule applies, with its exemption."), applies, exempt,
                    duties=list(conditions.get("still_required", [])),
                    exempt_from=list(conditions.get("exempt_from", [])))


def _not_binding(note_status: str, revoked_date: str | None, test: Evaluation,
                 exempt: Evaluation | None) -> Decision:
    when = f" on {revoked_date}" if revoked_date and note_status == "revoked" else ""
    would = {True: "its test would otherwise hold", False: "its test would not hold anyway",
             None: "its test could not be settled anyway"}[test.outcome]
    return Decision("does_not_apply", f"The rule is {NOT_BINDING[note_status]}{when}, so it binds no one ({would}).",
                    test if exempt is None or test is not exempt else None, exempt, would_apply=test.outcome)


def _exemption_only(conditions: Mapping[str, Any], exempt: Evaluation, effect: Mapping[str, str],
                    note_status: str | None, revoked_date: str | None) -> Decision:
    """A note that grants an exemption: it holds (exempt), does not hold (does_not_apply) or is unsettled."""
    if note_status in NOT_BINDING:
        decision = _not_binding(note_status, revoked_date, exempt, exempt)
        return decision
    if exempt.outcome is None:
        return Decision("undetermined", "Whether the exemption holds depends on facts not on record.", None, exempt,
                        exempt_from=list(conditions.get("exempt_from", [])), missing=exempt.missing)
    if exempt.outcome is False:
        return Decision("does_not_apply", effect.get("does_not_apply", "The exemption's conditions do not hold."),
                        None, exempt, duties=list(conditions.get("duties", [])))
    return Decision("exempt", effect.get("exempt", "The exemption's conditions hold."), None, exempt,
                    duties=list(conditions.get("still_required", [])),
                    exempt_from=list(conditions.get("exempt_from", [])))


def missing_facts(evaluations: Iterable[Evaluation | None]) -> list[str]:
    found: list[str] = []
    for evaluation in evaluations:
        if evaluation is not None:
            found += [fact for fact in evaluation.missing if fact not in found]
    return found


# ---- what a rule's result says of its decision and the facts it used (db.advisor.api and db.reading.rules) ----

FACT_OWNER = {"license_open": "license", "license_family": "license", "license_spdx": "license",
              "osi_approved": "license", "commercial_use": "license", "developer": "organization",
              "developer_jurisdiction": "organization", "deployment_regions": "use case"}
"""Which entry holds each fact (the model unless named here); the use case's come from the question asked."""


def decision_why(decision: Decision) -> str:
    """The decision's reason; an undetermined one also says which facts, once recorded, would settle it."""
    if decision.status != "undetermined" or not decision.missing:
        return decision.why
    needed = " and ".join(f"the {FACTS[name].label[0].lower()}{FACTS[name].label[1:]} ({name})"
                          for name in decision.missing)
    return f"{decision.why} Recording {needed} would settle it."


def fact_detail(name: str, facts: Mapping[str, Any], owners: Mapping[str, Any],
                sources_of: Callable[[str], list[dict[str, Any]]]) -> dict[str, Any]:
    """One fact a rule used: its value, whether it is known, the entry it comes from and that entry's sources."""
    owner_kind = FACT_OWNER.get(name, "model")
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
        data["sources"] = sources_of(owner.uuid)
    else:
        data["from"] = None
        data["sources"] = []
    return data
