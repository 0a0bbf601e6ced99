"""Store-level tag housekeeping: list with counts, create, rename, recolor, merge one tag into another, delete."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field

from sqlalchemy import func, select

from db.errors import AtlasError, NotFoundError, ValidationError
from db.fields import _is_color
from db.schema import Entry, EntryTag, SyncState, Tag
from db.store import Store, WriteContext
from db.values import normalize_name

MAX_TAG_NAME = 100


class TagError(AtlasError):
    """A tag operation that cannot be done as asked (a name taken, a tag merged into itself)."""


@dataclass(frozen=True)
class TagInfo:
    """One live tag as the tag manager lists it: how many live entries carry it."""

    uuid: str
    name: str
    color: str
    count: int


@dataclass(frozen=True)
class MergeResult:
    """What `merge_tags` changed, so that `unmerge_tags` can put every row back as it was."""

    source_uuid: str
    target_uuid: str
    retired_links: tuple[str, ...]  # the source's live links, now tombstoned
    added_links: tuple[str, ...]  # links to the target created by the merge
    revived_links: tuple[str, ...]  # tombstoned links to the target brought back by the merge
    previous_alias: str | None = None
    had_sync_state: bool = False
    entries: tuple[str, ...] = field(default=())  # entries that gained the target through the merge


def clean_tag_name(name: str) -> str:
    """A tag name with runs of white space collapsed; empty and over-long names are refused."""
    text = " ".join(str(name).split())
    if not text:
        raise ValidationError({"name": "a tag name cannot be empty"})
    if len(text) > MAX_TAG_NAME:
        raise ValidationError({"name": f"a tag name is at most {MAX_TAG_NAME} characters"})
    return text


def list_tags(store: Store) -> list[TagInfo]:
    """Every live tag with its color and the number of live entries tagged with it, by name."""
    with store.read() as session:
        tagged = Entry.__table__.alias("tagged")
        counts = dict(session.execute(
            select(EntryTag.tag_uuid, func.count())
            .join(tagged, tagged.c.uuid == EntryTag.entry_uuid)
            .where(EntryTag.deleted_at.is_(None), tagged.c.deleted_at.is_(None))
            .group_by(EntryTag.tag_uuid)
        ).all())
        tags = session.scalars(select(Tag).where(Tag.deleted_at.is_(None)).order_by(Tag.name_key)).all()
        return [TagInfo(t.uuid, t.name, t.color, int(counts.get(t.uuid, 0))) for t in tags]


def find_tag(store: Store, name_or_uuid: str) -> Tag:
    """A live tag by UUID (or 8+ character prefix) or by name, case-insensitively."""
    try:
        uuid = store.resolve(name_or_uuid, kind="tag").uuid
    except NotFoundError:
        raise NotFoundError(f"no tag named {name_or_uuid.strip()!r}") from None
    found = store.get(uuid)  # fully loaded (a lookup by UUID loads only the common columns)
    assert isinstance(found, Tag)
    return found


def _live_tag(ctx: WriteContext, uuid: str) -> Tag:
    tag = ctx.entry(uuid)
    if not isinstance(tag, Tag):
        raise TagError(f"{tag.name!r} is not a tag")
    return tag


def _name_taken(ctx: WriteContext, name: str, other_than: str) -> Tag | None:
    return ctx.session.scalars(
        select(Tag).where(Tag.name_key == normalize_name(name), Tag.deleted_at.is_(None), Tag.uuid != other_than)
    ).first()


def create_tag(store: Store, name: str, color: str) -> str:
    """Create a tag that no entry carries yet; returns its UUID. A name a live tag has already is refused."""
    clean = clean_tag_name(name)
    text = str(color).strip()
    if not _is_color(text):
        raise ValidationError({"color": "not a color (use #rrggbb)"})
    with store.write() as ctx:
        clash = _name_taken(ctx, clean, "")
        if clash is not None:
            raise TagError(f"a tag named {clash.name!r} exists already")
        return store.create_in(ctx, "tag", {"name": clean, "color": text.lower()}).uuid


def rename_tag(store: Store, uuid: str, new_name: str) -> str:
    """Rename a tag; returns the old name. A name another tag has is refused: merge the two instead."""
    name = clean_tag_name(new_name)
    with store.write() as ctx:
        tag = _live_tag(ctx, uuid)
        old = tag.name
        clash = _name_taken(ctx, name, tag.uuid)
        if clash is not None:
            raise TagError(f"a tag named {clash.name!r} exists already; merge the two tags instead")
        if name != old:
            store.update_in(ctx, tag.uuid, {"name": name})  # also re-indexes the tagged entries
    return old


def recolor_tag(store: Store, uuid: str, color: str) -> str:
    """Give a tag a new #rrggbb color; returns the old color."""
    text = str(color).strip()
    if not _is_color(text):
        raise ValidationError({"color": "not a color (use #rrggbb)"})
    with store.write() as ctx:
        tag = _live_tag(ctx, uuid)
        old = tag.color
        if old.lower() != text.lower():
            store.update_in(ctx, tag.uuid, {"color": text.lower()})
    return old


