"""Epoch AI CSV: real-world mess in, one model per row, bad rows reported with their line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.detail import entry_detail
from db.importers.api import run_import
from db.schema import Model
from db.store import Store
from tests.conftest import reference

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers"
MESSY = FIXTURES / "epoch" / "epoch_messy.csv"


def _model(store: Store, name: str) -> Model:
    entry = store.get(store.resolve(name, "model").uuid)
    assert isinstance(entry, Model)
    return entry


def test_messy_rows_import_and_bad_rows_are_reported(empty: Store) -> None:
    report = run_import(empty, "epoch", [MESSY])
    assert report.files == 1
    # "Acme Giant Chat" may be "Acme Giant", but both come from catalogs: kept apart (the review list only asks
    # about entries of the seed or a person); "Acme Coder" says it is built on "Acme Giant": its own entry
    assert (report.new, report.review) == (6, 0)
    assert [(r.where, r.reason.split(":")[0]) for r in report.rejected] == [
        ("epoch_messy.csv, line 7", "Parameters"),
        ("epoch_messy.csv, line 8", "no system name"),
        ("epoch_messy.csv, line 9", "'Random chance' is a reference point, not a model"),
        ("epoch_messy.csv, line 10", "Publication date"),
    ]


def test_values_are_read_into_atlas_terms(empty: Store) -> None:
    run_import(empty, "epoch", [MESSY])
    giant = _model(empty, "Acme Giant")
    assert giant.params_total == 70e9  # "70B"
    assert giant.training_compute_flop == 1.2e25  # "1.2e25"
    assert giant.release_date == date(2024, 5, 1)
    assert giant.compute_confidence == "likely"
    assert giant.access == ["weights"]
    assert giant.modalities == ["text", "image"]  # "Language,Vision"
    assert giant.developer is not None and giant.developer.name == "Acme Labs"  # first of "Acme Labs,Beta University"
    assert giant.developer.jurisdiction == "UK"  # first of two comma-joined countries
    statuses = {c.component: c.status for c in giant.components}
    assert statuses == {"training-code": "released"}
    llama = _model(empty, "Llama 3-8B")
    assert llama.params_total == 8e9 and llama.training_compute_flop == 7.2e23
    assessments = {(a.framework, a.dimension): a for a in llama.assessments}
    accessibility = assessments[("epoch", "model_accessibility")]
    assert accessibility.value == "Open weights (restricted use)"
    assert accessibility.notes is not None and "700M" in accessibility.notes  # the multi-line cell, whole
    mystery = _model(empty, "Mystery Model")  # every value blank or "unknown": still a model, with nothing else
    assert mystery.developer_uuid is None and mystery.release_date is None


def test_provenance_names_file_and_line(empty: Store) -> None:
    run_import(empty, "epoch", [MESSY])
    detail = entry_detail(empty, empty.resolve("Acme Giant", "model").uuid)
    params = next(p for p in detail["provenance"] if p["field"] == "params_total")
    assert params["source"] == "epoch" and params["value"] == 70e9
    assert params["origin"] == "epoch_messy.csv, line 4" and params["imported_at"]
    developer = next(p for p in detail["provenance"] if p["field"] == "developer")
    assert developer["value"] == "Acme Labs, Beta University"


def test_reimport_changes_nothing_and_dry_run_writes_nothing(empty: Store) -> None:
    preview = run_import(empty, "epoch", [MESSY], dry_run=True)
    assert preview.dry_run and preview.new == 6
    assert empty.counts()["models"] == 0
    first = run_import(empty, "epoch", [MESSY])
    seq = empty.change_seq
    again = run_import(empty, "epoch", [MESSY])
    assert (again.new, again.updated, again.unchanged, again.review) == (0, 0, first.new + first.updated, 0)
    assert again.changes == []
    assert empty.change_seq == seq + 1  # one (empty) transaction, nothing touched


def test_an_updated_file_updates_and_says_what_changed(empty: Store, tmp_path: Path) -> None:
    path = tmp_path / "e.csv"
    path.write_text("System,Organization,Parameters,Training compute (FLOP)\nNova 7B,Acme,7B,1e23\n", encoding="utf-8")
    run_import(empty, "epoch", [path])
    path.write_text("System,Organization,Parameters,Training compute (FLOP)\nNova 7B,Acme,7B,3e23\n", encoding="utf-8")
    report = run_import(empty, "epoch", [path])
    assert (report.new, report.updated) == (0, 1)
    assert report.changes[0]["fields"] == ["training_compute_flop"]
    assert _model(empty, "Nova 7B").training_compute_flop == 3e23


def test_reference_extract_imports() -> None:
    folder = reference("epoch-open-model-trends", "data")
    from db.importers.api import read_records
    from db.importers.common import ImportReport

    report = ImportReport("epoch")
    records = read_records("epoch", [folder], report)
    assert report.files == 3
    assert [r.reason for r in report.rejected] == ["'Random chance' is a reference point, not a model"]
    main = [r for r in records if r.origin.startswith("All_ML_Systems")]
    assert len(main) == 60  # the header and 60 rows: every row, multi-line cells and all
    llama = next(r for r in main if r.name == "Llama 3.1-405B")
    assert llama.fields["params_total"] == 405e9 and llama.fields["training_compute_flop"] == 3.8e25
    assert llama.statements["weights"] == "Open weights (restricted use)"
    megascale = next(r for r in main if r.name == "MegaScale (Production)")
    assert megascale.developer == "ByteDance, Peking University"


def test_reference_extract_on_an_empty_atlas(empty: Store) -> None:
    report = run_import(empty, "epoch", [reference("epoch-open-model-trends", "data")])
    assert report.new > 100 and len(report.rejected) == 1
    again = run_import(empty, "epoch", [reference("epoch-open-model-trends", "data")])
    assert (again.new, again.updated) == (0, 0)
