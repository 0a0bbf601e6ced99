"""File names that mean something in a URI (? # %) open exactly the file named, through every path to SQLite."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from db.cli import main as cli_main
from db.library import create_atlas
from db.search.service import SearchService
from db.store import Store

AWKWARD_NAMES = ["q?mode=ro.atlas", "pct%20x.atlas", "a#b.atlas", "sp ace%.atlas", "file:x.atlas"]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = cli_main.main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_cli_creates_and_opens_exactly_the_named_file(name: str, tmp_path: Path, capsys,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run_cli(capsys, "init", "--empty", name)
    assert code == 0, err
    assert sorted(os.listdir(tmp_path)) == [name]  # no stray "q", "a" or ".creating" files

    code, out, err = run_cli(capsys, "--db", name, "info", "--format", "json")
    assert code == 0, err
    assert Path(json.loads(out)["file"]) == (tmp_path / name).resolve()

    code, out, err = run_cli(capsys, "--db", name, "tags", "list", "--format", "json")
    assert code == 0, err
    with Store.open(tmp_path / name) as store:  # a write reaches the named file
        store.create("note", {"name": "Written through an awkward name", "body": "zebra"})
    code, out, err = run_cli(capsys, "--db", name, "search", "zebra", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["total"] == 1
    leftovers = {p for p in os.listdir(tmp_path) if not p.startswith(name)}
    assert leftovers == set(), leftovers


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_store_and_search_use_the_named_file(name: str, tmp_path: Path) -> None:
    folder = tmp_path / "sub?dir#x%41"
    folder.mkdir()
    path = folder / name
    store = create_atlas(path, "tester", empty=True)
    try:
        store.create("note", {"name": "Only in the awkward file", "body": "quokka"})
        assert store.path == path
        with SearchService(store, tmp_path / "index") as service:
            service.ensure_fresh()
            assert [hit.title for hit in service.search("quokka").hits] == ["Only in the awkward file"]
    finally:
        store.close()
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith(name)) == []


def test_a_file_named_like_a_uri_option_is_not_read_only(tmp_path: Path) -> None:
    """`q?mode=ro.atlas` once opened the file `q` read-only; now it is a name like any other."""
    path = tmp_path / "q?mode=ro.atlas"
    create_atlas(path, "tester", empty=True).close()
    with Store.open(path, "tester") as store:
        store.create("tag", {"name": "writable"})
        assert store.counts()["tags"] == 1
    assert not (tmp_path / "q").exists()
