"""Turn an entry's detail (from db.detail) into the HTML the detail pane shows; links use atlas://entry/UUID."""

from __future__ import annotations

import html
from typing import Any

from db.inert import safe_color, web_link
from db.values import format_number
from desktop.i18n import local_count, local_date, local_decimal, local_number, translate, vocab
from desktop.theme import CLAUSE_COLORS, GRADE_COLORS, MOF_COLORS, MOF_SHORT, VERDICT_COLORS, text_color_on

ENTRY_SCHEME = "atlas"
STATUS_STYLE = {
    "released": ("✔", "good"),
    "partial": ("◐", "mixed"),
    "not-released": ("✘", "bad"),
    "unknown": ("?", "unknown"),
}
GOOD_VALUES = {"yes", "allowed", "none"}
BAD_VALUES = {"no", "prohibited"}
# Clauses where "yes" is a duty or limit rather than a freedom: shown amber, not green.
DUTY_CLAUSES = {"acceptable_use_policy", "attribution", "pass_terms_downstream", "notice_file"}


def entry_link(ref: dict[str, Any] | None) -> str:
    if not ref:
        return "—"
    return f'<a href="{ENTRY_SCHEME}://entry/{ref["uuid"]}">{html.escape(ref["name"])}</a>'


def badge(text: str, color: str) -> str:
    """A colored label that carries its text (never color alone) and never breaks inside a narrow pane."""
    color = safe_color(color)  # a tag color from a merged file is data: only #rrggbb reaches the style
    unbroken = html.escape(text).replace(" ", "&nbsp;").replace("-", "&#8209;")  # no-break space and hyphen
    return (f'<span style="background-color:{color}; color:{text_color_on(color)}; white-space:nowrap;">'
            f"&nbsp;{unbroken}&nbsp;</span>")


TEXT_TONES: dict[bool, dict[str, str]] = {
    False: {"good": "#1e7b3c", "mixed": "#8a6d00", "bad": "#b03a2e", "unknown": "#5f6368"},
    True: {"good": "#5cc983", "mixed": "#e0b84a", "bad": "#f08a7e", "unknown": "#9aa0a6"},
}
"""Colored words (clause values, component statuses) on the light and the dark page: contrast 4.5 or more.
Badges keep the scale colors of desktop.theme, with black or white text on them."""


def _css(dark: bool) -> str:
    muted = "#9aa0a6" if dark else "#5f6368"
    rule = "#3a3e44" if dark else "#dadce0"
    tones = "".join(f".{tone} {{ color: {color}; }}" for tone, color in TEXT_TONES[dark].items())
    return f"""
    <style>
      body {{ margin: 6px; }}
      h1 {{ font-size: x-large; margin: 0 0 4px 0; }}
      h2 {{ font-size: large; margin: 14px 0 4px 0; border-bottom: 1px solid {rule}; }}
      h3 {{ font-size: medium; margin: 8px 0 2px 0; }}
      .muted {{ color: {muted}; }}
      td {{ padding: 1px 8px 1px 0; vertical-align: top; }}
      td.label {{ color: {muted}; white-space: nowrap; }}
      .image-placeholder {{ color: {muted}; }}
      {tones}
    </style>"""


def _clause_tone(clause: str, value: str) -> str:
    """good, mixed, bad or unknown: a CSS class of the page (TEXT_TONES), so the color suits the theme."""
    if value == "unknown":
        return "unknown"
    if clause in DUTY_CLAUSES:
        return "mixed" if value == "yes" else "good"
    if value in GOOD_VALUES:
        return "good"
    if value in BAD_VALUES:
        return "bad"
    return "mixed"


def _clause_color(clause: str, value: str) -> str:
    return CLAUSE_COLORS[_clause_tone(clause, value)]


def _clause_mark(clause: str, value: str) -> str:
    if value == "unknown":
        return "?"
    if clause in DUTY_CLAUSES:
        return "!" if value == "yes" else "✔"
    return "✔" if value in GOOD_VALUES else "✘" if value in BAD_VALUES else "◐"


