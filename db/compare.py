"""Compare 2–6 entries side by side: grouped rows with a `differs` flag, and Markdown, CSV and HTML exports."""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from db.detail import entry_detail
from db.errors import AtlasError
from db.fields import FieldType
from db.inert import safe_csv_writer
from db.schema import Organization
from db.store import Store
from db.vocab import DEFAULT_RUBRIC

MIN_ENTRIES = 2
MAX_ENTRIES = 6
MARKDOWN_CHARS = 300  # long Markdown bodies are cut in a comparison cell; the detail pane has the rest

# The openness palette of desktop.theme.GRADE_COLORS (db/ never imports Qt; a test keeps the two equal).
GRADE_HEX: dict[str, str] = {
    "unreleased": "#6c757d",
    "closed-api": "#b03a2e",
    "hosted-only": "#c0582b",
    "open-weights-non-commercial": "#d4852a",
    "open-weights-restricted": "#c9a227",
    "open-weights-unrestricted": "#7fa83a",
    "open-source": "#2e9a52",
    "fully-open": "#157a6e",
}
VERDICT_ORDER = ("adopt", "trial", "assess", "hold")
FIELD_GROUPS = {"Identity": "identity", "Technical": "technical", "Openness": "openness", "Dates": "dates",
                "Substance": "substance"}
GROUP_TITLES: dict[str, str] = {
    "identity": "Identity",
    "technical": "Technical",
    "dates": "Dates",
    "substance": "Substance",
    "openness": "Openness grade",
    "mof": "MOF components and class",
    "frameworks": "Other frameworks' grades",
    "clauses": "License clauses",
    "policy": "Policy rules and notes",
    "evaluations": "Evaluations and scores",
    "tags": "Tags",
    "sources": "Sources",
}
GROUP_ORDER = tuple(GROUP_TITLES)


class CompareError(AtlasError):
    """A comparison that cannot be made as asked (too few or too many entries)."""


@dataclass(frozen=True)
class CompareEntry:
    uuid: str
    kind: str
    kind_label: str
    name: str


@dataclass(frozen=True)
class Row:
    """One field across the entries; `colors` gives a badge color per cell where one applies (grades).

    `items` holds each cell's members when the field is a set shown as a list (access channels, tags):
    such cells differ only when their members do, not when the same members come in another order.
    """

    group: str
    key: str
    label: str
    values: tuple[str, ...]
    colors: tuple[str | None, ...] = ()
    items: tuple[frozenset[str], ...] = ()

    @property
    def differs(self) -> bool:
        if self.items:
            return len(set(self.items)) > 1
        return len({_same(v) for v in self.values}) > 1


@dataclass(frozen=True)
class Group:
    key: str
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Comparison:
    """Columns are entries (in the order asked), rows are fields in groups; kinds may be mixed."""

    entries: tuple[CompareEntry, ...]
    groups: tuple[Group, ...]
    tag_colors: dict[str, str]

    @property
    def mixed_kinds(self) -> bool:
        return len({e.kind for e in self.entries}) > 1

    def rows(self) -> Iterator[Row]:
        for group in self.groups:
            yield from group.rows

    def only_differences(self) -> Comparison:
        groups = []
        for group in self.groups:
            rows = tuple(row for row in group.rows if row.differs)
            if rows:
                groups.append(replace(group, rows=rows))
        return replace(self, groups=tuple(groups))

    def reordered(self, uuids: Sequence[str]) -> Comparison:
        """The same comparison with its columns in another order (or fewer of them)."""
        position = {e.uuid: i for i, e in enumerate(self.entries)}
        order = [position[u] for u in uuids if u in position]

        def pick(values: tuple[Any, ...]) -> tuple[Any, ...]:
            return tuple(values[i] for i in order) if values else values

        groups = tuple(replace(g, rows=tuple(replace(r, values=pick(r.values), colors=pick(r.colors),
                                                     items=pick(r.items))
                                             for r in g.rows)) for g in self.groups)
        return replace(self, entries=tuple(self.entries[i] for i in order), groups=groups)

    def to_json(self) -> dict[str, Any]:
        return {
            "entries": [{"uuid": e.uuid, "kind": e.kind, "name": e.name} for e in self.entries],
            "groups": [
                {"key": g.key, "title": g.title,
                 "rows": [{"key": r.key, "label": r.label, "values": list(r.values), "differs": r.differs}
                          for r in g.rows]}
                for g in self.groups
            ],
        }


