"""One way of writing a recorded change as text: `history`, `diff` and its exports all say an old or new value
alike (nothing as a dash, lists joined, an emptied list as "(none)", a structure by its set keys)."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.cli.main import main
from db.history.change_text import change_text


def test_each_shape_of_value() -> None:
    assert change_text(None) == "—"
    assert change_text(["a", "b"]) == "a, b" and change_text([]) == "(none)"
    assert change_text({"status": "open", "license": None}) == "status: open" and change_text({"x": None}) == "—"
    assert change_text(32000) == "32000" and change_text("Apache-2.0") == "Apache-2.0"


def test_history_and_diff_write_a_change_alike(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def cli(*args: str) -> str:
        capsys.readouterr()
        assert main(["--db", str(mini_path), *args]) == 0
        return capsys.readouterr().out

    cli("snapshot", "create", "before")
    cli("tag", "Acme 7B", "shortlist")
    history = cli("history", "Acme 7B", "--limit", "1")
    written = next(line.strip() for line in history.splitlines() if line.strip().startswith("tags:"))
    old, new = written.removeprefix("tags: ").split(" → ")
    assert new.split(", ").count("shortlist") == 1
    markdown = cli("diff", "before", "now", "--format", "md")
    assert f"| Acme 7B | model | tags | {old} | {new} |" in markdown
