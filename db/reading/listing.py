"""`list` over plain SQL: the columns, facets and order of db.queries' lists, read only as far as they are printed.

Each kind's columns, sort keys and facets are those of `db.queries.KIND_QUERIES` (tests/db/test_reading_list.py
compares the two, and the rows of every kind, sort and filter), written as SQL text so that listing needs neither
SQLAlchemy nor the mapped schema. Values go through the engine's readers (db.reading.convert), so an invalid stored
value lists as unknown exactly as it does through the store.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from typing import Any

from db.list_filter import sql_moment, stale_cutoff, stale_days_of
from db.reading.connection import snapshot
from db.reading.convert import COLUMN_READERS, JSON_COLUMN_READERS, ColumnReader
from db.values import normalize_name
from db.vocab import OpennessGrade


@dataclass(frozen=True)
class Join:
    """A LEFT JOIN of the kind's FROM clause, added only when something read refers to its alias."""

    alias: str
    sql: str
    table: str  # the table joined under `alias`, matched on its uuid...
    key: str  # ...against this column of the kind's table


@dataclass(frozen=True)
class Col:
    key: str
    label: str
    expr: str
    reader: str = "text"  # how the engine reads its value: a key of db.reading.convert.READERS
    sort: str | None = None
    default: bool = True
    indexed: bool = False  # a column of the kind's own table whose index can deliver the order

    @property
    def order(self) -> str:
        return self.sort or self.expr


@dataclass(frozen=True)
class KindSql:
    kind: str
    table: str
    columns: tuple[Col, ...]
    joins: tuple[Join, ...] = ()
    facets: dict[str, str] = field(default_factory=dict)

    def column(self, key: str) -> Col | None:
        return next((c for c in self.columns if c.key == key), None)

    def from_clause(self, *expressions: str, bare: bool = False, kind_first: bool = False) -> str:
        """The kind's FROM clause with only the LEFT JOINs the expressions refer to; `bare`: the entries table
        alone when they refer to nothing else (as db.queries prunes: each join costs a B-tree search per row).
        `kind_first`: SQLite walks the kind's table in its own order (a CROSS JOIN fixes the order of the loops)."""
        needed = {alias for alias in (self.table, *(j.alias for j in self.joins))
                  if any(_refers(text, alias) for text in expressions)}
        if bare and not needed:
            return "entries"
        joins = [j.sql for j in self.joins if j.alias in needed]
        first = (f"{self.table} CROSS JOIN entries ON {self.table}.uuid = entries.uuid" if kind_first else
                 f"entries JOIN {self.table} ON {self.table}.uuid = entries.uuid")
        return " ".join([first, *joins])


def _refers(sql: str, alias: str) -> bool:
    """Whether `sql` names a column of `alias` (`dev.` but not `dev_org.`, `tags.` but not `entry_tags.`)."""
    return re.search(rf"(?<![\w.]){re.escape(alias)}\.", sql) is not None


TAGS = ("(SELECT group_concat(tag_entry.name, ', ') FROM entry_tags JOIN entries AS tag_entry ON tag_entry.uuid = "
        "entry_tags.tag_uuid WHERE entry_tags.entry_uuid = entries.uuid AND entry_tags.deleted_at IS NULL AND "
        "tag_entry.deleted_at IS NULL)")
TAG_SEPARATOR = "\x1f"
TAG_UUIDS = ("(SELECT group_concat(entry_tags.tag_uuid, char(31)) FROM entry_tags WHERE entry_tags.entry_uuid = "
             "entries.uuid AND entry_tags.deleted_at IS NULL)")
"""The uuids of TAGS's links, in the same order (the same index walked for the same terms), named in Python
(`TagNames`): a search in the entries table for every link costs more than the rest of the row."""


def _common_tail() -> tuple[Col, ...]:
    return (Col("tags", "Tags", TAGS),
            Col("modified", "Modified", "entries.modified_at", "datetime", default=False),
            Col("author", "Author", "entries.author", default=False),
            Col("verified", "Verified", "entries.verified_at", "datetime", default=False))


def _name(label: str = "Name", default: bool = True) -> Col:
    return Col("name", label, "entries.name", sort="entries.name_key", default=default)


