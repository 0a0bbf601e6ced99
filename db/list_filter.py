"""What a list is narrowed to, as plain data: built by the faces before SQLAlchemy and the schema are loaded."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta


@dataclass(frozen=True)
class ListFilter:
    """What the user narrowed a list to; every field is optional and they combine with AND."""

    kind: str = "model"
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tags_include: tuple[str, ...] = ()
    tags_exclude: tuple[str, ...] = ()
    text: str = ""
    uuids: tuple[str, ...] | None = None
    include_deleted: bool = False
    stale_days: int | None = None  # only entries nobody verified in this many days (db.freshness)

    def with_facet(self, name: str, values: Sequence[str]) -> ListFilter:
        facets = dict(self.facets)
        if values:
            facets[name] = tuple(values)
        else:
            facets.pop(name, None)
        return replace(self, facets=facets)


STALE_FACET = "stale"
"""The sidebar's "Not verified in N days" facet: its one value is N (the same as `stale_days`)."""


def stale_days_of(stale_days: int | None, facets: dict[str, tuple[str, ...]]) -> int | None:
    """The days a filter asks for in `stale_days` or in the stale facet (None: no freshness filter)."""
    if stale_days is not None:
        return stale_days
    values = [v for v in facets.get(STALE_FACET, ()) if str(v).isdigit()]
    return min(int(v) for v in values) if values else None


def stale_cutoff(days: int, today: date | None = None) -> datetime:
    """Entries verified before this moment are stale: nobody verified them in the last `days` days."""
    return datetime.combine((today or date.today()) - timedelta(days=days), time())


def sql_moment(moment: datetime) -> str:
    """A moment as SQLite holds the DateTime columns, so that plain SQL compares it as text the right way."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
