"""`modelatlas show NAME-OR-UUID`: everything about one entry, related entries included."""

from __future__ import annotations

import argparse
from typing import Any

from db.cli.context import CommandContext
from db.cli.output import emit_json

STATUS_MARK = {"released": "✔", "partial": "◐", "not-released": "✘", "unknown": "?"}
CLAUSE_MARK = {"yes": "✔", "allowed": "✔", "none": "✔", "no": "✘", "prohibited": "✘", "restricted": "◐",
               "conditional": "◐", "unknown": "?"}


def register(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = commands.add_parser("show", parents=[common], help="show everything about one entry")
    parser.add_argument("entry", help="name or UUID of the entry")
    parser.add_argument("--kind", help="the kind, when a name is shared (e.g. model, license)")
    parser.set_defaults(run=run)


def run(ctx: CommandContext) -> int:
    """An up-to-date atlas is read with plain SQL (db.reading.detail: neither SQLAlchemy nor the mapped schema
    loads); a file that needs the store (to be created, upgraded or refused with its message) goes through it."""
    kind = ctx.args.kind.replace("-", "_") if ctx.args.kind else None
    detail = _plain_detail(ctx, kind)
    if detail is None:
        from db.detail import entry_detail  # the detail builder (and all it reads with): only when it runs

        store = ctx.store
        entry = store.resolve(ctx.args.entry, kind)
        detail = entry_detail(store, entry.uuid)
    if ctx.json:
        emit_json(detail)
    else:
        print(render(detail))
    return 0


def _plain_detail(ctx: CommandContext, kind: str | None) -> dict[str, Any] | None:
    """The entry's detail read with plain SQL, or None when the file needs the store."""
    import contextlib

    from db.reading.connection import open_current, snapshot
    from db.reading.detail import entry_detail
    from db.reading.resolve import resolve

    connection = open_current(ctx.target_path())
    if connection is None:
        return None
    with contextlib.closing(connection), snapshot(connection):
        uuid, _kind = resolve(connection, ctx.args.entry, kind)
        return entry_detail(connection, uuid)


def _names(refs: list[dict[str, Any]]) -> str:
    return ", ".join(r["name"] for r in refs) or "—"


def render(detail: dict[str, Any]) -> str:
    lines = [f"{detail['name']}  [{detail['kind_label']}]  {detail['uuid']}", ""]
    if detail.get("invalid"):  # a damaged or hand-edited file: each bad value is named and shown as unknown
        lines += ["⚠ Invalid values (shown as unknown until corrected):"]
        lines += [f"  {p['field']:<24}{p['shown']} — {p['reason']}" for p in detail["invalid"]] + [""]
    group = None
    for field in detail["fields"]:
        if not field["display"] or field["type"] == "markdown" or field["key"] == "name":
            continue
        if field["group"] != group and field["group"] == "License clauses":
            group = field["group"]
            continue  # clauses are printed as a checklist below
        if field["group"] == "License clauses":
            continue
        lines.append(f"  {field['label']:<24}{field['display']}")
    if detail.get("openness"):
        openness = detail["openness"]
        how = "set by hand" if openness["set_by_hand"] else "suggested"
        lines += ["", f"Openness: {openness['label']} ({how})"]
        if not openness["set_by_hand"] or openness["suggested"] != openness["grade"]:
            lines.append(f"  suggested: {openness['suggested_label']} — {'; '.join(openness['reasons'])}")
    if detail.get("mof"):
        mof = detail["mof"]
        progress = ", ".join(f"class {k}: {v:.0f}%" for k, v in sorted(mof["progress"].items(), reverse=True))
        lines += ["", f"Model Openness Framework: {mof['label']}  ({progress})"]
        for component in detail["components"]:
            license_text = f"  [{component['license']}]" if component["license"] else ""
            lines.append(f"  {STATUS_MARK.get(component['status'], '?')} {component['label']:<34}"
                         f"{component['status']}{license_text}")
    if detail.get("assessments"):
        lines += ["", "Other frameworks:"]
        for framework, grades in detail["assessments"].items():
            shown = "; ".join(f"{k}: {v}" for k, v in grades.items())
            lines.append(f"  {framework}: {shown}")
    if detail.get("clauses"):
        title = "License clauses" + (f" ({detail['license']['name']})" if detail.get("license") else "")
        lines += ["", f"{title}:"]
        for clause in detail["clauses"]:
            value = str(clause["value"])
            mark = CLAUSE_MARK.get(value, "◐" if value not in ("unknown",) else "?")
            more = f" — {clause['detail']}" if clause.get("detail") else ""
            if clause.get("verified"):
                more += f" (verified {_verified(clause['verified'])})"
            lines.append(f"  {mark} {clause['label']:<36}{value}{more}")
    for key, title in (("developer", "Developer"), ("license", "License"), ("base_model", "Base model"),
                       ("target", "About")):
        if detail.get(key) and key != "license":
            lines.append(f"\n{title}: {detail[key]['name']}")
    for key, title in (("models", "Models"), ("derived_models", "Derived models"), ("concerns", "Concerns"),
                       ("entries", "Tagged entries"), ("backs", "Backs")):
        if detail.get(key):
            lines += ["", f"{title}: {_names(detail[key])}"]
    for field in detail["fields"]:
        if field["type"] == "markdown" and field["display"].strip():
            lines += ["", f"{field['label']}:", *("  " + line for line in field["display"].strip().splitlines())]
    if detail.get("family_tree"):
        lines += ["", "Family tree:"]
        for row in detail["family_tree"]["rows"]:
            relation = f" ({row['relation']})" if row.get("relation") else ""
            marker = "  ◀ this model" if row["focus"] else ""
            lines.append("  " + "    " * row["depth"] + row["name"] + relation + marker)
    if detail.get("rules"):  # the rules engine's answer, as `modelatlas rules` and the detail pane give it
        binding = [r for r in detail["rules"] if r["status"] != "does_not_apply"]
        lines += ["", f"Policy rules ({len(detail['rules']) - len(binding)} do not apply; modelatlas rules for why):"]
        lines += [f"  • {r['status_label']}: {r['note']}" for r in binding] or ["  • none applies"]
    if detail["policy_notes"]:
        lines += ["", "Policy notes that concern it:"]
        lines += [f"  • {p['name']} ({p['jurisdiction']}, {p['status']})" for p in detail["policy_notes"]]
    if detail["evaluations"]:
        lines += ["", "Evaluations:"]
        for ev in detail["evaluations"]:
            average = f", average {ev['average']:.1f}" if ev["average"] is not None else ""
            lines.append(f"  • {ev['date']} {ev['evaluator']}: {ev['verdict']} for {ev['use_case']}{average}")
    if detail["notes"]:
        lines += ["", f"Notes: {_names(detail['notes'])}"]
    if detail["tags"]:
        lines += ["", "Tags: " + ", ".join(t["name"] for t in detail["tags"])]
    if detail["sources"]:
        lines += ["", "Sources:"]
        lines += [f"  • {s['title']} — {s['url']} (accessed {s['accessed']}, {s['confidence']} confidence)"
                  for s in detail["sources"]]
    lines += _imported(detail)
    if detail.get("status_verified"):
        lines += ["", f"Status last verified: {_verified(detail['status_verified'])}"]
    if detail.get("verified"):
        lines += ["", f"Last verified: {_verified(detail['verified'])}"]
    who = detail["author"] or "unknown"
    lines += ["", f"Last changed {detail['modified_at']} by {who} (version {detail['version']})"]
    return "\n".join(lines)


def _verified(mark: dict[str, str]) -> str:
    """`2026-05-01 by Ada (the model card)`, as db.freshness.Verification.describe says it."""
    return f"{mark['on']} by {mark['by']}" + (f" ({mark['source']})" if mark["source"] else "")


def _imported(detail: dict[str, Any]) -> list[str]:
    """Transparency scores, where imported catalogs disagree (with the atlas or each other), and what they said."""
    lines: list[str] = []
    scores = detail.get("developer_scores") or detail.get("scores") or []
    totals = [s for s in scores if s["dimension"].endswith(" total")]
    if totals:
        whose = "Developer transparency" if "developer_scores" in detail else "Transparency"
        shown = ", ".join(f"{s['dimension'].removesuffix(' total')}: {s['value']}" for s in totals)
        lines += ["", f"{whose} (FMTI): {shown}"]
    if detail.get("disagreements"):
        lines += ["", "Sources disagree:"]
        for item in detail["disagreements"]:
            values = "; ".join(f"{source}: {_plain(value)}" for source, value in item["values"].items())
            lines.append(f"  ⚠ {item['label']}: {values}")
    if detail.get("provenance"):
        sources = sorted({p["source"] for p in detail["provenance"]})
        latest = max((p["imported_at"] or "" for p in detail["provenance"]), default="")
        lines += ["", f"Imported from: {', '.join(sources)} ({len(detail['provenance'])} values, last {latest})"]
    return lines


def _plain(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split())
