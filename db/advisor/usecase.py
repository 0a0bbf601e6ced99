"""What an analyst wants to do with a model: the use case that the license check reads."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from db.values import is_blank, parse_number

REGIONS: tuple[str, ...] = ("EU", "US", "CN", "other")
"""The regions the forms offer; any other region or country code (e.g. RU, UK, FR) is accepted as written."""

EU_MEMBERS: frozenset[str] = frozenset({
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
    "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
})
"""Member-state codes: a deployment in FR is a deployment in the EU for a clause that excludes the EU."""

_FLAGS = ("commercial", "fine_tune", "redistribute", "serve_api", "train_on_outputs")
_REGION_FIELDS = ("regions", "established_in")


class UseCaseError(ValueError):
    """A use case that cannot be read; the message names the field."""


@dataclass(frozen=True)
class UseCase:
    """One intended use. `monthly_users` None means "not stated" (a user cap then becomes a duty to stay below).

    `regions` are where the product is offered (deployed, its users); `established_in` is where the licensee — the
    organisation taking the license — is established. Most exclusions follow the product; some (Llama 3.2 and 4's
    EU clause) bind only licensees established in a region, leaving end users there free.
    """

    commercial: bool = True
    regions: list[str] = field(default_factory=list)
    established_in: list[str] = field(default_factory=list)
    monthly_users: int | None = None
    fine_tune: bool = False
    redistribute: bool = False
    serve_api: bool = False
    train_on_outputs: bool = False
    field_of_use: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {f.name: (list(getattr(self, f.name)) if f.name in _REGION_FIELDS else getattr(self, f.name))
                for f in fields(self)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> UseCase:
        """Read a stored or typed use case strictly: unknown keys and bad values raise UseCaseError."""
        if not isinstance(data, Mapping):
            raise UseCaseError("a use case must be a mapping of its fields")
        known = {f.name for f in fields(cls)}
        unknown = sorted(str(key) for key in data if key not in known)
        if unknown:
            raise UseCaseError(f"unknown use-case field(s): {', '.join(unknown)}")
        values: dict[str, Any] = {}
        for name in _FLAGS:
            if name in data:
                values[name] = _flag(name, data[name])
        for name in _REGION_FIELDS:
            if name in data:
                values[name] = normalize_regions(data[name])
        if "monthly_users" in data:
            values["monthly_users"] = parse_users(data["monthly_users"])
        if "field_of_use" in data:
            text = data["field_of_use"]
            values["field_of_use"] = None if is_blank(text) else (" ".join(str(text).split()) or None)
        return cls(**values)

    def describe(self) -> str:
        """One line a person can read back: "commercial; EU; 800,000,000 monthly users; fine-tune"."""
        parts = ["commercial" if self.commercial else "non-commercial"]
        parts.append(", ".join(self.regions) if self.regions else "regions not stated")
        if self.established_in:
            parts.append(f"licensee established in {', '.join(self.established_in)}")
        parts.append(f"{self.monthly_users:,} monthly users" if self.monthly_users is not None
                     else "users not stated")
        parts += [label for name, label in (("fine_tune", "fine-tune"), ("redistribute", "redistribute weights"),
                                            ("serve_api", "serve as an API"),
                                            ("train_on_outputs", "train on outputs")) if getattr(self, name)]
        if self.field_of_use:
            parts.append(f"field: {self.field_of_use}")
        return "; ".join(parts)


def _flag(name: str, raw: object) -> bool:
    if isinstance(raw, bool):
        return raw
    word = str(raw).strip().lower()
    if word in ("yes", "true", "1", "on"):
        return True
    if word in ("no", "false", "0", "off"):
        return False
    raise UseCaseError(f"{name} must be yes or no, not {raw!r}")


def normalize_regions(raw: object) -> list[str]:
    """Upper-case codes (EU, US, CN, FR …), "other" kept lower-case; duplicates dropped, order kept."""
    items = raw.split(",") if isinstance(raw, str) else raw
    if not isinstance(items, list | tuple):
        raise UseCaseError("regions must be a list such as [EU, US]")
    regions: list[str] = []
    for item in items:
        text = str(item).strip()
        if not text:
            continue
        if len(text) > 40:
            raise UseCaseError(f"region {text[:40]!r}… is too long")
        code = "other" if text.lower() == "other" else text.upper()
        if code not in regions:
            regions.append(code)
    return regions


def parse_users(raw: object) -> int | None:
    """800M, 8e8, 800,000,000 or 800000000 → 800000000; blank → None (not stated)."""
    try:
        number = parse_number(raw)
    except ValueError as error:
        raise UseCaseError(f"monthly users: {error}") from None
    if number is None:
        return None
    if number < 0 or number != int(number):
        raise UseCaseError(f"monthly users must be a whole number of at least 0, not {raw!r}")
    if number >= 2**63:
        raise UseCaseError(f"monthly users: number too large: {raw!r}")
    return int(number)


def in_region(region: str, excluded: str) -> bool:
    """Whether a deployment region falls under an excluded region (FR is in EU; codes compare case-insensitively)."""
    region, excluded = region.upper(), excluded.strip().upper()
    return region == excluded or (excluded == "EU" and region in EU_MEMBERS)
