"""List queries the faces need: filter, sort, page and facet entries of one kind, all in SQL."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column as SqlColumn
from sqlalchemy import ColumnElement, Select, Table, and_, case, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import FromClause, operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlalchemy.sql.selectable import Join
from sqlalchemy.sql.util import find_tables

from db.list_filter import (  # plain data, kept apart so faces build filters without SQLAlchemy
    STALE_FACET,
    ListFilter,
    stale_cutoff,
    stale_days_of,
)
from db.schema import (
    Entry,
    EntryTag,
    Evaluation,
    License,
    Model,
    Note,
    Organization,
    PolicyNote,
    SavedSearch,
    SavedUseCase,
    Source,
    Tag,
)
from db.values import normalize_name
from db.vocab import OpennessGrade

E = Entry.__table__
T_MODEL = Model.__table__
T_ORG = Organization.__table__
T_LICENSE = License.__table__
T_POLICY = PolicyNote.__table__
T_NOTE = Note.__table__
T_EVAL = Evaluation.__table__
T_SOURCE = Source.__table__
T_TAG = Tag.__table__
T_SAVED = SavedSearch.__table__
T_USE_CASE = SavedUseCase.__table__
T_ENTRY_TAG = EntryTag.__table__

DEV = E.alias("dev")
DEV_ORG = T_ORG.alias("dev_org")
LIC = E.alias("lic")
LIC_ROW = T_LICENSE.alias("lic_row")
TARGET = E.alias("target")

GRADE_RANK = case({grade.value: grade.rank for grade in OpennessGrade}, value=T_MODEL.c.openness_grade, else_=-1)


@dataclass(frozen=True)
class Column:
    """A list column: its SQL expression, how it sorts, and whether it shows by default."""

    key: str
    label: str
    expr: ColumnElement[Any]
    sort_expr: ColumnElement[Any] | None = None
    default: bool = True
    display: str = "text"  # text | date | number | grade | mof | tags | color | bool | score

    @property
    def order(self) -> ColumnElement[Any]:
        return self.sort_expr if self.sort_expr is not None else self.expr


def _tags_expr() -> ColumnElement[Any]:
    tag_entry = E.alias("tag_entry")
    return (
        select(func.group_concat(tag_entry.c.name, ", "))
        .select_from(T_ENTRY_TAG.join(tag_entry, tag_entry.c.uuid == T_ENTRY_TAG.c.tag_uuid))
        .where(T_ENTRY_TAG.c.entry_uuid == E.c.uuid, T_ENTRY_TAG.c.deleted_at.is_(None),
               tag_entry.c.deleted_at.is_(None))
        .scalar_subquery()
    )


def _common_tail() -> list[Column]:
    return [
        Column("tags", "Tags", _tags_expr(), display="tags"),
        Column("modified", "Modified", E.c.modified_at, default=False, display="date"),
        Column("author", "Author", E.c.author, default=False),
        Column("verified", "Verified", E.c.verified_at, default=False, display="date"),
    ]


@dataclass(frozen=True)
class KindQuery:
    """How to list one kind: the joined FROM clause, its columns and its facets."""

    kind: str
    from_clause: FromClause
    columns: tuple[Column, ...]
    facets: Mapping[str, ColumnElement[Any]]
    facet_labels: dict[str, str]

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


def _model_query() -> KindQuery:
    joined = (
        E.join(T_MODEL, T_MODEL.c.uuid == E.c.uuid)
        .outerjoin(DEV, DEV.c.uuid == T_MODEL.c.developer_uuid)
        .outerjoin(DEV_ORG, DEV_ORG.c.uuid == T_MODEL.c.developer_uuid)
        .outerjoin(LIC, LIC.c.uuid == T_MODEL.c.license_uuid)
        .outerjoin(LIC_ROW, LIC_ROW.c.uuid == T_MODEL.c.license_uuid)
    )
    columns = (
        Column("name", "Name", E.c.name, E.c.name_key),
        Column("developer", "Developer", DEV.c.name, DEV.c.name_key),
        Column("jurisdiction", "Jurisdiction", DEV_ORG.c.jurisdiction),
        Column("release_date", "Released", T_MODEL.c.release_date, display="date"),
        Column("params_total", "Parameters", T_MODEL.c.params_total, display="number"),
        Column("openness_grade", "Openness", T_MODEL.c.openness_grade, GRADE_RANK, display="grade"),
        Column("license", "License", LIC.c.name, LIC.c.name_key),
        Column("mof_class", "MOF class", T_MODEL.c.mof_class,
               case((T_MODEL.c.mof_class == 0, 4), else_=T_MODEL.c.mof_class), display="mof"),
        Column("license_family", "License family", LIC_ROW.c.family, default=False),
        Column("training_compute_flop", "Compute (FLOP)", T_MODEL.c.training_compute_flop, default=False,
               display="number"),
        Column("family", "Family", T_MODEL.c.family, default=False),
        *_common_tail(),
    )
    facets = {
        "openness": T_MODEL.c.openness_grade,
        "license_family": LIC_ROW.c.family,
        "jurisdiction": DEV_ORG.c.jurisdiction,
        "org": DEV.c.name,
        "mof_class": T_MODEL.c.mof_class,
        "commercial_use": LIC_ROW.c.commercial_use,
    }
    labels = {"openness": "Openness grade", "license_family": "License family", "jurisdiction": "Jurisdiction",
              "org": "Developer", "mof_class": "MOF class", "commercial_use": "Commercial use allowed"}
    return KindQuery("model", joined, columns, facets, labels)


def _organization_query() -> KindQuery:
    joined = E.join(T_ORG, T_ORG.c.uuid == E.c.uuid)
    live_models = E.alias("live_m")
    model_count = (
        select(func.count())
        .select_from(T_MODEL.join(live_models, live_models.c.uuid == T_MODEL.c.uuid))
        .where(T_MODEL.c.developer_uuid == E.c.uuid, live_models.c.deleted_at.is_(None))
        .scalar_subquery()
    )
    columns = (
        Column("name", "Name", E.c.name, E.c.name_key),
        Column("country", "Country", T_ORG.c.country),
        Column("jurisdiction", "Jurisdiction", T_ORG.c.jurisdiction),
        Column("org_kind", "Kind", T_ORG.c.org_kind),
        Column("business_model", "Business model", T_ORG.c.business_model),
        Column("models", "Models", model_count, display="number"),
        *_common_tail(),
    )
    facets = {"jurisdiction": T_ORG.c.jurisdiction, "org_kind": T_ORG.c.org_kind,
              "business_model": T_ORG.c.business_model}
    labels = {"jurisdiction": "Jurisdiction", "org_kind": "Kind", "business_model": "Business model"}
    return KindQuery("organization", joined, columns, facets, labels)


def _license_query() -> KindQuery:
    joined = E.join(T_LICENSE, T_LICENSE.c.uuid == E.c.uuid)
    columns = (
        Column("name", "Name", E.c.name, E.c.name_key),
        Column("spdx_id", "SPDX", T_LICENSE.c.spdx_id),
        Column("family", "Family", T_LICENSE.c.family),
        Column("commercial_use", "Commercial use", T_LICENSE.c.commercial_use),
        Column("user_cap", "User cap", T_LICENSE.c.user_cap, display="number"),
        Column("acceptable_use_policy", "AUP", T_LICENSE.c.acceptable_use_policy),
        Column("output_training", "Output use", T_LICENSE.c.output_training, default=False),
        Column("osi_approved", "OSI", T_LICENSE.c.osi_approved, display="bool"),
        *_common_tail(),
    )
    facets = {"license_family": T_LICENSE.c.family, "commercial_use": T_LICENSE.c.commercial_use}
    labels = {"license_family": "Family", "commercial_use": "Commercial use"}
    return KindQuery("license", joined, columns, facets, labels)


def _policy_query() -> KindQuery:
    joined = E.join(T_POLICY, T_POLICY.c.uuid == E.c.uuid)
    columns = (
        Column("name", "Title", E.c.name, E.c.name_key),
        Column("jurisdiction", "Jurisdiction", T_POLICY.c.jurisdiction),
        Column("instrument", "Instrument", T_POLICY.c.instrument),
        Column("status", "Status", T_POLICY.c.status),
        Column("in_force_date", "In force", T_POLICY.c.in_force_date, display="date"),
        Column("threshold_flop", "Threshold", T_POLICY.c.threshold_flop, default=False, display="number"),
        *_common_tail(),
    )
    facets = {"jurisdiction": T_POLICY.c.jurisdiction, "status": T_POLICY.c.status}
    labels = {"jurisdiction": "Jurisdiction", "status": "Status"}
    return KindQuery("policy_note", joined, columns, facets, labels)


def _note_query() -> KindQuery:
    joined = E.join(T_NOTE, T_NOTE.c.uuid == E.c.uuid).outerjoin(TARGET, TARGET.c.uuid == T_NOTE.c.target_uuid)
    columns = (
        Column("name", "Title", E.c.name, E.c.name_key),
        Column("about", "About", TARGET.c.name, TARGET.c.name_key),
        Column("author", "Author", E.c.author),
        Column("modified", "Modified", E.c.modified_at, display="date"),
        Column("private", "Private", T_NOTE.c.private, default=False, display="bool"),
        Column("tags", "Tags", _tags_expr(), display="tags"),
    )
    return KindQuery("note", joined, columns, {}, {})


def _evaluation_query() -> KindQuery:
    joined = E.join(T_EVAL, T_EVAL.c.uuid == E.c.uuid).outerjoin(TARGET, TARGET.c.uuid == T_EVAL.c.target_uuid)
    average = _average_score_expr()
    columns = (
        Column("target", "Entry", TARGET.c.name, TARGET.c.name_key),
        Column("use_case", "Use case", T_EVAL.c.use_case),
        Column("evaluator", "Author", T_EVAL.c.evaluator),
        Column("eval_date", "Date", T_EVAL.c.eval_date, display="date"),
        Column("verdict", "Verdict", T_EVAL.c.verdict,
               case({"adopt": 0, "trial": 1, "assess": 2, "hold": 3}, value=T_EVAL.c.verdict, else_=4)),
        Column("score", "Average score", average, display="score"),
        Column("name", "Title", E.c.name, E.c.name_key, default=False),
        Column("tags", "Tags", _tags_expr(), display="tags"),
    )
    facets = {"verdict": T_EVAL.c.verdict, "evaluator": T_EVAL.c.evaluator, "use_case": T_EVAL.c.use_case}
    labels = {"verdict": "Verdict", "evaluator": "Author", "use_case": "Use case"}
    return KindQuery("evaluation", joined, columns, facets, labels)


def _average_score_expr() -> ColumnElement[Any]:
    each = func.json_each(T_EVAL.c.scores).table_valued("value")
    average = select(func.avg(each.c.value)).select_from(each).scalar_subquery()
    # json_each fails the whole statement on scores that are not JSON (a damaged file): those average unknown
    return case((func.json_valid(T_EVAL.c.scores) == 1, average), else_=None)


def _source_query() -> KindQuery:
    joined = E.join(T_SOURCE, T_SOURCE.c.uuid == E.c.uuid)
    columns = (
        Column("name", "Title", E.c.name, E.c.name_key),
        Column("url", "URL", T_SOURCE.c.url),
        Column("accessed", "Accessed", T_SOURCE.c.accessed, display="date"),
        Column("confidence", "Confidence", T_SOURCE.c.confidence),
    )
    return KindQuery("source", joined, columns, {"confidence": T_SOURCE.c.confidence}, {"confidence": "Confidence"})


def _tag_query() -> KindQuery:
    joined = E.join(T_TAG, T_TAG.c.uuid == E.c.uuid)
    tagged = E.alias("tagged")
    usage = (
        select(func.count())
        .select_from(T_ENTRY_TAG.join(tagged, tagged.c.uuid == T_ENTRY_TAG.c.entry_uuid))
        .where(T_ENTRY_TAG.c.tag_uuid == E.c.uuid, T_ENTRY_TAG.c.deleted_at.is_(None), tagged.c.deleted_at.is_(None))
        .scalar_subquery()
    )
    columns = (
        Column("name", "Name", E.c.name, E.c.name_key),
        Column("color", "Color", T_TAG.c.color, display="color"),
        Column("count", "Entries", usage, display="number"),
    )
    return KindQuery("tag", joined, columns, {}, {})


def _saved_query() -> KindQuery:
    joined = E.join(T_SAVED, T_SAVED.c.uuid == E.c.uuid)
    columns = (
        Column("name", "Name", E.c.name, E.c.name_key),
        Column("query", "Query", T_SAVED.c.query),
        Column("kind_filter", "Kind", T_SAVED.c.kind_filter),
    )
    return KindQuery("saved_search", joined, columns, {}, {})


def _use_case_query() -> KindQuery:
    joined = E.join(T_USE_CASE, T_USE_CASE.c.uuid == E.c.uuid)
    columns = (
        Column("name", "Name", E.c.name, E.c.name_key),
        Column("monthly_users", "Monthly users", func.json_extract(T_USE_CASE.c.spec, "$.monthly_users"),
               display="number"),
        Column("last_run_at", "Last run", T_USE_CASE.c.last_run_at, display="date"),
        Column("author", "Author", E.c.author, default=False),
        Column("modified", "Modified", E.c.modified_at, default=False, display="date"),
    )
    return KindQuery("use_case", joined, columns, {}, {})


KIND_QUERIES: dict[str, KindQuery] = {
    query.kind: query
    for query in (_model_query(), _organization_query(), _license_query(), _policy_query(), _note_query(),
                  _evaluation_query(), _source_query(), _tag_query(), _saved_query(), _use_case_query())
}


@dataclass(frozen=True)
class ListPage:
    rows: list[dict[str, Any]]
    total: int


def _facet_condition(kind_query: KindQuery, name: str, values: tuple[str, ...]) -> ColumnElement[bool]:
    if name == "org" and kind_query.kind == "model":
        keys = [normalize_name(v) for v in values]
        return or_(DEV.c.name_key.in_(keys), T_MODEL.c.developer_uuid.in_(values))
    column = kind_query.facets[name]
    wanted: list[Any] = [int(v) if name == "mof_class" and str(v).isdigit() else v for v in values]
    conditions = [column.in_([v for v in wanted if v not in ("", None)])]
    if any(v in ("", None) for v in wanted):
        conditions.append(column.is_(None))
    return or_(*conditions)


def _tag_condition(name: str) -> ColumnElement[bool]:
    """Entries carrying the tag: an uncorrelated IN, which SQLite computes once from the tag's links, where a
    correlated EXISTS would probe the links of every one of 100,000 entries."""
    tag_entry = E.alias()
    tagged = (
        select(T_ENTRY_TAG.c.entry_uuid)
        .select_from(T_ENTRY_TAG.join(tag_entry, tag_entry.c.uuid == T_ENTRY_TAG.c.tag_uuid))
        .where(
            T_ENTRY_TAG.c.deleted_at.is_(None),
            tag_entry.c.deleted_at.is_(None),
            tag_entry.c.name_key == normalize_name(name),
        )
    )
    return E.c.uuid.in_(tagged)


def _conditions(
    flt: ListFilter, skip_facet: str | None = None, *, kind_index: bool = True
) -> list[ColumnElement[bool]]:
    """The WHERE terms of a filter. `kind_index=False` writes the kind test so that SQLite cannot serve it from
    an index (`kind || '' = ?`), leaving it free to walk the sort column's index instead."""
    kind_query = KIND_QUERIES[flt.kind]
    kind_term = E.c.kind if kind_index else E.c.kind + ""
    conditions: list[ColumnElement[bool]] = [kind_term == flt.kind]
    if not flt.include_deleted:
        conditions.append(E.c.deleted_at.is_(None))
    for name, values in flt.facets.items():
        if name == skip_facet or not values:
            continue
        if name not in kind_query.facets and not (name == "org" and flt.kind == "model"):
            continue  # a facet of another kind: ignored rather than emptying the list
        conditions.append(_facet_condition(kind_query, name, values))
    conditions += [_tag_condition(tag) for tag in flt.tags_include]
    conditions += [~_tag_condition(tag) for tag in flt.tags_exclude]
    if flt.text.strip():
        # autoescape: a typed % or _ is literal text, not a LIKE wildcard
        conditions.append(func.lower(E.c.name).contains(flt.text.strip().lower(), autoescape=True))
    if flt.uuids is not None:
        conditions.append(E.c.uuid.in_(flt.uuids))
    days = stale_days_of(flt.stale_days, flt.facets) if skip_facet != STALE_FACET else flt.stale_days
    if days is not None:  # never verified counts as stale
        conditions.append(E.c.verified_at.is_(None) | (E.c.verified_at < stale_cutoff(days)))
    return conditions


