"""What each kind of entry holds: one table of field specs used for validation, forms, display and compare."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from db import vocab
from db.values import is_blank, parse_date, parse_int, parse_number, yes_no


class FieldType(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    INT = "int"
    NUMBER = "number"
    DATE = "date"
    BOOL = "bool"
    ENUM = "enum"
    ENUM_LIST = "enum_list"
    STR_LIST = "str_list"
    REF = "ref"
    SCORES = "scores"
    COLOR = "color"
    CONDITIONS = "conditions"  # a policy note's machine-readable rule (db.advisor.rules), edited as JSON/YAML text
    USE_CASE = "use_case"  # a saved use case (db.advisor.usecase.UseCase), edited as JSON/YAML text
    CLAUSE_SCOPES = "clause_scopes"  # which models a license clause covers (db.advisor.scopes), as JSON/YAML text


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of a kind; `attr` is the ORM attribute (a dotted `clause_details.x` names a dict key)."""

    attr: str
    label: str
    type: FieldType = FieldType.TEXT
    required: bool = False
    choices: tuple[str, ...] = ()
    ref_kind: str | None = None  # for REF: the kind referred to, or "*" for any entry
    group: str = "Identity"
    unit: str = ""
    help: str = ""
    max_length: int = 0

    @property
    def key(self) -> str:
        """The public name of the field (CLI, JSON, forms): a reference drops its `_uuid` suffix."""
        return self.attr.removesuffix("_uuid").replace("clause_details.", "") + (
            "_detail" if self.attr.startswith("clause_details.") and self.type == FieldType.TEXT else ""
        )


def _clause(attr: str, label: str, choices: tuple[str, ...], help_text: str = "") -> list[FieldSpec]:
    return [
        FieldSpec(attr, label, FieldType.ENUM, choices=choices, group="License clauses", help=help_text),
        FieldSpec(f"clause_details.{attr}", f"{label} — detail", FieldType.TEXT, group="License clauses"),
    ]


NAME = FieldSpec("name", "Name", required=True, max_length=500)
TITLE = FieldSpec("name", "Title", required=True, max_length=500)

