"""Use-case and rule checks as Markdown and as self-contained, inert HTML (everything escaped, no scripts)."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Sequence
from typing import Any

from db.advisor.license_check import CLAUSE_LABELS, VERDICT_LABELS
from db.advisor.results import CheckResult, RuleResult, VerdictChange
from db.advisor.rules import FACTS
from db.advisor.usecase import UseCase
from db.inert import safe_color, web_link
from db.values import format_number

VERDICT_COLORS = {
    "allowed": "#2e9a52",
    "allowed_with_duties": "#7fa83a",
    "separate_agreement": "#d4852a",
    "unknown": "#6c757d",
    "not_allowed": "#b03a2e",
}
STATUS_COLORS = {"applies": "#b03a2e", "exempt": "#2e9a52", "undetermined": "#6c757d", "does_not_apply": "#7f8c8d"}
_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2em;color:#222;line-height:1.45}
table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #ccc;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f3f3f3}.badge{color:#fff;border-radius:4px;padding:1px 6px;
white-space:nowrap;font-size:90%}.muted{color:#666}.small{font-size:90%}h2{margin-top:1.6em}
"""


# ---- dispatch ----------------------------------------------------------------------------------------


def to_markdown(results: Sequence[CheckResult] | Sequence[RuleResult], **options: Any) -> str:
    """Markdown for use-case results (options: usecase, title, changes) or rule results (options: model)."""
    if (results and isinstance(results[0], RuleResult)) or "model" in options:
        return rules_markdown(results, **options)  # type: ignore[arg-type]
    return check_markdown(results, **options)  # type: ignore[arg-type]


def to_html(results: Sequence[CheckResult] | Sequence[RuleResult], **options: Any) -> str:
    """A self-contained HTML page for use-case results or rule results (same options as to_markdown)."""
    if (results and isinstance(results[0], RuleResult)) or "model" in options:
        return rules_html(results, **options)  # type: ignore[arg-type]
    return check_html(results, **options)  # type: ignore[arg-type]


# ---- use-case check ----------------------------------------------------------------------------------


SHORT_LABELS = {
    "weights": "weights", "license": "license", "commercial_use": "commercial use", "user_cap": "user cap",
    "modification": "modification", "redistribution": "redistribution", "output_training": "output use",
    "geographic_exclusions": "excluded regions", "field_of_use": "field limits",
    "acceptable_use_policy": "usage policy", "attribution": "attribution", "pass_terms_downstream": "pass terms on",
    "notice_file": "notice file",
}


def deciding_text(result: CheckResult) -> str:
    """A short "why" for a verdict: the deciding clauses with their values, or the duties' kinds."""
    verdict = result.verdict
    if verdict.verdict == "allowed_with_duties":
        return ", ".join(dict.fromkeys(SHORT_LABELS.get(d.kind, d.kind) for d in verdict.duties))
    if verdict.verdict == "allowed":
        return "every clause asked permits it"
    return "; ".join(f"{SHORT_LABELS.get(r.clause, r.clause)}: {r.value}"
                     + (f" (from {r.inherited_from['name']})" if r.inherited_from else "") for r in verdict.deciding)


def license_label(result: CheckResult, width: int = 0) -> str:
    """The SPDX id for standard licenses, the name for custom terms (cut to `width` with an ellipsis)."""
    if result.license is None:
        return "—"
    spdx = result.license.get("spdx") or ""
    label = spdx if spdx and not spdx.startswith("LicenseRef-") else str(result.license["name"])
    return label if not width or len(label) <= width else label[:width - 1] + "…"


def summary_counts(results: Sequence[CheckResult]) -> str:
    counts = Counter(r.verdict.verdict for r in results)
    words = {"separate_agreement": "need a separate agreement"}  # the label reads as one model's verdict
    return ", ".join(f"{counts[v]} {words.get(v, VERDICT_LABELS[v].lower())}" for v in VERDICT_LABELS if counts[v])


