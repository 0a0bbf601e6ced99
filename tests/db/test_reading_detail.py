"""One entry's detail read with plain SQL (db.reading.detail) is, key for key and byte for byte, what the ORM path
(db.detail.entry_detail) gives: for every entry of the seed, of an atlas with imported catalogs and of a damaged file;
names resolve as the store resolves them, with its messages; the written-out tables are the mapped schema's."""

from __future__ import annotations

import contextlib
import json
import math
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db import validity
from db.cli import cmd_show
from db.cli.main import main
from db.cli.output import emit_json
from db.detail import entry_detail as orm_detail
from db.errors import AtlasError, NotFoundError
from db.exchange.layout import layout
from db.freshness import mark_verified
from db.importers.api import run_import
from db.reading import loaded, problems
from db.reading.connection import open_current, snapshot
from db.reading.detail import entry_detail
from db.reading.resolve import resolve
from db.reading.tables import KIND_TABLES, TABLES, Column, Fallback
from db.schema import Base, Entry
from db.store import Store
from tests.conftest import reference


@contextlib.contextmanager
def plain(path: Path) -> Iterator[sqlite3.Connection]:
    connection = open_current(path)
    assert connection is not None, path
    with contextlib.closing(connection), snapshot(connection):
        yield connection


def every_entry(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Entry.uuid).where(Entry.deleted_at.is_(None)).order_by(Entry.uuid)))


def assert_same(store: Store, path: Path, uuids: list[str] | None = None) -> dict[str, int]:
    """Every live entry (or those given) reads alike on both paths; returns how many of each kind were compared."""
    uuids = every_entry(store) if uuids is None else uuids
    kinds: dict[str, int] = {}
    with plain(path) as connection:
        for uuid in uuids:
            want = orm_detail(store, uuid)
            got = entry_detail(connection, uuid)
            assert list(got) == list(want), uuid
            for key in want:
                assert got[key] == want[key], (want["name"], key)
            assert json.dumps(got) == json.dumps(want)
            assert cmd_show.render(got) == cmd_show.render(want)
            kinds[want["kind"]] = kinds.get(want["kind"], 0) + 1
    return kinds


# ---- the written-out schema ---------------------------------------------------------------------------------------


def _orm_column(column: Any, kind: str) -> Column:
    default = column.default
    if column.nullable:
        return Column(kind)
    if default is not None and default.is_scalar:
        return Column(kind, default.arg)
    if default is not None and default.is_callable:
        made = default.arg(None)  # what the default makes tells which it is
        makers = {dict: Fallback.DICT, list: Fallback.LIST, datetime: Fallback.UTCNOW, str: Fallback.NEW_UUID}
        return Column(kind, makers[type(made)])
    return Column(kind, Fallback.KEEP)


def test_the_written_out_tables_are_the_mapped_schemas() -> None:
    lay = layout()
    assert {kind: info.name for kind, info in lay.kinds.items()} == KIND_TABLES
    derived = {info.name: {name: _orm_column(Base.metadata.tables[info.name].c[name], info.types[name])
                           for name in info.columns} for info in lay.synced}
    assert list(TABLES) == list(derived)
    for table, columns in derived.items():
        assert list(TABLES[table].items()) == list(columns.items()), f"db/reading/tables.py: {table} is out of date"


BAD_VALUES: list[Any] = [None, 0, 1, 2, 3, 4, -1, 7, 1.5, -2.0, math.inf, math.nan, "", " ", "abc", "7", "2024-13-01",
                         "2024-01-01", "2024-02-30", "2024-01-01T10:00:00", "2024-01-01 25:00:00", "{broken", "[1, 2]",
                         '{"a": 1}', '{"a": 9}', '["x"]', '["text", "image"]', "[]", "{}", "null", "NaN", "1e999",
                         b"blob", "x" * 600, "x" * 3000, "#zzzzzz", "#aabbcc", "unknown", "yes", "none", "restricted",
                         "open-weights-restricted", "released", "weird", "go", '{"applies_if": 3}']


