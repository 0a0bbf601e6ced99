"""Several programs writing one atlas at once: writer processes, a merge and readers on one file.

Each writer process opens the atlas through the store (as the CLI and the desktop do) and makes `--writes`
changes in turn: a new note with a word only it carries, a tag on a model, an edit of its previous note. A merge
process merges an export made beside the atlas (new notes from a teammate) while the writers run, and reader
processes list, show and search (with the search index) until the writers are done. Afterwards every change is
checked: nothing failed, nothing was lost, and the search index finds every note. The floor is one writer alone
making the same number of changes, measured in the same run.

    python -m benchmarks.writers_bench [--writers 3] [--writes 200] [--readers 2]

`tests/db/test_concurrency.py` runs the same check with fewer writes.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

MERGED_NOTES = 40


def note_name(writer: str, number: int) -> str:
    return f"{writer} note {number}"


def note_word(writer: str, number: int) -> str:
    """A word no other note holds (letters only: the analyzer splits at digits)."""
    letters = "".join(chr(ord("a") + int(d)) for d in f"{number:04d}")
    return f"zq{writer}{letters}"


# ---- child processes --------------------------------------------------------------------------------------


def _writer(path: str, name: str, writes: int, models: list[str], start: Any, results: Any) -> None:
    from db.errors import AtlasError
    from db.store import Store

    store = Store.open(Path(path), name)
    failures: list[str] = []
    waits: list[float] = []
    start.wait()
    last_note: str | None = None
    began = time.perf_counter()
    for number in range(writes):
        step = time.perf_counter()
        try:
            if number % 3 == 0 or last_note is None:
                note = store.create("note", {"name": note_name(name, number), "body": note_word(name, number)})
                last_note = note.uuid
            elif number % 3 == 1:
                store.tag([models[number % len(models)]], [f"{name}-tag-{number}"])
            else:
                store.update(last_note, {"body": f"{note_word(name, number - 2)} edited {number}"})
        except AtlasError as error:
            failures.append(f"{name} write {number}: {error}")
        waits.append(time.perf_counter() - step)
    seconds = time.perf_counter() - began
    store.close()
    results.put({"role": "writer", "name": name, "failures": failures, "seconds": seconds,
                 "max_wait": max(waits, default=0.0), "peak_mb": _peak_mb()})


def _merger(path: str, export: str, start: Any, results: Any) -> None:
    from db.errors import AtlasError
    from db.exchange.api import apply_merge
    from db.store import Store

    store = Store.open(Path(path), "ana")
    start.wait()
    time.sleep(0.3)  # land in the middle of the writers
    began = time.perf_counter()
    failures: list[str] = []
    try:
        apply_merge(store, Path(export))
    except AtlasError as error:
        failures.append(f"merge: {error}")
    seconds = time.perf_counter() - began
    store.close()
    results.put({"role": "merge", "name": "merge", "failures": failures, "seconds": seconds, "max_wait": seconds,
                 "peak_mb": _peak_mb()})


def _reader(path: str, index: str, number: int, start: Any, stop: Any, results: Any) -> None:
    from db.errors import AtlasError
    from db.queries import ListFilter, list_page
    from db.search.service import SearchService
    from db.store import Store

    store = Store.open(Path(path), f"reader{number}")
    service = SearchService(store, Path(index)) if number == 0 else None
    failures: list[str] = []
    reads = 0
    start.wait()
    while not stop.is_set():
        try:
            with store.read() as session:
                list_page(session, ListFilter(kind="note"), "name", False, limit=50)
            store.counts()
            if service is not None:
                service.search("note")
            reads += 1
        except (AtlasError, OSError) as error:
            failures.append(f"reader {number}: {error}")
        except Exception as error:  # a reader must never fail; report what it was
            failures.append(f"reader {number}: {type(error).__name__}: {error}")
    if service is not None:
        service.close()
    store.close()
    results.put({"role": "reader", "name": f"reader{number}", "failures": failures, "reads": reads,
                 "peak_mb": _peak_mb()})


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---- the run ----------------------------------------------------------------------------------------------


@dataclass
class StressReport:
    writers: int
    writes: int
    seconds: float
    failures: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    search_missing: list[str] = field(default_factory=list)
    reads: int = 0
    merge_seconds: float = 0.0
    max_wait: float = 0.0
    peak_mb: float = 0.0

    @property
    def ok(self) -> bool:
        return not (self.failures or self.lost or self.search_missing)


def prepare(folder: Path, seed: Path | None = None) -> tuple[Path, Path, list[str]]:
    """An atlas (a copy of `seed`, or the bundled seed) and a teammate's export with MERGED_NOTES new notes."""
    from db.exchange.api import export_atlas
    from db.library import create_atlas
    from db.store import Store

    atlas = folder / "shared.atlas"
    if seed is not None:
        shutil.copyfile(seed, atlas)
    else:
        create_atlas(atlas, "setup").close()
    teammate = folder / "teammate.atlas"
    shutil.copyfile(atlas, teammate)
    with Store.open(teammate, "ana") as store:
        with store.write() as ctx:
            for number in range(MERGED_NOTES):
                store.create_in(ctx, "note", {"name": note_name("ana", number), "body": note_word("ana", number)})
        export = folder / "from-ana.atlas"
        export_atlas(store, export)
    with Store.open(atlas, "setup") as store, store.read() as session:
        from sqlalchemy import select

        from db.schema import Model

        models = list(session.scalars(select(Model.uuid).where(Model.deleted_at.is_(None)).limit(20)))
    return atlas, export, models


