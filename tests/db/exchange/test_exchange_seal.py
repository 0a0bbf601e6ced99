"""An export opened in the app, edited and sent back merges; a file without a valid seal is verified by content."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest
from exchange_helpers import replica

from db.cli.main import main
from db.exchange.api import apply_merge, export_atlas, preview_merge
from db.exchange.errors import IncomingFileError
from db.exchange.manifest import MANIFEST_KEY
from db.store import Store


def has_manifest(path: Path) -> bool:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT 1 FROM atlas_meta WHERE key=?", (MANIFEST_KEY,)).fetchone() is not None


@pytest.fixture
def alice(_mini_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "alice.atlas"
    replica(_mini_template, path, "alice").close()
    return path


@pytest.fixture
def sent(alice: Path, tmp_path: Path) -> Path:
    """Alice's export, as Bob receives it."""
    with Store.open(alice, "alice") as store:
        export_atlas(store, tmp_path / "for-bob.atlas")
    return tmp_path / "for-bob.atlas"


def test_an_export_edited_in_the_app_merges_back_as_its_edits(alice: Path, sent: Path) -> None:
    with Store.open(sent, "bob") as bob:  # Bob opens the file he was sent as his atlas and edits it
        acme = bob.resolve("Acme 7B").uuid
        bob.update(acme, {"summary": "Bob's reading."})
        bob.tag([acme], ["bob-picks"])
    assert not has_manifest(sent)  # the seal went with the first write: it would only be a false claim now
    with Store.open(alice, "alice") as store:
        plan = preview_merge(store, sent)
        assert not plan.to_json()["sealed"] and "export it again" in plan.to_json()["note"]
        report = apply_merge(store, plan)
        assert report.totals()["conflicts"] == 0 and report.counts["updated"]["models"] == 1
        assert report.counts["new"]["tags"] == 1
        assert store.get(acme).summary == "Bob's reading."
        assert "bob-picks" in [tag.name for tag in store.get(acme).tags]
        again = preview_merge(store, sent)  # merging the same file twice changes nothing more
        try:
            assert again.totals()["new"] == again.totals()["updated"] == again.totals()["conflicts"] == 0
        finally:
            again.close()


def test_edits_on_both_sides_of_a_reopened_export_are_a_conflict_not_a_loss(alice: Path, sent: Path) -> None:
    with Store.open(sent, "bob") as bob:
        acme = bob.resolve("Acme 7B").uuid
        bob.update(acme, {"summary": "Bob's reading."})
    with Store.open(alice, "alice") as store:
        store.update(acme, {"summary": "Alice's reading."})
        report = apply_merge(store, sent)
        assert report.counts["conflicts"]["models"] == 1


def test_an_export_changed_outside_the_app_is_checked_value_by_value(
    alice: Path, sent: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    with contextlib.closing(sqlite3.connect(sent)) as connection:  # no reseal: the checksum no longer matches
        connection.execute("UPDATE organizations SET summary='quietly changed'")
        connection.commit()
    assert main(["--db", str(alice), "merge", str(sent), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sealed"] is False and "changed after it was exported" in data["note"]
    assert main(["--db", str(alice), "merge", str(sent)]) == 0
    assert "not a sealed export" in capsys.readouterr().out


def test_a_bad_value_in_an_unsealed_file_is_refused_saying_what_to_do(alice: Path, sent: Path) -> None:
    with contextlib.closing(sqlite3.connect(sent)) as connection:
        connection.execute("UPDATE models SET release_date='2024-19-39'")
        connection.commit()
    with Store.open(alice, "alice") as store, pytest.raises(IncomingFileError) as caught:
        preview_merge(store, sent)
    message = str(caught.value)
    assert "models.release_date" in message and "'2024-19-39'" in message
    assert "changed after it was exported" in message and "export it again" in message


def test_an_atlas_database_itself_merges_verified_by_its_content(_mini_template: Path, alice: Path,
                                                                  tmp_path: Path) -> None:
    bob_path = tmp_path / "bob.atlas"
    with replica(_mini_template, bob_path, "bob") as bob:
        bob.create("model", {"name": "Bob's model"})
    with Store.open(alice, "alice") as store:
        report = apply_merge(store, bob_path)
        assert report.counts["new"]["models"] == 1 and report.totals()["conflicts"] == 0
        assert "no export manifest" in report.note
        assert store.resolve("Bob's model").author == "bob"
