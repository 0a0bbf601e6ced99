"""Policy-note conditions read as plain sentences, for every rule the bundled seed carries."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from db.advisor.describe import describe_conditions, describe_test
from db.advisor.rules import parse_conditions

SEED_NOTES = Path(__file__).resolve().parents[2] / "resources" / "seed" / "policy_notes.yaml"


def words(raw: object) -> str:
    parsed = parse_conditions(raw)
    assert parsed is not None
    return describe_test(parsed["applies_if"])


def test_comparisons_and_thresholds_read_as_words() -> None:
    assert words({"applies_if": {"all": [{"fact": "general_purpose"}, {
        "fact": "training_compute_flop", "op": ">", "value": "1e25"}]}}) == \
        "it is a general-purpose model and training compute is above 10^25 FLOP"
    assert words({"applies_if": {"fact": "training_compute_flop", "op": ">=", "value": 3.2e24}}) == \
        "training compute is at least 3.2 × 10^24 FLOP"
    assert words({"applies_if": {"fact": "params_total", "op": "<", "value": 7e9}}) == "total parameters is below 7B"
    assert words({"applies_if": {"fact": "developer_jurisdiction", "op": "in", "value": ["CN"]}}) == \
        "the developer's jurisdiction is CN"
    assert words({"applies_if": {"fact": "developer_jurisdiction", "op": "not_in", "value": ["US", "EU", "UK"]}}) \
        == "the developer's jurisdiction is none of US, EU or UK"
    assert words({"applies_if": {"fact": "access", "op": "contains", "value": ["api", "weights"]}}) == \
        "its access channels include any of api or weights"


def test_negation_is_pushed_down_to_the_facts() -> None:
    assert words({"applies_if": {"not": {"fact": "weights_released"}}}) == "its weights are not released"
    assert words({"applies_if": {"not": {"fact": "training_compute_flop", "op": ">", "value": 1e25}}}) == \
        "training compute is at most 10^25 FLOP"
    assert words({"applies_if": {"not": {"all": [{"fact": "license_open"}, {"fact": "osi_approved"}]}}}) == \
        "its license is not free and open or its license is not OSI approved"
    assert words({"applies_if": {"not": {"not": {"fact": "modalities", "op": "contains", "value": "image"}}}}) == \
        "its modalities include image"


def test_nested_groups_keep_their_grouping() -> None:
    assert words({"applies_if": {"all": [{"fact": "general_purpose"}, {"any": [
        {"fact": "developer_jurisdiction", "op": "in", "value": ["CN"]},
        {"fact": "deployment_regions", "op": "contains", "value": "CN"}]}]}}) == \
        "it is a general-purpose model and (the developer's jurisdiction is CN or deployment regions include CN)"


def test_the_whole_rule_as_lines() -> None:
    rule = describe_conditions(parse_conditions({
        "exempt_if": {"fact": "license_open"}, "exempt_from": ["Documentation duties"],
        "effect": {"exempt": "Open models are exempt."}}))
    assert rule is not None
    assert rule.lines() == ["Grants an exemption when: its license is free and open.", "Exempt from:",
                            "  - Documentation duties", "If exempt: Open models are exempt."]
    assert describe_conditions(None) is None and describe_conditions({}) is None


@pytest.mark.parametrize("note", [n for n in yaml.safe_load(SEED_NOTES.read_text()) if n.get("conditions")],
                         ids=lambda note: note["key"])
def test_every_seed_rule_reads_without_machine_names(note: dict) -> None:
    rule = describe_conditions(parse_conditions(note["conditions"]))
    assert rule is not None
    text = " ".join(rule.lines())
    assert text.startswith(("Applies when: ", "Grants an exemption when: "))
    for machine in ("_", "{", "==", "!=", ">=", "1e2", "fact"):
        assert machine not in (rule.applies_when or "") + (rule.exempt_when or ""), \
            f"{note['key']}: {machine!r} in {rule.applies_when!r} / {rule.exempt_when!r}"
