"""Inert output: no formula reaches a spreadsheet, no markup an HTML export, no escape sequence a terminal."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import sqlite3
from pathlib import Path

import pytest

from db.advisor.api import check_use_case, rules_for
from db.advisor.export import check_html, rules_html
from db.advisor.usecase import UseCase
from db.cli.main import main
from db.compare import build_comparison, to_csv, to_html
from db.inert import csv_cell, safe_color, terminal_lines, terminal_text, web_link
from db.store import Store

ROOT = Path(__file__).resolve().parents[2]
FORMULAS = ["=HYPERLINK(\"https://evil.example\",\"click\")", "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0",
            "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]
ESCAPES = "\x1b]8;;https://evil.example/phish\x07click\x1b]8;;\x07\x1b[2J\x1b]0;pwned\x07\x07\x9b31m"
BAD_COLOR = '#fff"><h1>Phish</h1><a href="https://evil.example/phish">x</a>'


def test_a_cell_that_starts_a_formula_gets_a_quote_and_others_stay() -> None:
    for text in FORMULAS:
        assert csv_cell(text) == "'" + text
    for text in ("Llama 3.1", "70B", "", "a=b", "3-2", None, 7, 1.5):
        assert csv_cell(text) == text


def test_only_the_app_writes_csv_and_always_through_the_safe_writer() -> None:
    """Every CSV the app writes goes through db.inert (a new csv.writer elsewhere fails this test)."""
    offenders = []
    for path in sorted([*ROOT.joinpath("db").rglob("*.py"), *ROOT.joinpath("desktop").rglob("*.py")]):
        if path.name == "inert.py":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"csv\s*\.\s*(writer|DictWriter)\s*\(", text):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


@pytest.fixture
def hostile(mini_path: Path) -> dict[str, str]:
    """Entries whose names are formulas and escape sequences, and a tag whose color is markup."""
    store = Store.open(mini_path, "tester")
    try:
        formula = store.create("model", {"name": FORMULAS[0], "family": FORMULAS[1], "architecture": FORMULAS[2]})
        escaped = store.create("model", {"name": "Evil " + ESCAPES, "family": ESCAPES})
        store.tag([formula.uuid, escaped.uuid], ["hostile"])
        tag = store.resolve("hostile", "tag").uuid
        store.create("source", {"name": "a source", "url": "javascript:alert(1)"})
    finally:
        store.close()
    with contextlib.closing(sqlite3.connect(mini_path)) as connection:
        connection.execute("UPDATE tags SET color=? WHERE uuid=?", (BAD_COLOR, tag))
        connection.execute("UPDATE entries SET name=? WHERE uuid=?", ("tag" + ESCAPES, tag))
        connection.commit()
    return {"formula": formula.uuid, "escaped": escaped.uuid, "tag": tag}


def test_compare_csv_neutralizes_every_formula_cell(mini_path: Path, hostile: dict[str, str]) -> None:
    store = Store.open(mini_path, "tester")
    try:
        comparison = build_comparison(store, [hostile["formula"], store.resolve("Acme 7B").uuid])
    finally:
        store.close()
    rows = list(csv.reader(io.StringIO(to_csv(comparison))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@", "\t", "\r"))]
    assert "'" + FORMULAS[0] in cells and "'" + FORMULAS[1] in cells and "'" + FORMULAS[2] in cells


def test_compare_csv_from_the_cli_is_neutralized(mini_path: Path, hostile: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "shortlist.csv"
    assert main(["--db", str(mini_path), "compare", hostile["formula"], "Acme 7B", "--format", "csv",
                 "--out", str(out)]) == 0
    cells = [cell for row in csv.reader(io.StringIO(out.read_text(encoding="utf-8"))) for cell in row]
    assert "'" + FORMULAS[0] in cells
    assert not [cell for cell in cells if cell.startswith(("=", "+", "-", "@"))]


def test_compare_html_writes_no_markup_from_data(mini_path: Path, hostile: dict[str, str]) -> None:
    store = Store.open(mini_path, "tester")
    try:
        page = to_html(build_comparison(store, [hostile["formula"], hostile["escaped"]]))
    finally:
        store.close()
    assert "<h1>Phish" not in page and 'href="https://evil.example' not in page and BAD_COLOR not in page


def test_rules_and_use_case_exports_link_only_web_addresses(mini: Store) -> None:
    with contextlib.closing(sqlite3.connect(mini.path)) as connection:
        targets = [u for (u,) in connection.execute(
            "SELECT uuid FROM entries WHERE kind IN ('license', 'policy_note')")]
    with mini.write() as ctx:
        for uuid in targets:
            mini.add_source_in(ctx, uuid, "javascript:alert(1)", "a script")
            mini.add_source_in(ctx, uuid, 'https://x.example/" onmouseover="alert(1)', "a quote")
    pages = [check_html(check_use_case(mini, UseCase.from_dict({"commercial": True}))),
             rules_html(rules_for(mini, mini.resolve("BigCo Ultra").uuid))]
    assert any("a script" in page for page in pages)
    for page in pages:
        assert 'href="javascript' not in page and 'onmouseover="alert' not in page


def test_colors_and_links_are_validated() -> None:
    assert safe_color("#a1b2c3") == "#a1b2c3" and safe_color("#abc") == "#abc"
    assert safe_color(BAD_COLOR) == safe_color("red") == safe_color(None) == "#8a8f98"
    assert web_link("https://example.org/x?a=1") == "https://example.org/x?a=1"
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "mailto:a@b.c", "//evil.example",
                "https://", "https://ex ample.org", "https://example.org/\x1b]8;", None, 7):
        assert web_link(bad) is None, bad


def test_terminal_text_loses_every_control_character() -> None:
    for text in (terminal_text(ESCAPES), terminal_lines(ESCAPES)):
        assert not re.search(r"[\x00-\x1f\x7f-\x9f]", text), repr(text)
    assert terminal_lines("a\nb \x1b[1mbold\x1b[0m") == "a\nb \x1b[1mbold\x1b[0m"  # our own bold and line breaks
    assert terminal_text("Llama 3.1 — 405B · 中文") == "Llama 3.1 — 405B · 中文"


COMMANDS = [("list", "models"), ("list", "tags"), ("tags", "list"), ("search", "evil"), ("search", "hostile"),
            ("check", "--commercial"), ("list", "models", "--tag", "hostile")]


def test_table_output_carries_no_control_characters_and_json_stays_exact(
    mini_path: Path, hostile: dict[str, str], capsys: pytest.CaptureFixture[str],
) -> None:
    def run(*args: str) -> str:
        capsys.readouterr()
        assert main(["--db", str(mini_path), *args]) == 0
        out, err = capsys.readouterr()
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", err)
        return out

    for command in [*COMMANDS, ("show", hostile["escaped"]), ("show", hostile["tag"]),
                    ("rules", hostile["escaped"])]:
        out = run(*command)
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", out), (command, repr(out[:300]))
    shown = json.loads(run("show", hostile["escaped"], "--format", "json"))
    assert shown["name"] == "Evil " + ESCAPES  # JSON is the exact value, escaped by JSON itself
    tags = json.loads(run("tags", "list", "--format", "json"))
    assert "tag" + ESCAPES in [tag["name"] for tag in tags]
    assert main(["--db", str(mini_path), "show", "no such " + ESCAPES]) == 1
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", capsys.readouterr().err)
