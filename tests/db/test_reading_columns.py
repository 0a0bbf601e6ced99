"""Listing column by column gives what value by value gave: the column readers, the tag names read from their
uuids, and the JSON written from columns (tests/db/test_reading_list.py compares whole lists with the ORM path)."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from db.cli.output import _default, emit_json_columns
from db.reading.convert import COLUMN_READERS, JSON_COLUMN_READERS, JSON_READERS, READERS
from db.reading.listing import Listing, TagNames, iter_rows, select_rows
from db.store import Store

RAW: list[Any] = [None, 0, 1, 7, -3, 2.5, 1.0, True, float("inf"), float("-inf"), float("nan"), 1e308, -1e308,
                  2**63 - 1, "", "abc", "7", "2.5", "2024-02-29", "2024-02-30", "2024-19-39", "0001-01-01",
                  "2024-05-01 10:11:12.000123", "2024-05-01 10:11:12.000000", "2024-05-01T10:11:12", "20240501",
                  "2024-05-01 25:00:00.000000", "2024-05-01 10:11:12+02:00", "yesterday", b"\x00\xff", b"{}",
                  b"", '{"a": 1}', "[1, 2]", "{broken", "NaN", "true", 10**30]
CLEAN: dict[str, list[Any]] = {
    "date": [None, "2024-02-29", "0001-01-01", "9999-12-31", "2024-02-29"],
    "datetime": [None, "2024-05-01 10:11:12.000123", "2024-05-01 10:11:12.000000", "2024-05-01 10:11:12.000000"],
    "float": [None, 0, 2.5, -1e308, 1e308, 2**63 - 1, 0.0, -0.0],
    "int": [None, 0, 3, 2.5, -7],
    "bool": [None, 0, 1, 7, 0.0, "x", b""],
    "json": [None, '{"a": 1}', "[1, 2]", 7, 7.0],
}


def _same(expected: list[Any], got: list[Any]) -> bool:
    return all(type(a) is type(b) and (a == b or (a != a and b != b)) for a, b in zip(expected, got, strict=True))


@pytest.mark.parametrize("kind", list(CLEAN))
def test_a_column_reader_reads_what_the_value_reader_reads(kind: str) -> None:
    for readers, column_readers in ((READERS, COLUMN_READERS), (JSON_READERS, JSON_COLUMN_READERS)):
        read, read_column = readers[kind], column_readers[kind]
        assert read is not None and read_column is not None
        columns = [CLEAN[kind], [None] * 3, [], *([value] for value in RAW), RAW, [*CLEAN[kind], "bad", 9e999],
                   [*CLEAN[kind], float("inf"), float("-inf")], [1e308, 1e308, 5], [1, 1.0, True, "1"], (2, 2.0)]
        for column in columns:
            assert _same([read(value) for value in column], list(read_column(column))), (kind, column)
    assert COLUMN_READERS["text"] is None and JSON_COLUMN_READERS["text"] is None


COLUMN_SAMPLES: list[tuple[list[str], list[list[list[Any]]]]] = [
    (["a"], []),
    (["a"], [[[]]]),
    (["uuid", "n", "x"], [[["u1", "u2"], [1, -2.5], [None, True]], [["u3"], [float("nan")], [False]]]),
    (["text", "big", "inf"], [[["tab\tquote\"ünï€😀\u2028\x00\n", "{}\n]"], [10**30, 1e-300],
                               [float("inf"), float("-inf")]]]),
    (["date", "when", "brace {0}", 'quote"key'], [[[date(2024, 2, 29)], [datetime(2024, 1, 2, 3, 4, 5, 6)],
                                                  ["x"], ["y"]]]),
    (["row", "name", "score"], [[list(range(start, start + 700)), [f"Model {i}" for i in range(700)],
                                 [i / 3 for i in range(700)]] for start in (0, 700)]),
]


@pytest.mark.parametrize("names, batches", COLUMN_SAMPLES, ids=range(len(COLUMN_SAMPLES)))
def test_columns_are_written_as_json_dump_writes_their_rows(names: list[str], batches: list[list[list[Any]]]) -> None:
    rows = [dict(zip(names, row, strict=True)) for columns in batches for row in zip(*columns, strict=True)]
    expected = io.StringIO()
    json.dump(rows, expected, indent=2, ensure_ascii=False, default=_default)
    written = io.StringIO()
    emit_json_columns(names, batches, written)
    assert written.getvalue() == expected.getvalue() + "\n"


def test_a_column_holding_a_list_is_refused_rather_than_misprinted() -> None:
    with pytest.raises(TypeError, match="column 'tags'"):
        emit_json_columns(["uuid", "tags"], [[["u1"], [["a", "b"]]]], io.StringIO())


def _tags_through_sql(path: Path, listing: Listing) -> list[tuple[str, str | None]]:
    """Each row's uuid and tags named by TAGS in SQL (the expression tests/db/test_reading_list.py checks)."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        statement = select_rows(listing, ["tags"])
        tags = statement.names.index("tags")
        return [(row[0], row[tags]) for row in connection.execute(statement.sql, statement.params)]


