"""The pure license check: every verdict kind, the never-guess rule, precedence, and closed API terms."""

from __future__ import annotations

from dataclasses import replace

import pytest

from db.advisor.license_check import LicenseTerms, SourceRef, Verdict, check_license
from db.advisor.usecase import UseCase, UseCaseError, parse_users

SRC = (SourceRef("The license text", "https://example.org/license"),)
PERMISSIVE = LicenseTerms(
    name="Apache License 2.0", spdx_id="Apache-2.0", family="permissive", commercial_use="yes", modification="yes",
    redistribution="yes", user_cap_status="none", acceptable_use_policy="no", attribution="yes",
    output_training="allowed", field_of_use="none", geo_status="none", pass_terms_downstream="yes", notice_file="yes",
    details={"attribution": "Keep the NOTICE file."}, sources=SRC,
)
NO_DUTIES = replace(PERMISSIVE, attribution="no", pass_terms_downstream="no", notice_file="no")
COMMUNITY = replace(
    PERMISSIVE, name="Community License", spdx_id="LicenseRef-Community", family="custom-open-weights",
    commercial_use="conditional", redistribution="conditional", user_cap_status="cap", user_cap=700_000_000,
    acceptable_use_policy="yes", acceptable_use_policy_url="https://example.org/aup", field_of_use="restricted",
    details={"field_of_use": "No military or weapons use.", "redistribution": "Ship a copy of the agreement."},
)
NON_COMMERCIAL = replace(PERMISSIVE, name="Research only", family="non-commercial", commercial_use="no")
API_TERMS = LicenseTerms(
    name="Vendor API terms", family="proprietary", commercial_use="yes", modification="no", redistribution="no",
    user_cap_status="none", acceptable_use_policy="yes", attribution="no", output_training="prohibited",
    field_of_use="restricted", geo_status="restricted", geographic_exclusions=("CN", "RU"), pass_terms_downstream="yes",
    notice_file="no", sources=SRC,
)
EU_SCALE = UseCase(commercial=True, regions=["EU"], monthly_users=800_000_000, fine_tune=True, redistribute=True)


def check(terms: LicenseTerms | None, use: UseCase = EU_SCALE, weights: bool | None = True) -> Verdict:
    return check_license(use, terms, weights_released=weights, model_name="M")


def deciding(verdict: Verdict) -> set[str]:
    return {reason.clause for reason in verdict.deciding}


def test_allowed_when_every_clause_asked_permits_and_carries_no_duty() -> None:
    verdict = check(NO_DUTIES)
    assert verdict.verdict == "allowed" and verdict.duties == []
    assert all(reason.effect == "ok" for reason in verdict.reasons)


def test_allowed_with_duties_lists_each_duty_with_the_recorded_detail() -> None:
    verdict = check(PERMISSIVE)
    assert verdict.verdict == "allowed_with_duties"
    assert [duty.kind for duty in verdict.duties] == ["attribution", "pass_terms_downstream", "notice_file"]
    assert "Keep the NOTICE file." in verdict.duties[0].text
    assert deciding(verdict) == {"attribution", "pass_terms_downstream", "notice_file"}


def test_user_cap_above_needs_a_separate_agreement_and_below_is_fine() -> None:
    verdict = check(COMMUNITY)
    assert verdict.verdict == "separate_agreement" and deciding(verdict) == {"user_cap"}
    cap = next(r for r in verdict.reasons if r.clause == "user_cap")
    assert cap.value == "700,000,000" and "800,000,000" in cap.text and cap.sources == SRC
    small = check(COMMUNITY, replace(EU_SCALE, monthly_users=5_000_000))
    assert small.verdict == "allowed_with_duties"
    assert {d.kind for d in small.duties} >= {"acceptable_use_policy", "field_of_use", "redistribution"}


def test_an_unstated_user_count_turns_the_cap_into_a_duty() -> None:
    verdict = check(COMMUNITY, replace(EU_SCALE, monthly_users=None))
    assert verdict.verdict == "allowed_with_duties"
    assert any(d.kind == "user_cap" and "700,000,000" in d.text for d in verdict.duties)


def test_non_commercial_license_is_not_allowed_for_commercial_use_only() -> None:
    verdict = check(NON_COMMERCIAL)
    assert verdict.verdict == "not_allowed" and deciding(verdict) == {"commercial_use"}
    research = check(NON_COMMERCIAL, replace(EU_SCALE, commercial=False, monthly_users=None))
    assert research.verdict == "allowed_with_duties"


@pytest.mark.parametrize("clause", ["commercial_use", "modification", "redistribution", "acceptable_use_policy",
                                    "attribution", "field_of_use", "pass_terms_downstream", "notice_file"])
def test_never_guess_a_needed_clause_not_on_record_gives_unknown(clause: str) -> None:
    verdict = check(replace(NO_DUTIES, **{clause: "unknown"}))
    assert verdict.verdict == "unknown", clause
    assert deciding(verdict) == {clause}
    assert "not on record" in verdict.deciding[0].text


@pytest.mark.parametrize("changes", [{"user_cap_status": "unknown"}, {"geo_status": "unknown"},
                                     {"user_cap_status": "cap", "user_cap": None}])
def test_never_guess_applies_to_the_cap_and_regions_too(changes: dict[str, object]) -> None:
    assert check(replace(NO_DUTIES, **changes)).verdict == "unknown"


def test_an_unknown_clause_the_use_case_does_not_need_is_not_consulted() -> None:
    terms = replace(NO_DUTIES, output_training="unknown", notice_file="unknown")
    use = replace(EU_SCALE, redistribute=False)  # no redistribution: the notice file is not asked
    verdict = check(terms, use)
    assert verdict.verdict == "allowed"
    assert {r.clause for r in verdict.reasons}.isdisjoint({"output_training", "notice_file"})
    assert check(terms, replace(use, train_on_outputs=True)).verdict == "unknown"


