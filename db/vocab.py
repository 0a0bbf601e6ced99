"""Controlled vocabularies shared by the schema, the seed, the rules and the faces."""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """Every kind of entry the atlas stores; the value is the `entries.kind` column."""

    MODEL = "model"
    ORGANIZATION = "organization"
    LICENSE = "license"
    POLICY_NOTE = "policy_note"
    NOTE = "note"
    EVALUATION = "evaluation"
    SOURCE = "source"
    TAG = "tag"
    SAVED_SEARCH = "saved_search"
    USE_CASE = "use_case"


class OpennessGrade(StrEnum):
    """One spectrum from least to most open; the order of members is the order of the scale."""

    UNRELEASED = "unreleased"
    CLOSED_API = "closed-api"
    HOSTED_ONLY = "hosted-only"
    OPEN_WEIGHTS_NON_COMMERCIAL = "open-weights-non-commercial"
    OPEN_WEIGHTS_RESTRICTED = "open-weights-restricted"
    OPEN_WEIGHTS_UNRESTRICTED = "open-weights-unrestricted"
    OPEN_SOURCE = "open-source"
    FULLY_OPEN = "fully-open"

    @property
    def rank(self) -> int:
        return list(OpennessGrade).index(self)

    @property
    def label(self) -> str:
        return OPENNESS_LABELS[self]

    @property
    def weights_released(self) -> bool:
        return self.rank >= OpennessGrade.OPEN_WEIGHTS_NON_COMMERCIAL.rank


OPENNESS_LABELS: dict[OpennessGrade, str] = {
    OpennessGrade.UNRELEASED: "Unreleased",
    OpennessGrade.CLOSED_API: "Closed (API only)",
    OpennessGrade.HOSTED_ONLY: "Hosted only",
    OpennessGrade.OPEN_WEIGHTS_NON_COMMERCIAL: "Open weights, non-commercial",
    OpennessGrade.OPEN_WEIGHTS_RESTRICTED: "Open weights, restricted",
    OpennessGrade.OPEN_WEIGHTS_UNRESTRICTED: "Open weights, unrestricted",
    OpennessGrade.OPEN_SOURCE: "Open source",
    OpennessGrade.FULLY_OPEN: "Fully open",
}


class OrgKind(StrEnum):
    BIG_TECH = "big-tech"
    STARTUP = "startup"
    ACADEMIC = "academic"
    NONPROFIT = "nonprofit"
    GOVERNMENT = "government"
    CONSORTIUM = "consortium"


class BusinessModel(StrEnum):
    API_SUBSCRIPTIONS = "api-subscriptions"
    OPEN_CORE_HOSTING = "open-core-hosting"
    HYBRID = "hybrid"
    RESEARCH = "research"
    OTHER = "other"


class LicenseFamily(StrEnum):
    PERMISSIVE = "permissive"
    COPYLEFT = "copyleft"
    RAIL = "rail"
    CUSTOM_OPEN_WEIGHTS = "custom-open-weights"
    NON_COMMERCIAL = "non-commercial"
    PROPRIETARY = "proprietary"


class ComputeConfidence(StrEnum):
    CONFIDENT = "confident"
    LIKELY = "likely"
    SPECULATIVE = "speculative"
    UNKNOWN = "unknown"


MAX_LINEAGE_DEPTH = 64
"""Longest chain of bases followed; a longer one can only be a cycle that slipped in through a merge."""


class BaseRelation(StrEnum):
    """How a model was derived from its base (migration 0006 renamed the old "quantized" to "quantization")."""

    FINE_TUNE = "fine-tune"
    ADAPTER = "adapter"
    QUANTIZATION = "quantization"
    MERGE = "merge"
    DISTILLATION = "distillation"
    CONTINUED_PRETRAINING = "continued-pretraining"
    OTHER = "other"


class AccessChannel(StrEnum):
    API = "api"
    HOSTED_APP = "hosted-app"
    WEIGHTS = "weights"


class ComponentStatus(StrEnum):
    RELEASED = "released"
    PARTIAL = "partial"
    NOT_RELEASED = "not-released"
    UNKNOWN = "unknown"


class PolicyStatus(StrEnum):
    PROPOSED = "proposed"
    ADOPTED = "adopted"
    IN_FORCE = "in-force"
    REVOKED = "revoked"


class Verdict(StrEnum):
    ADOPT = "adopt"
    TRIAL = "trial"
    ASSESS = "assess"
    HOLD = "hold"


class SourceConfidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


JURISDICTIONS: tuple[str, ...] = (
    "EU", "US", "US-federal", "US-state", "CN", "UK", "FR", "DE", "CA", "IL", "AE", "SG", "IN", "JP", "KR",
    "CH", "international", "global-south", "other",
)
"""Jurisdiction codes used by organizations and policy notes (free text is allowed; these are the common ones)."""


# Tri-state and small-enum clause values; "unknown" always means "not recorded", never "no".
YES_NO_CONDITIONAL = ("yes", "no", "conditional", "unknown")
YES_NO = ("yes", "no", "unknown")
OUTPUT_TRAINING = ("allowed", "restricted", "prohibited", "unknown")
NONE_RESTRICTED = ("none", "restricted", "unknown")

