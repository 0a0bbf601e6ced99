"""The CLI imports only what a command needs: the parser comes from the command table, help and `info` stay light."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from db.cli.atlas_facts import AtlasFacts, read_facts
from db.cli.main import build_parser, common_options, declare, main
from db.cli.registry import COMMANDS
from db.library import create_atlas
from db.store import Store

HEAVY_FOR_INFO = ("db.search", "db.detail", "db.advisor", "db.importers", "db.queries", "db.compare", "whoosh",
                  "alembic")
"""Packages `modelatlas info` and `modelatlas --help` must not import (a prefix matches the package's modules)."""

PROBE = """
import contextlib, io, json, sys
from db.cli.main import main
with contextlib.redirect_stdout(io.StringIO()) as printed:
    try:
        code = main(sys.argv[1:])
    except SystemExit as stop:  # --help exits
        code = stop.code
json.dump({"code": code, "printed": printed.getvalue(), "modules": sorted(sys.modules)}, sys.stdout)
"""


def imported_by(*argv: str, db: Path | None = None) -> tuple[str, set[str]]:
    """What `modelatlas ARGV` prints, and every module it imported (in a fresh interpreter)."""
    env = dict(os.environ, COLUMNS="100")
    if db is not None:
        env["MODELATLAS_DB"] = str(db)
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, env=env,
                          check=True)
    answer = json.loads(done.stdout)
    assert answer["code"] == 0, done.stderr
    return answer["printed"], set(answer["modules"])


def heavy(modules: set[str], packages: tuple[str, ...] = HEAVY_FOR_INFO) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in packages))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("atlas") / "seed.atlas"
    create_atlas(path).close()
    return path


def test_help_imports_no_command_module_and_no_database_code() -> None:
    printed, modules = imported_by("--help")
    assert all(f"    {command.name}" in printed for command in COMMANDS)
    assert heavy(modules) == []
    assert heavy(modules, ("sqlalchemy", "db.schema", "db.store", "db.backend")) == []
    assert [m for m in modules if m.startswith("db.cli.cmd_")] == []


def test_a_commands_help_imports_only_that_command() -> None:
    printed, modules = imported_by("info", "--help")
    assert "usage: modelatlas info" in printed
    assert [m for m in modules if m.startswith("db.cli.cmd_")] == ["db.cli.cmd_info"]
    assert heavy(modules) == []


@pytest.mark.parametrize("command", ["list", "show", "search", "check", "import", "tags"])
def test_the_help_of_a_database_command_loads_no_database_code(command: str) -> None:
    """Their modules import the store, the search engine, the advisor or the importers only when they run."""
    printed, modules = imported_by(command, "--help")
    assert f"usage: modelatlas {command}" in printed
    assert heavy(modules, (*HEAVY_FOR_INFO, "sqlalchemy", "db.schema", "db.store")) == []


def test_info_imports_neither_search_detail_advisor_nor_importers(seeded: Path) -> None:
    printed, modules = imported_by("info", db=seeded)
    assert "models" in printed and str(seeded.resolve()) in printed
    assert heavy(modules) == []
    assert heavy(modules, ("db.schema", "db.store", "db.tolerant", "sqlalchemy")) == []  # plain SQL: no ORM


ORM_AND_HEAVY = (*HEAVY_FOR_INFO, "sqlalchemy", "db.schema", "db.store", "db.tolerant", "db.lineage")
"""What a command reading with plain SQL (db.reading) must not import: neither SQLAlchemy (Core included), the
mapped schema, the store, nor the search engine, the detail builder, the advisor or the importers."""


@pytest.mark.parametrize("argv", [("list", "models"), ("list", "models", "--format", "json"),
                                  ("list", "evaluations", "--tag", "frontier", "--sort", "score"),
                                  ("list", "licenses", "--license-family", "permissive", "--limit", "3")])
def test_list_reads_with_plain_sql(seeded: Path, argv: tuple[str, ...]) -> None:
    printed, modules = imported_by(*argv, db=seeded)
    assert printed.strip()
    assert heavy(modules, ORM_AND_HEAVY) == []
    assert "db.reading.listing" in modules


@pytest.mark.parametrize("argv", [("show", "Llama 3.1 405B"), ("show", "Llama 3.1 405B", "--format", "json"),
                                  ("show", "Apache License 2.0"), ("show", "eu-ai-act", "--kind", "tag")])
