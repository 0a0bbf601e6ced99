"""The license check read with plain SQL answers exactly as the check through the ORM did: every saved use case,
the command line's options and their combinations, restricted runs, and an atlas holding invalid values.

`orm_check` below is db.advisor.api.check_use_case as it was before issue 16 (the ORM path), kept as the reference:
the new path (db.advisor.atlas_check, on the store's connection and on a plain one) must give the same results,
field for field, in the same order.
"""

from __future__ import annotations

import contextlib
import itertools
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session, defaultload, lazyload

from db.advisor.api import check_use_case, list_use_cases, save_use_case
from db.advisor.atlas_check import check_atlas, check_file
from db.advisor.facts import model_facts
from db.advisor.license_check import Inherited, LicenseTerms, SourceRef, check_with_lineage
from db.advisor.results import MAX_SOURCES, VERDICT_ORDER, CheckResult
from db.advisor.scopes import inheritance_of, scopes_of
from db.advisor.usecase import UseCase
from db.errors import NotFoundError
from db.lineage import MAX_DEPTH, Lineal
from db.reading.connection import open_current, snapshot
from db.schema import LINK_SOURCE, License, Link, Model, Organization, Source
from db.store import Store

# ---- the reference: the check through the ORM, as it was --------------------------------------------------


def orm_check(store: Store, usecase: UseCase, *, model_uuids: Iterable[str] | None = None) -> list[CheckResult]:
    """The check as it read through the ORM before it read with plain SQL (db.advisor.api at 3ac9a5f)."""
    wanted = list(dict.fromkeys(model_uuids)) if model_uuids is not None else None
    with store.read() as session:
        query = select(Model).options(*_LEAN).where(Model.deleted_at.is_(None)).order_by(Model.name_key)
        if wanted is not None:
            query = query.where(Model.uuid.in_(wanted))
        models = list(session.scalars(query))
        if wanted is not None:
            found = {m.uuid for m in models}
            gone = [uuid for uuid in wanted if uuid not in found]
            if gone:
                raise NotFoundError(f"no model with UUID {gone[0]}")
        lineages = _lineages(session, models)
        # a model whose license row is loaded has that row's uuid in license_uuid
        live_licenses = {cast(str, m.license_uuid) for m in models
                         if m.license is not None and m.license.deleted_at is None}
        live_licenses |= {base.license_uuid for chain in lineages.values() for base, _ in chain if base.license_uuid}
        sources = _sources(session, [*live_licenses, *(m.uuid for m in models)])
        terms_cache: dict[str, LicenseTerms] = {}

        def terms_of(license_row: License | None) -> LicenseTerms | None:
            if license_row is None or license_row.deleted_at is not None:
                return None
            if license_row.uuid not in terms_cache:
                terms_cache[license_row.uuid] = orm_license_terms(license_row, sources[license_row.uuid])
            return terms_cache[license_row.uuid]

        results: list[CheckResult] = []
        for model in models:
            license_row = model.license if model.license is not None and model.license.deleted_at is None else None
            terms = terms_of(license_row)
            facts = model_facts(model)
            inherited = _inherited(session, lineages.get(model.uuid, []), terms_of)
            verdict = check_with_lineage(usecase, terms, inherited, weights_released=facts["weights_released"],
                                         model_name=model.name, model_sources=sources[model.uuid],
                                         model_uuid=model.uuid, model_modalities=facts["modalities"])
            license_ref = {"uuid": license_row.uuid, "name": license_row.name, "spdx": license_row.spdx_id} \
                if license_row is not None else None
            results.append(CheckResult(model.uuid, model.name, verdict, license_ref, model.openness_grade))
    results.sort(key=lambda r: (VERDICT_ORDER[r.verdict.verdict], r.model.casefold()))
    return results


