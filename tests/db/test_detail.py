"""Entry detail: everything about one entry, related entries resolved, tombstones hidden, JSON-ready."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from db.detail import entry_detail, license_clauses
from db.errors import NotFoundError
from db.fields import FIELDS
from db.schema import Entry, License
from db.store import Store
from db.vocab import MofComponent


def detail(store: Store, name: str, kind: str | None = None) -> dict:
    return entry_detail(store, store.resolve(name, kind).uuid)


def field(d: dict, key: str) -> dict:
    return next(f for f in d["fields"] if f["key"] == key)


def test_every_detail_is_plain_json(mini: Store) -> None:
    mini.evaluate("Acme 7B", evaluator="ana", use_case="x", scores={"capability": 3}, verdict="assess")
    with mini.read() as session:
        uuids = list(session.scalars(select(Entry.uuid)))
    for uuid in uuids:
        d = entry_detail(mini, uuid)
        assert json.loads(json.dumps(d)) == d
        assert [f["key"] for f in d["fields"]] == [spec.key for spec in FIELDS[d["kind"]]]


def test_model_detail(mini: Store) -> None:
    d = detail(mini, "Acme 7B")
    assert (d["kind"], d["kind_label"], d["name"]) == ("model", "Model", "Acme 7B")
    assert d["developer"]["name"] == "Acme AI" and d["license"]["name"] == "Apache License 2.0"
    assert field(d, "developer")["display"] == "Acme AI" and field(d, "developer")["value"]["kind"] == "organization"
    assert field(d, "params_total")["value"] == 7e9 and field(d, "params_total")["display"] == "7B"
    assert field(d, "release_date")["value"] == "2024-03-01"
    assert d["derived_models"] == [{"uuid": mini.resolve("Acme 7B Chat").uuid, "kind": "model",
                                    "name": "Acme 7B Chat", "relation": "fine-tune"}]
    assert d["base_model"] is None
    assert [t["name"] for t in d["tags"]] == ["frontier"]
    assert [s["url"] for s in d["sources"]] == ["https://acme.example/7b"]
    assert d["sources"][0]["accessed"] == "2026-11-30" and d["sources"][0]["confidence"] == "high"
    assert [n["name"] for n in d["notes"]] == ["The spectrum in practice"]
    assert d["author"] == "Model Atlas seed"


def test_model_openness_and_mof(mini: Store) -> None:
    d = detail(mini, "Acme 7B")
    openness = d["openness"]
    assert openness["grade"] == "open-weights-unrestricted" and openness["set_by_hand"] is False
    assert openness["suggested"] == openness["grade"] and openness["reasons"]
    assert d["mof"]["class"] == 0 and d["mof"]["label"] == "Unclassified"
    assert d["mof"]["progress"]["3"] == pytest.approx(33.3)
    assert "model-card" in d["mof"]["missing"]["3"]
    components = {c["component"]: c for c in d["components"]}
    assert list(components) == [c.value for c in MofComponent]
    assert components["final-parameters"]["status"] == "released"
    assert components["final-parameters"]["license"] == "Apache-2.0" and components["final-parameters"]["open_license"]
    assert components["datasets"]["status"] == "not-released"
    assert components["training-code"]["status"] == "unknown"
    assert d["clauses"] == license_clauses(mini.resolve("Apache License 2.0"))  # type: ignore[arg-type]


def test_grade_set_by_hand_shows_the_suggestion_too(mini: Store) -> None:
    d = detail(mini, "Acme 7B Chat")
    assert d["openness"]["set_by_hand"] is True
    assert d["base_model"]["name"] == "Acme 7B"


def test_model_concerned_by_policy_and_evaluated(mini: Store) -> None:
    mini.evaluate("BigCo Ultra", evaluator="ana", use_case="older", scores={"capability": 4}, verdict="hold",
                  eval_date=date(2024, 1, 1))
    mini.evaluate("BigCo Ultra", evaluator="bo", use_case="newer", scores={"a": 5, "b": 4}, verdict="adopt",
                  eval_date=date(2025, 1, 1))
    d = detail(mini, "BigCo Ultra")
    assert d["policy_notes"] == [{"uuid": mini.resolve("Test Act systemic risk").uuid, "kind": "policy_note",
                                  "name": "Test Act systemic risk", "jurisdiction": "EU", "status": "in-force"}]
    assert [(e["use_case"], e["verdict"], e["average"]) for e in d["evaluations"]] == [
        ("newer", "adopt", 4.5), ("older", "hold", 4.0)]
    assert d["assessments"] == {"epoch": {"model_accessibility": "API access"}}
    assert d["openness"]["grade"] == "closed-api"


def test_license_detail_has_clauses_and_models(mini: Store) -> None:
    d = detail(mini, "Test Community License")
    clauses = {c["clause"]: c for c in d["clauses"]}
    assert list(clauses) == ["commercial_use", "modification", "redistribution", "user_cap",
                             "acceptable_use_policy", "attribution", "output_training", "field_of_use",
                             "geographic_exclusions", "pass_terms_downstream", "notice_file"]
    assert clauses["user_cap"]["value"] == "700,000,000 monthly active users"
    assert clauses["geographic_exclusions"]["value"] == "EU"
    assert clauses["commercial_use"]["value"] == "conditional"
    assert clauses["modification"]["value"] == "unknown"  # never guessed
    assert [m["name"] for m in d["models"]] == ["Acme 7B Chat"]
    assert field(d, "osi_approved")["display"] == "no"


def test_license_clause_details_and_policy_url(empty: Store) -> None:
    lic = empty.create("license", {
        "name": "Example", "commercial_use": "conditional", "commercial_use_detail": "under 1M users",
        "user_cap_status": "cap", "acceptable_use_policy": "yes",
        "acceptable_use_policy_url": "https://example.org/aup", "geo_status": "restricted",
    })
    assert isinstance(lic, License)
    clauses = {c["clause"]: c for c in license_clauses(empty.get(lic.uuid))}  # type: ignore[arg-type]
    assert clauses["commercial_use"]["detail"] == "under 1M users"
    assert clauses["acceptable_use_policy"]["url"] == "https://example.org/aup"
    assert clauses["user_cap"]["value"] == "cap"  # a cap with no number on record
    assert clauses["geographic_exclusions"]["value"] == "restricted"


def test_organization_detail(mini: Store) -> None:
    d = detail(mini, "BigCo")
    assert [m["name"] for m in d["models"]] == ["BigCo Ultra"]
    assert [p["name"] for p in d["policy_notes"]] == ["Test Act systemic risk"]
    assert field(d, "jurisdiction")["value"] == "US"


def test_policy_note_detail(mini: Store) -> None:
    d = detail(mini, "Test Act systemic risk")
    assert [(c["kind"], c["name"]) for c in d["concerns"]] == [("model", "BigCo Ultra"), ("organization", "BigCo")]
    assert field(d, "threshold_flop")["value"] == 1e25
    assert "10^25 FLOP" in field(d, "body")["display"]


def test_tag_source_note_and_evaluation_details(mini: Store) -> None:
    assert [e["name"] for e in detail(mini, "frontier")["entries"]] == ["Acme 7B"]
    source = mini.resolve(detail(mini, "Acme 7B")["sources"][0]["uuid"])
    assert [b["name"] for b in entry_detail(mini, source.uuid)["backs"]] == ["Acme 7B"]
    assert detail(mini, "The spectrum in practice")["target"]["name"] == "Acme 7B"
    evaluation = mini.evaluate("Acme 7B", evaluator="ana", use_case="x", scores={}, verdict="trial")
    d = entry_detail(mini, evaluation.uuid)
    assert d["target"]["name"] == "Acme 7B" and field(d, "verdict")["value"] == "trial"


def test_tombstones_are_hidden(mini: Store) -> None:
    acme = mini.resolve("Acme 7B").uuid
    mini.delete(mini.resolve("The spectrum in practice").uuid)
    mini.untag([acme], ["frontier"])
    mini.delete(mini.resolve("Acme 7B Chat").uuid)
    d = entry_detail(mini, acme)
    assert d["notes"] == [] and d["tags"] == [] and d["derived_models"] == []
    assert detail(mini, "frontier")["entries"] == []
    mini.delete(mini.resolve("Apache License 2.0").uuid)
    d = entry_detail(mini, acme)
    assert d["license"] is None and d["clauses"] == []
    with pytest.raises(NotFoundError):
        entry_detail(mini, mini.resolve("BigCo").uuid[:8] + "0" * 28)


def test_components_without_a_license_inherit_the_models_license(empty: Store) -> None:
    """As global licenses in the Model Openness Tool: the model's license covers unlicensed components."""
    empty.create("license", {"name": "Apache License 2.0", "spdx_id": "Apache-2.0", "family": "permissive",
                             "commercial_use": "yes", "user_cap_status": "none"})
    empty.create("license", {"name": "Vendor Terms", "spdx_id": "LicenseRef-Vendor", "family": "proprietary"})
    model = empty.create("model", {"name": "M", "access": ["weights"], "license": "Apache License 2.0"})
    class_three = ("architecture", "final-parameters", "model-card", "data-card", "technical-report",
                   "evaluation-results")
    empty.set_components(model.uuid, {key: "released" for key in class_three})
    assert empty.get(model.uuid).mof_class == 3
    d = entry_detail(empty, model.uuid)
    assert d["mof"]["class"] == 3 and all(c["open_license"] for c in d["components"] if c["status"] == "released")
    empty.update(model.uuid, {"license": "Vendor Terms"})
    assert empty.get(model.uuid).mof_class == 0
    empty.set_components(model.uuid, {key: ("released", "MIT") for key in class_three})  # their own licenses win
    assert empty.get(model.uuid).mof_class == 3


