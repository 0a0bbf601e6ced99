"""The typed store API: every read and write of atlas entries goes through here."""

from __future__ import annotations

import contextlib
import threading
import time
import uuid as uuid_module
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, cast, overload

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, object_session, sessionmaker, with_polymorphic

from db import backend
from db.errors import AmbiguousError, DatabaseFileError, NotFoundError, StorageError, ValidationError
from db.exchange.manifest import release_seal
from db.fields import FIELDS, FieldSpec, FieldType, convert, field_map
from db.history import capture as history_capture
from db.openness.grade import LicenseFacts, suggest_grade
from db.openness.mof import ComponentState, MofResult, classify
from db.schema import (
    ENTRY_CLASSES,
    LINK_CONCERNS,
    LINK_SOURCE,
    Assessment,
    Component,
    Entry,
    EntryTag,
    Evaluation,
    License,
    Link,
    Meta,
    Model,
    Source,
    Tag,
    utcnow,
)
from db.values import normalize_name
from db.vocab import COUNT_KEYS, ComponentStatus, MofComponent

DEFAULT_TAG_COLOR = "#7f8c8d"
WRITE_ATTEMPTS = 4
"""Times a write tries to take the write lock, each waiting up to the busy timeout (a minute in all), before it
says another program is writing."""


@dataclass(frozen=True)
class ChangeSet:
    """What one committed write changed: the new change sequence number and the entries it touched."""

    seq: int
    uuids: frozenset[str]


@dataclass
class WriteContext:
    """One write transaction: stamps every touched row with author, time, version and change sequence."""

    session: Session
    author: str
    seq: int
    now: datetime = field(default_factory=utcnow)
    touched: set[str] = field(default_factory=set)
    links: dict[tuple[str, str, str], Link] = field(default_factory=dict)  # made in this transaction
    entries: dict[str, Entry] = field(default_factory=dict)  # pending rows are not in the identity map yet
    sources_by_url: dict[str, Source] = field(default_factory=dict)
    via: str = "edit"  # what the history says made the change: edit | cli | seed | import | merge | restore
    source: str = ""  # and from where: the catalog and file of an import, whose file a merge came from

    def stamp(self, row: Any, created: bool = False) -> None:
        row.modified_at = self.now
        row.author = self.author
        row.change_seq = self.seq
        if created:
            row.created_at = self.now
            row.version = 1
        else:
            row.version = (row.version or 0) + 1

    def touch(self, entry: Entry) -> None:
        """Mark an entry as changed (its search document must be rebuilt) without bumping its version."""
        entry.change_seq = self.seq
        self.touched.add(entry.uuid)
        self.entries[entry.uuid] = entry

    def entry(self, uuid: str, include_deleted: bool = False) -> Entry:
        """An entry of this transaction, without the flush a session lookup of a pending row would cause."""
        found = self.entries.get(uuid)
        if found is None:
            found = self.session.get(Entry, uuid)
        if found is None or (found.deleted_at is not None and not include_deleted):
            raise NotFoundError(f"no entry with UUID {uuid}")
        self.entries[uuid] = found
        return found