def test_the_checks_are_db_validitys_on_every_column() -> None:
    """Which column is checked, and the reason each check gives, on values of every kind a damaged file holds."""
    for info in layout().synced:
        for column in info.columns:
            theirs = validity.decoded_check(info.name, column)
            mine = loaded.decoded_check(info.name, column)
            assert (theirs is None) == (mine is None), (info.name, column)
    for table in ("entries", *KIND_TABLES.values()):
        theirs_checks = validity.table_checks(table)
        mine_checks = problems.table_checks(table)
        assert [name for name, _ in mine_checks] == [name for name, _ in theirs_checks], table
        for (column, theirs), (_, mine) in zip(theirs_checks, mine_checks, strict=True):
            for raw in BAD_VALUES:
                assert mine(raw) == theirs(raw), (table, column, raw)


# ---- whole details ------------------------------------------------------------------------------------------------


@pytest.mark.slow  # the ORM path builds every entry's detail (about 600 of them)
def test_every_seed_entry_reads_as_the_orm_path_reads_it(seeded: Store, seeded_path: Path) -> None:
    kinds = assert_same(seeded, seeded_path)
    assert kinds["model"] >= 60 and kinds["license"] >= 10 and kinds["policy_note"] >= 5
    assert {"organization", "tag", "source", "note"} <= set(kinds)


def test_verified_marks_deleted_relations_and_links(seeded: Store, seeded_path: Path) -> None:
    llama = seeded.resolve("Llama 3.1 405B").uuid
    license_uuid = seeded.get(llama).license_uuid  # type: ignore[attr-defined]
    mark_verified(seeded, llama, by="Ada", on="2026-01-02", source="the model card")
    mark_verified(seeded, license_uuid, by="Bo", on="2026-02-03", clause="commercial-use")
    mark_verified(seeded, license_uuid, by="Cy", on="2026-02-04", clause="geographic_exclusions", source="")
    note = seeded.resolve("EU AI Act — systemic-risk presumption at 10^25 FLOP").uuid
    mark_verified(seeded, note, by="Di", on="2026-03-04", policy_status=True, source="OJ")
    seeded.tag([llama], ["fresh"], color="#123456")
    seeded.tag([llama], ["to be deleted"])
    seeded.delete(seeded.resolve("to be deleted", "tag").uuid)
    seeded.delete(seeded.resolve("Llama 3.2 1B").uuid)  # one of the license's models, now deleted
    organization = seeded.resolve("Mistral AI").uuid
    comment = seeded.create("note", {"name": "Read this first", "body": "x", "target": organization}).uuid
    uuids = [llama, license_uuid, note, organization, comment, seeded.resolve("fresh", "tag").uuid]
    assert_same(seeded, seeded_path, uuids)
    with plain(seeded_path) as connection:
        shown = entry_detail(connection, license_uuid)
        assert next(c for c in shown["clauses"] if c["clause"] == "commercial_use")["verified"] == {
            "on": "2026-02-03", "by": "Bo", "source": ""}
        assert entry_detail(connection, note)["status_verified"] == {"on": "2026-03-04", "by": "Di", "source": "OJ"}
        assert entry_detail(connection, comment)["target"]["name"] == "Mistral AI"
        with pytest.raises(NotFoundError, match="no entry with UUID"):
            entry_detail(connection, "0" * 36)


def test_a_deleted_entry_is_not_found_on_either_path(seeded: Store, seeded_path: Path) -> None:
    uuid = seeded.resolve("Mistral 7B").uuid
    seeded.delete(uuid)
    with pytest.raises(NotFoundError) as theirs:
        orm_detail(seeded, uuid)
    with plain(seeded_path) as connection, pytest.raises(NotFoundError) as mine:
        entry_detail(connection, uuid)
    assert str(mine.value) == str(theirs.value)


@pytest.fixture(scope="module")
def imported(_seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Path]]:
    """The seed with the reference samples of the Model Openness Tool, the Index, Epoch and FMTI imported."""
    samples = [("mot", [reference("model_openness_tool", "models")]),
               ("osai", [reference("osai-main-database"), reference("opening-up-chatgpt.github.io")]),
               ("epoch", [reference("epoch-open-model-trends", "data")]),
               ("fmti", [reference("fmti")])]
    path = tmp_path_factory.mktemp("imported") / "imported.atlas"
    shutil.copyfile(_seeded_template, path)
    store = Store.open(path, "tester")
    for source, paths in samples:
        run_import(store, source, paths)
    yield store, path
    store.close()