FIELDS: dict[str, list[FieldSpec]] = {
    "model": [
        NAME,
        FieldSpec("family", "Family"),
        FieldSpec("model_version", "Version"),
        FieldSpec("size_label", "Size", help="The size within its family: 7B, 8x22B, mini."),
        FieldSpec("developer_uuid", "Developer", FieldType.REF, ref_kind="organization"),
        FieldSpec("release_date", "Release date", FieldType.DATE),
        FieldSpec("modalities", "Modalities", FieldType.ENUM_LIST,
                  choices=("text", "image", "audio", "video", "code"), group="Technical"),
        FieldSpec("architecture", "Architecture", group="Technical"),
        FieldSpec("params_total", "Parameters (total)", FieldType.NUMBER, group="Technical"),
        FieldSpec("params_active", "Parameters (active)", FieldType.NUMBER, group="Technical"),
        FieldSpec("context_window", "Context window", FieldType.INT, group="Technical", unit=" tokens"),
        FieldSpec("training_compute_flop", "Training compute", FieldType.NUMBER, group="Technical", unit=" FLOP"),
        FieldSpec("compute_confidence", "Compute confidence", FieldType.ENUM,
                  choices=tuple(vocab.ComputeConfidence), group="Technical"),
        FieldSpec("training_tokens", "Training tokens", FieldType.NUMBER, group="Technical"),
        FieldSpec("base_model_uuid", "Base model", FieldType.REF, ref_kind="model", group="Technical"),
        FieldSpec("base_relation", "Relation to base", FieldType.ENUM, choices=tuple(vocab.BaseRelation),
                  group="Technical"),
        FieldSpec("access", "Access channels", FieldType.ENUM_LIST, choices=tuple(vocab.AccessChannel),
                  group="Openness"),
        FieldSpec("openness_grade", "Openness grade", FieldType.ENUM, choices=tuple(vocab.OpennessGrade),
                  group="Openness", help="Leave empty to use the grade suggested from components and license."),
        FieldSpec("license_uuid", "License", FieldType.REF, ref_kind="license", group="Openness"),
        FieldSpec("summary", "Summary", FieldType.MARKDOWN),
    ],
    "organization": [
        NAME,
        FieldSpec("country", "Country"),
        FieldSpec("jurisdiction", "Jurisdiction", choices=vocab.JURISDICTIONS),
        FieldSpec("org_kind", "Kind", FieldType.ENUM, choices=tuple(vocab.OrgKind)),
        FieldSpec("business_model", "Business model", FieldType.ENUM, choices=tuple(vocab.BusinessModel)),
        FieldSpec("website", "Website"),
        FieldSpec("summary", "Summary", FieldType.MARKDOWN),
    ],
    "license": [
        NAME,
        FieldSpec("spdx_id", "SPDX identifier", help="An SPDX id such as Apache-2.0, or LicenseRef-…"),
        FieldSpec("family", "Family", FieldType.ENUM, choices=tuple(vocab.LicenseFamily)),
        FieldSpec("osi_approved", "OSI approved", FieldType.BOOL),
        FieldSpec("url", "URL"),
        *_clause("commercial_use", "Commercial use", vocab.YES_NO_CONDITIONAL),
        *_clause("modification", "Modification", vocab.YES_NO_CONDITIONAL),
        *_clause("redistribution", "Redistribution", vocab.YES_NO_CONDITIONAL),
        FieldSpec("user_cap_status", "User cap", FieldType.ENUM, choices=("none", "cap", "unknown"),
                  group="License clauses"),
        FieldSpec("user_cap", "User cap (monthly active users)", FieldType.INT, group="License clauses"),
        FieldSpec("clause_details.user_cap", "User cap — detail", group="License clauses"),
        *_clause("acceptable_use_policy", "Acceptable use policy", vocab.YES_NO),
        FieldSpec("acceptable_use_policy_url", "Acceptable use policy URL", group="License clauses"),
        *_clause("attribution", "Attribution or naming duties", vocab.YES_NO),
        *_clause("output_training", "Using outputs to train other models", vocab.OUTPUT_TRAINING),
        *_clause("field_of_use", "Field-of-use limits", vocab.NONE_RESTRICTED),
        FieldSpec("geo_status", "Geographic exclusions", FieldType.ENUM, choices=vocab.NONE_RESTRICTED,
                  group="License clauses"),
        FieldSpec("geographic_exclusions", "Excluded regions", FieldType.STR_LIST, group="License clauses"),
        FieldSpec("clause_details.geographic_exclusions", "Geographic exclusions — detail", group="License clauses"),
        FieldSpec("clause_details.scopes", "Clause scopes", FieldType.CLAUSE_SCOPES, group="License clauses",
                  help="JSON or YAML: for a clause that covers only some models, e.g. {\"geographic_exclusions\": "
                       "{\"modalities\": [\"image\"], \"binds\": \"licensee\"}} (see resources/seed/FORMAT.md)."),
        *_clause("pass_terms_downstream", "Terms pass downstream", vocab.YES_NO),
        *_clause("notice_file", "Notice file required", vocab.YES_NO),
        FieldSpec("summary", "Summary", FieldType.MARKDOWN),
    ],
    "policy_note": [
        TITLE,
        FieldSpec("jurisdiction", "Jurisdiction", required=True, choices=vocab.JURISDICTIONS),
        FieldSpec("instrument", "Instrument"),
        FieldSpec("article", "Article or section"),
        FieldSpec("status", "Status", FieldType.ENUM, choices=tuple(vocab.PolicyStatus)),
        FieldSpec("proposed_date", "Proposed", FieldType.DATE, group="Dates"),
        FieldSpec("adopted_date", "Adopted", FieldType.DATE, group="Dates"),
        FieldSpec("in_force_date", "In force", FieldType.DATE, group="Dates"),
        FieldSpec("applies_from", "Applies from", FieldType.DATE, group="Dates"),
        FieldSpec("revoked_date", "Revoked", FieldType.DATE, group="Dates"),
        FieldSpec("threshold_flop", "Compute threshold", FieldType.NUMBER, group="Substance", unit=" FLOP"),
        FieldSpec("thresholds", "Thresholds", FieldType.MARKDOWN, group="Substance"),
        FieldSpec("obligations", "Obligations", FieldType.MARKDOWN, group="Substance"),
        FieldSpec("open_model_treatment", "Treatment of open models", FieldType.MARKDOWN, group="Substance"),
        FieldSpec("body", "Body", FieldType.MARKDOWN, group="Substance"),
        FieldSpec("conditions", "Conditions (machine-readable rule)", FieldType.CONDITIONS, group="Rule",
                  help="JSON or YAML: applies_if, exempt_if, duties, exempt_from, still_required, effect "
                       "(see resources/seed/FORMAT.md). Leave empty for a note without a computable rule."),
    ],
    "note": [
        TITLE,
        FieldSpec("target_uuid", "About", FieldType.REF, ref_kind="*"),
        FieldSpec("private", "Private", FieldType.BOOL, help="Private notes can be left out of exports."),
        FieldSpec("body", "Body", FieldType.MARKDOWN),
    ],
    "evaluation": [
        FieldSpec("name", "Title", max_length=500, help="Filled in from the target and use case when empty."),
        FieldSpec("target_uuid", "Evaluated entry", FieldType.REF, required=True, ref_kind="*"),
        FieldSpec("evaluator", "Author", required=True),
        FieldSpec("eval_date", "Date", FieldType.DATE, required=True),
        FieldSpec("use_case", "Use case", required=True),
        FieldSpec("scores", "Scores (1–5)", FieldType.SCORES),
        FieldSpec("verdict", "Verdict", FieldType.ENUM, required=True, choices=tuple(vocab.Verdict)),
        FieldSpec("private", "Private", FieldType.BOOL),
        FieldSpec("notes", "Notes", FieldType.MARKDOWN),
    ],
    "source": [
        TITLE,
        FieldSpec("url", "URL"),
        FieldSpec("accessed", "Accessed", FieldType.DATE),
        FieldSpec("confidence", "Confidence", FieldType.ENUM, choices=tuple(vocab.SourceConfidence)),
    ],
    "tag": [
        NAME,
        FieldSpec("color", "Color", FieldType.COLOR),
    ],
    "saved_search": [
        NAME,
        FieldSpec("query", "Query", required=True),
        FieldSpec("kind_filter", "Kind", FieldType.ENUM, choices=tuple(k.value for k in vocab.Kind)),
    ],
    "use_case": [
        NAME,
        FieldSpec("spec", "Use case", FieldType.USE_CASE, required=True,
                  help="commercial, regions (where the product is offered), established_in (where the licensee is "
                       "established), monthly_users, fine_tune, redistribute, serve_api, train_on_outputs, "
                       "field_of_use"),
    ],
}

