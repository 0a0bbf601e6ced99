"""Model Openness Tool files (`models/*.yml`, or its JSON listing): release metadata and the 17 components."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from db.importers.common import (
    ImportReport,
    ModelRecord,
    RecordRejected,
    clean,
    expand,
    load_yaml,
    read_text,
    tolerant_get,
    where,
)
from db.importers.licenses import PROPRIETARY, resolve
from db.importers.matching import signature
from db.openness.mof import classify, from_mot_release, normalize_license_id
from db.values import normalize_name, parse_number
from db.vocab import MOF_COMPONENT_INFO, ContentType

SOURCE = "mot"
BASE_RELATION = "other"
"""How a model relates to its `origin`: the tool does not say (a fine-tune, a quantization, a merge)."""
TYPE_MODALITIES = {"language": ["text"], "text": ["text"], "vision": ["image"], "image": ["image"],
                   "audio": ["audio"], "speech": ["audio"], "video": ["video"], "code": ["code"]}


def parse(paths: list[Path], report: ImportReport) -> list[ModelRecord]:
    records: list[ModelRecord] = []
    for path in expand(paths, ("*.yml", "*.yaml", "*.json")):
        report.files += 1
        try:
            documents = _documents(path)
        except RecordRejected as error:
            report.reject(where(path), str(error))
            continue
        for index, document in documents:
            detail = None if len(documents) == 1 else f"model {index}"
            try:
                records.append(_record(path, detail, document))
            except RecordRejected as error:
                report.reject(where(path, detail), str(error))
    return records


def _documents(path: Path) -> list[tuple[int, Any]]:
    """One model per YAML file; a JSON file may be one model or the tool's listing {"models": [...]}."""
    if path.suffix.lower() == ".json":
        text = read_text(path)
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            try:
                data = json.loads(re.sub(r",(\s*[}\]])", r"\1", text))  # the tool's own export has trailing commas
            except json.JSONDecodeError as error:
                raise RecordRejected(f"line {error.lineno}: bad JSON ({error.msg})") from error
        if isinstance(data, Mapping) and isinstance(data.get("models"), list):
            return list(enumerate(data["models"], start=1))
        return [(1, data)]
    return [(1, load_yaml(path))]


def _hf_id(value: object) -> str | None:
    text = clean(value)
    if not text:
        return None
    match = re.search(r"huggingface\.co/([^/\s]+/[^/\s#?]+)", text)
    if match:
        return match.group(1)
    return text if re.fullmatch(r"[\w.-]+/[\w.-]+", text) else None


def _record(path: Path, detail: str | None, document: Any) -> ModelRecord:
    if not isinstance(document, Mapping):
        raise RecordRejected("not a Model Openness Tool model file (no mapping)")
    release = tolerant_get(document, "release")
    if not isinstance(release, Mapping):
        if "name" in document and "components" in document:
            release = document  # a bare release, without the framework header
        else:
            raise RecordRejected("not a Model Openness Tool model file (no release)")
    name = clean(tolerant_get(release, "name"))
    if name is None:
        raise RecordRejected("the release has no name")
    states, global_licenses = from_mot_release(release)
    if not states and not tolerant_get(release, "components"):
        raise RecordRejected("the release lists no components")
    result = classify(states, global_licenses)
    components: dict[str, list[Any]] = {}
    for state in states:
        license_text = state.license
        if license_text is None:
            content_type = MOF_COMPONENT_INFO[state.component][1].value
            license_text = global_licenses.get(content_type) or global_licenses.get("distribution")
        # Code and data listed under "Proprietary" (GPT-4's weights) are not released to anyone; a proprietary
        # document (a report, published results) is still public, just not openly licensed.
        proprietary = resolve(license_text) is PROPRIETARY
        artifact = MOF_COMPONENT_INFO[state.component][1] is not ContentType.DOCUMENT
        status = "not-released" if proprietary and artifact else state.status.value
        # A component no global license covers (a data card when only code and data have one) is kept as
        # 'unlicensed': left empty it would inherit the model's license in the atlas and count as openly licensed.
        components[state.component.value] = [status, license_text or "unlicensed"]
    origin = where(path, detail)
    statements: dict[str, Any] = {"name": name, "mof_class": result.mof_class}
    fields: dict[str, Any] = {}
    developer = clean(tolerant_get(release, "producer"))
    if developer:
        statements["developer"] = developer
    version = clean(tolerant_get(release, "version"))
    size = None
    if version and re.fullmatch(r"\d+(\.\d+)?\s*[MBT]", version, re.IGNORECASE):
        size = parse_number(version)
        fields["params_total"] = size
        statements["params_total"] = version
    architecture = clean(tolerant_get(release, "architecture"))
    if architecture:
        fields["architecture"] = architecture
    kind = (clean(tolerant_get(release, "type")) or "").lower()
    if kind in TYPE_MODALITIES:
        fields["modalities"] = TYPE_MODALITIES[kind]
    weights = components.get("final-parameters")
    if weights is not None:
        statements["weights"] = weights[1] if normalize_license_id(weights[1]) else "released without a license"
        if weights[0] == "released":
            fields["access"] = ["weights"]
    license_text = global_licenses.get("distribution") or (
        weights[1] if weights and normalize_license_id(weights[1]) else None
    )
    if license_text:
        statements["license"] = license_text
    for key in ("repository", "huggingface"):
        value = clean(tolerant_get(release, key))
        if value:
            statements[key] = value
    names = [name]
    hf_id = _hf_id(tolerant_get(release, "huggingface"))
    if hf_id:
        names.append(hf_id)
    base = _base_model(clean(tolerant_get(release, "origin")), names)
    if base:
        statements["base_model"] = base
    return ModelRecord(
        source=SOURCE, origin=origin, key=normalize_name(name), name=name, names=names, developer=developer,
        size=size, fields=fields, statements=statements, license=license_text, components=components,
        base_model=base, base_relation=BASE_RELATION if base else None,
    )


def _base_model(origin: str | None, names: list[str]) -> str | None:
    """The tool's `origin`: the model this one was built from, unless it names the model itself (Amber's origin is
    Amber) or is a license filled in by mistake (Apache-2.0, MIT). The tool does not say how it was built."""
    if not origin:
        return None
    info = resolve(origin)
    if info is not None and info.known:
        return None
    own = {signature(n).key for n in names} | {signature(n).joined for n in names}
    sig = signature(origin)
    if sig.empty or sig.key in own or (sig.joined in own and not sig.versions and not sig.sizes):
        return None
    return origin

