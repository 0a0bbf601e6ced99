"""`modelatlas search`, `reindex` and `searches`: the JSON contract, plain output when piped, saved searches."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from db.cli import main as cli_main


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = cli_main.main([str(a) for a in args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def search_json(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> Any:
    code, out, err = run(capsys, "--db", db, "search", *args, "--format", "json")
    assert code == 0, err
    return json.loads(out)


def test_json_contract(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    data = search_json(capsys, mini_path, "acme")
    assert set(data) == {"total", "hits", "facets", "suggestion", "ignored", "catching_up", "pending"}
    assert data["catching_up"] is False and data["pending"] == 0
    assert data["total"] >= len(data["hits"]) > 0
    for hit in data["hits"]:
        assert set(hit) == {"uuid", "kind", "title", "score", "snippet"}
        assert isinstance(hit["score"], float) and len(hit["uuid"]) == 36
    assert set(data["facets"]) == {"kind", "openness", "jurisdiction", "tag"}
    assert all(set(item) == {"value", "count"} for item in data["facets"]["kind"])
    assert data["suggestion"] is None and data["ignored"] == []
    assert any("«" in hit["snippet"] for hit in data["hits"])


def test_json_reports_what_a_malformed_query_lost(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    data = search_json(capsys, mini_path, 'acme "open', "OR")
    assert data["ignored"] and data["total"] >= 0


def test_json_suggests_a_correction(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    data = search_json(capsys, mini_path, "acmee", "wieghts")
    assert data["total"] == 0
    assert data["suggestion"] == "acme weights"


def test_kind_and_limit(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    data = search_json(capsys, mini_path, "acme", "--kind", "models", "--limit", "1")
    assert data["total"] == 2 and len(data["hits"]) == 1 and data["hits"][0]["kind"] == "model"
    code, _out, err = run(capsys, "--db", mini_path, "search", "acme", "--kind", "unicorns")
    assert code == 1 and "not a kind" in err


def test_table_output_is_plain_when_piped(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    code, out, _err = run(capsys, "--db", mini_path, "search", "acme", "weights")
    assert code == 0
    assert "Acme" in out and "results" in out and "kind:" in out
    assert "«" not in out and "\x1b[" not in out


def test_save_and_list_saved_searches(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    code, out, err = run(capsys, "--db", mini_path, "search", "--save", "EU labs", "jurisdiction:EU")
    assert code == 0, err
    assert "saved as 'EU labs'" in out
    code, out, _err = run(capsys, "--db", mini_path, "searches", "--format", "json")
    assert [s["name"] for s in json.loads(out)] == ["EU labs"]
    assert json.loads(out)[0]["query"] == "jurisdiction:EU"
    data = search_json(capsys, mini_path, "kind:saved_search labs")
    assert [hit["title"] for hit in data["hits"]] == ["EU labs"]


def test_reindex(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    code, out, err = run(capsys, "--db", mini_path, "reindex", "--format", "json")
    assert code == 0, err
    data = json.loads(out)
    assert data["state"] == "fresh" and data["documents"] > 10
    assert Path(data["index"]) == Path(f"{mini_path}.index")
    code, out, _err = run(capsys, "--db", mini_path, "reindex")
    assert code == 0 and out.startswith("indexed ")
