"""Clauses that cover only some models of a license, and exclusions that bind the licensee, not the end user."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from db.advisor.api import CheckResult, check_use_case
from db.advisor.license_check import LicenseTerms, check_license
from db.advisor.scopes import ClauseScope, ScopeError, parse_scopes
from db.advisor.usecase import UseCase
from db.errors import ValidationError
from db.store import Store

LLAMA_32_TEXT = ["Llama 3.2 1B", "Llama 3.2 3B"]
MULTIMODAL = ["Llama 3.2 11B Vision", "Llama 4 Scout", "Llama 4 Maverick"]


def _check(store: Store, usecase: UseCase, names: list[str]) -> dict[str, CheckResult]:
    uuids = [store.resolve(name, "model").uuid for name in names]
    return {r.model: r for r in check_use_case(store, usecase, model_uuids=uuids)}


def _geo(result: CheckResult) -> tuple[str, str]:
    (reason,) = [r for r in result.reasons if r.clause == "geographic_exclusions" and r.inherited_from is None]
    return reason.effect, reason.text


@pytest.mark.parametrize("established_in", [["EU"], ["FR"], []])
def test_llama_32_text_models_are_not_refused_for_eu_use(seeded: Store, established_in: list[str]) -> None:
    use = UseCase(commercial=True, regions=["EU"], established_in=established_in, monthly_users=10_000_000)
    results = _check(seeded, use, LLAMA_32_TEXT)
    for name in LLAMA_32_TEXT:
        result = results[name]
        assert result.verdict.verdict == "allowed_with_duties", name
        effect, text = _geo(result)
        assert effect == "ok" and "(text) is not covered" in text and "Multimodal Llama 3.2" in text
        assert "geographic_exclusions" not in {d.kind for d in result.duties}


@pytest.mark.parametrize("established_in", [["EU"], ["DE"]])
def test_multimodal_models_are_refused_to_licensees_established_in_the_eu(
        seeded: Store, established_in: list[str]) -> None:
    use = UseCase(commercial=True, regions=["US"], established_in=established_in, monthly_users=10_000_000)
    for name, result in _check(seeded, use, MULTIMODAL).items():
        assert result.verdict.verdict == "not_allowed", name
        assert [r.clause for r in result.verdict.deciding] == ["geographic_exclusions"]
        assert "end users in EU is not restricted" in _geo(result)[1]


def test_eu_end_users_of_a_licensee_elsewhere_are_not_refused(seeded: Store) -> None:
    use = UseCase(commercial=True, regions=["EU"], established_in=["US"], monthly_users=10_000_000)
    for name, result in _check(seeded, use, MULTIMODAL).items():
        assert result.verdict.verdict == "allowed_with_duties", name
        assert _geo(result)[0] == "ok"


def test_where_the_licensee_is_established_unstated_is_a_duty(seeded: Store) -> None:
    use = UseCase(commercial=True, regions=["EU"], monthly_users=10_000_000)
    vision = _check(seeded, use, ["Llama 3.2 11B Vision"])["Llama 3.2 11B Vision"]
    assert vision.verdict.verdict == "allowed_with_duties"
    (duty,) = [d for d in vision.duties if d.kind == "geographic_exclusions"]
    assert "must not be established" in duty.text and "EU" in duty.text


def test_unscoped_exclusions_still_follow_the_deployment(seeded: Store) -> None:
    """OpenAI's terms exclude regions with no scope: deploying there is refused wherever the licensee is."""
    use = UseCase(commercial=True, regions=["CN"], established_in=["US"], monthly_users=1000)
    gpt4o = _check(seeded, use, ["GPT-4o"])["GPT-4o"]
    assert gpt4o.verdict.verdict == "not_allowed"
    assert _geo(gpt4o)[0] == "not_allowed"


def test_scope_by_uuid_and_unknown_modalities() -> None:
    scope = ClauseScope(modalities=("image",), models=("m-1",), binds="licensee")
    assert scope.covers("m-1", ["text"]) is True
    assert scope.covers("m-2", ["text"]) is False
    assert scope.covers("m-2", ["text", "image"]) is True
    assert scope.covers("m-2", None) is None
    assert ClauseScope(models=("m-1",)).covers("m-2", None) is False
    terms = LicenseTerms("Custom", commercial_use="yes", user_cap_status="none", geo_status="restricted",
                         geographic_exclusions=("EU",), acceptable_use_policy="no", attribution="no",
                         field_of_use="none", scopes={"geographic_exclusions": scope})
    use = UseCase(regions=["EU"], established_in=["EU"])
    assert check_license(use, terms, model_uuid="m-1", model_modalities=["text"]).verdict == "not_allowed"
    assert check_license(use, terms, model_uuid="m-2", model_modalities=["text"]).verdict == "allowed"
    unknown = check_license(use, terms, model_uuid="m-2", model_name="X")
    assert unknown.verdict == "unknown"
    (geo,) = [r for r in unknown.reasons if r.clause == "geographic_exclusions"]
    assert geo.effect == "unknown" and "modalities are not on record" in geo.text


def test_bad_scopes_are_refused_with_the_field_named(seeded: Store) -> None:
    with pytest.raises(ScopeError, match="modality 'pictures'"):
        parse_scopes({"geographic_exclusions": {"modalities": ["pictures"]}})
    with pytest.raises(ScopeError, match="binds must be"):
        parse_scopes({"geographic_exclusions": {"binds": "users"}})
    with pytest.raises(ScopeError, match="only geographic_exclusions"):
        parse_scopes({"commercial_use": {"modalities": ["text"]}})
    license_uuid = seeded.resolve("Llama 3.2 Community License Agreement", "license").uuid
    before = seeded.get(license_uuid).clause_details["scopes"]
    with pytest.raises(ValidationError) as raised:
        seeded.update(license_uuid, {"scopes": '{"geographic_exclusions": {"binds": "users"}}'})
    assert "scopes" in raised.value.problems
    assert seeded.get(license_uuid).clause_details["scopes"] == before  # nothing changed


def test_scopes_edit_as_data(seeded: Store) -> None:
    """An analyst who learns that a clause covers one more model records it; the verdict follows."""
    license_uuid = seeded.resolve("Llama 3.2 Community License Agreement", "license").uuid
    one_b = seeded.resolve("Llama 3.2 1B", "model").uuid
    seeded.update(license_uuid, {"scopes": json.dumps(
        {"geographic_exclusions": {"modalities": ["image"], "models": [one_b], "binds": "licensee"}})})
    use = UseCase(commercial=True, regions=["EU"], established_in=["EU"], monthly_users=1000)
    results = _check(seeded, use, LLAMA_32_TEXT)
    assert results["Llama 3.2 1B"].verdict.verdict == "not_allowed"
    assert results["Llama 3.2 3B"].verdict.verdict == "allowed_with_duties"


def test_cli_check_takes_where_the_licensee_is_established(seeded_path: Path) -> None:
    def check(*extra: str) -> dict[str, str]:
        done = subprocess.run(
            [sys.executable, "-m", "db", "--db", str(seeded_path), "check", "--region", "EU", "--users", "1M",
             "--model", "Llama 3.2 1B", "--model", "Llama 3.2 11B Vision", *extra, "--format", "json"],
            capture_output=True, text=True, check=True)
        return {row["model"]: row["verdict"] for row in json.loads(done.stdout)}

    assert check() == {"Llama 3.2 1B": "allowed_with_duties", "Llama 3.2 11B Vision": "allowed_with_duties"}
    assert check("--established-in", "EU") == {"Llama 3.2 1B": "allowed_with_duties",
                                               "Llama 3.2 11B Vision": "not_allowed"}