def clauses_table(clauses: list[dict[str, Any]]) -> str:
    rows = []
    for clause in clauses:
        value = str(clause["value"])
        tone = _clause_tone(clause["clause"], value)
        detail = html.escape(clause.get("detail") or "")
        if web_link(clause.get("url")):
            policy = html.escape(translate("detail_html", "policy"))
            detail += f' <a href="{html.escape(clause["url"].strip())}">{policy}</a>'
        rows.append(
            f'<tr><td class="{tone}" style="font-weight:bold;">{_clause_mark(clause["clause"], value)}</td>'
            f'<td>{html.escape(vocab(clause["label"]))}</td><td class="{tone}">{html.escape(vocab(value))}</td></tr>'
        )
        if clause.get("verified"):
            detail += (" · " if detail else "") + html.escape(translate("detail_html", "verified {when}").format(
                when=verified_text(clause["verified"])))
        if detail:  # under the clause, across the pane: beside it, it was squeezed into a narrow column
            rows.append(f'<tr><td></td><td colspan="2" class="muted" style="padding-bottom:4px;">{detail}</td></tr>')
    return "<table>" + "".join(rows) + "</table>"


def _facts(detail: dict[str, Any]) -> str:
    rows = []
    for field in detail["fields"]:
        if field["type"] in ("markdown", "conditions") or field["key"] == "name" or \
                field["group"] == "License clauses":
            continue  # conditions are shown as readable text in their own section (JSON only in the editor)
        if field["type"] == "ref":
            if not field["value"]:
                continue
            shown = entry_link(field["value"])
        elif not field["display"]:
            continue
        elif field["key"] == "openness_grade":
            continue  # shown as a badge in the header and in the openness section
        elif field["key"] in ("url", "website") and web_link(field["display"]):
            shown = f'<a href="{html.escape(field["display"])}">{html.escape(field["display"])}</a>'
        else:
            shown = html.escape(shown_value(field))
        rows.append(f'<tr><td class="label">{html.escape(vocab(field["label"]))}</td><td>{shown}</td></tr>')
    return "<table>" + "".join(rows) + "</table>" if rows else ""


def shown_value(field: dict[str, Any]) -> str:
    """A field's display text in the user's language: vocabulary words translated, numbers and dates in the
    locale's form (70B and 1.2e25 FLOP keep their shape; only the decimal sign follows the locale)."""
    value, display, kind = field["value"], str(field["display"]), field["type"]
    if kind == "number" and isinstance(value, int | float):
        english = format_number(float(value))
        return local_number(float(value)) + (display[len(english):] if display.startswith(english) else "")
    if kind == "int" and isinstance(value, int) and display == f"{value:,}":
        return local_count(value)
    if kind == "date":
        return local_date(str(value))
    if kind in ("enum", "bool"):
        return vocab(display)
    if kind == "enum_list" and isinstance(value, list):
        return ", ".join(vocab(str(v)) for v in value)
    if display.endswith(" tokens"):  # the context window's unit
        return display.removesuffix(" tokens") + " " + translate("detail_html", "tokens")
    return display


def _progress_bar(percent: float, color: str) -> str:
    """A text bar: Qt's rich text has no reliable CSS widths, but block characters always line up."""
    cells = 12
    filled = max(0, min(cells, round(percent / 100 * cells)))
    return (f'<span style="color:{color};">{"█" * filled}</span>'
            f'<span style="color:#8a8f98;">{"░" * (cells - filled)}</span>')


