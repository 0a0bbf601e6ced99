"""The plain-SQL readers read every raw value, good or bad, exactly as the store's tolerant engine reads it."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Boolean
from sqlalchemy.dialects.sqlite.pysqlite import SQLiteDialect_pysqlite

from db.reading.convert import READERS
from db.tolerant import TolerantDate, TolerantDateTime, TolerantFloat, TolerantInteger, TolerantJSON

RAW: list[Any] = [None, 0, 1, 7, -3, 2.5, float("inf"), float("-inf"), float("nan"), 9e999, "", "abc", "7", "2.5",
                  "2024-02-29", "2024-02-30", "2024-19-39", "2024-05-01 10:11:12.000123", "2024-05-01T10:11:12",
                  "yesterday", b"\x00\xff", b"{}", '{"a": 1}', "[1, 2]", "{broken", "NaN", "true", 10**30]
ENGINE_TYPES = {"date": TolerantDate(), "datetime": TolerantDateTime(), "float": TolerantFloat(),
                "int": TolerantInteger(), "json": TolerantJSON(), "bool": Boolean()}


@pytest.mark.parametrize("kind", list(ENGINE_TYPES))
def test_each_reader_reads_what_the_engine_reads(kind: str) -> None:
    dialect = SQLiteDialect_pysqlite()
    process = ENGINE_TYPES[kind].result_processor(dialect, None)
    reader = READERS[kind]
    assert process is not None and reader is not None
    for raw in RAW:
        try:
            expected = process(raw)
        except (ValueError, TypeError):  # Boolean has no forgiving wrapper; neither reader raises on these
            continue
        got = reader(raw)
        assert type(got) is type(expected) and (got == expected or got != got), (kind, raw, got, expected)
    assert READERS["text"] is None
