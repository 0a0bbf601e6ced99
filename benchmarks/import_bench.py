"""Import speed: 2,000 Epoch-like rows and 300 Model Openness Tool-like files, matched and indexed, on the seed.

The files are synthetic but shaped like the reference files in ../shared/reference (Epoch's "All ML Systems"
columns with a byte-order mark, comma-joined and multi-line cells; MOT release files with global and per-component
licenses). Each case runs on a fresh copy of an atlas made from the bundled seed: the first import (matching,
creating, recording provenance), the time until the app's search index (db.search) has the new entries on disk,
then the same import again (everything unchanged). Wall-clock and CPU seconds are both printed: on a busy
machine the CPU figure is the steadier one.

    python benchmarks/import_bench.py [--rows 2000] [--files 300]
"""

from __future__ import annotations

import argparse
import csv
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from db.importers.api import run_import  # noqa: E402
from db.library import create_atlas  # noqa: E402
from db.store import Store  # noqa: E402

FAMILIES = ("Llama", "Qwen", "Mistral", "Falcon", "Gemma", "Phi", "DeepSeek", "Yi", "OLMo", "Pythia", "GLM",
            "Baichuan", "InternLM", "StableLM", "MPT", "Bloom", "Granite", "Jamba", "Nemotron", "Command",
            "Aquila", "Xverse", "Orion", "Skywork", "Hunyuan", "Ernie", "Sensenova", "Kimi", "MiniMax", "Reka")
ORGS = ("Meta AI", "Alibaba", "Mistral AI", "Technology Innovation Institute", "Google DeepMind", "Microsoft",
        "DeepSeek", "01.AI", "Allen Institute for AI", "EleutherAI", "Zhipu AI", "Baichuan Inc", "Shanghai AI Lab",
        "Stability AI", "MosaicML", "BigScience", "IBM", "AI21 Labs", "NVIDIA", "Cohere", "BAAI",
        "XVERSE Technology", "OrionStar", "Kunlun Inc", "Tencent", "Baidu", "SenseTime", "Moonshot AI", "MiniMax",
        "Reka AI")
ACCESS = ("Open weights (unrestricted)", "Open weights (restricted use)", "Open weights (non-commercial)",
          "API access", "Hosted access (no API)", "Unreleased")
SIZES = (0.5, 1, 1.5, 2, 3, 7, 8, 9, 13, 14, 20, 32, 34, 40, 65, 70, 72, 110, 180, 236, 340, 405)
COMPONENTS = ("Model architecture", "Data preprocessing code", "Training code", "Inference code", "Evaluation code",
              "Supporting libraries and tools", "Model parameters (Final)", "Model parameters (Intermediate)",
              "Datasets", "Evaluation data", "Model metadata", "Sample model outputs", "Model card", "Data card",
              "Technical report", "Research paper", "Evaluation results")
TARGET_SECONDS = 10.0
LICENSES = ("Apache-2.0", "MIT", "Llama 3 Community License", "CC-BY-4.0", "unlicensed", "Apache 2.0",
            "BSD-3-Clause", "CDLA-Permissive-2.0", "Proprietary", "Gemma Terms of Use")


