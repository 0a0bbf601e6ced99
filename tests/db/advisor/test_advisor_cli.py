"""`modelatlas check` and `modelatlas rules`: the JSON contracts, the exports, saved use cases and errors."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from db.cli import main as cli_main

VERDICTS = {"allowed", "allowed_with_duties", "separate_agreement", "not_allowed", "unknown"}
STATUSES = {"applies", "exempt", "does_not_apply", "undetermined"}
SCALE_UP = ("check", "--commercial", "--region", "EU", "--users", "800000000", "--fine-tune", "--redistribute")


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


Invoke = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], seeded_path: Path) -> Invoke:
    def invoke(*args: str | Path) -> Result:
        try:
            code = cli_main.main(["--db", str(seeded_path), *[str(a) for a in args]])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


def test_check_json_contract(run: Invoke) -> None:
    rows = run(*SCALE_UP, "--format", "json").json()
    assert isinstance(rows, list) and len(rows) > 60
    for row in rows:
        assert {"uuid", "model", "verdict", "duties", "reasons"} <= set(row)
        assert row["verdict"] in VERDICTS
        for reason in row["reasons"]:
            assert reason["clause"] and reason["source"] and "value" in reason and "sources" in reason
        for duty in row["duties"]:
            assert {"kind", "label", "text"} <= set(duty)
    by_model = {row["model"]: row for row in rows}
    assert by_model["Llama 3.1 405B"]["verdict"] == "separate_agreement"
    assert by_model["Mistral 7B"]["verdict"] == "allowed_with_duties"
    assert by_model["Command R+"]["verdict"] == "not_allowed"
    assert by_model["Falcon 180B"]["verdict"] == "unknown"
    decisive = [r for r in by_model["Llama 3.1 405B"]["reasons"] if r["decisive"]]
    assert [(r["clause"], r["value"]) for r in decisive] == [("user_cap", "700,000,000")]
    assert decisive[0]["sources"][0]["url"].startswith("https://")


def test_check_table_users_shorthand_and_model_filter(run: Invoke) -> None:
    table = run("check", "--region", "EU", "--users", "800M", "--fine-tune", "--redistribute")
    assert table.code == 0, table.err
    assert "Use case: commercial; EU; 800,000,000 monthly users; fine-tune; redistribute weights" in table.out
    assert "Needs a separate agreement" in table.out and "user cap: 700,000,000" in table.out
    one = run("check", "--users", "8e8", "--model", "Llama 3.1 8B", "--model", "Mixtral 8x7B",
              "--format", "json").json()
    assert sorted(r["model"] for r in one) == ["Llama 3.1 8B", "Mixtral 8x7B"]
    research = run("check", "--non-commercial", "--model", "Command R+", "--format", "json").json()
    assert research[0]["verdict"] == "allowed_with_duties"


def test_check_exports_markdown_and_self_contained_html(run: Invoke, tmp_path: Path) -> None:
    md = run(*SCALE_UP, "--format", "md")
    assert md.code == 0 and md.out.startswith("# Use-case check\n")
    assert "| Llama 3.1 405B | Needs a separate agreement |" in md.out
    assert "### Falcon 180B — Unknown" in md.out
    target = tmp_path / "check.html"
    html_run = run(*SCALE_UP, "--format", "html", "--out", target)
    assert html_run.code == 0 and str(target) in html_run.out
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "<link" not in page
    assert "Needs a separate agreement" in page and "#d4852a" in page


def test_check_save_and_rerun_shows_what_changed(run: Invoke) -> None:
    saved = run(*SCALE_UP, "--save", "EU scale-up")
    assert saved.code == 0 and "Saved as use case 'EU scale-up'" in saved.out
    again = run("check", "--use-case", "EU scale-up")
    assert again.code == 0 and "No verdict changed since the last run" in again.out
    rows = run("check", "--use-case", "eu scale-up", "--format", "json").json()
    assert all("previous_verdict" not in row for row in rows)
    mixed = run("check", "--use-case", "EU scale-up", "--region", "US")
    assert mixed.code == 1 and "--region" in mixed.err and mixed.out == ""
    missing = run("check", "--use-case", "Nope")
    assert missing.code == 1 and "no use case entry named 'Nope'" in missing.err


def test_check_errors_are_one_line(run: Invoke) -> None:
    bad_users = run("check", "--users", "lots")
    assert bad_users.code == 1 and "monthly users" in bad_users.err and len(bad_users.err.splitlines()) == 1
    bad_model = run("check", "--model", "No Such Model")
    assert bad_model.code == 1 and "no model entry named" in bad_model.err
    both = run("check", "--commercial", "--non-commercial")
    assert both.code == 2


def test_rules_json_contract(run: Invoke) -> None:
    rows = run("rules", "Llama 3.1 405B", "--format", "json").json()
    assert rows and all(row["status"] in STATUSES for row in rows)
    by_note = {row["note"]: row for row in rows}
    presumption = by_note["EU AI Act — systemic-risk presumption at 10^25 FLOP"]
    assert presumption["status"] == "applies"
    assert {"fact": "training_compute_flop", "test": "training_compute_flop > 1e25", "value": 3.8e25,
            "outcome": True} in presumption["conditions"]["applies_if"]
    assert any(f["fact"] == "training_compute_flop" and f["from"]["name"] == "Llama 3.1 405B"
               for f in presumption["facts"])
    assert presumption["rule_text"]["obligations"] and presumption["sources"]
    revoked = by_note["US Executive Order 14110 on safe, secure and trustworthy AI (revoked)"]
    assert revoked["status"] == "does_not_apply" and "revoked" in revoked["why"]
    mistral = {row["note"]: row for row in run("rules", "Mistral 7B", "--format", "json").json()}
    exemption = mistral["EU AI Act — the open-source exemption and its limits"]
    assert exemption["status"] == "undetermined"
    assert [m["fact"] for m in exemption["missing"]] == ["training_compute_flop"]
    china = {row["note"]: row for row in run("rules", "Mistral 7B", "--region", "CN", "--format", "json").json()}
    assert china["China — Interim Measures for the Management of Generative AI Services"]["status"] == "applies"


def test_rules_table_and_exports(run: Invoke) -> None:
    table = run("rules", "Mixtral 8x7B")
    assert table.code == 0, table.err
    assert "[EXEMPT] EU AI Act — the open-source exemption and its limits" in table.out
    assert "✔ not (training_compute_flop > 1e25)" in table.out
    md = run("rules", "Llama 3.1 405B", "--format", "md").out
    assert md.startswith("# Rules for Llama 3.1 405B")
    assert "| EU AI Act — systemic-risk presumption at 10^25 FLOP |" in md
    page = run("rules", "Llama 3.1 405B", "--format", "html").out
    assert page.startswith("<!DOCTYPE html>") and "<script" not in page and "Applies" in page


def test_rules_errors(run: Invoke) -> None:
    not_a_model = run("rules", "Apache License 2.0")
    assert not_a_model.code == 1 and "no model entry named" in not_a_model.err
    assert run("rules", "Mistral 7B", "--format", "csv").code == 2


def test_other_commands_keep_table_and_json_only(run: Invoke) -> None:
    assert run("info", "--format", "json").code == 0
    assert run("info", "--format", "md").code == 2