GRADE_RANK = "CASE models.openness_grade " + " ".join(
    f"WHEN '{grade.value}' THEN {grade.rank}" for grade in OpennessGrade) + " ELSE -1 END"
def _join(alias: str, table: str, key: str) -> Join:
    return Join(alias, f"LEFT OUTER JOIN {table} AS {alias} ON {alias}.uuid = {key}", table, key)


DEV = _join("dev", "entries", "models.developer_uuid")
DEV_ORG = _join("dev_org", "organizations", "models.developer_uuid")
LIC = _join("lic", "entries", "models.license_uuid")
LIC_ROW = _join("lic_row", "licenses", "models.license_uuid")


def _target(table: str) -> Join:
    return _join("target", "entries", f"{table}.target_uuid")


KINDS: dict[str, KindSql] = {k.kind: k for k in (
    KindSql("model", "models", (
        _name(),
        Col("developer", "Developer", "dev.name", sort="dev.name_key"),
        Col("jurisdiction", "Jurisdiction", "dev_org.jurisdiction"),
        Col("release_date", "Released", "models.release_date", "date", indexed=True),
        Col("params_total", "Parameters", "models.params_total", "float", indexed=True),
        Col("openness_grade", "Openness", "models.openness_grade", sort=GRADE_RANK),
        Col("license", "License", "lic.name", sort="lic.name_key"),
        Col("mof_class", "MOF class", "models.mof_class", "int",
            sort="CASE WHEN (models.mof_class = 0) THEN 4 ELSE models.mof_class END"),
        Col("license_family", "License family", "lic_row.family", default=False),
        Col("training_compute_flop", "Compute (FLOP)", "models.training_compute_flop", "float", default=False),
        Col("family", "Family", "models.family", default=False, indexed=True),
        *_common_tail(),
    ), (DEV, DEV_ORG, LIC, LIC_ROW), {
        "openness": "models.openness_grade",
        "license_family": "lic_row.family",
        "jurisdiction": "dev_org.jurisdiction",
        "org": "dev.name",
        "mof_class": "models.mof_class",
        "commercial_use": "lic_row.commercial_use",
    }),
    KindSql("organization", "organizations", (
        _name(),
        Col("country", "Country", "organizations.country"),
        Col("jurisdiction", "Jurisdiction", "organizations.jurisdiction", indexed=True),
        Col("org_kind", "Kind", "organizations.org_kind"),
        Col("business_model", "Business model", "organizations.business_model"),
        Col("models", "Models", "(SELECT count(*) FROM models JOIN entries AS live_m ON live_m.uuid = models.uuid "
            "WHERE models.developer_uuid = entries.uuid AND live_m.deleted_at IS NULL)", "int"),
        *_common_tail(),
    ), (), {"jurisdiction": "organizations.jurisdiction", "org_kind": "organizations.org_kind",
            "business_model": "organizations.business_model"}),
    KindSql("license", "licenses", (
        _name(),
        Col("spdx_id", "SPDX", "licenses.spdx_id", indexed=True),
        Col("family", "Family", "licenses.family", indexed=True),
        Col("commercial_use", "Commercial use", "licenses.commercial_use"),
        Col("user_cap", "User cap", "licenses.user_cap", "int"),
        Col("acceptable_use_policy", "AUP", "licenses.acceptable_use_policy"),
        Col("output_training", "Output use", "licenses.output_training", default=False),
        Col("osi_approved", "OSI", "licenses.osi_approved", "bool"),
        *_common_tail(),
    ), (), {"license_family": "licenses.family", "commercial_use": "licenses.commercial_use"}),
    KindSql("policy_note", "policy_notes", (
        _name("Title"),
        Col("jurisdiction", "Jurisdiction", "policy_notes.jurisdiction", indexed=True),
        Col("instrument", "Instrument", "policy_notes.instrument"),
        Col("status", "Status", "policy_notes.status", indexed=True),
        Col("in_force_date", "In force", "policy_notes.in_force_date", "date"),
        Col("threshold_flop", "Threshold", "policy_notes.threshold_flop", "float", default=False),
        *_common_tail(),
    ), (), {"jurisdiction": "policy_notes.jurisdiction", "status": "policy_notes.status"}),
    KindSql("note", "notes", (
        _name("Title"),
        Col("about", "About", "target.name", sort="target.name_key"),
        Col("author", "Author", "entries.author"),
        Col("modified", "Modified", "entries.modified_at", "datetime"),
        Col("private", "Private", "notes.private", "bool", default=False),
        Col("tags", "Tags", TAGS),
    ), (_target("notes"),)),
    KindSql("evaluation", "evaluations", (
        Col("target", "Entry", "target.name", sort="target.name_key"),
        Col("use_case", "Use case", "evaluations.use_case"),
        Col("evaluator", "Author", "evaluations.evaluator", indexed=True),
        Col("eval_date", "Date", "evaluations.eval_date", "date"),
        Col("verdict", "Verdict", "evaluations.verdict",
            sort="CASE evaluations.verdict WHEN 'adopt' THEN 0 WHEN 'trial' THEN 1 WHEN 'assess' THEN 2 "
                 "WHEN 'hold' THEN 3 ELSE 4 END"),
        # json_each fails the whole statement on scores that are not JSON (a damaged file): those average unknown
        Col("score", "Average score", "CASE WHEN (json_valid(evaluations.scores) = 1) THEN (SELECT "
            "avg(each_score.value) FROM json_each(evaluations.scores) AS each_score) END"),
        _name("Title", default=False),
        Col("tags", "Tags", TAGS),
    ), (_target("evaluations"),), {"verdict": "evaluations.verdict",
                                   "evaluator": "evaluations.evaluator",
                                   "use_case": "evaluations.use_case"}),
    KindSql("source", "sources", (
        _name("Title"),
        Col("url", "URL", "sources.url", indexed=True),
        Col("accessed", "Accessed", "sources.accessed", "date"),
        Col("confidence", "Confidence", "sources.confidence"),
    ), (), {"confidence": "sources.confidence"}),
    KindSql("tag", "tags", (
        _name(),
        Col("color", "Color", "tags.color"),
        Col("count", "Entries", "(SELECT count(*) FROM entry_tags JOIN entries AS tagged ON tagged.uuid = "
            "entry_tags.entry_uuid WHERE entry_tags.tag_uuid = entries.uuid AND entry_tags.deleted_at IS NULL AND "
            "tagged.deleted_at IS NULL)", "int"),
    )),
    KindSql("saved_search", "saved_searches", (
        _name(),
        Col("query", "Query", 'saved_searches."query"'),
        Col("kind_filter", "Kind", "saved_searches.kind_filter"),
    )),
    KindSql("use_case", "use_cases", (
        _name(),
        Col("monthly_users", "Monthly users", "json_extract(use_cases.spec, '$.monthly_users')"),
        Col("last_run_at", "Last run", "use_cases.last_run_at", "datetime"),
        Col("author", "Author", "entries.author", default=False),
        Col("modified", "Modified", "entries.modified_at", "datetime", default=False),
    )),
)}


