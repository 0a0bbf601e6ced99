"""The rule language: strict parsing with clear messages, three-valued evaluation, and each note outcome."""

from __future__ import annotations

from typing import Any

import pytest

from db.advisor.rules import ConditionError, decide, describe, evaluate, facts_used, parse_conditions
from db.errors import ValidationError

ABOVE = {"fact": "training_compute_flop", "op": ">", "value": "1e25"}
OPEN = {"all": [{"fact": "license_open"}, {"fact": "weights_released"}, {"not": ABOVE}]}
ART53 = parse_conditions({"applies_if": {"fact": "general_purpose"}, "exempt_if": OPEN,
                          "duties": ["document"], "exempt_from": ["document"], "still_required": ["summary"],
                          "effect": {"exempt": "Open and small."}})
FACTS: dict[str, Any] = {"general_purpose": True, "license_open": True, "weights_released": True,
                         "training_compute_flop": 2e23}


def test_parse_normalizes_numbers_shorthands_and_text() -> None:
    parsed = parse_conditions({"applies_if": {"all": [{"fact": "weights_released"}, ABOVE,
                                                      {"fact": "developer_jurisdiction", "op": "in",
                                                       "value": ["US", "CN"]}]},
                               "duties": "one duty"})
    assert parsed == {"applies_if": {"all": [{"fact": "weights_released", "op": "==", "value": True},
                                             {"fact": "training_compute_flop", "op": ">", "value": 1e25},
                                             {"fact": "developer_jurisdiction", "op": "in", "value": ["US", "CN"]}]},
                      "duties": ["one duty"]}
    assert parse_conditions('{"applies_if": {"fact": "params_total", "op": ">=", "value": "10^11"}}') == {
        "applies_if": {"fact": "params_total", "op": ">=", "value": 1e11}}
    assert parse_conditions("applies_if: {fact: access, op: contains, value: weights}")["applies_if"]["value"] == \
        "weights"
    assert parse_conditions(None) is None and parse_conditions("  ") is None and parse_conditions({}) is None


@pytest.mark.parametrize(("raw", "message"), [
    ({"duties": ["x"]}, "`applies_if` is required"),
    ({"applies_if": {"fact": "compute", "op": ">", "value": 1}}, "unknown fact 'compute'"),
    ({"applies_if": {"fact": "training_compute_flop", "op": "~", "value": 1}}, "applies_if.op"),
    ({"applies_if": {"fact": "training_compute_flop", "op": ">", "value": "a lot"}}, "not a number"),
    ({"applies_if": {"fact": "developer_jurisdiction", "op": ">", "value": "US"}}, "does not apply to"),
    ({"applies_if": {"all": []}}, "applies_if.all: must be a non-empty list"),
    ({"applies_if": {"all": [{"fact": "weights_released"}, {"fact": "x"}]}}, "applies_if.all[1].fact"),
    ({"applies_if": {"any": [ABOVE], "not": ABOVE}}, "must be the only key"),
    ({"applies_if": {"fact": "training_compute_flop"}}, "needs both `op` and `value`"),
    ({"applies_if": {"fact": "weights_released", "op": "==", "value": "perhaps"}}, "true or false"),
    ({"applies_if": ABOVE, "when": "now"}, "unknown key(s) when"),
    ({"applies_if": ABOVE, "effect": {"maybe": "x"}}, "unknown outcome(s) maybe"),
    ("applies_if: [unclosed", "not valid JSON or YAML"),
    ("__import__('os').system('true')", "must be a mapping"),
    ([ABOVE], "must be a mapping"),
])
def test_bad_conditions_are_refused_with_a_message_naming_the_problem(raw: object, message: str) -> None:
    with pytest.raises(ConditionError, match=None) as caught:
        parse_conditions(raw)
    assert message in str(caught.value)
    with pytest.raises(ValidationError) as as_field:
        from db.advisor.rules import validate_conditions

        validate_conditions(raw)
    assert "conditions" in as_field.value.problems


