"""Epoch AI CSV exports ("All ML Systems" and the benchmark tables): one model per row."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from db.importers.common import (
    Assessed,
    ImportReport,
    ModelRecord,
    RecordRejected,
    as_list,
    clean,
    column_map,
    csv_rows,
    expand,
    first_line,
    where,
)
from db.values import normalize_name, parse_date, parse_number

SOURCE = "epoch"
COLUMNS: dict[str, tuple[str, ...]] = {
    "system": ("System", "Model", "Name", "Model name"),
    "organization": ("Organization", "Organisation", "Developer"),
    "country": ("Country (from Organization)", "Country (of organization)", "Country"),
    "date": ("Publication date", "Date", "Release date"),
    "params": ("Parameters", "Model size (parameters)", "Parameter count"),
    "active": ("Active Parameters", "Active parameters"),
    "compute": ("Training compute (FLOP)", "Training compute"),
    "speculative_compute": ("Speculative Compute",),
    "confidence": ("Confidence",),
    "accessibility": ("Model accessibility", "Open/Closed", "Accessibility"),
    "training_code": ("Training code accessibility",),
    "inference_code": ("Inference code accessibility",),
    "datasets": ("Dataset accessibility",),
    "tokens": ("Training dataset size (datapoints)", "Dataset size"),  # datapoints: words, for text
    "base_model": ("Base model",),
    "domain": ("Domain",),
    "link": ("Link",),
    "org_category": ("Organization categorization", "Organization categorization (from Organization)"),
    "notes": ("Accessibility notes",),
}
NOT_MODELS = frozenset({"random chance", "human", "humans", "human performance", "baseline", "random baseline"})
ACCESS = {"api access": ["api"], "hosted access (no api)": ["hosted-app"], "open": ["weights"]}
DOMAIN_MODALITIES = {"language": "text", "vision": "image", "image generation": "image", "speech": "audio",
                     "audio": "audio", "video": "video"}
CODE_STATUS = {"open source": "released", "open (restricted use)": "released", "open access (restricted use)":
               "released", "open (non-commercial)": "released", "unreleased": "not-released"}
GRADES = {
    "open weights (unrestricted)": "open-weights-unrestricted",
    "open weights (restricted use)": "open-weights-restricted",
    "open weights (non-commercial)": "open-weights-non-commercial",
    "api access": "closed-api",
    "hosted access (no api)": "hosted-only",
    "unreleased": "unreleased",
}
"""Epoch's own accessibility column decides the grade of what it describes; a blank cell says nothing."""
CONFIDENCE = {"confident": "confident", "likely": "likely", "speculative": "speculative"}
ORG_KIND = {"academia": "academic", "government": "government"}


def parse(paths: list[Path], report: ImportReport) -> list[ModelRecord]:
    records: list[ModelRecord] = []
    for path in expand(paths, ("*.csv",)):
        report.files += 1
        try:
            rows = list(csv_rows(path))
        except RecordRejected as error:
            report.reject(where(path), str(error))
            continue
        if not rows:
            report.reject(where(path), "empty file (no header or no rows)")
            continue
        columns = column_map(list(rows[0][1]), COLUMNS)
        if "system" not in columns:
            report.reject(where(path), "not an Epoch AI table: no System column")
            continue
        for line, cells in rows:
            try:
                values = {key: cells.get(header, "") for key, header in columns.items()}
                values["_access_header"] = columns.get("accessibility", "")
                record = _record(path, line, values)
            except RecordRejected as error:
                report.reject(where(path, line), str(error))
                continue
            if record is not None:
                records.append(record)
    return records


def _number(cells: dict[str, str], key: str, label: str) -> float | None:
    raw = clean(cells.get(key))
    if raw is None:
        return None
    text = re.sub(r"\s*\(.*\)\s*$", "", raw).lstrip("~≈ ").strip()  # "~1e24", "3.8e25 (est.)"
    try:
        return parse_number(text)
    except ValueError as error:
        raise RecordRejected(f"{label}: {error}") from error