@pytest.mark.slow  # the ORM path builds every entry's detail (about 600 of them)
def test_every_entry_with_imported_statements_reads_as_the_orm_path(imported: tuple[Store, Path]) -> None:
    store, path = imported
    kinds = assert_same(store, path)
    assert kinds["model"] > 200
    with plain(path) as connection:
        details = [entry_detail(connection, uuid) for uuid in every_entry(store)]
    assert sum(len(d["provenance"]) for d in details) > 500
    assert sum(len(d["disagreements"]) for d in details) > 5
    assert any(d.get("scores") for d in details) and any(d.get("developer_scores") for d in details)


PROBE = """
import contextlib, io, json, sys
from db.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as printed:
    code = main(sys.argv[1:])
json.dump({"code": code, "printed": printed.getvalue(), "modules": sorted(sys.modules)}, sys.stdout)
"""


def test_show_compares_imported_statements_without_the_orm(imported: tuple[Store, Path]) -> None:
    """What catalogs said, and where they disagree, is compared with the importers' rules alone."""
    _store, path = imported
    with plain(path) as connection:
        uuid = connection.execute("SELECT entry_uuid FROM provenance JOIN entries ON entries.uuid = entry_uuid "
                                  "WHERE entries.kind = 'model' AND field IN ('developer', 'license') "
                                  "AND provenance.deleted_at IS NULL LIMIT 1").fetchone()[0]
    done = subprocess.run([sys.executable, "-c", PROBE, "show", uuid], capture_output=True, text=True, check=True,
                          env=dict(os.environ, MODELATLAS_DB=str(path)))
    answer = json.loads(done.stdout)
    assert answer["code"] == 0 and "Imported from:" in answer["printed"]
    assert "db.importers.disagreements" in answer["modules"]
    assert [m for m in answer["modules"] if m.split(".")[0] == "sqlalchemy" or m in ("db.schema", "db.store")] == []


@pytest.mark.slow  # the ORM path builds every entry's detail (about 600 of them)
def test_a_damaged_file_reads_as_the_store_loads_it(seeded: Store, seeded_path: Path) -> None:
    """Invalid values in every kind's table: each is listed under `invalid` and shown as the store shows it."""
    llama = seeded.resolve("Llama 3.1 405B").uuid
    seeded.evaluate(llama, evaluator="Ada", use_case="chat", scores={"quality": 4}, verdict="adopt")
    with contextlib.closing(sqlite3.connect(seeded_path)) as connection, connection:
        connection.execute("UPDATE entries SET created_at = 'yesterday', verified_at = '2024-19-39', "
                           "verified_by = 'Ada', version = 'two' WHERE kind = 'organization'")
        connection.execute("UPDATE entries SET name = ? WHERE kind = 'source' AND rowid % 5 = 0", ("y" * 600,))
        connection.execute("UPDATE organizations SET org_kind = 'guild', business_model = 3")
        connection.execute("UPDATE licenses SET family = 'odd', commercial_use = 'maybe', osi_approved = 7, "
                           "user_cap = 'many', geographic_exclusions = '{broken', "
                           "clauses_verified = '{\"modification\": {\"at\": \"2025-01-02T00:00:00\", \"by\": 5}}', "
                           "clause_details = '[1, 2]' WHERE rowid % 2 = 0")
        connection.execute("UPDATE licenses SET clause_details = '{\"commercial_use\": 7}', geo_status = 'restricted', "
                           "geographic_exclusions = '[\"EU\", \"UK\"]' WHERE rowid % 2 = 1")
        connection.execute("UPDATE policy_notes SET conditions = '{\"applies_if\": 3}', status = 'dreamt', "
                           "revoked_date = '2024-19-39', threshold_flop = 'lots' WHERE rowid % 2 = 0")
        connection.execute("UPDATE policy_notes SET conditions = '{broken', status_verified_at = 'soon' "
                           "WHERE rowid % 3 = 0")
        connection.execute("UPDATE tags SET color = '<b>red</b>' WHERE rowid % 2 = 0")
        connection.execute("UPDATE sources SET accessed = '2024-02-30', confidence = 'certain'")
        connection.execute("UPDATE evaluations SET scores = '{\"quality\": 9}', verdict = 'great', "
                           "eval_date = 'someday'")
        connection.execute("UPDATE models SET modalities = '{broken', openness_grade = 'bogus', params_total = 'abc', "
                           "release_date = '2024-13-01' WHERE uuid = ?", (llama,))
        connection.execute("UPDATE entry_tags SET deleted_at = 'not a time' WHERE rowid % 4 = 0")
        connection.execute("UPDATE links SET deleted_at = 'not a time' WHERE rowid % 7 = 0")
    kinds = assert_same(seeded, seeded_path)
    assert {"organization", "license", "policy_note", "tag", "source", "evaluation", "model"} <= set(kinds)
    with plain(seeded_path) as connection:
        invalid = {p["field"] for uuid in every_entry(seeded) for p in entry_detail(connection, uuid)["invalid"]}
    assert {"created_at", "verified_at", "version", "org_kind", "family", "commercial_use", "conditions", "color",
            "accessed", "scores", "verdict", "eval_date", "name"} <= invalid


