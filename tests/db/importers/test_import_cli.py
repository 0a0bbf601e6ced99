"""`modelatlas import` and `modelatlas review` from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from db.cli.main import main
from db.errors import NotFoundError
from db.store import Store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_json_report(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "--db", str(mini_path), "import", "epoch", str(FIXTURES / "epoch"),
                          "--format", "json")
    assert code == 0 and err == ""  # no progress on a non-terminal
    data = json.loads(out)
    assert {"new", "updated", "unchanged", "review", "rejected"} <= set(data)
    assert data["rejected"][0] == {"where": "epoch_messy.csv, line 7", "reason": "Parameters: not a number: 'lots'"}
    assert all(set(item) == {"where", "reason"} for item in data["rejected"])


def test_dry_run_changes_nothing(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(mini_path), "import", "mot", str(FIXTURES / "mot"), "--dry-run")
    assert code == 0 and out.startswith("Dry run (nothing changed): mot")
    assert "  new         3" in out and "broken.yml: line 3: bad YAML" in out
    with Store.open(mini_path) as store, pytest.raises(NotFoundError):
        store.resolve("Tiny-1B", "model")


def test_dry_run_then_import(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "--db", str(mini_path), "import", "mot", str(FIXTURES / "mot"), "--dry-run")
    with Store.open(mini_path) as store:
        models = store.counts()["models"]
    code, out, _ = _run(capsys, "--db", str(mini_path), "import", "mot", str(FIXTURES / "mot"))
    assert code == 0 and out.startswith("Imported: mot")
    with Store.open(mini_path) as store:
        assert store.counts()["models"] == models + 3


def test_errors_are_one_line(mini_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "--db", str(mini_path), "import", "epoch", str(tmp_path / "missing.csv"))
    assert code == 1 and err.strip().endswith("missing.csv does not exist")
    code, _, err = _run(capsys, "--db", str(mini_path), "import", "epoch")
    assert code == 1 and "give at least one file" in err


def test_spdx_needs_no_path(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--db", str(mini_path), "import", "spdx", "--format", "json")
    assert code == 0 and json.loads(out)["skipped"] > 500


def test_review_list_and_resolve(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _run(capsys, "--db", str(mini_path), "import", "epoch", str(FIXTURES / "epoch"))
    code, out, _ = _run(capsys, "--db", str(mini_path), "review", "--format", "json")
    items = json.loads(out)
    assert code == 0 and [i["name"] for i in items] == ["Acme Chat"]  # which size of the seed's Acme 7B Chat?
    item = items[0]
    assert item["candidate"]["name"] == "Acme 7B Chat" and "size on one side only" in item["reason"]
    code, out, _ = _run(capsys, "--db", str(mini_path), "review")
    assert "Acme Chat" in out and "--merge ID ENTRY" in out and "size on one side only" in out
    code, out, _ = _run(capsys, "--db", str(mini_path), "review", "--create", item["id"])
    assert code == 0 and out.strip() == f"{item['id']} created: Acme Chat → Acme Chat"
    code, out, _ = _run(capsys, "--db", str(mini_path), "review", "--format", "json")
    assert json.loads(out) == []
    code, _, err = _run(capsys, "--db", str(mini_path), "review", "--dismiss", item["id"])
    assert code == 1 and "already resolved (created)" in err
    code, out, _ = _run(capsys, "--db", str(mini_path), "review", "--status", "all", "--format", "json")
    assert [i["status"] for i in json.loads(out)] == ["created"]
