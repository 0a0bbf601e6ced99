"""The issue's "done when" on the bundled seed: verdicts for the EU scale-up use case, and rules per model."""

from __future__ import annotations

import pytest

from db.advisor.api import CheckResult, RuleResult, check_use_case, rules_for
from db.advisor.rules import parse_conditions
from db.advisor.usecase import UseCase
from db.seed import _strip_lines, iter_seed_records
from db.store import Store

EU_SCALE_UP = UseCase(commercial=True, regions=["EU"], monthly_users=800_000_000, fine_tune=True, redistribute=True)
LLAMA_3X = ["Llama 3 8B", "Llama 3 70B", "Llama 3.1 8B", "Llama 3.1 70B", "Llama 3.1 405B", "Llama 3.3 70B"]
NON_COMMERCIAL = ["Command R+", "Mistral Large 2", "Codestral", "Qwen2.5-3B", "GLM-130B"]


@pytest.fixture
def verdicts(seeded: Store) -> dict[str, CheckResult]:
    return {result.model: result for result in check_use_case(seeded, EU_SCALE_UP)}


def rules(store: Store, model: str, regions: list[str] | None = None) -> dict[str, RuleResult]:
    return {r.note: r for r in rules_for(store, store.resolve(model, "model").uuid, regions=regions)}


def test_every_live_model_gets_one_verdict(seeded: Store, verdicts: dict[str, CheckResult]) -> None:
    assert len(verdicts) == seeded.counts()["models"]
    order = [r.verdict.verdict for r in check_use_case(seeded, EU_SCALE_UP)]
    ranks = ["allowed", "allowed_with_duties", "separate_agreement", "unknown", "not_allowed"]
    assert order == sorted(order, key=ranks.index)


@pytest.mark.parametrize("model", LLAMA_3X)
def test_llama_3x_needs_a_separate_agreement_above_700m_users(verdicts: dict[str, CheckResult], model: str) -> None:
    result = verdicts[model]
    assert result.verdict.verdict == "separate_agreement"
    (cap,) = result.verdict.deciding
    assert (cap.clause, cap.value, cap.effect) == ("user_cap", "700,000,000", "separate_agreement")
    assert cap.source.startswith("license ") and "Llama" in cap.source and "800,000,000" in cap.text
    assert cap.sources and all(s.url for s in cap.sources)


def test_apache_models_are_allowed_with_attribution_notice_and_terms_duties(verdicts: dict[str, CheckResult]) -> None:
    apache = [r for r in verdicts.values() if r.license and r.license["spdx"] == "Apache-2.0"]
    assert len(apache) >= 10
    for result in apache:
        assert result.verdict.verdict == "allowed_with_duties", result.model
        assert {d.kind for d in result.duties} == {"attribution", "pass_terms_downstream", "notice_file"}


@pytest.mark.parametrize("model", NON_COMMERCIAL)
def test_non_commercial_licenses_are_not_allowed(verdicts: dict[str, CheckResult], model: str) -> None:
    result = verdicts[model]
    assert result.verdict.verdict == "not_allowed"
    assert "commercial_use" in {r.clause for r in result.verdict.deciding}


def test_missing_clauses_give_unknown_naming_them(verdicts: dict[str, CheckResult]) -> None:
    falcon = verdicts["Falcon 180B"]
    assert falcon.verdict.verdict == "unknown"
    assert [(r.clause, r.value) for r in falcon.verdict.deciding] == [("geographic_exclusions", "unknown")]
    grok = verdicts["Grok-2"]
    assert grok.verdict.verdict == "unknown"
    assert {"user_cap", "geographic_exclusions", "pass_terms_downstream", "notice_file"} <= {
        r.clause for r in grok.verdict.deciding}


def test_eu_exclusion_and_closed_api_terms_are_not_allowed(seeded: Store, verdicts: dict[str, CheckResult]) -> None:
    established_in_eu = UseCase(commercial=True, regions=["EU"], established_in=["EU"], monthly_users=800_000_000,
                                fine_tune=True, redistribute=True)
    (vision,) = check_use_case(seeded, established_in_eu,
                               model_uuids=[seeded.resolve("Llama 3.2 11B Vision", "model").uuid])
    assert vision.verdict.verdict == "not_allowed"
    assert [(r.clause, r.value) for r in vision.verdict.deciding] == [
        ("geographic_exclusions", "EU (Multimodal Llama 3.2 models only (11B and 90B Vision))")]
    # offered to EU users by a licensee whose establishment is not stated: the cap decides, the EU clause is a duty
    assert verdicts["Llama 3.2 11B Vision"].verdict.verdict == "separate_agreement"
    gpt4 = verdicts["GPT-4"]
    assert gpt4.verdict.verdict == "not_allowed"
    assert {r.clause for r in gpt4.verdict.deciding} == {"weights", "modification", "redistribution"}


