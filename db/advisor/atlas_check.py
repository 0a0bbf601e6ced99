"""The license check over an atlas, read with plain SQL: every live model (or those asked for), its license, the
licenses up its family tree and the sources behind them, then the pure check (db.advisor.license_check).

No SQLAlchemy and no mapped schema: the command line checks a use case without loading them, and the store's own
check (db.advisor.api.check_use_case) reads through here too, on its session's connection, so both give one
answer. Values are read as the store reads them: the engine's converters (db.reading.convert) make an unreadable
date or JSON unknown, and a value outside its field's vocabulary becomes the column's default or unknown, as
db.tolerant does for loaded entries (db.validity's checks decide which, as they do there).
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.advisor.facts import weights_public
from db.advisor.license_check import Inherited, LicenseTerms, SourceRef, check_with_lineage
from db.advisor.results import MAX_SOURCES, VERDICT_ORDER, CheckResult
from db.advisor.scopes import inheritance_of, scopes_of
from db.advisor.usecase import UseCase
from db.errors import NotFoundError
from db.reading.convert import to_datetime, to_json, whole
from db.vocab import MAX_LINEAGE_DEPTH

BATCH = 500
"""UUIDs per IN (...) query: well under SQLite's variable limit."""
LINK_SOURCE = "source"
"""The relation of a source backing an entry (db.schema.LINK_SOURCE)."""
_KEEP = object()
_NONE = object()


# ---- values as the store loads them ------------------------------------------------------------------------


@functools.cache
def _check(kind: str, attr: str) -> Callable[[Any], str | None] | None:
    """The vocabulary check db.tolerant applies to a loaded entry's field (db.validity), by kind and attribute."""
    from db.fields import FIELDS
    from db.validity import EXTRA_CHECKS, field_check

    table = {"model": "models", "license": "licenses", "component": "components"}[kind]
    extra = EXTRA_CHECKS.get((table, attr))
    if extra is not None:
        return extra
    spec = next((spec for spec in FIELDS.get(kind, ()) if spec.attr == attr), None)
    return field_check(spec) if spec is not None else None


def _loaded(kind: str, attr: str, value: Any, fallback: Any) -> Any:
    """`value` as an entry loaded through the store holds it: a value its field's check refuses (or None in a column
    that is never empty) becomes `fallback` — _NONE: None; _KEEP: the value stays (text without a default)."""
    if fallback is _KEEP:
        return value
    check = _check(kind, attr)
    if (value is None and fallback is not _NONE) or (value is not None and check is not None
                                                      and check(value) is not None):
        if fallback is _NONE:
            return None
        return fallback() if callable(fallback) else fallback
    return value


# ---- rows ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LicenseRow:
    """The license columns the check reads, as the store loads them."""

    uuid: str
    name: str
    deleted: bool
    spdx_id: str | None
    family: str | None
    commercial_use: str
    modification: str
    redistribution: str
    user_cap_status: str
    user_cap: int | None
    acceptable_use_policy: str
    acceptable_use_policy_url: str | None
    attribution: str
    output_training: str
    field_of_use: str
    geo_status: str
    geographic_exclusions: list[str]
    pass_terms_downstream: str
    notice_file: str
    clause_details: dict[str, Any]


_LICENSE_SQL = (
    "SELECT l.uuid, e.name, e.deleted_at, l.spdx_id, l.family, l.commercial_use, l.modification, l.redistribution, "
    "l.user_cap_status, l.user_cap, l.acceptable_use_policy, l.acceptable_use_policy_url, l.attribution, "
    "l.output_training, l.field_of_use, l.geo_status, l.geographic_exclusions, l.pass_terms_downstream, "
    "l.notice_file, l.clause_details FROM entries AS e JOIN licenses AS l ON e.uuid = l.uuid WHERE l.uuid IN ({})"
)