WHOLE_LIST_CACHE_KB = 128 * 1024
"""SQLite's page cache while reading every row of a kind (at 100,000 models the pages read come to ~100 MB)."""


@dataclass(frozen=True)
class Listing:
    """What to list: the kind, its filters (as db.queries.ListFilter holds them), the order and how many."""

    kind: str
    facets: dict[str, tuple[str, ...]] = field(default_factory=dict)
    tags_include: tuple[str, ...] = ()
    tags_exclude: tuple[str, ...] = ()
    text: str = ""
    sort: str = "name"
    descending: bool = False
    limit: int | None = None
    stale_days: int | None = None  # only entries nobody verified in this many days


def _where(kind: KindSql, listing: Listing, *, kind_index: bool) -> tuple[list[str], list[Any]]:
    """The WHERE terms and their parameters (db.queries._conditions)."""
    terms = ["entries.kind = ?" if kind_index else "(entries.kind || '') = ?", "entries.deleted_at IS NULL"]
    params: list[Any] = [kind.kind]
    for name, values in listing.facets.items():
        if not values:
            continue
        if name == "org" and kind.kind == "model":
            keys = [normalize_name(v) for v in values]
            terms.append(f"(dev.name_key IN ({_marks(keys)}) OR models.developer_uuid IN ({_marks(values)}))")
            params += [*keys, *values]
            continue
        expr = kind.facets.get(name)
        if expr is None:
            continue  # a facet of another kind: ignored rather than emptying the list
        wanted = [int(v) if name == "mof_class" and str(v).isdigit() else v for v in values]
        present = [v for v in wanted if v not in ("", None)]
        parts = [f"{expr} IN ({_marks(present)})" if present else "1 != 1"]
        if len(present) < len(wanted):
            parts.append(f"{expr} IS NULL")
        terms.append(f"({' OR '.join(parts)})" if len(parts) > 1 else parts[0])
        params += present
    for tag, negate in [(t, False) for t in listing.tags_include] + [(t, True) for t in listing.tags_exclude]:
        terms.append(f"entries.uuid {'NOT IN' if negate else 'IN'} (SELECT entry_tags.entry_uuid FROM entry_tags "
                     "JOIN entries AS tag_entry ON tag_entry.uuid = entry_tags.tag_uuid WHERE entry_tags.deleted_at "
                     "IS NULL AND tag_entry.deleted_at IS NULL AND tag_entry.name_key = ?)")
        params.append(normalize_name(tag))
    stale_days = stale_days_of(listing.stale_days, listing.facets)
    if stale_days is not None:  # never verified counts as stale
        terms.append("(entries.verified_at IS NULL OR entries.verified_at < ?)")
        params.append(sql_moment(stale_cutoff(stale_days)))
    text = listing.text.strip().lower()
    if text:  # a typed % or _ is literal text, not a LIKE wildcard (SQLAlchemy's autoescape)
        escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
        terms.append("lower(entries.name) LIKE '%' || ? || '%' ESCAPE '/'")
        params.append(escaped)
    return terms, params


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" for _ in values)


