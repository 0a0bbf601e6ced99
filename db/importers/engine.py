"""Apply parsed records to the atlas in one transaction: match, fill what is empty, record every source's value."""

from __future__ import annotations

import contextlib
import functools
import uuid as uuid_module
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, select

from db.errors import AtlasError
from db.fields import FieldSpec, FieldType, convert, field_map
from db.importers import mot
from db.importers.common import (
    ImportReport,
    LicenseRecord,
    ModelRecord,
    OrgScoreRecord,
    importer_author,
    is_importer,
)
from db.importers.licenses import PROPRIETARY, LicenseIndex, LicenseInfo, resolve
from db.importers.matching import (
    MatchResult,
    ModelMatcher,
    OrgMatcher,
    exact_key,
    signature,
    split_organizations,
)
from db.schema import (
    LINK_DEVELOPED_BY,
    Alias,
    Assessment,
    Component,
    Entry,
    ImportReview,
    License,
    Link,
    Model,
    Organization,
    OrgAssessment,
    Provenance,
)
from db.store import Store, WriteContext, _read_attr
from db.values import normalize_name
from db.vocab import BaseRelation, ComponentStatus, MofComponent

COUNTRY_JURISDICTION: dict[str, str] = {
    "united states": "US", "united states of america": "US", "usa": "US", "us": "US", "china": "CN",
    "united kingdom": "UK", "united kingdom of great britain and northern ireland": "UK", "uk": "UK",
    "canada": "CA", "israel": "IL", "united arab emirates": "AE", "uae": "AE", "singapore": "SG", "india": "IN",
    "japan": "JP", "korea (republic of)": "KR", "south korea": "KR", "korea": "KR", "republic of korea": "KR",
    "switzerland": "CH", "france": "EU", "germany": "EU", "netherlands": "EU", "italy": "EU", "spain": "EU",
    "sweden": "EU", "finland": "EU", "denmark": "EU", "belgium": "EU", "austria": "EU", "poland": "EU",
    "ireland": "EU", "portugal": "EU", "czechia": "EU", "luxembourg": "EU", "multinational": "international",
    "international": "international",
}
"""Country names catalogs use, to the atlas's jurisdiction codes (EU members are EU; the country says which)."""

AUTHORITY: dict[str, tuple[str, ...]] = {
    "component": ("mot", "hf", "osai", "epoch"),
    "license": ("mot", "hf", "osai", "epoch"),
    "default": ("epoch", "mot", "hf", "osai", "fmti", "spdx"),
}
"""When another import filled a field, which sources may replace its value (earlier is more authoritative)."""
SOURCE_BASE_RELATION = {"mot": mot.BASE_RELATION}
"""How a source's base model relates when it does not say (as its importer marks it when the base is found at once)."""
GRADING_SOURCES = frozenset({"epoch"})
"""Catalogs whose own grade column decides the grade of the models they describe (unless a person set one)."""
FLUSH_EVERY = 250
_COMPONENTS = frozenset(c.value for c in MofComponent)
_STATUSES = frozenset(s.value for s in ComponentStatus)


