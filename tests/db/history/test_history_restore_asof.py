"""Restoring a version (recorded as a new one), and verdicts as of a snapshot reproduced exactly."""

from __future__ import annotations

import pytest

from db.advisor.api import check_use_case, rules_for, save_use_case
from db.advisor.usecase import UseCase
from db.errors import NotFoundError, ValidationError
from db.history.asof import as_of_copy
from db.history.entries import entry_history, restore_version
from db.history.snapshots import create_snapshot
from db.history.verdicts import check_as_of, rules_as_of, verdict_flips
from db.store import Store


def _graph(store: Store, uuid: str) -> tuple:
    entry = store.get(uuid)
    values = store.values_of(uuid)
    components = sorted((c.component, c.status) for c in entry.components if c.deleted_at is None)  # type: ignore[attr-defined]
    return values, components, [t.name for t in entry.tags]


def test_restore_round_trip_is_recorded_and_can_itself_be_undone(mini: Store) -> None:
    model = mini.resolve("Acme 7B", "model")
    original = _graph(mini, model.uuid)
    first = entry_history(mini, model.uuid)[0].version
    mini.update(model.uuid, {"summary": "rewritten", "context_window": 1234, "family": "Acme Next"})
    mini.tag([model.uuid], ["shortlist"])
    mini.set_components(model.uuid, {"datasets": "released", "architecture": "not-released"})
    edited = _graph(mini, model.uuid)
    assert edited != original

    restored = restore_version(mini, "Acme 7B", first)
    assert restored is not None and restored.via == "restore" and restored.source == f"version {first}"
    assert _graph(mini, model.uuid) == original
    assert restored.changes["summary"] == ["rewritten", original[0]["summary"]]
    assert restore_version(mini, "Acme 7B", first) is None  # already so: nothing recorded
    newest = entry_history(mini, model.uuid)[0]
    assert newest.version == restored.version

    assert restore_version(mini, model.uuid, restored.version - 1) is not None  # undo the restore
    assert _graph(mini, model.uuid) == edited


def test_a_deleted_entry_is_restored_by_its_uuid(mini: Store) -> None:
    model = mini.resolve("BigCo Ultra", "model")
    mini.delete(model.uuid)
    versions = entry_history(mini, model.uuid)
    restore_version(mini, model.uuid, versions[1].version)
    assert mini.resolve("BigCo Ultra", "model").uuid == model.uuid


@pytest.mark.parametrize("number", [0, -1, 99])
def test_a_version_that_does_not_exist_is_refused_and_changes_nothing(mini: Store, number: int) -> None:
    model = mini.resolve("Acme 7B", "model")
    mini.update(model.uuid, {"summary": "kept"})
    seq, before = mini.change_seq, entry_history(mini, model.uuid)
    with pytest.raises(ValidationError, match="between 1 and"):
        restore_version(mini, "Acme 7B", number)
    assert mini.change_seq == seq and entry_history(mini, model.uuid) == before
    assert mini.values_of(model.uuid)["summary"] == "kept"


def test_an_unknown_entry_is_refused(mini: Store) -> None:
    with pytest.raises(NotFoundError):
        restore_version(mini, "No Such Model", 1)
    with pytest.raises(NotFoundError):
        entry_history(mini, "No Such Model")


def _verdicts(results: list) -> list[dict]:
    return [result.to_dict() for result in results]


