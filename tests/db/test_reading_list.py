"""`modelatlas list` over plain SQL prints, byte for byte, what the ORM path (db.queries) printed, for every kind,
sort and filter, on the seed and on a file holding invalid values."""

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

from db.cli.arguments import MAX_COUNT
from db.cli.cmd_list import FACET_OPTIONS, KINDS
from db.cli.context import CommandContext
from db.cli.main import build_parser, main
from db.cli.output import _default, emit_json, emit_table, terminal_output
from db.queries import KIND_QUERIES, ListFilter, _index_ordered, list_page
from db.reading.listing import KINDS as KIND_SQL
from db.store import Store


def orm_list(argv: list[str]) -> str:
    """What `modelatlas list` printed before it read with plain SQL (its `run`, kept here as the reference)."""
    args = build_parser().parse_args(argv)
    ctx = CommandContext(args)
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed), terminal_output(enabled=not ctx.json):
            kind = KINDS[args.kind]
            kind_query = KIND_QUERIES[kind]
            facets = {facet: tuple(getattr(args, option)) for option, facet in FACET_OPTIONS.items()
                      if getattr(args, option, None)}
            flt = ListFilter(kind=kind, facets=facets, tags_include=tuple(args.tag),
                             tags_exclude=tuple(args.not_tag), text=args.name)
            with ctx.store.read() as session:
                page = list_page(session, flt, args.sort, args.desc, limit=args.limit or MAX_COUNT)
            rows = page.rows
            if kind == "evaluation":
                for row in rows:
                    row["author"] = row["evaluator"]
            if ctx.json:
                json.dump(rows, printed, indent=2, ensure_ascii=False, default=_default)
                printed.write("\n")
            else:
                emit_table(rows, [(c.key, c.label) for c in kind_query.columns if c.default])
                if rows:
                    print(f"\n{len(rows)} of {page.total} {args.kind}")
    finally:
        ctx.close()
    return printed.getvalue()


def sql_list(argv: list[str]) -> str:
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        assert main(argv) == 0
    return printed.getvalue()


def _same(path: Path, *argv: str) -> None:
    full = ["--db", str(path), "list", *argv]
    assert sql_list(full) == orm_list(full), " ".join(argv)


def _enrich(path: Path) -> None:
    """Entries of every kind the seed lacks (evaluations, notes, tags, searches, use cases), some tags."""
    with Store.open(path, "tester") as store:
        llama = store.resolve("Llama 3.1 405B").uuid
        mistral = store.resolve("Mistral 7B").uuid
        store.evaluate(llama, evaluator="ana", use_case="chat", scores={"quality": 4, "cost": 2}, verdict="trial",
                       tags=["shortlist"])
        store.evaluate(mistral, evaluator="bo", use_case="RAG 100%_done", scores={"quality": 5}, verdict="adopt",
                       eval_date=date(2024, 5, 1))
        store.create("note", {"name": "Why 50% of us like it", "target": llama, "body": "text"})
        store.create("note", {"name": "Private musings", "body": "x", "private": True})
        store.create("saved_search", {"name": "Open in EU", "query": "openness:open-weights jurisdiction:EU"})
        store.tag([llama, mistral], ["shortlist", "Ünïcode tag"])


def _damage(path: Path) -> None:
    """Values the store never writes: a month 19, text in numbers, an infinite number, a float class, a bad
    timestamp and blob, a broken JSON score."""
    with contextlib.closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE models SET release_date='2024-19-39', params_total='abc' WHERE uuid IN "
                           "(SELECT uuid FROM entries WHERE name='Mistral 7B')")
        connection.execute("UPDATE models SET training_compute_flop=9e999, mof_class=2.5 WHERE uuid IN "
                           "(SELECT uuid FROM entries WHERE name='BLOOM')")
        connection.execute("UPDATE entries SET modified_at='yesterday' WHERE name='Apache 2.0'")
        connection.execute("UPDATE entries SET modified_at=x'00ff' WHERE name LIKE 'Claude%'")
        connection.execute("UPDATE licenses SET user_cap='lots', osi_approved=7 WHERE uuid IN "
                           "(SELECT uuid FROM entries WHERE name LIKE 'Llama%')")
        connection.execute("UPDATE evaluations SET scores='{broken', eval_date=20240101")
        connection.execute("UPDATE sources SET accessed='2024-02-30' WHERE rowid % 3 = 0")
        connection.commit()


