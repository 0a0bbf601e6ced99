"""The store API: create, update, delete with author and times; tags; evaluations; change notifications."""

from __future__ import annotations

import pytest

from db.errors import AmbiguousError, NotFoundError, ValidationError
from db.store import ChangeSet, Store


def test_create_records_author_times_and_version(empty: Store) -> None:
    org = empty.create("organization", {"name": "Acme", "jurisdiction": "EU", "org_kind": "startup"})
    entry = empty.get(org.uuid)
    assert entry.author == "tester"
    assert entry.created_at == entry.modified_at
    assert entry.version == 1
    assert len(entry.uuid) == 36


def test_update_bumps_version_and_keeps_uuid(empty: Store) -> None:
    org = empty.create("organization", {"name": "Acme"})
    empty.author = "second analyst"
    empty.update(org.uuid, {"website": "https://acme.example"})
    entry = empty.get(org.uuid)
    assert entry.version == 2
    assert entry.author == "second analyst"
    assert entry.modified_at >= entry.created_at
    assert entry.uuid == org.uuid


def test_update_without_change_does_not_bump_version(empty: Store) -> None:
    org = empty.create("organization", {"name": "Acme", "country": "France"})
    empty.update(org.uuid, {"country": "France"})
    assert empty.get(org.uuid).version == 1


def test_delete_leaves_a_tombstone_that_restore_clears(empty: Store) -> None:
    org = empty.create("organization", {"name": "Acme"})
    empty.delete(org.uuid)
    with pytest.raises(NotFoundError):
        empty.get(org.uuid)
    assert empty.get(org.uuid, include_deleted=True).deleted_at is not None
    assert empty.counts()["organizations"] == 0
    empty.restore(org.uuid)
    assert empty.get(org.uuid).deleted_at is None


def test_validation_reports_every_bad_field(empty: Store) -> None:
    with pytest.raises(ValidationError) as caught:
        empty.create("model", {"name": "", "release_date": "someday", "params_total": "lots",
                               "developer": "Nobody Inc", "bogus": 1})
    problems = caught.value.problems
    assert set(problems) == {"name", "release_date", "params_total", "developer", "bogus"}
    assert "YYYY-MM-DD" in problems["release_date"]
    assert "no organization entry named" in problems["developer"]


def test_references_resolve_by_name(empty: Store) -> None:
    empty.create("organization", {"name": "Acme"})
    empty.create("license", {"name": "Apache License 2.0", "spdx_id": "Apache-2.0", "family": "permissive",
                             "commercial_use": "yes"})
    model = empty.create("model", {"name": "Acme 7B", "developer": "acme", "license": "apache license 2.0",
                                   "access": ["weights"], "params_total": "7B"})
    values = empty.values_of(model.uuid)
    assert values["params_total"] == 7e9
    assert empty.get(values["developer"]).name == "Acme"


def test_suggested_grade_follows_license_until_set_by_hand(empty: Store) -> None:
    empty.create("license", {"name": "Apache", "family": "permissive", "commercial_use": "yes",
                             "user_cap_status": "none"})
    model = empty.create("model", {"name": "M", "license": "Apache", "access": "weights"})
    assert empty.get(model.uuid).openness_grade == "open-weights-unrestricted"
    empty.update(model.uuid, {"openness_grade": "fully-open"})
    assert empty.get(model.uuid).openness_grade == "fully-open"
    assert empty.values_of(model.uuid)["openness_grade"] == "fully-open"
    empty.update(model.uuid, {"openness_grade": None})
    assert empty.get(model.uuid).openness_grade == "open-weights-unrestricted"
    assert empty.values_of(model.uuid)["openness_grade"] is None


def test_components_drive_mof_class(empty: Store) -> None:
    model = empty.create("model", {"name": "M", "access": "weights"})
    empty.set_components(model.uuid, {key: ("released", "Apache-2.0") for key in (
        "architecture", "final-parameters", "model-card", "data-card", "technical-report", "evaluation-results")})
    assert empty.get(model.uuid).mof_class == 3


def test_components_reject_unknown_keys_and_statuses(empty: Store) -> None:
    model = empty.create("model", {"name": "M"})
    with pytest.raises(ValidationError) as caught:
        empty.set_components(model.uuid, {"weights": "released", "datasets": "leaked"})
    assert set(caught.value.problems) == {"weights", "datasets"}


