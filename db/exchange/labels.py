"""People's words for what a merge counts and what a conflict differs in: kinds and field labels, not table names."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from db.exchange.layout import layout
from db.fields import FIELDS, KIND_LABELS

ROW_KINDS: dict[str, tuple[str, str]] = {
    "aliases": ("other name", "other names"),
    "assessments": ("catalog grade", "catalog grades"),
    "components": ("model component", "model components"),
    "entry_tags": ("tag on an entry", "tags on entries"),
    "import_reviews": ("match to review", "matches to review"),
    "links": ("link between entries", "links between entries"),
    "org_assessments": ("organization grade", "organization grades"),
    "provenance": ("imported value", "imported values"),
}
"""Rows that belong to entries; the tables that hold entries take their kind's label from db.fields."""
COLUMN_LABELS = {"deleted_at": "Deleted", "created_at": "Created", "modified_at": "Last changed", "author": "Author"}


@cache
def _entry_kinds() -> dict[str, str]:
    """Table name -> entry kind (models -> model)."""
    return {info.name: kind for kind, info in layout().kinds.items()}


def kind_names(table: str) -> tuple[str, str]:
    """(singular, plural) in lower case for the rows of `table`: ("model", "models"), ("other name", ...)."""
    kind = _entry_kinds().get(table)
    if kind in KIND_LABELS:
        singular, plural = KIND_LABELS[kind]
        return singular.lower(), plural.lower()
    if table in ROW_KINDS:
        return ROW_KINDS[table]
    words = table.replace("_", " ")
    return words.removesuffix("s"), words


def kind_label(table: str) -> str:
    """A heading for the rows of `table`: "Models", "Other names"."""
    return kind_names(table)[1].capitalize()


def count_phrase(table: str, count: int) -> str:
    singular, plural = kind_names(table)
    return f"{count:,} {singular if count == 1 else plural}"


def describe_counts(per_kind: Mapping[str, int], *, most: int = 4) -> str:
    """ "12 models, 3 licenses and 2 more kinds" — the largest first, kinds with nothing left out."""
    ranked = sorted(((n, table) for table, n in per_kind.items() if n), key=lambda item: (-item[0], item[1]))
    phrases = [count_phrase(table, n) for n, table in ranked[:most]]
    rest = len(ranked) - most
    if rest > 0:
        phrases.append(f"{rest} more kind{'s' if rest != 1 else ''}")
    if len(phrases) <= 1:
        return "".join(phrases)
    return ", ".join(phrases[:-1]) + " and " + phrases[-1]


def entry_kind(table: str) -> str | None:
    """The entry kind held by `table` ("models" -> "model"), or None for a row table."""
    return _entry_kinds().get(table)


def field_label(kind_table: str, column: str) -> str:
    """The label a form shows for `column` of rows named by `kind_table` ("models", "model_version" -> "Version")."""
    kind = _entry_kinds().get(kind_table)
    for spec in FIELDS.get(kind or "", ()):
        if column in (spec.attr, spec.key):
            return spec.label
    if column in COLUMN_LABELS:
        return COLUMN_LABELS[column]
    return column.removesuffix("_uuid").replace("_", " ").capitalize()
