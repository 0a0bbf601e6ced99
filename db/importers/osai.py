"""European Open Source AI Index YAML (12 graded dimensions) and its earlier "Opening up ChatGPT" form (14)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from db.importers.common import (
    Assessed,
    ImportReport,
    ModelRecord,
    RecordRejected,
    as_list,
    clean,
    csv_rows,
    expand,
    load_yaml,
    read_text,
    tolerant_get,
    where,
)
from db.importers.matching import signature
from db.values import normalize_name, parse_date

SOURCE = "osai"
FRAMEWORK = "osai"
LEGACY_FRAMEWORK = "opening-up-chatgpt"
DIMENSIONS: dict[str, str] = {
    "datasources_basemodel": "base_model_data",
    "datasources_endmodel": "end_model_data",
    "weights_basemodel": "base_model_weights",
    "weights_endmodel": "end_model_weights",
    "trainingcode": "training_code",
    "code": "code_documentation",
    "hardware_architecture": "hardware_architecture",
    "preprint": "preprint",
    "paper": "paper",
    "modelcard": "modelcard",
    "datasheet": "datasheet",
    "licenses": "licenses",
}
"""The Index's 12 dimensions, named as the seed names them."""
LEGACY_DIMENSIONS: dict[str, str] = {
    "opencode": "open_code", "llmdata": "base_model_data", "llmweights": "base_model_weights",
    "rldata": "end_model_data", "rlweights": "end_model_weights", "license": "licenses",
    "code": "code_documentation", "architecture": "hardware_architecture", "preprint": "preprint", "paper": "paper",
    "modelcard": "modelcard", "datasheet": "datasheet", "package": "package", "api": "api",
}
"""The 14 dimensions of "Opening up ChatGPT" (2023)."""
GRADES = {"open", "partial", "closed"}
TYPE_MODALITIES = {"text": "text", "image": "image", "code": "code", "video": "video", "audio": "audio"}
CONTRIBUTOR_KIND = {"big tech": "big-tech", "ai tiger": "startup", "startup": "startup", "non-profit": "nonprofit",
                    "nonprofit": "nonprofit", "government": "government"}
"""Words of the Index's "Contributor type" comment ("Non-academic (American Big Tech)"); "Academic ..." apart."""
_COMMENT_TAG = re.compile(r"^\s*#\s*-\s*(National origin|Contributor type)\s*:\s*(.+?)\s*$", re.IGNORECASE | re.M)


def parse(paths: list[Path], report: ImportReport) -> list[ModelRecord]:
    records: list[ModelRecord] = []
    files = [p for p in expand(paths, ("*.yaml", "*.yml", "*.csv"))
             if p in paths or not p.name.startswith("_")]  # _parameters.yml and friends describe the Index itself
    for path in files:
        report.files += 1
        if path.suffix.lower() == ".csv":
            try:
                rows = list(csv_rows(path))
            except RecordRejected as error:
                report.reject(where(path), str(error))
                continue
            for line, cells in rows:
                try:
                    records.append(_record(path, line, _unflatten(cells), ""))
                except RecordRejected as error:
                    report.reject(where(path, line), str(error))
            continue
        try:
            text = read_text(path)
            records.append(_record(path, None, load_yaml(path, text), text))
        except RecordRejected as error:
            report.reject(where(path), str(error))
    return records


def _unflatten(cells: Mapping[str, str]) -> dict[str, Any]:
    """The flattened table (`project.name`, `opencode.class`, ...) back into the YAML's nesting."""
    nested: dict[str, Any] = {}
    for column, value in cells.items():
        head, _, tail = column.partition(".")
        if tail:
            nested.setdefault(head, {})[tail] = value
        else:
            nested[head] = value
    return nested


def _link(value: object) -> str | None:
    """A link that is a string in one file and a list in the next."""
    links = as_list(value, split="")
    return "\n".join(links) or None