def test_a_saved_use_case_as_of_a_snapshot_reproduces_that_days_verdicts_exactly(mini: Store) -> None:
    usecase = UseCase(commercial=True, regions=["US"], monthly_users=1000, fine_tune=True)
    then = check_use_case(mini, usecase)
    save_use_case(mini, "eu product", usecase, results=then)
    create_snapshot(mini, "march")
    community = mini.resolve("Test Community License", "license")
    apache = mini.resolve("Apache License 2.0", "license")
    mini.update(community.uuid, {"commercial_use": "no", "user_cap": 100})
    with mini.write() as ctx:  # a clause's details change too
        row = ctx.entry(apache.uuid)
        row.clause_details = {**(row.clause_details or {}), "commercial_use": "only with a notice"}  # type: ignore[attr-defined]
        ctx.stamp(row)
    mini.update(mini.resolve("BigCo Ultra", "model").uuid, {"license": "Test Community License"})
    mini.create("model", {"name": "Newcomer 1B", "license": "Apache License 2.0"})
    now = check_use_case(mini, usecase)
    assert _verdicts(now) != _verdicts(then)

    _, saved, replay = check_as_of(mini, "eu product", "march")
    assert saved.usecase == usecase
    assert _verdicts(replay) == _verdicts(then)

    _, current, flips = verdict_flips(mini, "eu product", "march")
    assert _verdicts(current) == _verdicts(now)
    flipped = {flip.model: flip for flip in flips}
    assert "Newcomer 1B" in flipped and flipped["Newcomer 1B"].before is None
    assert "Acme 7B Chat" in flipped  # its license no longer allows commercial use
    assert any(c.entry == "Test Community License" and c.field == "commercial_use"
               for c in flipped["Acme 7B Chat"].causes)
    for flip in flips:  # every flip names the change behind it
        assert flip.causes, flip.model


def test_rules_as_of_a_snapshot_use_the_facts_recorded_then(mini: Store) -> None:
    model = mini.resolve("Acme 7B", "model")
    then = [r.to_dict() for r in rules_for(mini, model.uuid)]
    create_snapshot(mini, "before compute")
    mini.update(model.uuid, {"training_compute_flop": 5e25, "params_total": 4e11})
    _, replay = rules_as_of(mini, model.uuid, "before compute")
    assert [r.to_dict() for r in replay] == then


def test_the_as_of_copy_undoes_later_changes_and_leaves_the_atlas_alone(mini: Store) -> None:
    model = mini.resolve("Acme 7B", "model")
    point = create_snapshot(mini, "p1")
    mini.update(model.uuid, {"summary": "later"})
    mini.tag([model.uuid], ["later-tag"])
    with as_of_copy(mini, point.seq) as view:
        assert view.store.values_of(model.uuid)["summary"] != "later"
        assert "later-tag" not in [t.name for t in view.store.get(model.uuid).tags]
        assert view.store.identity != mini.identity
    assert mini.values_of(model.uuid)["summary"] == "later"


def test_an_unknown_snapshot_is_a_clear_error(mini: Store) -> None:
    with pytest.raises(NotFoundError, match="no snapshot named 'nope'"):
        check_as_of(mini, "anything", "nope")


def test_check_and_rules_as_of_from_the_command_line(mini_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from db.cli.main import main

    def run(*args: str) -> object:
        capsys.readouterr()
        assert main(["--db", str(mini_path), *args, "--format", "json"]) == 0, capsys.readouterr().err
        return json.loads(capsys.readouterr().out)

    run("check", "--region", "US", "--users", "1000", "--save", "us")
    run("snapshot", "create", "jan")
    then = run("check", "--use-case", "us")
    with Store.open(mini_path, "tester") as store:
        store.update(store.resolve("Test Community License", "license").uuid, {"commercial_use": "no"})
    assert run("check", "--use-case", "us", "--as-of", "jan") == then
    flips = run("check", "--use-case", "us", "--changes-since", "jan")
    assert flips["since"]["name"] == "jan"  # type: ignore[index]
    flip = next(f for f in flips["flips"] if f["model"] == "Acme 7B Chat")  # type: ignore[index]
    assert flip["after"] == "not_allowed" and flip["before"] != "not_allowed"
    assert {"entry": "Test Community License", "field": "commercial_use", "old": "conditional",
            "new": "no"}.items() <= flip["changes"][0].items()
    assert isinstance(run("rules", "Acme 7B", "--as-of", "jan"), list)