@pytest.fixture(scope="module")
def atlases(tmp_path_factory: pytest.TempPathFactory, _seeded_template: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("lists")
    plain = folder / "seed.atlas"
    shutil.copyfile(_seeded_template, plain)
    _enrich(plain)
    damaged = folder / "damaged.atlas"
    shutil.copyfile(plain, damaged)
    _damage(damaged)
    return {"seed": plain, "damaged": damaged}


def test_the_plain_sql_lists_declare_what_db_queries_lists() -> None:
    assert set(KIND_SQL) == set(KIND_QUERIES)
    for kind, query in KIND_QUERIES.items():
        mine = KIND_SQL[kind]
        assert [(c.key, c.label, c.default) for c in mine.columns] == \
            [(c.key, c.label, c.default) for c in query.columns], kind
        assert set(mine.facets) == set(query.facets), kind
        assert {c.key for c in mine.columns if c.indexed} == \
            {c.key for c in query.columns if _index_ordered(c.order)}, kind


@pytest.mark.parametrize("variant", ["seed", "damaged"])
@pytest.mark.parametrize("option", ["models", "organizations", "licenses", "policy-notes", "notes", "evaluations",
                                    "tags", "sources", "saved-searches"])
def test_every_sort_prints_what_the_orm_path_printed(atlases: dict[str, Path], variant: str, option: str) -> None:
    kind = KIND_QUERIES[KINDS[option]]
    for column in kind.columns:
        for order in ([], ["--desc"]):
            for output in (["--format", "json"], []):
                _same(atlases[variant], option, "--sort", column.key, *order, *output)
    _same(atlases[variant], option, "--limit", "3")
    _same(atlases[variant], option, "--limit", "2", "--desc", "--format", "json")


FILTERS: list[tuple[str, ...]] = [
    ("models", "--openness", "open-weights-restricted"),
    ("models", "--openness", "closed-api", "--openness", "open-source", "--sort", "release_date", "--limit", "4"),
    ("models", "--license-family", "custom-open-weights"),
    ("models", "--license-family", "permissive", "--jurisdiction", "CN"),
    ("models", "--jurisdiction", "EU", "--jurisdiction", "US", "--sort", "params_total", "--desc"),
    ("models", "--jurisdiction", ""),
    ("models", "--org", "Meta"),
    ("models", "--org", "mistral ai", "--org", "Google DeepMind", "--sort", "developer"),
    ("models", "--tag", "shortlist"),
    ("models", "--tag", "SHORTLIST", "--tag", "ünïcode tag"),
    ("models", "--not-tag", "shortlist", "--limit", "5"),
    ("models", "--not-tag", "frontier", "--openness", "open-source"),
    ("models", "--tag", "no such tag"),
    ("models", "--name", "llama"),
    ("models", "--name", "LLAMA 3", "--sort", "license", "--desc"),
    ("models", "--name", "%"),
    ("models", "--name", "_"),
    ("models", "--name", "  "),
    ("organizations", "--jurisdiction", "CN"),
    ("licenses", "--license-family", "permissive", "--sort", "user_cap"),
    ("policy-notes", "--jurisdiction", "EU", "--status", "in-force"),
    ("policy-notes", "--status", "proposed", "--status", "in-force", "--sort", "in_force_date"),
    ("evaluations", "--verdict", "adopt"),
    ("evaluations", "--verdict", "trial", "--verdict", "hold", "--tag", "shortlist"),
    ("notes", "--name", "50%"),
    ("notes", "--name", "50/"),
    ("tags", "--name", "code"),
]


@pytest.mark.parametrize("variant", ["seed", "damaged"])
@pytest.mark.parametrize("argv", FILTERS, ids=[" ".join(argv) for argv in FILTERS])
def test_every_filter_prints_what_the_orm_path_printed(atlases: dict[str, Path], variant: str,
                                                        argv: tuple[str, ...]) -> None:
    _same(atlases[variant], *argv)
    _same(atlases[variant], *argv, "--format", "json")


def test_a_filter_of_another_kind_and_a_bad_sort_say_what_they_said(atlases: dict[str, Path],
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(atlases["seed"]), "list", "tags", "--openness", "open-source"]) == 1
    assert "--openness does not apply to tags" in capsys.readouterr().err
    assert main(["--db", str(atlases["seed"]), "list", "models", "--sort", "nothing"]) == 1
    assert "cannot sort models by 'nothing'; choose one of: name, developer," in capsys.readouterr().err


def test_invalid_values_list_as_unknown(atlases: dict[str, Path]) -> None:
    rows = json.loads(sql_list(["--db", str(atlases["damaged"]), "list", "models", "--format", "json"]))
    mistral = next(row for row in rows if row["name"] == "Mistral 7B")
    bloom = next(row for row in rows if row["name"] == "BLOOM")
    assert (mistral["release_date"], mistral["params_total"]) == (None, None)
    assert (bloom["training_compute_flop"], bloom["mof_class"]) == (None, 2.5)


def test_an_atlas_that_needs_the_store_goes_through_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(tmp_path / "missing.atlas"), "list", "models"]) == 1
    assert "does not exist" in capsys.readouterr().err
    (tmp_path / "text.atlas").write_text("not a database")
    assert main(["--db", str(tmp_path / "text.atlas"), "list", "models"]) == 1
    assert "is not an atlas database (not a SQLite file)" in capsys.readouterr().err
    (tmp_path / "empty.atlas").write_bytes(b"")  # an empty file: the store makes it an (empty) atlas
    assert main(["--db", str(tmp_path / "empty.atlas"), "list", "models"]) == 0
    assert capsys.readouterr().out == "(nothing)\n"


JSON_SAMPLES: list[Any] = [
    [],
    [{}],
    [{"a": 1, "b": -2.5, "c": None, "d": True, "e": False, "f": "tab\tquote\"ünï€😀\u2028\x00"}],
    [{"nan": float("nan"), "inf": float("inf"), "-inf": float("-inf"), "big": 10**30, "tiny": 1e-300}],
    [{"date": date(2024, 2, 29), "when": datetime(2024, 1, 2, 3, 4, 5, 6)}],
    [{"nested": {"x": [1, {"y": []}], "z": {}}, "list": [1, "two"], "tuple": (1, 2), "set": {3}}],
    [1, "two", None, [3, [4]], {"k": "v"}],
    [{1: "int key", None: "null key"}],
    [{"row": i, "name": f"Model {i}", "score": i / 3} for i in range(1200)],
]


@pytest.mark.parametrize("data", JSON_SAMPLES, ids=range(len(JSON_SAMPLES)))
def test_the_fast_json_writer_writes_what_json_dump_writes(data: Any) -> None:
    expected = io.StringIO()
    json.dump(data, expected, indent=2, ensure_ascii=False, default=_default)
    written = io.StringIO()
    emit_json(data, written)
    assert written.getvalue() == expected.getvalue() + "\n"
