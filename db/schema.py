"""The atlas schema: SQLAlchemy 2 typed ORM classes over one SQLite file."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from db.revision import SCHEMA_REVISION  # noqa: F401  (re-exported: where the schema's users look for it)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp (SQLite has no time zones; everything stored is UTC)."""
    return datetime.now(UTC).replace(tzinfo=None)


def new_uuid() -> str:
    return str(uuid_module.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON}


class RowMeta:
    """Columns every row carries so that files from different laptops merge without loss."""

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    version: Mapped[int] = mapped_column(Integer, default=1)
    change_seq: Mapped[int] = mapped_column(Integer, default=0, index=True)


class Meta(Base):
    """Key/value facts about the database file itself (identity, change counter)."""

    __tablename__ = "atlas_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Entry(RowMeta, Base):
    """Anything a user can name, browse, tag and link: the common part of every kind."""

    __tablename__ = "entries"
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(500))
    # Freshness: who last checked this entry against its sources, when, and where (see db.history).
    verified_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    verified_by: Mapped[str | None] = mapped_column(String(200), default=None)
    verified_source: Mapped[str | None] = mapped_column(String(1000), default=None)

    tag_links: Mapped[list[EntryTag]] = relationship(
        foreign_keys="EntryTag.entry_uuid", back_populates="entry", lazy="selectin"
    )

    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_identity": "entry"}
    __table_args__ = (
        Index("ix_entries_kind_name", "kind", "name_key"),
        Index("ix_entries_kind_deleted", "kind", "deleted_at"),
        # Covering indexes for the list queries at 100,000 rows (paging, lazy ordering, counts).
        Index("ix_entries_kind_deleted_uuid", "kind", "deleted_at", "uuid"),
        Index("ix_entries_live_kind_name_uuid", "kind", "name_key", "uuid", sqlite_where=text("deleted_at IS NULL")),
    )

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def tags(self) -> list[Tag]:
        return sorted(
            (link.tag for link in self.tag_links if link.deleted_at is None and link.tag.deleted_at is None),
            key=lambda tag: tag.name_key,
        )


class Organization(Entry):
    __tablename__ = "organizations"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(100))
    jurisdiction: Mapped[str | None] = mapped_column(String(50), index=True)
    org_kind: Mapped[str | None] = mapped_column(String(32))
    business_model: Mapped[str | None] = mapped_column(String(32))
    website: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    __mapper_args__ = {"polymorphic_identity": "organization"}


class License(Entry):
    __tablename__ = "licenses"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    spdx_id: Mapped[str | None] = mapped_column(String(120), index=True)
    family: Mapped[str | None] = mapped_column(String(32), index=True)
    osi_approved: Mapped[bool | None] = mapped_column(Boolean)
    url: Mapped[str | None] = mapped_column(String(500))
    commercial_use: Mapped[str] = mapped_column(String(16), default="unknown")
    modification: Mapped[str] = mapped_column(String(16), default="unknown")
    redistribution: Mapped[str] = mapped_column(String(16), default="unknown")
    user_cap_status: Mapped[str] = mapped_column(String(16), default="unknown")  # none | cap | unknown
    user_cap: Mapped[int | None] = mapped_column(Integer)
    acceptable_use_policy: Mapped[str] = mapped_column(String(16), default="unknown")
    acceptable_use_policy_url: Mapped[str | None] = mapped_column(String(500))
    attribution: Mapped[str] = mapped_column(String(16), default="unknown")
    output_training: Mapped[str] = mapped_column(String(16), default="unknown")
    field_of_use: Mapped[str] = mapped_column(String(16), default="unknown")
    geo_status: Mapped[str] = mapped_column(String(16), default="unknown")  # none | restricted | unknown
    geographic_exclusions: Mapped[list[str]] = mapped_column(JSON, default=list)
    pass_terms_downstream: Mapped[str] = mapped_column(String(16), default="unknown")
    notice_file: Mapped[str] = mapped_column(String(16), default="unknown")
    clause_details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Freshness per clause: {clause key: {"at": ISO time, "by": name, "source": text}} (clauses are columns).
    clauses_verified: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    summary: Mapped[str] = mapped_column(Text, default="")
    __mapper_args__ = {"polymorphic_identity": "license"}