KIND_LABELS: dict[str, tuple[str, str]] = {
    "model": ("Model", "Models"),
    "organization": ("Organization", "Organizations"),
    "license": ("License", "Licenses"),
    "policy_note": ("Policy note", "Policy notes"),
    "note": ("Note", "Notes"),
    "evaluation": ("Evaluation", "Evaluations"),
    "source": ("Source", "Sources"),
    "tag": ("Tag", "Tags"),
    "saved_search": ("Saved search", "Saved searches"),
    "use_case": ("Use case", "Use cases"),
}


def field_map(kind: str) -> dict[str, FieldSpec]:
    """Fields of a kind by public key and by attribute name (both resolve)."""
    specs = FIELDS[kind]
    return {spec.key: spec for spec in specs} | {spec.attr: spec for spec in specs}


def convert(spec: FieldSpec, raw: object) -> Any:
    """Turn user or file input into the stored value; raise ValueError with a user-facing reason."""
    if spec.type in (FieldType.TEXT, FieldType.MARKDOWN, FieldType.COLOR):
        if raw is None:
            return None if spec.type == FieldType.TEXT else ""
        value = str(raw)
        if spec.type != FieldType.MARKDOWN:
            value = value.strip()
        if spec.max_length and len(value) > spec.max_length:
            raise ValueError(f"longer than {spec.max_length} characters")
        if spec.type == FieldType.COLOR and value and not _is_color(value):
            raise ValueError("not a color (use #rrggbb)")
        if spec.choices and spec.type == FieldType.TEXT and value == "":
            return None
        return value if value != "" or spec.type != FieldType.TEXT else None
    if spec.type == FieldType.INT:
        return parse_int(raw)
    if spec.type == FieldType.NUMBER:
        number = parse_number(raw)
        if number is not None and number < 0:
            raise ValueError("must not be negative")
        return number
    if spec.type == FieldType.DATE:
        return parse_date(raw)
    if spec.type == FieldType.BOOL:
        word = yes_no(raw)
        if word in ("yes", "true", "1"):
            return True
        if word in ("no", "false", "0"):
            return False
        if is_blank(word):
            return False if spec.attr == "private" else None  # "private" is never unknown: default public
        raise ValueError("must be yes or no")
    if spec.type == FieldType.ENUM:
        if isinstance(raw, str) and raw.strip().lower() in spec.choices:
            return raw.strip().lower()  # "none" is a real clause value (no cap, no exclusion), not a blank
        if is_blank(raw) and "unknown" not in spec.choices:
            return None
        word = yes_no(raw) if not is_blank(raw) else "unknown"
        if word not in spec.choices:
            raise ValueError(f"must be one of: {', '.join(spec.choices)}")
        return word
    if spec.type in (FieldType.ENUM_LIST, FieldType.STR_LIST):
        items = _as_list(raw)
        if spec.type == FieldType.ENUM_LIST:
            bad = [item for item in items if item not in spec.choices]
            if bad:
                raise ValueError(f"{', '.join(bad)} not among: {', '.join(spec.choices)}")
        return items
    if spec.type == FieldType.SCORES:
        return convert_scores(raw)
    if spec.type == FieldType.CONDITIONS:
        from db.advisor.rules import parse_conditions  # the rule language lives with the advisor

        return parse_conditions(raw)
    if spec.type == FieldType.USE_CASE:
        return convert_use_case(raw)
    if spec.type == FieldType.CLAUSE_SCOPES:
        return convert_clause_scopes(raw)
    if spec.type == FieldType.REF:
        return None if is_blank(raw) else str(raw).strip()
    raise AssertionError(f"unhandled field type {spec.type}")


