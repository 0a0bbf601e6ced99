"""Hugging Face model cards: a README.md with YAML front matter, saved from a model page, alone or in folders."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from db.importers.common import (
    ImportReport,
    ModelRecord,
    RecordRejected,
    as_list,
    clean,
    expand,
    load_yaml,
    read_text,
    tolerant_get,
    where,
)
from db.values import normalize_name

SOURCE = "hf"
HF_ORGANIZATIONS: dict[str, str] = {
    "meta-llama": "Meta", "facebook": "Meta", "mistralai": "Mistral AI", "google": "Google DeepMind",
    "qwen": "Alibaba Cloud", "deepseek-ai": "DeepSeek", "allenai": "Allen Institute for AI (Ai2)",
    "eleutherai": "EleutherAI", "tiiuae": "Technology Innovation Institute (TII)", "microsoft": "Microsoft",
    "thudm": "Zhipu AI", "zai-org": "Zhipu AI", "bigscience": "BigScience", "stabilityai": "Stability AI",
    "nvidia": "NVIDIA", "ibm-granite": "IBM", "openai": "OpenAI", "xai-org": "xAI", "01-ai": "01.AI",
    "moonshotai": "Moonshot AI", "databricks": "Databricks", "cohereforai": "Cohere", "coherelabs": "Cohere",
    "togethercomputer": "Together AI", "openlm-research": "OpenLM Research (UC Berkeley)",
    "huggingfaceh4": "Hugging Face", "huggingfacetb": "Hugging Face", "lmsys": "LMSYS Org",
}
"""Hub organization ids of well-known developers (others are used as they are)."""
PIPELINE_MODALITIES: dict[str, list[str]] = {
    "text-generation": ["text"], "text2text-generation": ["text"], "fill-mask": ["text"],
    "image-text-to-text": ["text", "image"], "visual-question-answering": ["text", "image"],
    "text-to-image": ["image"], "image-to-image": ["image"], "image-classification": ["image"],
    "automatic-speech-recognition": ["audio", "text"], "text-to-speech": ["text", "audio"],
    "text-to-audio": ["audio"], "text-to-video": ["video"], "video-text-to-text": ["video", "text"],
}
RELATIONS = {"finetune": "fine-tune", "fine-tune": "fine-tune", "adapter": "adapter", "quantized": "quantization",
             "quantization": "quantization", "merge": "merge", "distillation": "distillation",
             "distilled": "distillation", "continued-pretraining": "continued-pretraining"}
_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)(.*)\Z", re.S)


def parse(paths: list[Path], report: ImportReport) -> list[ModelRecord]:
    records: list[ModelRecord] = []
    for path in expand(paths, ("README.md", "readme.md", "*.modelcard.md")):
        report.files += 1
        try:
            records.append(_record(path))
        except RecordRejected as error:
            report.reject(where(path), str(error))
    return records


def _repo_id(path: Path) -> str | None:
    """'meta-llama__Meta-Llama-3-8B' or 'models--meta-llama--Meta-Llama-3-8B' folders name the repository."""
    for part in (path.parent.name, path.parent.parent.name):
        match = re.fullmatch(r"(?:models--)?([\w.-]+?)(?:__|--)([\w.-]+)", part)
        if match:
            return f"{match.group(1)}/{match.group(2)}"
    return None


def _heading(body: str) -> str | None:
    for line in body.splitlines():
        match = re.match(r"^#\s+(.+?)\s*#*\s*$", line)
        if match:
            title = re.sub(r"^(model card for|model card:?)\s+", "", match.group(1), flags=re.I)
            title = re.sub(r"[*_`\[\]]", "", title).strip()
            return title or None
    return None


def _record(path: Path) -> ModelRecord:
    match = _FRONT_MATTER.match(read_text(path))
    if match is None:
        raise RecordRejected("no YAML front matter (a model card starts with --- and its metadata)")
    meta = load_yaml(path, match.group(1))
    if not isinstance(meta, Mapping):
        raise RecordRejected("the front matter is not a mapping")
    body = match.group(2)
    index = tolerant_get(meta, "model-index")
    index_name = None
    if isinstance(index, list) and index and isinstance(index[0], Mapping):
        index_name = clean(index[0].get("name"))
    repo = _repo_id(path) or (index_name if index_name and "/" in index_name else None)
    name = (repo.split("/", 1)[1] if repo else None) or index_name or _heading(body)
    if name is None and path.stem.lower() != "readme":
        name = path.stem
    if name is None and path.parent.name:
        name = path.parent.name
    if not name:
        raise RecordRejected("cannot tell which model the card describes (no name, heading or folder)")
    org_id = repo.split("/", 1)[0] if repo else None
    developer = HF_ORGANIZATIONS.get(org_id.lower(), org_id) if org_id else None
    statements: dict[str, Any] = {"name": repo or name}
    fields: dict[str, Any] = {"access": ["weights"]}
    license_id = clean(tolerant_get(meta, "license"))
    if license_id and license_id.lower() == "other":
        license_id = clean(tolerant_get(meta, "license_name")) or clean(tolerant_get(meta, "license_link"))
    license_list = as_list(tolerant_get(meta, "license"))
    if license_id is None and len(license_list) > 1:
        license_id = " AND ".join(license_list)
    if license_id:
        statements["license"] = license_id
        statements["weights"] = license_id
    link = clean(tolerant_get(meta, "license_link"))
    if link:
        statements["license_link"] = link
    bases = as_list(tolerant_get(meta, "base_model"))
    relation = (clean(tolerant_get(meta, "base_model_relation")) or "").lower()
    base_relation = RELATIONS.get(relation) or ("merge" if len(bases) > 1 else "fine-tune" if bases else None)
    if bases:
        statements["base_model"] = bases if len(bases) > 1 else bases[0]
        statements["base_relation"] = base_relation
    pipeline = (clean(tolerant_get(meta, "pipeline_tag")) or "").lower()
    if pipeline:
        statements["pipeline_tag"] = pipeline
        if pipeline in PIPELINE_MODALITIES:
            fields["modalities"] = PIPELINE_MODALITIES[pipeline]
    for key in ("datasets", "language", "tags"):
        values = as_list(tolerant_get(meta, key))
        if values:
            statements[key] = values
    results = _results(index)
    if results:
        statements["evaluation_results"] = results
    components: dict[str, list[Any]] = {"model-card": ["released", None], "final-parameters": ["released",
                                                                                             license_id]}
    if results:
        components["evaluation-results"] = ["released", None]
    names = [n for n in dict.fromkeys((repo, name, index_name)) if n]
    return ModelRecord(
        source=SOURCE, origin=where(path), key=normalize_name(repo or name), name=name, names=names,
        developer=developer, fields=fields, statements=statements, license=license_id, components=components,
        base_model=bases[0] if len(bases) == 1 else None, base_relation=base_relation if len(bases) == 1 else None,
    )


def _results(index: Any) -> list[str]:
    """'dataset: metric = value' for each reported evaluation result (at most 20)."""
    out: list[str] = []
    if not isinstance(index, list):
        return out
    for model in index:
        for result in (model.get("results") or []) if isinstance(model, Mapping) else []:
            if not isinstance(result, Mapping):
                continue
            raw_dataset = result.get("dataset")
            dataset = raw_dataset if isinstance(raw_dataset, Mapping) else {}
            for metric in result.get("metrics") or []:
                if isinstance(metric, Mapping) and metric.get("value") is not None:
                    label = dataset.get("name") or dataset.get("type") or "?"
                    out.append(f"{label}: {metric.get('name') or metric.get('type')} = {metric['value']}")
    return out[:20]
