"""Rules as data through the store, saved use cases with run comparison, and the Rules section of a detail."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.advisor.api import (
    RuleResult,
    check_use_case,
    compare_runs,
    get_use_case,
    list_use_cases,
    rules_for,
    run_use_case,
    save_use_case,
    snapshot,
)
from db.advisor.usecase import UseCase
from db.detail import entry_detail
from db.errors import NotFoundError, ValidationError
from db.queries import ListFilter, count, list_page
from db.schema import Meta, PolicyNote
from db.store import Store

UK_RULE = {
    "applies_if": {"all": [{"fact": "weights_released"}, {"fact": "params_total", "op": ">=", "value": "100B"}]},
    "duties": ["Register the release with the regulator"],
    "effect": {"applies": "Open weights of a very large model."},
}


def note_for(store: Store, model: str, title: str, regions: list[str] | None = None) -> RuleResult | None:
    found = [r for r in rules_for(store, store.resolve(model, "model").uuid, regions=regions) if r.note == title]
    return found[0] if found else None


def test_a_rule_added_as_data_is_evaluated_for_every_model(seeded: Store) -> None:
    seeded.create("policy_note", {"name": "UK open-weights registration (hypothetical)", "jurisdiction": "UK",
                                  "status": "in-force", "conditions": UK_RULE})
    title = "UK open-weights registration (hypothetical)"
    big = note_for(seeded, "Llama 3.1 405B", title)
    assert big is not None and big.status == "applies" and big.duties == ["Register the release with the regulator"]
    assert big.why == "Open weights of a very large model." and not big.linked
    assert note_for(seeded, "Llama 3.1 8B", title).status == "does_not_apply"
    assert note_for(seeded, "GPT-4", title).status == "does_not_apply"  # closed: false settles it
    seeded.create("model", {"name": "Mystery", "access": ["weights"]})
    unknown = note_for(seeded, "Mystery", title)
    assert unknown.status == "undetermined" and unknown.missing == ["params_total"]
    assert "the total parameters (params_total)" in unknown.why


def test_correcting_a_threshold_is_an_edit_not_a_release(seeded: Store) -> None:
    title = "EU AI Act — systemic-risk presumption at 10^25 FLOP"
    assert note_for(seeded, "Llama 3.1 70B", title).status == "does_not_apply"  # 6.3e24
    note = seeded.resolve(title, "policy_note")
    assert isinstance(note, PolicyNote)
    conditions = dict(note.conditions or {})
    conditions["applies_if"] = {"all": [{"fact": "general_purpose"},
                                        {"fact": "training_compute_flop", "op": ">", "value": "5e24"}]}
    seeded.update(note.uuid, {"conditions": conditions})
    assert note_for(seeded, "Llama 3.1 70B", title).status == "applies"
    assert seeded.get(note.uuid).conditions["applies_if"]["all"][1]["value"] == 5e24


def test_conditions_edited_as_text_are_checked_by_the_store(seeded: Store) -> None:
    note = seeded.resolve("US Executive Order 14110 on safe, secure and trustworthy AI (revoked)", "policy_note")
    with pytest.raises(ValidationError) as caught:
        seeded.update(note.uuid, {"conditions": '{"applies_if": {"fact": "flops", "op": ">", "value": 1}}'})
    assert "unknown fact 'flops'" in caught.value.problems["conditions"]
    with pytest.raises(ValidationError, match="not valid JSON or YAML"):
        seeded.update(note.uuid, {"conditions": "{applies_if: ["})
    seeded.update(note.uuid, {"conditions": "applies_if: {fact: training_compute_flop, op: '>', value: 1e+26}"})
    assert seeded.get(note.uuid).conditions == {"applies_if": {"fact": "training_compute_flop", "op": ">",
                                                               "value": 1e26}}
    # the generic form shows a dict as Python text; it reads back unchanged
    before = seeded.get(note.uuid).conditions
    seeded.update(note.uuid, {"conditions": str(before)})
    assert seeded.get(note.uuid).conditions == before
    seeded.update(note.uuid, {"conditions": ""})
    assert seeded.get(note.uuid).conditions is None
    titles = {r.note for r in rules_for(seeded, seeded.resolve("Grok 3", "model").uuid)}
    assert "US Executive Order 14110 on safe, secure and trustworthy AI (revoked)" not in titles


def test_unreadable_stored_conditions_do_not_break_the_list(seeded: Store) -> None:
    note = seeded.resolve("California SB 53 — Transparency in Frontier Artificial Intelligence Act", "policy_note")
    with seeded.write() as ctx:  # as if merged in from a file written by a newer release
        row = ctx.session.get(PolicyNote, note.uuid)
        row.conditions = {"applies_if": {"fact": "revenue_usd", "op": ">", "value": 5e8}}
    # the tolerant loader (db.tolerant) reads an unreadable rule as no rule: the list still works, and the note's
    # detail names the bad value and why
    assert note_for(seeded, "Grok 3", note.name) is None
    assert rules_for(seeded, seeded.resolve("Grok 3", "model").uuid)
    (invalid,) = entry_detail(seeded, note.uuid)["invalid"]
    assert invalid["field"] == "conditions" and "revenue_usd" in invalid["reason"]


def test_rules_only_for_live_models_and_notes(seeded: Store) -> None:
    with pytest.raises(NotFoundError):
        rules_for(seeded, seeded.resolve("Apache License 2.0", "license").uuid)
    note = seeded.resolve("EU AI Act — added duties for systemic-risk models", "policy_note")
    seeded.delete(note.uuid)
    assert note_for(seeded, "Llama 3.1 405B", note.name) is None


def test_model_detail_has_a_rules_section(seeded: Store) -> None:
    detail = entry_detail(seeded, seeded.resolve("Llama 3.1 405B", "model").uuid)
    statuses = {rule["note"]: rule["status"] for rule in detail["rules"]}
    assert statuses["EU AI Act — systemic-risk presumption at 10^25 FLOP"] == "applies"
    rule = detail["rules"][0]
    assert {"uuid", "note", "status", "status_label", "why", "duties", "missing", "conditions", "facts", "rule_text",
            "sources", "linked"} <= set(rule)
    assert all(r["status"] in ("applies", "exempt", "does_not_apply", "undetermined") for r in detail["rules"])
    note_detail = entry_detail(seeded, seeded.resolve("EU AI Act — the open-source exemption and its limits").uuid)
    assert note_detail["conditions"]["exempt_if"]["all"][0] == {"fact": "general_purpose", "op": "==", "value": True}
    field = next(f for f in note_detail["fields"] if f["key"] == "conditions")
    assert field["type"] == "conditions" and field["display"].startswith('{"exempt_if"')


def test_saved_use_case_round_trip_and_what_changed(seeded: Store) -> None:
    use = UseCase(commercial=True, regions=["EU"], monthly_users=800_000_000, fine_tune=True, redistribute=True)
    first = check_use_case(seeded, use)
    uuid = save_use_case(seeded, "EU scale-up", use, results=first)
    saved = get_use_case(seeded, "eu scale-up")
    assert (saved.uuid, saved.name, saved.usecase) == (uuid, "EU scale-up", use)
    assert saved.last_results is not None and len(saved.last_results["results"]) == len(first)
    assert seeded.get(uuid).kind == "use_case" and [c.name for c in list_use_cases(seeded)] == ["EU scale-up"]

    # Meta lifts the cap (an analyst records it), and a new model is imported
    llama = seeded.resolve("Llama 3.1 Community License Agreement", "license")
    seeded.update(llama.uuid, {"user_cap_status": "none", "user_cap": None})
    seeded.create("model", {"name": "Newcomer 1B", "license": "Apache License 2.0", "access": ["weights"]})
    outcome = run_use_case(seeded, "EU scale-up")
    changed = {c.model: (c.before, c.after) for c in outcome.changes}
    assert changed == {"Llama 3.1 405B": ("separate_agreement", "allowed_with_duties"),
                       "Llama 3.1 70B": ("separate_agreement", "allowed_with_duties"),
                       "Llama 3.1 8B": ("separate_agreement", "allowed_with_duties"),
                       "Newcomer 1B": (None, "allowed_with_duties")}
    assert outcome.previous_run_at == saved.last_results["ran_at"]
    by_model = {r.model: r for r in outcome.results}
    assert by_model["Llama 3.1 8B"].previous_verdict == "separate_agreement"
    assert by_model["Llama 3.1 8B"].to_dict()["previous_verdict"] == "separate_agreement"
    assert "previous_verdict" not in by_model["Mistral 7B"].to_dict()
    assert run_use_case(seeded, "EU scale-up").changes == []  # the re-run became the last run

    seeded.delete(seeded.resolve("Newcomer 1B", "model").uuid)
    gone = run_use_case(seeded, "EU scale-up").changes
    assert [(c.model, c.before, c.after) for c in gone] == [("Newcomer 1B", "allowed_with_duties", None)]
    assert "no longer in the atlas" in gone[0].text


def test_saving_again_updates_the_spec_and_validates_it(seeded: Store) -> None:
    uuid = save_use_case(seeded, "Pilot", UseCase(regions=["US"]))
    assert save_use_case(seeded, "pilot", UseCase(regions=["CN"], commercial=False)) == uuid
    assert get_use_case(seeded, uuid).usecase.regions == ["CN"]
    assert get_use_case(seeded, uuid).last_results is None
    with pytest.raises(ValidationError) as caught:
        seeded.create("use_case", {"name": "Bad", "spec": {"monthly_users": "many"}})
    assert "monthly users" in caught.value.problems["spec"]
    with pytest.raises(ValidationError, match="required"):
        seeded.create("use_case", {"name": "Empty"})
    seeded.create("use_case", {"name": "Typed", "spec": "{commercial: no, regions: [EU], monthly_users: 2k}"})
    assert get_use_case(seeded, "Typed").usecase == UseCase(commercial=False, regions=["EU"], monthly_users=2000)


def test_use_cases_list_like_any_kind(seeded: Store) -> None:
    save_use_case(seeded, "Small EU", UseCase(regions=["EU"], monthly_users=10_000))
    with seeded.read() as session:
        page = list_page(session, ListFilter(kind="use_case"), sort="monthly_users")
        assert count(session, ListFilter(kind="use_case")) == 1
    assert page.rows[0]["name"] == "Small EU" and page.rows[0]["monthly_users"] == 10_000


def test_compare_runs_accepts_snapshots_and_result_lists(seeded: Store) -> None:
    results = check_use_case(seeded, UseCase(regions=["EU"]))
    assert compare_runs(snapshot(results), results) == []
    assert compare_runs(None, results[:1])[0].before is None
    assert compare_runs({"results": [{"junk": 1}]}, []) == []


def test_saved_use_cases_and_edited_rules_travel_in_shared_files(seeded: Store, tmp_path: Path) -> None:
    from db.exchange.api import apply_merge, export_atlas

    other_path = tmp_path / "colleague.atlas"
    other_path.write_bytes(seeded.path.read_bytes())  # a colleague's laptop seeded from the same release
    use = UseCase(regions=["EU"], monthly_users=800_000_000, fine_tune=True, redistribute=True)
    save_use_case(seeded, "EU scale-up", use, results=check_use_case(seeded, use))
    seeded.create("policy_note", {"name": "UK open-weights registration (hypothetical)", "jurisdiction": "UK",
                                  "conditions": UK_RULE})
    shared = tmp_path / "shared.atlas"
    export_atlas(seeded, shared)
    with Store.open(other_path, "colleague") as other:
        with other.write() as ctx:  # its own identity, as a different laptop
            ctx.session.get(Meta, "database_uuid").value = "colleague-laptop"
        apply_merge(other, shared)
        saved = get_use_case(other, "EU scale-up")
        assert saved.usecase == use and saved.last_results is not None
        assert note_for(other, "Llama 3.1 405B", "UK open-weights registration (hypothetical)").status == "applies"
        assert run_use_case(other, "EU scale-up").changes == []
