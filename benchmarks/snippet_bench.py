"""What showing Markdown as plain text costs a search snippet, beside a snippet of the same text already plain.

    python -m benchmarks.snippet_bench [--runs 200]

Bodies are the seed's notes and policy notes (real Markdown: headings, bold, lists, links), plus one 100 KB note
made of them. For each, a snippet for two common words is timed three ways: `markdown_to_plain` alone, the whole
`snippet` (which converts, then finds and marks matches), and the floor — `snippet` of the body converted
beforehand, i.e. what a snippet costs with nothing to convert. Medians are printed per body size band.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from db.search import highlight

SEED = Path(__file__).resolve().parents[1] / "resources" / "seed"
WORDS = {b"model", b"open"}
TARGET_PAGE_MS = 5.0  # a page of 20 snippets may cost at most this much more than its floor


def seed_bodies() -> list[str]:
    bodies: list[str] = []
    for name in ("notes.yaml", "policy_notes.yaml"):
        data: Any = yaml.safe_load((SEED / name).read_text(encoding="utf-8"))
        rows = data if isinstance(data, list) else next(v for v in data.values() if isinstance(v, list))
        bodies += [str(row.get("body") or "") for row in rows if isinstance(row, dict) and row.get("body")]
    return bodies


def median_us(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    matcher = highlight.Highlights(words=set(WORDS)).matcher()
    bodies = seed_bodies()
    big = "\n\n".join(bodies)
    while len(big) < 100_000:
        big += "\n\n" + big
    big = big[:100_000]
    print(f"{len(bodies)} seed bodies, median {statistics.median(len(b) for b in bodies):,.0f} characters; "
          f"one note of {len(big):,} characters")
    rows = []
    for label, group in (("seed bodies", bodies), ("100 KB note", [big])):
        runs = args.runs if label == "seed bodies" else max(5, args.runs // 20)
        plain_bodies = [highlight.markdown_to_plain(body) for body in group]
        convert = statistics.median(median_us(lambda b=b: highlight.markdown_to_plain(b), runs) for b in group)
        whole = statistics.median(median_us(lambda b=b: highlight.snippet("t", b, matcher), runs) for b in group)
        floor = statistics.median(median_us(lambda b=b: highlight.snippet("t", b, matcher), runs)
                                  for b in plain_bodies)
        rows.append((label, convert, whole, floor))
    print(f"\n{'bodies':<12} {'to plain':>10} {'snippet':>10} {'floor':>10}   (median µs per snippet)")
    for label, convert, whole, floor in rows:
        print(f"{label:<12} {convert:>10.0f} {whole:>10.0f} {floor:>10.0f}")
    label, convert, whole, floor = rows[0]
    extra_page_ms = (whole - floor) * 20 / 1000
    verdict = "meets" if extra_page_ms <= TARGET_PAGE_MS else "MISSES"
    print(f"\na page of 20 seed-sized snippets: {whole * 20 / 1000:.1f} ms, {extra_page_ms:+.1f} ms over its floor "
          f"({floor * 20 / 1000:.1f} ms) — {verdict} the target of ≤ {TARGET_PAGE_MS:.0f} ms more")


if __name__ == "__main__":
    main()
