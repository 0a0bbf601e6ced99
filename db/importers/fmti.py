"""Stanford Foundation Model Transparency Index: per-developer scores for each wave, as organization scores."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from db.importers.common import (
    ImportReport,
    OrgScoreRecord,
    RecordRejected,
    clean,
    csv_rows,
    expand,
    where,
)

SOURCE = "fmti"
FRAMEWORK = "fmti"
NOT_DEVELOPERS = frozenset({"domain", "subdomain", "indicator", "total", "definition", "notes", "example disclosure",
                            "reference_1", "reference_2", "link_1", "link_2", "disclosure", "justification",
                            "references", "score", "__extra__"})
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                       "dec"), start=1)}
_WAVE = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ _-]?(\d{4})", re.IGNORECASE)


def wave_of(path: Path) -> str | None:
    """'October2023_scores.csv' -> '2023-10' (from the file name, else its folder)."""
    for text in (path.name, path.parent.name):
        match = _WAVE.search(text)
        if match:
            return f"{match.group(2)}-{_MONTHS[match.group(1).lower()[:3]]:02d}"
    return None


def _domains(paths: list[Path]) -> dict[str, str]:
    """Indicator -> domain, from indicator tables among the files or next to them."""
    candidates = list(paths)
    for path in paths:
        candidates += sorted(path.parent.glob("*indicators*.csv")) + sorted(path.parent.parent.glob("*indicators*.csv"))
    mapping: dict[str, str] = {}
    for path in dict.fromkeys(candidates):
        if "indicator" not in path.name.lower():
            continue
        try:
            rows = list(csv_rows(path))
        except RecordRejected:
            continue  # reported when the file itself is imported
        for _, cells in rows:
            indicator, domain = clean(cells.get("Indicator")), clean(cells.get("Domain"))
            if indicator and domain:
                mapping.setdefault(indicator.lower(), domain)
    return mapping


def parse(paths: list[Path], report: ImportReport) -> list[OrgScoreRecord]:
    files = expand(paths, ("*.csv",))
    domains = _domains(files)
    records: list[OrgScoreRecord] = []
    for path in files:
        report.files += 1
        try:
            rows = list(csv_rows(path))
        except RecordRejected as error:
            report.reject(where(path), str(error))
            continue
        if not rows:
            report.reject(where(path), "empty file")
            continue
        headers = list(rows[0][1])
        if "Indicator" not in headers:
            report.reject(where(path), "not an FMTI table: no Indicator column")
            continue
        wave = wave_of(path)
        if "Score" in headers and "Disclosure" in headers:
            developer = re.split(r"_fm|_transparency|_report", path.stem, flags=re.IGNORECASE)[0]
            developers = {developer.replace("_", " "): "Score"}
        else:
            developers = {h: h for h in headers if h.lower() not in NOT_DEVELOPERS and h.strip()}
        if not developers:
            if "Domain" not in headers:
                report.reject(where(path), "no developer columns")
            continue  # an indicator table: it only tells the domain of each indicator
        if wave is None:
            report.reject(where(path), "cannot tell the wave (put the month and year in the file or folder name)")
            continue
        totals: dict[str, int] = defaultdict(int)
        by_domain: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        counted: dict[str, int] = defaultdict(int)
        bad: set[str] = set()
        for line, cells in rows:
            indicator = clean(cells.get("Indicator"))
            if indicator is None or indicator.lower() == "total":
                continue
            domain = clean(cells.get("Domain")) or domains.get(indicator.lower())
            for developer, column in developers.items():
                raw = clean(cells.get(column))
                if raw is None:
                    continue
                try:
                    score = _score(raw)
                except RecordRejected as error:
                    report.reject(where(path, line), f"{developer}, {indicator}: {error}")
                    bad.add(developer)
                    continue
                totals[developer] += score
                counted[developer] += 1
                if domain:
                    by_domain[developer][domain.lower()] += score
        for developer in developers:
            if not counted[developer]:
                continue
            scores = {f"{wave} total": f"{totals[developer]}/{counted[developer]}"}
            for domain, value in sorted(by_domain[developer].items()):
                scores[f"{wave} {domain}"] = str(value)
            note = f"{path.name}: {counted[developer]} indicators scored" + (
                "; some cells could not be read" if developer in bad else "")
            records.append(OrgScoreRecord(SOURCE, where(path, developer), developer, FRAMEWORK, scores, note))
    return records


def _score(raw: str) -> int:
    try:
        value = float(raw)
    except ValueError as error:
        raise RecordRejected(f"not a score: {raw!r}") from error
    if value not in (0, 1):
        raise RecordRejected(f"an indicator scores 0 or 1, not {raw!r}")
    return int(value)