def _license_row(row: Sequence[Any]) -> LicenseRow:
    (uuid, name, deleted_at, spdx_id, family, commercial_use, modification, redistribution, user_cap_status, user_cap,
     aup, aup_url, attribution, output_training, field_of_use, geo_status, exclusions, downstream, notice,
     details) = row

    def clause(attr: str, value: Any) -> Any:
        return _loaded("license", attr, value, "unknown")

    return LicenseRow(
        uuid=uuid, name=_loaded("license", "name", name, _KEEP),
        deleted=to_datetime(deleted_at) is not None,  # an unreadable deletion time loads as None: not deleted
        spdx_id=_loaded("license", "spdx_id", spdx_id, _NONE), family=_loaded("license", "family", family, _NONE),
        commercial_use=clause("commercial_use", commercial_use), modification=clause("modification", modification),
        redistribution=clause("redistribution", redistribution),
        user_cap_status=clause("user_cap_status", user_cap_status),
        user_cap=_loaded("license", "user_cap", whole(user_cap), _NONE),
        acceptable_use_policy=clause("acceptable_use_policy", aup),
        acceptable_use_policy_url=_loaded("license", "acceptable_use_policy_url", aup_url, _NONE),
        attribution=clause("attribution", attribution), output_training=clause("output_training", output_training),
        field_of_use=clause("field_of_use", field_of_use), geo_status=clause("geo_status", geo_status),
        geographic_exclusions=_loaded("license", "geographic_exclusions", to_json(exclusions), list),
        pass_terms_downstream=clause("pass_terms_downstream", downstream),
        notice_file=clause("notice_file", notice),
        clause_details=_loaded("license", "clause_details", to_json(details), dict),
    )


@dataclass(frozen=True)
class ModelRow:
    """The model columns the check reads, as the store loads them, with its weights' component status."""

    uuid: str
    name: str
    license_uuid: str | None
    base_uuid: str | None
    base_relation: str | None
    openness_grade: str | None
    access: list[str]
    modalities: list[str]
    final_parameters: str | None


_MODEL_SQL = (
    "SELECT models.uuid, entries.name, models.license_uuid, models.base_model_uuid, models.base_relation, "
    "models.openness_grade, models.access, models.modalities FROM entries JOIN models ON models.uuid = entries.uuid "
    # the joins of the store's query (its eager loads), so that SQLite orders equal names alike
    "LEFT OUTER JOIN (entries AS entries_1 JOIN organizations AS organizations_1 ON entries_1.uuid = "
    "organizations_1.uuid) ON organizations_1.uuid = models.developer_uuid LEFT OUTER JOIN (entries AS entries_2 "
    "JOIN licenses AS licenses_1 ON entries_2.uuid = licenses_1.uuid) ON licenses_1.uuid = models.license_uuid "
    "WHERE entries.deleted_at IS NULL{} ORDER BY entries.name_key"
)


def _models(connection: sqlite3.Connection, wanted: list[str] | None) -> list[ModelRow]:
    if wanted is None:
        rows = connection.execute(_MODEL_SQL.format("")).fetchall()
    else:  # one query, as the store's: equal names come in its order
        rows = connection.execute(_MODEL_SQL.format(f" AND models.uuid IN ({_marks(wanted)})"), wanted).fetchall()
    weights = _final_parameters(connection, [row[0] for row in rows])
    return [ModelRow(uuid=uuid, name=_loaded("model", "name", name, _KEEP), license_uuid=license_uuid,
                     base_uuid=base_uuid, base_relation=_loaded("model", "base_relation", relation, _NONE),
                     openness_grade=_loaded("model", "openness_grade", grade, _NONE),
                     access=_loaded("model", "access", to_json(access), list),
                     modalities=_loaded("model", "modalities", to_json(modalities), list),
                     final_parameters=weights.get(uuid))
            for uuid, name, license_uuid, base_uuid, relation, grade, access, modalities in rows]


def _final_parameters(connection: sqlite3.Connection, uuids: list[str]) -> dict[str, str]:
    """Each model's live "final-parameters" component status (the weights), as the store loads it."""
    found: dict[str, str] = {}
    sql = ("SELECT model_uuid, status, deleted_at FROM components WHERE component = 'final-parameters' "
           "AND model_uuid IN ({})")
    for chunk in _chunks(uuids):
        for model_uuid, status, deleted_at in connection.execute(sql.format(_marks(chunk)), chunk):
            if to_datetime(deleted_at) is None and model_uuid not in found:
                found[model_uuid] = _loaded("component", "status", status, "unknown")
    return found


@dataclass(frozen=True)
class Base:
    """A live model up a family tree (the columns db.lineage's Lineal gives the check)."""

    uuid: str
    name: str
    relation: str | None
    base_uuid: str | None
    license_uuid: str | None