def _sort_column(kind_query: KindQuery, sort: str) -> Column:
    try:
        return kind_query.column(sort)
    except KeyError:
        return kind_query.columns[0]


def _order_by(sort_column: Column, descending: bool) -> list[ColumnElement[Any]]:
    """Empty values last either way, ties by UUID, in a shape SQLite can serve from an index where one exists.

    SQLite sorts NULL first: a descending sort already puts it last, an ascending one says NULLS LAST (SQLite
    3.30+), which unlike an `IS NULL` sort key still lets an index deliver the order.
    """
    order = sort_column.order
    return [order.desc() if descending else order.asc().nulls_last(), E.c.uuid]


def _index_ordered(order: ColumnElement[Any]) -> bool:
    """Whether the sort key is an indexed column of a kind's own table (not of entries, not of a joined alias)."""
    if not isinstance(order, SqlColumn) or order.table is E or not isinstance(order.table, Table):
        return False
    return any(next(iter(index.columns), None) is order for index in order.table.indexes)


def _from_for(kind_query: KindQuery, expressions: Sequence[ColumnElement[Any]]) -> FromClause:
    """The part of the kind's FROM clause the expressions need: the entries table alone when they need nothing
    else, else the kind's joins without the LEFT JOINs nothing refers to.

    Each join costs a B-tree search per row — at 100,000 rows, more than the rest of a count — and SQLite drops
    an unused LEFT JOIN only sometimes, the inner join to the kind's own table never.
    """
    needed: set[Any] = set()
    for expression in expressions:
        needed |= set(find_tables(expression, include_aliases=True, check_columns=True))
    joined = {table for table in find_tables(kind_query.from_clause, include_aliases=True) if table is not E}
    if not joined & needed:
        return E
    return _pruned(kind_query.from_clause, needed)