def epoch_rows(count: int, seed: int = 7) -> list[dict[str, str]]:
    """Distinct Epoch-like rows: family, version and size vary, as in the real table."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    while len(rows) < count:
        family_index = rng.randrange(len(FAMILIES))
        version = rng.choice(("", "2", "3", "3.1", "1.5", "4", "2.5"))
        size = rng.choice(SIZES)
        suffix = rng.choice(("", "", "", "-Base", " (0613)", "-v0.2"))
        name = f"{FAMILIES[family_index]}{' ' + version if version else ''}-{size:g}B{suffix}"
        if name.lower() in seen:
            continue
        seen.add(name.lower())
        org = ORGS[family_index] if rng.random() > 0.1 else f"{ORGS[family_index]},{rng.choice(ORGS)}"
        rows.append({
            "System": name,
            "Domain": rng.choice(("Language", "Language,Vision", "Multimodal,Language,Vision")),
            "Model accessibility": rng.choice(ACCESS),
            "Link": f"https://example.org/{len(rows)}\nhttps://arxiv.org/abs/2400.{len(rows):05d}",
            "Publication date": f"20{rng.randint(19, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "Organization": org,
            "Parameters": rng.choice((f"{size * 1e9:.2f}", f"{size:g}B", "")),
            "Training compute (FLOP)": rng.choice((f"{rng.uniform(1, 9):.2f}e{rng.randint(21, 25)}", "")),
            "Confidence": rng.choice(("Confident", "Likely", "Speculative", "")),
            "Training code accessibility": rng.choice(("Open source", "Unreleased", "")),
            "Accessibility notes": "weights on the Hub;\nlicense restricts use" if rng.random() < 0.3 else "",
            "Country (from Organization)": rng.choice(("United States of America", "China,China", "France")),
            "Organization categorization": rng.choice(("Industry", "Academia", "Industry,Academia")),
        })
    return rows


def write_epoch(folder: Path, count: int) -> Path:
    rows = epoch_rows(count)
    path = folder / "All_ML_Systems_synthetic.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as handle:  # with a byte-order mark, like Epoch's
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_mot(folder: Path, count: int, seed: int = 11) -> Path:
    """MOT-like release files (models/*.yml): a producer, a global license block, listed components."""
    rng = random.Random(seed)
    target = folder / "models"
    target.mkdir()
    for index in range(count):
        family = FAMILIES[index % len(FAMILIES)]
        size = SIZES[(index // len(FAMILIES)) % len(SIZES)]
        name = f"{family}-{index // (len(FAMILIES) * len(SIZES)) + 1}-{size:g}B"
        lines = ["framework:", "  name: 'Model Openness Framework'", "  version: '1.0'", "  date: '2024-12-15'",
                 "release:", f"  name: {name}", f"  version: {size:g}B", "  date: '2025-01-01'",
                 "  type: language", "  architecture: 'transformer decoder'",
                 f"  producer: '{ORGS[index % len(ORGS)]}'", "  contact: ''"]
        if rng.random() < 0.5:
            lines += ["  license:", "    distribution:", f"      name: {rng.choice(LICENSES)}", "      path: ''"]
        else:
            lines.append("  license: {  }")
        lines.append("  components:")
        for component in rng.sample(COMPONENTS, rng.randint(3, 17)):
            lines += ["    -", f"      name: '{component}'", "      description: 'x'"]
            if rng.random() < 0.7:
                lines.append(f"      license: '{rng.choice(LICENSES)}'")
        (target / f"{name}.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def _search_service(store: Store, folder: Path) -> Any:
    """The app's search index over the store, when db.search provides one (it updates itself after each commit)."""
    try:
        from db.search.service import SearchService
    except ImportError:
        return None
    service = SearchService(store, folder)
    service.rebuild()
    return service


def timed(store_path: Path, source: str, paths: list[Path], index_dir: Path) -> tuple[float, float, float, Any]:
    """(import seconds, import CPU seconds, seconds until the imported entries are searchable on disk, report)."""
    store = Store.open(store_path, "bench")
    service = _search_service(store, index_dir)
    started, cpu = time.perf_counter(), time.process_time()
    report = run_import(store, source, paths)
    imported, cpu = time.perf_counter() - started, time.process_time() - cpu
    indexed = 0.0
    if service is not None:
        service.ensure_fresh()
        service.flush()
        indexed = time.perf_counter() - started
        if report.new:
            name = next(c for c in [*report.changes, {"name": None}] if c["name"]) if report.changes else None
            assert name is None or service.search(str(name["name"])).hits
        service.close()
    store.close()
    return imported, cpu, indexed, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--files", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        template = folder / "seed.atlas"
        create_atlas(template, "bench").close()
        cases = [("epoch", [write_epoch(folder, args.rows)], f"{args.rows} Epoch rows"),
                 ("mot", [write_mot(folder, args.files)], f"{args.files} MOT files")]
        print(f"{'case':<22}{'import':>9}{'(CPU)':>8}{'+ indexed':>11}{'re-import':>11}   first import")
        for source, paths, label in cases:
            atlas = folder / f"{source}.atlas"
            shutil.copyfile(template, atlas)
            first, cpu, indexed, report = timed(atlas, source, paths, folder / f"{source}.index")
            again, _, _, second = timed(atlas, source, paths, folder / f"{source}.index")
            index_text = f"{indexed:>10.2f}s" if indexed else f"{'(no index)':>11}"
            summary = (f"new {report.new}, updated {report.updated}, unchanged {report.unchanged}, "
                       f"review {report.review}, rejected {len(report.rejected)}; re-import: unchanged "
                       f"{second.unchanged}, updated {second.updated}, new {second.new}")
            print(f"{label:<22}{first:>8.2f}s{cpu:>7.2f}s{index_text}{again:>10.2f}s   {summary}")
        print(f"target: each first import, matching and indexing included, <= {TARGET_SECONDS:g} s")

if __name__ == "__main__":
    main()
