"""Stanford FMTI: per-developer transparency scores per wave, on organizations and shown on their models."""

from __future__ import annotations

import csv
from pathlib import Path

from db.detail import entry_detail
from db.importers.api import read_records, run_import
from db.importers.common import ImportReport, OrgScoreRecord
from db.importers.fmti import wave_of
from db.store import Store
from tests.conftest import reference

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers" / "fmti"


def test_waves_from_names() -> None:
    assert wave_of(Path("October2023/October2023_scores.csv")) == "2023-10"
    assert wave_of(Path("fmti/May2024/scores.csv")) == "2024-05"
    assert wave_of(Path("scores.csv")) is None


def test_reference_scores_match_the_published_totals() -> None:
    folder = reference("fmti")
    report = ImportReport("fmti")
    records = [r for r in read_records("fmti", [folder], report) if isinstance(r, OrgScoreRecord)]
    assert report.rejected == []
    by_key = {(r.organization, next(iter(r.scores)).split()[0]): r for r in records}
    for wave_file, wave in (("October2023/October2023_scores.csv", "2023-10"), ("May2024/May2024_scores.csv",
                                                                               "2024-05")):
        with (folder / wave_file).open(encoding="utf-8-sig") as handle:
            total = next(row for row in csv.DictReader(handle) if row["Indicator"] == "Total")
        for developer, value in total.items():
            if developer in ("Domain", "Subdomain", "Indicator", "Total") or not value:
                continue
            assert by_key[(developer, wave)].scores[f"{wave} total"].split("/")[0] == value, (developer, wave)
    meta = by_key[("Meta", "2023-10")].scores
    assert {"2023-10 upstream", "2023-10 model", "2023-10 downstream"} <= set(meta)  # domains from the Domain column
    assert "2024-05 upstream" in by_key[("Meta", "2024-05")].scores  # domains from fmti-indicators.csv


def test_scores_on_the_seed_show_on_models(seeded: Store) -> None:
    report = run_import(seeded, "fmti", [reference("fmti")])
    assert len(report.rejected) == 0
    meta = seeded.resolve("Meta", "organization")
    scores = {s["dimension"]: s["value"] for s in entry_detail(seeded, meta.uuid)["scores"]}
    assert scores["2023-10 total"] == "54/100"
    llama = entry_detail(seeded, seeded.resolve("Llama 3 8B", "model").uuid)
    assert any(s["dimension"] == "2025-12 total" for s in llama["developer_scores"])
    again = run_import(seeded, "fmti", [reference("fmti")])
    assert (again.new, again.updated) == (0, 0)


def test_fixture_bom_total_row_blank_and_bad_cells(empty: Store) -> None:
    report = run_import(empty, "fmti", [FIXTURES])
    assert report.new == 2
    assert [(r.where, r.reason) for r in report.rejected] == [
        ("May2030_scores.csv, line 5", "Meta, Usage policy: not a score: 'yes'")]
    acme = entry_detail(empty, empty.resolve("Acme Labs", "organization").uuid)
    assert {s["dimension"]: s["value"] for s in acme["scores"]} == {
        "2030-05 total": "3/4", "2030-05 upstream": "1", "2030-05 model": "1", "2030-05 downstream": "1"}