def test_show_reads_with_plain_sql(seeded: Path, argv: tuple[str, ...]) -> None:
    """`show` reads one entry's whole graph (policy rules, family tree, imported statements, the checks of invalid
    values) with plain SQL: neither SQLAlchemy, the schema, the store, the ORM detail builder nor the importers."""
    printed, modules = imported_by(*argv, db=seeded)
    assert argv[1] in printed
    assert heavy(modules, ("sqlalchemy", "db.schema", "db.store", "db.tolerant", "db.lineage", "db.search", "whoosh",
                           "db.detail", "db.importers", "db.advisor.api", "db.queries", "db.compare", "db.exchange",
                           "db.freshness", "alembic", "yaml")) == []
    assert "db.reading.detail" in modules


def test_search_answers_from_a_fresh_index_without_the_orm(seeded: Path) -> None:
    """Once the index is built (the first search builds it through the store), a search reads the file's state
    with plain SQL and the hits from the index: no SQLAlchemy, no schema, no detail builder, advisor or importers."""
    imported_by("search", "open weights", db=seeded)
    printed, modules = imported_by("search", "systemic risk", db=seeded)
    assert "systemic" in printed.lower()
    assert heavy(modules, ("sqlalchemy", "db.schema", "db.store", "db.tolerant", "db.detail", "db.importers",
                           "db.advisor", "db.queries", "db.lineage", "db.search.service",
                           "db.search.documents")) == []


@pytest.mark.parametrize("argv", [("check", "--commercial", "--region", "EU"),
                                  ("check", "--non-commercial", "--fine-tune", "--format", "json")])
def test_check_reads_with_plain_sql(seeded: Path, argv: tuple[str, ...]) -> None:
    printed, modules = imported_by(*argv, db=seeded)
    assert "Llama" in printed
    assert heavy(modules, ("sqlalchemy", "db.schema", "db.store", "db.tolerant", "db.lineage", "db.search",
                           "db.detail", "db.importers", "db.advisor.api", "yaml")) == []


def test_info_read_with_plain_sql_says_what_the_store_says(seeded: Path) -> None:
    facts = read_facts(seeded)
    assert facts is not None
    with Store.open(seeded, "test") as store:
        assert facts == AtlasFacts(identity=store.identity, change_seq=store.change_seq, counts=store.counts())
        assert list(facts.counts) == list(store.counts())


def test_info_leaves_files_that_need_the_store_to_the_store(tmp_path: Path) -> None:
    assert read_facts(tmp_path / "missing.atlas") is None
    (tmp_path / "empty.atlas").write_bytes(b"")
    assert read_facts(tmp_path / "empty.atlas") is None
    (tmp_path / "text.atlas").write_text("not a database")
    assert read_facts(tmp_path / "text.atlas") is None


def test_every_command_in_the_table_is_declared_by_its_module_with_the_same_help() -> None:
    common = common_options()
    for command in COMMANDS:
        declared = declare(command, common)
        assert command.name in declared.parsers, f"{command.module} does not declare {command.name!r}"
        assert declared.helps[command.name] == command.help, f"registry help of {command.name!r} is stale"
        assert callable(declared.parsers[command.name].get_default("run"))
        for name in declared.parsers:  # a module declaring a sibling (tag/untag): the sibling is listed too
            assert any(c.name == name and c.module == command.module for c in COMMANDS), name


def test_the_lazily_declared_parser_parses_like_the_declared_one() -> None:
    args = build_parser().parse_args(["--db", "x.atlas", "list", "models", "--limit", "5", "--format", "json"])
    assert (args.command, args.kind, args.limit, args.format, args.db) == ("list", "models", 5, "json", "x.atlas")
    from db.cli import cmd_list

    assert args.run is cmd_list.run


def test_usage_errors_name_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["list", "nothing-like-this"])
    assert stop.value.code == 2
    assert "modelatlas list: error: argument kind: invalid choice: 'nothing-like-this'" in capsys.readouterr().err


def test_parser_namespace_has_the_top_level_defaults() -> None:
    args = build_parser().parse_args(["info"])
    assert isinstance(args, argparse.Namespace)
    assert (args.format, args.db, args.author) == ("table", None, None)