# ---- names --------------------------------------------------------------------------------------------------------


def _outcome(call: Any) -> tuple[str, str]:
    try:
        found = call()
    except AtlasError as error:
        return type(error).__name__, str(error)
    return "found", found


def test_names_and_uuids_resolve_as_the_store_resolves_them(seeded: Store, seeded_path: Path) -> None:
    llama = seeded.resolve("Llama 3.1 405B").uuid
    # shared names: a note and a source named like a model, two notes alike, a deleted entry
    seeded.create("note", {"name": "Llama 3.1 405B", "body": "x"})
    seeded.create("source", {"name": "Mistral 7B", "url": "https://example.org/m"})
    for _ in range(2):
        seeded.create("note", {"name": "Twin note", "body": "x"})
    seeded.delete(seeded.create("note", {"name": "Gone note", "body": "x"}).uuid)
    source = seeded.resolve("Mistral 7B", "source").uuid
    queries: list[tuple[str, str | None]] = [
        ("Llama 3.1 405B", None), ("Llama 3.1 405B", "model"), ("Llama 3.1 405B", "note"), ("llama 3.1 405b", None),
        ("  Llama   3.1 405B ", "model"), ("LLAMA 3.1 405B", "model"), (llama, None), (llama.upper(), "model"),
        (llama, "license"), (llama[:8], None), (llama[:8], "model"), (llama[:12], "note"), (llama[:7], None),
        ("Mistral 7B", None), ("Mistral 7B", "source"), (source, None), ("Twin note", None), ("Twin note", "note"),
        ("Gone note", None), ("", None), ("   ", "model"), ("nothing like this", None), ("nothing", "policy_note"),
        ("EU AI Act", None), ("eu-ai-act", "tag"), ("Apache License 2.0", None), ("0" * 36, None),
        ("deadbeef", None), ("Meta", None), ("meta", "organization"),
    ]
    with plain(seeded_path) as connection:
        for text, kind in queries:
            theirs = _outcome(lambda text=text, kind=kind: seeded.resolve(text, kind).uuid)  # type: ignore[misc]
            mine = _outcome(lambda text=text, kind=kind: resolve(connection, text, kind)[0])  # type: ignore[misc]
            assert mine == theirs, (text, kind)


def test_show_prints_what_the_store_path_prints(seeded: Store, seeded_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """`show` and `show --format json` print the store path's detail, rendered alike, byte for byte."""
    monkeypatch.setenv("MODELATLAS_DB", str(seeded_path))
    for name, kind in (("Llama 3.1 405B", None), ("Apache License 2.0", "license"), ("eu-ai-act", "tag")):
        want = orm_detail(seeded, seeded.resolve(name, kind).uuid)
        kind_option = ["--kind", kind] if kind else []
        assert main(["show", name, *kind_option]) == 0
        assert capsys.readouterr().out == cmd_show.render(want) + "\n"
        assert main(["show", name, *kind_option, "--format", "json"]) == 0
        shown = capsys.readouterr().out
        emit_json(want)
        assert shown == capsys.readouterr().out
    assert main(["show", "nothing like this"]) == 1
    assert "no entry named 'nothing like this'" in capsys.readouterr().err
