"""The whole story through the command line: two laptops edit the same seed, merge both ways, resolve, converge."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import content, replica

from db.cli.main import main
from db.store import Store


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str, author: str = "tester") -> Any:
    capsys.readouterr()
    code = main(["--db", str(db), *args, "--author", author, "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out) if out.strip() else None


def _tags(store: Store, uuid: str) -> list[str]:
    return [tag.name for tag in store.get(uuid).tags]


def test_two_laptops_edit_merge_both_ways_resolve_and_end_identical(
    _seeded_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    a_path, b_path = tmp_path / "alice.atlas", tmp_path / "bob.atlas"
    replica(_seeded_template, a_path, "alice").close()
    replica(_seeded_template, b_path, "bob").close()
    mistral = cli(capsys, a_path, "show", "Mistral 7B")["uuid"]
    falcon = cli(capsys, b_path, "show", "Falcon 180B")["uuid"]

    # Alice: an edit that Bob also makes, new tags, a deleted tag, her evaluation.
    with Store.open(a_path, "alice") as alice:
        alice.update(mistral, {"summary": "Alice's reading of the license."})
        alice.update(alice.resolve("Llama 3.1 405B").uuid, {"family": "Llama 3.1 (Alice)"})
    cli(capsys, a_path, "tag", "Mistral 7B", "eu-review", "alice-picks", author="alice")
    cli(capsys, a_path, "tags", "delete", "watchlist", author="alice")
    alice_eval = cli(capsys, a_path, "evaluate", "Mistral 7B", "--use-case", "legal summaries", "--score",
                     "fit=4", "--verdict", "trial", author="alice")["uuid"]

    # Bob: the overlapping edit, the same new tag made independently, an untag, his evaluation, a deletion.
    with Store.open(b_path, "bob") as bob:
        bob.update(mistral, {"summary": "Bob's reading of the license."})
        bob.delete(falcon)
    cli(capsys, b_path, "tag", "Mistral 7B", "eu-review", author="bob")
    cli(capsys, b_path, "untag", "Mistral 7B", "small", author="bob")
    bob_eval = cli(capsys, b_path, "evaluate", "Mistral 7B", "--use-case", "chat assistant", "--score", "fit=2",
                   "--verdict", "hold", author="bob")["uuid"]

    cli(capsys, a_path, "export", str(tmp_path / "alice.out"), author="alice")
    cli(capsys, b_path, "export", str(tmp_path / "bob.out"), author="bob")
    preview = cli(capsys, a_path, "merge", str(tmp_path / "bob.out"), "--dry-run", author="alice")
    assert set(preview) >= {"new", "updated", "unchanged", "deleted", "conflicts", "duplicates"}
    assert preview["conflicts"]["models"] == 1 and preview["deleted"]["models"] == 1
    assert preview["new"]["evaluations"] == 1
    merged_a = cli(capsys, a_path, "merge", str(tmp_path / "bob.out"), author="alice")
    merged_b = cli(capsys, b_path, "merge", str(tmp_path / "alice.out"), author="bob")
    assert merged_a["totals"] == preview["totals"]
    assert merged_a["backup"] and Path(merged_a["backup"]).exists()
    assert merged_b["deleted"]["tags"] == 1  # Alice's deleted tag goes on Bob's laptop too

    with Store.open(a_path, "alice") as alice, Store.open(b_path, "bob") as bob:
        assert content(alice) == content(bob)
        for store in (alice, bob):
            assert store.get(falcon, include_deleted=True).deleted_at is not None
            assert store.get(alice_eval).evaluator == "alice" and store.get(bob_eval).evaluator == "bob"
            tags = _tags(store, mistral)
            assert tags.count("eu-review") == 1 and "alice-picks" in tags and "small" not in tags
            assert "watchlist" not in [t["name"] for t in cli(capsys, store.path, "tags", "list")]
            assert store.get(store.resolve("Llama 3.1 405B").uuid).family == "Llama 3.1 (Alice)"

    conflicts = cli(capsys, a_path, "conflicts", author="alice")
    assert [(c["row_uuid"], [f["field"] for f in c["fields"]]) for c in conflicts] == [(mistral, ["summary"])]
    assert {conflicts[0]["fields"][0]["mine"], conflicts[0]["fields"][0]["theirs"]} == {
        "Alice's reading of the license.", "Bob's reading of the license."}
    cli(capsys, a_path, "resolve", mistral, "--field", "summary=Both readings, reconciled.", author="alice")
    assert cli(capsys, a_path, "conflicts", author="alice") == []

    # The resolution travels and settles Bob's side of the conflict too.
    cli(capsys, a_path, "export", str(tmp_path / "alice2.out"), author="alice")
    settled = cli(capsys, b_path, "merge", str(tmp_path / "alice2.out"), author="bob")
    assert settled["totals"]["conflicts"] == 0 and settled["updated"]["models"] == 1
    assert cli(capsys, b_path, "conflicts", author="bob") == []
    cli(capsys, b_path, "export", str(tmp_path / "bob2.out"), author="bob")
    again = cli(capsys, a_path, "merge", str(tmp_path / "bob2.out"), author="alice")
    assert again["totals"]["new"] == again["totals"]["updated"] == again["totals"]["conflicts"] == 0
    with Store.open(a_path, "alice") as alice, Store.open(b_path, "bob") as bob:
        assert content(alice) == content(bob)
        assert alice.get(mistral).summary == bob.get(mistral).summary == "Both readings, reconciled."


def test_backup_command_rotates(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = [cli(capsys, mini_path, "backup")["backup"] for _ in range(7)]
    kept = sorted((mini_path.parent / "mini.backups").iterdir())
    assert len(kept) == 5 and Path(made[-1]).name == kept[-1].name


def test_query_export_needs_the_search_engine_or_finds_entries(
    mini_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["--db", str(mini_path), "export", str(tmp_path / "q.atlas"), "--query", "acme"])
    err = capsys.readouterr().err
    assert code == 0 or ("search" in err and err.count("\n") == 1)


def test_export_refuses_to_overwrite(mini_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "taken.atlas").write_text("mine")
    assert main(["--db", str(mini_path), "export", str(tmp_path / "taken.atlas")]) == 1
    assert "already exists" in capsys.readouterr().err
    assert (tmp_path / "taken.atlas").read_text() == "mine"