class Model(Entry):
    __tablename__ = "models"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    family: Mapped[str | None] = mapped_column(String(200), index=True)  # a family groups versions and sizes
    model_version: Mapped[str | None] = mapped_column(String(100))
    size_label: Mapped[str | None] = mapped_column(String(40))  # the size within its family: 7B, 8x22B, mini
    developer_uuid: Mapped[str | None] = mapped_column(ForeignKey("organizations.uuid"), index=True)
    release_date: Mapped[date | None] = mapped_column(Date, index=True)
    modalities: Mapped[list[str]] = mapped_column(JSON, default=list)
    architecture: Mapped[str | None] = mapped_column(String(300))
    params_total: Mapped[float | None] = mapped_column(Float, index=True)
    params_active: Mapped[float | None] = mapped_column(Float)
    context_window: Mapped[int | None] = mapped_column(Integer)
    training_compute_flop: Mapped[float | None] = mapped_column(Float)
    compute_confidence: Mapped[str | None] = mapped_column(String(16))
    training_tokens: Mapped[float | None] = mapped_column(Float)
    # The model this one was derived from (db.lineage reads the tree; vocab.BaseRelation says how).
    base_model_uuid: Mapped[str | None] = mapped_column(ForeignKey("models.uuid"), index=True)
    base_relation: Mapped[str | None] = mapped_column(String(32))
    access: Mapped[list[str]] = mapped_column(JSON, default=list)
    openness_grade: Mapped[str | None] = mapped_column(String(40), index=True)
    openness_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    license_uuid: Mapped[str | None] = mapped_column(ForeignKey("licenses.uuid"), index=True)
    mof_class: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[str] = mapped_column(Text, default="")

    developer: Mapped[Organization | None] = relationship(foreign_keys=[developer_uuid], lazy="joined")
    license: Mapped[License | None] = relationship(foreign_keys=[license_uuid], lazy="joined")
    base_model: Mapped[Model | None] = relationship(
        foreign_keys=[base_model_uuid], remote_side="Model.uuid", lazy="select"
    )
    components: Mapped[list[Component]] = relationship(back_populates="model", lazy="selectin")
    assessments: Mapped[list[Assessment]] = relationship(back_populates="model", lazy="selectin")
    __mapper_args__ = {"polymorphic_identity": "model", "inherit_condition": uuid == Entry.uuid}


MODEL_FAMILY_KEY = func.lower(func.trim(Model.__table__.c.family))
"""lower(trim(models.family)): how a family look-up compares families (db.lineage.family_members, and its plain-SQL
twin in db.reading.lineage, which spells it out). SQLite uses an index on an expression only for a query that spells
the same expression, so look-ups compare this very one (tests/db/test_family_index.py checks both plans)."""

Index("ix_models_family_key", MODEL_FAMILY_KEY)  # migration 0008: a family look-up is an index search at 100,000 models


class Component(RowMeta, Base):
    """One of the 17 Model Openness Framework components of a model, with status and license."""

    __tablename__ = "components"
    model_uuid: Mapped[str] = mapped_column(ForeignKey("models.uuid", ondelete="CASCADE"))
    component: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="unknown")
    license_text: Mapped[str | None] = mapped_column(String(300))
    license_uuid: Mapped[str | None] = mapped_column(ForeignKey("licenses.uuid"))
    evidence: Mapped[str | None] = mapped_column(Text)
    model: Mapped[Model] = relationship(back_populates="components")
    __table_args__ = (UniqueConstraint("model_uuid", "component", name="uq_components_model_component"),)


class Assessment(RowMeta, Base):
    """A grade another framework gives a model on one dimension (Open Source AI Index, Epoch, ...)."""

    __tablename__ = "assessments"
    model_uuid: Mapped[str] = mapped_column(ForeignKey("models.uuid", ondelete="CASCADE"))
    framework: Mapped[str] = mapped_column(String(32))
    dimension: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(String(200))
    link: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    model: Mapped[Model] = relationship(back_populates="assessments")
    __table_args__ = (
        UniqueConstraint("model_uuid", "framework", "dimension", name="uq_assessments_model_framework_dimension"),
    )


class PolicyNote(Entry):
    __tablename__ = "policy_notes"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    jurisdiction: Mapped[str | None] = mapped_column(String(50), index=True)
    instrument: Mapped[str | None] = mapped_column(String(300))
    article: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str | None] = mapped_column(String(16), index=True)
    proposed_date: Mapped[date | None] = mapped_column(Date)
    adopted_date: Mapped[date | None] = mapped_column(Date)
    in_force_date: Mapped[date | None] = mapped_column(Date)
    applies_from: Mapped[date | None] = mapped_column(Date)
    revoked_date: Mapped[date | None] = mapped_column(Date)
    delayed_to: Mapped[date | None] = mapped_column(Date)  # a date in force that was postponed, to this day
    status_verified_at: Mapped[datetime | None] = mapped_column(DateTime)
    status_verified_by: Mapped[str | None] = mapped_column(String(200))
    status_verified_source: Mapped[str | None] = mapped_column(String(1000))
    threshold_flop: Mapped[float | None] = mapped_column(Float)
    thresholds: Mapped[str] = mapped_column(Text, default="")
    obligations: Mapped[str] = mapped_column(Text, default="")
    open_model_treatment: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    conditions: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    __mapper_args__ = {"polymorphic_identity": "policy_note"}


