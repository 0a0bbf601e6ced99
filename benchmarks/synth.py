"""A synthetic atlas of any size (default 100,000 models), written fast with bulk Core inserts into the real schema.

Other benchmarks import `make_synthetic_atlas(path, n_models, ...)`; run as a script to make one by hand:

    python -m benchmarks.synth /tmp/big.atlas --models 100000
"""

from __future__ import annotations

import argparse
import math
import random
import time
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, pool

from db import backend
from db.schema import Entry, EntryTag, License, Meta, Model, Organization, Tag
from db.store import Store
from db.values import normalize_name

SYNTH_VERSION = 1
"""Bump when the generator's output changes, so that benchmarks do not reuse stale cached files."""
CHUNK = 20_000
SYNTH_AUTHOR = "synthetic"

JURISDICTIONS = {"US": 38, "CN": 20, "EU": 18, "UK": 6, "CA": 3, "IL": 3, "AE": 3, "KR": 3, "JP": 2, "SG": 2,
                 "IN": 2}
COUNTRIES = {"US": "United States", "CN": "China", "EU": "France", "UK": "United Kingdom", "CA": "Canada",
             "IL": "Israel", "AE": "United Arab Emirates", "KR": "South Korea", "JP": "Japan", "SG": "Singapore",
             "IN": "India"}
ORG_KINDS = {"startup": 45, "big-tech": 15, "academic": 20, "nonprofit": 8, "government": 4, "consortium": 8}
BUSINESS_MODELS = {"api-subscriptions": 30, "open-core-hosting": 25, "hybrid": 25, "research": 15, "other": 5}
# (family, share of the ~40 licenses, share of models released under a license of that family)
LICENSE_FAMILIES = {
    "permissive": (8, 30),
    "copyleft": (3, 3),
    "rail": (4, 5),
    "custom-open-weights": (12, 30),
    "non-commercial": (5, 7),
    "proprietary": (8, 25),
}
FAMILY_WORDS = ("Falcon", "Nova", "Atlas", "Orion", "Lumen", "Kestrel", "Cobalt", "Sage", "Tern", "Quill", "Vega",
                "Helix", "Pico", "Zephyr", "Juniper", "Onyx", "Ibis", "Marlin", "Basalt", "Cirrus")
SUFFIXES = ("", " Instruct", " Chat", " Base", " Coder", " Vision", " Reasoner")
MODALITIES = (["text"], ["text"], ["text"], ["text", "code"], ["text", "image"], ["text", "image", "audio"])
CONTEXTS = (2048, 4096, 8192, 32_768, 131_072, 200_000, 1_048_576)
TAG_NAMES = ("frontier", "reasoning", "multilingual", "small", "on-device", "code", "vision", "audio", "research",
             "shortlist", "eu-ready", "export-controlled", "long-context", "moe", "distilled", "safety-reviewed",
             "deprecated", "benchmark-leader", "fine-tune-friendly", "medical", "legal", "finance", "agentic",
             "retrieval", "embedding", "chat", "instruct", "base", "quantized", "watchlist")
TAG_COLORS = ("#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#f39c12")


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _uuid(rng: random.Random) -> str:
    """A random version-4 UUID string (built directly: uuid.UUID objects cost more than the rest of a row)."""
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"


def _entry(uuid: str, kind: str, name: str, when: datetime, deleted: datetime | None = None) -> dict[str, Any]:
    return {"uuid": uuid, "kind": kind, "name": name, "name_key": normalize_name(name), "created_at": when,
            "modified_at": when, "author": SYNTH_AUTHOR, "deleted_at": deleted, "version": 1, "change_seq": 1}


