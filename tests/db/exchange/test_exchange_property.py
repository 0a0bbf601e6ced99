"""Property: any mutant of a real export, resealed, is refused with the atlas untouched, or merges into an atlas
whose every command still works. Hypothesis draws the mutants with a fixed seed and a budget (CI-stable)."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import reseal, rich_atlas
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from db.cli.main import main
from db.errors import DatabaseFileError
from db.exchange.api import apply_merge, export_atlas
from db.exchange.errors import ExchangeError
from db.exchange.layout import layout
from db.store import Store

TABLES = [info.name for info in layout().synced]
COLUMNS = {info.name: list(info.columns) for info in layout().synced}
TYPES = {(info.name, column): kind for info in layout().synced for column, kind in info.types.items()}
TYPED_VALUES: dict[str, list[Any]] = {  # values aimed at a column's type: mostly wrong in a way SQLite allows
    "date": ["2024-19-39", "2024-02-30", "2024-00-10", "9999-99-99", "2025-01-01", "yesterday"],
    "datetime": ["2024-19-39 29:59:69", "2025-01-01 25:00:00", "2025-02-30 00:00:00.000000", "now",
                 "2025-01-01 00:00:00.000000"],
    "float": [9e999, -9e999, -1.0, 1e308, 0.0, 0.5, "abc"],
    "int": [2**62, -1, 0, 2, "abc", 0.5],
    "bool": [2, -1, 0, 1, "yes"],
    "json": ["{", "[]", "{}", "[1, 2]", "\"text\"", "NaN", "1e999", "{\"capability\": \"abc\"}",
             "{\"capability\": 9}", "[\"smell\"]", "{\"applies_if\": 3}", "{\"launch_missiles\": true}", 7],
    "text": ["", "x" * 600, "#fff\"><h1>x</h1>", "Fully Open!", "maybe", "buy", "=HYPERLINK(\"https://evil.example\")",
             "\x1b]0;pwned\x07", b"\xff\xfe", "open-source", "unknown", "released", "#a1b2c3"],
}
KINDS = sorted(layout().kinds)
BAD_VALUES: list[Any] = [
    None, 0, 1, -1, 2**62, 9e999, -9e999, 1e308, 0.5, "", " ", "x" * 600, "abc", "2024-19-39", "2024-02-30",
    "2024-19-39 29:59:69", "yesterday", "2025-01-01", "2025-01-01 00:00:00.000000", "#fff\"><h1>x</h1>", "#a1b2c3",
    "{", "[]", "{}", "[1, 2]", "\"text\"", "NaN", "{\"capability\": \"abc\"}", "{\"capability\": 9}", "[\"smell\"]",
    "{\"applies_if\": 3}", "=HYPERLINK(\"https://evil.example\")", "\x1b]0;pwned\x07", "née 名前", b"\xff\xfe",
    "open-source", "unknown", "0f0f0f0f-1111-4222-8333-444455556666",
]


@pytest.fixture(scope="module")
def export_and_atlases(tmp_path_factory: pytest.TempPathFactory, _mini_template: Path) -> tuple[Path, dict[str, Path]]:
    """A real export (the mini seed with an evaluation and a use case) and the users' atlases it merges into:
    one with the same seed (most rows are known there) and a new, empty one (every row arrives as it is)."""
    folder = tmp_path_factory.mktemp("property")
    with Store.open(rich_atlas(_mini_template, folder / "source.atlas"), "ana") as store:
        export_atlas(store, folder / "export.atlas")
    seeded, empty = folder / "seeded.atlas", folder / "empty.atlas"
    seeded.write_bytes(_mini_template.read_bytes())
    Store.open(seeded, "tester").close()
    Store.open(empty, "tester", create=True).close()
    return folder / "export.atlas", {"seeded": seeded, "empty": empty}


@st.composite
def mutations(draw: st.DrawFn) -> list[tuple[str, str, int, str, Any]]:
    """1–3 edits, each (table, column, row index, how, value): a value, another row's UUID, or another kind."""
    edits = []
    for _ in range(draw(st.integers(1, 3))):
        table = draw(st.sampled_from(TABLES))
        column = draw(st.sampled_from(COLUMNS[table]))
        row = draw(st.integers(0, 40))
        how = draw(st.sampled_from(["value", "value", "value", "value", "any", "reference", "kind"]))
        if how == "kind":
            value: Any = draw(st.sampled_from(KINDS))
        elif how == "value":  # aimed at the column's type, mostly
            value = draw(st.sampled_from(TYPED_VALUES[TYPES[(table, column)]]))
        else:
            value = draw(st.sampled_from(BAD_VALUES))
        edits.append((table, column, row, how, value))
    return edits