class Store:
    """An open atlas file. Thread-safe: each call uses its own session; writes are serialized."""

    def __init__(self, path: Path, engine: Engine, author: str = "") -> None:
        self.path = path
        self.engine = engine
        self.author = author
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(**{backend.WRITE_OPTION: True}),
                                            expire_on_commit=False)
        self.read_only_reason: str | None = None
        """Why the file is open as a read-only view (a full or read-only disk), or None."""
        self._write_lock = threading.RLock()
        self._listeners: list[Callable[[ChangeSet], None]] = []
        self._identity: str | None = None
        self.via = "edit"
        """What this store's writes are recorded as in the history (the CLI sets "cli")."""

    # ---- opening -------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, author: str = "", *, create: bool = False) -> Store:
        """Open an existing atlas (upgrading an older schema after a backup), or create an empty one."""
        path = Path(path).expanduser()
        if path.is_symlink() and not path.exists():
            raise DatabaseFileError(f"{path} is a broken link")
        if not path.exists():
            if not create:
                raise DatabaseFileError(f"{path} does not exist")
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        backend.check_and_upgrade(path)
        read_only_reason = backend.open_mode(path)
        engine = backend.make_engine(path, immutable=read_only_reason is not None)
        store = cls(path, engine, author)
        store.read_only_reason = read_only_reason
        store._ensure_identity()
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _ensure_identity(self) -> None:
        # Read first: a write transaction bumps the change sequence, and merely opening a file must not.
        if self.meta("database_uuid") is not None:
            return
        with self.write(notify=False) as ctx:
            if ctx.session.get(Meta, "database_uuid") is None:
                ctx.session.add(Meta(key="database_uuid", value=str(uuid_module.uuid4())))

    @property
    def identity(self) -> str:
        """A UUID naming this database file (stable across renames; used to key derived caches)."""
        if self._identity is None:
            with self.read() as session:
                self._identity = session.get(Meta, "database_uuid").value  # type: ignore[union-attr]
        return self._identity

    def meta(self, key: str) -> str | None:
        with self.read() as session:
            row = session.get(Meta, key)
            return row.value if row else None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        session = self._sessions()
        try:
            yield session
        finally:
            session.close()

    @contextlib.contextmanager
    def write(self, notify: bool = True) -> Iterator[WriteContext]:
        """One transaction; listeners hear about it only after SQLite has committed."""
        with self._write_lock:
            session = self._begin_write()
            try:
                seq = self._next_seq(session)
                # an export opened here and edited is an export no more: drop its seal, keep its merge history
                release_seal(session.connection().connection.driver_connection)  # type: ignore[arg-type]
                ctx = WriteContext(session, self.author, seq, via=self.via)
                driver = session.connection().connection.driver_connection
                history_capture.begin(driver)  # type: ignore[arg-type]
                yield ctx
                session.flush()
                history_capture.record(driver, seq=seq, at=ctx.now, author=ctx.author,  # type: ignore[arg-type]
                                       via=ctx.via, source=ctx.source)
                session.commit()
            except BaseException as error:
                with contextlib.suppress(Exception):
                    session.rollback()
                problem = backend.explain(error, self.path) if isinstance(error, DBAPIError) else None
                if problem is not None:
                    raise problem from error
                raise
            finally:
                session.close()
        if notify and ctx.touched:
            change = ChangeSet(seq, frozenset(ctx.touched))
            for listener in list(self._listeners):
                listener(change)

    def _begin_write(self) -> Session:
        """A session holding the write lock (BEGIN IMMEDIATE), waiting for another program's write to finish.

        Each attempt waits up to the busy timeout; after WRITE_ATTEMPTS the error says another program is writing.
        """
        if self.read_only_reason is not None:
            raise StorageError(f"cannot save changes to {self.path}: {self.read_only_reason}; nothing was changed")
        for attempt in range(1, WRITE_ATTEMPTS + 1):
            session = self._write_sessions()
            try:
                session.connection()  # emits BEGIN IMMEDIATE
                return session
            except DBAPIError as error:
                session.close()
                busy = (backend.failure_reason(error, self.path) or "").startswith("another program")
                if not busy or attempt == WRITE_ATTEMPTS:
                    problem = backend.explain(error, self.path)
                    if problem is not None:
                        raise problem from error
                    raise
                time.sleep(0.1 * attempt)
        raise AssertionError("unreachable")

    def _next_seq(self, session: Session) -> int:
        row = session.get(Meta, "change_seq")
        if row is None:
            row = Meta(key="change_seq", value="0")
            session.add(row)
        row.value = str(int(row.value) + 1)
        return int(row.value)

    @property
    def change_seq(self) -> int:
        value = self.meta("change_seq")
        return int(value) if value else 0

    def subscribe(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Call `listener` after each committed write; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    # ---- lookups -------------------------------------------------------------------------------

    def get(self, uuid: str, include_deleted: bool = False, session: Session | None = None) -> Entry:
        if session is None:
            with self.read() as own:
                return self.get(uuid, include_deleted, own)
        poly = with_polymorphic(Entry, "*")  # load the kind's own columns now: callers may use them detached
        entry = session.scalars(select(poly).where(poly.uuid == uuid)).first()
        if entry is None or (entry.deleted_at is not None and not include_deleted):
            raise NotFoundError(f"no entry with UUID {uuid}")
        return entry

    def resolve(self, name_or_uuid: str, kind: str | None = None, session: Session | None = None) -> Entry:
        """Find one live entry by UUID (or its prefix of 8+ characters) or by name, case-insensitively."""
        if session is None:
            with self.read() as own:
                return self.resolve(name_or_uuid, kind, own)
        text = name_or_uuid.strip()
        if not text:
            raise NotFoundError("no entry name given")
        if len(text) == 36 and _looks_like_uuid_prefix(text):
            exact = session.get(Entry, text.lower())  # the common case in code paths: one primary-key lookup
            if exact is not None and exact.deleted_at is None and (kind is None or exact.kind == kind):
                return exact
        poly = with_polymorphic(Entry, "*")
        live = poly.deleted_at.is_(None)
        kind_clause = (poly.kind == kind) if kind else (poly.kind != "source")
        if _looks_like_uuid_prefix(text):
            rows = session.scalars(select(poly).where(poly.uuid.startswith(text.lower()), live).limit(5)).all()
            if kind:
                rows = [row for row in rows if row.kind == kind]
            if len(rows) == 1:
                return rows[0]
        rows = session.scalars(select(poly).where(poly.name_key == normalize_name(text), live, kind_clause)).all()
        if not rows:
            rows = session.scalars(
                select(poly).where(func.lower(poly.name) == text.lower(), live, kind_clause)
            ).all()
        if len(rows) == 1:
            return rows[0]
        what = f"{kind.replace('_', ' ')} " if kind else ""
        if not rows:
            raise NotFoundError(f"no {what}entry named {text!r}")
        listing = ", ".join(f"{row.kind} {row.uuid[:8]}" for row in rows[:6])
        raise AmbiguousError(f"{len(rows)} entries are named {text!r} ({listing}); give the UUID instead")

    def counts(self) -> dict[str, int]:
        """Live entries per kind, under the stable keys the CLI and GUI show."""
        with self.read() as session:
            rows = session.execute(
                select(Entry.kind, func.count()).where(Entry.deleted_at.is_(None)).group_by(Entry.kind)
            ).all()
        found = dict(rows)
        return {key: found.get(kind, 0) for kind, key in COUNT_KEYS.items()}

    # ---- create / update / delete --------------------------------------------------------------

    def create(self, kind: str, values: Mapping[str, Any], *, uuid: str | None = None) -> Entry:
        with self.write() as ctx:
            entry = self.create_in(ctx, kind, values, uuid=uuid)
        return entry

    def create_in(self, ctx: WriteContext, kind: str, values: Mapping[str, Any], *, uuid: str | None = None) -> Entry:
        if kind not in ENTRY_CLASSES:
            raise ValidationError({"kind": f"unknown kind {kind!r}"})
        entry = ENTRY_CLASSES[kind]()
        entry.uuid = uuid or str(uuid_module.uuid4())
        converted = self._convert(ctx.session, kind, values, creating=True)
        self._apply(ctx.session, entry, converted)
        ctx.stamp(entry, created=True)
        ctx.touch(entry)
        ctx.session.add(entry)
        ctx.session.flush()
        if isinstance(entry, Model):
            self._refresh_model_openness(ctx, entry)
        return entry

    def update(self, uuid: str, values: Mapping[str, Any]) -> Entry:
        with self.write() as ctx:
            entry = self.update_in(ctx, uuid, values)
        return entry

    def update_in(self, ctx: WriteContext, uuid: str, values: Mapping[str, Any]) -> Entry:
        entry = ctx.entry(uuid)
        converted = self._convert(ctx.session, entry.kind, values, creating=False, current=entry)
        changed = self._apply(ctx.session, entry, converted)
        if not changed:
            return entry
        ctx.stamp(entry)
        ctx.touch(entry)
        if isinstance(entry, Model):
            self._refresh_model_openness(ctx, entry)
        if isinstance(entry, License | Tag) or "name" in changed or "base_model_uuid" in changed or (
                entry.kind == "organization" and "jurisdiction" in changed):  # models show it in search
            self._touch_dependents(ctx, entry)
        if isinstance(entry, License):
            # its models' suggested grade and MOF class are computed from the license's facts
            for model in ctx.session.scalars(
                select(Model).where(Model.license_uuid == entry.uuid, Model.deleted_at.is_(None))
            ):
                self._refresh_model_openness(ctx, model)
        return entry

    def delete(self, uuid: str) -> None:
        """Soft-delete: the row stays as a tombstone so the deletion travels in merges."""
        with self.write() as ctx:
            entry = ctx.entry(uuid)
            entry.deleted_at = ctx.now
            ctx.stamp(entry)
            ctx.touch(entry)
            self._touch_dependents(ctx, entry)

    def restore(self, uuid: str) -> None:
        with self.write() as ctx:
            entry = ctx.entry(uuid, include_deleted=True)
            if entry.deleted_at is None:
                return
            entry.deleted_at = None
            ctx.stamp(entry)
            ctx.touch(entry)
            self._touch_dependents(ctx, entry)

    def values_of(self, uuid: str) -> dict[str, Any]:
        """The editable values of an entry by public field key (used by forms and by undo)."""
        with self.read() as session:
            entry = self.get(uuid, include_deleted=True, session=session)
            values = {spec.key: _read_attr(entry, spec.attr) for spec in FIELDS[entry.kind]}
            if isinstance(entry, Model) and not entry.openness_manual:
                values["openness_grade"] = None  # a suggested grade is not a value the user set
            return values

    def _convert(
        self,
        session: Session,
        kind: str,
        values: Mapping[str, Any],
        *,
        creating: bool,
        current: Entry | None = None,
    ) -> dict[str, Any]:
        specs = field_map(kind)
        problems: dict[str, str] = {}
        converted: dict[str, Any] = {}
        for key, raw in values.items():
            spec = specs.get(key)
            if spec is None:
                problems[key] = f"not a field of a {kind.replace('_', ' ')}"
                continue
            try:
                value = convert(spec, raw)
                if spec.type == FieldType.REF and value is not None:
                    value = self._resolve_ref(session, spec, value)
            except (ValueError, NotFoundError, AmbiguousError) as error:
                problems[spec.key] = str(error)
                continue
            converted[spec.attr] = value
        if kind == "model" and current is not None and converted.get("base_model_uuid"):
            from db.lineage import would_cycle  # db.lineage builds on the store

            if would_cycle(session, current.uuid, converted["base_model_uuid"]):
                problems["base_model"] = "a model cannot be derived from itself or from one of its derivatives"
        if kind == "evaluation" and creating and converted.get("eval_date") is None:
            converted["eval_date"] = date.today()
        for spec in FIELDS[kind]:
            if not spec.required or not (creating or spec.attr in converted):
                continue
            present = converted.get(spec.attr, _read_attr(current, spec.attr))
            if present is None or (isinstance(present, str) and not present.strip()):
                problems.setdefault(spec.key, "required")
        if problems:
            raise ValidationError(problems)
        return converted

    def _resolve_ref(self, session: Session, spec: FieldSpec, value: str) -> str:
        kind = None if spec.ref_kind == "*" else spec.ref_kind
        return self.resolve(value, kind, session).uuid

    def _apply(self, session: Session, entry: Entry, converted: Mapping[str, Any]) -> set[str]:
        changed: set[str] = set()
        for attr, value in converted.items():
            if attr == "openness_grade" and isinstance(entry, Model):
                manual = value is not None
                if entry.openness_manual != manual:
                    entry.openness_manual = manual
                    changed.add(attr)
                if manual and entry.openness_grade != value:
                    entry.openness_grade = value
                    changed.add(attr)
                continue
            if _read_attr(entry, attr) != value:
                _write_attr(entry, attr, value)
                changed.add(attr)
        if "name" in changed or entry.name_key is None:
            entry.name_key = normalize_name(entry.name or "")
        if isinstance(entry, Evaluation) and not entry.name:
            target = session.get(Entry, entry.target_uuid)
            entry.name = f"{target.name if target else 'Entry'} — {entry.use_case} ({entry.evaluator})"
            entry.name_key = normalize_name(entry.name)
            changed.add("name")
        if isinstance(entry, Tag) and not entry.color:
            entry.color = DEFAULT_TAG_COLOR
        return changed

    def _touch_dependents(self, ctx: WriteContext, entry: Entry) -> None:
        """Entries whose search documents show this entry's name (its models, tagged entries) change too."""
        session = ctx.session
        uuids: set[str] = set()
        if isinstance(entry, Tag):
            uuids |= set(session.scalars(select(EntryTag.entry_uuid).where(EntryTag.tag_uuid == entry.uuid)))
        if isinstance(entry, License):
            uuids |= set(session.scalars(select(Model.uuid).where(Model.license_uuid == entry.uuid)))
        if entry.kind == "organization":
            uuids |= set(session.scalars(select(Model.uuid).where(Model.developer_uuid == entry.uuid)))
        if entry.kind == "model":  # derived models are searchable by their bases' names (base:"…")
            from db.lineage import derivatives_of  # db.lineage builds on the store

            uuids |= {derived.uuid for derived in derivatives_of(session, entry.uuid, transitive=True)}
        if not uuids:
            return
        session.execute(
            update(Entry).where(Entry.uuid.in_(uuids)).values(change_seq=ctx.seq).execution_options(
                synchronize_session=False
            )
        )
        ctx.touched |= uuids

    # ---- models: components, assessments, openness ---------------------------------------------

    def set_components(self, model_uuid: str, components: Mapping[str, tuple[str, str | None] | str]) -> None:
        """Record component statuses (and licenses); each value is a status or (status, license)."""
        with self.write() as ctx:
            self.set_components_in(ctx, model_uuid, components)

    def set_components_in(
        self,
        ctx: WriteContext,
        model_uuid: str,
        components: Mapping[str, tuple[str, str | None] | tuple[str, str | None, str | None] | str],
    ) -> None:
        model = ctx.entry(model_uuid)
        if not isinstance(model, Model):
            raise ValidationError({"components": "only models have components"})
        existing = {row.component: row for row in model.components}
        problems: dict[str, str] = {}
        for key, value in components.items():
            parts = (value,) if isinstance(value, str) else tuple(value)
            status, license_text, evidence = (*parts, None, None)[:3]
            if key not in {c.value for c in MofComponent}:
                problems[key] = "not one of the 17 Model Openness Framework components"
                continue
            if status not in {s.value for s in ComponentStatus}:
                problems[key] = f"status must be one of {', '.join(s.value for s in ComponentStatus)}"
                continue
            row = existing.get(key)
            if row is None:
                row = Component(uuid=str(uuid_module.uuid4()), model_uuid=model.uuid, component=key)
                ctx.session.add(row)
                model.components.append(row)
                ctx.stamp(row, created=True)
            elif (row.status, row.license_text, row.evidence) == (status, license_text, evidence):
                continue
            else:
                ctx.stamp(row)
            row.status = status
            row.license_text = license_text
            row.evidence = evidence
            row.license_uuid = self._license_uuid_for(ctx.session, license_text)
        if problems:
            raise ValidationError(problems)
        ctx.stamp(model)
        ctx.touch(model)
        self._refresh_model_openness(ctx, model)

    def _license_uuid_for(self, session: Session, text: str | None) -> str | None:
        if not text:
            return None
        found = session.scalars(
            select(License.uuid).where(
                License.deleted_at.is_(None),
                (func.lower(License.spdx_id) == text.lower()) | (License.name_key == normalize_name(text)),
            )
        ).first()
        return found

    def set_assessment_in(
        self, ctx: WriteContext, model_uuid: str, framework: str, dimension: str, value: str,
        link: str | None = None, notes: str | None = None,
    ) -> None:
        row = ctx.session.scalars(
            select(Assessment).where(
                Assessment.model_uuid == model_uuid, Assessment.framework == framework,
                Assessment.dimension == dimension,
            )
        ).first()
        if row is None:
            row = Assessment(uuid=str(uuid_module.uuid4()), model_uuid=model_uuid, framework=framework,
                             dimension=dimension)
            ctx.session.add(row)
            ctx.stamp(row, created=True)
        elif (row.value, row.link, row.notes) == (value, link, notes):
            return
        else:
            ctx.stamp(row)
        row.value, row.link, row.notes = value, link, notes
        model = ctx.session.get(Model, model_uuid)
        if model is not None:
            ctx.touch(model)

    def mof(self, model: Model) -> MofResult:
        """The MOF result; the model's license is the distribution-wide license that components without a
        license of their own inherit, as global licenses are in the Model Openness Tool."""
        return classify(
            (
                ComponentState(MofComponent(c.component), ComponentStatus(c.status), self._component_license(c))
                for c in model.components
                if c.deleted_at is None
            ),
            self._distribution_license(model),
        )

    @staticmethod
    def _distribution_license(model: Model) -> dict[str, str]:
        session = object_session(model)
        row = session.get(License, model.license_uuid) if session is not None and model.license_uuid else None
        if row is None or row.deleted_at is not None:
            return {}
        return {"distribution": row.spdx_id or row.name}

    @staticmethod
    def _component_license(component: Component) -> str | None:
        return component.license_text

    def _refresh_model_openness(self, ctx: WriteContext, model: Model) -> None:
        """Keep the cached MOF class and, unless set by hand, the suggested grade in step with the facts."""
        ctx.session.flush()
        ctx.session.refresh(model, ["components"])
        model.mof_class = self.mof(model).mof_class
        if not model.openness_manual:
            suggestion = self.suggest(model, ctx.session)
            model.openness_grade = suggestion.grade.value if suggestion.recorded else None

    def suggest(self, model: Model, session: Session):
        license_row = session.get(License, model.license_uuid) if model.license_uuid else None
        facts = (
            LicenseFacts(license_row.name, license_row.family, license_row.commercial_use, license_row.user_cap_status)
            if license_row is not None
            else None
        )
        statuses = {c.component: c.status for c in model.components if c.deleted_at is None}
        return suggest_grade(list(model.access or []), facts, statuses)

    # ---- tags ----------------------------------------------------------------------------------

    def tag(self, uuids: Iterable[str], names: Iterable[str], color: str | None = None) -> list[str]:
        """Add tags (created on first use) to entries; returns the tag names applied."""
        with self.write() as ctx:
            return self.tag_in(ctx, uuids, names, color)

    def tag_in(
        self, ctx: WriteContext, uuids: Iterable[str], names: Iterable[str], color: str | None = None
    ) -> list[str]:
        tags = [self._tag_named(ctx, name, color, create=True) for name in _clean_tag_names(names)]
        for uuid in uuids:
            entry = ctx.entry(uuid)
            links = {link.tag_uuid: link for link in entry.tag_links}
            for tag in tags:
                link = links.get(tag.uuid)
                if link is None:
                    link = EntryTag(uuid=str(uuid_module.uuid4()), entry_uuid=entry.uuid, tag_uuid=tag.uuid)
                    ctx.session.add(link)
                    entry.tag_links.append(link)
                    ctx.stamp(link, created=True)
                elif link.deleted_at is not None:
                    link.deleted_at = None
                    ctx.stamp(link)
                else:
                    continue
                ctx.touch(entry)
                ctx.touch(tag)
        return [tag.name for tag in tags]

    def untag(self, uuids: Iterable[str], names: Iterable[str]) -> list[str]:
        """Remove tags from entries (leaving tombstones); returns the names that were removed somewhere."""
        with self.write() as ctx:
            removed: set[str] = set()
            for name in _clean_tag_names(names):
                tag = self._tag_named(ctx, name, None, create=False)
                if tag is None:
                    raise NotFoundError(f"no tag named {name!r}")
                for uuid in uuids:
                    entry = ctx.entry(uuid)
                    for link in entry.tag_links:
                        if link.tag_uuid == tag.uuid and link.deleted_at is None:
                            link.deleted_at = ctx.now
                            ctx.stamp(link)
                            ctx.touch(entry)
                            ctx.touch(tag)
                            removed.add(tag.name)
            return sorted(removed)

    @overload
    def _tag_named(self, ctx: WriteContext, name: str, color: str | None, *, create: Literal[True]) -> Tag: ...
    @overload
    def _tag_named(self, ctx: WriteContext, name: str, color: str | None, *, create: bool) -> Tag | None: ...
    def _tag_named(self, ctx: WriteContext, name: str, color: str | None, *, create: bool) -> Tag | None:
        tag = ctx.session.scalars(
            select(Tag).where(Tag.name_key == normalize_name(name), Tag.deleted_at.is_(None))
        ).first()
        if tag is None and create:
            tag = cast(Tag, self.create_in(ctx, "tag", {"name": name, "color": color or DEFAULT_TAG_COLOR}))
        return tag

    # ---- links and sources ---------------------------------------------------------------------

    def link_in(self, ctx: WriteContext, from_uuid: str, to_uuid: str, relation: str) -> None:
        key = (from_uuid, to_uuid, relation)
        row = ctx.links.get(key)
        if row is None:
            with ctx.session.no_autoflush:  # links made in this transaction are in ctx.links already
                row = ctx.session.scalars(
                    select(Link).where(Link.from_uuid == from_uuid, Link.to_uuid == to_uuid, Link.relation == relation)
                ).first()
        if row is None:
            row = Link(uuid=str(uuid_module.uuid4()), from_uuid=from_uuid, to_uuid=to_uuid, relation=relation)
            ctx.session.add(row)
            ctx.stamp(row, created=True)
            ctx.links[key] = row
        elif row.deleted_at is not None:
            row.deleted_at = None
            ctx.stamp(row)
        else:
            return
        for uuid in (from_uuid, to_uuid):
            with contextlib.suppress(NotFoundError):
                ctx.touch(ctx.entry(uuid, include_deleted=True))

    def add_source_in(
        self, ctx: WriteContext, entry_uuid: str, url: str | None, title: str,
        accessed: object = None, confidence: str | None = None, *, source_uuid: str | None = None,
    ) -> Source:
        """Attach a source to an entry, reusing the source with the same URL when there is one."""
        # One source per URL and title: the same page cited for different facts keeps each citation's title.
        key = f"{url}\n{title}"
        source = ctx.sources_by_url.get(key) if url else None
        if source is None and url:
            with ctx.session.no_autoflush:
                source = ctx.session.scalars(
                    select(Source).where(Source.url == url, Source.name == (title or url),
                                         Source.deleted_at.is_(None))
                ).first()
        if source is None:
            source = cast(Source, self.create_in(
                ctx, "source", {"name": title or url or "source", "url": url, "accessed": accessed,
                                "confidence": confidence},
                uuid=source_uuid,
            ))
        if url:
            ctx.sources_by_url[key] = source
        self.link_in(ctx, source.uuid, entry_uuid, LINK_SOURCE)
        return source

    def concern_in(self, ctx: WriteContext, policy_uuid: str, target_uuid: str) -> None:
        self.link_in(ctx, policy_uuid, target_uuid, LINK_CONCERNS)

    # ---- evaluations ---------------------------------------------------------------------------

    def evaluate(
        self,
        target: str,
        *,
        evaluator: str,
        use_case: str,
        scores: Mapping[str, int],
        verdict: str,
        notes: str = "",
        eval_date: date | None = None,
        tags: Iterable[str] = (),
    ) -> Evaluation:
        with self.write() as ctx:
            target_entry = self.resolve(target, session=ctx.session)
            evaluation = self.create_in(
                ctx,
                "evaluation",
                {
                    "target": target_entry.uuid,
                    "evaluator": evaluator,
                    "use_case": use_case,
                    "scores": dict(scores),
                    "verdict": verdict,
                    "notes": notes,
                    "eval_date": eval_date or date.today(),
                },
            )
            if tags:
                self.tag_in(ctx, [evaluation.uuid], tags)
            ctx.touch(target_entry)
        assert isinstance(evaluation, Evaluation)
        return evaluation


def _looks_like_uuid_prefix(text: str) -> bool:
    return len(text) >= 8 and all(c in "0123456789abcdef-" for c in text.lower())


def _clean_tag_names(names: Iterable[str]) -> list[str]:
    cleaned: list[str] = []
    for name in names:
        text = " ".join(str(name).split())
        if not text:
            raise ValidationError({"tag": "a tag name cannot be empty"})
        if len(text) > 100:
            raise ValidationError({"tag": "a tag name is at most 100 characters"})
        if normalize_name(text) not in {normalize_name(n) for n in cleaned}:
            cleaned.append(text)
    return cleaned


def _read_attr(entry: Any, attr: str) -> Any:
    if entry is None:
        return None
    if attr.startswith("clause_details."):
        return (entry.clause_details or {}).get(attr.split(".", 1)[1])
    return getattr(entry, attr)


def _write_attr(entry: Any, attr: str, value: Any) -> None:
    if attr.startswith("clause_details."):
        details = dict(entry.clause_details or {})
        key = attr.split(".", 1)[1]
        if value in (None, ""):
            details.pop(key, None)
        else:
            details[key] = value
        entry.clause_details = details
        return
    setattr(entry, attr, value)
