"""Merge and import previews: the same diff as `modelatlas diff`, computed on a copy; the atlas is only read."""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import uuid as uuid_module
from pathlib import Path

import pytest

from db.cli.main import main
from db.exchange.api import apply_merge, export_atlas, preview_merge
from db.exchange.errors import IncomingFileError
from db.history.preview import preview_import_changes, preview_merge_changes
from db.importers.api import run_import
from db.store import Store
from tests.conftest import reference


def _replica(template: Path, path: Path, author: str) -> Store:
    """Another laptop that loaded the same seed: a copy with its own identity."""
    path.write_bytes(template.read_bytes())
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE atlas_meta SET value=? WHERE key='database_uuid'", (str(uuid_module.uuid4()),))
        connection.commit()
    return Store.open(path, author)


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture
def teammate_file(_mini_template: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Alice's atlas, and Bob's export with one added entry, one changed clause and one tombstone."""
    alice = _replica(_mini_template, tmp_path / "alice.atlas", "alice")
    alice.close()
    bob = _replica(_mini_template, tmp_path / "bob.atlas", "bob")
    try:
        bob.create("organization", {"name": "Gamma Labs"})
        apache = bob.resolve("Apache License 2.0", "license")
        with bob.write() as ctx:
            row = ctx.entry(apache.uuid)
            row.clause_details = {**(row.clause_details or {}), "commercial_use": "only with a notice"}  # type: ignore[attr-defined]
            ctx.stamp(row)
        bob.delete(bob.resolve("BigCo Ultra", "model").uuid)
        export_atlas(bob, tmp_path / "bob-export.atlas")
    finally:
        bob.close()
    return tmp_path / "alice.atlas", tmp_path / "bob-export.atlas"


def test_a_teammates_file_shows_exactly_its_added_changed_and_removed_entries(teammate_file: tuple[Path, Path]) -> None:
    alice_path, export = teammate_file
    store = Store.open(alice_path, "alice")
    try:
        seq, before = store.change_seq, _fingerprint(alice_path)
        diff = preview_merge_changes(store, export)
        assert [(e.kind, e.name) for e in diff.added] == [("organization", "Gamma Labs")]
        assert [(e.kind, e.name) for e in diff.removed] == [("model", "BigCo Ultra")]
        assert [(e.kind, e.name) for e in diff.changed] == [("license", "Apache License 2.0")]
        assert diff.changed[0].fields == {"clause_details.commercial_use": [None, "only with a notice"]}
        assert (diff.a, diff.b) == ("now", "after merging bob-export.atlas")
        assert store.change_seq == seq and _fingerprint(alice_path) == before  # the atlas is never touched
        assert store.resolve("BigCo Ultra", "model") is not None

        only_models = preview_merge_changes(store, export, kind="models")
        assert (only_models.added, [e.name for e in only_models.removed], only_models.changed) == (
            [], ["BigCo Ultra"], [])

        apply_merge(store, export)
        again = preview_merge_changes(store, export)
        assert (again.added, again.removed, again.changed) == ([], [], [])
    finally:
        store.close()


def test_a_hostile_file_gets_the_same_refusal_as_the_merge(mini: Store, tmp_path: Path) -> None:
    hostile = tmp_path / "hostile.atlas"
    hostile.write_bytes(b"SQLite format 3\x00" + b"\x07" * 4096)
    before, seq = _fingerprint(mini.path), mini.change_seq
    with pytest.raises(IncomingFileError) as by_merge:
        preview_merge(mini, hostile)
    with pytest.raises(IncomingFileError) as by_preview:
        preview_merge_changes(mini, hostile)
    assert str(by_preview.value) == str(by_merge.value) and "hostile.atlas" in str(by_preview.value)
    assert _fingerprint(mini.path) == before and mini.change_seq == seq


def test_import_preview_of_a_small_catalog_file_then_nothing_after_importing_it(mini: Store) -> None:
    catalog = [reference("model_openness_tool", "models", "Llama-3-8B.yml")]
    before, seq = _fingerprint(mini.path), mini.change_seq
    diff = preview_import_changes(mini, "mot", catalog)
    assert ("model", "Llama-3-8B") in [(e.kind, e.name) for e in diff.added]
    assert diff.removed == []
    assert _fingerprint(mini.path) == before and mini.change_seq == seq
    run_import(mini, "mot", catalog)
    again = preview_import_changes(mini, "mot", catalog)
    assert (again.added, again.removed, again.changed) == ([], [], [])


def test_the_cli_prints_the_changes_only_when_asked(teammate_file: tuple[Path, Path],
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    alice_path, export = teammate_file
    before = _fingerprint(alice_path)
    assert main(["--db", str(alice_path), "merge", str(export), "--dry-run", "--changes", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [e["name"] for e in data["added"]] == ["Gamma Labs"]
    assert [e["name"] for e in data["removed"]] == ["BigCo Ultra"]
    assert data["changed"][0]["fields"] == {"clause_details.commercial_use": [None, "only with a notice"]}
    assert main(["--db", str(alice_path), "merge", str(export), "--dry-run", "--changes", "--format", "md"]) == 0
    markdown = capsys.readouterr().out
    assert "## Removed" in markdown and "| Apache License 2.0 | license | clause_details.commercial_use |" in markdown
    assert main(["--db", str(alice_path), "merge", str(export), "--dry-run"]) == 0
    assert "would merge" in capsys.readouterr().out
    assert _fingerprint(alice_path) == before

    catalog = str(reference("model_openness_tool", "models", "Llama-3-8B.yml"))
    assert main(["--db", str(alice_path), "import", "mot", catalog, "--dry-run", "--changes"]) == 0
    table = capsys.readouterr().out
    assert "Llama-3-8B" in table and "added" in table
    assert _fingerprint(alice_path) == before


def test_the_cli_refuses_changes_without_a_dry_run_and_changes_nothing(teammate_file: tuple[Path, Path],
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    alice_path, export = teammate_file
    before = _fingerprint(alice_path)
    assert main(["--db", str(alice_path), "merge", str(export), "--changes"]) != 0
    assert "use it with --dry-run" in capsys.readouterr().err
    assert main(["--db", str(alice_path), "merge", str(export), "--dry-run", "--format", "md"]) != 0
    assert "need --dry-run --changes" in capsys.readouterr().err
    assert _fingerprint(alice_path) == before
