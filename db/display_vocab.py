"""The one table of words db/ hands to people (grades, kinds, fields, clauses, statuses, verdicts), by identifier.

Stored values stay English identifiers and the CLI prints these English words; the desktop translates each of them
through Qt (context "Vocabulary": desktop/vocab_strings.py is generated from `display_strings()` so that lupdate
finds them, and desktop.i18n.vocab translates one). A word shown in several places is one message.
"""

from __future__ import annotations

from enum import StrEnum


def _values(prefix: str, values: tuple[str, ...] | type[StrEnum]) -> dict[str, str]:
    """Enumerated values the faces show as they are stored ("not-released", "adopt", "yes")."""
    return {f"{prefix}.{value}": str(value) for value in values}


def display_strings() -> dict[str, str]:
    """identifier -> English display text, for every word of db/'s vocabularies that a face shows."""
    from db import vocab
    from db.advisor.api import STATUS_LABELS
    from db.advisor.describe import OUTCOME_TITLES
    from db.advisor.export import SHORT_LABELS
    from db.advisor.license_check import CLAUSE_LABELS as CHECK_CLAUSE_LABELS
    from db.advisor.license_check import VERDICT_LABELS
    from db.advisor.rules import FACTS
    from db.compare import GROUP_TITLES
    from db.exchange.labels import COLUMN_LABELS, ROW_KINDS
    from db.fields import FIELDS, KIND_LABELS
    from db.importers.disagreements import LABELS as DISAGREEMENT_LABELS
    from db.importers.labels import STATEMENT_LABELS
    from db.openness.mof import MOF_CLASS_LABELS
    from db.queries import KIND_QUERIES
    from db.vocab import CLAUSE_LABELS

    table: dict[str, str] = {}
    table.update({f"grade.{grade}": label for grade, label in vocab.OPENNESS_LABELS.items()})
    for kind, (singular, plural) in KIND_LABELS.items():
        table[f"kind.{kind}"] = singular
        table[f"kinds.{kind}"] = plural
    for kind, specs in FIELDS.items():
        for spec in specs:
            table[f"field.{kind}.{spec.key}"] = spec.label
            table[f"group.{spec.group}"] = spec.group
    table.update({f"clause.{clause}": label for clause, label in CLAUSE_LABELS.items()})
    table.update({f"check_clause.{clause}": label for clause, label in CHECK_CLAUSE_LABELS.items()})
    table.update({f"short_clause.{clause}": label for clause, label in SHORT_LABELS.items()})
    table.update({f"mof.{component}": info[0] for component, info in vocab.MOF_COMPONENT_INFO.items()})
    table.update({f"mof_class.{level}": label for level, label in MOF_CLASS_LABELS.items()})
    table.update({f"check_verdict.{verdict}": label for verdict, label in VERDICT_LABELS.items()})
    table.update({f"rule_status.{status}": label for status, label in STATUS_LABELS.items()})
    table.update({f"fact.{key}": info.label for key, info in FACTS.items()})
    table.update({f"outcome.{outcome}": title for outcome, title in OUTCOME_TITLES.items()})
    table.update({f"compare_group.{group}": title for group, title in GROUP_TITLES.items()})
    table.update({f"column.{column}": label for column, label in COLUMN_LABELS.items()})
    for table_name, (singular, plural) in ROW_KINDS.items():
        table[f"row.{table_name}"] = singular
        table[f"rows.{table_name}"] = plural
    table.update({f"statement.{key}": label for key, label in STATEMENT_LABELS.items()})
    table.update({f"catalog_field.{key}": label for key, label in DISAGREEMENT_LABELS.items()})
    table.update({f"rubric.{criterion}": criterion for criterion in vocab.DEFAULT_RUBRIC})
    for kind, query in KIND_QUERIES.items():
        table.update({f"list_column.{kind}.{column.key}": column.label for column in query.columns})
        table.update({f"facet.{kind}.{name}": label for name, label in query.facet_labels.items()})
    for prefix, values in (
        ("verdict", vocab.Verdict), ("policy_status", vocab.PolicyStatus), ("component_status", vocab.ComponentStatus),
        ("license_family", vocab.LicenseFamily), ("org_kind", vocab.OrgKind), ("business_model", vocab.BusinessModel),
        ("compute_confidence", vocab.ComputeConfidence), ("base_relation", vocab.BaseRelation),
        ("access", vocab.AccessChannel), ("source_confidence", vocab.SourceConfidence),
        ("clause_value", tuple(dict.fromkeys(v for choices in vocab.LICENSE_CLAUSES.values() for v in choices))),
        ("user_cap_status", ("none", "cap", "unknown")),
        ("modality", ("text", "image", "audio", "video", "code")),
    ):
        table.update(_values(prefix, values))
    return table
