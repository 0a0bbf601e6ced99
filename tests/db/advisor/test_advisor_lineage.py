"""License duties travel down the family tree where the base's license says so, and say where they came from."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.advisor.api import CheckResult, check_use_case
from db.advisor.usecase import UseCase
from db.cli import main as cli_main
from db.lineage import set_base
from db.store import Store

EU_SCALE_UP = UseCase(commercial=True, regions=["EU"], monthly_users=800_000_000, fine_tune=True, redistribute=True)
LLAMA_3 = "Meta Llama 3 Community License Agreement"


def _model(store: Store, name: str, license_name: str | None, base: str | None, relation: str = "fine-tune") -> str:
    values = {"name": name, "access": ["weights"], "modalities": ["text"]}
    if license_name:
        values["license"] = store.resolve(license_name, "license").uuid
    uuid = store.create("model", values).uuid
    if base:
        set_base(store, uuid, base, relation)
    return uuid


def _check(store: Store, usecase: UseCase, *uuids: str) -> dict[str, CheckResult]:
    return {r.uuid: r for r in check_use_case(store, usecase, model_uuids=list(uuids))}


def test_a_fine_tune_of_llama_3_8b_carries_the_llama_terms(seeded: Store) -> None:
    tuned = _model(seeded, "Hermes Chat 8B", "Apache License 2.0", "Llama 3 8B")
    alone = _model(seeded, "Unrelated Chat 8B", "Apache License 2.0", None)
    results = _check(seeded, EU_SCALE_UP, tuned, alone)
    assert results[alone].verdict.verdict == "allowed_with_duties"  # Apache alone would allow it

    result = results[tuned]
    assert result.verdict.verdict == "separate_agreement"
    (cap,) = result.verdict.deciding
    assert (cap.clause, cap.effect) == ("user_cap", "separate_agreement")
    assert cap.inherited_from is not None and cap.inherited_from["name"] == "Llama 3 8B"
    assert cap.inherited_from["relation"] == "fine-tune" and cap.inherited_from["license"] == LLAMA_3
    assert cap.source == f"license {LLAMA_3} (inherited from Llama 3 8B: a fine-tune of it)"
    assert cap.text.startswith("From Llama 3 8B's license: 800,000,000 monthly users exceed the cap")
    # its own license's reasons stay, marked as its own
    own = [r for r in result.reasons if r.inherited_from is None and r.clause != "weights"]
    assert own and all(r.source == "license Apache License 2.0" for r in own)
    naming = [d.text for d in result.duties if d.kind == "attribution"]
    assert any("Built with Meta Llama 3" in text and text.endswith(f"(from Llama 3 8B's {LLAMA_3})")
               for text in naming)
    assert result.to_dict()["reasons"][-1]["inherited_from"]["name"] == "Llama 3 8B"


def test_a_quantization_without_a_license_of_its_own_is_governed_by_the_base(seeded: Store) -> None:
    tuned = _model(seeded, "Hermes Chat 8B", "Apache License 2.0", "Llama 3 8B")
    quantized = _model(seeded, "Hermes Chat 8B GGUF", None, tuned, "quantization")
    small = UseCase(commercial=True, regions=["US"], monthly_users=1000, redistribute=True)
    result = _check(seeded, small, quantized)[quantized]
    assert result.verdict.verdict == "allowed_with_duties"  # not "unknown" for want of a license of its own
    (governing,) = [r for r in result.reasons if r.clause == "license"]
    assert governing.effect == "ok" and "quantization of a fine-tune of Llama 3 8B" in governing.text
    assert [r.clause for r in result.reasons if r.clause == "weights"] == ["weights"]
    inherited = {r.inherited_from["name"] for r in result.reasons if r.inherited_from}
    assert inherited == {"Llama 3 8B"}


def test_without_a_license_and_without_a_binding_base_the_verdict_stays_unknown(seeded: Store) -> None:
    orphan = _model(seeded, "Mistral 7B GGUF", None, "Mistral 7B", "quantization")  # Apache passes nothing down
    result = _check(seeded, EU_SCALE_UP, orphan)[orphan]
    assert result.verdict.verdict == "unknown"
    assert [r.clause for r in result.verdict.deciding] == ["license"]
    assert not any(r.inherited_from for r in result.reasons)


def test_gemma_passes_down_its_use_restrictions_only(seeded: Store) -> None:
    tuned = _model(seeded, "Gemma Doctor 7B", "MIT License", "Gemma 7B")
    result = _check(seeded, UseCase(commercial=True, regions=["US"], monthly_users=1000, redistribute=True),
                    tuned)[tuned]
    inherited = {r.clause for r in result.reasons if r.inherited_from}
    assert inherited == {"acceptable_use_policy", "field_of_use", "pass_terms_downstream", "notice_file"}
    assert result.verdict.verdict == "allowed_with_duties"
    assert any("Gemma" in d.text and d.kind == "acceptable_use_policy" for d in result.duties)


@pytest.mark.parametrize("established_in, verdict", [(["EU"], "not_allowed"), (["US"], "allowed_with_duties")])
def test_a_derivative_of_a_vision_model_inherits_the_eu_licensee_clause(
        seeded: Store, established_in: list[str], verdict: str) -> None:
    tuned = _model(seeded, "Vision Tune 11B", "Apache License 2.0", "Llama 3.2 11B Vision")
    seeded.update(tuned, {"modalities": ["text", "image"]})
    use = UseCase(commercial=True, regions=["EU"], established_in=established_in, monthly_users=1000)
    result = _check(seeded, use, tuned)[tuned]
    assert result.verdict.verdict == verdict
    geo = {r.inherited_from["name"]: r for r in result.reasons
           if r.clause == "geographic_exclusions" and r.inherited_from}
    # both bases up the tree pass their terms down: Llama 3.2 11B Vision, and the Llama 3.1 8B it adapts
    assert set(geo) == {"Llama 3.2 11B Vision", "Llama 3.1 8B"}
    assert geo["Llama 3.1 8B"].inherited_from["relation"] == "fine-tune of an adapter"
    assert geo["Llama 3.2 11B Vision"].effect == ("not_allowed" if verdict == "not_allowed" else "ok")


def test_cli_check_json_names_the_base(seeded: Store, seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _model(seeded, "Hermes Chat 8B", "Apache License 2.0", "Llama 3 8B")
    seeded.close()
    assert cli_main.main(["--db", str(seeded_path), "check", "--region", "EU", "--users", "800M",
                          "--model", "Hermes Chat 8B", "--format", "json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["verdict"] == "separate_agreement"
    assert {r["inherited_from"]["name"] for r in row["reasons"] if r["inherited_from"]} == {"Llama 3 8B"}
    assert cli_main.main(["--db", str(seeded_path), "check", "--region", "EU", "--users", "800M",
                          "--model", "Hermes Chat 8B"]) == 0
    assert "user cap: 700,000,000 (from Llama 3 8B)" in capsys.readouterr().out