def jsonable(value: Any) -> Any:
    """A value as stored in provenance JSON (dates as ISO text, tuples as lists)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return value


# Between a record's origin and its key in the origin of an organization's fact: which record of the catalog stated it.
ORG_RECORD_MARK = " · record "


@dataclass
class _Stated:
    """A provenance row of this run that waits for the bulk insert (what matching and ownership need of it)."""

    value: Any
    applied_value: Any


@functools.cache
def _specs(kind: str) -> dict[str, FieldSpec]:
    return field_map(kind)


def _evidence_signals(record: dict[str, Any] | None) -> list[str]:
    evidence = (record or {}).get("evidence")
    return list(evidence.get("signals") or []) if isinstance(evidence, dict) else []


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value == "unknown"


class Applier:
    """One import run inside one write transaction.

    Existing entries change through the store (update_in, set_components_in). New models are built here without
    a flush per entry, with the same stamping and the store's own MOF class and grade rules (Store.mof, .suggest),
    so that thousands of catalog rows import in seconds; everything is flushed together at commit.
    """

    def __init__(self, store: Store, ctx: WriteContext, source: str, report: ImportReport) -> None:
        self.store = store
        self.ctx = ctx
        self.session = ctx.session
        self.source = source
        self.report = report
        # Holding the rows keeps them in the session's (weak) identity map: no reloading them record after record.
        self.objects: dict[str, Entry] = {}
        for cls in (Organization, License, Model):
            for entry in self.session.scalars(select(cls).where(cls.deleted_at.is_(None))):
                self.objects[entry.uuid] = entry
        self.pending: set[str] = set()  # built here and not flushed yet: invisible to the store's queries
        self.built: set[str] = set()  # models this run created: later records of the run change them directly
        self.orgs = OrgMatcher(self.session)
        self.licenses = LicenseIndex(self.session)
        self.provenance: dict[tuple[str, str], dict[str, Provenance]] = defaultdict(dict)
        # Which entry each source's record names went to last time: a decision is kept on re-import. Names are
        # compared exactly (capitals, `+`, Greek letters): "Command R+" is not "Command R", "CaLM" is not "CALM".
        self.remembered: dict[tuple[str, str], set[str]] = defaultdict(set)
        # Which entries name a model as their base, by the signature of that name: a record with that name is the
        # base, never the derivative (BLOOM is not BLOOMZ, whichever of the two is imported first).
        self.claimed_bases: dict[str, set[str]] = defaultdict(set)
        for row in self.session.scalars(select(Provenance).where(Provenance.deleted_at.is_(None))):
            self.provenance[(row.entry_uuid, row.field)][row.source] = row
            if row.field == "name":
                for name in row.value if isinstance(row.value, list) else [row.value]:
                    self.remembered[(row.source, exact_key(str(name)))].add(row.entry_uuid)
            elif row.field == "base_model":
                for name in row.value if isinstance(row.value, list) else [row.value]:
                    self.claimed_bases[signature(str(name)).key].add(row.entry_uuid)
        for uuid, base in self.session.execute(select(Model.uuid, Model.base_model_uuid).where(
                Model.deleted_at.is_(None), Model.base_model_uuid.is_not(None))):
            assert base is not None  # the query keeps only models with a base
            base_row = self.objects.get(base)
            if base_row is not None:
                self.claimed_bases[signature(base_row.name).key].add(uuid)
        # after the provenance: which entries are curated, and which of their facts an import filled in
        self.models = ModelMatcher(self.session, self._curated, self._own_facts, self.orgs.agree)
        self.reviews: dict[str, ImportReview] = {
            row.record_key: row for row in self.session.scalars(
                select(ImportReview).where(ImportReview.source == source, ImportReview.deleted_at.is_(None)))
        }
        self.aliases: set[tuple[str, str]] = {
            (uuid, key) for uuid, key in self.session.execute(select(Alias.entry_uuid, Alias.name_key))}
        self.written: set[tuple[str, str]] = set()  # (entry, field) this run already stated: the first record wins
        self.credited: set[tuple[str, str]] = {
            (a, b) for a, b in self.session.execute(select(Link.from_uuid, Link.to_uuid).where(
                Link.relation == LINK_DEVELOPED_BY))}
        self.applied_components: dict[tuple[str, str], list[Any]] = {}
        self._org_applied: dict[str, dict[str, Any]] = {}  # facts of organizations built here, until stated
        self._new_rows: list[dict[str, Any]] = []  # provenance rows waiting for the next bulk insert
        self._new_links: list[dict[str, Any]] = []  # developed-by links waiting for the next bulk insert
        self._changed: set[str] = set()  # what the current record changed: fields, components, assessments
        self._stated: set[str] = set()  # and which of the source's statements it recorded anew
        self._applied = 0

    # ---- dispatch ----------------------------------------------------------------------------------------------

    def apply(self, record: ModelRecord | OrgScoreRecord | LicenseRecord) -> None:
        self._applied += 1
        if self._applied % FLUSH_EVERY == 0:
            self.flush()  # a few large flushes are much cheaper than one per record or one huge one
        if isinstance(record, ModelRecord):
            self.apply_model(record)
        elif isinstance(record, OrgScoreRecord):
            self.apply_org_scores(record)
        else:
            self.apply_license(record)

    def _count(self, outcome: str, entry: Entry | None = None) -> None:
        if outcome == "updated" and entry is not None:
            self.report.changes.append({"entry": entry.uuid, "kind": entry.kind, "name": entry.name,
                                        "fields": sorted(self._changed),
                                        "statements": sorted(self._stated - self._changed)})
        setattr(self.report, outcome, getattr(self.report, outcome) + 1)

    def _get(self, cls: type[Entry], uuid: str | None) -> Any:
        if uuid is None:
            return None
        entry = self.objects.get(uuid)
        if entry is None:
            entry = self.session.get(cls, uuid)
            if entry is not None:
                self.objects[uuid] = entry
        return entry if isinstance(entry, cls) and entry.deleted_at is None else None

    def flush(self) -> None:
        """Write what this run built so far: the ORM rows, then the provenance rows kept for a bulk insert."""
        self.session.flush()
        self.pending.clear()
        if self._new_rows:
            self.session.execute(insert(Provenance), self._new_rows)
            self._new_rows = []
        if self._new_links:
            self.session.execute(insert(Link), self._new_links)
            self._new_links = []

    def _settle(self, uuid: str) -> None:
        """Flush rows built here before the store looks an entry up by query: the entry itself, and anything its
        new values refer to (an organization built for this record)."""
        if self.pending:
            self.session.flush()
            self.pending.clear()

    # ---- models ------------------------------------------------------------------------------------------------

    def apply_model(self, record: ModelRecord, *, target: str | None = None, create: bool = False) -> str | None:
        """Match (unless `target` or `create` decide), then create or update; returns the entry's UUID."""
        self._changed, self._stated = set(), set()
        developers = split_organizations(record.developer)
        developer_uuid = self.orgs.match(developers[0]) if developers else None
        decision: MatchResult | None = None
        if target is None and not create:
            review = self.reviews.get(record.key)
            if review is not None and review.status == "open":
                # still the analyst's to decide; the evidence is brought up to date with what the atlas holds now
                fresh = self.match(record, developer_uuid)
                self._file_review(record, fresh if fresh.outcome == "review" else MatchResult(
                    "review", review.candidate_uuid, review.score or 0.0, review.reason,
                    signals=_evidence_signals(review.record)))
                return None
            if review is not None and review.status == "dismissed":
                self._decide(record, MatchResult("new", reason="dismissed in the review list"), "skipped")
                self._count("unchanged")
                return None
            known = [u for u in self.remembered.get((self.source, self._name_key(record)), ()) if self._get(Model, u)]
            if review is not None and review.resolved_uuid and self._get(Model, review.resolved_uuid) is not None:
                target = review.resolved_uuid
                decision = MatchResult("match", target, 100.0, "decided in the review list",
                                       signals=["an analyst merged this record here (review list)"])
            elif len(known) == 1:
                target = known[0]
                decision = MatchResult("match", target, 100.0, "this source's record went here before",
                                       signals=["the same record of this source went here on an earlier import"])
            else:
                decision = self.match(record, developer_uuid)
                if decision.outcome == "review":
                    self._file_review(record, decision)
                    return None
                if decision.outcome == "match":
                    target = decision.uuid
        if target is None:
            model = self._create_model(record, developers)
            self._decide(record, decision or MatchResult("new", reason="created as asked"), "new", model)
            self._count("new")
            return model.uuid
        model = self._get(Model, target)
        if model is None:
            raise AtlasError(f"no model with UUID {target}")
        if self._outranked(model.uuid, record):
            self._keep_statements(model.uuid)
        self._update_model(model, record, developers)
        # after a rename (the entry's own name is no alias); every name, as when the record makes the entry
        for name in dict.fromkeys([*([decision.matched_name] if decision and decision.matched_name else []),
                                   *record.names]):
            if name and not signature(name).empty:
                self.alias(model.uuid, name)
        self._decide(record, decision or MatchResult("match", target, 100.0, "merged as asked"), "match", model)
        self._count("updated" if self._changed or self._stated else "unchanged", model)
        return model.uuid

    def match(self, record: ModelRecord, developer_uuid: str | None) -> MatchResult:
        """Match a record's names, never to its own base model nor to a model that names the record as its base."""
        exclude: set[str] = set()
        base = self._base_model(record)
        if base:
            exclude.add(base)
        for name in record.names or [record.name]:
            exclude |= self.claimed_bases.get(signature(name).key, set())
        developers = split_organizations(record.developer)
        result = self.models.match(record.names or [record.name], developer_uuid, record.size, frozenset(exclude),
                                   tiers=True, developer_name=developers[0] if developers else None)
        if exclude:
            names = sorted(self.objects[u].name for u in exclude if u in self.objects)
            result.signals.append(f"not {', '.join(repr(n) for n in names)}: base and derivative are two models")
        return result

    def _curated(self, uuid: str) -> bool:
        """An entry of the seed or of a person (not one a catalog made and still names): the review list's subject."""
        entry = self.objects.get(uuid)
        return entry is not None and self._owner(uuid, "name", entry.name) is None

    def _own_facts(self, uuid: str, developer: str | None, params: float | None) -> tuple[str | None, float | None]:
        """A curated entry's developer and size as the seed or a person gave them (an import's value is none)."""
        return (None if developer and self._owner(uuid, "developer", developer) else developer,
                None if params and self._owner(uuid, "params_total", params) else params)

    def _decide(self, record: ModelRecord, result: MatchResult, outcome: str, entry: Entry | None = None) -> None:
        """Keep the decision and its evidence for `import --explain`."""
        if not self.report.explain:
            return
        self.report.decisions.append({
            "record": record.name, "origin": record.origin, "outcome": outcome,
            "entry": entry.name if entry is not None else None, "entry_uuid": entry.uuid if entry is not None else None,
            "evidence": result.evidence(),
        })

    def keep_existing(self) -> None:
        """From now on this source's earlier statements stand: later records only add to them and fill gaps.

        Used when an analyst merges a reviewed record into an entry, so that the record that first described the
        entry keeps its values (the same as a re-import would keep them, and so it changes nothing)."""
        for (entry_uuid, field), by_source in self.provenance.items():
            if self.source in by_source:
                self.written.add((entry_uuid, field))
        rows = self.session.execute(select(Assessment.model_uuid, Assessment.framework, Assessment.dimension).where(
            Assessment.author == importer_author(self.source)))
        for model_uuid, framework, dimension in rows:
            self.written.add((model_uuid, f"assessment:{framework}:{dimension}"))

    def _outranked(self, uuid: str, record: ModelRecord) -> bool:
        """Whether another record of this source that went into the entry comes first in the canonical order (by
        name): its statements stand, as they would had both been imported in one batch, where the first wins."""
        row = self.provenance.get((uuid, "name"), {}).get(self.source)
        if row is None:
            return False
        own = normalize_name(self._name_key(record))
        others = [normalize_name(str(n)) for n in (row.value if isinstance(row.value, list) else [row.value])]
        if any(other < own for other in others if other != own):
            return True
        # Two files give one name (the tool's Qwen2.5-72B-Instruct.yml says Qwen2.5-32B-Instruct): in one batch the
        # first by file stands; the name's statement keeps that file as its origin (see _state_name).
        return own in others and isinstance(row, Provenance) and bool(row.origin) and row.origin < record.origin

    def _keep_statements(self, uuid: str) -> None:
        """This source's statements and values for one entry stand: the current record only adds to them."""
        for (entry_uuid, field), by_source in self.provenance.items():
            if entry_uuid == uuid and self.source in by_source:
                self.written.add((entry_uuid, field))
        for framework, dimension in self.session.execute(select(Assessment.framework, Assessment.dimension).where(
                Assessment.model_uuid == uuid, Assessment.author == importer_author(self.source))):
            self.written.add((uuid, f"assessment:{framework}:{dimension}"))

    @staticmethod
    def _name_key(record: ModelRecord) -> str:
        return exact_key(str(record.statements.get("name") or record.name))

    def finish(self) -> None:
        """Link base models that catalogs named before the base was in the atlas (this run's or earlier runs'), and
        correct a link an import made when the name now names another entry certainly, or none (a look-alike this
        run made): a base is the entry its name certainly names among all there are, whichever came first. Then
        write everything still pending."""
        self.flush()  # bases built in this run must be visible to the store's reference checks
        for (uuid, field), by_source in list(self.provenance.items()):
            if field != "base_model":
                continue
            model = self._get(Model, uuid)
            current = model.base_model_uuid if model is not None else None
            if model is None or (current is not None and self._owner(uuid, "base_model", current) is None):
                continue  # a person's (or the seed's) base stays
            wanted: tuple[str, Provenance, str] | None = None
            for source, row in sorted(by_source.items()):
                names = row.value if isinstance(row.value, list) else [row.value]
                base = self._base_model_named(str(names[0])) if len(names) == 1 else None
                if base is not None and base != uuid:
                    said = self.provenance.get((uuid, "base_relation"), {}).get(source)
                    relation = said.value if said is not None else SOURCE_BASE_RELATION.get(source, "fine-tune")
                    wanted = (base, row, relation if relation in tuple(BaseRelation) else "fine-tune")
                    break
            if (wanted[0] if wanted else None) != current:
                self._relink(model, wanted, list(by_source.values()))
        self.flush()

    def _relink(self, model: Model, wanted: tuple[str, Provenance, str] | None, rows: list[Provenance]) -> None:
        """Set (or clear) an import's base link; the statement that gave it owns it."""
        base, row, relation = wanted if wanted is not None else (None, None, None)
        changes = {"base_model": base, "base_relation": relation}
        try:
            if model.uuid in self.built:
                self._set_fields(model, changes)
            else:
                self._settle(model.uuid)
                self.store.update_in(self.ctx, model.uuid, changes)
        except AtlasError:
            return  # a link the store refuses (a cycle) is left as it was
        for said in rows:
            applied = base if said is row else None
            if said.applied_value != applied:
                said.applied_value = applied
                self.ctx.stamp(said)

    def _create_model(self, record: ModelRecord, developers: list[str]) -> Model:
        developer = self._organization(developers[0], record) if developers else None
        values = self._valid("model", record.fields)
        if self.source not in GRADING_SOURCES:
            values.pop("openness_grade", None)  # a grade is the analyst's; catalogs' views are statements
        values["name"] = record.name
        if developer is not None:
            values["developer"] = developer.uuid
        license_uuid = self._license(record.license)
        if license_uuid:
            values["license"] = license_uuid
        base = self._base_model(record)
        if base:
            values["base_model"] = base
            if record.base_relation:
                values["base_relation"] = record.base_relation
        model = self._build_model(values, record)
        self.models.add(model.uuid, model.name, model.developer_uuid, model.params_total, curated=False)
        self._claim_bases(model.uuid, record)
        for name in record.names:  # every name the catalog gives this model finds it (a repository id too)
            if name and not signature(name).empty:
                self.alias(model.uuid, name)
        applied = {key: self._canon(model, key) for key in values if key != "name"}
        self._assessments(model, record)
        self._statements(model, record, applied)
        self._own_name(model)
        self._record_org_facts(developer, record)
        self._credit(model, developers, record)
        return model

    def _build_model(self, values: dict[str, Any], record: ModelRecord) -> Model:
        """A new model with its components, stamped like the store stamps, its openness computed by the store."""
        specs = _specs("model")
        model = Model(uuid=str(uuid_module.uuid4()), openness_manual=False, mof_class=0, summary="", modalities=[],
                      access=[])
        for key, raw in values.items():
            spec = specs[key]
            setattr(model, spec.attr, raw if spec.type == FieldType.REF else convert(spec, raw))
        model.openness_manual = model.openness_grade is not None  # a catalog's grade, not the suggestion
        if model.base_model_uuid in self.objects:
            model.base_model = self.objects[model.base_model_uuid]  # type: ignore[assignment]  # base inserted first
        model.name_key = normalize_name(model.name)
        self.ctx.stamp(model, created=True)
        self.ctx.touch(model)
        self.session.add(model)
        self.objects[model.uuid] = model
        self.pending.add(model.uuid)
        self.built.add(model.uuid)
        components: dict[str, tuple[str, str | None, str | None]] = {}
        for key, (status, license_text) in record.components.items():
            if key in _COMPONENTS and status in _STATUSES:
                components[key] = (status, self.component_license(license_text), None)
                self.applied_components[(model.uuid, key)] = [status, components[key][1]]
        self._set_components(model, components)
        return model

    def _set_fields(self, model: Model, changes: dict[str, Any]) -> None:
        """Change fields of a model built in this run (not flushed yet, so the store cannot see it)."""
        specs = _specs("model")
        for key, raw in changes.items():
            spec = specs[key]
            setattr(model, spec.attr, raw if spec.type == FieldType.REF else convert(spec, raw))
            if spec.attr == "openness_grade":
                model.openness_manual = model.openness_grade is not None
            elif spec.attr == "base_model_uuid" and raw in self.objects:
                model.base_model = self.objects[raw]  # type: ignore[assignment]  # inserts the base first
        self._refresh_openness(model)

    def _set_components(self, model: Model, changes: dict[str, tuple[str, str | None, str | None]]) -> None:
        """Write components of a model built in this run, as Store.set_components_in would."""
        rows = {c.component: c for c in model.components}
        for key, (status, license_text, evidence) in changes.items():
            row = rows.get(key)
            if row is None:
                row = Component(uuid=str(uuid_module.uuid4()), model=model, model_uuid=model.uuid, component=key)
                self.ctx.stamp(row, created=True)
                self.session.add(row)
            row.status, row.license_text, row.evidence = status, license_text, evidence
            row.license_uuid = self.licenses.find(resolve(license_text)) if license_text else None
        self._refresh_openness(model)

    def _refresh_openness(self, model: Model) -> None:
        """The cached MOF class and suggested grade, by the store's own rules, from the components in memory."""
        model.mof_class = self.store.mof(model).mof_class
        if not model.openness_manual:
            suggestion = self.store.suggest(model, self.session)
            model.openness_grade = suggestion.grade.value if suggestion.recorded else None  # nothing known: no grade

    def _update_model(self, model: Model, record: ModelRecord, developers: list[str]) -> None:
        proposals = dict(record.fields)
        if self.source not in GRADING_SOURCES:
            proposals.pop("openness_grade", None)
        if developers:
            developer = self._organization(developers[0], record)
            self._credit(model, developers, record)
            if developer is not None:
                proposals["developer"] = developer.uuid
                self._record_org_facts(developer, record)
        license_uuid = self._license(record.license)
        if license_uuid:
            proposals["license"] = license_uuid
        base = self._base_model(record)
        if base and base != model.uuid:
            proposals["base_model"] = base
            if record.base_relation:
                proposals["base_relation"] = record.base_relation
        elif base == model.uuid:
            # The record matched its own base model (an Index system filed under its base): no self-reference.
            record.statements.pop("base_model", None)
        applied = self._fill(model, proposals)
        self.models.update(model.uuid, model.developer_uuid, model.params_total)
        self._claim_bases(model.uuid, record)
        self._components(model, record)
        self._assessments(model, record)
        self._statements(model, record, applied)
        self._rename_by_authority(model, record)

    def _own_name(self, model: Model) -> None:
        """The name a catalog gave the entry it created is that catalog's (like a value it filled in)."""
        row = self.provenance[(model.uuid, "name")].get(self.source)
        if isinstance(row, Provenance):
            row.applied_value = model.name

    def _rename_by_authority(self, model: Model, record: ModelRecord) -> None:
        """An entry a catalog created takes the name the most authoritative catalog gives it, so that the atlas
        names it alike whichever catalog was imported first; its other names stay findable as aliases. A name
        from the seed or a person is never changed."""
        owner = self._owner(model.uuid, "name", model.name)
        if owner is None or (model.uuid, "renamed") in self.written:
            return
        order = AUTHORITY["default"]
        if owner == self.source:
            # two records of one catalog: the first by name names the entry, as when both come in one batch
            if normalize_name(record.name) >= normalize_name(model.name) or self._outranked(model.uuid, record):
                return
        elif self.source not in order or (owner in order and order.index(owner) <= order.index(self.source)):
            return
        self.written.add((model.uuid, "renamed"))
        old = model.name
        if model.uuid in self.built:
            model.name, model.name_key = record.name, normalize_name(record.name)
        else:
            self._settle(model.uuid)
            try:
                self.store.update_in(self.ctx, model.uuid, {"name": record.name})
            except AtlasError:
                return
        self._changed.add("name")
        self.models.rename(model.uuid, model.name)
        self.alias(model.uuid, old)
        self._own_name(model)

    # ---- filling fields without overwriting people ----------------------------------------------------------------

    def _valid(self, kind: str, values: dict[str, Any]) -> dict[str, Any]:
        """Only values the field accepts (a catalog's odd value must not fail the whole record)."""
        specs = _specs(kind)
        out: dict[str, Any] = {}
        for key, raw in values.items():
            spec = specs.get(key)
            if spec is None or raw is None:
                continue
            try:
                converted = convert(spec, raw)
            except (ValueError, TypeError):
                continue
            if converted is None or converted == [] or converted == "":
                continue
            out[spec.key] = raw
        return out

    def _canon(self, entry: Entry, key: str) -> Any:
        return jsonable(_read_attr(entry, _specs(entry.kind)[key].attr))

    def _owner(self, entry_uuid: str, field: str, current: Any) -> str | None:
        """The import source whose value a field still holds, or None when a person (or the seed) set it."""
        for source, row in self.provenance.get((entry_uuid, field), {}).items():
            if row.applied_value is not None and row.applied_value == current:
                return source
        return None

    def _may_replace(self, entry_uuid: str, field: str, current: Any) -> bool:
        """Empty fields may be filled; an import's value may be replaced by the same or a more authoritative
        source; a value a person set (or that came from the seed) never is."""
        if _empty(current):
            return True
        owner = self._owner(entry_uuid, field, current)
        if owner is None:
            return False
        if owner == self.source:
            return True
        group = "component" if field.startswith("component.") else field if field in AUTHORITY else "default"
        order = AUTHORITY[group]
        return self.source in order and (owner not in order or order.index(self.source) < order.index(owner))

    def _fill(self, entry: Entry, proposals: dict[str, Any]) -> dict[str, Any]:
        """Write proposals into fields that may take them; returns what was written, in stored form."""
        specs = _specs(entry.kind)
        changes: dict[str, Any] = {}
        for key, raw in self._valid(entry.kind, proposals).items():
            spec = specs[key]
            current = jsonable(_read_attr(entry, spec.attr))
            if spec.attr == "openness_grade" and isinstance(entry, Model) and not entry.openness_manual:
                current = None  # a suggested grade is nobody's statement: a catalog's grade may take its place
            try:
                proposed = raw if spec.type == FieldType.REF else convert(spec, raw)
            except (ValueError, TypeError):
                continue
            if jsonable(proposed) == current or (entry.uuid, key) in self.written:
                continue
            if self._may_replace(entry.uuid, key, current):
                changes[key] = raw
        if not changes:
            return {}
        before = {key: jsonable(_read_attr(entry, specs[key].attr)) for key in changes}
        if isinstance(entry, Model) and entry.uuid in self.built:
            self._set_fields(entry, changes)
        else:
            self._settle(entry.uuid)
            try:
                self.store.update_in(self.ctx, entry.uuid, changes)
            except AtlasError:
                # one value the store refuses (a base that would make a cycle) must not cost the others
                for key, raw in changes.items():
                    with contextlib.suppress(AtlasError):
                        self.store.update_in(self.ctx, entry.uuid, {key: raw})
        applied = {}
        for key in changes:
            after = jsonable(_read_attr(entry, specs[key].attr))
            if after != before[key]:
                applied[key] = after
                self._changed.add(key)
        return applied

    # ---- organizations, licenses, base models -----------------------------------------------------------------

    def _organization(self, name: str, record: ModelRecord | None = None) -> Organization | None:
        org = self._get(Organization, self.orgs.match(name))
        if org is not None:
            if normalize_name(org.name) != normalize_name(name):
                self.alias(org.uuid, name)
            elif name < org.name and org.uuid not in self.orgs.curated:
                self._respell(org, name)
            return org
        values = {"name": name, **self._valid("organization", self._org_values(record))}
        # Built here like new models (no flush per organization): thousands of catalog rows name hundreds of them.
        specs = _specs("organization")
        org = Organization(uuid=str(uuid_module.uuid4()), summary="")
        for key, raw in values.items():
            setattr(org, specs[key].attr, convert(specs[key], raw))
        org.name_key = normalize_name(org.name)
        self.ctx.stamp(org, created=True)
        self.ctx.touch(org)
        self.session.add(org)
        self.objects[org.uuid] = org
        self.pending.add(org.uuid)
        self.orgs.add(org.uuid, org.name)
        # the facts it was made with are this source's (a more authoritative catalog may replace them later)
        self._org_applied[org.uuid] = {key: jsonable(getattr(org, specs[key].attr)) for key in values if key != "name"}
        return org

    def _respell(self, org: Organization, name: str) -> None:
        """Of the spellings catalogs give an organization they made ("LINE Corporation", "Line Corporation"), the
        first in code-point order names it: the same name whichever catalog came first."""
        if org.uuid in self.pending:
            org.name = name
            return
        self._settle(org.uuid)
        with contextlib.suppress(AtlasError):
            self.store.update_in(self.ctx, org.uuid, {"name": name})

    def _credit(self, model: Model, developers: list[str], record: ModelRecord) -> None:
        """A cell naming several organizations keeps all of them: each is linked to the model (developed-by)."""
        if len(developers) < 2:
            return
        for name in developers:
            org = self._organization(name, record if name == developers[0] else None)
            if org is None or (model.uuid, org.uuid) in self.credited:
                continue
            # inserted in bulk at the next flush, after the entries they join
            self._new_links.append({
                "uuid": str(uuid_module.uuid4()), "from_uuid": model.uuid, "to_uuid": org.uuid,
                "relation": LINK_DEVELOPED_BY, "created_at": self.ctx.now, "modified_at": self.ctx.now,
                "author": self.ctx.author, "deleted_at": None, "version": 1, "change_seq": self.ctx.seq,
            })
            self.credited.add((model.uuid, org.uuid))
            self._changed.add("developed_by")
            self.ctx.touch(org)
        self.ctx.touch(model)

    def _org_values(self, record: ModelRecord | None) -> dict[str, Any]:
        """Atlas values for the developer (a `KEY_text` entry is the source's own wording, kept for provenance)."""
        if record is None:
            return {}
        facts = {key: value for key, value in record.org.items() if not key.endswith("_text")}
        country = facts.get("country")
        if country and "jurisdiction" not in facts:
            code = COUNTRY_JURISDICTION.get(str(country).strip().lower())
            if code:
                facts["jurisdiction"] = code
        return facts

    def _record_org_facts(self, org: Organization | None, record: ModelRecord) -> None:
        """An organization's facts as this source gives them. Several records of one catalog may differ (Cohere's
        country, Google's website): the record first in the catalog's order (by key, then file) gives them, in one
        batch or in any split of it. Its key is kept in the statement's origin so that a later batch can tell."""
        if org is None or not record.org:
            return
        rank = (record.key, record.origin)
        facts = {key: value for key, value in self._org_values(record).items()
                 if not self._org_fact_outranked(org.uuid, key, rank)}
        applied = self._org_applied.pop(org.uuid, {}) | self._fill(org, facts)
        origin = f"{record.origin}{ORG_RECORD_MARK}{record.key}"
        for key, value in facts.items():
            self._state(org, key, record.org.get(f"{key}_text", value), origin, applied.get(key))

    def _org_fact_outranked(self, uuid: str, field: str, rank: tuple[str, str]) -> bool:
        """Whether this source's statement of an organization's fact came from a record earlier in the catalog's
        order (an earlier import's: within one run the first record states it, as records come in that order)."""
        row = self.provenance.get((uuid, field), {}).get(self.source)
        if not isinstance(row, Provenance) or ORG_RECORD_MARK not in (row.origin or ""):
            return False  # none, this run's, or stated before records kept their key: replaced as before
        origin, _, key = row.origin.rpartition(ORG_RECORD_MARK)
        return (key, origin) < rank

    def _license(self, text: str | None) -> str | None:
        info = resolve(text)
        if info is None or info is PROPRIETARY or not info.known or not info.single:
            return None
        return self.licenses.find(info) or self._create_license(info).uuid

    def _create_license(self, info: LicenseInfo) -> License:
        values: dict[str, Any] = {"name": info.name, "spdx_id": info.key, "family": info.family,
                                  "osi_approved": info.osi_approved, "url": info.url}
        if info.osi_approved:
            # The Open Source Definition guarantees these for every OSI-approved license: facts, not guesses.
            values |= {"commercial_use": "yes", "modification": "yes", "redistribution": "yes"}
        lic = self.store.create_in(self.ctx, "license", {k: v for k, v in values.items() if v is not None})
        assert isinstance(lic, License)
        self.objects[lic.uuid] = lic
        self.licenses.add(info, lic.uuid)
        self.pending.clear()  # create_in flushed everything
        return lic

    def component_license(self, text: str | None) -> str | None:
        """How a component's license is kept: the canonical id when known (it links the license entry), else the
        text as found; 'unlicensed' stays 'unlicensed' (the component carries no license)."""
        if text is None or not str(text).strip():
            return None
        info = resolve(text)
        if info is None:
            return "unlicensed"
        if info.known and info.single and info is not PROPRIETARY and not self.licenses.find(info):
            self._create_license(info)
        return info.key

    def _claim_bases(self, uuid: str, record: ModelRecord) -> None:
        stated = record.statements.get("base_model")
        for name in (stated if isinstance(stated, list) else [stated] if stated else []):
            self.claimed_bases[signature(str(name)).key].add(uuid)

    def _base_model(self, record: ModelRecord) -> str | None:
        return self._base_model_named(record.base_model) if record.base_model else None

    def _base_model_named(self, name: str) -> str | None:
        """The entry a base model's name certainly names, by the same rules as matching (never the first of two
        look-alikes that happens to exist already)."""
        result = self.models.match([name], None, None, tiers=True, base=True)
        return result.uuid if result.outcome == "match" else None

    def alias(self, uuid: str, name: str) -> None:
        """Remember another name of an entry (matching finds it by this name from now on)."""
        key = normalize_name(name)
        if not key or (uuid, key) in self.aliases:
            return
        entry = self.objects.get(uuid)
        if entry is None or entry.name_key == key:
            return
        row = Alias(uuid=str(uuid_module.uuid4()), entry=entry, entry_uuid=uuid, name=name[:500],
                    name_key=key[:500], source=self.source)
        self.ctx.stamp(row, created=True)
        self.session.add(row)
        self.aliases.add((uuid, key))
        if entry.kind == "model":
            self.models.add_alias(uuid, name, imported=True)
        elif entry.kind == "organization":
            self.orgs.add(uuid, name)

    # ---- components and assessments ---------------------------------------------------------------------------

    def _components(self, model: Model, record: ModelRecord) -> None:
        if not record.components:
            return
        existing = {c.component: c for c in model.components if c.deleted_at is None}
        changes: dict[str, tuple[str, str | None, str | None]] = {}
        for key, (status, raw_license) in record.components.items():
            if key not in _COMPONENTS or status not in _STATUSES:
                continue
            field = f"component.{key}"
            license_text = self.component_license(raw_license)
            row = existing.get(key)
            current = None if row is None or row.status == "unknown" else [row.status, row.license_text]
            if current == [status, license_text] or (model.uuid, field) in self.written:
                continue
            if self._may_replace(model.uuid, field, current):
                changes[key] = (status, license_text, row.evidence if row is not None else None)
        if not changes:
            return
        if model.uuid in self.built:
            self._set_components(model, changes)
        else:
            self._settle(model.uuid)
            self.store.set_components_in(self.ctx, model.uuid, changes)
        for key, (status, license_text, _) in changes.items():
            self.applied_components[(model.uuid, key)] = [status, license_text]
            self._changed.add(f"component.{key}")

    def _assessments(self, model: Model, record: ModelRecord) -> None:
        if not record.assessments:
            return
        rows = {(a.framework, a.dimension): a for a in model.assessments if a.deleted_at is None}
        touched = False
        for item in record.assessments:
            field = f"assessment:{item.framework}:{item.dimension}"
            if (model.uuid, field) in self.written:
                continue
            row = rows.get((item.framework, item.dimension))
            if row is not None and not is_importer(row.author):
                if row.value.lower() != item.value.lower():
                    # A person's transcription stays; the source's value shows beside it as a statement.
                    self._state(model, field, item.value, record.origin, None)
                self.written.add((model.uuid, field))
                continue
            self.written.add((model.uuid, field))
            if row is None:
                row = Assessment(uuid=str(uuid_module.uuid4()), model_uuid=model.uuid, framework=item.framework,
                                 dimension=item.dimension[:80])
                self.ctx.stamp(row, created=True)
                self.session.add(row)
                model.assessments.append(row)
            elif (row.value, row.link, row.notes) == (item.value[:200], item.link, item.notes):
                continue
            else:
                self.ctx.stamp(row)
            row.value, row.link, row.notes = item.value[:200], item.link, item.notes
            self._changed.add(field)
            touched = True
        if touched:
            self.ctx.touch(model)

    # ---- provenance --------------------------------------------------------------------------------------------

    def _statements(self, model: Model, record: ModelRecord, applied: dict[str, Any]) -> None:
        statements = dict(record.statements)
        for key, value in record.fields.items():
            statements.setdefault(key, value)
        for key, (status, license_text) in record.components.items():
            statements.setdefault(f"component.{key}", {"status": status, "license": license_text})
        self._state_name(model, str(statements.pop("name", None) or record.name), record.origin)
        for key, value in statements.items():
            applied_value = applied.get(key)
            if key.startswith("component."):
                applied_value = self.applied_components.get((model.uuid, key.split(".", 1)[1]))
            self._state(model, key, value, record.origin, applied_value)

    def _state_name(self, entry: Entry, name: str, origin: str) -> None:
        """Every name this source used for the entry, in one statement: how the next import finds it again."""
        row = self.provenance[(entry.uuid, "name")].get(self.source)
        names = (row.value if isinstance(row.value, list) else [row.value]) if row is not None else []
        # The statement's origin is the record first in the canonical order (by name, then by file): what decides
        # whether a later batch's record of the same name replaces this source's facts (_outranked).
        keys = [normalize_name(str(n)) for n in names]
        first = not keys or normalize_name(name) < min(keys) or (
            normalize_name(name) == min(keys) and isinstance(row, Provenance) and origin < (row.origin or origin))
        if name in names:
            if first and isinstance(row, Provenance) and row.origin != origin:
                row.origin = origin[:1000]
                self.ctx.stamp(row)
            return
        self.written.add((entry.uuid, "name"))
        kept = origin if first or not isinstance(row, Provenance) else row.origin
        self._state(entry, "name", sorted({*names, name}) if names else name, kept, None, force=True)

    def _state(self, entry: Entry, field: str, value: Any, origin: str, applied: Any, *, force: bool = False) -> None:
        """Record what this source says about one field of an entry (the first record of a run wins)."""
        if value is None or value == "" or value == []:
            return
        if (entry.uuid, field) in self.written and not force:
            return
        self.written.add((entry.uuid, field))
        value = jsonable(value)
        row = self.provenance[(entry.uuid, field)].get(self.source)
        if row is None and field not in ("name", "base_model"):
            # Thousands of these per import: inserted in bulk at the next flush (the rows this run may still change,
            # names and base models, stay ORM objects). Nothing else in this run changes them.
            self._new_rows.append({
                "uuid": str(uuid_module.uuid4()), "entry_uuid": entry.uuid, "field": field[:80], "source": self.source,
                "value": value, "origin": origin[:1000], "imported_at": self.ctx.now, "applied_value": applied,
                "created_at": self.ctx.now, "modified_at": self.ctx.now, "author": self.ctx.author,
                "deleted_at": None, "version": 1, "change_seq": self.ctx.seq,
            })
            self.provenance[(entry.uuid, field)][self.source] = _Stated(value, applied)  # type: ignore[assignment]
        elif row is None:
            row = Provenance(uuid=str(uuid_module.uuid4()), entry=entry, entry_uuid=entry.uuid, field=field[:80],
                             source=self.source, value=value, origin=origin[:1000], imported_at=self.ctx.now,
                             applied_value=applied)
            self.ctx.stamp(row, created=True)
            self.session.add(row)
            self.provenance[(entry.uuid, field)][self.source] = row
        elif isinstance(row, _Stated):
            return  # stated earlier in this run (first record wins), not even written yet
        elif row.value != value or (applied is not None and row.applied_value != applied):
            row.value = value
            row.origin = origin[:1000]
            row.imported_at = self.ctx.now
            if applied is not None:
                row.applied_value = applied
            self.ctx.stamp(row)
        else:
            return
        if field == "name":
            for name in value if isinstance(value, list) else [value]:
                self.remembered[(self.source, exact_key(str(name)))].add(entry.uuid)
        self._stated.add(field)
        self.ctx.touch(entry)

    # ---- the review list ---------------------------------------------------------------------------------------

    def _file_review(self, record: ModelRecord, result: MatchResult) -> None:
        row = self.reviews.get(record.key)
        data = record.to_json() | {"evidence": result.evidence()}
        self._decide(record, result, "review")
        if (record.key, "review") in self.written:  # another record of this run with the same key was filed
            self._count("review")
            return
        self.written.add((record.key, "review"))
        if row is None:
            row = ImportReview(uuid=str(uuid_module.uuid4()), source=self.source, record_key=record.key[:500],
                               record=data, origin=record.origin[:1000], candidate=self.objects.get(result.uuid or ""),
                               candidate_uuid=result.uuid, score=round(result.score, 1), reason=result.reason,
                               status="open")
            self.ctx.stamp(row, created=True)
            self.session.add(row)
            self.reviews[record.key] = row
        elif (row.record, row.candidate_uuid, row.reason) != (data, result.uuid, result.reason):
            row.record, row.origin = data, record.origin[:1000]
            row.candidate = self.objects.get(result.uuid or "")
            row.candidate_uuid, row.score, row.reason = result.uuid, round(result.score, 1), result.reason
            self.ctx.stamp(row)
        self._count("review")

    # ---- organization scores and licenses ------------------------------------------------------------------------

    def apply_org_scores(self, record: OrgScoreRecord) -> None:
        self._changed, self._stated = set(), set()
        known = self.orgs.match(record.organization)
        org = self._organization(record.organization)
        assert org is not None
        existing = {(a.framework, a.dimension): a for a in self.session.scalars(
            select(OrgAssessment).where(OrgAssessment.organization_uuid == org.uuid))}
        for dimension, value in record.scores.items():
            row = existing.get((record.framework, dimension))
            if (org.uuid, f"{record.framework}:{dimension}") in self.written:
                continue
            self.written.add((org.uuid, f"{record.framework}:{dimension}"))
            if row is None:
                row = OrgAssessment(uuid=str(uuid_module.uuid4()), organization=org, organization_uuid=org.uuid,
                                    framework=record.framework, dimension=dimension[:80])
                self.ctx.stamp(row, created=True)
                self.session.add(row)
            elif (row.value, row.notes, row.deleted_at) == (value, record.notes, None):
                continue
            else:
                self.ctx.stamp(row)
            row.value, row.notes, row.deleted_at = value, record.notes, None
            self._changed.add(f"{record.framework}:{dimension}")
        if self._changed:
            self.ctx.touch(org)
            for model in self.session.scalars(select(Model).where(Model.developer_uuid == org.uuid)):
                self.ctx.touch(model)  # its models show the scores
        if known is None:
            self._count("new")
        else:
            self._count("updated" if self._changed else "unchanged", org)

    def apply_license(self, record: LicenseRecord) -> None:
        self._changed, self._stated = set(), set()
        lic = self.session.scalars(select(License).where(
            License.deleted_at.is_(None), License.spdx_id.is_not(None),
            License.spdx_id.ilike(record.spdx_id))).first()
        if lic is None:
            lic = self.session.scalars(select(License).where(
                License.deleted_at.is_(None), License.name_key == normalize_name(record.name))).first()
        if lic is None:
            self.report.skipped += 1
            return
        proposals: dict[str, Any] = {"spdx_id": record.spdx_id, "url": record.url}
        if record.osi_approved is not None and lic.osi_approved is None:
            proposals["osi_approved"] = record.osi_approved
        applied = self._fill(lic, {k: v for k, v in proposals.items() if v is not None})
        statements: dict[str, Any] = {"spdx_id": record.spdx_id, "name": record.name,
                                      "osi_approved": record.osi_approved, "url": record.url}
        if record.deprecated:
            statements["deprecated"] = True
        for key, value in statements.items():
            self._state(lic, key, value, record.origin, applied.get(key))
        self._count("updated" if self._changed or self._stated else "unchanged", lic)