LICENSE_CLAUSES: dict[str, tuple[str, ...]] = {
    "commercial_use": YES_NO_CONDITIONAL,
    "modification": YES_NO_CONDITIONAL,
    "redistribution": YES_NO_CONDITIONAL,
    "acceptable_use_policy": YES_NO,
    "attribution": YES_NO,
    "output_training": OUTPUT_TRAINING,
    "field_of_use": NONE_RESTRICTED,
    "pass_terms_downstream": YES_NO,
    "notice_file": YES_NO,
}
"""Enumerated license clauses; `user_cap` and `geographic_exclusions` are handled apart (number, list)."""
CLAUSE_LABELS: dict[str, str] = {
    "commercial_use": "Commercial use",
    "modification": "Modification",
    "redistribution": "Redistribution",
    "user_cap": "User cap",
    "acceptable_use_policy": "Acceptable use policy",
    "attribution": "Attribution or naming duties",
    "output_training": "Using outputs to train other models",
    "field_of_use": "Field-of-use limits",
    "geographic_exclusions": "Geographic exclusions",
    "pass_terms_downstream": "Terms pass downstream",
    "notice_file": "Notice file required",
}
"""Every license clause as an entry's detail names it (the search index labels clause lines with these too)."""

DEFAULT_RUBRIC: tuple[str, ...] = (
    "capability",
    "cost at scale",
    "customization and fine-tuning",
    "data sovereignty and self-hosting",
    "safety controls",
    "license risk",
    "vendor lock-in",
)


class ContentType(StrEnum):
    """What a component is made of; it decides which licenses count as open for it."""

    CODE = "code"
    DATA = "data"
    DOCUMENT = "document"


class MofComponent(StrEnum):
    """The 17 components of the Model Openness Framework, by stable key."""

    ARCHITECTURE = "architecture"
    FINAL_PARAMETERS = "final-parameters"
    INTERMEDIATE_PARAMETERS = "intermediate-parameters"
    TRAINING_CODE = "training-code"
    INFERENCE_CODE = "inference-code"
    EVALUATION_CODE = "evaluation-code"
    DATA_PREPROCESSING_CODE = "data-preprocessing-code"
    SUPPORTING_LIBRARIES = "supporting-libraries"
    DATASETS = "datasets"
    EVALUATION_DATA = "evaluation-data"
    MODEL_CARD = "model-card"
    DATA_CARD = "data-card"
    TECHNICAL_REPORT = "technical-report"
    RESEARCH_PAPER = "research-paper"
    EVALUATION_RESULTS = "evaluation-results"
    SAMPLE_OUTPUTS = "sample-outputs"
    MODEL_METADATA = "model-metadata"


# (framework name, content type, lowest class that requires it, required by the framework)
MOF_COMPONENT_INFO: dict[MofComponent, tuple[str, ContentType, int, bool]] = {
    MofComponent.ARCHITECTURE: ("Model architecture", ContentType.CODE, 3, True),
    MofComponent.FINAL_PARAMETERS: ("Model parameters (Final)", ContentType.DATA, 3, True),
    MofComponent.INTERMEDIATE_PARAMETERS: ("Model parameters (Intermediate)", ContentType.DATA, 1, True),
    MofComponent.TRAINING_CODE: ("Training code", ContentType.CODE, 2, True),
    MofComponent.INFERENCE_CODE: ("Inference code", ContentType.CODE, 2, True),
    MofComponent.EVALUATION_CODE: ("Evaluation code", ContentType.CODE, 2, True),
    MofComponent.DATA_PREPROCESSING_CODE: ("Data preprocessing code", ContentType.CODE, 1, True),
    MofComponent.SUPPORTING_LIBRARIES: ("Supporting libraries and tools", ContentType.CODE, 2, False),
    MofComponent.DATASETS: ("Datasets", ContentType.DATA, 1, True),
    MofComponent.EVALUATION_DATA: ("Evaluation data", ContentType.DATA, 2, True),
    MofComponent.MODEL_CARD: ("Model card", ContentType.DOCUMENT, 3, True),
    MofComponent.DATA_CARD: ("Data card", ContentType.DOCUMENT, 3, True),
    MofComponent.TECHNICAL_REPORT: ("Technical report", ContentType.DOCUMENT, 3, True),
    MofComponent.RESEARCH_PAPER: ("Research paper", ContentType.DOCUMENT, 1, True),
    MofComponent.EVALUATION_RESULTS: ("Evaluation results", ContentType.DOCUMENT, 3, True),
    MofComponent.SAMPLE_OUTPUTS: ("Sample model outputs", ContentType.DOCUMENT, 3, False),
    MofComponent.MODEL_METADATA: ("Model metadata", ContentType.DATA, 1, False),
}


COUNT_KEYS: dict[str, str] = {
    "model": "models",
    "organization": "organizations",
    "license": "licenses",
    "policy_note": "policy_notes",
    "note": "notes",
    "evaluation": "evaluations",
    "tag": "tags",
    "source": "sources",
}
"""Kinds and the keys `info` and `Store.counts` report them under."""