def _md(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _md_link(title: str, url: str | None) -> str:
    """A Markdown link for plain web addresses; anything else stays text (nothing in data can break the page)."""
    if url is not None and web_link(url) and not any(c in url for c in " ()<>[]\n"):
        return f"[{_md(title).replace('[', '(').replace(']', ')')}]({url})"
    return _md(title)


def check_markdown(results: Sequence[CheckResult], *, usecase: UseCase | None = None, title: str | None = None,
                   changes: Sequence[VerdictChange] = ()) -> str:
    lines = [f"# {title or 'Use-case check'}", ""]
    if usecase is not None:
        lines += [f"**Use case:** {_md(usecase.describe())}", ""]
    lines += [f"{len(results)} models: {summary_counts(results) or 'none'}.", ""]
    if changes:
        lines += ["## Changed since the last run", ""] + [f"- {_md(c.text)}" for c in changes] + [""]
    lines += ["| Model | Verdict | License | Why | Duties |", "|---|---|---|---|---|"]
    for r in results:
        duties = "; ".join(_md(d.to_dict()["label"]) for d in r.duties) or "—"
        lines.append(f"| {_md(r.model)} | {r.verdict.label} | {_md(r.license['name'] if r.license else '—')} | "
                     f"{_md(deciding_text(r))} | {duties} |")
    lines += ["", "## Deciding clauses and duties", ""]
    for r in results:
        lines += [f"### {_md(r.model)} — {r.verdict.label}", ""]
        if r.verdict.verdict != "allowed_with_duties":  # there the deciding clauses are the duties themselves
            for reason in r.verdict.deciding if r.verdict.verdict != "allowed" else r.reasons:
                sources = ", ".join(_md_link(s.title, s.url) for s in reason.sources)
                detail = f" — {_md(reason.detail)}" if reason.detail else ""
                lines.append(f"- **{_md(CLAUSE_LABELS.get(reason.clause, reason.clause))}** ({_md(reason.value)}): "
                             f"{_md(reason.text)}{detail} *Source: {_md(reason.source)}"
                             + (f"; {sources}" if sources else "") + "*")
        lines += [f"- Duty — {_md(d.to_dict()['label'])}: {_md(d.text)}" for d in r.duties]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _badge(label: str, color: str) -> str:
    return f'<span class="badge" style="background:{safe_color(color)}">{html.escape(label)}</span>'


def _page(title: str, body: list[str]) -> str:
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>\n"
            + "\n".join(body) + "\n</body></html>\n")


def _link(title: str, url: str | None) -> str:
    link = web_link(url)
    if link:
        return f'<a href="{html.escape(link, quote=True)}">{html.escape(title)}</a>'
    return html.escape(title)


def check_html(results: Sequence[CheckResult], *, usecase: UseCase | None = None, title: str | None = None,
               changes: Sequence[VerdictChange] = ()) -> str:
    esc = html.escape
    heading = title or "Use-case check"
    body = [f"<h1>{esc(heading)}</h1>"]
    if usecase is not None:
        body.append(f"<p><b>Use case:</b> {esc(usecase.describe())}</p>")
    body.append(f"<p>{len(results)} models: {esc(summary_counts(results) or 'none')}.</p>")
    if changes:
        body.append("<h2>Changed since the last run</h2><ul>"
                    + "".join(f"<li>{esc(c.text)}</li>" for c in changes) + "</ul>")
    body.append("<table><tr><th>Model</th><th>Verdict</th><th>License</th><th>Why</th><th>Duties</th></tr>")
    for r in results:
        duties = "<br>".join(esc(d.to_dict()["label"]) for d in r.duties) or "—"
        body.append(f"<tr><td>{esc(r.model)}</td><td>{_badge(r.verdict.label, VERDICT_COLORS[r.verdict.verdict])}"
                    f"</td><td>{esc(r.license['name'] if r.license else '—')}</td><td>{esc(deciding_text(r))}</td>"
                    f"<td class=\"small\">{duties}</td></tr>")
    body.append("</table><h2>Deciding clauses and duties</h2>")
    for r in results:
        body.append(f"<h3>{esc(r.model)} {_badge(r.verdict.label, VERDICT_COLORS[r.verdict.verdict])}</h3><ul>")
        shown = [] if r.verdict.verdict == "allowed_with_duties" else (
            r.verdict.deciding if r.verdict.verdict != "allowed" else r.reasons)
        for reason in shown:
            sources = ", ".join(_link(s.title, s.url) for s in reason.sources)
            detail = f" — <span class=\"muted\">{esc(reason.detail)}</span>" if reason.detail else ""
            body.append(f"<li><b>{esc(CLAUSE_LABELS.get(reason.clause, reason.clause))}</b> ({esc(reason.value)}): "
                        f"{esc(reason.text)}{detail} <i class=\"small\">Source: {esc(reason.source)}"
                        + (f"; {sources}" if sources else "") + "</i></li>")
        body += [f"<li>Duty — {esc(d.to_dict()['label'])}: {esc(d.text)}</li>" for d in r.duties]
        body.append("</ul>")
    return _page(heading, body)


# ---- rules ---------------------------------------------------------------------------------------------


def fact_value(fact: dict[str, Any]) -> str:
    value = fact.get("value")
    if value is None:
        return "not recorded"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        text = format_number(value)
        return text + (f" ({fact['confidence']})" if fact.get("confidence") else "")
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def check_mark(outcome: bool | None) -> str:
    return {True: "✔", False: "✘", None: "?"}[outcome]