def _same(value: str) -> str:
    return " ".join(value.split()).casefold()


def _members(values: Iterable[Any]) -> frozenset[str]:
    """The members of a list-valued cell, compared as `_same` compares text."""
    return frozenset(_same(str(v)) for v in values if str(v).strip())


def _clip(text: str, limit: int = MARKDOWN_CHARS) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _unique(uuids: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for uuid in uuids:
        if uuid not in seen:
            seen.append(uuid)
    return seen


def build_comparison(store: Store, uuids: Sequence[str]) -> Comparison:
    """A comparison of 2–6 live entries by UUID; entries of different kinds compare on the fields they share."""
    chosen = _unique(uuids)
    if not MIN_ENTRIES <= len(chosen) <= MAX_ENTRIES:
        raise CompareError(f"compare {MIN_ENTRIES} to {MAX_ENTRIES} different entries ({len(chosen)} given)")
    details = [entry_detail(store, uuid) for uuid in chosen]
    jurisdictions = _developer_jurisdictions(store, details)
    entries = tuple(CompareEntry(d["uuid"], d["kind"], d["kind_label"], d["name"]) for d in details)
    kinds = {d["kind"] for d in details}
    rows: list[Row] = []
    rows += _field_rows(details, jurisdictions)
    if kinds == {"model"}:
        rows += _lineage_rows(details)
        rows += _openness_rows(details)
        rows += _mof_rows(details)
        rows += _framework_rows(details)
    if kinds <= {"model", "license"}:
        rows += _clause_rows(details)
    rows += _policy_rows(details)
    rows += _evaluation_rows(details)
    tag_colors: dict[str, str] = {}
    for detail in details:
        tag_colors |= {t["name"]: t["color"] for t in detail["tags"]}
    rows.append(Row("tags", "tags", "Tags", tuple(", ".join(t["name"] for t in d["tags"]) for d in details),
                    items=tuple(_members(t["name"] for t in d["tags"]) for d in details)))
    rows += _source_rows(details)
    # Names head the columns already, and a field no entry has filled in tells nothing.
    rows = [row for row in rows if row.key != "name" and any(value.strip() for value in row.values)]
    groups = []
    for key in GROUP_ORDER:
        members = tuple(row for row in rows if row.group == key)
        if members:
            groups.append(Group(key, GROUP_TITLES[key], members))
    return Comparison(entries, tuple(groups), tag_colors)


def _developer_jurisdictions(store: Store, details: list[dict[str, Any]]) -> dict[str, str]:
    """A model's jurisdiction is its developer's: shown beside it, and shared with organizations compared."""
    wanted = {d["developer"]["uuid"] for d in details if d["kind"] == "model" and d.get("developer")}
    if not wanted:
        return {}
    with store.read() as session:
        found = {uuid: session.get(Organization, uuid) for uuid in wanted}
        return {uuid: org.jurisdiction or "" for uuid, org in found.items() if org is not None}


Cell = tuple[str, str, str, frozenset[str] | None]
"""A plain field's label, group, shown text and, for a list-valued field, its members."""
LIST_TYPES = (FieldType.ENUM_LIST.value, FieldType.STR_LIST.value)


def _field_cells(detail: dict[str, Any], jurisdictions: dict[str, str]) -> dict[tuple[str, str], Cell]:
    """(key, type) → cell for the plain fields of one entry, in form order."""
    cells: dict[tuple[str, str], Cell] = {}
    for field in detail["fields"]:
        if field["group"] == "License clauses" or field["key"] == "openness_grade":
            continue
        group = FIELD_GROUPS.get(field["group"], "identity")
        if field["type"] == FieldType.MARKDOWN.value:
            shown = _clip(field["value"] or "")
            group = "identity" if field["key"] == "summary" else group
        else:
            shown = str(field["display"] or "")
        members = _members(field["value"] or ()) if field["type"] in LIST_TYPES else None
        cells[(field["key"], field["type"])] = (field["label"], group, shown, members)
        if field["key"] == "developer" and detail["kind"] == "model":
            developer = (field["value"] or {}).get("uuid")
            cells[("jurisdiction", "text")] = ("Jurisdiction", "identity", jurisdictions.get(developer or "", ""),
                                               None)
    return cells


def _field_rows(details: list[dict[str, Any]], jurisdictions: dict[str, str]) -> list[Row]:
    per_entry = [_field_cells(d, jurisdictions) for d in details]
    shared = [key for key in per_entry[0] if all(key in cells for cells in per_entry[1:])]
    mixed = len({d["kind"] for d in details}) > 1
    rows = []
    for key in shared:
        label, group, *_rest = per_entry[0][key]
        if mixed:  # kinds file their shared fields under different tabs; one group reads better
            group, label = "identity", "Name" if key[0] == "name" else label
        members = tuple(cells[key][3] for cells in per_entry)
        items = tuple(m for m in members if m is not None) if key[1] in LIST_TYPES else ()
        rows.append(Row(group, key[0], label, tuple(cells[key][2] for cells in per_entry), items=items))
    if mixed:
        rows.insert(1, Row("identity", "kind", "Kind", tuple(d["kind_label"] for d in details)))
    return rows


def _lineage_rows(details: list[dict[str, Any]]) -> list[Row]:
    """The whole chain of bases (the "Base model" field row names only the nearest)."""
    return [Row("technical", "lineage", "Derived from (nearest base first)", tuple(
        " ← ".join(f"{base['name']} ({base['relation']})" for base in detail.get("lineage") or [])
        for detail in details))]


def _openness_rows(details: list[dict[str, Any]]) -> list[Row]:
    grades = [d["openness"] for d in details]
    return [
        Row("openness", "openness_grade", "Openness grade", tuple(g["label"] for g in grades),
            tuple(GRADE_HEX.get(g["grade"] or "") for g in grades)),
        Row("openness", "graded", "How graded",
            tuple("set by hand" if g["set_by_hand"] else "suggested from the facts" for g in grades)),
        Row("openness", "suggested_grade", "Suggested grade", tuple(g["suggested_label"] for g in grades),
            tuple(GRADE_HEX.get(g["suggested"] or "") for g in grades)),
        Row("openness", "grade_reasons", "Why", tuple("; ".join(g["reasons"]) for g in grades)),
    ]


def _mof_rows(details: list[dict[str, Any]]) -> list[Row]:
    rows = [Row("mof", "mof_class", "MOF class", tuple(d["mof"]["label"] for d in details))]
    for level, name in (("3", "Class III progress"), ("2", "Class II progress"), ("1", "Class I progress")):
        rows.append(Row("mof", f"mof_progress_{level}", name,
                        tuple(f"{float(d['mof']['progress'].get(level, 0)):.0f}%" for d in details)))
    for index, component in enumerate(details[0]["components"]):
        values = []
        for detail in details:
            state = detail["components"][index]
            license_text = f" · {state['license']}" if state.get("license") else ""
            values.append(f"{state['status']}{license_text}")
        rows.append(Row("mof", f"component:{component['component']}", component["label"], tuple(values)))
    return rows


def _framework_rows(details: list[dict[str, Any]]) -> list[Row]:
    labels = {"epoch": "Epoch AI", "osai": "Open Source AI Index", "mof": "Model Openness Tool",
              "fmti": "Foundation Model Transparency Index"}
    keys: list[tuple[str, str]] = []
    for detail in details:
        for framework, grades in detail["assessments"].items():
            keys += [(framework, dim) for dim in grades if (framework, dim) not in keys]
    return [
        Row("frameworks", f"{framework}:{dim}", f"{labels.get(framework, framework)}: {dim.replace('_', ' ')}",
            tuple(str(d["assessments"].get(framework, {}).get(dim, "")) for d in details))
        for framework, dim in keys
    ]


def _clause_rows(details: list[dict[str, Any]]) -> list[Row]:
    if not any(d.get("clauses") for d in details):
        return []
    rows = []
    if any(d["kind"] == "model" for d in details):
        rows.append(Row("clauses", "license", "License", tuple(
            (d.get("license") or {}).get("name", "") if d["kind"] == "model" else d["name"] for d in details)))
    template = next(d["clauses"] for d in details if d.get("clauses"))
    for index, clause in enumerate(template):
        values = []
        for detail in details:
            items = detail.get("clauses") or []
            if not items:
                values.append("")
                continue
            item = items[index]
            extra = f" — {item['detail']}" if item.get("detail") else ""
            values.append(f"{item['value']}{extra}")
        rows.append(Row("clauses", f"clause:{clause['clause']}", clause["label"], tuple(values)))
    return rows


def _policy_rows(details: list[dict[str, Any]]) -> list[Row]:
    """Rules as the rules engine decides them for each model — the detail's `rules`, the very evaluation that the
    detail pane, `modelatlas rules` and the rule exports show — and notes that only concern an entry (no rule to
    evaluate, or not a model) as "concerns it": being linked to a note never means that the note applies."""
    rules: dict[str, dict[str, Any]] = {}
    linked: dict[str, dict[str, Any]] = {}
    for detail in details:
        for rule in detail.get("rules") or []:
            rules.setdefault(rule["uuid"], rule)
        for note in detail["policy_notes"]:
            linked.setdefault(note["uuid"], note)
    status = [{rule["uuid"]: rule for rule in detail.get("rules") or []} for detail in details]
    concerned = [{note["uuid"] for note in detail["policy_notes"]} for detail in details]
    rows = []
    if any(detail["kind"] == "model" for detail in details):
        rows.append(Row("policy", "rules_applying", "Rules that apply", tuple(
            str(sum(rule["status"] == "applies" for rule in detail.get("rules") or []))
            if detail["kind"] == "model" else "" for detail in details)))
    shown = [
        rule for uuid, rule in rules.items()
        if uuid in linked or any(uuid in found and found[uuid]["status"] != "does_not_apply" for found in status)
    ]
    for rule in sorted(shown, key=lambda r: (r.get("jurisdiction") or "", r["note"])):
        uuid = rule["uuid"]
        rows.append(Row("policy", f"rule:{uuid}", _note_label(rule["note"], rule.get("jurisdiction"),
                                                              rule.get("note_status")), tuple(
            found[uuid]["status_label"] if uuid in found else ("concerns it" if uuid in notes else "")
            for found, notes in zip(status, concerned, strict=True))))
    for uuid, note in sorted(linked.items(), key=lambda item: (item[1].get("jurisdiction") or "", item[1]["name"])):
        if uuid in rules:
            continue
        rows.append(Row("policy", f"policy:{uuid}", _note_label(note["name"], note.get("jurisdiction"),
                                                                note.get("status")), tuple(
            "concerns it" if uuid in notes else "" for notes in concerned)))
    return rows


def _note_label(name: str, jurisdiction: str | None, status: str | None) -> str:
    where = ", ".join(x for x in (jurisdiction, status) if x)
    return f"{name} ({where})" if where else name


def _evaluation_rows(details: list[dict[str, Any]]) -> list[Row]:
    rows = [Row("evaluations", "evaluation_count", "Evaluations", tuple(str(len(d["evaluations"])) for d in details))]
    if not any(d["evaluations"] for d in details):
        return rows
    rows.append(Row("evaluations", "evaluators", "Authors", tuple(
        ", ".join(sorted({e["evaluator"] for e in d["evaluations"]}, key=str.casefold)) for d in details)))
    rows.append(Row("evaluations", "verdicts", "Verdicts", tuple(_verdicts(d["evaluations"]) for d in details)))
    rows.append(Row("evaluations", "use_cases", "Use cases", tuple(
        "; ".join(sorted({e["use_case"] for e in d["evaluations"] if e["use_case"]})) for d in details)))
    rows.append(Row("evaluations", "average", "Average score", tuple(
        _average([s for e in d["evaluations"] for s in e["scores"].values()]) for d in details)))
    criteria: list[str] = []
    for detail in details:
        for evaluation in detail["evaluations"]:
            criteria += [c for c in evaluation["scores"] if c not in criteria]
    rubric = {c: i for i, c in enumerate(DEFAULT_RUBRIC)}
    criteria.sort(key=lambda c: (rubric.get(c, len(rubric)), c))
    for criterion in criteria:
        rows.append(Row("evaluations", f"score:{criterion}", f"Score: {criterion}", tuple(
            _average([e["scores"][criterion] for e in d["evaluations"] if criterion in e["scores"]])
            for d in details)))
    return rows


def _average(scores: list[Any]) -> str:
    numbers = [float(s) for s in scores if isinstance(s, int | float)]
    return f"{sum(numbers) / len(numbers):.1f}" if numbers else ""


def _verdicts(evaluations: list[dict[str, Any]]) -> str:
    counts: dict[str, int] = {}
    for evaluation in evaluations:
        counts[evaluation["verdict"]] = counts.get(evaluation["verdict"], 0) + 1
    order = {v: i for i, v in enumerate(VERDICT_ORDER)}
    return ", ".join(f"{v} ×{n}" if n > 1 else str(v)
                     for v, n in sorted(counts.items(), key=lambda i: order.get(i[0], 9)))


def _source_rows(details: list[dict[str, Any]]) -> list[Row]:
    return [
        Row("sources", "source_count", "Sources", tuple(str(len(d["sources"])) for d in details)),
        Row("sources", "source_titles", "Cited", tuple("; ".join(s["title"] for s in d["sources"]) for d in details),
            items=tuple(_members(s["title"] for s in d["sources"]) for d in details)),
    ]


# ---- exports --------------------------------------------------------------------------------------


def _shown(comparison: Comparison, only_differences: bool) -> Comparison:
    return comparison.only_differences() if only_differences else comparison


def to_markdown(comparison: Comparison, *, only_differences: bool = False) -> str:
    """GitHub-flavoured Markdown: one table per group; rows that differ are marked ≠ and bold."""
    shown = _shown(comparison, only_differences)
    names = [_md_cell(e.name) for e in shown.entries]
    lines = [f"# Comparison: {' · '.join(_md_text(e.name) for e in shown.entries)}", ""]
    lines.append(f"{len(shown.entries)} entries" + (" · only the rows that differ" if only_differences else "")
                 + " · rows marked ≠ differ · made with Model Atlas")
    for group in shown.groups:
        lines += ["", f"## {_md_text(group.title)}", "", "| Field | " + " | ".join(names) + " |",
                  "| --- |" + " --- |" * len(names)]
        for row in group.rows:
            label = f"**≠ {_md_cell(row.label)}**" if row.differs else _md_cell(row.label)
            lines.append(f"| {label} | " + " | ".join(_md_cell(v) for v in row.values) + " |")
    if not shown.groups:
        lines += ["", "_No differences._"]
    return "\n".join(lines) + "\n"


def _md_text(text: str) -> str:
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("#", "\\#")


def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")


def to_csv(comparison: Comparison, *, only_differences: bool = False) -> str:
    """One line per field: group, field, differs (yes/no), then one column per entry."""
    shown = _shown(comparison, only_differences)
    out = io.StringIO()
    writer = safe_csv_writer(out, lineterminator="\n")  # a cell never starts a spreadsheet formula
    writer.writerow(["group", "field", "differs", *[e.name for e in shown.entries]])
    for group in shown.groups:
        for row in group.rows:
            writer.writerow([group.title, row.label, "yes" if row.differs else "no", *row.values])
    return out.getvalue()


HTML_CSS = """
  :root { color-scheme: light dark; --rule: #dadce0; --muted: #5f6368; --diff: #fff4d6; --group: #f1f3f4; }
  @media (prefers-color-scheme: dark) {
    :root { --rule: #3a3e44; --muted: #9aa0a6; --diff: #4a3f1c; --group: #2a2d32; }
    body { background: #1f2125; color: #e6e6e6; }
  }
  body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; font-size: 14px; }
  h1 { font-size: 20px; margin: 0 0 4px 0; }
  p.meta { color: var(--muted); margin: 0 0 16px 0; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; }
  th, td { border-bottom: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top;
           overflow-wrap: anywhere; }
  thead th { position: sticky; top: 0; background: var(--group); }
  th.field { width: 220px; font-weight: normal; color: var(--muted); }
  tr.group th { background: var(--group); font-size: 15px; padding-top: 10px; }
  tr.differs td, tr.differs th.field { background: var(--diff); }
  tr.differs th.field::before { content: "≠ "; font-weight: bold; }
  .badge { border-radius: 9px; padding: 0 7px; white-space: nowrap; display: inline-block; margin: 1px 0; }
  .kind { color: var(--muted); font-weight: normal; font-size: 12px; }
"""


def to_html(comparison: Comparison, *, only_differences: bool = False, title: str | None = None) -> str:
    """A self-contained page (inline CSS, no scripts, nothing fetched); every value is escaped."""
    shown = _shown(comparison, only_differences)
    heading = title or "Comparison: " + " · ".join(e.name for e in shown.entries)
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(heading)}</title>", f"<style>{HTML_CSS}</style>", "</head>", "<body>",
        f"<h1>{html.escape(heading)}</h1>",
        f'<p class="meta">{len(shown.entries)} entries · '
        + ("only the rows that differ · " if only_differences else "rows that differ are highlighted · ")
        + f"made with Model Atlas on {date.today().isoformat()}</p>",
        '<table>', "<thead><tr><th class=\"field\">Field</th>",
    ]
    for entry in shown.entries:
        parts.append(f'<th>{html.escape(entry.name)}<br><span class="kind">{html.escape(entry.kind_label)}</span></th>')
    parts.append("</tr></thead><tbody>")
    span = len(shown.entries) + 1
    for group in shown.groups:
        parts.append(f'<tr class="group"><th colspan="{span}">{html.escape(group.title)}</th></tr>')
        for row in group.rows:
            css = ' class="differs"' if row.differs else ""
            cells = "".join(f"<td>{_html_cell(row, i, shown.tag_colors)}</td>" for i in range(len(row.values)))
            parts.append(f'<tr{css}><th class="field" scope="row">{html.escape(row.label)}</th>{cells}</tr>')
    if not shown.groups:
        parts.append(f'<tr><td colspan="{span}"><em>No differences.</em></td></tr>')
    parts += ["</tbody></table>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _html_cell(row: Row, index: int, tag_colors: dict[str, str]) -> str:
    value = row.values[index]
    color = row.colors[index] if row.colors else None
    if color and value:
        return _badge(value, color)
    if row.key == "tags" and value:
        return " ".join(_badge(name, tag_colors.get(name, "#7f8c8d")) for name in value.split(", "))
    return html.escape(value)


def _badge(text: str, color: str) -> str:
    safe = color if _is_hex(color) else "#7f8c8d"  # only #rrggbb reaches the style attribute
    return f'<span class="badge" style="background:{safe}; color:{_ink(safe)};">{html.escape(text)}</span>'


def _is_hex(color: str) -> bool:
    return len(color) == 7 and color.startswith("#") and all(c in "0123456789abcdefABCDEF" for c in color[1:])


def _ink(background: str) -> str:
    """Black or white text on `background`, by WCAG relative luminance (as desktop.theme.text_color_on)."""
    def channel(hex_pair: str) -> float:
        value = int(hex_pair, 16) / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    red, green, blue = (channel(background[i:i + 2]) for i in (1, 3, 5))
    return "#000000" if 0.2126 * red + 0.7152 * green + 0.0722 * blue > 0.35 else "#ffffff"


EXPORTERS = {"md": to_markdown, "csv": to_csv, "html": to_html}
"""Export format → function(comparison, only_differences=...) → text."""
