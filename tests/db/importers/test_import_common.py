"""Tolerant reading shared by the importers: byte-order marks, encodings, string-or-list values, misspelled keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.importers.common import (
    ImportReport,
    ModelRecord,
    as_list,
    clean,
    column_map,
    csv_rows,
    first_line,
    read_text,
    tolerant_get,
)


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbfname: x\n",
    "name: x\n".encode("utf-16"),
    "\ufeffname: x\n".encode(),
    b"name: x\n",
])
def test_read_text_drops_byte_order_marks(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(data)
    assert read_text(path) == "name: x\n"


def test_read_text_falls_back_to_windows_1252(tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    path.write_bytes("Caf\xe9".encode("cp1252"))
    assert read_text(path) == "Café"


@pytest.mark.parametrize(("value", "expected"), [
    ("a, b", ["a", "b"]),
    (["a", "b"], ["a", "b"]),
    ("a", ["a"]),
    (None, []),
    ("", []),
    (["a", "unknown", None, "a"], ["a"]),
    ("China,China", ["China"]),
])
def test_as_list_takes_strings_lists_and_comma_joined_cells(value: object, expected: list[str]) -> None:
    assert as_list(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("  x  y ", "x y"), ("unknown", None), ("Undisclosed", None), ("", None), (None, None), ("N/A", None),
    (7, "7"),
])
def test_clean_treats_blank_words_as_missing(value: object, expected: str | None) -> None:
    assert clean(value) == expected


def test_first_line_of_a_multi_line_cell() -> None:
    assert first_line("\n  https://a.example \nhttps://b.example") == "https://a.example"


@pytest.mark.parametrize("key", ["endmodellicense", "endmodel license", "EndModel_License", "endmodellicence"])
def test_tolerant_get_finds_misspelled_keys(key: str) -> None:
    assert tolerant_get({key: "MIT", "other": 1}, "endmodellicense") == "MIT"


def test_tolerant_get_does_not_guess_wildly() -> None:
    assert tolerant_get({"license": "MIT"}, "weights_basemodel") is None


def test_column_map_tolerates_case_spacing_and_alternatives() -> None:
    headers = ["system", " Publication  date", "Open/Closed", "Parameters notes"]
    found = column_map(headers, {"system": ("System",), "date": ("Publication date", "Date"),
                                 "access": ("Model accessibility", "Open/Closed"), "params": ("Parameters",)})
    assert found == {"system": "system", "date": " Publication  date", "access": "Open/Closed"}


def test_csv_rows_number_multi_line_records_by_their_first_line(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b'\xef\xbb\xbfName,Notes\r\nA,"one\r\ntwo"\r\n\r\nB,x\r\n')
    rows = list(csv_rows(path))
    assert [(line, cells["Name"]) for line, cells in rows] == [(2, "A"), (5, "B")]
    assert rows[0][1]["Notes"] == "one\r\ntwo"


def test_report_as_dict_has_the_promised_keys() -> None:
    report = ImportReport("epoch")
    report.reject("f.csv, line 3", "not  a\nnumber")
    data = report.as_dict()
    assert {"new", "updated", "unchanged", "review", "rejected"} <= set(data)
    assert data["rejected"] == [{"where": "f.csv, line 3", "reason": "not a number"}]


def test_model_record_round_trips_through_json() -> None:
    from db.importers.common import Assessed

    record = ModelRecord("osai", "a.yaml", "k", "X", ["X"], assessments=[Assessed("osai", "paper", "open")])
    assert ModelRecord.from_json(record.to_json()) == record
