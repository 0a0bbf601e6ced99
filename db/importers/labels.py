"""People's words for what an import changed: field labels, MOF component names and catalog grades, not keys."""

from __future__ import annotations

from db.fields import FIELDS
from db.importers.common import SOURCES
from db.vocab import MOF_COMPONENT_INFO, MofComponent

STATEMENT_LABELS = {
    "huggingface": "Hugging Face page",
    "repository": "Repository",
    "weights": "Weights released",
    "mof_class": "MOF class",
    "dataset_size": "Training data size",
    "base_model": "Base model",
    "country": "Country",
    "jurisdiction": "Jurisdiction",
    "developer": "Developer",
    "license": "License",
    "access": "Access channels",
}
"""Record keys an import states that are not (or not only) a form's field."""


def source_label(source: str) -> str:
    """ "Epoch AI" for "epoch" (the CLI's "hf-card" is the Hugging Face source too)."""
    return SOURCES.get(source, SOURCES.get(source.removesuffix("-card"), source))


def change_label(kind: str, key: str) -> str:
    """What one changed key of an imported record means: "Parameters (total)", "Supporting libraries and tools
    (component)", "Epoch AI: training code accessibility"."""
    if key.startswith("component."):
        name = key.removeprefix("component.")
        try:
            return f"{MOF_COMPONENT_INFO[MofComponent(name)][0]} (component)"
        except ValueError:
            return f"{name.replace('-', ' ').capitalize()} (component)"
    if key.startswith("assessment:") or key.count(":") == 1:
        framework, _, dimension = key.removeprefix("assessment:").partition(":")
        return f"{source_label(framework)}: {dimension.replace('_', ' ').replace('-', ' ')}"
    for spec in FIELDS.get(kind, ()):
        if key in (spec.key, spec.attr):
            return spec.label
    return STATEMENT_LABELS.get(key, key.removesuffix("_uuid").replace("_", " ").replace("-", " ").capitalize())
