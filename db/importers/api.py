"""The one entry point the CLI and the desktop call: run an import of one catalog's files as one transaction."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from db.errors import AtlasError
from db.importers import epoch, fmti, hf_card, mot, osai, spdx
from db.importers.common import (
    Cancelled,
    ImportCancelled,
    ImportFailed,
    ImportReport,
    ModelRecord,
    Progress,
    Record,
    importer_author,
)
from db.importers.engine import Applier
from db.store import Store

PARSERS: dict[str, Callable[[list[Path], ImportReport], list]] = {
    "mot": mot.parse,
    "osai": osai.parse,
    "epoch": epoch.parse,
    "hf": hf_card.parse,
    "fmti": fmti.parse,
    "spdx": spdx.parse,
}
SOURCE_NAMES: dict[str, str] = {"hf-card": "hf", "hf_card": "hf", "huggingface": "hf", "index": "osai"}
"""Other spellings of a source (the CLI says `hf-card`)."""
PROGRESS_STEPS = 200


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that everything it did is rolled back."""


def canonical_source(source: str) -> str:
    key = SOURCE_NAMES.get(source.strip().lower(), source.strip().lower())
    if key not in PARSERS:
        choices = ", ".join(["mot", "osai", "epoch", "hf-card", "fmti", "spdx"])
        raise ImportFailed(f"unknown catalog {source!r}; choose one of: {choices}")
    return key


def read_records(source: str, paths: list[Path], report: ImportReport) -> list[Record]:
    """Parse files into records (rejections go into the report); no database access."""
    if not paths and source != "spdx":
        raise ImportFailed("give at least one file or folder to import")
    records = PARSERS[source](list(paths), report)
    if report.files == 0:
        raise ImportFailed("no files to import were found")
    return canonical_order(records)


def canonical_order(records: list[Record]) -> list[Record]:
    """Records in an order that does not depend on file order, each model with a key of its own.

    Decisions then never depend on the order files were given or rows were listed in: records are applied sorted by
    key, then by file and line (a secondary table's records after the main ones). Records of one catalog that share
    a key but differ in spelling or developer (Epoch's "CALM" of NVIDIA and "CaLM" of Oxford) are different models:
    each gets a key that tells it apart, so that neither replaces the other in the review list or on re-import.
    """
    models = [r for r in records if isinstance(r, ModelRecord)]
    others = [r for r in records if not isinstance(r, ModelRecord)]
    order = {id(r): [r.rank, r.key, "", r.origin] for r in models}
    by_key: dict[str, list[ModelRecord]] = defaultdict(list)
    for record in models:
        by_key[record.key].append(record)
    for key, group in by_key.items():
        if len({(r.name, r.developer or "") for r in group}) < 2:
            continue  # one model named in several files (Epoch's main table and its benchmark tables)
        for record in group:
            record.key = f"{key} [{record.name}{' · ' + record.developer if record.developer else ''}]"
            order[id(record)][2] = record.key  # the file and line only order true duplicates
    models.sort(key=lambda r: order[id(r)])
    return [*models, *others]


def run_import(
    store: Store,
    source: str,
    paths: list[Path],
    *,
    dry_run: bool = False,
    explain: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportReport:
    """Import catalog files into the atlas in one transaction and say what changed.

    Safe to call from a worker thread (the store serializes writes). With `dry_run` the same work runs and is
    rolled back, so the report previews exactly what a real import would do. With `explain` the report keeps every
    match decision with its evidence (`report.decisions`). `progress(done, total)` is called as
    records are applied; when `cancelled()` returns True the import stops, nothing is written and
    ImportCancelled is raised.
    """
    started = time.perf_counter()
    key = canonical_source(source)
    report = ImportReport(key, dry_run=dry_run, explain=explain)
    records = read_records(key, [Path(p) for p in paths], report)
    total = len(records)
    step = max(1, total // PROGRESS_STEPS)
    if progress is not None:
        progress(0, total)
    try:
        with store.write() as ctx:
            ctx.author = importer_author(key)
            # one history version per entry for the whole import: the catalog and its files
            ctx.via, ctx.source = "import", f"{key}: {', '.join(Path(p).name for p in paths)}"
            applier = Applier(store, ctx, key, report)
            for done, record in enumerate(records, start=1):
                if cancelled is not None and cancelled():
                    raise ImportCancelled("import cancelled; nothing was changed")
                try:
                    with ctx.session.no_autoflush:
                        applier.apply(record)
                except AtlasError as error:
                    # Records are checked while being read, so this is rare; what the record wrote so far stays.
                    report.reject(record.origin, str(error))
                if progress is not None and (done % step == 0 or done == total):
                    progress(done, total)
            with ctx.session.no_autoflush:
                applier.finish()
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    report.seconds = time.perf_counter() - started
    return report