@dataclass(frozen=True)
class Lookup:
    """The value at `position` is the `join`ed table's `column` for the join's key, which the statement selects
    at `source` (once for every lookup on the same key: at the first of them)."""

    position: int
    source: int
    join: Join
    column: str


@dataclass(frozen=True)
class Statement:
    """The SQL listing rows, the keys of its columns, and the columns read afterwards by key (`lookups`)."""

    names: list[str]
    sql: str
    params: list[Any]
    lookups: list[Lookup] = field(default_factory=list)
    """The columns read by key after the rows, once per distinct key instead of by a join for every row."""
    tag_uuids: int | None = None
    """The position where the statement selects TAG_UUIDS instead of TAGS (to be named by `TagNames`)."""


def select_rows(listing: Listing, keys: Sequence[str] | None = None, *, tag_uuids: bool = False) -> Statement:
    """The statement listing rows in display order.

    A page (a limit) is chosen first from the narrow sort key alone, as db.queries.list_select does (walking the
    sort column's index when the kind's own table has one), and the display columns (some are correlated
    subqueries, like the tags) are computed for its rows only. Every row (no limit) is one pass in the sort's
    order, in which a joined entry's column (a model's developer, its license) is looked up by key afterwards:
    a few hundred developers read once instead of a B-tree search per row and join; and the kind's table is
    walked in its own order, the rows sorted afterwards; with `tag_uuids`, its tags are the uuids of TAG_UUIDS."""
    kind = KINDS[listing.kind]
    sort = kind.column(listing.sort) or kind.columns[0]
    chosen = [c for c in kind.columns if keys is None or c.key in keys or c.key == sort.key]
    terms, params = _where(kind, listing, kind_index=not sort.indexed)
    order = (f"{sort.order} DESC, entries.uuid" if listing.descending else
             f"{sort.order} ASC NULLS LAST, entries.uuid")
    names = ["uuid", *(c.key for c in chosen)]
    if listing.limit is None:
        lookups: list[Lookup] = []
        selected = ["entries.uuid"]
        tag_position = None
        for position, c in enumerate(chosen, start=1):
            expr = c.expr
            join = next((j for j in kind.joins if re.fullmatch(rf"{j.alias}\.\w+", c.expr)), None)
            if join is not None:
                source = next((lookup.source for lookup in lookups if lookup.join.key == join.key), position)
                lookups.append(Lookup(position, source, join, c.expr.split(".", 1)[1]))
                expr = join.key if source == position else "NULL"
            if tag_uuids and expr == TAGS:
                expr, tag_position = TAG_UUIDS, position
            selected.append(f"{expr} AS {c.key}")
        columns = ", ".join(selected)
        # Walking the sort's index would visit every row of the kind's and the entries table at random; walking
        # the kind's table in its own order reads both nearly in sequence, and sorting afterwards costs less.
        sql = (f"SELECT {columns} FROM {kind.from_clause(columns, *terms, sort.order, kind_first=True)} "
               f"WHERE {' AND '.join(terms)} ORDER BY {order}")
        return Statement(names, sql, params, lookups, tag_position)
    columns = ", ".join(["entries.uuid", *(f"{c.expr} AS {c.key}" for c in chosen)])
    page = (f"SELECT entries.uuid AS uuid FROM {kind.from_clause(*terms, sort.order, bare=True)} "
            f"WHERE {' AND '.join(terms)} ORDER BY {order} LIMIT ?")
    sql = (f"SELECT {columns} FROM {kind.from_clause(columns, sort.order)} JOIN ({page}) AS page "
           f"ON page.uuid = entries.uuid ORDER BY {order}")
    return Statement(names, sql, [*params, max(listing.limit, 0)])


