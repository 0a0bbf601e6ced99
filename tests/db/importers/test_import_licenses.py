"""Messy license strings to license entries: SPDX, known AI licenses, expressions, and 'no license'."""

from __future__ import annotations

import pytest

from db.importers.licenses import KNOWN_AI_LICENSES, PROPRIETARY, is_open, license_key, resolve


@pytest.mark.parametrize(("text", "key"), [
    ("Apache 2.0", "Apache-2.0"),
    ("apache-2.0", "Apache-2.0"),
    ("Apache License 2.0", "Apache-2.0"),
    ("Apache 2.0 license", "Apache-2.0"),
    ("Apache 2.0 (model weights only)", "Apache-2.0"),
    ("MIT License", "MIT"),
    ("CC-By-SA-3.0", "CC-BY-SA-3.0"),
    ("gpl-3.0", "GPL-3.0-only"),
    ("GNU General Public License v3.0", "GPL-3.0-only"),
    ("Llama 3 Community License", "LicenseRef-Llama-3-Community"),
    ("Meta Llama 3 Community License Agreement", "LicenseRef-Llama-3-Community"),
    ("llama3", "LicenseRef-Llama-3-Community"),
    ("llama3.1", "LicenseRef-Llama-3.1-Community"),
    ("Llama 3.1 Community License Agreement", "LicenseRef-Llama-3.1-Community"),
    ("Llama 2 Community License Agreement", "LicenseRef-Llama-2-Community"),
    ("LLaMA license agreement", "LicenseRef-LLaMA-1-Noncommercial"),
    ("gemma", "LicenseRef-Gemma-Terms-of-Use"),
    ("Qianwen License", "LicenseRef-Qwen-License"),
    ("DeepSeek License Agreement", "LicenseRef-DeepSeek-License-1.0"),
    ("bigscience-bloom-rail-1.0", "LicenseRef-BigScience-RAIL-1.0"),
    ("FALCON 180B TII LICENSE VERSION 1.0", "LicenseRef-Falcon-180B-TII-License-1.0"),
    ("Proprietary", "LicenseRef-Proprietary"),
    ("mit OR apache-2.0", "MIT OR Apache-2.0"),
    ("MIT, Apache-2.0", "Apache-2.0 AND MIT"),
    ("Apache 2.0 and bespoke Yi Series Community License", "Apache-2.0 AND LicenseRef-Yi-Community"),
])
def test_messy_strings_resolve_to_one_key(text: str, key: str) -> None:
    info = resolve(text)
    assert info is not None and info.key == key


@pytest.mark.parametrize("text", ["unlicensed", "unknown", "other", "", "  ", None, "NA", "Unclear"])
def test_words_that_mean_no_license(text: str | None) -> None:
    assert resolve(text) is None
    assert license_key(text) is None


def test_unlicensed_is_not_the_unlicense() -> None:
    assert resolve("Unlicense").key == "Unlicense"  # type: ignore[union-attr]
    assert resolve("unlicensed") is None


def test_llama_versions_stay_apart() -> None:
    assert license_key("Llama 3 Community License") != license_key("Llama 3.1 Community License")


def test_unknown_text_is_kept_and_compares_case_insensitively() -> None:
    info = resolve("arXiv.org perpetual non-exclusive license 1.0")
    assert info is not None and not info.known and info.name.startswith("arXiv")
    assert license_key("Acme  Community License") == license_key("acme community license")


def test_spdx_facts_come_from_the_license_list() -> None:
    info = resolve("apache 2.0")
    assert info is not None
    assert (info.name, info.family, info.osi_approved) == ("Apache License 2.0", "permissive", True)
    assert resolve("cc-by-nc-4.0").family == "non-commercial"  # type: ignore[union-attr]
    assert resolve("GPL-3.0").family == "copyleft"  # type: ignore[union-attr]


def test_openness() -> None:
    assert is_open(resolve("Apache-2.0"))
    assert is_open(resolve("CDLA-Permissive-2.0"))
    assert not is_open(resolve("Llama 3 Community License"))
    assert not is_open(resolve("CC-BY-NC-4.0"))
    assert not is_open(PROPRIETARY)
    assert not is_open(None)


def test_known_ai_licenses_use_license_ref_ids() -> None:
    ids = [known.spdx_id for known in KNOWN_AI_LICENSES]
    assert len(ids) == len(set(ids))
    assert all(i.startswith("LicenseRef-") for i in ids)


def test_hub_license_identifiers(reference_hub_licenses: list[str]) -> None:
    """Every identifier the Hugging Face Hub lists resolves to something (or deliberately to nothing)."""
    unresolved = [i for i in reference_hub_licenses if resolve(i) is None and i not in ("unknown", "other")]
    assert unresolved == []


@pytest.fixture
def reference_hub_licenses() -> list[str]:
    import re

    from tests.conftest import reference

    text = reference("hub-docs", "docs", "hub", "repositories-licenses.md").read_text(encoding="utf-8")
    return re.findall(r"\|\s*`([^`]+)`\s*\|", text)
