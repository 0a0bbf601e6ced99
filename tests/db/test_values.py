"""Parsing the loose numbers and dates that people and catalogs write."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from db.values import format_number, normalize_name, parse_date, parse_int, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [("70B", 70e9), ("1.2e25", 1.2e25), ("405e9", 405e9), ("128k", 128_000), ("10^25", 1e25), ("1,200", 1200),
     ("1.8T", 1.8e12), (" 7 b ", 7e9), (3, 3.0), ("unknown", None), ("", None), (None, None), ("n/a", None)],
)
def test_parse_number_reads_what_catalogs_write(text: object, expected: float | None) -> None:
    assert parse_number(text) == (pytest.approx(expected) if expected is not None else None)


@pytest.mark.parametrize("text", ["seventy", "1.2.3", "B70", "nan", "1e999"])
def test_parse_number_rejects_non_numbers(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


def test_parse_int_rejects_out_of_range() -> None:
    with pytest.raises(ValueError):
        parse_int("1e30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2024-07-23", date(2024, 7, 23)), ("2024-07", date(2024, 7, 1)), ("2024", date(2024, 1, 1)),
     ("2024-07-23T10:00:00", date(2024, 7, 23)), (date(2023, 1, 2), date(2023, 1, 2)), ("unknown", None)],
)
def test_parse_date(text: object, expected: date | None) -> None:
    assert parse_date(text) == expected


def test_parse_date_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_date("next tuesday")


def test_format_number_is_compact() -> None:
    assert format_number(405e9) == "405B"
    assert format_number(3.8e25, " FLOP") == "3.8e25 FLOP"
    assert format_number(128_000) == "128k"
    assert format_number(None) == ""


def test_normalize_name_ignores_case_accents_and_punctuation() -> None:
    assert normalize_name("Llama-3.1 405B") == normalize_name("llama 3.1   405b") == "llama 3.1 405b"
    assert normalize_name("Zürich_AI") == "zurich ai"


@given(st.text(max_size=40))
def test_parse_number_never_raises_anything_but_value_error(text: str) -> None:
    with contextlib.suppress(ValueError):  # any other exception fails the test
        parse_number(text)


def test_format_number_shows_an_impossible_number_instead_of_failing() -> None:
    assert format_number(float("inf")) == format_number(float("nan")) == "invalid"


STORED_CASES = [  # (table, column, raw SQLite value, valid?)
    ("models", "release_date", "2024-07-23", True), ("models", "release_date", "2024-19-39", False),
    ("models", "release_date", "2024-02-30", False), ("entries", "modified_at", "2025-01-01 10:00:00.000000", True),
    ("entries", "modified_at", "2024-19-39 29:59:69", False), ("models", "params_total", 405e9, True),
    ("models", "params_total", float("inf"), False), ("models", "params_total", -1.0, False),
    ("models", "params_total", "abc", False), ("models", "openness_grade", "open-source", True),
    ("models", "openness_grade", "Open Source", False), ("models", "modalities", '["text", "code"]', True),
    ("models", "modalities", '["smell"]', False), ("models", "modalities", "{", False),
    ("evaluations", "scores", '{"capability": 4}', True), ("evaluations", "scores", '{"capability": "abc"}', False),
    ("evaluations", "scores", '{"capability": 6}', False), ("evaluations", "scores", '{"capability": true}', False),
    ("tags", "color", "#a1B2c3", True), ("tags", "color", '#fff"><h1>x</h1>', False), ("tags", "color", "red", False),
    ("policy_notes", "conditions", '{"applies_if": {"fact": "general_purpose"}}', True),
    ("policy_notes", "conditions", "[1, 2]", False), ("use_cases", "spec", '{"commercial": true}', True),
    ("use_cases", "spec", '{"launch_missiles": true}', False), ("components", "status", "partial", True),
    ("components", "status", "maybe", False), ("entries", "name", "x" * 500, True),
    ("entries", "name", "x" * 501, False),
    ("provenance", "value", 7, True), ("provenance", "value", "1e999", False), ("provenance", "value", "NaN", False),
]


@pytest.mark.parametrize(("table", "column", "raw", "valid"), STORED_CASES)
def test_a_stored_value_is_valid_exactly_when_the_store_could_have_written_it(
    table: str, column: str, raw: object, valid: bool,
) -> None:
    from db.validity import check_value

    reason = check_value(table, column, raw)
    assert (reason is None) == valid, reason


def test_the_bundled_seed_holds_only_valid_values(seeded_path: Path) -> None:
    import sqlite3

    from db.validity import iter_problems

    with contextlib.closing(sqlite3.connect(seeded_path)) as connection:
        assert [problem.describe() for problem in iter_problems(connection)] == []