def mutate(path: Path, edits: list[tuple[str, str, int, str, Any]]) -> list[str]:
    """Apply the edits that SQLite accepts (the forger's tool is plain SQL); returns the rows changed."""
    changed: list[str] = []
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as connection:
        connection.execute("PRAGMA foreign_keys=OFF")
        for table, column, row, how, value in edits:
            uuids = [u for (u,) in connection.execute(f'SELECT uuid FROM "{table}" ORDER BY uuid')]
            if not uuids:
                continue
            target = uuids[row % len(uuids)]
            if how == "kind":
                table, column, value = "entries", "kind", value
                target = connection.execute("SELECT uuid FROM entries ORDER BY uuid LIMIT 1 OFFSET ?",
                                            (row,)).fetchone()
                if target is None:
                    continue
                target = target[0]
            elif how == "any":
                how = "value"
            elif how == "reference":  # another row's UUID: of another kind, another table, or itself
                others = [u for (u,) in connection.execute("SELECT uuid FROM entries UNION ALL SELECT uuid FROM links")]
                value = others[(row * 7) % len(others)]
            if isinstance(value, bytes):
                sql, params = f'UPDATE "{table}" SET "{column}" = CAST(? AS TEXT) WHERE uuid = ?', (value, target)
            else:
                sql, params = f'UPDATE "{table}" SET "{column}" = ? WHERE uuid = ?', (value, target)
            try:
                connection.execute(sql, params)
                changed.append(value if column == "uuid" else target)
            except sqlite3.DatabaseError:
                continue  # a NOT NULL or UNIQUE constraint the file's own schema enforces
    reseal(path)
    return changed


def every_command_works(path: Path, changed: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """list, show (every changed entry), search, compare, check and conflicts all answer without an error."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        models = [u for (u,) in connection.execute("SELECT uuid FROM entries WHERE kind='model' AND deleted_at IS "
                                                   "NULL ORDER BY uuid LIMIT 2")]
        shown = [u for (u, kind) in connection.execute("SELECT uuid, kind FROM entries WHERE deleted_at IS NULL")
                 if u in changed]
        kinds = {kind for (kind,) in connection.execute("SELECT DISTINCT kind FROM entries")}
    commands = [["list", kind + "s"] for kind in
                sorted(kinds & {"model", "evaluation", "tag", "note", "license", "organization", "source"})]
    commands += [["search", "acme"], ["check", "--commercial"], ["conflicts"], *(["show", uuid] for uuid in shown)]
    if len(models) == 2:
        commands.append(["compare", *models])
    for command in commands:
        capsys.readouterr()
        code = main(["--db", str(path), *command])
        err = capsys.readouterr().err
        assert code == 0 and "internal error" not in err, (command, err)


@settings(max_examples=30, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(edits=mutations(), into=st.sampled_from(["seeded", "empty"]))
def test_a_mutant_is_refused_untouched_or_merged_into_a_working_atlas(
    edits: list[tuple[str, str, int, str, Any]], into: str, export_and_atlases: tuple[Path, dict[str, Path]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    export, atlases = export_and_atlases
    user_template = atlases[into]
    with tempfile.TemporaryDirectory(prefix="mutant-") as folder:
        mutant, user = Path(folder) / "mutant.atlas", Path(folder) / "user.atlas"
        mutant.write_bytes(export.read_bytes())
        changed = mutate(mutant, edits)
        user.write_bytes(user_template.read_bytes())
        before = hashlib.sha256(user.read_bytes()).hexdigest()
        store = Store.open(user, "tester")
        try:
            apply_merge(store, mutant)
            merged = True
        except (DatabaseFileError, ExchangeError):  # refused: IncomingFileError, NewerSchemaError, ...
            merged = False
        finally:
            store.close()
        event("merged" if merged else "refused")
        if merged:
            every_command_works(user, changed, capsys)
        else:
            assert hashlib.sha256(user.read_bytes()).hexdigest() == before