def _lineages(session: Session, models: Sequence[Model]) -> dict[str, list[tuple[Lineal, str]]]:
    """Each derived model's chain of live bases (as db.lineage.ancestors gives it), read level by level in batches:
    one query per generation, not one per model."""
    known: dict[str, Lineal] = {}
    gone: set[str] = set()
    wanted = {m.base_model_uuid for m in models if m.base_model_uuid}
    for _depth in range(MAX_DEPTH):
        wanted -= known.keys() | gone
        if not wanted:
            break
        batch = list(wanted)
        for start in range(0, len(batch), 500):
            chunk = batch[start:start + 500]
            found = [Lineal(*row[:5], row[5] if row[6] else None, *row[6:]) for row in session.execute(
                select(Model.uuid, Model.name, Model.family, Model.model_version, Model.size_label,
                       Model.base_relation, Model.base_model_uuid, Model.license_uuid, Model.developer_uuid)
                .where(Model.deleted_at.is_(None), Model.uuid.in_(chunk)))]
            known.update((item.uuid, item) for item in found)
            gone |= set(chunk) - {item.uuid for item in found}
        wanted = {item.base_uuid for item in known.values() if item.base_uuid}
    chains: dict[str, list[tuple[Lineal, str]]] = {}
    for model in models:
        chain: list[tuple[Lineal, str]] = []
        seen = {model.uuid}
        relation = model.base_relation or "other"
        base = model.base_model_uuid
        while base and base in known and base not in seen and len(chain) < MAX_DEPTH:
            seen.add(base)
            chain.append((known[base], relation))
            relation, base = known[base].relation or "other", known[base].base_uuid
        if chain:
            chains[model.uuid] = chain
    return chains


def _inherited(session: Session, chain: Sequence[tuple[Lineal, str]],
               terms_of: Callable[[License | None], LicenseTerms | None]) -> list[Inherited]:
    """The clauses that the licenses up a model's family tree pass down to it, nearest base first."""
    found: list[Inherited] = []
    steps: list[str] = []
    for base, relation in chain:
        steps.append(relation)
        license_row = session.get(License, base.license_uuid) if base.license_uuid else None
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


_LEAN = (  # what the checks never read is not loaded: most of a large check's time went to tags and grades
    lazyload(Model.assessments),
    lazyload(Model.tag_links),
    defaultload(Model.license).lazyload(License.tag_links),
    defaultload(Model.developer).lazyload(Organization.tag_links),
)


def orm_license_terms(lic: License, sources: Sequence[SourceRef] = ()) -> LicenseTerms:
    """A license row's clause facts, for the pure check."""
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


def _sources(session: Session, uuids: Iterable[str]) -> defaultdict[str, list[SourceRef]]:
    """The first few sources backing each entry, in one query."""
    wanted = list(dict.fromkeys(uuids))
    found: defaultdict[str, list[SourceRef]] = defaultdict(list)
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(Link.to_uuid, Source.name, Source.url)
            .join(Source, Source.uuid == Link.from_uuid)
            .where(Link.to_uuid.in_(wanted[start:start + 500]), Link.relation == LINK_SOURCE,
                   Link.deleted_at.is_(None), Source.deleted_at.is_(None))
            .order_by(Link.to_uuid, Source.name)
        ).all()
        for target, title, url in rows:
            if len(found[target]) < MAX_SOURCES:
                found[target].append(SourceRef(title, url))
    return found


# ---- the comparisons ---------------------------------------------------------------------------------------

REGIONS: tuple[list[str], ...] = ([], ["EU"], ["US"], ["CN"], ["other"], ["EU", "US"], ["FR"])
CLI_CASES: list[UseCase] = [
    UseCase(commercial=commercial, regions=regions, monthly_users=users, fine_tune=fine_tune,
            redistribute=redistribute, serve_api=serve_api, train_on_outputs=train, field_of_use=field)
    for (commercial, regions, users, (fine_tune, redistribute, serve_api, train), field) in itertools.product(
        (True, False), REGIONS, (None, 800_000_000),
        ((False, False, False, False), (True, True, False, False), (False, False, True, True)), (None, "medical"))
] + [UseCase(regions=["US"], established_in=["EU"]), UseCase(regions=["EU"], established_in=["EU"], fine_tune=True)]
"""The command line's options (--commercial/--non-commercial, --region, --users, --fine-tune, --redistribute,
--serve-api, --train-on-outputs, --field, --established-in) in combination."""


def as_dicts(results: Sequence[CheckResult]) -> list[dict[str, Any]]:
    return [result.to_dict() for result in results]


def plain(path: Path, usecase: UseCase, model_uuids: Iterable[str] | None = None) -> list[CheckResult]:
    connection = open_current(path)
    assert connection is not None
    with contextlib.closing(connection), snapshot(connection):
        return check_atlas(connection, usecase, model_uuids=model_uuids)


