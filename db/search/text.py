"""What an indexed document is, and which part of its text is content (light: querying needs no store)."""

from __future__ import annotations

from dataclasses import dataclass, field

from db.vocab import CLAUSE_LABELS, MOF_COMPONENT_INFO

FIELD_LABELS: tuple[str, ...] = (
    "Family", "Version", "Developer", "License", "Openness", "Modalities", "Architecture", "Parameters", "Access",
    "Base model", "Country", "Jurisdiction", "Kind", "Business model", "Website", "SPDX", "OSI approved", "URL",
    "Acceptable use policy", "Instrument", "Article", "Status", "Use case", "Evaluator", "Verdict", "Scores",
    "Confidence", "Query", *CLAUSE_LABELS.values(),
)
"""Every label this module writes before a value ("Openness: Open weights, restricted"). Labels make the stored
text readable in result snippets but are not content: indexed, "Openness:" made `open` match every model."""
ASSESSMENT_FRAMEWORKS: tuple[str, ...] = ("epoch", "osai", "mot", "fmti", "hf", "spdx")
"""Frameworks whose grades are written as "framework dimension: value" lines."""
_COMPONENT_NAMES = frozenset(info[0] for info in MOF_COMPONENT_INFO.values())
_STATUSES = frozenset({"released", "partial", "not-released", "unknown"})
_LABELS = frozenset(FIELD_LABELS)
_WRITTEN_BY_HAND = frozenset({"note"})
"""Kinds whose whole body is the author's text: nothing in it is a label."""


def whole_value_key(text: str) -> bytes:
    """A value indexed as one term, so that a field matches it whole ("Llama 3 8B" -> b"llama38b")."""
    from db.search.analysis import byte_tokens  # analysis reads content_text from here

    return b"".join(byte_tokens(text))


def content_text(body: str, kind: str | None = None) -> str:
    """The part of a document's text that is content: its stored body without the labels this module adds.

    Line by line ("Openness: Open weights" -> "Open weights"; a component's "Model card: released (CC-BY-4.0)" ->
    "(CC-BY-4.0)"; an assessment's "osai base_model_data: closed" -> "closed"): set lookups, no regular expression
    over the whole text, since a rebuild runs this for every entry."""
    if not body or kind in _WRITTEN_BY_HAND or ": " not in body:
        return body
    lines = body.split("\n")
    for index, line in enumerate(lines):
        head, separator, rest = line.partition(": ")
        if not separator:
            continue
        if head in _LABELS:
            lines[index] = rest
        elif head in _COMPONENT_NAMES:
            status, _space, tail = rest.partition(" ")
            lines[index] = tail if status in _STATUSES else rest
        elif head.partition(" ")[0] in ASSESSMENT_FRAMEWORKS and head.count(" ") == 1:
            lines[index] = rest
    return "\n".join(lines)


@dataclass
class SearchDocument:
    """Everything the index needs about one entry, independent of the search engine."""

    uuid: str
    kind: str
    title: str
    body: str = ""
    tags: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    """Filterable text fields: license, org, author, jurisdiction, openness, status, verdict."""
    openness: str | None = None
    jurisdiction: str | None = None
    dates: dict[str, int] = field(default_factory=dict)
    """released, created, modified, date (the entry's main date) as proleptic ordinals."""
    numbers: dict[str, float] = field(default_factory=dict)
    """params, compute, context, mof."""