def _pruned(node: Any, needed: set[Any]) -> Any:
    if not isinstance(node, Join):
        return node
    if node.isouter and node.right not in needed:
        return _pruned(node.left, needed)
    if node.onclause is not None:  # what this join reads
        needed |= set(find_tables(node.onclause, include_aliases=True, check_columns=True))
    return _pruned(node.left, needed).join(node.right, node.onclause, isouter=node.isouter, full=node.full)


def _ordered_uuids(flt: ListFilter, sort: str, descending: bool) -> tuple[Select[Any], list[ColumnElement[Any]]]:
    kind_query = KIND_QUERIES[flt.kind]
    sort_column = _sort_column(kind_query, sort)
    keys = _order_by(sort_column, descending)
    # sorting on an indexed column of the kind's table: walking that index (and stopping at the page's end) beats
    # collecting every entry of the kind through the kind index and sorting them all
    conditions = _conditions(flt, kind_index=not _index_ordered(sort_column.order))
    query = select(E.c.uuid).select_from(_from_for(kind_query, [*conditions, *keys])).where(and_(*conditions))
    return query.order_by(*keys), keys


def list_select(flt: ListFilter, sort: str = "name", descending: bool = False,
                columns: Sequence[str] | None = None, offset: int = 0, limit: int | None = None) -> Select[Any]:
    """Rows of one page in display order.

    The page's UUIDs are chosen first from the narrow sort key alone; display columns (some are correlated
    subqueries, like the tags) are computed for those rows only, not for every row the sort looks at.
    """
    kind_query = KIND_QUERIES[flt.kind]
    chosen = [c for c in kind_query.columns if columns is None or c.key in columns or c.key == sort]
    ordered, keys = _ordered_uuids(flt, sort, descending)
    if offset > 0 or limit is not None:
        ordered = ordered.offset(max(offset, 0)).limit(None if limit is None else max(limit, 0))
    page = ordered.subquery("page")
    return (
        select(E.c.uuid, *[c.expr.label(c.key) for c in chosen])
        .select_from(kind_query.from_clause.join(page, page.c.uuid == E.c.uuid))
        .order_by(*keys)
    )