def test_every_option_combination_answers_as_the_orm_did(seeded: Store) -> None:
    for usecase in CLI_CASES:
        expected = as_dicts(orm_check(seeded, usecase))
        assert as_dicts(check_use_case(seeded, usecase)) == expected, usecase.describe()
        assert as_dicts(plain(seeded.path, usecase)) == expected, usecase.describe()
    assert as_dicts(check_file(seeded.path, CLI_CASES[1]) or []) == as_dicts(orm_check(seeded, CLI_CASES[1]))


def test_every_saved_use_case_and_restricted_runs_answer_as_the_orm_did(seeded: Store) -> None:
    for index, usecase in enumerate(CLI_CASES[::7]):
        save_use_case(seeded, f"case {index}", usecase)
    saved = list_use_cases(seeded)
    assert len(saved) == len(CLI_CASES[::7])
    some = [seeded.resolve(name, "model").uuid for name in ("GPT-4o", "Llama 3.1 405B", "Llama 3.2 11B Vision")]
    for case in saved:
        assert as_dicts(check_use_case(seeded, case.usecase)) == as_dicts(orm_check(seeded, case.usecase))
        assert as_dicts(check_use_case(seeded, case.usecase, model_uuids=some)) == \
            as_dicts(orm_check(seeded, case.usecase, model_uuids=some))
    with pytest.raises(NotFoundError):
        check_use_case(seeded, UseCase(), model_uuids=["no-such-model"])


def damage(path: Path) -> None:
    """Write values the store never writes, as a hand-edited or damaged file can hold them."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        licenses = [row[0] for row in connection.execute("SELECT uuid FROM licenses ORDER BY uuid")]
        models = [row[0] for row in connection.execute("SELECT uuid FROM models ORDER BY uuid")]
        edits = [
            ("UPDATE licenses SET commercial_use = 'maybe' WHERE uuid = ?", licenses[0]),
            ("UPDATE licenses SET clause_details = '{not json' WHERE uuid = ?", licenses[1]),
            ("UPDATE licenses SET geographic_exclusions = '[1, 2]', geo_status = 'restricted' WHERE uuid = ?",
             licenses[2]),
            ("UPDATE licenses SET user_cap = 'lots', user_cap_status = 'cap' WHERE uuid = ?", licenses[3]),
            ("UPDATE licenses SET family = 'odd', redistribution = 12 WHERE uuid = ?", licenses[4]),
            ("UPDATE licenses SET clause_details = '{\"scopes\": {\"geographic_exclusions\": 5}}' WHERE uuid = ?",
             licenses[5]),
            ("UPDATE entries SET deleted_at = 'yesterday' WHERE uuid = ?", licenses[6]),
            ("UPDATE entries SET deleted_at = '2024-01-02 03:04:05' WHERE uuid = ?", licenses[7]),
            ("UPDATE models SET openness_grade = 'wide open' WHERE uuid = ?", models[0]),
            ("UPDATE models SET access = 'not json' WHERE uuid = ?", models[1]),
            ("UPDATE models SET modalities = '[\"text\", 5]' WHERE uuid = ?", models[2]),
            ("UPDATE models SET access = '[\"weights\", \"telepathy\"]' WHERE uuid = ?", models[3]),
            ("UPDATE models SET base_relation = 'cousin', base_model_uuid = ? WHERE uuid = ?", (models[5], models[4])),
            ("UPDATE components SET status = 'sort of' WHERE component = 'final-parameters' AND model_uuid = ?",
             models[6]),
            ("UPDATE models SET access = 7 WHERE uuid = ?", models[7]),
        ]
        for sql, parameters in edits:
            connection.execute(sql, parameters if isinstance(parameters, tuple) else (parameters,))
        connection.commit()


def test_stored_invalid_values_give_the_answer_the_orm_gave(seeded_path: Path) -> None:
    damage(seeded_path)
    with Store.open(seeded_path, "tester") as store:
        for usecase in CLI_CASES[::5]:
            expected = as_dicts(orm_check(store, usecase))
            assert as_dicts(check_use_case(store, usecase)) == expected, usecase.describe()
            assert as_dicts(plain(seeded_path, usecase)) == expected, usecase.describe()
