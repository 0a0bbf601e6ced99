"""Model Openness Framework (MOF v1.0, LF AI & Data) classifier: components and licenses in, class and progress out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from db.openness.open_licenses import is_open_license, is_type_appropriate, normalize_license_id
from db.vocab import MOF_COMPONENT_INFO, ComponentStatus, ContentType, MofComponent

__all__ = [
    "GLOBAL_LICENSE_KEYS",
    "MOF_CLASS_LABELS",
    "ComponentState",
    "MofResult",
    "classify",
    "from_mot_release",
    "is_open_license",
    "normalize_license_id",
    "required_components",
]

MOF_CLASS_LABELS: Mapping[int, str] = {
    0: "Unclassified",
    1: "Class I - Open Science Model",
    2: "Class II - Open Tooling Model",
    3: "Class III - Open Model",
}
"""Labels as the Model Openness Tool prints them; class 1 is the most open."""

GLOBAL_LICENSE_KEYS: tuple[str, ...] = ("distribution", "code", "data", "document")
"""Keys of a release's global licenses: one per content type, plus a distribution-wide fallback."""

_CLASSES: tuple[int, ...] = (3, 2, 1)


@dataclass(frozen=True)
class ComponentState:
    """What is known about one MOF component of a model release."""

    component: MofComponent
    status: ComponentStatus  # released / partial / not-released / unknown
    license: str | None = None  # SPDX id or free string as found in sources; None = fall back to global licenses


@dataclass(frozen=True)
class MofResult:
    """The outcome of a MOF evaluation."""

    mof_class: int  # 0 = unclassified, else 1, 2 or 3 (1 is the most open: Class I open science)
    label: str  # e.g. "Class III - Open Model", "Unclassified"
    progress: dict[int, float]  # class -> percent 0..100, as the framework computes it
    missing: dict[int, list[MofComponent]]  # per class (cumulative): required components missing or not open
    invalid_licenses: dict[MofComponent, str]  # released components whose license is not open for their type
    unlicensed: list[MofComponent] = field(default_factory=list)  # released components carrying no license at all
    type_mismatch: dict[MofComponent, str] = field(default_factory=dict)  # open, but not a type-appropriate license


def required_components(mof_class: int) -> list[MofComponent]:
    """Required components of `mof_class` and of every less open class (3 for class 2; 3 and 2 for class 1)."""
    return [
        component
        for level in _CLASSES
        if level >= mof_class
        for component, (_, _, lowest, required) in MOF_COMPONENT_INFO.items()
        if lowest == level and required
    ]


def _clean_globals(global_licenses: Mapping[str, Any] | None) -> dict[str, str]:
    """Keep the non-empty global licenses, keyed by lower-cased type ('code', 'data', ..., 'distribution')."""
    cleaned: dict[str, str] = {}
    for key, value in (global_licenses or {}).items():
        if isinstance(value, Mapping):
            value = value.get("name")
        if isinstance(value, str) and value.strip():
            cleaned[str(key).strip().lower()] = value.strip()
    return cleaned


def _resolve_license(state: ComponentState, globals_: Mapping[str, str]) -> str | None:
    """The license that governs a component: its own, else the global one for its type, else the distribution one.

    A component that states 'unlicensed' (or an empty string) has no license and does not inherit a global one.
    """
    if state.license is not None:
        return normalize_license_id(state.license)
    content_type = MOF_COMPONENT_INFO[state.component][1]
    for key in (content_type.value, "distribution"):
        if key in globals_:
            return normalize_license_id(globals_[key])
    return None


