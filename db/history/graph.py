"""What an entry's history records: the tables of its graph, the columns that are facts, rows as named fields."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import JSON, Boolean

from db.schema import Base, Entry

ENTRIES = "entries"
BOOKKEEPING = frozenset({"uuid", "kind", "name_key", "created_at", "modified_at", "author", "version", "change_seq"})
"""Columns that say when and by whom, or are derived from another column: never a change of their own."""
NOT_FACTS = frozenset({("use_cases", "last_results"), ("use_cases", "last_run_at")})
"""Run bookkeeping of saved use cases: re-running a check is not a change of the use case."""
FLATTENED = frozenset({("licenses", "clause_details")})
"""JSON objects recorded key by key (`clause_details.user_cap_note`), so a clause edit names its clause."""
EXISTS = "exists"
"""The field a creation records: [false, true]. Values at creation are the current ones minus later changes."""


@dataclass(frozen=True)
class TableSpec:
    """One table of an entry's graph: the columns read (uuid first) and those whose update is a change."""

    name: str
    columns: tuple[str, ...]
    watched: tuple[str, ...]
    json_columns: frozenset[str]
    bool_columns: frozenset[str]
    kind: str | None = None  # the entry kind a per-kind table holds

    def select_sql(self, alias: str = "") -> str:
        """A json_object() of the row's columns: the same encoding the capture triggers store."""
        prefix = f"{alias}." if alias else ""
        return "json_object(" + ", ".join(f"'{c}', {_encode(prefix + _quote(c), c in self.json_columns)}"
                                          for c in self.columns) + ")"

    def decode(self, text: str | None) -> dict[str, Any] | None:
        if text is None:
            return None
        row = json.loads(text)
        for column in self.bool_columns:
            if row.get(column) is not None:
                row[column] = bool(row[column])
        return row


@dataclass(frozen=True)
class RowTable:
    """A table of rows that belong to an entry (components, tag links, links, ...) and the fields they make."""

    spec: TableSpec
    owners: tuple[str, ...]  # columns that may name the owning entry
    owner_of: Callable[[Mapping[str, Any]], str | None]
    fields_of: Callable[[list[Mapping[str, Any]]], dict[str, Any]]
    set_fields: tuple[str, ...] = ()  # fields whose absence means [] (a set), not None


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _encode(column: str, is_json: bool) -> str:
    # JSON embeds as JSON (what the column holds), other text as text; an invalid JSON text stays text. A BLOB
    # (only a damaged file holds one) is recorded as hex, since json_object() refuses BLOBs and the write would fail.
    if is_json:
        return f"CASE WHEN json_valid({column}) THEN json({column}) ELSE {column} END"
    return f"CASE WHEN typeof({column}) = 'blob' THEN hex({column}) ELSE {column} END"


def _spec(table_name: str, kind: str | None = None, *, keep: Iterable[str] = ()) -> TableSpec:
    table = Base.metadata.tables[table_name]
    names = sorted(table.c.keys())
    facts = [c for c in names if c not in BOOKKEEPING and (table_name, c) not in NOT_FACTS]
    wanted = list(dict.fromkeys(["uuid", *keep, *facts]))
    return TableSpec(
        name=table_name,
        columns=tuple(c for c in wanted if c in names),
        watched=tuple(facts),
        json_columns=frozenset(c for c in names if isinstance(table.c[c].type, JSON)),
        bool_columns=frozenset(c for c in names if isinstance(table.c[c].type, Boolean)),
        kind=kind,
    )


@functools.cache
def entry_specs() -> dict[str, TableSpec]:
    """`entries` and one table per kind (keyed by table name)."""
    specs = {ENTRIES: _spec(ENTRIES, keep=("kind",))}
    entries_table = Base.metadata.tables[ENTRIES]
    for identity, mapper in Entry.__mapper__.polymorphic_map.items():
        table = mapper.local_table
        if table is not entries_table:
            specs[table.name] = _spec(table.name, str(identity))  # type: ignore[attr-defined]
    return specs


def kind_table(kind: str) -> str:
    for spec in entry_specs().values():
        if spec.kind == kind:
            return spec.name
    raise KeyError(kind)


def entry_fields(entry_row: Mapping[str, Any] | None, kind_row: Mapping[str, Any] | None,
                 kind_spec: TableSpec | None) -> dict[str, Any]:
    """An entry's own facts by field name (clause details key by key)."""
    fields: dict[str, Any] = {}
    for row, spec in ((entry_row, entry_specs()[ENTRIES]), (kind_row, kind_spec)):
        if row is None or spec is None:
            continue
        for column in spec.watched:
            value = row.get(column)
            if (spec.name, column) in FLATTENED:
                for key, item in (value if isinstance(value, dict) else {}).items():
                    fields[f"{column}.{key}"] = item
            else:
                fields[column] = value
    return fields


def _live(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    return [row for row in rows if row.get("deleted_at") is None]


def _components(rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    return {f"component.{r['component']}": {"status": r["status"], "license_text": r["license_text"],
                                            "evidence": r["evidence"]} for r in _live(rows)}


def _assessments(rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    return {f"assessment.{r['framework']}.{r['dimension']}": {"value": r["value"], "link": r["link"],
                                                              "notes": r["notes"]} for r in _live(rows)}


def _tags(rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    return {"tags": sorted({str(r["tag_uuid"]) for r in _live(rows)})}


def _links(rows: list[Mapping[str, Any]]) -> dict[str, Any]:
    fields: dict[str, set[str]] = {}
    for row in _live(rows):
        if row["relation"] == "source":
            fields.setdefault("sources", set()).add(str(row["from_uuid"]))
        else:
            fields.setdefault(f"links.{row['relation']}", set()).add(str(row["to_uuid"]))
    return {name: sorted(members) for name, members in fields.items()}


@functools.cache
def row_tables() -> dict[str, RowTable]:
    """The row tables of an entry's graph, keyed by table name."""
    return {
        "components": RowTable(_spec("components", keep=("model_uuid", "component", "deleted_at")),
                               ("model_uuid",), lambda r: r.get("model_uuid"), _components),
        "assessments": RowTable(_spec("assessments", keep=("model_uuid", "deleted_at")),
                                ("model_uuid",), lambda r: r.get("model_uuid"), _assessments),
        "org_assessments": RowTable(_spec("org_assessments", keep=("organization_uuid", "deleted_at")),
                                    ("organization_uuid",), lambda r: r.get("organization_uuid"), _assessments),
        "entry_tags": RowTable(_spec("entry_tags", keep=("entry_uuid", "tag_uuid", "deleted_at")),
                               ("entry_uuid",), lambda r: r.get("entry_uuid"), _tags, ("tags",)),
        "links": RowTable(_spec("links", keep=("from_uuid", "to_uuid", "relation", "deleted_at")),
                          ("from_uuid", "to_uuid"),
                          lambda r: r.get("to_uuid") if r.get("relation") == "source" else r.get("from_uuid"),
                          _links, ("sources",)),
    }


def is_set_field(field: str) -> bool:
    return field in ("tags", "sources", "evaluations") or field.startswith("links.")


def absent_value(field: str) -> Any:
    return [] if is_set_field(field) else None


def diff_fields(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, list[Any]]:
    """{field: [old, new]} for every field whose value differs (a missing field is None, or [] for a set)."""
    changes: dict[str, list[Any]] = {}
    for field in sorted(set(old) | set(new)):
        before, after = old.get(field, absent_value(field)), new.get(field, absent_value(field))
        if before != after:
            changes[field] = [before, after]
    return changes