def run_stress(folder: Path, writers: int = 3, writes: int = 200, readers: int = 2, merge: bool = True,
               seed: Path | None = None) -> StressReport:
    atlas, export, models = prepare(folder, seed)
    index = folder / "index"
    context = multiprocessing.get_context("spawn")
    start, stop, results = context.Event(), context.Event(), context.Queue()
    names = [f"w{chr(ord('a') + i)}" for i in range(writers)]
    processes = [context.Process(target=_writer, args=(str(atlas), name, writes, models, start, results))
                 for name in names]
    if merge:
        processes.append(context.Process(target=_merger, args=(str(atlas), str(export), start, results)))
    watchers = [context.Process(target=_reader, args=(str(atlas), str(index), n, start, stop, results))
                for n in range(readers)]
    for process in processes + watchers:
        process.start()
    time.sleep(0.5)
    began = time.perf_counter()
    start.set()
    outcomes: list[dict[str, Any]] = []
    while len(outcomes) < len(processes):
        outcomes.append(results.get(timeout=600))
    seconds = time.perf_counter() - began
    stop.set()
    while len(outcomes) < len(processes) + len(watchers):
        outcomes.append(results.get(timeout=120))
    for process in processes + watchers:
        process.join(timeout=60)
    report = StressReport(writers, writes, seconds)
    for outcome in outcomes:
        report.failures += outcome["failures"]
        report.reads += outcome.get("reads", 0)
        report.peak_mb = max(report.peak_mb, outcome["peak_mb"])
        if outcome["role"] == "merge":
            report.merge_seconds = outcome["seconds"]
        else:
            report.max_wait = max(report.max_wait, outcome.get("max_wait", 0.0))
    expected = {note_name(name, n): note_word(name, n) for name in names for n in range(0, writes, 3)}
    if merge:
        expected |= {note_name("ana", n): note_word("ana", n) for n in range(MERGED_NOTES)}
    report.lost = _lost(atlas, names, writes, expected, merge)
    report.search_missing = _unsearchable(atlas, index, expected)
    return report


def _lost(atlas: Path, names: list[str], writes: int, expected: dict[str, str], merge: bool) -> list[str]:
    """Every change a writer made (notes, their edits, tags) and every merged note, read back from the file."""
    from sqlalchemy import select

    from db.schema import EntryTag, Note, Tag
    from db.store import Store

    lost: list[str] = []
    with Store.open(atlas, "check") as store, store.read() as session:
        notes = {name: body for name, body in session.execute(
            select(Note.name, Note.body).where(Note.deleted_at.is_(None)))}
        tags = set(session.scalars(
            select(Tag.name).join(EntryTag, EntryTag.tag_uuid == Tag.uuid).where(EntryTag.deleted_at.is_(None))))
    for name, word in expected.items():
        if name not in notes or word not in notes[name]:
            lost.append(f"note {name!r}")
    for name in names:
        for number in range(writes):
            if number % 3 == 1 and f"{name}-tag-{number}" not in tags:
                lost.append(f"tag {name}-tag-{number}")
            if number % 3 == 2 and f"edited {number}" not in notes.get(note_name(name, number - 2), ""):
                lost.append(f"edit {name} {number}")
    return lost


def _unsearchable(atlas: Path, index: Path, expected: dict[str, str]) -> list[str]:
    """Notes the search index (brought up to date after the run) does not find by their own word."""
    from db.search.service import SearchService
    from db.store import Store

    missing: list[str] = []
    with Store.open(atlas, "check") as store, SearchService(store, index) as service:
        service.ensure_fresh()
        for name, word in expected.items():
            titles = [hit.title for hit in service.search(word, limit=5).hits]
            if name not in titles:
                missing.append(name)
    return missing


def single_writer_floor(folder: Path, writes: int, seed: Path) -> float:
    """The same changes by one writer with nobody else on the file (the floor)."""
    report = run_stress(folder, writers=1, writes=writes, readers=0, merge=False, seed=seed)
    assert report.ok, report
    return report.seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--writers", type=int, default=3)
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--readers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="writers-bench-") as temporary:
        root = Path(temporary)
        from db.library import create_atlas

        seed = root / "seed.atlas"
        create_atlas(seed, "setup").close()
        (root / "floor").mkdir()
        floor = single_writer_floor(root / "floor", args.writes, seed)
        (root / "run").mkdir()
        report = run_stress(root / "run", args.writers, args.writes, args.readers, seed=seed)
    total = args.writers * args.writes
    print(f"{args.writers} writers x {args.writes} writes + a merge of {MERGED_NOTES} notes + {args.readers} readers")
    print(f"  failed writes:            {len(report.failures)}   (target 0)")
    print(f"  lost writes:              {len(report.lost)}   (target 0)")
    print(f"  notes search cannot find: {len(report.search_missing)}   (target 0)")
    print(f"  wall time:                {report.seconds:.1f} s for {total} writes "
          f"({total / report.seconds:.0f} writes/s); floor: one writer alone {floor:.1f} s for {args.writes}")
    print(f"  longest single write:     {report.max_wait:.2f} s (waiting for the others included)")
    print(f"  merge:                    {report.merge_seconds:.2f} s")
    print(f"  reads while writing:      {report.reads}")
    print(f"  peak memory per process:  {report.peak_mb:.0f} MB")
    for failure in (report.failures + report.lost + report.search_missing)[:10]:
        print(f"  ! {failure}")
    raise SystemExit(0 if report.ok else 1)


if __name__ == "__main__":
    main()
