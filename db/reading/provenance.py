"""What imported catalogs said about an entry and where they disagree, and an organization's scores, with plain SQL:
db.importers.disagreements.provenance_detail and organization_scores over rows read as the store loads them.

An atlas nobody imported into has no statements: then nothing of the importers loads. An entry with statements
compares them with db.importers.disagreements' own rules (license names, organization names and number tolerances,
which need the importers' license and name tables), imported at that moment; they load without the ORM.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from db.reading.loaded import loaded, rows_of, select_sql


def _live_rows(connection: sqlite3.Connection, table: str, column: str, uuid: str) -> list[dict[str, Any]]:
    """The table's live rows whose `column` is `uuid`, in the order the store's query reads them (no ORDER BY)."""
    sql = f"SELECT {select_sql(table)} FROM {table} WHERE {table}.{column} = ? AND {table}.deleted_at IS NULL"
    return rows_of(table, connection.execute(sql, (uuid,)))


def organization_scores(connection: sqlite3.Connection, organization_uuid: str | None) -> list[dict[str, Any]]:
    """Scores frameworks give an organization (FMTI per wave), newest wave first."""
    if not organization_uuid:
        return []
    rows = _live_rows(connection, "org_assessments", "organization_uuid", organization_uuid)
    return [{"framework": r["framework"], "dimension": r["dimension"], "value": r["value"], "notes": r["notes"]}
            for r in sorted(rows, key=lambda r: (r["framework"], r["dimension"]), reverse=True)]


def provenance_detail(connection: sqlite3.Connection, entry: dict[str, Any]) -> dict[str, Any]:
    """`provenance`: every source's statement; `disagreements`: fields whose values (the atlas's included) clash.
    `entry` is the entry as db.reading.loaded.load_entry reads it."""
    rows = _live_rows(connection, "provenance", "entry_uuid", entry["uuid"])
    if not rows:
        return {"provenance": [], "disagreements": []}
    from db.importers.common import SOURCES
    from db.importers.disagreements import ATLAS, _rule, _shown, label

    rows = sorted(rows, key=lambda r: (r["field"], list(SOURCES).index(r["source"]) if r["source"] in SOURCES
                                       else 99))
    provenance = [
        {"field": row["field"], "source": row["source"], "value": row["value"], "origin": row["origin"],
         "imported_at": row["imported_at"].isoformat(timespec="seconds") if row["imported_at"] else None}
        for row in rows
    ]
    by_field: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_field.setdefault(row["field"], []).append(row)
    related = _Related(connection, entry)
    disagreements: list[dict[str, Any]] = []
    for field, statements in by_field.items():
        rule = _rule(field)
        if rule is None and field != "developer":
            continue
        atlas = related.atlas_value(field)
        values: dict[str, Any] = {}
        if atlas is not None:
            values[ATLAS] = atlas[1]
        values.update({row["source"]: _shown(field, row["value"]) for row in statements})
        if len(values) < 2:
            continue
        if field == "developer":
            clash = related.developers_clash(atlas, statements)
        else:
            read, agree = rule  # type: ignore[misc]
            views = [read(ATLAS, atlas[0])] if atlas is not None else []
            views += [read(row["source"], row["value"]) for row in statements]
            known = [v for v in views if v is not None]
            clash = any(not agree(a, b) for i, a in enumerate(known) for b in known[i + 1:])
        if clash:
            disagreements.append({"field": field, "label": label(field), "values": values})
    return {"provenance": provenance, "disagreements": disagreements}


class _Related:
    """The atlas's own values of an entry's fields (db.importers.disagreements._atlas_value), read when asked."""

    def __init__(self, connection: sqlite3.Connection, entry: dict[str, Any]) -> None:
        self.connection = connection
        self.entry = entry
        self._components: list[dict[str, Any]] | None = None
        self._assessments: list[dict[str, Any]] | None = None

    def _model_rows(self, table: str) -> list[dict[str, Any]]:
        # every row of the model, deleted ones included, as its relationship loads them
        sql = f"SELECT {select_sql(table)} FROM {table} WHERE {table}.model_uuid IN (?)"
        return rows_of(table, self.connection.execute(sql, (self.entry["uuid"],)))

    @property
    def components(self) -> list[dict[str, Any]]:
        if self._components is None:
            self._components = self._model_rows("components")
        return self._components

    @property
    def assessments(self) -> list[dict[str, Any]]:
        if self._assessments is None:
            self._assessments = self._model_rows("assessments")
        return self._assessments

    def _entry_of_kind(self, uuid: str | None, table: str, columns: str) -> tuple[Any, ...] | None:
        """A related entry's columns (deleted or not, as the store's session.get), None when it is not of the kind."""
        if not uuid:
            return None
        return self.connection.execute(f"SELECT {columns} FROM entries JOIN {table} ON {table}.uuid = entries.uuid "
                                       f"WHERE entries.uuid = ?", (uuid,)).fetchone()

    def atlas_value(self, field: str) -> tuple[Any, str] | None:
        """(value to compare, text to show) of the atlas's own value of a field, or None when it has none."""
        from db.importers.disagreements import MOF_CLASS_LABELS
        from db.values import compared_and_shown
        from db.vocab import OpennessGrade

        entry = self.entry
        if entry["kind"] == "model":
            if field == "developer":
                org = self._entry_of_kind(entry["developer_uuid"], "organizations", "entries.name")
                return (org[0], org[0]) if org is not None else None
            if field == "license":
                lic = self._entry_of_kind(entry["license_uuid"], "licenses",
                                          "entries.name, licenses.spdx_id, licenses.family")
                if lic is None:
                    return None
                spdx_id = loaded("licenses", "spdx_id", lic[1])
                family = loaded("licenses", "family", lic[2])
                return {"text": spdx_id or lic[0], "family": family}, lic[0]
            if field == "weights":
                if not entry["openness_manual"] or not entry["openness_grade"]:
                    return None  # a suggested grade is not anyone's statement
                return entry["openness_grade"], OpennessGrade(entry["openness_grade"]).label
            if field == "mof_class":
                if not any(c["status"] != "unknown" for c in self.components if c["deleted_at"] is None):
                    return None
                return entry["mof_class"], MOF_CLASS_LABELS.get(entry["mof_class"], str(entry["mof_class"]))
            if field.startswith("component."):
                key = field.split(".", 1)[1]
                row = next((c for c in self.components if c["component"] == key and c["deleted_at"] is None), None)
                if row is None or row["status"] == "unknown":
                    return None
                text = row["license_text"]
                return [row["status"], text], row["status"] + (f" — {text}" if text else "")
            if field.startswith("assessment:"):
                _, framework, dimension = field.split(":", 2)
                assessment = next((a for a in self.assessments if a["deleted_at"] is None and
                                   (a["framework"], a["dimension"]) == (framework, dimension)), None)
                return (assessment["value"], assessment["value"]) if assessment is not None else None
        if field in ("name", "base_model") or field.startswith(("component.", "assessment:")):
            return None
        # the entry holds exactly its columns: another field reads as None, as getattr reads it
        return compared_and_shown(entry.get(field))

    def developers_clash(self, atlas: tuple[Any, str] | None, statements: list[dict[str, Any]]) -> bool:
        from db.importers.matching import same_org

        entry = self.entry
        names: list[list[str]] = []
        if atlas is not None and entry["kind"] == "model" and entry["developer_uuid"]:
            aliases = [name for (name,) in self.connection.execute(
                "SELECT aliases.name FROM aliases WHERE aliases.entry_uuid = ? AND aliases.deleted_at IS NULL",
                (entry["developer_uuid"],))]
            names.append([atlas[0], *aliases])
        names += [[str(row["value"])] for row in statements]
        for i, group in enumerate(names):
            for other in names[i + 1:]:
                if not any(same_org(a, other) for a in group) and not any(same_org(b, group) for b in other):
                    return True
        return False