def list_page(session: Session, flt: ListFilter, sort: str = "name", descending: bool = False,
              offset: int = 0, limit: int = 200, columns: Sequence[str] | None = None) -> ListPage:
    """One page of rows plus the total number of rows matching the filter."""
    query = list_select(flt, sort, descending, columns, offset=offset, limit=limit)
    rows = [dict(row._mapping) for row in session.execute(query)]
    return ListPage(rows, count(session, flt))


def count(session: Session, flt: ListFilter) -> int:
    kind_query = KIND_QUERIES[flt.kind]
    conditions = _conditions(flt)
    query = select(func.count()).select_from(_from_for(kind_query, conditions)).where(and_(*conditions))
    return int(session.execute(query).scalar_one())


def uuids_in_order(session: Session, flt: ListFilter, sort: str = "name", descending: bool = False) -> list[str]:
    """Every matching UUID in display order (cheap: one narrow column) for lazy lists."""
    return list(session.scalars(_ordered_uuids(flt, sort, descending)[0]))


def rows_for(session: Session, kind: str, uuids: Sequence[str],
             columns: Sequence[str] | None = None) -> dict[str, dict[str, Any]]:
    """Full rows for a set of UUIDs (a page the view is about to show)."""
    if not uuids:
        return {}
    kind_query = KIND_QUERIES[kind]
    chosen = [c for c in kind_query.columns if columns is None or c.key in columns]
    query = (
        select(E.c.uuid, *[c.expr.label(c.key) for c in chosen])
        .select_from(kind_query.from_clause)
        .where(E.c.uuid.in_(list(uuids)))
    )
    return {row.uuid: dict(row._mapping) for row in session.execute(query)}