def _model_sections(detail: dict[str, Any]) -> list[str]:
    parts: list[str] = []
    openness = detail["openness"]
    how = (translate("detail_html", "set by hand") if openness["set_by_hand"]
           else translate("detail_html", "suggested from license and components"))
    parts.append("<h2>" + translate("detail_html", "Openness") + "</h2>")
    grade_color = GRADE_COLORS.get(openness["grade"] or "", "#8a8f98")
    parts.append(f"<p>{badge(vocab(openness['label']), grade_color)} <span class='muted'>{how}</span></p>")
    if openness["set_by_hand"] and openness["suggested"] != openness["grade"]:
        suggests = translate("detail_html", "The recorded facts suggest <b>{grade}</b>: {reasons}.")
        parts.append("<p class='muted'>" + suggests.format(grade=html.escape(vocab(openness["suggested_label"])),
                                                          reasons=html.escape("; ".join(openness["reasons"]))) + "</p>")
    elif not openness["set_by_hand"]:
        why = translate("detail_html", "Why: {reasons}.")
        parts.append("<p class='muted'>" + why.format(reasons=html.escape("; ".join(openness["reasons"]))) + "</p>")

    mof = detail["mof"]
    parts.append("<h3>Model Openness Framework</h3>")
    parts.append(f"<p>{badge(vocab(mof['label']), MOF_COLORS.get(mof['class'], '#8a8f98'))}</p>")
    names = {"3": translate("detail_html", "Class III · open model"),
             "2": translate("detail_html", "Class II · open tooling"),
             "1": translate("detail_html", "Class I · open science")}
    labels = {c["component"]: vocab(c["label"]) for c in detail["components"]}
    for level in ("3", "2", "1"):
        percent = float(mof["progress"].get(level, 0))
        missing = mof["missing"].get(level, [])
        hint = ", ".join(labels.get(m, m) for m in missing[:6]) + ("…" if len(missing) > 6 else "")
        bar = _progress_bar(percent, MOF_COLORS[int(level)])
        # A paragraph, not table cells: in a narrow pane the bar moves under its name instead of squeezing
        # the text beside it into a column one letter wide; the bar and its percentage never break apart.
        parts.append(f"<p style='margin:2px 0;'>{html.escape(names[level])} "
                     f"<span style='white-space:nowrap;'>{bar}&nbsp;{percent:.0f}%</span>"
                     + ("<br><span class='muted'>" + translate("detail_html", "missing: {components}").format(
                         components=html.escape(hint)) + "</span>" if hint else "") + "</p>")

    parts.append("<h3>" + translate("detail_html", "Components") + "</h3><table>")
    for component in detail["components"]:
        mark, tone = STATUS_STYLE.get(component["status"], ("?", "unknown"))
        license_text = html.escape(component["license"] or "")
        if component["license"] and not component["open_license"]:
            license_text += " <span class='muted'>" + translate("detail_html", "(not an open license)") + "</span>"
        evidence = component.get("evidence") or ""
        if web_link(evidence):
            license_text += f' <a href="{html.escape(evidence)}">' + translate("detail_html", "evidence") + "</a>"
        class_word = translate("detail_html", "class")
        class_note = f" <span class='muted'>{class_word}&nbsp;{'I' * component['class']}</span>" \
            if component["class"] else ""
        status = html.escape(vocab(component["status"])).replace("-", "&#8209;")  # "not-released" stays whole
        parts.append(
            f'<tr><td class="{tone}" style="font-weight:bold;">{mark}</td>'
            f'<td>{html.escape(vocab(component["label"]))}{class_note}</td>'
            f'<td class="{tone}">{status}</td><td>{license_text}</td></tr>'
        )
    parts.append("</table>")

    if detail["assessments"]:
        parts.append("<h3>" + translate("detail_html", "Other frameworks") + "</h3><table>")
        for framework, grades in detail["assessments"].items():
            shown = "; ".join(f"{html.escape(k.replace('_', ' '))}: <b>{html.escape(str(v))}</b>"
                              for k, v in grades.items())
            parts.append(f'<tr><td class="label">{html.escape(_framework_label(framework))}</td><td>{shown}</td></tr>')
        parts.append("</table>")

    if detail.get("clauses"):
        parts.append("<h2>" + translate("detail_html", "License clauses — {license}").format(
            license=entry_link(detail.get("license"))) + "</h2>")
        parts.append(clauses_table(detail["clauses"]))
    return parts


def _framework_label(key: str) -> str:
    return {"epoch": "Epoch AI", "osai": "Open Source AI Index", "mof": "Model Openness Tool",
            "fmti": "Foundation Model Transparency Index"}.get(key, key)


def _evaluations(detail: dict[str, Any]) -> str:
    evaluations = detail["evaluations"]
    if not evaluations:
        return ""
    parts = ["<h2>" + translate("detail_html", "Evaluations") + "</h2>"]
    criteria: dict[str, list[int]] = {}
    for evaluation in evaluations:
        for criterion, score in evaluation["scores"].items():
            criteria.setdefault(criterion, []).append(int(score))
    if criteria:
        averages = " · ".join(f"{html.escape(vocab(c))} <b>{local_decimal(sum(v) / len(v))}</b>"
                              for c, v in criteria.items())
        count = len(evaluations)
        average_line = translate("detail_html", "Average per criterion (%n evaluation(s)): {averages}", "", count)
        parts.append("<p class='muted'>" + average_line.format(averages=averages) + "</p>")
    for evaluation in evaluations:
        color = VERDICT_COLORS.get(evaluation["verdict"], "#8a8f98")
        average = (" · " + translate("detail_html", "average {score}").format(
            score=local_decimal(evaluation["average"]))
                   if evaluation["average"] is not None else "")
        parts.append(f"<p>{badge(vocab(evaluation['verdict']), color)} {entry_link(evaluation)}<br>"
                     f"<span class='muted'>{html.escape(evaluation['evaluator'])}, "
                     f"{html.escape(local_date(evaluation['date']) or '?')}"
                     f"{average}</span></p>")
    return "".join(parts)


