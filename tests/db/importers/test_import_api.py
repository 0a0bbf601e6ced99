"""run_import as the desktop calls it: one transaction, progress, cancelling, and notifying the search index."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.errors import AtlasError
from db.importers.api import run_import
from db.importers.common import ImportCancelled
from db.store import ChangeSet, Store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers"


def test_progress_is_reported_up_to_the_total(empty: Store) -> None:
    calls: list[tuple[int, int]] = []
    run_import(empty, "mot", [FIXTURES / "mot"], progress=lambda done, total: calls.append((done, total)))
    assert calls[0] == (0, 3) and calls[-1] == (3, 3)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)


def test_cancelling_writes_nothing(empty: Store) -> None:
    seen: list[int] = []

    def cancelled() -> bool:
        seen.append(1)
        return len(seen) > 2

    with pytest.raises(ImportCancelled):
        run_import(empty, "mot", [FIXTURES / "mot"], cancelled=cancelled)
    assert empty.counts()["models"] == 0


def test_one_notification_per_import_for_the_search_index(empty: Store) -> None:
    changes: list[ChangeSet] = []
    empty.subscribe(changes.append)
    run_import(empty, "mot", [FIXTURES / "mot"])
    assert len(changes) == 1
    with empty.read() as session:
        from sqlalchemy import select

        from db.schema import Model

        models = set(session.scalars(select(Model.uuid)))
    assert models <= changes[0].uuids
    run_import(empty, "mot", [FIXTURES / "mot"], dry_run=True)
    assert len(changes) == 1  # a dry run commits nothing and notifies no one
    run_import(empty, "mot", [FIXTURES / "mot"])
    assert len(changes) == 1  # nothing changed, nothing touched


def test_imports_are_written_by_the_importer(empty: Store) -> None:
    run_import(empty, "mot", [FIXTURES / "mot" / "Tiny-Misspelled.yml"])
    model = empty.get(empty.resolve("Tiny-1B", "model").uuid)
    assert model.author == "import:mot"


@pytest.mark.parametrize(("source", "message"), [("nonsense", "unknown catalog"), ("hf_card", "no files")])
def test_bad_calls(empty: Store, tmp_path: Path, source: str, message: str) -> None:
    with pytest.raises(AtlasError, match=message):
        run_import(empty, source, [tmp_path])


def test_an_unreadable_file_is_rejected_not_fatal(empty: Store, tmp_path: Path) -> None:
    bad = tmp_path / "garbage.csv"
    bad.write_bytes(b"\xff\xfe\x00garbage")
    report = run_import(empty, "epoch", [bad])
    assert [r.where for r in report.rejected] == ["garbage.csv"]