def facet_counts(session: Session, flt: ListFilter) -> dict[str, list[tuple[str | None, int]]]:
    """For each facet of the kind: value → count, under every other active filter (so choices stay visible).

    Facets without a filter of their own all count under the same conditions, so they share one pass over the
    rows (GROUP BY every such facet at once, summed up here); each filtered facet needs a pass of its own.
    """
    kind_query = KIND_QUERIES[flt.kind]
    filtered = [name for name in kind_query.facets if flt.facets.get(name)]
    passes: list[tuple[str | None, list[str]]] = [(name, [name]) for name in filtered]
    unfiltered = [name for name in kind_query.facets if name not in filtered]
    if unfiltered:
        passes.append((None, unfiltered))
    found: dict[str, list[tuple[str | None, int]]] = {}
    join_keys = _join_keys(kind_query.from_clause)
    for skip, names in passes:
        # A facet on a joined table (the developer's jurisdiction, the license's family) is grouped by the join
        # key instead (developer_uuid, license_uuid): a few hundred keys are resolved to values afterwards,
        # rather than joining those tables for each of 100,000 rows.
        columns = [kind_query.facets[name] for name in names]
        keys = [join_keys.get(getattr(column, "table", None), column) for column in columns]
        grouped = list({id(key): key for key in keys}.values())
        conditions = _conditions(flt, skip_facet=skip)
        query = (
            select(*[column.label(f"facet_{i}") for i, column in enumerate(grouped)], func.count())
            .select_from(_from_for(kind_query, [*conditions, *grouped]))
            .where(and_(*conditions))
            .group_by(*grouped)
        )
        rows = session.execute(query).all()
        counters: list[Counter[Any]] = [Counter() for _ in names]
        for counter, column, key in zip(counters, columns, keys, strict=True):
            position = next(i for i, c in enumerate(grouped) if c is key)
            values = _joined_values(session, column, {row[position] for row in rows}) if key is not column else None
            for row in rows:
                value = row[position] if values is None else values.get(row[position])
                counter[value] += row[-1]
        for name, counter in zip(names, counters, strict=True):
            ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0] is not None, item[0]))
            found[name] = [(None if value is None else str(value), int(n)) for value, n in ranked]
    result = {name: found[name] for name in kind_query.facets}
    result["tags"] = tag_counts(session, flt)
    return result