class Note(Entry):
    __tablename__ = "notes"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="")
    target_uuid: Mapped[str | None] = mapped_column(ForeignKey("entries.uuid"), index=True)
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    target: Mapped[Entry | None] = relationship(foreign_keys=[target_uuid], lazy="select")
    __mapper_args__ = {"polymorphic_identity": "note", "inherit_condition": uuid == Entry.uuid}


class Evaluation(Entry):
    __tablename__ = "evaluations"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    evaluator: Mapped[str] = mapped_column(String(200), index=True)
    eval_date: Mapped[date] = mapped_column(Date)
    target_uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid"), index=True)
    use_case: Mapped[str] = mapped_column(Text, default="")
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    verdict: Mapped[str] = mapped_column(String(16), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    private: Mapped[bool] = mapped_column(Boolean, default=False)
    target: Mapped[Entry] = relationship(foreign_keys=[target_uuid], lazy="select")
    __mapper_args__ = {"polymorphic_identity": "evaluation", "inherit_condition": uuid == Entry.uuid}

    @property
    def average_score(self) -> float | None:
        values = [float(v) for v in self.scores.values() if isinstance(v, int | float)]
        return sum(values) / len(values) if values else None


class Source(Entry):
    __tablename__ = "sources"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    url: Mapped[str | None] = mapped_column(String(2000), index=True)
    accessed: Mapped[date | None] = mapped_column(Date)
    confidence: Mapped[str | None] = mapped_column(String(16))
    __mapper_args__ = {"polymorphic_identity": "source"}


class Tag(Entry):
    __tablename__ = "tags"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    color: Mapped[str] = mapped_column(String(16), default="#7f8c8d")
    __mapper_args__ = {"polymorphic_identity": "tag"}


class SavedSearch(Entry):
    __tablename__ = "saved_searches"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    query: Mapped[str] = mapped_column(Text, default="")
    kind_filter: Mapped[str | None] = mapped_column(String(32))
    __mapper_args__ = {"polymorphic_identity": "saved_search"}


class SavedUseCase(Entry):
    """A use case saved for the license check, with the verdicts of its last run (to show what changed)."""

    __tablename__ = "use_cases"
    uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), primary_key=True)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # db.advisor.usecase.UseCase.to_dict()
    last_results: Mapped[dict[str, Any] | None] = mapped_column(JSON)  # {"ran_at", "results": [{uuid, model, verdict}]}
    last_run_at: Mapped[datetime | None] = mapped_column(DateTime)
    __mapper_args__ = {"polymorphic_identity": "use_case"}


class EntryTag(RowMeta, Base):
    """A tag on an entry; removing it leaves a tombstone so the removal travels in merges."""

    __tablename__ = "entry_tags"
    entry_uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"))
    tag_uuid: Mapped[str] = mapped_column(ForeignKey("tags.uuid", ondelete="CASCADE"), index=True)
    entry: Mapped[Entry] = relationship(foreign_keys=[entry_uuid], back_populates="tag_links")
    tag: Mapped[Tag] = relationship(foreign_keys=[tag_uuid], lazy="joined")
    __table_args__ = (
        UniqueConstraint("entry_uuid", "tag_uuid", name="uq_entry_tags_entry_tag"),
        Index("ix_entry_tags_entry_deleted_tag", "entry_uuid", "deleted_at", "tag_uuid"),  # tag filters and counts
    )


class Link(RowMeta, Base):
    """A directed relation between two entries: a policy note concerns a model, a source backs an entry."""

    __tablename__ = "links"
    from_uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"))
    to_uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"), index=True)
    relation: Mapped[str] = mapped_column(String(32))
    __table_args__ = (UniqueConstraint("from_uuid", "to_uuid", "relation", name="uq_links_from_to_relation"),)


class Provenance(RowMeta, Base):
    """What one imported catalog said about one field of an entry: value, file and record, and when."""

    __tablename__ = "provenance"
    entry_uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(80))
    source: Mapped[str] = mapped_column(String(16))  # mot | osai | epoch | hf | fmti | spdx
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    origin: Mapped[str] = mapped_column(String(1000), default="")  # file and record or line
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # What the import wrote into the entry's own field from this value (None: it wrote nothing). While the field
    # still holds exactly this, the value is the importer's and a later import of the same source may update it;
    # once someone edits the field, it is theirs and imports leave it alone.
    applied_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    published_on: Mapped[date | None] = mapped_column(Date)  # when the catalog says its file was published
    # The relationships below are never loaded; they tell the unit of work to insert entries before these rows.
    entry: Mapped[Entry] = relationship(foreign_keys=[entry_uuid], lazy="select")
    __table_args__ = (UniqueConstraint("entry_uuid", "field", "source", name="uq_provenance_entry_field_source"),)