def test_a_small_service_use_of_a_closed_model_is_allowed_with_duties(seeded: Store) -> None:
    use = UseCase(commercial=True, regions=["EU"], monthly_users=50_000)
    (gpt4o,) = check_use_case(seeded, use, model_uuids=[seeded.resolve("GPT-4o", "model").uuid])
    assert gpt4o.verdict.verdict == "allowed_with_duties"
    assert {d.kind for d in gpt4o.duties} == {"acceptable_use_policy", "field_of_use"}


def test_every_seed_condition_parses() -> None:
    conditions = [record["conditions"] for group, _file, record in iter_seed_records()
                  if group == "policy_notes" and record.get("conditions") is not None]
    assert len(conditions) >= 10
    for raw in conditions:
        assert parse_conditions(_strip_lines(raw)) is not None


def test_systemic_risk_presumption_above_1e25(seeded: Store) -> None:
    found = rules(seeded, "Llama 3.1 405B")
    presumption = found["EU AI Act — systemic-risk presumption at 10^25 FLOP"]
    assert presumption.status == "applies"
    compute = next(f for f in presumption.facts if f["fact"] == "training_compute_flop")
    assert compute["value"] == 3.8e25 and compute["confidence"] == "confident"
    assert compute["from"]["name"] == "Llama 3.1 405B" and compute["sources"]
    assert [(c.text, c.outcome) for c in presumption.applies_checks] == [
        ("general_purpose", True), ("training_compute_flop > 1e25", True)]
    assert presumption.rule_text["thresholds"].startswith("A GPAI model is presumed")
    assert found["EU AI Act — added duties for systemic-risk models"].status == "applies"
    assert found["EU AI Act — duties of every general-purpose AI model provider"].status == "applies"
    assert found["EU AI Act — the open-source exemption and its limits"].status == "does_not_apply"


def test_open_source_exemption_for_apache_open_weights_below_the_line(seeded: Store) -> None:
    found = rules(seeded, "Mixtral 8x7B")
    exemption = found["EU AI Act — the open-source exemption and its limits"]
    assert exemption.status == "exempt"
    assert [(c.fact, c.outcome) for c in exemption.exempt_checks] == [
        ("general_purpose", True), ("license_open", True), ("weights_released", True), ("architecture_public", True),
        ("training_compute_flop", True)]
    assert "Technical documentation for authorities (Art. 53(1)(a))" in exemption.exempt_from
    article53 = found["EU AI Act — duties of every general-purpose AI model provider"]
    assert article53.status == "exempt" and article53.duties == [
        "Copyright policy (Art. 53(1)(c))", "Public training-content summary (Art. 53(1)(d))"]
    assert found["EU AI Act — systemic-risk presumption at 10^25 FLOP"].status == "does_not_apply"


def test_unknown_compute_leaves_the_exemption_undetermined_naming_the_fact(seeded: Store) -> None:
    found = rules(seeded, "Mistral 7B")
    for title in ("EU AI Act — the open-source exemption and its limits",
                  "EU AI Act — systemic-risk presumption at 10^25 FLOP",
                  "EU AI Act — duties of every general-purpose AI model provider"):
        assert found[title].status == "undetermined", title
        assert found[title].missing == ["training_compute_flop"]
        assert "training_compute_flop" in found[title].why
    assert found["EU AI Act — the open-source exemption and its limits"].to_dict()["missing"][0]["label"] == \
        "Training compute in FLOP"


def test_revoked_us_rules_do_not_apply_and_say_why(seeded: Store) -> None:
    found = rules(seeded, "Grok 3")  # 4.6e26 FLOP, closed weights, US developer: both would have caught it
    for title, date in (("US Executive Order 14110 on safe, secure and trustworthy AI (revoked)", "2025-01-20"),
                        ('US "AI diffusion" framework and its rescission', "2025-05-13")):
        assert found[title].status == "does_not_apply"
        assert f"revoked on {date}" in found[title].why and "would otherwise hold" in found[title].why
    assert found["California SB 53 — Transparency in Frontier Artificial Intelligence Act"].status == "applies"
    assert found["California SB 1047 — frontier model safety bill (vetoed)"].status == "does_not_apply"


def test_china_measures_by_developer_or_deployment_region(seeded: Store) -> None:
    title = "China — Interim Measures for the Management of Generative AI Services"
    assert rules(seeded, "DeepSeek-R1")[title].status == "applies"
    assert rules(seeded, "DeepSeek-R1")[
        "US export controls on advanced AI chips (2022, 2023 and 2024 rules)"].status == "applies"
    llama = rules(seeded, "Llama 3.1 8B")
    assert llama[title].status == "undetermined" and llama[title].missing == ["deployment_regions"]
    assert rules(seeded, "Llama 3.1 8B", ["CN"])[title].status == "applies"
    assert rules(seeded, "Llama 3.1 8B", ["EU", "US"])[title].status == "does_not_apply"
