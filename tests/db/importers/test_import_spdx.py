"""The SPDX license list enriches the atlas's licenses (offline), never overwriting what people recorded."""

from __future__ import annotations

from pathlib import Path

from db.detail import entry_detail
from db.importers.api import run_import
from db.schema import License
from db.store import Store
from tests.conftest import reference

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers" / "spdx"


def test_bundled_list_enriches_seed_licenses(seeded: Store) -> None:
    apache = seeded.resolve("Apache License 2.0", "license")
    before = seeded.values_of(apache.uuid)
    report = run_import(seeded, "spdx", [])
    assert report.updated > 0 and report.skipped > 500 and report.new == 0
    assert seeded.values_of(apache.uuid) == before  # the seed's values are kept
    detail = entry_detail(seeded, apache.uuid)
    said = {p["field"]: p["value"] for p in detail["provenance"] if p["source"] == "spdx"}
    assert said["spdx_id"] == "Apache-2.0" and said["osi_approved"] is True
    assert detail["disagreements"] == []
    again = run_import(seeded, "spdx", [])
    assert (again.updated, again.unchanged) == (0, report.updated)


def test_fills_what_is_missing(empty: Store) -> None:
    with empty.write() as ctx:
        empty.create_in(ctx, "license", {"name": "MIT License"})
    report = run_import(empty, "spdx", [FIXTURES / "licenses.json"])
    assert report.updated == 1 and [r.where for r in report.rejected] == ["licenses.json, license 4"]
    lic = empty.get(empty.resolve("MIT License", "license").uuid)
    assert isinstance(lic, License)
    assert (lic.spdx_id, lic.osi_approved, lic.url) == ("MIT", True, "https://spdx.org/licenses/MIT.html")


def test_mot_license_list_is_an_spdx_list(seeded: Store) -> None:
    path = reference("model_openness_tool", "web", "modules", "mof", "mof-licenses.json")
    report = run_import(seeded, "spdx", [path])
    assert report.rejected == [] and report.updated > 0
