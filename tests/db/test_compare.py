"""Comparisons in the core: grouped rows and differences, mixed kinds, exports parsed back, the CLI command."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from db.cli import main as cli_main
from db.compare import CompareError, Comparison, build_comparison, to_csv, to_html, to_markdown
from db.store import Store

MODELS = ("Acme 7B", "Acme 7B Chat", "BigCo Ultra")


def uuids(store: Store, *names: str) -> list[str]:
    return [store.resolve(name).uuid for name in names]


def row(comparison: Comparison, key: str):
    return next(r for r in comparison.rows() if r.key == key)


@pytest.fixture
def three(mini: Store) -> Comparison:
    mini.evaluate("Acme 7B", evaluator="ana", use_case="EU summaries", scores={"capability": 4, "license risk": 5},
                  verdict="adopt")
    mini.evaluate("Acme 7B", evaluator="bo", use_case="EU summaries", scores={"capability": 2}, verdict="trial")
    return build_comparison(mini, uuids(mini, *MODELS))


def test_groups_rows_and_differences(three: Comparison) -> None:
    assert [e.name for e in three.entries] == list(MODELS)
    assert [g.key for g in three.groups] == ["identity", "technical", "openness", "mof", "frameworks", "clauses",
                                             "policy", "evaluations", "tags", "sources"]
    developer = row(three, "developer")
    assert developer.values == ("Acme AI", "Acme AI", "BigCo") and developer.differs
    assert row(three, "jurisdiction").values == ("EU", "EU", "US")
    assert row(three, "openness_grade").colors[0] == "#7fa83a"  # open weights, unrestricted
    assert row(three, "clause:commercial_use").values[0].startswith("yes")
    assert row(three, "evaluation_count").values == ("2", "0", "0")
    assert row(three, "score:capability").values == ("3.0", "", "")
    assert row(three, "verdicts").values[0] == "adopt, trial"
    assert row(three, "tags").values == ("frontier", "", "")
    assert row(three, "epoch:model_accessibility").values == ("", "", "API access")
    assert not any(r.key == "name" for r in three.rows())  # the names head the columns
    assert all(any(v for v in r.values) for r in three.rows())  # no row that no entry fills in


def test_only_differences_keeps_just_rows_that_differ(three: Comparison) -> None:
    same = [r for r in three.rows() if not r.differs]
    assert same, "the fixture has rows that agree (e.g. modalities are empty or equal)"
    shown = three.only_differences()
    assert all(r.differs for r in shown.rows())
    assert sum(1 for _ in shown.rows()) == sum(1 for r in three.rows() if r.differs)
    assert all(g.rows for g in shown.groups)


def test_mixed_kinds_compare_on_shared_fields(mini: Store) -> None:
    comparison = build_comparison(mini, uuids(mini, "Acme 7B", "Acme AI"))
    assert comparison.mixed_kinds
    keys = [r.key for r in comparison.rows()]
    assert "kind" in keys and "jurisdiction" in keys  # a model's jurisdiction is its developer's
    assert row(comparison, "jurisdiction").values == ("EU", "EU")
    assert not row(comparison, "jurisdiction").differs
    assert "openness_grade" not in keys and "release_date" not in keys
    with_license = build_comparison(mini, uuids(mini, "Acme 7B", "Apache License 2.0"))
    assert row(with_license, "clause:commercial_use").values == ("yes", "yes")
    assert row(with_license, "license").values == ("Apache License 2.0", "Apache License 2.0")


def test_two_to_six_entries(mini: Store) -> None:
    acme = mini.resolve("Acme 7B").uuid
    with pytest.raises(CompareError, match="2 to 6"):
        build_comparison(mini, [acme, acme])  # the same entry twice is one entry
    extra = [mini.create("organization", {"name": f"Lab {i}"}).uuid for i in range(6)]
    with pytest.raises(CompareError, match="7 given"):
        build_comparison(mini, [acme, *extra])


def test_reordered_moves_every_value(three: Comparison) -> None:
    order = [three.entries[2].uuid, three.entries[0].uuid]
    moved = three.reordered(order)
    assert [e.name for e in moved.entries] == ["BigCo Ultra", "Acme 7B"]
    assert row(moved, "developer").values == ("BigCo", "Acme AI")
    assert row(moved, "openness_grade").colors == (row(three, "openness_grade").colors[2],
                                                   row(three, "openness_grade").colors[0])


# ---- exports, each parsed back ---------------------------------------------------------------------

def markdown_tables(text: str) -> dict[str, list[list[str]]]:
    tables: dict[str, list[list[str]]] = {}
    current = ""
    for line in text.splitlines():
        if line.startswith("## "):
            current = line[3:]
            tables[current] = []
        elif line.startswith("|") and current and not line.startswith("| ---"):
            cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
            tables[current].append([c.strip().replace("\\|", "|").replace("\\\\", "\\") for c in cells])
    return tables


def test_markdown_export_parses_back(three: Comparison) -> None:
    tables = markdown_tables(to_markdown(three, only_differences=True))
    shown = three.only_differences()
    assert list(tables) == [g.title for g in shown.groups]
    for group in shown.groups:
        header, *body = tables[group.title]
        assert header == ["Field", *MODELS]
        assert [cells[0] for cells in body] == [f"**≠ {r.label}**" for r in group.rows]
        assert [tuple(cells[1:]) for cells in body] == [r.values for r in group.rows]


def test_csv_export_parses_back(three: Comparison) -> None:
    lines = list(csv.reader(io.StringIO(to_csv(three))))
    assert lines[0] == ["group", "field", "differs", *MODELS]
    rows = list(three.rows())
    assert len(lines) - 1 == len(rows)
    for line, expected in zip(lines[1:], rows, strict=True):
        assert line[1] == expected.label and tuple(line[3:]) == expected.values
        assert line[2] == ("yes" if expected.differs else "no")


class TableReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, list[str]]] = []
        self.tags: list[str] = []
        self._cells: list[str] | None = None
        self._css = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "tr":
            self._cells, self._css = [], dict(attrs).get("class") or ""
        elif tag in ("td", "th") and self._cells is not None:
            self._cells.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "tr" and self._cells is not None:
            self.rows.append((self._css, self._cells))
            self._cells = None

    def handle_data(self, data: str) -> None:
        if self._cells:
            self._cells[-1] += data


def test_html_export_is_self_contained_and_highlights_differences(three: Comparison) -> None:
    page = to_html(three)
    reader = TableReader()
    reader.feed(page)
    assert "script" not in reader.tags and "link" not in reader.tags and "img" not in reader.tags
    assert "http://" not in page.split("<body>")[0] and "https://" not in page.split("<body>")[0]
    field_rows = [(css, cells) for css, cells in reader.rows if css in ("", "differs") and len(cells) == 4]
    expected = list(three.rows())
    assert len(field_rows) == len(expected) + 1  # + the header row
    for (css, cells), wanted in zip(field_rows[1:], expected, strict=True):
        assert cells[0] == wanted.label
        assert tuple(" ".join(c.split()) for c in cells[1:]) == tuple(" ".join(v.split()) for v in wanted.values) \
            or wanted.key == "tags"
        assert (css == "differs") == wanted.differs
    assert sum(1 for css, _ in reader.rows if css == "group") == len(three.groups)


def test_exports_escape_hostile_names(mini: Store) -> None:
    hostile = mini.create("organization", {"name": '<script>alert(1)</script> | "Lab", Inc', "jurisdiction": "US"})
    comparison = build_comparison(mini, [hostile.uuid, mini.resolve("Acme AI").uuid])
    page = to_html(comparison)
    assert "<script>" not in page and "&lt;script&gt;" in page
    header = next(line for line in to_markdown(comparison).splitlines() if line.startswith("| Field"))
    assert "\\|" in header and len(re.split(r"(?<!\\)\|", header)) == 5
    assert next(csv.reader(io.StringIO(to_csv(comparison))))[3] == hostile.name


# ---- the command line --------------------------------------------------------------------------------

def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = cli_main.main([str(a) for a in args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_compare_every_format(capsys: pytest.CaptureFixture[str], mini_path: Path, tmp_path: Path) -> None:
    base = ("--db", mini_path, "compare", *MODELS)
    code, out, _ = run_cli(capsys, *base)
    assert code == 0 and "≠ Developer" in out and "[Identity]" in out
    code, out, _ = run_cli(capsys, "--db", mini_path, "--format", "json", "compare", *MODELS, "--only-differences")
    data = json.loads(out)
    assert [e["name"] for e in data["entries"]] == list(MODELS)
    assert all(r["differs"] for g in data["groups"] for r in g["rows"])
    code, out, _ = run_cli(capsys, *base, "--format", "md")
    assert out.startswith("# Comparison: Acme 7B · Acme 7B Chat · BigCo Ultra")
    code, out, _ = run_cli(capsys, *base, "--format", "csv")
    assert next(csv.reader(io.StringIO(out))) == ["group", "field", "differs", *MODELS]
    target = tmp_path / "shortlist.html"
    code, out, err = run_cli(capsys, *base, "--format", "html", "--out", target)
    assert code == 0 and out == "" and "wrote" in err
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_cli_compare_errors(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    code, out, err = run_cli(capsys, "--db", mini_path, "compare", "Acme 7B")
    assert code == 1 and out == "" and err.startswith("modelatlas: error: compare 2 to 6")
    code, _, err = run_cli(capsys, "--db", mini_path, "compare", "Acme 7B", "Nope")
    assert code == 1 and "Nope" in err
    code, _, err = run_cli(capsys, "--db", mini_path, "compare", "Acme 7B", "BigCo Ultra", "--format", "xml")
    assert code == 2 and "invalid choice" in err
    code, out, _ = run_cli(capsys, "--db", mini_path, "--format", "json", "info")  # table|json still work elsewhere
    assert code == 0 and json.loads(out)["counts"]


def test_cli_tags(capsys: pytest.CaptureFixture[str], mini_path: Path) -> None:
    code, out, _ = run_cli(capsys, "--db", mini_path, "tags", "list", "--format", "json")
    assert {t["name"]: t["count"] for t in json.loads(out)} == {"analysis": 1, "frontier": 1}
    assert run_cli(capsys, "--db", mini_path, "tag", "BigCo Ultra", "closed")[0] == 0
    assert run_cli(capsys, "--db", mini_path, "tags", "rename", "closed", "api-only")[0] == 0
    assert run_cli(capsys, "--db", mini_path, "tags", "recolor", "api-only", "#123456")[0] == 0
    code, out, _ = run_cli(capsys, "--db", mini_path, "tags", "merge", "api-only", "frontier", "--format", "json")
    assert code == 0 and json.loads(out)["merged_into"]["name"] == "frontier"
    code, out, _ = run_cli(capsys, "--db", mini_path, "tags", "list")
    assert "api-only" not in out and re.search(r"frontier\s+#c0392b\s+2", out)
    assert run_cli(capsys, "--db", mini_path, "tags", "delete", "analysis")[0] == 0
    code, _, err = run_cli(capsys, "--db", mini_path, "tags", "rename", "frontier", "")
    assert code == 1 and "empty" in err
    code, _, err = run_cli(capsys, "--db", mini_path, "tags", "delete", "analysis")
    assert code == 1 and "no tag named" in err


def test_list_fields_differ_only_when_their_members_do(mini: Store) -> None:
    acme, chat, ultra = uuids(mini, *MODELS)
    mini.update(acme, {"access": ["api", "weights"]})
    mini.update(chat, {"access": ["weights", "api"]})
    mini.tag([acme], ["shortlist"])
    mini.tag([chat], ["shortlist", "frontier"])
    pair = build_comparison(mini, [acme, chat])
    access = row(pair, "access")
    assert access.values == ("api, weights", "weights, api")  # each entry's own order is shown
    assert not access.differs  # but the same channels are not a difference
    assert not row(pair, "tags").differs
    assert "access" not in [r.key for r in pair.only_differences().rows()]
    assert "Access channels" not in [r["label"] for g in pair.to_json()["groups"] for r in g["rows"] if r["differs"]]
    assert not row(pair.reordered([chat, acme]), "access").differs
    mini.update(chat, {"access": ["weights"]})
    assert row(build_comparison(mini, [acme, chat]), "access").differs  # a channel fewer is a difference
    three = build_comparison(mini, [acme, chat, ultra])
    assert row(three, "access").differs
    assert row(three.reordered([ultra, acme]), "access").items[0] == {"api", "hosted-app"}  # members follow columns


def test_compare_knows_lineage(seeded: Store) -> None:
    from db.lineage import set_base

    tuned = seeded.create("model", {"name": "Hermes Chat 8B"}).uuid
    set_base(seeded, tuned, "Llama 3 8B", "fine-tune")
    quantized = seeded.create("model", {"name": "Hermes Chat 8B GGUF"}).uuid
    set_base(seeded, quantized, tuned, "quantization")
    comparison = build_comparison(seeded, [quantized, tuned, seeded.resolve("Llama 3 8B", "model").uuid])
    rows = {row.key: row for row in comparison.rows()}
    assert rows["base_model"].label == "Base model"
    assert rows["base_model"].values == ("Hermes Chat 8B", "Llama 3 8B", "")
    assert rows["lineage"].values == ("Hermes Chat 8B (quantization) ← Llama 3 8B (fine-tune)",
                                      "Llama 3 8B (fine-tune)", "")
    assert rows["lineage"].differs