def _record(path: Path, line: int | None, document: Any, text: str) -> ModelRecord:
    if not isinstance(document, Mapping):
        raise RecordRejected("not an Index system file (expected a mapping with `system` or `project`)")
    system = tolerant_get(document, "system")
    legacy = not isinstance(system, Mapping)
    if legacy:
        system = tolerant_get(document, "project")
    if not isinstance(system, Mapping):
        raise RecordRejected("not an Index system file (no `system` or `project` section)")
    dimensions = LEGACY_DIMENSIONS if legacy else DIMENSIONS
    framework = LEGACY_FRAMEWORK if legacy else FRAMEWORK
    system_name = clean(tolerant_get(system, "name"))
    if system_name is None and legacy and isinstance(document.get("source"), Mapping):
        stem = Path(str(document["source"].get("file") or "")).stem
        system_name = stem.replace("-", " ").replace("_", " ").strip() or None
    if legacy:
        end_name, base_name = system_name, clean(tolerant_get(system, "llmbase"))
        license_text = clean(tolerant_get(system, "license"))
    else:
        end_name = clean(tolerant_get(system, "endmodelname"))
        base_name = clean(tolerant_get(system, "basemodelname"))
        license_text = clean(tolerant_get(system, "endmodellicense"))
    # The Index grades a system by its end model: the record is the end model, and its base model is another
    # model (Fietje is not Phi-2), named only to link the two. Without an end model the system is the base model
    # itself. A system name ("Qwen", "Llama 3.1") names a family, so it is matched only when no model is named; the
    # 2023 files' `llmbase` is too vague ("Mistral", "LLaMA2") to match on at all.
    if end_name:
        names = [end_name]
    elif base_name and not legacy:
        names, base_name = [base_name], None
    else:
        names = [system_name] if system_name else []
    if not names:
        raise RecordRejected("no system name (an empty template?)")
    graded: list[Assessed] = []
    grades: dict[str, str] = {}
    for ref, dimension in dimensions.items():
        item = tolerant_get(document, ref, cutoff=95)
        if not isinstance(item, Mapping):
            continue
        grade = (clean(tolerant_get(item, "class")) or "").lower()
        if grade not in GRADES:
            continue
        grades[dimension] = grade
        graded.append(Assessed(framework, dimension, grade, _link(tolerant_get(item, "link")),
                               clean(tolerant_get(item, "notes"))))
    if not graded:
        raise RecordRejected("no graded dimension (open, partial or closed)")
    statements: dict[str, Any] = {"name": system_name or names[0]}
    weights = grades.get("base_model_weights") or grades.get("end_model_weights")
    if weights:
        statements["weights"] = weights
    if license_text:
        statements["license"] = license_text
    fields: dict[str, Any] = {}
    if grades.get("end_model_weights" if end_name else "base_model_weights") in ("open", "partial"):
        fields["access"] = ["weights"]  # the graded model's weights can be downloaded
    released = clean(tolerant_get(system, "releasedate"))
    if released:
        try:
            parse_date(released)
            fields["release_date"] = released
        except ValueError:
            statements["release_date"] = released
    kinds = [TYPE_MODALITIES[t.lower()] for t in as_list(tolerant_get(system, "type")) if t.lower() in
             TYPE_MODALITIES]
    if kinds:
        fields["modalities"] = kinds
    org = tolerant_get(document, "org")
    developer = clean(tolerant_get(org, "name")) if isinstance(org, Mapping) else None
    if developer:
        statements["developer"] = developer
    org_facts: dict[str, Any] = {}
    if isinstance(org, Mapping):
        website = as_list(tolerant_get(org, "link"), split="")
        if website:
            org_facts["website"] = website[0]
    for tag, value in _COMMENT_TAG.findall(text):  # country and contributor type live only in YAML comments
        if tag.lower() == "national origin" and clean(value):
            org_facts["country"] = clean(value)
        elif tag.lower() == "contributor type":
            low = value.lower()
            kind = next((k for word, k in CONTRIBUTOR_KIND.items() if word in low), None)
            if low.startswith("academic"):
                kind = "academic"
            if kind:
                org_facts["org_kind"] = kind
                org_facts["org_kind_text"] = value
    base_relation = "fine-tune" if base_name and end_name and signature(base_name).key != signature(end_name).key \
        else None
    if base_relation:
        statements["base_model"] = base_name
    return ModelRecord(
        source=SOURCE, origin=where(path, line), key=normalize_name(f"{framework} {system_name or names[0]}"),
        name=names[0], names=names, developer=developer, fields=fields, statements=statements,
        license=license_text, assessments=graded, base_model=base_name if base_relation else None,
        base_relation=base_relation, org=org_facts, framework=framework,
    )