def _lineages(connection: sqlite3.Connection, models: Sequence[ModelRow]) -> dict[str, list[tuple[Base, str]]]:
    """Each derived model's chain of live bases, read level by level in batches (as db.advisor.api did)."""
    known: dict[str, Base] = {}
    gone: set[str] = set()
    wanted = {m.base_uuid for m in models if m.base_uuid}
    sql = ("SELECT models.uuid, entries.name, models.base_relation, models.base_model_uuid, models.license_uuid "
           "FROM entries JOIN models ON models.uuid = entries.uuid WHERE entries.deleted_at IS NULL "
           "AND models.uuid IN ({})")
    for _depth in range(MAX_LINEAGE_DEPTH):
        wanted -= known.keys() | gone
        if not wanted:
            break
        for chunk in _chunks(sorted(wanted)):
            # read as columns (not loaded entries): the relation is kept as stored, as the store's query kept it
            found = [Base(uuid, name, relation if base else None, base, license_uuid)
                     for uuid, name, relation, base, license_uuid in connection.execute(sql.format(_marks(chunk)),
                                                                                         chunk)]
            known.update((item.uuid, item) for item in found)
            gone |= set(chunk) - {item.uuid for item in found}
        wanted = {item.base_uuid for item in known.values() if item.base_uuid}
    chains: dict[str, list[tuple[Base, str]]] = {}
    for model in models:
        chain: list[tuple[Base, str]] = []
        seen = {model.uuid}
        relation = model.base_relation or "other"
        base = model.base_uuid
        while base and base in known and base not in seen and len(chain) < MAX_LINEAGE_DEPTH:
            seen.add(base)
            chain.append((known[base], relation))
            relation, base = known[base].relation or "other", known[base].base_uuid
        if chain:
            chains[model.uuid] = chain
    return chains


def _licenses(connection: sqlite3.Connection, uuids: Iterable[str]) -> dict[str, LicenseRow]:
    found: dict[str, LicenseRow] = {}
    for chunk in _chunks(sorted(set(uuids))):
        for row in connection.execute(_LICENSE_SQL.format(_marks(chunk)), chunk):
            found[row[0]] = _license_row(row)
    return found


def read_sources(connection: sqlite3.Connection, uuids: Iterable[str]) -> defaultdict[str, list[SourceRef]]:
    """The first few sources backing each entry."""
    wanted = list(dict.fromkeys(uuids))
    found: defaultdict[str, list[SourceRef]] = defaultdict(list)
    sql = ("SELECT links.to_uuid, entries.name, sources.url FROM links JOIN (entries JOIN sources ON entries.uuid = "
           "sources.uuid) ON sources.uuid = links.from_uuid WHERE links.to_uuid IN ({}) AND links.relation = ? "
           "AND links.deleted_at IS NULL AND entries.deleted_at IS NULL ORDER BY links.to_uuid, entries.name")
    for chunk in _chunks(wanted):
        for target, title, url in connection.execute(sql.format(_marks(chunk)), [*chunk, LINK_SOURCE]):
            if len(found[target]) < MAX_SOURCES:
                found[target].append(SourceRef(title, url))
    return found


def _chunks(items: Sequence[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), BATCH):
        yield list(items[start:start + BATCH])


def _marks(items: Sequence[object]) -> str:
    return ", ".join("?" * len(items))


# ---- the check -------------------------------------------------------------------------------------------


def license_terms(lic: LicenseRow, sources: Sequence[SourceRef] = ()) -> LicenseTerms:
    """A license's clause facts, for the pure check."""
    return LicenseTerms(
        name=lic.name, uuid=lic.uuid, spdx_id=lic.spdx_id, family=lic.family,
        commercial_use=lic.commercial_use or "unknown", modification=lic.modification or "unknown",
        redistribution=lic.redistribution or "unknown", user_cap_status=lic.user_cap_status or "unknown",
        user_cap=lic.user_cap, acceptable_use_policy=lic.acceptable_use_policy or "unknown",
        acceptable_use_policy_url=lic.acceptable_use_policy_url, attribution=lic.attribution or "unknown",
        output_training=lic.output_training or "unknown", field_of_use=lic.field_of_use or "unknown",
        geo_status=lic.geo_status or "unknown", geographic_exclusions=tuple(lic.geographic_exclusions or ()),
        pass_terms_downstream=lic.pass_terms_downstream or "unknown", notice_file=lic.notice_file or "unknown",
        details={str(k): str(v) for k, v in (lic.clause_details or {}).items()
                 if v not in (None, "") and k != "scopes"},
        sources=tuple(sources), scopes=scopes_of(lic.clause_details),
    )