class TagNames(dict[Any, Any]):
    """The tags of a row (what TAGS gives) from its TAG_UUIDS: each distinct list of uuids is named once."""

    def __init__(self, connection: sqlite3.Connection, names: dict[str, str | None]) -> None:
        super().__init__({None: None})
        self._connection = connection
        self._names = names

    @classmethod
    def read(cls, connection: sqlite3.Connection) -> TagNames | None:
        """Every uuid a link names → its live entry's name, None for a deleted or missing one (group_concat
        leaves those out, as it leaves out a missing name); None when a uuid or a name is not a text or a uuid
        holds TAG_SEPARATOR (a damaged file): then TAGS names them in SQL."""
        names: dict[str, str | None] = {}
        for uuid, name in connection.execute(
                "SELECT links.tag_uuid, tag_entry.name FROM (SELECT DISTINCT tag_uuid FROM entry_tags) AS links "
                "LEFT OUTER JOIN entries AS tag_entry ON tag_entry.uuid = links.tag_uuid AND "
                "tag_entry.deleted_at IS NULL"):
            if type(uuid) is not str or TAG_SEPARATOR in uuid or not (name is None or type(name) is str):
                return None
            names[uuid] = name
        return cls(connection, names)

    def __missing__(self, uuids: str) -> str | None:
        split = uuids.split(TAG_SEPARATOR)
        found: list[str | None]
        try:
            found = list(map(self._names.__getitem__, split))
        except KeyError:  # linked after the names were read (outside a snapshot)
            found = list(map(self._name, split))
        named = [name for name in found if name is not None]
        self[uuids] = text = ", ".join(named) if named else None
        return text

    def _name(self, uuid: str) -> str | None:
        if uuid not in self._names:  # as group_concat reads it
            row = self._connection.execute("SELECT CAST(name AS TEXT) FROM entries WHERE uuid = ? AND deleted_at IS "
                                           "NULL", (uuid,)).fetchone()
            self._names[uuid] = None if row is None else row[0]
        return self._names[uuid]


def _looked_up(connection: sqlite3.Connection, kind: KindSql, lookups: Sequence[Lookup]) -> list[dict[Any, Any]]:
    """For lookups on one key: key → each lookup's column, for every key the kind's table holds (what each LEFT
    JOIN would find), in one query."""
    key = lookups[0].join.key
    joins = " ".join(f"LEFT OUTER JOIN {lookup.join.table} AS looked_{n} ON looked_{n}.uuid = keys.key"
                     for n, lookup in enumerate(lookups))
    columns = ", ".join(f"looked_{n}.{lookup.column}" for n, lookup in enumerate(lookups))
    rows = connection.execute(f"SELECT keys.key, {columns} FROM (SELECT DISTINCT {key} AS key FROM {kind.table}) "
                              f"AS keys {joins}").fetchall()
    return [{row[0]: row[n] for row in rows} for n in range(1, len(lookups) + 1)]


