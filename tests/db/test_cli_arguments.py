"""Numbers out of range and values outside a vocabulary are usage errors that name the range or the allowed values."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.cli import main as cli_main
from db.vocab import LicenseFamily, OpennessGrade, PolicyStatus, Verdict


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = cli_main.main([str(a) for a in args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def last_error_line(err: str) -> str:
    assert "Traceback" not in err and "internal error" not in err, err
    return err.strip().splitlines()[-1]


@pytest.mark.parametrize("args", [
    ["list", "models", "--limit", "100000000000000000000"],
    ["search", "acme", "--limit", "100000000000000000000"],
    ["search", "acme", "--offset", "100000000000000000000"],
    ["search", "acme", "--limit", "-1"],
])
def test_huge_or_negative_counts_are_a_clear_usage_error(capsys, mini_path: Path, args: list[str]) -> None:
    code, out, err = run(capsys, "--db", mini_path, *args)
    assert code == 2 and out == ""
    line = last_error_line(err)
    assert "out of range" in line and ("1,000,000,000" in line or "10,000" in line), line


@pytest.mark.parametrize(("option", "kind", "vocabulary"), [
    ("--openness", "models", OpennessGrade),
    ("--license-family", "licenses", LicenseFamily),
    ("--status", "policy-notes", PolicyStatus),
    ("--verdict", "evaluations", Verdict),
])
def test_vocabulary_options_name_the_allowed_values(capsys, mini_path: Path, option: str, kind: str,
                                                    vocabulary: type) -> None:
    code, out, err = run(capsys, "--db", mini_path, "list", kind, option, "no-such-value")
    assert code == 2 and out == ""
    line = last_error_line(err)
    assert option in line and "'no-such-value'" in line
    for value in vocabulary:
        assert value.value in line, (value, line)


def test_vocabulary_values_tolerate_case_and_underscores(capsys, mini_path: Path) -> None:
    code, out, err = run(capsys, "--db", mini_path, "list", "models", "--openness", "Open_Weights_Restricted",
                         "--format", "json")
    assert code == 0, err
    assert "Acme 7B Chat" in out


def test_a_limit_within_range_still_works(capsys, mini_path: Path) -> None:
    code, out, err = run(capsys, "--db", mini_path, "list", "models", "--limit", "1000000000", "--format", "json")
    assert code == 0, err
    assert out.count('"uuid"') == 3
