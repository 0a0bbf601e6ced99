"""What a browsing face reads: list order and rows, sidebar data, saved searches, and what a write changed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select

from db.list_filter import STALE_FACET
from db.queries import ListFilter, count, facet_counts, rows_for, tag_colors, uuids_in_order
from db.schema import Entry, SavedSearch
from db.store import ChangeSet, Store

KIND_CHUNK = 900
"""UUIDs per IN (…) when looking up kinds: below SQLite's default limit of 999 bound parameters."""


@dataclass(frozen=True)
class SavedSearchItem:
    uuid: str
    name: str
    query: str


@dataclass(frozen=True)
class SidebarData:
    """Everything the sidebar shows for one filter: facet counts (tags included), tag colors, saved searches and
    the number of live entries of each kind."""

    facets: dict[str, list[tuple[str | None, int]]]
    tag_colors: dict[str, str]
    saved_searches: list[SavedSearchItem]
    counts: dict[str, int]


@dataclass(frozen=True)
class ListOrder:
    """The UUIDs a filter lists, in display order, and the tag colors their badges need."""

    uuids: list[str]
    tag_colors: dict[str, str]


@dataclass(frozen=True)
class StoreChange:
    """What one committed write changed: the entries (deleted ones included) and their kinds."""

    seq: int
    uuids: frozenset[str]
    kinds: frozenset[str] = field(default_factory=frozenset)

    def touches(self, *kinds: str) -> bool:
        return bool(self.kinds.intersection(kinds))


def saved_searches(store: Store) -> list[SavedSearchItem]:
    """Live saved searches by name."""
    with store.read() as session:
        rows = session.execute(select(SavedSearch.uuid, SavedSearch.name, SavedSearch.query)
                               .where(SavedSearch.deleted_at.is_(None)).order_by(SavedSearch.name_key)).all()
    return [SavedSearchItem(uuid, name, query or "") for uuid, name, query in rows]


def sidebar_data(store: Store, flt: ListFilter, stale_days: int | None = None) -> SidebarData:
    """`stale_days`: also count the entries nobody verified in that many days (the "Not verified" facet)."""
    with store.read() as session:
        facets = facet_counts(session, flt)
        colors = tag_colors(session)
        if stale_days is not None:
            others = replace(flt.with_facet(STALE_FACET, []), stale_days=stale_days)
            facets[STALE_FACET] = [(str(stale_days), count(session, others))]
    return SidebarData(facets, colors, saved_searches(store), store.counts())


def list_order(store: Store, flt: ListFilter, sort_key: str, descending: bool) -> ListOrder:
    with store.read() as session:
        return ListOrder(uuids_in_order(session, flt, sort_key, descending), tag_colors(session))


def list_rows(store: Store, kind: str, uuids: Sequence[str], columns: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The rows of `uuids` (a page about to be shown), keyed by UUID, with only `columns`."""
    with store.read() as session:
        return rows_for(session, kind, uuids, columns)


def kinds_of(store: Store, uuids: Sequence[str] | frozenset[str]) -> dict[str, str]:
    """UUID → kind for the entries among `uuids`, deleted ones included (a deletion changes its kind's lists)."""
    wanted = list(uuids)
    found: dict[str, str] = {}
    with store.read() as session:
        for start in range(0, len(wanted), KIND_CHUNK):
            chunk = wanted[start:start + KIND_CHUNK]
            found.update((uuid, kind) for uuid, kind in session.execute(
                select(Entry.uuid, Entry.kind).where(Entry.uuid.in_(chunk))))
    return found


def describe_change(store: Store, change: ChangeSet) -> StoreChange:
    return StoreChange(change.seq, change.uuids, frozenset(kinds_of(store, change.uuids).values()))