def test_editing_a_license_recomputes_its_models_openness(mini: Store) -> None:
    acme = mini.resolve("Acme 7B").uuid
    assert mini.get(acme).openness_grade == "open-weights-unrestricted"
    mini.update(mini.resolve("Apache License 2.0").uuid, {"family": "non-commercial", "commercial_use": "no"})
    assert mini.get(acme).openness_grade == "open-weights-non-commercial"
    assert detail(mini, "Acme 7B")["openness"]["suggested"] == "open-weights-non-commercial"
    chat = mini.resolve("Acme 7B Chat").uuid
    mini.update(mini.resolve("Test Community License").uuid, {"commercial_use": "no"})
    assert mini.get(chat).openness_grade == "open-weights-restricted"  # set by hand: left alone


def test_family_tree_and_lineage_of_a_fine_tune(seeded: Store) -> None:
    from db.lineage import set_base

    tuned = seeded.create("model", {"name": "Hermes Chat 8B", "family": "Hermes"}).uuid
    set_base(seeded, tuned, "Llama 3 8B", "fine-tune")
    quantized = seeded.create("model", {"name": "Hermes Chat 8B GGUF"}).uuid
    set_base(seeded, quantized, tuned, "quantization")

    shown = entry_detail(seeded, quantized)
    assert [(b["name"], b["relation"]) for b in shown["lineage"]] == [("Hermes Chat 8B", "quantization"),
                                                                      ("Llama 3 8B", "fine-tune")]
    rows = {row["name"]: row for row in shown["family_tree"]["rows"]}
    assert shown["family_tree"]["family"] == "Hermes"  # the nearest family up the tree
    assert rows["Hermes Chat 8B GGUF"]["focus"] and rows["Hermes Chat 8B GGUF"]["relation"] == "quantization"
    assert rows["Hermes Chat 8B GGUF"]["depth"] == rows["Hermes Chat 8B"]["depth"] + 1
    assert rows["Llama 3 8B"]["in_family"] is False and rows["Llama 3 8B"]["depth"] == 0
    order = [row["name"] for row in shown["family_tree"]["rows"]]
    assert order.index("Llama 3 8B") < order.index("Hermes Chat 8B") < order.index("Hermes Chat 8B GGUF")
    json.dumps(shown)
    (terms,) = shown["inherited_terms"]  # Hermes has no license on record; Llama 3 passes every clause down
    assert terms["base"]["name"] == "Llama 3 8B" and terms["clauses"] == "all"
    assert terms["license"]["name"] == "Meta Llama 3 Community License Agreement" and "Llama" in terms["note"]

    base = entry_detail(seeded, seeded.resolve("Llama 3 8B", "model").uuid)
    assert base["lineage"] == []
    names = [row["name"] for row in base["family_tree"]["rows"]]
    assert {"Llama 3 8B", "Llama 3 70B", "Hermes Chat 8B", "Hermes Chat 8B GGUF"} <= set(names)


def test_a_model_alone_has_no_family_tree(seeded: Store) -> None:
    alone = seeded.create("model", {"name": "Solo 1B"}).uuid
    assert entry_detail(seeded, alone)["family_tree"] is None


def test_a_scoped_clause_reads_for_the_model_shown(seeded: Store) -> None:
    def geo(name: str, kind: str = "model") -> str:
        clauses = detail(seeded, name, kind)["clauses"]
        return next(c["value"] for c in clauses if c["clause"] == "geographic_exclusions")

    assert geo("Llama 3.2 1B") == "none for this model"
    assert geo("Llama 3.2 11B Vision") == ("EU (Multimodal Llama 3.2 models only (11B and 90B Vision); binds "
                                           "licensees established there)")
    assert geo("Llama 3.2 Community License Agreement", "license").startswith("EU (Multimodal Llama 3.2")
    assert geo("Llama 3.1 8B") == "none"