def _ref_list(title: str, refs: list[dict[str, Any]], extra: str = "") -> str:
    if not refs:
        return ""
    items = "".join(f"<li>{entry_link(r)}{_ref_suffix(r)}</li>" for r in refs)
    return f"<h2>{html.escape(title)}{extra}</h2><ul>{items}</ul>"


def _family_tree(tree: dict[str, Any], inherited: list[dict[str, Any]]) -> str:
    """The family tree (db.detail.family_tree_detail): one indented line per model, the shown one in bold; then
    the bases' licenses whose terms pass down to it."""
    title = (translate("detail_html", "Family tree — {family}").format(family=html.escape(tree["family"]))
             if tree.get("family") else translate("detail_html", "Family tree"))
    lines = []
    for row in tree["rows"]:
        name = f"<b>{html.escape(row['name'])}</b>" if row["focus"] else entry_link(row)
        bits = [vocab(row["relation"])] if row.get("relation") else []
        bits += [] if row["in_family"] else [translate("detail_html", "another family")]
        note = f" <span class='muted'>({html.escape(', '.join(bits))})</span>" if bits else ""
        indent = "&nbsp;&nbsp;&nbsp;&nbsp;" * row["depth"] + ("└&nbsp;" if row["depth"] else "")
        lines.append(f"<div>{indent}{name}{note}</div>")
    for terms in inherited:
        clauses = (translate("detail_html", "every clause") if terms["clauses"] == "all"
                   else ", ".join(terms["clauses"]))
        why = f" — {html.escape(terms['note'])}" if terms.get("note") else ""
        passed = translate("detail_html", "Terms passed down from {base}: {license} ({clauses})")
        lines.append("<p class='muted'>" + passed.format(base=entry_link(terms["base"]), license=entry_link(
            terms["license"]), clauses=html.escape(clauses)) + f"{why}</p>")
    return f"<h2>{title}</h2>" + "".join(lines)


def _ref_suffix(ref: dict[str, Any]) -> str:
    bits = [vocab(str(ref[k])) for k in ("jurisdiction", "status", "relation") if ref.get(k)]
    return f" <span class='muted'>({html.escape(', '.join(bits))})</span>" if bits else ""


def detail_html(detail: dict[str, Any], dark: bool = False) -> str:
    """The whole page for one entry."""
    from db.markdown import render_markdown  # markdown-it loads with the first page, not at startup

    parts = [f"<html><head>{_css(dark)}</head><body>"]
    header = [f"<h1>{html.escape(detail['name'])}</h1><p>{badge(vocab(detail['kind_label']), '#5f6368')}"]
    if detail.get("openness") and detail["openness"]["grade"]:
        header.append(" " + badge(vocab(detail["openness"]["label"]),
                                  GRADE_COLORS.get(detail["openness"]["grade"], "#888")))
    if detail.get("mof"):
        mof_short = translate("detail_html", "MOF {mof_class}").format(
            mof_class=translate("theme", MOF_SHORT.get(detail["mof"]["class"], "—")))
        header.append(" " + badge(mof_short if detail["mof"]["class"] else translate("detail_html", "MOF unclassified"),
                                  MOF_COLORS.get(detail["mof"]["class"], "#8a8f98")))
    for tag in detail["tags"]:
        header.append(" " + badge(tag["name"], tag["color"]))
    header.append("</p>")
    parts += header
    parts.append(_invalid(detail.get("invalid") or []))
    parts.append(_facts(detail))
    if detail.get("conditions"):  # where the raw JSON used to be: the rule in words, right under the facts
        parts.append(_rule_text(detail["conditions"]))
    for field in detail["fields"]:
        if field["type"] == "markdown" and str(field["value"] or "").strip():
            title = "" if field["key"] in ("summary", "body") else f"<h3>{html.escape(vocab(field['label']))}</h3>"
            parts.append(title + render_markdown(str(field["value"])))
    if detail["kind"] == "model":
        parts += _model_sections(detail)
    if detail["kind"] == "license" and detail.get("clauses"):
        parts.append("<h2>" + translate("detail_html", "Clauses") + "</h2>" + clauses_table(detail["clauses"]))
    if detail.get("disagreements"):
        parts.append(_disagreements(detail["disagreements"]))
    if detail.get("rules"):
        parts.append(_rules(detail["rules"]))
    if detail.get("developer_scores"):
        parts.append(_scores(detail["developer_scores"]))
    if detail.get("provenance"):
        parts.append(_provenance(detail["provenance"]))
    if detail.get("family_tree"):
        parts.append(_family_tree(detail["family_tree"], detail.get("inherited_terms") or []))
    parts.append(_ref_list(translate("detail_html", "Policy notes that concern it"), detail["policy_notes"]))
    for key, title in (("models", translate("detail_html", "Models")),
                       ("derived_models", translate("detail_html", "Derived models")),
                       ("concerns", translate("detail_html", "Concerns")),
                       ("entries", translate("detail_html", "Tagged entries")),
                       ("backs", translate("detail_html", "Backs"))):
        parts.append(_ref_list(title, detail.get(key) or []))
    parts.append(_evaluations(detail))
    parts.append(_ref_list(translate("detail_html", "Notes"), detail["notes"]))
    if detail["sources"]:
        accessed = translate("detail_html", "accessed {date}, {confidence} confidence")
        items = "".join(
            f"<li>{_source_title(s)} <span class='muted'>"
            + html.escape(accessed.format(date=local_date(s["accessed"]) or "?",
                                          confidence=vocab(str(s["confidence"] or "?")))) + "</span></li>"
            for s in detail["sources"]
        )
        parts.append("<h2>" + translate("detail_html", "Sources") + f"</h2><ul>{items}</ul>")
    from desktop.local_time import local_time

    for key in ("status_verified", "verified"):
        parts.append(_verified_line(detail, key))
    changed = translate("detail_html", "Last changed {when} by {author} · version {version}")
    parts.append("<p class='muted'>" + html.escape(changed.format(
        when=local_time(detail["modified_at"]) or "?", author=detail["author"] or translate("detail_html", "unknown"),
        version=detail["version"])) + f" · {html.escape(detail['uuid'])}</p>")
    parts.append("</body></html>")
    return "".join(parts)