def classify(
    components: Iterable[ComponentState],
    global_licenses: Mapping[str, str] | None = None,
    *,
    strict_types: bool = False,
) -> MofResult:
    """Evaluate a model release against the MOF: class, cumulative progress per class, gaps and license problems.

    Only `released` components count; `partial`, `not-released` and `unknown` ones are treated as missing. With
    `strict_types=True` an open license of the wrong content type (say MIT on a dataset) fails instead of passing
    with a warning as it does in the Model Openness Tool.
    """
    states: dict[MofComponent, ComponentState] = {}
    for statement in components:
        states[MofComponent(statement.component)] = statement  # a later statement about a component wins
    globals_ = _clean_globals(global_licenses)

    included: set[MofComponent] = set()
    invalid: dict[MofComponent, str] = {}
    unlicensed: list[MofComponent] = []
    mismatch: dict[MofComponent, str] = {}
    for component in MOF_COMPONENT_INFO:
        state = states.get(component)
        if state is None or ComponentStatus(state.status) is not ComponentStatus.RELEASED:
            continue
        content_type: ContentType = MOF_COMPONENT_INFO[component][1]
        license_id = _resolve_license(state, globals_)
        if license_id is None:
            unlicensed.append(component)
        elif is_type_appropriate(license_id, content_type):
            included.add(component)
        elif is_open_license(license_id, content_type) and not strict_types:
            included.add(component)
            mismatch[component] = license_id
        else:
            invalid[component] = license_id

    # A research paper may stand in for the technical report: when the report is not openly released but the paper
    # is, the paper takes the report's place in every class (for class I, which requires the paper anyway, the
    # report simply drops out of the requirements).
    paper_for_report = MofComponent.TECHNICAL_REPORT not in included and MofComponent.RESEARCH_PAPER in included

    progress: dict[int, float] = {}
    missing: dict[int, list[MofComponent]] = {}
    blocked = False  # a less open class is incomplete, so this one shows no progress
    for mof_class in _CLASSES:
        requirements = required_components(mof_class)
        if paper_for_report:
            requirements = [
                MofComponent.RESEARCH_PAPER if c is MofComponent.TECHNICAL_REPORT else c for c in requirements
            ]
            requirements = list(dict.fromkeys(requirements))
        missing[mof_class] = [c for c in requirements if c not in included]
        met = len(requirements) - len(missing[mof_class])
        progress[mof_class] = 0.0 if blocked else met / len(requirements) * 100
        blocked = blocked or bool(missing[mof_class])

    mof_class = 0
    for level in _CLASSES:
        if not missing[level]:
            mof_class = level
    return MofResult(
        mof_class=mof_class,
        label=MOF_CLASS_LABELS[mof_class],
        progress={level: progress[level] for level in (1, 2, 3)},
        missing={level: missing[level] for level in (1, 2, 3)},
        invalid_licenses=invalid,
        unlicensed=unlicensed,
        type_mismatch=mismatch,
    )


def _component_key(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).lower()


_COMPONENT_BY_NAME: dict[str, MofComponent] = {}
for _component, (_framework_name, *_details) in MOF_COMPONENT_INFO.items():
    _COMPONENT_BY_NAME[_component_key(_framework_name)] = _component
    _COMPONENT_BY_NAME[_component_key(_component.value.replace("-", " "))] = _component


def _global_licenses_of(raw: Any) -> dict[str, str]:
    """Read a MOT `license` block: a mapping of type -> {name, path} (or -> name), an empty list, or nothing."""
    found: dict[str, str] = {}
    pairs: list[tuple[Any, Any]] = []
    if isinstance(raw, Mapping):
        pairs.extend(raw.items())
    elif isinstance(raw, list | tuple):
        for entry in raw:
            if isinstance(entry, Mapping):
                pairs.append((entry.get("type") or entry.get("content_type") or "distribution", entry))
            elif isinstance(entry, str):
                pairs.append(("distribution", entry))
    elif isinstance(raw, str):
        pairs.append(("distribution", raw))
    for key, value in pairs:
        name = value.get("name") if isinstance(value, Mapping) else value
        if isinstance(name, str) and name.strip() and isinstance(key, str):
            found.setdefault(key.strip().lower(), name.strip())
    return found


def from_mot_release(release: Mapping[str, Any] | None) -> tuple[list[ComponentState], dict[str, str]]:
    """Turn a Model Openness Tool release mapping into component states (all 'released') and global licenses.

    Tolerates a whole MOT document (with a 'release' key), missing keys, `license: []` / `{}` / None, components
    without a license (they inherit the global ones) and unknown component names (skipped).
    """
    if not isinstance(release, Mapping):
        return [], {}
    if "components" not in release and isinstance(release.get("release"), Mapping):
        release = release["release"]
    global_licenses = _global_licenses_of(release.get("license"))
    states: list[ComponentState] = []
    for entry in release.get("components") or []:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
            continue
        component = _COMPONENT_BY_NAME.get(_component_key(entry["name"]))
        if component is None:
            continue
        raw_license = entry.get("license")
        if isinstance(raw_license, Mapping):
            raw_license = raw_license.get("name")
        license_text = None if raw_license is None else str(raw_license).strip()
        states.append(ComponentState(component, ComponentStatus.RELEASED, license_text))
    return states, global_licenses