def test_a_recorded_refusal_outranks_a_missing_clause() -> None:
    verdict = check(replace(NON_COMMERCIAL, attribution="unknown"))
    assert verdict.verdict == "not_allowed"
    assert {r.effect for r in verdict.reasons} >= {"not_allowed", "unknown"}


def test_precedence_not_allowed_over_agreement_over_unknown_over_duties() -> None:
    capped_and_excluded = replace(COMMUNITY, geo_status="restricted", geographic_exclusions=("EU",))
    assert check(capped_and_excluded).verdict == "not_allowed"
    assert check(replace(COMMUNITY, notice_file="unknown")).verdict == "separate_agreement"
    assert check(replace(PERMISSIVE, acceptable_use_policy="unknown")).verdict == "unknown"


def test_region_exclusions_match_member_states_and_other_regions_become_duties() -> None:
    excluded = replace(NO_DUTIES, geo_status="restricted", geographic_exclusions=("EU",))
    assert check(excluded, replace(EU_SCALE, regions=["FR"])).verdict == "not_allowed"
    assert check(excluded, replace(EU_SCALE, regions=["US", "CN"])).verdict == "allowed"
    unstated = check(excluded, replace(EU_SCALE, regions=[]))
    assert unstated.verdict == "allowed_with_duties" and "EU" in unstated.duties[0].text
    far = replace(NO_DUTIES, geo_status="restricted", geographic_exclusions=("RU", "KP"))
    assert check(far, replace(EU_SCALE, regions=["other"])).verdict == "allowed_with_duties"
    assert check(far, replace(EU_SCALE, regions=["ru"])).verdict == "not_allowed"


def test_output_use_ban_is_not_allowed_and_restriction_is_a_duty() -> None:
    use = replace(EU_SCALE, train_on_outputs=True)
    assert check(replace(NO_DUTIES, output_training="prohibited"), use).verdict == "not_allowed"
    restricted = check(replace(NO_DUTIES, output_training="restricted",
                               details={"output_training": "Name derived models Llama-…"}), use)
    assert restricted.verdict == "allowed_with_duties" and "Llama" in restricted.duties[0].text


def test_a_field_named_in_the_recorded_limits_needs_a_person_to_read_it() -> None:
    assert check(COMMUNITY, replace(EU_SCALE, monthly_users=1000, field_of_use="Military")).verdict == "unknown"
    assert check(COMMUNITY, replace(EU_SCALE, monthly_users=1000, field_of_use="education")).verdict == \
        "allowed_with_duties"


def test_conditional_commercial_use_without_a_cap_is_a_duty_quoting_the_condition() -> None:
    terms = replace(NO_DUTIES, commercial_use="conditional", details={"commercial_use": "Register with the lab."})
    verdict = check(terms)
    assert verdict.verdict == "allowed_with_duties" and "Register with the lab." in verdict.duties[0].text


def test_closed_api_terms_allow_service_use_but_not_weights() -> None:
    assert check(API_TERMS, weights=False).verdict == "not_allowed"
    assert deciding(check(API_TERMS, weights=False)) == {"weights", "modification", "redistribution"}
    service = UseCase(commercial=True, regions=["EU"], monthly_users=800_000_000)
    verdict = check(API_TERMS, service, weights=False)
    assert verdict.verdict == "allowed_with_duties"
    assert {d.kind for d in verdict.duties} == {"acceptable_use_policy", "field_of_use"}
    resale = check(API_TERMS, replace(service, serve_api=True), weights=False)
    assert resale.verdict == "not_allowed" and deciding(resale) == {"redistribution"}
    assert check(API_TERMS, replace(service, regions=["CN"]), weights=False).verdict == "not_allowed"
    assert check(API_TERMS, replace(service, train_on_outputs=True), weights=False).verdict == "not_allowed"


def test_weights_not_on_record_or_no_license_give_unknown() -> None:
    assert check(PERMISSIVE, weights=None).verdict == "unknown"
    verdict = check(None)
    assert verdict.verdict == "unknown" and verdict.reasons[0].clause == "license"


def test_reasons_serialize_with_clause_value_and_sources() -> None:
    data = check(COMMUNITY).reasons[0].to_dict()
    assert set(data) == {"clause", "label", "value", "effect", "decisive", "text", "detail", "source", "sources",
                         "inherited_from"}
    assert data["source"] == "model M" and data["clause"] == "weights" and data["inherited_from"] is None
    cap = next(r.to_dict() for r in check(COMMUNITY).reasons if r.clause == "user_cap")
    assert cap["source"] == "license Community License" and cap["sources"][0]["url"] == "https://example.org/license"


def test_use_case_round_trip_and_strict_reading() -> None:
    use = UseCase.from_dict({"commercial": "yes", "regions": "eu, US,eu", "monthly_users": "800M",
                             "fine_tune": True, "field_of_use": "  medical  imaging "})
    assert use.regions == ["EU", "US"] and use.monthly_users == 800_000_000 and use.field_of_use == "medical imaging"
    assert UseCase.from_dict(use.to_dict()) == use
    assert parse_users("8e8") == parse_users("800,000,000") == 800_000_000 and parse_users("") is None
    for bad in ({"colour": "red"}, {"monthly_users": "lots"}, {"fine_tune": "maybe"}, {"monthly_users": -1},
                {"regions": 5}):
        with pytest.raises(UseCaseError):
            UseCase.from_dict(bad)
