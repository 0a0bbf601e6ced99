"""Every kind of change of an entry's graph is recorded once per write, with only what changed as [old, new]."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.history.entries import entry_history
from db.schema import LINK_CONCERNS
from db.store import Store


def _latest(store: Store, uuid: str) -> dict:
    return entry_history(store, uuid, names=False)[0].changes


def _rows(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT count(*) FROM entry_history").fetchone()[0]


def test_creation_field_edit_and_deletion_are_versions_with_old_and_new(empty: Store) -> None:
    model = empty.create("model", {"name": "Orca 1", "summary": "first"})
    assert _latest(empty, model.uuid) == {"exists": [False, True]}
    empty.update(model.uuid, {"summary": "second", "context_window": 4096})
    assert _latest(empty, model.uuid) == {"summary": ["first", "second"], "context_window": [None, 4096]}
    empty.delete(model.uuid)
    changes = _latest(empty, model.uuid)
    assert list(changes) == ["deleted_at"] and changes["deleted_at"][0] is None and changes["deleted_at"][1]
    versions = entry_history(empty, model.uuid)
    assert [v.version for v in versions] == [3, 2, 1]  # newest first
    assert {v.author for v in versions} == {"tester"} and {v.via for v in versions} == {"edit"}


def test_license_clauses_and_clause_details_are_recorded_clause_by_clause(empty: Store) -> None:
    lic = empty.create("license", {"name": "Orca License", "commercial_use": "yes"})
    empty.update(lic.uuid, {"commercial_use": "conditional", "user_cap_status": "cap", "user_cap": 700_000_000})
    assert _latest(empty, lic.uuid) == {"commercial_use": ["yes", "conditional"], "user_cap": [None, 700_000_000],
                                        "user_cap_status": ["unknown", "cap"]}
    with empty.write() as ctx:
        row = ctx.entry(lic.uuid)
        row.clause_details = {"commercial_use": "above 700M users a separate license"}  # type: ignore[attr-defined]
        ctx.stamp(row)
    assert _latest(empty, lic.uuid) == {"clause_details.commercial_use": [None, "above 700M users a separate license"]}


def test_components_assessments_tags_links_and_evaluations_are_recorded(empty: Store) -> None:
    model = empty.create("model", {"name": "Orca 2"})
    empty.set_components(model.uuid, {"datasets": "released"})
    assert _latest(empty, model.uuid) == {
        "component.datasets": [None, {"status": "released", "license_text": None, "evidence": None}]}
    empty.set_components(model.uuid, {"datasets": ("not-released", None)})
    assert _latest(empty, model.uuid)["component.datasets"][1]["status"] == "not-released"
    with empty.write() as ctx:
        empty.set_assessment_in(ctx, model.uuid, "osai", "weights", "open")
    assert _latest(empty, model.uuid) == {"assessment.osai.weights": [None, {"value": "open", "link": None,
                                                                           "notes": None}]}
    empty.tag([model.uuid], ["watch"])
    tag_uuid = empty.resolve("watch", "tag").uuid
    assert _latest(empty, model.uuid) == {"tags": [[], [tag_uuid]]}
    empty.untag([model.uuid], ["watch"])
    assert _latest(empty, model.uuid) == {"tags": [[tag_uuid], []]}
    assert entry_history(empty, model.uuid)[1].changes == {"tags": [[], ["watch"]]}  # names for people
    note = empty.create("policy_note", {"name": "Rule 1", "jurisdiction": "EU"})
    with empty.write() as ctx:
        empty.concern_in(ctx, note.uuid, model.uuid)
        source = empty.add_source_in(ctx, model.uuid, "https://example.org/card", "Model card")
    assert _latest(empty, note.uuid) == {f"links.{LINK_CONCERNS}": [[], [model.uuid]]}
    assert _latest(empty, model.uuid) == {"sources": [[], [source.uuid]]}
    evaluation = empty.evaluate(model.uuid, evaluator="tester", use_case="chat", scores={"fit": 4}, verdict="trial")
    assert _latest(empty, model.uuid) == {"evaluations": [[], [evaluation.uuid]]}
    assert _latest(empty, evaluation.uuid) == {"exists": [False, True]}


def test_a_write_that_changes_nothing_records_nothing(empty: Store) -> None:
    model = empty.create("model", {"name": "Orca 3", "summary": "same"})
    before = _rows(empty.path)
    empty.update(model.uuid, {"summary": "same"})
    empty.set_components(model.uuid, {})
    empty.tag([model.uuid], ["x"])
    after_tag = _rows(empty.path)
    empty.tag([model.uuid], ["x"])  # already tagged
    assert _rows(empty.path) == after_tag == before + 2  # the new tag, and the model's tags


def test_one_write_is_one_version_per_entry_and_says_how_it_was_made(empty: Store) -> None:
    model = empty.create("model", {"name": "Orca 4"})
    with empty.write() as ctx:
        ctx.via, ctx.source = "import", "mot: orca.yml"
        empty.update_in(ctx, model.uuid, {"summary": "from the catalog"})
        empty.set_components_in(ctx, model.uuid, {"model-card": "released"})
        empty.update_in(ctx, model.uuid, {"family": "Orca"})
    newest = entry_history(empty, model.uuid)[0]
    assert (newest.via, newest.source) == ("import", "mot: orca.yml")
    assert set(newest.changes) == {"summary", "family", "component.model-card"}
    assert len(entry_history(empty, model.uuid)) == 2


def test_the_seed_and_the_cli_say_so(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from db.cli.main import main

    path = tmp_path / "cli.atlas"
    assert main(["init", str(path)]) == 0
    assert main(["--db", str(path), "tag", "Llama 3.1 405B", "shortlist"]) == 0
    with Store.open(path, "tester") as store:
        versions = entry_history(store, "Llama 3.1 405B")
    assert [v.via for v in versions] == ["cli", "seed"]
    assert "shortlist" in versions[0].changes["tags"][1]


def test_a_damaged_value_does_not_stop_an_edit(empty: Store) -> None:
    model = empty.create("model", {"name": "Orca 5", "summary": "fine"})
    with sqlite3.connect(empty.path) as connection:  # a BLOB where text belongs: only a damaged file has one
        connection.execute("UPDATE models SET architecture = x'00ff' WHERE uuid = ?", (model.uuid,))
    empty.update(model.uuid, {"architecture": "transformer"})
    assert _latest(empty, model.uuid) == {"architecture": ["00FF", "transformer"]}