class Alias(RowMeta, Base):
    """Another name an entry goes by in some catalog; matching finds entries by these."""

    __tablename__ = "aliases"
    entry_uuid: Mapped[str] = mapped_column(ForeignKey("entries.uuid", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(500))
    name_key: Mapped[str] = mapped_column(String(500), index=True)
    source: Mapped[str] = mapped_column(String(16), default="")
    entry: Mapped[Entry] = relationship(foreign_keys=[entry_uuid], lazy="select")
    __table_args__ = (UniqueConstraint("entry_uuid", "name_key", name="uq_aliases_entry_name_key"),)


class ImportReview(RowMeta, Base):
    """An imported record whose match to an existing entry was uncertain; an analyst decides."""

    __tablename__ = "import_reviews"
    source: Mapped[str] = mapped_column(String(16))
    record_key: Mapped[str] = mapped_column(String(500))
    record: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    origin: Mapped[str] = mapped_column(String(1000), default="")
    candidate_uuid: Mapped[str | None] = mapped_column(ForeignKey("entries.uuid", ondelete="SET NULL"))
    score: Mapped[float | None] = mapped_column(Float)
    reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open|merged|created|dismissed
    resolved_uuid: Mapped[str | None] = mapped_column(ForeignKey("entries.uuid", ondelete="SET NULL"))
    candidate: Mapped[Entry | None] = relationship(foreign_keys=[candidate_uuid], lazy="select")
    resolved: Mapped[Entry | None] = relationship(foreign_keys=[resolved_uuid], lazy="select")
    __table_args__ = (UniqueConstraint("source", "record_key", name="uq_import_reviews_source_record_key"),)


class OrgAssessment(RowMeta, Base):
    """A score a framework gives an organization (the Foundation Model Transparency Index, per wave)."""

    __tablename__ = "org_assessments"
    organization_uuid: Mapped[str] = mapped_column(ForeignKey("organizations.uuid", ondelete="CASCADE"))
    framework: Mapped[str] = mapped_column(String(32))
    dimension: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(String(200))
    link: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    organization: Mapped[Organization] = relationship(foreign_keys=[organization_uuid], lazy="select")
    __table_args__ = (
        UniqueConstraint("organization_uuid", "framework", "dimension", name="uq_org_assessments_org_framework_dim"),
    )


class EntryHistory(Base):
    """One committed change of an entry's graph: only the fields that changed, each as [old, new] (db.history)."""

    __tablename__ = "entry_history"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    entry_uuid: Mapped[str] = mapped_column(String(36))
    entry_kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    via: Mapped[str] = mapped_column(String(16))  # edit | cli | seed | import | merge | restore
    source: Mapped[str] = mapped_column(String(1000), default="")
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    seq: Mapped[int] = mapped_column(Integer, index=True)  # the change sequence that wrote the row here
    recorded_here: Mapped[bool] = mapped_column(Boolean)  # False: a teammate's version that came in a merge
    __table_args__ = (Index("ix_entry_history_entry_at", "entry_uuid", "at"),)


class Snapshot(Base):
    """A named, dated point in this atlas's history: its change sequence, not a copy (db.history.snapshots)."""

    __tablename__ = "snapshots"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    author: Mapped[str] = mapped_column(String(200), default="")
    seq: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")


class SyncState(Base):
    """Local merge bookkeeping per synced row: hash of the last shared content, version clock, tag alias."""

    __tablename__ = "sync_state"
    row_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    base_hash: Mapped[str | None] = mapped_column(String(64))
    clock: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    alias_of: Mapped[str | None] = mapped_column(String(36))


class Conflict(Base):
    """Both versions of a row changed on two laptops, kept until the user resolves them field by field."""

    __tablename__ = "conflicts"
    uuid: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    row_uuid: Mapped[str] = mapped_column(String(36), index=True)
    table_name: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(64))
    entry_uuid: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | resolved | superseded
    mine: Mapped[dict[str, Any]] = mapped_column(JSON)
    theirs: Mapped[dict[str, Any]] = mapped_column(JSON)
    mine_clock: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    theirs_clock: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    origin: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))


LINK_CONCERNS = "concerns"
"""A policy note concerns a model, organization or license."""
LINK_SOURCE = "source"
"""A source (from) backs an entry (to)."""
LINK_DEVELOPED_BY = "developed-by"
"""A model (from) was developed by an organization (to): every organization a catalog credits jointly
("Google, Stanford University"); `Model.developer` is the first, the one lists and facets show."""

ENTRY_CLASSES: dict[str, type[Entry]] = {
    "model": Model,
    "organization": Organization,
    "license": License,
    "policy_note": PolicyNote,
    "note": Note,
    "evaluation": Evaluation,
    "source": Source,
    "tag": Tag,
    "saved_search": SavedSearch,
    "use_case": SavedUseCase,
}