def test_deep_or_huge_conditions_are_refused() -> None:
    deep: dict[str, Any] = ABOVE
    for _ in range(20):
        deep = {"not": deep}
    with pytest.raises(ConditionError, match="nested more than"):
        parse_conditions({"applies_if": deep})
    with pytest.raises(ConditionError, match="more than 200 tests"):
        parse_conditions({"applies_if": {"any": [ABOVE] * 300}})


def test_three_valued_logic_reports_every_fact_and_names_the_missing_ones() -> None:
    test = parse_conditions({"applies_if": OPEN})["applies_if"]
    assert evaluate(test, FACTS).outcome is True
    assert evaluate(test, FACTS | {"training_compute_flop": 3.8e25}).outcome is False
    unknown = evaluate(test, FACTS | {"training_compute_flop": None})
    assert unknown.outcome is None and unknown.missing == ["training_compute_flop"]
    settled = evaluate(test, FACTS | {"training_compute_flop": None, "license_open": False})
    assert settled.outcome is False and len(settled.checks) == 3  # false wins; every fact is still reported
    either = parse_conditions({"applies_if": {"any": [{"fact": "deployment_regions", "op": "contains",
                                                        "value": ["cn"]},
                                                       {"fact": "developer_jurisdiction", "op": "==",
                                                        "value": "cn"}]}})["applies_if"]
    assert evaluate(either, {"developer_jurisdiction": "CN"}).outcome is True
    assert evaluate(either, {"developer_jurisdiction": "US"}).outcome is None
    assert evaluate(either, {"developer_jurisdiction": "US", "deployment_regions": ["EU"]}).outcome is False


def test_negated_checks_read_as_negated_tests() -> None:
    test = parse_conditions({"applies_if": OPEN})["applies_if"]
    checks = evaluate(test, FACTS).checks
    assert [(c.text, c.outcome) for c in checks] == [
        ("license_open", True), ("weights_released", True), ("not (training_compute_flop > 1e25)", True)]
    assert describe({"not": {"fact": "weights_released", "op": "==", "value": True}}) == "not weights_released"
    assert facts_used(ART53) == ["general_purpose", "license_open", "weights_released", "training_compute_flop"]


def test_decide_gives_each_status() -> None:
    exempt = decide(ART53, FACTS)
    assert (exempt.status, exempt.duties, exempt.exempt_from, exempt.why) == ("exempt", ["summary"], ["document"],
                                                                            "Open and small.")
    assert decide(ART53, FACTS | {"license_open": False}).status == "applies"
    assert decide(ART53, FACTS | {"general_purpose": False}).status == "does_not_apply"
    undetermined = decide(ART53, FACTS | {"training_compute_flop": None})
    assert undetermined.status == "undetermined" and undetermined.missing == ["training_compute_flop"]
    nothing = decide(ART53, {})
    assert nothing.status == "undetermined" and nothing.missing == ["general_purpose"]


def test_revoked_and_proposed_rules_bind_no_one_whatever_the_facts() -> None:
    rule = parse_conditions({"applies_if": {"fact": "training_compute_flop", "op": ">", "value": 1e26}})
    revoked = decide(rule, {"training_compute_flop": 4.6e26}, "revoked", "2025-01-20")
    assert revoked.status == "does_not_apply" and revoked.would_apply is True
    assert "revoked on 2025-01-20" in revoked.why and "would otherwise hold" in revoked.why
    assert decide(rule, {}, "revoked").why.endswith("(its test could not be settled anyway).")
    proposed = decide(rule, {"training_compute_flop": 1e20}, "proposed")
    assert proposed.status == "does_not_apply" and "not law" in proposed.why
    assert decide(rule, {"training_compute_flop": 4.6e26}, "in-force").status == "applies"


def test_a_note_that_is_an_exemption() -> None:
    rule = parse_conditions({"exempt_if": OPEN, "exempt_from": ["docs"], "duties": ["all duties"]})
    assert decide(rule, FACTS).status == "exempt"
    refused = decide(rule, FACTS | {"weights_released": False})
    assert refused.status == "does_not_apply" and refused.duties == ["all duties"]
    assert decide(rule, FACTS | {"training_compute_flop": None}).status == "undetermined"
    assert decide(rule, FACTS, "revoked").status == "does_not_apply"
