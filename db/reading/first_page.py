"""What a face shows first of a list, read with plain SQL before SQLAlchemy has loaded: the order of every entry it
lists, the rows of its first page and the tag colors (db.reading.listing's statements, the store's value readers)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from db.reading.connection import snapshot
from db.reading.listing import KINDS, Listing, _where, iter_rows

TAG_COLORS_SQL = ("SELECT entries.name, tags.color FROM entries JOIN tags ON tags.uuid = entries.uuid "
                  "WHERE entries.deleted_at IS NULL")
"""db.queries.tag_colors as SQL text."""


@dataclass(frozen=True)
class FirstPage:
    """A list's UUIDs in display order, the rows of its first `page_size` (uuid → column key → value) and the
    colors of the tags (name → color), as db.browse.list_order and list_rows read them through the store."""

    uuids: list[str]
    rows: dict[str, dict[str, Any]]
    tag_colors: dict[str, str]


def order_sql(listing: Listing) -> tuple[str, list[Any]]:
    """The UUIDs alone in display order (db.queries.uuids_in_order): the kind's table is joined only when the sort
    or a filter needs it, so that SQLite walks the sort column's index and reads nothing else."""
    kind = KINDS[listing.kind]
    sort = kind.column(listing.sort) or kind.columns[0]
    terms, params = _where(kind, listing, kind_index=not sort.indexed)
    order = f"{sort.order} DESC, entries.uuid" if listing.descending else f"{sort.order} ASC NULLS LAST, entries.uuid"
    sql = (f"SELECT entries.uuid FROM {kind.from_clause(*terms, sort.order, bare=True)} "
           f"WHERE {' AND '.join(terms)} ORDER BY {order}")
    return sql, params


def read_first_page(connection: sqlite3.Connection, kind: str, sort: str, descending: bool,
                    keys: Sequence[str], page_size: int) -> FirstPage:
    """One snapshot: every UUID the kind lists in the order of `sort`, the first page's `keys` and the tag colors."""
    listing = Listing(kind, sort=sort, descending=descending)
    with snapshot(connection):
        uuids = [row[0] for row in connection.execute(*order_sql(listing))]
        rows = {row["uuid"]: row for row in iter_rows(connection, replace(listing, limit=page_size), keys)}
        colors = {name: color for name, color in connection.execute(TAG_COLORS_SQL)}
    return FirstPage(uuids, rows, colors)