def _structured(raw: object) -> object:
    """A value typed in a form as JSON or YAML text, parsed; anything else as given."""
    if not isinstance(raw, str):
        return raw
    import yaml  # only forms and imports need it; reading commands stay light

    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError:
        raise ValueError("not valid JSON or YAML") from None


def convert_clause_scopes(raw: object) -> dict[str, Any] | None:
    """Clause scopes as a mapping or JSON/YAML text, checked clause by clause; blank → None."""
    from db.advisor.scopes import normalize_scopes

    if is_blank(raw) or raw == {}:
        return None
    return normalize_scopes(_structured(raw))


def convert_use_case(raw: object) -> dict[str, Any] | None:
    """A use case as a mapping or JSON/YAML text, checked field by field; blank → None."""
    from db.advisor.usecase import UseCase

    if is_blank(raw) or raw == {}:
        return None
    raw = _structured(raw)
    if not isinstance(raw, Mapping):
        raise ValueError("a use case must be a mapping of its fields")
    return UseCase.from_dict(raw).to_dict()


def convert_scores(raw: object) -> dict[str, int]:
    if is_blank(raw):
        return {}
    if isinstance(raw, str):
        pairs = [part.split("=", 1) for part in raw.split(",") if part.strip()]
        if any(len(pair) != 2 for pair in pairs):
            raise ValueError("write scores as criterion=1..5, separated by commas")
        raw = {key.strip(): value.strip() for key, value in pairs}
    if not isinstance(raw, Mapping):
        raise ValueError("scores must map criteria to 1..5")
    scores: dict[str, int] = {}
    for criterion, value in raw.items():
        name = str(criterion).strip()
        if not name:
            raise ValueError("a score needs a criterion name")
        try:
            score = int(str(value).strip())
        except ValueError as error:
            raise ValueError(f"score for {name!r} must be a whole number 1–5") from error
        if not 1 <= score <= 5:
            raise ValueError(f"score for {name!r} must be between 1 and 5")
        scores[name] = score
    return scores


def _as_list(raw: object) -> list[str]:
    if is_blank(raw):
        return []
    if isinstance(raw, str):
        return [part.strip() for part in raw.split(",") if part.strip()]
    if isinstance(raw, list | tuple | set):
        return [str(item).strip() for item in raw if not is_blank(item)]
    return [str(raw).strip()]


def _is_color(value: str) -> bool:
    return len(value) == 7 and value.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in value[1:])


def display(spec: FieldSpec, value: Any) -> str:
    """A value as a short human-readable string (references are resolved by the caller)."""
    from db.values import format_number

    if value is None or value == "" or value == [] or value == {}:
        return ""
    if spec.type == FieldType.NUMBER:
        return format_number(value, spec.unit)
    if spec.type == FieldType.INT:
        return format_number(value, spec.unit) if spec.attr == "context_window" else f"{value:,}"
    if spec.type == FieldType.DATE and isinstance(value, date):
        return value.isoformat()
    if spec.type == FieldType.BOOL:
        return "yes" if value else "no"
    if spec.type in (FieldType.ENUM_LIST, FieldType.STR_LIST):
        return ", ".join(value)
    if spec.type == FieldType.SCORES:
        return ", ".join(f"{key} {score}" for key, score in value.items())
    if spec.type in (FieldType.CONDITIONS, FieldType.USE_CASE, FieldType.CLAUSE_SCOPES):
        import json

        return json.dumps(value, ensure_ascii=False)
    if spec.type == FieldType.ENUM and spec.attr == "openness_grade":
        return vocab.OPENNESS_LABELS.get(value, str(value))
    return str(value)