def _join_keys(from_clause: FromClause) -> dict[Any, ColumnElement[Any]]:
    """For each outer-joined table or alias of a FROM clause: the column its `uuid` is matched against."""
    keys: dict[Any, ColumnElement[Any]] = {}
    node: Any = from_clause
    while isinstance(node, Join):
        on = node.onclause
        if node.isouter and isinstance(on, BinaryExpression) and on.operator is operators.eq:
            for mine, other in ((on.left, on.right), (on.right, on.left)):
                if getattr(mine, "table", None) is node.right and getattr(mine, "name", None) == "uuid" and \
                        getattr(other, "table", None) is not node.right:
                    keys[node.right] = other
        node = node.left
    return keys


def _joined_values(session: Session, column: ColumnElement[Any], keys: set[Any]) -> dict[Any, Any]:
    """uuid → the column's value, for the rows of the column's (aliased) table with those uuids."""
    table = getattr(column.table, "element", column.table)  # an alias reads its underlying table
    wanted = sorted(key for key in keys if key is not None)
    values: dict[Any, Any] = {}
    for start in range(0, len(wanted), 500):  # SQLite limits the number of bound parameters
        chunk = wanted[start:start + 500]
        query = select(table.c.uuid, table.c[column.name]).where(table.c.uuid.in_(chunk))
        values.update(dict(session.execute(query).all()))
    return values