def _chunks(rows: Iterable[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    for batch in _chunks(rows):
        connection.execute(table.insert(), batch)


def _release_date(rng: random.Random) -> date | None:
    if rng.random() < 0.03:
        return None
    # skewed to recent years, as real release counts are
    days = (date(2025, 12, 31) - date(2019, 1, 1)).days
    return date(2019, 1, 1) + timedelta(days=int(days * rng.random() ** 0.6))


def _grade(rng: random.Random, family: str, shown_weights: bool) -> tuple[str, int]:
    """An openness grade consistent with the license family, and a MOF class (0 = unclassified)."""
    if family == "proprietary" or not shown_weights:
        return rng.choices(["closed-api", "hosted-only", "unreleased"], [80, 15, 5])[0], 0
    if family == "non-commercial":
        return "open-weights-non-commercial", 0
    if family in ("custom-open-weights", "rail"):
        return "open-weights-restricted", 0
    grade = rng.choices(["open-weights-unrestricted", "open-source", "fully-open"], [70, 20, 10])[0]
    mof = {"open-weights-unrestricted": rng.choice([0, 0, 0, 3]), "open-source": rng.choice([0, 3, 2]),
           "fully-open": rng.choice([1, 1, 2])}[grade]
    return grade, mof


def make_synthetic_atlas(
    path: Path | str,
    n_models: int = 100_000,
    *,
    n_orgs: int = 300,
    n_licenses: int = 40,
    tags_per_entry: float = 2.5,
    deleted_share: float = 0.005,
    seed: int = 20240723,
) -> Path:
    """Write a new atlas file with `n_models` models and return its path; the same arguments give the same file.

    Models spread over `n_orgs` organizations (a few large labs, a long tail), `n_licenses` licenses in six
    families, realistic grades, dates, sizes and context windows, and a few tags each (some removed: tombstones).
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; the generator writes new files only")
    rng = random.Random(seed)
    Store.open(path, SYNTH_AUTHOR, create=True).close()  # the real schema, through the real migrations
    now = datetime(2026, 1, 1)
    try:
        entries: list[dict[str, Any]] = []

        orgs: list[dict[str, Any]] = []
        for i in range(n_orgs):
            jurisdiction = _weighted(rng, JURISDICTIONS)
            org = {"uuid": _uuid(rng), "country": COUNTRIES[jurisdiction], "jurisdiction": jurisdiction,
                   "org_kind": _weighted(rng, ORG_KINDS), "business_model": _weighted(rng, BUSINESS_MODELS),
                   "website": f"https://lab{i}.example", "summary": f"Synthetic lab number {i}."}
            orgs.append(org)
            entries.append(_entry(org["uuid"], "organization", f"{rng.choice(FAMILY_WORDS)} Labs {i}", now))

        licenses: list[dict[str, Any]] = []
        family_of: dict[str, str] = {}
        families = [f for f, (n, _) in LICENSE_FAMILIES.items() for _ in range(n)]
        for i in range(n_licenses):
            family = families[i % len(families)]
            lic = {"uuid": _uuid(rng), "spdx_id": f"LicenseRef-Synthetic-{i}", "family": family,
                   "osi_approved": family in ("permissive", "copyleft"), "url": f"https://licenses.example/{i}",
                   "commercial_use": {"non-commercial": "no", "proprietary": "yes"}.get(
                       family, "conditional" if family in ("custom-open-weights", "rail") else "yes"),
                   "modification": "yes", "redistribution": "yes", "user_cap_status": "none", "user_cap": None,
                   "acceptable_use_policy": "yes" if family in ("custom-open-weights", "rail") else "no",
                   "attribution": "yes", "output_training": "allowed", "field_of_use": "none", "geo_status": "none",
                   "geographic_exclusions": [], "pass_terms_downstream": "yes", "notice_file": "yes",
                   "clause_details": {}, "summary": "", "acceptable_use_policy_url": None}
            if family == "custom-open-weights" and i % 2 == 0:
                lic["user_cap_status"], lic["user_cap"] = "cap", 700_000_000
            licenses.append(lic)
            family_of[lic["uuid"]] = family
            entries.append(_entry(lic["uuid"], "license", f"Synthetic {family} license {i}", now))
        by_family: dict[str, list[str]] = {}
        for lic in licenses:
            by_family.setdefault(lic["family"], []).append(lic["uuid"])
        model_family_weights = {f: share for f, (_, share) in LICENSE_FAMILIES.items() if f in by_family}

        tags: list[dict[str, Any]] = []
        for i, name in enumerate(TAG_NAMES):
            tags.append({"uuid": _uuid(rng), "color": TAG_COLORS[i % len(TAG_COLORS)]})
            entries.append(_entry(tags[-1]["uuid"], "tag", name, now))

        # a few big labs and a long tail: Zipf-like weights over organizations
        org_weights = [1 / (rank + 1) ** 0.9 for rank in range(n_orgs)]
        models: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        tag_uuids = [t["uuid"] for t in tags]
        model_families = rng.choices(list(model_family_weights), list(model_family_weights.values()), k=n_models)
        for i, org_index in enumerate(rng.choices(range(n_orgs), weights=org_weights, k=n_models)):
            org = orgs[org_index]
            family = model_families[i]
            license_uuid = rng.choice(by_family[family])
            shown = family != "proprietary" and rng.random() > 0.02
            grade, mof_class = _grade(rng, family, shown)
            params = None if rng.random() < 0.15 else round(math.exp(rng.gauss(math.log(7e9), 1.6)), -6)
            tokens = None if params is None or rng.random() < 0.4 else params * rng.uniform(20, 2000)
            word = FAMILY_WORDS[(org_index + i // 5000) % len(FAMILY_WORDS)]
            size = f" {params / 1e9:.0f}B" if params and params >= 1e9 else ""
            name = f"{word}-{org_index}.{i % 97}{size}{rng.choice(SUFFIXES)} #{i}"
            released = _release_date(rng)
            deleted = now if rng.random() < deleted_share else None
            model = {
                "uuid": _uuid(rng), "family": f"{word} {org_index}", "model_version": str(i % 7),
                "developer_uuid": org["uuid"], "release_date": released,
                "modalities": rng.choice(MODALITIES), "architecture": "Decoder-only transformer",
                "params_total": params,
                "params_active": params / 8 if params and rng.random() < 0.1 else None,
                "context_window": rng.choice(CONTEXTS), "compute_confidence": "speculative" if tokens else None,
                "training_compute_flop": 6 * params * tokens if params and tokens else None,
                "training_tokens": tokens, "base_model_uuid": None, "base_relation": None,
                "access": ["api"] if not shown else rng.choice([["weights"], ["api", "weights"]]),
                "openness_grade": grade, "openness_manual": False, "license_uuid": license_uuid,
                "mof_class": mof_class, "summary": "",
            }
            models.append(model)
            created = datetime(2020, 1, 1) + timedelta(minutes=i)
            entries.append(_entry(model["uuid"], "model", name, created, deleted))
            count = min(len(tag_uuids), max(0, round(rng.gauss(tags_per_entry, 1.2))))
            for tag_uuid in rng.sample(tag_uuids, count):
                links.append({"uuid": _uuid(rng), "entry_uuid": model["uuid"], "tag_uuid": tag_uuid,
                              "created_at": created, "modified_at": created, "author": SYNTH_AUTHOR,
                              "deleted_at": now if rng.random() < 0.02 else None, "version": 1, "change_seq": 1})

        _write(path, [(Entry.__table__, entries), (Organization.__table__, orgs), (License.__table__, licenses),
                      (Tag.__table__, tags), (Model.__table__, models), (EntryTag.__table__, links)])
    except BaseException:
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return path


def _write(path: Path, tables: list[tuple[Table, list[dict[str, Any]]]]) -> None:
    """Bulk Core inserts in one transaction, without journal or fsync (a half-written file is deleted anyway)."""
    engine = backend.make_engine(path, wal=False, poolclass=pool.StaticPool)  # one connection keeps the pragmas
    try:
        raw = engine.raw_connection().driver_connection
        assert raw is not None
        for pragma in ("journal_mode = OFF", "synchronous = OFF", "cache_size = -1000000"):
            raw.execute(f"PRAGMA {pragma}")  # outside a transaction: journal_mode cannot change inside one
        with engine.begin() as connection:
            for table, rows in tables:
                rows.sort(key=lambda row: row["uuid"])  # primary-key order: each B-tree page is written once
                _insert(connection, table, rows)
            meta = Meta.__table__
            connection.execute(meta.delete().where(meta.c.key == "change_seq"))
            connection.execute(meta.insert(), [{"key": "change_seq", "value": "1"}])
        raw.execute("PRAGMA journal_mode = WAL")  # as the app leaves its files
    finally:
        engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic atlas file for benchmarks.")
    parser.add_argument("path", type=Path)
    parser.add_argument("--models", type=int, default=100_000)
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--licenses", type=int, default=40)
    args = parser.parse_args()
    started = time.perf_counter()
    make_synthetic_atlas(args.path, args.models, n_orgs=args.orgs, n_licenses=args.licenses)
    size = args.path.stat().st_size / 1e6
    print(f"wrote {args.path} ({args.models:,} models, {size:.1f} MB) in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