def _record(path: Path, line: int, cells: dict[str, str]) -> ModelRecord | None:
    name = clean(cells.get("system"))
    if name is None:
        raise RecordRejected("no system name")
    if normalize_name(name) in NOT_MODELS:
        raise RecordRejected(f"{name!r} is a reference point, not a model")
    fields: dict[str, Any] = {}
    statements: dict[str, Any] = {}
    raw_date = clean(cells.get("date"))
    if raw_date:
        try:
            parse_date(raw_date)
        except ValueError as error:
            raise RecordRejected(f"Publication date: {error}") from error
        fields["release_date"] = raw_date
        statements["release_date"] = raw_date
    params = _number(cells, "params", "Parameters")
    active = _number(cells, "active", "Active Parameters")
    compute = _number(cells, "compute", "Training compute (FLOP)")
    confidence = CONFIDENCE.get((clean(cells.get("confidence")) or "").lower())
    if compute is None:
        compute = _number(cells, "speculative_compute", "Speculative Compute")
        if compute is not None:
            confidence = "speculative"
    for key, value in (("params_total", params), ("params_active", active), ("training_compute_flop", compute),
                       ("compute_confidence", confidence)):
        if value is not None:
            fields[key] = value
            statements[key] = value
    # Epoch counts training data in "datapoints" (words, for language models), not tokens: stated, not filled in.
    dataset_size = _number(cells, "tokens", "Training dataset size")
    if dataset_size is not None:
        statements["dataset_size"] = dataset_size
    access_text = clean(cells.get("accessibility"))
    graded_column = cells.get("_access_header") != "Open/Closed"
    if access_text:
        statements["weights"] = access_text
        lowered = access_text.lower()
        access = ["weights"] if lowered.startswith("open weights") else ACCESS.get(lowered)
        if access:
            fields["access"] = access
        if graded_column and lowered in GRADES:
            fields["openness_grade"] = GRADES[lowered]
    modalities = [DOMAIN_MODALITIES[d.lower()] for d in as_list(cells.get("domain")) if d.lower() in
                  DOMAIN_MODALITIES]
    if modalities:
        fields["modalities"] = list(dict.fromkeys(modalities))
    components: dict[str, list[Any]] = {}
    for key, component in (("training_code", "training-code"), ("inference_code", "inference-code"),
                           ("datasets", "datasets")):
        status = CODE_STATUS.get((clean(cells.get(key)) or "").lower())
        if status:
            components[component] = [status, None]
    # The benchmark tables only say Open or Closed: a coarser grade than "Model accessibility", kept apart.
    access_dimension = "model_accessibility" if graded_column else "open_closed"
    assessments = [
        Assessed("epoch", dimension, value, first_line(cells.get("link")), clean(cells.get("notes")) if
                 dimension == access_dimension else None)
        for dimension, value in (
            (access_dimension, access_text),
            ("training_code_accessibility", clean(cells.get("training_code"))),
            ("inference_code_accessibility", clean(cells.get("inference_code"))),
            ("dataset_accessibility", clean(cells.get("datasets"))),
        )
        if value
    ]
    organizations = as_list(cells.get("organization"))
    countries = as_list(cells.get("country"))
    org: dict[str, Any] = {}
    if countries:
        org["country"] = countries[0]
    categories = as_list(cells.get("org_category"))
    if categories and categories[0].lower() in ORG_KIND:
        org["org_kind"] = ORG_KIND[categories[0].lower()]
        org["org_kind_text"] = categories[0]
    developer = ", ".join(organizations) or None
    if developer:
        statements["developer"] = developer
    base = clean(cells.get("base_model"))
    if base:
        statements["base_model"] = base
    statements["name"] = name
    return ModelRecord(
        source=SOURCE, origin=where(path, line), key=normalize_name(name), name=name, names=[name],
        developer=developer, size=params, fields=fields, statements=statements, components=components,
        assessments=assessments, base_model=base, base_relation="fine-tune" if base else None, org=org,
        rank=0 if graded_column else 1,
    )
