"""When do two sources disagree? Readings of each field that tolerate wording, precision and rounding."""

from __future__ import annotations

import pytest

from db.importers.disagreements import RULES, _component, _components_agree, label, weights_band


def _agree(field: str, a: tuple[str, object], b: tuple[str, object]) -> bool:
    read, agree = RULES[field]
    return bool(agree(read(*a), read(*b)))


@pytest.mark.parametrize(("a", "b", "agree"), [
    (("osai", "partial"), ("epoch", "Open weights (restricted use)"), True),
    (("osai", "partial"), ("mot", "Llama 3 Community License"), True),
    (("atlas", "open-weights-restricted"), ("epoch", "Open weights (restricted use)"), True),
    (("atlas", "open-weights-restricted"), ("epoch", "Open weights (unrestricted)"), False),
    (("osai", "closed"), ("epoch", "Open weights (restricted use)"), False),
    (("osai", "open"), ("mot", "Apache-2.0"), True),
    (("mot", "Proprietary"), ("atlas", "closed-api"), True),
    (("epoch", "API access"), ("hf", "apache-2.0"), False),
    (("epoch", "Open weights (non-commercial)"), ("hf", "cc-by-nc-4.0"), True),
])
def test_weights(a: tuple[str, str], b: tuple[str, str], agree: bool) -> None:
    assert _agree("weights", a, b) is agree


def test_unreadable_weights_statements_are_not_compared() -> None:
    assert weights_band("mot", "released without a license") is None
    assert weights_band("epoch", "") is None


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("2024-07", "2024-07-23", True),  # a month says only the month
    ("2024", "2024-12-31", True),
    ("2024-07-23", "2024-07-30", True),  # announcement and paper a week apart
    ("2023-03-15", "2023-05-01", False),
    ("2024-06", "2024-07-01", False),
])
def test_dates(a: str, b: str, agree: bool) -> None:
    assert _agree("release_date", ("epoch", a), ("osai", b)) is agree


@pytest.mark.parametrize(("a", "b", "agree"), [(8e9, 8.03e9, True), ("70B", 7e10, True), (7e10, 6.5e10, True),
                                               (1.64e25, 4e25, False), (2e12, 1.5e12, False)])
def test_numbers(a: object, b: object, agree: bool) -> None:
    assert _agree("params_total", ("mot", a), ("epoch", b)) is agree


def test_licenses() -> None:
    assert _agree("license", ("osai", "Apache 2.0"), ("mot", "apache-2.0"))
    assert _agree("license", ("atlas", {"text": "LicenseRef-Llama-3-Community", "family": "custom-open-weights"}),
                  ("mot", "Llama 3 Community License"))
    assert not _agree("license", ("atlas", {"text": "LicenseRef-Llama-3.1-Community", "family": None}),
                      ("osai", "Meta Llama 3 Community License"))
    assert _agree("license", ("atlas", {"text": "OpenAI Terms of Use", "family": "proprietary"}),
                  ("mot", "Proprietary"))


def test_components() -> None:
    released = _component("mot", {"status": "released", "license": "Apache 2.0"})
    assert _components_agree(released, _component("atlas", ["released", "Apache-2.0"]))  # type: ignore[arg-type]
    assert _components_agree(released, _component("epoch", {"status": "released"}))  # type: ignore[arg-type]
    assert not _components_agree(released, _component("atlas", ["partial", None]))  # type: ignore[arg-type]
    assert not _components_agree(released, _component("atlas", ["released", "MIT"]))  # type: ignore[arg-type]


def test_labels() -> None:
    assert label("component.final-parameters") == "Component: final parameters"
    assert label("assessment:osai:base_model_weights") == "osai: base model weights"
    assert label("params_total") == "Parameters (total)"