@dataclass(frozen=True)
class Columns:
    """Rows column by column: their `names` (uuid first, then the chosen columns in the kind's order) and
    `batches` of them, one sequence of values per name (all as long). Every value is a text, a number, None, a
    boolean, a date or a time."""

    names: list[str]
    batches: Iterator[list[Sequence[Any]]]


def read_columns(connection: sqlite3.Connection, listing: Listing, keys: Sequence[str] | None = None, *,
                 for_json: bool = False) -> Columns:
    """The rows of one statement, streamed in batches of columns: a reader runs over a whole column of a batch
    at once (db.reading.convert.COLUMN_READERS), in C-level passes where the values are what the store writes.
    `for_json`: dates and times come as the ISO text JSON output writes for them."""
    kind = KINDS[listing.kind]
    tag_names = None
    if listing.limit is None and any(c.expr == TAGS and (keys is None or c.key in keys) for c in kind.columns):
        tag_names = TagNames.read(connection)
    statement = select_rows(listing, keys, tag_uuids=tag_names is not None)
    names = statement.names
    by_key = {c.key: c for c in kind.columns}
    readers: list[tuple[int, int, ColumnReader]] = []  # (position, the position of the raw values read, reader)
    for position, name in enumerate(names[1:], start=1):
        reader = (JSON_COLUMN_READERS if for_json else COLUMN_READERS)[by_key[name].reader]
        if reader is not None:
            readers.append((position, position, reader))
    for source in sorted({lookup.source for lookup in statement.lookups}):
        together = [lookup for lookup in statement.lookups if lookup.source == source]
        for lookup, found in zip(together, _looked_up(connection, kind, together), strict=True):
            readers.append((lookup.position, source, partial(_mapped, found.get)))
    if statement.tag_uuids is not None and tag_names is not None:
        position = statement.tag_uuids
        readers.append((position, position, partial(_mapped, tag_names.__getitem__)))
    if listing.limit is None:
        # every row, in the sort's order, visits the entries and kind tables' pages at random: a page cache of
        # up to WHOLE_LIST_CACHE_KB keeps them instead of reading each again (SQLite's default holds 2 MB)
        connection.execute(f"PRAGMA cache_size = -{WHOLE_LIST_CACHE_KB}")
    cursor = connection.execute(statement.sql, statement.params)
    return Columns(names, _batches(cursor, readers))


def _mapped(read: Callable[[Any], Any], column: Sequence[Any]) -> list[Any]:
    return list(map(read, column))


def _batches(cursor: sqlite3.Cursor,
             readers: list[tuple[int, int, ColumnReader]]) -> Iterator[list[Sequence[Any]]]:
    while batch := cursor.fetchmany(1000):
        raw: list[Sequence[Any]] = list(zip(*batch, strict=True))
        columns = list(raw)
        for position, source, reader in readers:
            columns[position] = reader(raw[source])
        yield columns


def iter_rows(connection: sqlite3.Connection, listing: Listing,
              keys: Sequence[str] | None = None, *, for_json: bool = False) -> Iterator[dict[str, Any]]:
    """The rows of `read_columns` as dicts (uuid first, then the chosen columns in the kind's order)."""
    read = read_columns(connection, listing, keys, for_json=for_json)
    for columns in read.batches:
        yield from map(dict, map(zip, repeat(read.names), zip(*columns, strict=True)))


def count(connection: sqlite3.Connection, listing: Listing) -> int:
    """How many entries the filter matches (db.queries.count)."""
    kind = KINDS[listing.kind]
    terms, params = _where(kind, listing, kind_index=True)
    sql = f"SELECT count(*) FROM {kind.from_clause(*terms, bare=True)} WHERE {' AND '.join(terms)}"
    return int(connection.execute(sql, params).fetchone()[0])


def read_page(connection: sqlite3.Connection, listing: Listing,
              keys: Sequence[str] | None = None) -> tuple[list[dict[str, Any]], int]:
    """The rows and the total the filter matches, read in one snapshot (the total is counted only when the rows
    stop at the limit: fewer rows than the limit are all there is)."""
    with snapshot(connection):
        rows = list(iter_rows(connection, listing, keys))
        if listing.limit is None or len(rows) < listing.limit:
            return rows, len(rows)
        return rows, count(connection, listing)