def tag_counts(session: Session, flt: ListFilter) -> list[tuple[str | None, int]]:
    """Tag name → how many matching entries carry it, most used first.

    Links are counted per tag UUID and the few tags named afterwards: naming each of 250,000 links in SQL
    costs a lookup per link.
    """
    kind_query = KIND_QUERIES[flt.kind]
    conditions = _conditions(flt)
    matching = select(E.c.uuid).select_from(_from_for(kind_query, conditions)).where(and_(*conditions))
    per_tag: dict[str, int] = dict(session.execute(
        select(T_ENTRY_TAG.c.tag_uuid, func.count())
        .where(T_ENTRY_TAG.c.deleted_at.is_(None), T_ENTRY_TAG.c.entry_uuid.in_(matching))
        .group_by(T_ENTRY_TAG.c.tag_uuid)
    ).all())
    counts: Counter[str] = Counter()
    wanted = sorted(per_tag)
    for start in range(0, len(wanted), 500):  # SQLite limits the number of bound parameters
        names = select(E.c.uuid, E.c.name).where(E.c.uuid.in_(wanted[start:start + 500]), E.c.deleted_at.is_(None))
        for uuid, name in session.execute(names):
            counts[str(name)] += per_tag[uuid]
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def tag_colors(session: Session) -> dict[str, str]:
    query = select(E.c.name, T_TAG.c.color).select_from(E.join(T_TAG, T_TAG.c.uuid == E.c.uuid)).where(
        E.c.deleted_at.is_(None)
    )
    return {name: color for name, color in session.execute(query)}