def test_resolve_by_name_uuid_and_prefix(mini: Store) -> None:
    model = mini.resolve("acme 7b")
    assert mini.resolve(model.uuid).uuid == model.uuid
    assert mini.resolve(model.uuid[:8]).uuid == model.uuid
    with pytest.raises(NotFoundError):
        mini.resolve("no such model")


def test_resolve_reports_ambiguity(empty: Store) -> None:
    empty.create("model", {"name": "Twin"})
    empty.create("organization", {"name": "Twin"})
    with pytest.raises(AmbiguousError, match="2 entries"):
        empty.resolve("twin")
    assert empty.resolve("twin", "model").kind == "model"


def test_tags_are_created_on_first_use_and_removal_leaves_tombstone(mini: Store) -> None:
    models = [mini.resolve("Acme 7B").uuid, mini.resolve("BigCo Ultra").uuid]
    mini.tag(models, ["shortlist", "Shortlist"])
    assert [t.name for t in mini.get(models[0]).tags] == ["frontier", "shortlist"]
    assert mini.untag(models, ["shortlist"]) == ["shortlist"]
    assert [t.name for t in mini.get(models[1]).tags] == []
    mini.tag(models[:1], ["shortlist"])  # re-adding revives the same link
    assert [t.name for t in mini.get(models[0]).tags] == ["frontier", "shortlist"]


def test_untag_unknown_tag_is_an_error(mini: Store) -> None:
    with pytest.raises(NotFoundError):
        mini.untag([mini.resolve("Acme 7B").uuid], ["never-made"])


def test_empty_tag_name_is_refused(mini: Store) -> None:
    with pytest.raises(ValidationError):
        mini.tag([mini.resolve("Acme 7B").uuid], ["   "])


def test_evaluate_records_scores_and_default_name(mini: Store) -> None:
    evaluation = mini.evaluate("Acme 7B", evaluator="ana", use_case="EU legal summaries",
                               scores={"capability": 4, "license risk": 2}, verdict="trial")
    assert evaluation.average_score == 3
    assert "Acme 7B" in evaluation.name and "ana" in evaluation.name
    assert mini.counts()["evaluations"] == 1


@pytest.mark.parametrize("scores", [{"capability": 0}, {"capability": 6}, {"capability": "high"}])
def test_evaluate_rejects_scores_outside_one_to_five(mini: Store, scores: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        mini.evaluate("Acme 7B", evaluator="ana", use_case="x", scores=scores, verdict="trial")  # type: ignore[arg-type]


def test_evaluate_rejects_unknown_verdict(mini: Store) -> None:
    with pytest.raises(ValidationError):
        mini.evaluate("Acme 7B", evaluator="ana", use_case="x", scores={}, verdict="maybe")


def test_listeners_hear_after_commit_with_touched_entries(mini: Store) -> None:
    heard: list[ChangeSet] = []
    unsubscribe = mini.subscribe(heard.append)
    before = mini.change_seq
    model = mini.resolve("Acme 7B")
    mini.update(model.uuid, {"summary": "changed"})
    assert heard and heard[-1].seq == before + 1 and model.uuid in heard[-1].uuids
    assert mini.get(model.uuid).change_seq == heard[-1].seq
    unsubscribe()
    mini.update(model.uuid, {"summary": "again"})
    assert len(heard) == 1


def test_failed_write_changes_nothing_and_notifies_nobody(mini: Store) -> None:
    heard: list[ChangeSet] = []
    mini.subscribe(heard.append)
    before = mini.change_seq
    with pytest.raises(ValidationError):
        mini.update(mini.resolve("Acme 7B").uuid, {"release_date": "bad"})
    assert heard == [] and mini.change_seq == before


def test_renaming_a_license_touches_its_models(mini: Store) -> None:
    heard: list[ChangeSet] = []
    mini.subscribe(heard.append)
    mini.update(mini.resolve("Apache License 2.0").uuid, {"name": "Apache 2"})
    assert mini.resolve("Acme 7B").uuid in heard[-1].uuids


def test_identity_is_stable(mini: Store, mini_path) -> None:
    identity = mini.identity
    mini.close()
    assert Store.open(mini_path).identity == identity


def test_counts_use_stable_keys(mini: Store) -> None:
    assert mini.counts() == {"models": 3, "organizations": 2, "licenses": 3, "policy_notes": 1, "notes": 1,
                             "evaluations": 0, "tags": 2, "sources": 10}