def check_atlas(connection: sqlite3.Connection, usecase: UseCase, *,
                model_uuids: Iterable[str] | None = None) -> list[CheckResult]:
    """The verdict of every live model (or those given) for one use case, most permissive first, then by name.

    Reads through `connection` in whatever transaction it is in (one snapshot when the caller opened one)."""
    wanted = list(dict.fromkeys(model_uuids)) if model_uuids is not None else None
    models = _models(connection, wanted)
    if wanted is not None:
        found = {m.uuid for m in models}
        gone = [uuid for uuid in wanted if uuid not in found]
        if gone:
            raise NotFoundError(f"no model with UUID {gone[0]}")
    lineages = _lineages(connection, models)
    licenses = _licenses(connection, [*(m.license_uuid for m in models if m.license_uuid),
                                      *(base.license_uuid for chain in lineages.values() for base, _ in chain
                                        if base.license_uuid)])
    live = {uuid for uuid, row in licenses.items() if not row.deleted}
    used = {m.license_uuid for m in models if m.license_uuid in live}
    used |= {base.license_uuid for chain in lineages.values() for base, _ in chain if base.license_uuid}
    sources = read_sources(connection, [*used, *(m.uuid for m in models)])
    terms_cache: dict[str, LicenseTerms] = {}

    def terms_of(license_row: LicenseRow | None) -> LicenseTerms | None:
        if license_row is None or license_row.deleted:
            return None
        if license_row.uuid not in terms_cache:
            terms_cache[license_row.uuid] = license_terms(license_row, sources[license_row.uuid])
        return terms_cache[license_row.uuid]

    results: list[CheckResult] = []
    for model in models:
        license_row = licenses.get(model.license_uuid or "")
        if license_row is not None and license_row.deleted:
            license_row = None
        inherited = _inherited(lineages.get(model.uuid, []), licenses, terms_of)
        weights = weights_public(model.access, model.final_parameters, model.openness_grade)
        verdict = check_with_lineage(usecase, terms_of(license_row), inherited, weights_released=weights,
                                     model_name=model.name, model_sources=sources[model.uuid],
                                     model_uuid=model.uuid, model_modalities=list(model.modalities or []) or None)
        license_ref = {"uuid": license_row.uuid, "name": license_row.name, "spdx": license_row.spdx_id} \
            if license_row is not None else None
        results.append(CheckResult(model.uuid, model.name, verdict, license_ref, model.openness_grade))
    results.sort(key=lambda r: (VERDICT_ORDER[r.verdict.verdict], r.model.casefold()))
    return results


def _inherited(chain: Sequence[tuple[Base, str]], licenses: Mapping[str, LicenseRow],
               terms_of: Callable[[LicenseRow | None], LicenseTerms | None]) -> list[Inherited]:
    """The clauses that the licenses up a model's family tree pass down to it, nearest base first."""
    found: list[Inherited] = []
    steps: list[str] = []
    for base, relation in chain:
        steps.append(relation)
        license_row = licenses.get(base.license_uuid) if base.license_uuid else None
        terms = terms_of(license_row)
        inheritance = inheritance_of(license_row.clause_details) if license_row is not None else None
        if terms is None or inheritance is None:
            continue
        found.append(Inherited(terms, inheritance.clauses, base.uuid, base.name, _steps(steps), inheritance.note))
    return found


def _steps(relations: Sequence[str]) -> str:
    """["quantization", "fine-tune"] -> "quantization of a fine-tune"; ["fine-tune", "adapter"] -> "… of an adapter"."""
    text = relations[0]
    for relation in relations[1:]:
        text += f" of {'an' if relation[:1] in 'aeiou' else 'a'} {relation}"
    return text


def check_file(path: Path, usecase: UseCase) -> list[CheckResult] | None:
    """Check every live model of the atlas file at `path` without the store; None when the file needs the store
    (missing, older or newer schema, unreadable: opening it through the store upgrades it or says why)."""
    from db.reading.connection import open_current, snapshot

    connection = open_current(path)
    if connection is None:
        return None
    with contextlib.closing(connection), snapshot(connection):
        return check_atlas(connection, usecase)
