"""Local check over the whole Model Openness Tool repository: the atlas's MOF progress against the framework's.

    python benchmarks/mot_catalog_check.py [--repo /work/catalogs/lfai+model_openness_tool]

1. Every Test_Data file: classified as read, and as imported into an empty atlas (store.mof), against the tool's
   expected_results.json (all three classes) and the file name (class III; classes II and I where the tool
   reports them, i.e. once the classes below are complete).
2. Every models/*.yml, imported together into one empty atlas: the atlas's progress for each file that became
   its own entry against the classifier run on the file. A file merged into another entry is listed apart
   (that is a matching question, not a MOF one).
Prints the counts and each disagreement; exit status 1 when any MOF figure disagrees.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

import yaml
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.errors import AtlasError
from db.importers.api import run_import
from db.openness.mof import classify, from_mot_release
from db.schema import Model, Provenance
from db.store import Store

DEFAULT_REPO = Path("/work/catalogs/lfai+model_openness_tool")
_NAME = re.compile(r"_C1_(\d+)%-C2_(\d+)%-C3_(\d+)%_")


def _expected(folder: Path) -> dict[str, dict[int, float]]:
    text = re.sub(r",(\s*[}\]])", r"\1", (folder / "expected_results.json").read_text(encoding="utf-8"))
    return {e["release"]["name"]: {int(k): float(v) for k, v in e["classification"]["progress"].items()}
            for e in json.loads(text)["models"]}


def _problems(progress: dict[int, float], expected: dict[int, float], named: tuple[int, ...]) -> list[str]:
    found = [f"class {k}: {progress[k]:.0f}% vs expected_results {expected[k]:.0f}%"
             for k in (1, 2, 3) if abs(progress[k] - expected[k]) > 1e-6]
    by_name = dict(zip((1, 2, 3), named, strict=True))
    if round(progress[3]) != by_name[3]:
        found.append(f"class 3: {progress[3]:.0f}% vs file name {by_name[3]}%")
    for level in (2, 1):
        if progress[level + 1] == 100 and round(progress[level]) != by_name[level]:
            found.append(f"class {level}: {progress[level]:.0f}% vs file name {by_name[level]}%")
    return found


def check_test_data(folder: Path, work: Path) -> int:
    expected = _expected(folder)
    bad = 0
    files = sorted(folder.glob("*.yml"))
    for index, path in enumerate(files):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        name = document["release"]["name"]
        named = tuple(int(x) for x in _NAME.search(path.name).groups())  # type: ignore[union-attr]
        store = Store.open(work / f"test-data-{index}.atlas", "check", create=True)
        try:
            run_import(store, "mot", [path])
            model = store.get(store.resolve(name, "model").uuid)
            assert isinstance(model, Model)
            views = {"as read": classify(*from_mot_release(document)).progress, "imported": store.mof(model).progress}
        finally:
            store.close()
        for view, progress in views.items():
            for problem in _problems(progress, expected[name], named):
                bad += 1
                print(f"  DISAGREE {path.name} ({view}): {problem}")
    print(f"Test_Data: {len(files)} files, each read and imported: {bad} disagreements")
    return bad


def check_models(folder: Path, work: Path) -> int:
    store = Store.open(work / "models.atlas", "check", create=True)
    try:
        started = time.perf_counter()
        report = run_import(store, "mot", [folder])
        print(f"models/: {report.files} files imported in {time.perf_counter() - started:.1f} s "
              f"({report.new} new, {report.updated} updated an entry, {report.review} to review)")
        documents: dict[str, dict] = {}
        entry_of: dict[str, str | None] = {}
        for path in sorted(folder.glob("*.yml")):
            document = yaml.safe_load(path.read_text(encoding="utf-8"))
            name = str((document.get("release") or {}).get("name") or "")
            if name in documents:  # two files under one release name (a catalog slip): not one file's entry
                entry_of[name] = None
                continue
            try:
                entry_of[name] = store.resolve(name, "model").uuid
            except AtlasError:
                entry_of[name] = None
            documents[name] = document
        files_per_entry: dict[str | None, set[str]] = {}
        for uuid in entry_of.values():
            files_per_entry.setdefault(uuid, set())
        with store.read() as session:  # which files the importer says each entry's statements came from
            for uuid, origin in session.execute(select(Provenance.entry_uuid, Provenance.origin)
                                                .where(Provenance.source == "mot")):
                if uuid in files_per_entry and origin:
                    files_per_entry[uuid].add(Path(str(origin).split(":")[0]).name)
        for uuid in entry_of.values():
            files_per_entry[uuid].add(f"by name {uuid}")
        agree, merged, bad = 0, [], 0
        for name, document in documents.items():
            uuid = entry_of[name]
            sources = {f for f in files_per_entry[uuid] if not f.startswith("by name")} if uuid else set()
            if uuid is None or len(sources) > 1 or len([u for u in entry_of.values() if u == uuid]) > 1:
                merged.append(name)  # two files matched as one model: the entry holds both files' components
                continue
            model = store.get(uuid)
            assert isinstance(model, Model)
            ours, theirs = store.mof(model).progress, classify(*from_mot_release(document)).progress
            if all(abs(ours[k] - theirs[k]) < 1e-6 for k in (1, 2, 3)):
                agree += 1
            else:
                bad += 1
                print(f"  DISAGREE {name}: atlas {[round(ours[k]) for k in (1, 2, 3)]} vs file "
                      f"{[round(theirs[k]) for k in (1, 2, 3)]} (classes I, II, III)")
        print(f"  {agree} files that are their own entry agree with the classifier; {bad} disagree")
        print(f"  {len(merged)} files share an entry with another file (matching, not MOF): "
              + ", ".join(merged[:12]) + (" …" if len(merged) > 12 else ""))
        return bad
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repo", type=Path, default=DEFAULT_REPO)
    args = parser.parse_args()
    if not (args.repo / "Test_Data").is_dir():
        print(f"no Model Openness Tool repository at {args.repo}")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        bad = check_test_data(args.repo / "Test_Data", work)
        bad += check_models(args.repo / "models", work)
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