def _tags_listed(path: Path, listing: Listing) -> list[tuple[str, str | None]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return [(row["uuid"], row["tags"]) for row in iter_rows(connection, listing, ["tags"])]


@pytest.fixture
def tagged(seeded_path: Path) -> Path:
    with Store.open(seeded_path, "tester") as store:
        llama, mistral, bloom = (store.resolve(name).uuid for name in ("Llama 3.1 405B", "Mistral 7B", "BLOOM"))
        store.tag([llama, mistral, bloom], ["shortlist", "Ünïcode tag", "gone"])
        store.tag([bloom], ["zeta"])
        gone = store.resolve("gone").uuid
        store.delete(gone)
        meta = store.resolve("Meta").uuid
    with contextlib.closing(sqlite3.connect(seeded_path)) as connection:  # a link to an organization
        connection.execute("INSERT INTO entry_tags SELECT ?, ?, uuid || '-org', created_at, modified_at, author, "
                           "NULL, version, change_seq FROM entry_tags WHERE entry_uuid = ? LIMIT 1",
                           (mistral, meta, mistral))
        connection.commit()
    return seeded_path


def test_tags_named_from_their_uuids_are_the_tags_sql_names(tagged: Path) -> None:
    for kind in ("model", "organization", "license"):
        for sort in ("name", "tags"):
            listing = Listing(kind, sort=sort)
            assert _tags_listed(tagged, listing) == _tags_through_sql(tagged, listing), (kind, sort)
    with contextlib.closing(sqlite3.connect(tagged)) as connection:
        names = {uuid: name for uuid, name in connection.execute("SELECT uuid, name FROM entries")}
    tags = {names[uuid]: text for uuid, text in _tags_listed(tagged, Listing("model"))}
    assert tags["BLOOM"] is not None and "gone" not in tags["BLOOM"]
    assert {"shortlist", "Ünïcode tag", "zeta"} <= set(tags["BLOOM"].split(", "))
    assert "Meta" in (tags["Mistral 7B"] or "")


@pytest.mark.parametrize("damage", [
    "UPDATE entry_tags SET tag_uuid = tag_uuid || char(31) || 'x' WHERE rowid = (SELECT min(rowid) FROM entry_tags)",
    "UPDATE entries SET name = x'3432' WHERE kind = 'tag'",
    "UPDATE entry_tags SET tag_uuid = x'37' WHERE rowid = (SELECT min(rowid) FROM entry_tags)",
])
def test_unusual_tag_uuids_or_names_are_named_in_sql(tagged: Path, tmp_path: Path, damage: str) -> None:
    damaged = tmp_path / "damaged.atlas"
    shutil.copyfile(tagged, damaged)
    with contextlib.closing(sqlite3.connect(damaged)) as connection:
        connection.execute(damage)
        connection.commit()
        assert TagNames.read(connection) is None
    listing = Listing("model")
    assert _tags_listed(damaged, listing) == _tags_through_sql(damaged, listing)