def verified_text(mark: dict[str, str]) -> str:
    """“2026-05-01 by Ada (the model card)” from db.freshness's mark, the date as the language writes it."""
    if mark.get("source"):
        return translate("detail_html", "{date} by {who} ({source})").format(
            date=local_date(mark["on"]) or mark["on"], who=mark["by"], source=mark["source"])
    return translate("detail_html", "{date} by {who}").format(date=local_date(mark["on"]) or mark["on"],
                                                              who=mark["by"])


def _verified_line(detail: dict[str, Any], key: str) -> str:
    """Who last checked the entry (or a policy note's status) against its sources; a policy note and every other
    entry that nobody has checked says so."""
    if key not in detail:
        return ""
    mark = detail[key]
    if mark is None:
        text = (translate("detail_html", "Status never verified") if key == "status_verified" else
                translate("detail_html", "Last verified: never"))
    elif key == "status_verified":
        text = translate("detail_html", "Status last verified: {when}").format(when=verified_text(mark))
    else:
        text = translate("detail_html", "Last verified: {when}").format(when=verified_text(mark))
    return f"<p class='muted'>{html.escape(text)}</p>"


def _source_title(source: dict[str, Any]) -> str:
    """A source's title, a link only when its address is a web address (opened after the analyst confirms)."""
    title = html.escape(source["title"])
    url = web_link(source.get("url"))
    return f'<a href="{html.escape(url)}">{title}</a>' if url else title


def _invalid(problems: list[dict[str, Any]]) -> str:
    """Values the file holds that are not valid (a damaged or hand-edited file): named, shown as text, unused."""
    if not problems:
        return ""
    rows = "".join(
        f'<tr><td class="label">{html.escape(p["field"])}</td><td><code>{html.escape(p["shown"])}</code> '
        f'<span class="muted">— {html.escape(p["reason"])}</span></td></tr>' for p in problems
    )
    warning = translate("detail_html", "<b>⚠ Invalid values in this entry</b> (shown as unknown until corrected):")
    return f"<p style='color:{CLAUSE_COLORS['bad']}'>{warning}</p><table>{rows}</table>"


def _disagreements(items: list[dict[str, Any]]) -> str:
    rows = []
    for item in items:
        values = "; ".join(f"<b>{html.escape(str(source))}</b>: {html.escape(str(value))}"
                           for source, value in item["values"].items())
        rows.append(f'<tr><td class="label">{html.escape(vocab(item["field"]))}</td><td>{values}</td></tr>')
    return "<h2 class='mixed'>" + translate("detail_html", "Sources disagree") + f"</h2><table>{''.join(rows)}</table>"