def delete_tag(store: Store, uuid: str) -> None:
    """Delete a tag (a tombstone, so the deletion travels in merges); its links stay and come back on restore."""
    with store.read() as session:
        tag = session.get(Tag, uuid)
        if tag is None or tag.deleted_at is not None:
            raise NotFoundError(f"no tag with UUID {uuid}")
    store.delete(uuid)


def restore_tag(store: Store, uuid: str) -> None:
    """Bring a deleted tag back, unless another live tag has taken its name meanwhile."""
    with store.read() as session:
        tag = session.get(Tag, uuid)
        if tag is None:
            raise NotFoundError(f"no tag with UUID {uuid}")
        clash = session.scalars(select(Tag).where(
            Tag.name_key == tag.name_key, Tag.deleted_at.is_(None), Tag.uuid != uuid)).first()
        if clash is not None and tag.deleted_at is not None:
            raise TagError(f"another tag is named {clash.name!r} now; rename it first")
    store.restore(uuid)


def merge_tags(store: Store, source_uuid: str, target_uuid: str) -> MergeResult:
    """Merge tag A (source) into B (target): A's entries get B, A's links and A itself become tombstones.

    Set semantics hold: an entry tagged with both keeps one live link to B. A is recorded as an alias of B,
    so links to A that arrive later from a teammate's file land on B.
    """
    if source_uuid == target_uuid:
        raise TagError("a tag cannot be merged into itself")
    with store.write() as ctx:
        source = _live_tag(ctx, source_uuid)
        target = _live_tag(ctx, target_uuid)
        target_links = {link.entry_uuid: link for link in ctx.session.scalars(
            select(EntryTag).where(EntryTag.tag_uuid == target.uuid))}
        retired: list[str] = []
        added: list[str] = []
        revived: list[str] = []
        gained: list[str] = []
        source_links = ctx.session.scalars(
            select(EntryTag).where(EntryTag.tag_uuid == source.uuid, EntryTag.deleted_at.is_(None))).all()
        for link in source_links:
            entry = ctx.entry(link.entry_uuid, include_deleted=True)
            link.deleted_at = ctx.now
            ctx.stamp(link)
            retired.append(link.uuid)
            existing = target_links.get(link.entry_uuid)
            if existing is None:
                new = EntryTag(uuid=str(uuid_module.uuid4()), entry_uuid=entry.uuid, tag_uuid=target.uuid)
                ctx.session.add(new)
                ctx.stamp(new, created=True)
                target_links[entry.uuid] = new
                added.append(new.uuid)
                gained.append(entry.uuid)
            elif existing.deleted_at is not None:
                existing.deleted_at = None
                ctx.stamp(existing)
                revived.append(existing.uuid)
                gained.append(entry.uuid)
            ctx.touch(entry)
        source.deleted_at = ctx.now
        ctx.stamp(source)
        ctx.touch(source)
        ctx.touch(target)
        state = ctx.session.get(SyncState, source.uuid)
        had_state = state is not None
        previous = state.alias_of if state is not None else None
        if state is None:
            state = SyncState(row_uuid=source.uuid, base_hash=None, clock={})
            ctx.session.add(state)
        state.alias_of = target.uuid
        return MergeResult(source.uuid, target.uuid, tuple(retired), tuple(added), tuple(revived), previous,
                           had_state, tuple(gained))


def unmerge_tags(store: Store, result: MergeResult) -> None:
    """Undo a merge: the source tag and its links come back, the links the merge gave the target go again."""
    with store.write() as ctx:
        source = ctx.entry(result.source_uuid, include_deleted=True)
        source.deleted_at = None
        ctx.stamp(source)
        ctx.touch(source)
        links = {link.uuid: link for link in ctx.session.scalars(select(EntryTag).where(
            EntryTag.uuid.in_(result.retired_links + result.added_links + result.revived_links)))}
        for uuid in result.retired_links:
            link = links[uuid]
            link.deleted_at = None
            ctx.stamp(link)
            ctx.touch(ctx.entry(link.entry_uuid, include_deleted=True))
        for uuid in result.added_links + result.revived_links:
            link = links[uuid]
            link.deleted_at = ctx.now
            ctx.stamp(link)
            ctx.touch(ctx.entry(link.entry_uuid, include_deleted=True))
        with_target = ctx.entry(result.target_uuid, include_deleted=True)
        ctx.touch(with_target)
        state = ctx.session.get(SyncState, result.source_uuid)
        if state is not None:
            if result.had_sync_state:
                state.alias_of = result.previous_alias
            else:
                ctx.session.delete(state)
