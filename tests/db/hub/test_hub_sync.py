"""Syncing laptops through a real PostgreSQL hub: both ways, roles enforced by the server, private rows kept home."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from hub_helpers import assert_same_tables, hub_rows, laptop, open_conflicts, tables
from hub_server import PgServer

from db.cli.main import main
from db.errors import NotFoundError
from db.hub import grant, hub_status, init_hub, local_sync_states, pushed_versions, sync
from db.hub.errors import HubError, HubPermissionError
from db.store import Store


@pytest.fixture
def hub(pg_server: PgServer, hub_database: str) -> str:
    url = pg_server.url(hub_database)
    init_hub(url)
    return url


@pytest.fixture
def seeded_laptops(_seeded_template: Path, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    first = laptop(_seeded_template, tmp_path / "ana.atlas", "ana")
    second = laptop(_seeded_template, tmp_path / "ben.atlas", "ben")
    yield first, second
    first.close()
    second.close()


def test_two_laptops_edit_and_sync_both_ways_to_identical_tables(hub: str, seeded_laptops: tuple[Store, Store]) -> None:
    ana, ben = seeded_laptops
    first = sync(ana, hub)
    assert first.pushed["models"] == 72 and first.pulled == {} and first.hub_version == 1
    assert sync(ben, hub).pushed == {}  # the same seed: nothing new to send

    mistral = ana.resolve("Mistral 7B").uuid
    gpt = ana.resolve("GPT-4o").uuid
    ana.update(mistral, {"summary": "Ana's summary"})
    note = ana.create("note", {"name": "EU exemption reading", "body": "Ana's note", "target_uuid": mistral})
    ben.update(gpt, {"summary": "Ben's summary"})
    ben.update(mistral, {"summary": "Ben's summary too"})  # both changed Mistral 7B: a conflict
    ben.tag([gpt], ["shortlist"])
    ben.delete(ben.resolve("DeepSeek-R1").uuid)

    pushed = sync(ana, hub)
    assert pushed.pushed == {"models": 1, "notes": 1} and pushed.conflicts == 0
    second = sync(ben, hub)
    assert second.pulled == {"notes": 1} and second.conflicts == 1
    assert second.pushed["models"] >= 2 and second.pushed["tags"] == 1
    third = sync(ana, hub)
    assert third.conflicts == 0 and third.pulled["models"] >= 2 and third.pushed == {}
    assert sync(ben, hub).pulled == {} and sync(ana, hub).pulled == {}

    assert_same_tables(ana, ben)
    assert ana.get(note.uuid).body == "Ana's note"
    assert "shortlist" in [t.name for t in ana.get(gpt).tags]
    with pytest.raises(NotFoundError):
        ana.resolve("DeepSeek-R1")
    assert ana.get(mistral).summary == ben.get(mistral).summary  # the conflict shows the same version on both
    assert [row for row, _table in open_conflicts(ben)] == [mistral]
    state = local_sync_states(ana)
    assert state[0].hub_version == third.hub_version and state[0].pending == 0


def test_hub_tables_hold_each_row_and_its_log_line(hub: str, seeded_laptops: tuple[Store, Store]) -> None:
    ana, _ben = seeded_laptops
    sync(ana, hub)
    mistral = ana.resolve("Mistral 7B").uuid
    ana.update(mistral, {"summary": "logged"})
    version = sync(ana, hub).hub_version
    assert hub_rows(hub, "SELECT summary FROM models WHERE uuid = %s", (mistral,)) == [("logged",)]
    log = hub_rows(hub, "SELECT push, table_name, author, pushed_by, atlas, content::text FROM hub_log "
                        "WHERE row_uuid = %s ORDER BY id", (mistral,))
    assert [line[0] for line in log] == [1, version]
    assert log[-1][1:5] == ("entries", "ana", "atlas_admin", ana.identity)
    assert json.loads(log[-1][5])["summary"] == "logged"
    history = pushed_versions(hub, mistral)
    assert (history[0].push, history[0].author, history[0].pushed_by) == (version, "ana", "atlas_admin")
    assert {line.table for line in history} >= {"entries", "components"}
    status = hub_status(hub)
    assert status.hub_version == version and status.role == "owner" and status.counts["models"] == 72
    assert status.atlases == 1 and status.pushes == 2


def test_a_private_evaluation_never_reaches_the_hub(hub: str, seeded_laptops: tuple[Store, Store]) -> None:
    ana, ben = seeded_laptops
    target = ana.resolve("Mistral 7B").uuid
    secret = ana.create("evaluation", {"name": "draft", "evaluator": "ana", "target_uuid": target, "verdict": "hold",
                                       "scores": {"capability": 2}, "use_case": "secret project", "private": True})
    shared = ana.create("evaluation", {"name": "shared", "evaluator": "ana", "target_uuid": target,
                                       "verdict": "adopt", "scores": {"capability": 4}, "use_case": "chat"})
    private_note = ana.create("note", {"name": "private", "body": "between us", "private": True})
    report = sync(ana, hub)
    assert report.withheld >= 2 and report.pushed["evaluations"] == 1
    assert hub_rows(hub, "SELECT uuid FROM evaluations") == [(shared.uuid,)]
    for uuid in (secret.uuid, private_note.uuid):
        assert hub_rows(hub, "SELECT count(*) FROM entries WHERE uuid = %s", (uuid,)) == [(0,)]
        assert hub_rows(hub, "SELECT count(*) FROM hub_log WHERE row_uuid = %s OR content::text LIKE %s",
                        (uuid, f"%{uuid}%")) == [(0,)]
    assert hub_rows(hub, "SELECT count(*) FROM hub_log WHERE content::text LIKE %s", ("%secret project%",)) == [(0,)]
    sync(ben, hub)
    assert ben.get(shared.uuid).verdict == "adopt"
    with pytest.raises(NotFoundError):
        ben.get(secret.uuid)


def test_the_hub_itself_refuses_private_rows_and_forged_log_lines(pg_server: PgServer, hub: str,
                                                                   hub_database: str) -> None:
    grant(hub, "bob", "editor")
    bob = pg_server.url(hub_database, "bob")
    with psycopg.connect(bob) as connection:
        connection.execute("INSERT INTO entries (uuid, kind, name, name_key, created_at, modified_at, author, version, "
                           "change_seq) VALUES ('00000000-0000-4000-8000-000000000001', 'note', 'n', 'n', now(), "
                           "now(), 'bob', 1, 0)")
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="row-level security"):
            connection.execute("INSERT INTO notes (uuid, body, private) VALUES "
                               "('00000000-0000-4000-8000-000000000001', 'x', true)")
    with psycopg.connect(bob) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("INSERT INTO hub_log (push, row_uuid, table_name, version, clock, content_hash, content, "
                           "atlas, pushed_by) VALUES (1, 'x', 'entries', 1, '{}', 'h', '{}', 'a', 'alice')")
    with psycopg.connect(bob) as connection, pytest.raises(psycopg.errors.InsufficientPrivilege):
        connection.execute("DELETE FROM entries")  # deletions travel as tombstones: nobody deletes on the hub


def test_a_viewer_is_refused_by_postgresql_and_nothing_changes_here(pg_server: PgServer, hub: str, hub_database: str,
                                                                   seeded_laptops: tuple[Store, Store]) -> None:
    ana, ben = seeded_laptops
    sync(ana, hub)
    grant(hub, "alice", "viewer")
    viewer = pg_server.url(hub_database, "alice")
    ana.update(ana.resolve("Mistral 7B").uuid, {"summary": "from the owner"})
    sync(ana, hub)
    ben.update(ben.resolve("GPT-4o").uuid, {"summary": "the viewer's own edit"})
    before = tables(ben)
    with pytest.raises(HubPermissionError, match="refused to let alice push") as refused:
        sync(ben, viewer)
    assert "hub grant URL alice editor" in str(refused.value) and "\n" not in str(refused.value)
    assert tables(ben) == before and local_sync_states(ben) == []
    pulled = sync(ben, viewer, pull_only=True)
    assert pulled.pulled == {"models": 1} and pulled.pushed == {}
    assert ben.get(ben.resolve("Mistral 7B").uuid).summary == "from the owner"
    assert hub_status(viewer).role == "viewer"
    grant(hub, "alice", "editor")
    assert sync(ben, viewer).pushed == {"models": 1}


def test_only_owners_grant_and_owners_may_grant(pg_server: PgServer, hub: str, hub_database: str) -> None:
    grant(hub, "bob", "editor")
    with pytest.raises(HubPermissionError, match="only a hub owner"):
        grant(pg_server.url(hub_database, "bob"), "carol", "editor")
    grant(hub, "carol", "owner")
    carol = pg_server.url(hub_database, "carol")
    assert grant(carol, "bob", "viewer").revoked == ["editor"]
    assert hub_status(pg_server.url(hub_database, "bob")).role == "viewer"
    assert init_hub(carol).created is False  # an owner may upgrade the hub
    with pytest.raises(HubError, match="no login role 'nobody_here'"):
        grant(hub, "nobody_here", "viewer")


def test_dry_run_changes_neither_side(hub: str, seeded_laptops: tuple[Store, Store]) -> None:
    ana, ben = seeded_laptops
    sync(ana, hub)
    ana.update(ana.resolve("Mistral 7B").uuid, {"summary": "dry"})
    sync(ana, hub)
    ben.update(ben.resolve("GPT-4o").uuid, {"summary": "wet"})
    before = tables(ben)
    preview = sync(ben, hub, dry_run=True)
    assert preview.pulled == {"models": 1} and preview.pushed == {"models": 1} and preview.dry_run
    assert tables(ben) == before and hub_status(hub).hub_version == 2


@pytest.mark.parametrize(("address", "message"), [
    ("http://example.org/db", "is not a PostgreSQL address"),
    ("not a url", "is not a hub address"),
    ("postgresql://x@/db?host=/tmp&bogus_option=1", "bad hub address"),
])
def test_bad_addresses_get_one_line(address: str, message: str, seeded_path: Path) -> None:
    with Store.open(seeded_path, "x") as store:
        before = tables(store)
        with pytest.raises(HubError, match=message) as failed:
            sync(store, address)
        assert "\n" not in str(failed.value) and tables(store) == before


def test_refused_login_not_a_hub_and_newer_hub_each_get_one_line(pg_server: PgServer, hub: str, hub_database: str,
                                                                seeded_path: Path) -> None:
    with Store.open(seeded_path, "x") as store:
        before = tables(store)
        wrong = pg_server.url(hub_database, "bob", "wrong-password")
        with pytest.raises(HubError, match=r"refused the login.*password authentication failed") as refused:
            sync(store, wrong)
        assert "wrong-password" not in str(refused.value)
        empty = pg_server.create_database()
        with pytest.raises(HubError, match="is not a Model Atlas hub"):
            sync(store, pg_server.url(empty))
        other = pg_server.create_database()
        with pg_server.admin(other) as connection:
            connection.execute("CREATE TABLE invoices (id int)")
        with pytest.raises(HubError, match="already holds other tables"):
            init_hub(pg_server.url(other))
        with pg_server.admin(hub_database) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '9999'")
        with pytest.raises(HubError, match="newer than this Model Atlas") as newer:
            sync(store, hub)
        assert "install the newer Model Atlas" in str(newer.value)
        with pytest.raises(HubError, match="newer than this Model Atlas"):
            init_hub(hub)
        assert tables(store) == before and local_sync_states(store) == []


def test_cli_init_grant_status_and_sync_json(pg_server: PgServer, hub_database: str, seeded_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = pg_server.url(hub_database)
    assert main(["hub", "init", url]) == 0
    assert "created the hub" in capsys.readouterr().out
    assert main(["hub", "grant", url, "bob", "editor", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == "editor"
    bob = pg_server.url(hub_database, "bob")
    assert main(["--db", str(seeded_path), "sync", bob, "--dry-run", "--format", "json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] is True and preview["pushed"]["models"] == 72 and preview["hub_version"] == 0
    assert main(["--db", str(seeded_path), "sync", bob, "--format", "json"]) == 0
    done = json.loads(capsys.readouterr().out)
    assert {"pushed", "pulled", "conflicts", "hub_version"} <= set(done) and done["hub_version"] == 1
    assert main(["hub", "status", bob, "--format", "json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["role"] == "editor" and status["counts"]["models"] == 72 and status["hub_version"] == 1
    assert main(["hub", "status", pg_server.url(hub_database, "carol", "bad")]) == 1
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "refused the login" in error and "bad" not in error.replace("badly", "")


def test_password_never_shown_or_kept(pg_server: PgServer, hub: str, hub_database: str, seeded_path: Path) -> None:
    grant(hub, "bob", "editor")
    with Store.open(seeded_path, "x") as store:
        report = sync(store, pg_server.url(hub_database, "bob", "bob-secret"))
        assert "bob-secret" not in json.dumps(report.to_json())
        with contextlib.closing(sqlite3.connect(store.path)) as connection:
            stored = " ".join(str(v) for (v,) in connection.execute("SELECT value FROM atlas_meta"))
        assert "bob-secret" not in stored


def test_a_row_made_on_two_laptops_ends_under_the_smaller_uuid_on_the_hub_too(
        hub: str, _mini_template: Path, tmp_path: Path) -> None:
    """The hub got a tag link under a larger UUID than this laptop's twin of it (same entry and tag), after this
    laptop had synced its own: the pull keeps ours, and the push renames the hub's, so every laptop ends alike."""
    ana = laptop(_mini_template, tmp_path / "ana.atlas", "ana")
    model = ana.resolve("Acme 7B").uuid
    ana.tag([model], ["frontier"])
    sync(ana, hub)
    ours = hub_rows(hub, "SELECT uuid FROM entry_tags WHERE entry_uuid = %s", (model,))[0][0]
    larger = "ffffffff-ffff-4fff-bfff-ffffffffffff"
    with psycopg.connect(hub) as connection:  # another laptop's twin replaced it on the hub, as a later push
        push = connection.execute("SELECT nextval('hub_push_seq')").fetchone()[0]
        connection.execute("UPDATE entry_tags SET uuid = %s, change_seq = %s WHERE uuid = %s", (larger, push, ours))
        connection.execute("UPDATE sync_state SET row_uuid = %s WHERE row_uuid = %s", (larger, ours))
        connection.execute("INSERT INTO hub_log (push, row_uuid, table_name, version, clock, content_hash, content, "
                           "atlas) VALUES (%s, %s, 'entry_tags', 1, '{}', '', '{}', 'another')", (push, larger))
    sync(ana, hub)
    assert hub_rows(hub, "SELECT uuid FROM entry_tags WHERE entry_uuid = %s", (model,)) == [(ours,)]
    ben = laptop(_mini_template, tmp_path / "ben.atlas", "ben")
    sync(ben, hub)
    assert_same_tables(ana, ben)
    ana.close()
    ben.close()
