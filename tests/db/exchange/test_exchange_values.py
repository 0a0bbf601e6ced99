"""Values that pass SQLite's typing but not the store's converters are refused, naming the first bad one."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from exchange_helpers import reseal, rich_atlas

from db.cli.main import main
from db.exchange.api import apply_merge, export_atlas, preview_merge
from db.exchange.errors import IncomingFileError
from db.store import Store


@pytest.fixture(scope="module")
def rich_export(tmp_path_factory: pytest.TempPathFactory, _mini_template: Path) -> Path:
    """An export of the mini seed plus an evaluation and a saved use case (so every JSON shape travels)."""
    folder = tmp_path_factory.mktemp("rich")
    store = Store.open(rich_atlas(_mini_template, folder / "source.atlas"), "ana")
    try:
        export_atlas(store, folder / "rich.atlas")
    finally:
        store.close()
    return folder / "rich.atlas"


def tampered(good: Path, target: Path, *statements: str, params: tuple = ()) -> Path:
    """A copy of `good` changed with SQL and sealed again, as a careful forger would."""
    target.write_bytes(good.read_bytes())
    with contextlib.closing(sqlite3.connect(target, isolation_level=None)) as connection:
        for statement in statements:
            connection.execute(statement, params if "?" in statement else ())
    reseal(target)
    return target


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def user_atlas(mini_path: Path) -> Iterator[Path]:
    Store.open(mini_path, "tester").close()  # settle identity and WAL before the fingerprint
    yield mini_path


FIRST_MODEL = "(SELECT min(uuid) FROM models)"
CASES: dict[str, tuple[tuple[str, ...], str, str]] = {
    # case: (statements, table.column, the bad value as the message quotes it)
    "impossible date": ((f"UPDATE models SET release_date='2024-19-39' WHERE uuid={FIRST_MODEL}",),
                        "models.release_date", "'2024-19-39'"),
    "impossible timestamp": ((f"UPDATE entries SET modified_at='2024-19-39 29:59:69' WHERE uuid={FIRST_MODEL}",),
                             "entries.modified_at", "'2024-19-39 29:59:69'"),
    "infinite number": ((f"UPDATE models SET params_total=9e999 WHERE uuid={FIRST_MODEL}",),
                        "models.params_total", "inf"),
    "negative number": ((f"UPDATE models SET training_compute_flop=-5 WHERE uuid={FIRST_MODEL}",),
                        "models.training_compute_flop", "-5"),
    "score not a number": (("UPDATE evaluations SET scores='{\"capability\": \"abc\"}'",),
                           "evaluations.scores", "abc"),
    "score out of range": (("UPDATE evaluations SET scores='{\"capability\": 9}'",), "evaluations.scores", "9"),
    "color markup": (("UPDATE tags SET color='#fff\"><h1>x</h1>' WHERE uuid=(SELECT min(uuid) FROM tags)",),
                     "tags.color", "#fff\"><h1>x</h1>"),
    "unknown grade": ((f"UPDATE models SET openness_grade='Fully Open!' WHERE uuid={FIRST_MODEL}",),
                      "models.openness_grade", "Fully Open!"),
    "unknown verdict": (("UPDATE evaluations SET verdict='buy'",), "evaluations.verdict", "buy"),
    "unknown modality": ((f"UPDATE models SET modalities='[\"smell\"]' WHERE uuid={FIRST_MODEL}",),
                         "models.modalities", "smell"),
    "conditions not a rule": (("UPDATE policy_notes SET conditions='[1, 2]' "
                               "WHERE uuid=(SELECT min(uuid) FROM policy_notes)",),
                              "policy_notes.conditions", "[1, 2]"),
    "use case with unknown key": (("UPDATE use_cases SET spec='{\"launch_missiles\": true}'",),
                                  "use_cases.spec", "launch_missiles"),
    "component status": (("UPDATE components SET status='maybe' WHERE uuid=(SELECT min(uuid) FROM components)",),
                         "components.status", "maybe"),
    "clause details": (("UPDATE licenses SET clause_details='{\"commercial_use\": [1]}' "
                        "WHERE uuid=(SELECT min(uuid) FROM licenses)",), "licenses.clause_details", "commercial_use"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_bad_value_is_refused_naming_table_uuid_field_and_value(
    case: str, rich_export: Path, user_atlas: Path, tmp_path: Path,
) -> None:
    statements, where, quoted = CASES[case]
    bad = tampered(rich_export, tmp_path / "bad.atlas", *statements)
    table = where.split(".")[0]
    with contextlib.closing(sqlite3.connect(bad)) as connection:
        rows = {u for (u,) in connection.execute(f'SELECT uuid FROM "{table}"')}
    before = digest(user_atlas)
    store = Store.open(user_atlas, "tester")
    try:
        for attempt in (lambda: preview_merge(store, bad), lambda: apply_merge(store, bad)):
            with pytest.raises(IncomingFileError) as caught:
                attempt()
            message = str(caught.value)
            assert where in message and quoted in message and "refused" in message, message
            assert any(uuid in message for uuid in rows), message
    finally:
        store.close()
    assert digest(user_atlas) == before
    assert not (user_atlas.parent / f"{user_atlas.stem}.backups").exists()


def test_the_cli_refuses_the_file_and_every_command_still_works(
    rich_export: Path, user_atlas: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tampered(rich_export, tmp_path / "bad.atlas", f"UPDATE models SET release_date='2024-19-39' "
                                                         f"WHERE uuid={FIRST_MODEL}")
    before = digest(user_atlas)
    assert main(["--db", str(user_atlas), "merge", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "models.release_date" in err and "'2024-19-39'" in err
    assert digest(user_atlas) == before
    assert main(["--db", str(user_atlas), "list", "models"]) == 0


def test_the_untouched_rich_export_merges(rich_export: Path, user_atlas: Path) -> None:
    store = Store.open(user_atlas, "tester")
    try:
        report = apply_merge(store, rich_export)
        assert report.totals()["new"] >= 2 and report.totals()["conflicts"] == 0
    finally:
        store.close()


def test_an_entry_whose_uuid_is_a_local_entry_of_another_kind_is_refused(
    rich_export: Path, user_atlas: Path, tmp_path: Path,
) -> None:
    store = Store.open(user_atlas, "tester")
    try:
        model_uuid = store.create("model", {"name": "Only here"}).uuid
    finally:
        store.close()
    with contextlib.closing(sqlite3.connect(rich_export)) as connection:
        note_uuid = connection.execute("SELECT uuid FROM entries WHERE kind='note' ORDER BY uuid").fetchone()[0]
    renames = [f"UPDATE {table} SET {column}=? WHERE {column}='{note_uuid}'" for table, column in (
        ("entries", "uuid"), ("notes", "uuid"), ("sync_state", "row_uuid"), ("entry_tags", "entry_uuid"),
        ("links", "from_uuid"), ("links", "to_uuid"), ("notes", "target_uuid"), ("evaluations", "target_uuid"))]
    bad = tampered(rich_export, tmp_path / "kind.atlas", "PRAGMA foreign_keys=OFF", *renames, params=(model_uuid,))
    before = digest(user_atlas)
    store = Store.open(user_atlas, "tester")
    try:
        for attempt in (lambda: preview_merge(store, bad), lambda: apply_merge(store, bad)):
            with pytest.raises(IncomingFileError) as caught:
                attempt()
            message = str(caught.value)
            assert model_uuid in message and "note in the file but a model in your atlas" in message, message
    finally:
        store.close()
    assert digest(user_atlas) == before
    assert not (user_atlas.parent / f"{user_atlas.stem}.backups").exists()