RULE_COLORS = {"applies": "#c0582b", "exempt": "#2e9a52", "does_not_apply": "#8a8f98", "undetermined": "#3d85c6"}
RULE_ORDER = {"applies": 0, "exempt": 1, "undetermined": 2, "does_not_apply": 3}


def _rules(rules: list[dict[str, Any]]) -> str:
    """Which policy notes bind this model, computed from recorded facts; the ones that do not apply are folded."""
    ordered = sorted(rules, key=lambda r: RULE_ORDER.get(r["status"], 9))
    parts = ["<h2>" + translate("detail_html", "Rules") + "</h2>"]
    quiet: list[str] = []
    for rule in ordered:
        link = entry_link({"uuid": rule["uuid"], "name": rule["note"]})
        if rule["status"] == "does_not_apply":
            quiet.append(link)
            continue
        color = RULE_COLORS.get(rule["status"], "#8a8f98")
        parts.append(f"<p>{badge(vocab(rule['status_label']), color)} {link} "
                     f"<span class='muted'>({html.escape(rule.get('jurisdiction') or '')})</span><br>"
                     f"<span class='muted'>{html.escape(rule['why'])}</span></p>")
        if rule["status"] == "applies" and rule.get("duties"):
            parts.append("<ul>" + "".join(f"<li>{html.escape(d)}</li>" for d in rule["duties"]) + "</ul>")
        if rule["status"] == "exempt" and rule.get("exempt_from"):
            parts.append("<p class='muted'>" + translate("detail_html", "Exempt from: {items}").format(
                items=html.escape("; ".join(rule["exempt_from"]))) + "</p>")
        if rule.get("missing"):
            parts.append("<p class='muted'>" + translate("detail_html", "Would be settled by: {facts}").format(
                facts=html.escape(", ".join(vocab(m["label"]) for m in rule["missing"]))) + "</p>")
    if quiet:
        parts.append("<p class='muted'>" + translate("detail_html", "Do not apply: {rules}").format(
            rules=", ".join(quiet)) + "</p>")
    return "".join(parts)


def _rule_text(conditions: dict[str, Any]) -> str:
    """A policy note's machine-readable rule in words (the JSON itself is only for the editor)."""
    from db.advisor.describe import OUTCOME_TITLES, describe_conditions

    rule = describe_conditions(conditions)
    if rule is None:
        return ""
    parts = ["<h2>" + translate("detail_html", "Rule") + "</h2>"]
    if rule.applies_when:
        applies = translate("detail_html", "Applies when")
        parts.append(f"<p><b>{applies}</b> {html.escape(rule.applies_when)}.</p>")
    if rule.exempt_when:
        title = (translate("detail_html", "Exempt when") if rule.applies_when
                 else translate("detail_html", "Grants an exemption when"))
        parts.append(f"<p><b>{title}</b> {html.escape(rule.exempt_when)}.</p>")
    for title, items in ((translate("detail_html", "Duties"), rule.duties),
                         (translate("detail_html", "Exempt from"), rule.exempt_from),
                         (translate("detail_html", "Still required"), rule.still_required)):
        if items:
            parts.append(f"<h3>{title}</h3><ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ul>")
    for outcome, text in rule.effects.items():
        parts.append(f"<p class='muted'><b>{html.escape(vocab(OUTCOME_TITLES.get(outcome, outcome)))}:</b> "
                     f"{html.escape(text)}</p>")
    return "".join(parts)


def _scores(scores: list[dict[str, Any]]) -> str:
    rows = "".join(
        f"<tr><td class='label'>{html.escape(str(s.get('wave') or s.get('dimension') or ''))}</td>"
        f"<td><b>{html.escape(str(s.get('score') if s.get('score') is not None else s.get('value', '')))}</b></td>"
        f"<td class='muted'>{html.escape(str(s.get('source') or ''))}</td></tr>" for s in scores)
    return "<h2>" + translate("detail_html", "Developer transparency (FMTI)") + f"</h2><table>{rows}</table>"


def _provenance(items: list[dict[str, Any]]) -> str:
    rows = "".join(
        f"<tr><td class='label'>{html.escape(vocab(str(i.get('field'))))}</td>"
        f"<td>{html.escape(str(i.get('value')))}</td>"
        f"<td class='muted'>{html.escape(str(i.get('source')))} · {html.escape(str(i.get('origin') or ''))}</td></tr>"
        for i in items[:80])
    return "<h2>" + translate("detail_html", "What the catalogs say") + f"</h2><table>{rows}</table>"
