"""What pickers offer: live entries by kind (models first), tag names and colors, use cases, evaluation targets."""

from __future__ import annotations

from db.choices import (
    REFERABLE_KINDS,
    entry_choices,
    evaluated_use_cases,
    evaluation_target,
    tag_colors,
    tag_names,
)
from db.store import Store


def test_entry_choices_put_models_first_and_name_other_kinds(mini: Store) -> None:
    choices = entry_choices(mini, REFERABLE_KINDS)
    kinds = [c.kind for c in choices]
    assert kinds[:3] == ["model"] * 3 and "model" not in kinds[3:]
    assert [c.name for c in choices[:3]] == ["Acme 7B", "Acme 7B Chat", "BigCo Ultra"]
    labels = {c.name: c.label for c in choices}
    assert labels["Acme 7B"] == "Acme 7B"
    assert labels["Acme AI"] == "Acme AI (organization)"
    assert labels["Test Act systemic risk"] == "Test Act systemic risk (policy note)"
    others = [c.name.casefold() for c in choices[3:]]
    assert others == sorted(others)


def test_one_kind_is_labelled_by_name_alone_and_deleted_entries_leave(mini: Store) -> None:
    assert [c.label for c in entry_choices(mini, ["organization"])] == ["Acme AI", "BigCo"]
    mini.delete(mini.resolve("BigCo").uuid)
    assert [c.name for c in entry_choices(mini, ["organization"])] == ["Acme AI"]
    assert entry_choices(mini, []) == []


def test_tag_names_and_colors_follow_the_live_tags(mini: Store) -> None:
    assert tag_names(mini) == ["analysis", "frontier"]
    assert tag_colors(mini) == {"analysis": "#7f8c8d", "frontier": "#c0392b"}
    mini.tag([mini.resolve("BigCo Ultra").uuid], ["Shortlist"], color="#112233")
    mini.delete(mini.resolve("analysis", kind="tag").uuid)
    assert tag_names(mini) == ["frontier", "Shortlist"]
    assert tag_colors(mini)["Shortlist"] == "#112233"


def test_use_cases_once_each_and_evaluation_targets(mini: Store) -> None:
    assert evaluated_use_cases(mini) == []
    acme = mini.resolve("Acme 7B").uuid
    first = mini.evaluate(acme, evaluator="ana", use_case="EU summaries", scores={}, verdict="adopt")
    mini.evaluate(acme, evaluator="bo", use_case="EU summaries", scores={}, verdict="trial")
    mini.evaluate(acme, evaluator="bo", use_case="code review", scores={}, verdict="hold")
    assert evaluated_use_cases(mini) == ["code review", "EU summaries"]
    assert evaluation_target(mini, acme) == acme
    assert evaluation_target(mini, first.uuid) == acme  # an evaluation opens the form on what it evaluated
    assert evaluation_target(mini, None) is None
    assert evaluation_target(mini, "no-such-uuid") is None
    assert evaluation_target(mini, mini.resolve("frontier", kind="tag").uuid) is None  # tags are not evaluated