def rules_markdown(results: Sequence[RuleResult], *, model: str = "", title: str | None = None) -> str:
    lines = [f"# {title or ('Rules for ' + model if model else 'Rules')}", ""]
    if not results:
        return "\n".join([*lines, "No policy note with machine-readable conditions is on record.", ""])
    lines += ["| Rule | Jurisdiction | Status | What follows |", "|---|---|---|---|"]
    for r in results:
        lines.append(f"| {_md(r.note)} | {_md(r.jurisdiction or '—')} | {r.status_label} | {_md(r.why)} |")
    for r in results:
        lines += ["", f"## {_md(r.note)} — {r.status_label}", ""]
        where = " · ".join(_md(x) for x in (r.jurisdiction, r.instrument, r.article, r.note_status) if x)
        lines += [f"*{where}*", "", _md(r.why), ""]
        lines += _md_rule_body(r)
    return "\n".join(lines).rstrip() + "\n"


def _md_rule_body(r: RuleResult) -> list[str]:
    lines: list[str] = []
    for name, checks in (("Applies if", r.applies_checks), ("Exempt if", r.exempt_checks)):
        if checks:
            lines.append(f"- {name}: " + "; ".join(f"{check_mark(c.outcome)} `{_md(c.text)}`" for c in checks))
    if r.missing:
        lines.append("- Missing facts: " + ", ".join(f"{FACTS[m].label} (`{m}`)" for m in r.missing))
    for fact in r.facts:
        origin = fact["from"]["name"] if fact.get("from") else "—"
        lines.append(f"- Fact {fact['label']} = {_md(fact_value(fact))} (from {_md(origin)})")
    if r.duties:
        lines.append(("- Still required: " if r.status == "exempt" else "- Duties: ") + "; ".join(map(_md, r.duties)))
    if r.exempt_from:
        lines.append("- Exempt from: " + "; ".join(map(_md, r.exempt_from)))
    for key, label in (("thresholds", "Thresholds"), ("obligations", "Obligations"),
                       ("open_model_treatment", "Open models")):
        if r.rule_text.get(key):
            lines.append(f"- {label}: {_md(r.rule_text[key])}")
    if r.sources:
        lines.append("- Sources: " + ", ".join(_md_link(s.title, s.url) for s in r.sources))
    return lines


def rules_html(results: Sequence[RuleResult], *, model: str = "", title: str | None = None) -> str:
    esc = html.escape
    heading = title or ("Rules for " + model if model else "Rules")
    body = [f"<h1>{esc(heading)}</h1>"]
    if not results:
        body.append("<p>No policy note with machine-readable conditions is on record.</p>")
        return _page(heading, body)
    body.append("<table><tr><th>Rule</th><th>Jurisdiction</th><th>Status</th><th>What follows</th></tr>")
    for r in results:
        body.append(f"<tr><td>{esc(r.note)}</td><td>{esc(r.jurisdiction or '—')}</td>"
                    f"<td>{_badge(r.status_label, STATUS_COLORS[r.status])}</td><td>{esc(r.why)}</td></tr>")
    body.append("</table>")
    for r in results:
        where = " · ".join(x for x in (r.jurisdiction, r.instrument, r.article, r.note_status) if x)
        body.append(f"<h2>{esc(r.note)} {_badge(r.status_label, STATUS_COLORS[r.status])}</h2>"
                    f"<p class=\"muted\">{esc(where)}</p><p>{esc(r.why)}</p><ul>")
        for name, checks in (("Applies if", r.applies_checks), ("Exempt if", r.exempt_checks)):
            if checks:
                body.append(f"<li>{name}: " + "; ".join(f"{check_mark(c.outcome)} <code>{esc(c.text)}</code>"
                                                         for c in checks) + "</li>")
        if r.missing:
            body.append("<li>Missing facts: " + esc(", ".join(f"{FACTS[m].label} ({m})" for m in r.missing)) + "</li>")
        for fact in r.facts:
            origin = fact["from"]["name"] if fact.get("from") else "—"
            body.append(f"<li>Fact {esc(fact['label'])} = {esc(fact_value(fact))} "
                        f"<span class=\"muted\">(from {esc(origin)})</span></li>")
        if r.duties:
            body.append(f"<li>{'Still required' if r.status == 'exempt' else 'Duties'}: "
                        + esc("; ".join(r.duties)) + "</li>")
        if r.exempt_from:
            body.append("<li>Exempt from: " + esc("; ".join(r.exempt_from)) + "</li>")
        for key, label in (("thresholds", "Thresholds"), ("obligations", "Obligations"),
                           ("open_model_treatment", "Open models")):
            if r.rule_text.get(key):
                body.append(f"<li>{label}: {esc(r.rule_text[key])}</li>")
        if r.sources:
            body.append("<li>Sources: " + ", ".join(_link(s.title, s.url) for s in r.sources) + "</li>")
        body.append("</ul>")
    return _page(heading, body)
