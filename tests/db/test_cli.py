"""The `modelatlas` command line, in-process: every command, both formats, and every error path."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from db import backend
from db.cli import main as cli_main
from db.queries import KIND_QUERIES
from db.schema import SCHEMA_REVISION
from db.store import Store
from db.vocab import COUNT_KEYS

SEED_MIN = Path(__file__).resolve().parents[1] / "fixtures" / "seed_min"
COUNT_NAMES = {"models", "organizations", "licenses", "policy_notes", "notes", "evaluations", "tags", "sources"}
LIST_KINDS = ["models", "organizations", "licenses", "policy-notes", "notes", "evaluations", "tags", "sources",
              "saved-searches"]


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        assert self.code == 0, self.err
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):
    def run(*args: str | Path) -> Result:
        try:
            code = cli_main.main([str(a) for a in args])
        except SystemExit as exit_:  # argparse usage errors, --help, --version
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def assert_one_line_error(result: Result, *words: str, code: int = 1) -> None:
    """A failure is one line on stderr naming the problem, a non-zero exit, nothing on stdout, no traceback."""
    assert result.code == code, (result.code, result.out, result.err)
    assert result.out == ""
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("modelatlas: error: ")
    for word in words:
        assert word in lines[0], lines[0]


def assert_usage_error(result: Result, *words: str) -> None:
    """argparse's own errors: the usage, then one error line, exit status 2."""
    assert result.code == 2 and result.out == "" and "Traceback" not in result.err
    last = result.err.strip().splitlines()[-1]
    assert last.startswith("modelatlas") and ": error: " in last
    for word in words:
        assert word in last, last


# ---- info, init and choosing the file ----------------------------------------------------------


def test_info_json_contract(cli, mini_path: Path) -> None:
    info = cli("--db", mini_path, "info", "--format", "json").json()
    assert set(info) >= {"file", "schema_revision", "database_uuid", "change_seq", "size_bytes", "counts"}
    assert set(info["counts"]) == COUNT_NAMES == set(COUNT_KEYS.values())
    assert info["counts"] == {"models": 3, "organizations": 2, "licenses": 3, "policy_notes": 1, "notes": 1,
                              "evaluations": 0, "tags": 2, "sources": 10}
    assert info["schema_revision"] == SCHEMA_REVISION
    assert Path(info["file"]) == mini_path.resolve()


def test_format_may_come_before_or_after_the_command(cli, mini_path: Path) -> None:
    before = cli("--db", mini_path, "--format", "json", "info").json()
    after = cli("--db", mini_path, "info", "--format", "json").json()
    assert before == after
    table = cli("--db", mini_path, "info", "--format", "table")
    assert table.code == 0 and "schema:" in table.out and "models" in table.out
    assert cli("--db", mini_path, "info").out == table.out


def test_default_database_is_created_from_the_seed_on_first_use(cli, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("db.seed.seed_folder", lambda: SEED_MIN)  # the fixture seed: same code path, faster
    default = tmp_path / "xdg-data" / "modelatlas" / "atlas.atlas"  # conftest points XDG_DATA_HOME here
    assert not default.exists()
    info = cli("info", "--format", "json").json()
    assert Path(info["file"]) == default.resolve()
    assert info["counts"]["models"] == 3 and info["counts"]["sources"] == 10
    again = cli("info", "--format", "json").json()
    assert again["database_uuid"] == info["database_uuid"]  # reused, not re-created
    assert not [p.name for p in default.parent.iterdir() if "creating" in p.name]  # no staging leftovers


def test_info_on_the_default_database_shows_the_seed_counts(cli, seeded_path: Path,
                                                            tmp_path: Path) -> None:
    """The bundled seed as first use leaves it (the template the fixtures made with create_atlas)."""
    default = tmp_path / "xdg-data" / "modelatlas" / "atlas.atlas"
    default.parent.mkdir(parents=True)
    seeded_path.rename(default)
    counts = cli("info", "--format", "json").json()["counts"]
    assert counts["models"] >= 60 and counts["licenses"] >= 25 and counts["policy_notes"] >= 20
    assert counts["organizations"] >= 25 and counts["notes"] >= 3 and counts["sources"] >= 60
    table = cli("info").out
    assert any(line.split() == ["models", f"{counts['models']:,}"] for line in table.splitlines())


def test_environment_variable_and_db_option_select_the_file(cli, mini_path: Path, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    cli("init", tmp_path / "other.atlas", "--empty")
    monkeypatch.setenv("MODELATLAS_DB", str(mini_path))
    assert cli("info", "--format", "json").json()["counts"]["models"] == 3
    chosen = cli("--db", tmp_path / "other.atlas", "info", "--format", "json").json()  # --db wins
    assert chosen["counts"]["models"] == 0
    assert not (tmp_path / "xdg-data" / "modelatlas").exists()


def test_missing_db_file_is_an_error_not_a_new_file(cli, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert_one_line_error(cli("--db", tmp_path / "typo.atlas", "info"), "does not exist")
    assert not (tmp_path / "typo.atlas").exists()


def test_init_creates_from_the_seed(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("db.seed.seed_folder", lambda: SEED_MIN)  # the fixture seed: same code path, faster
    created = cli("init", tmp_path / "new.atlas", "--format", "json").json()
    assert Path(created["path"]) == (tmp_path / "new.atlas").resolve()
    assert created["counts"]["models"] == 3 and set(created["counts"]) == COUNT_NAMES
    table = cli("init", tmp_path / "second.atlas")
    assert table.code == 0 and table.out.startswith("created ") and "3 models" in table.out
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".atlas") == ["new.atlas", "second.atlas"]


def test_init_empty(cli, tmp_path: Path) -> None:
    created = cli("init", tmp_path / "empty.atlas", "--empty", "--format", "json").json()
    assert set(created["counts"].values()) == {0}
    assert "(empty)" in cli("init", tmp_path / "empty2.atlas", "--empty").out
    assert backend.read_revision(tmp_path / "empty.atlas") == SCHEMA_REVISION


def test_init_refuses_to_overwrite(cli, mini_path: Path, tmp_path: Path) -> None:
    before = mini_path.read_bytes()
    assert_one_line_error(cli("init", mini_path), "already exists", "nothing was overwritten")
    assert mini_path.read_bytes() == before
    (tmp_path / "notes.txt").write_text("mine")
    assert_one_line_error(cli("init", tmp_path / "notes.txt", "--empty"), "already exists")
    assert (tmp_path / "notes.txt").read_text() == "mine"
    assert_one_line_error(cli("init", tmp_path, "--empty"), "already exists")


def test_init_failure_leaves_nothing_behind(cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    broken = tmp_path / "seed"
    broken.mkdir()
    (broken / "models.yaml").write_text("- key: x\n  name: X\n  developer: nobody\n")
    monkeypatch.setattr("db.seed.seed_folder", lambda: broken)
    assert_one_line_error(cli("init", tmp_path / "new.atlas"), "models.yaml, line 1")
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(("new.atlas", ".new.atlas"))]


# ---- list ------------------------------------------------------------------------------------


@pytest.fixture
def busy_path(mini_path: Path) -> Path:
    """The fixture seed plus an evaluation and a saved search, so that every kind has rows."""
    with Store.open(mini_path, "tester") as store:
        store.evaluate("Acme 7B", evaluator="ana", use_case="EU summaries", scores={"capability": 4},
                       verdict="trial")
        store.create("saved_search", {"name": "EU models", "query": "jurisdiction:EU", "kind_filter": "model"})
    return mini_path


@pytest.mark.parametrize("kind", LIST_KINDS)
def test_list_json_is_an_array_of_objects_with_uuid_and_name(cli, busy_path: Path, kind: str) -> None:
    rows = cli("--db", busy_path, "list", kind, "--format", "json").json()
    assert isinstance(rows, list) and rows
    for row in rows:
        assert isinstance(row, dict)
        assert isinstance(row["uuid"], str) and len(row["uuid"]) == 36
        assert isinstance(row["name"], str) and row["name"]
        if kind == "evaluations":
            assert {"author", "target", "verdict"} <= set(row)


def test_list_evaluations_contract(cli, busy_path: Path) -> None:
    [row] = cli("--db", busy_path, "list", "evaluations", "--format", "json").json()
    assert (row["author"], row["target"], row["verdict"]) == ("ana", "Acme 7B", "trial")


def test_list_model_rows_are_stable(cli, mini_path: Path) -> None:
    rows = cli("--db", mini_path, "list", "models", "--format", "json").json()
    assert [set(row) for row in rows] == [{"uuid", *(c.key for c in KIND_QUERIES["model"].columns)}] * 3
    acme = rows[0]
    assert (acme["name"], acme["developer"], acme["jurisdiction"], acme["release_date"], acme["params_total"],
            acme["openness_grade"], acme["license"]) == (
        "Acme 7B", "Acme AI", "EU", "2024-03-01", 7e9, "open-weights-unrestricted", "Apache License 2.0")


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--openness", "open-weights-restricted"], ["Acme 7B Chat"]),
        (["--openness", "closed-api", "--openness", "open-weights-restricted"], ["Acme 7B Chat", "BigCo Ultra"]),
        (["--license-family", "permissive"], ["Acme 7B"]),
        (["--jurisdiction", "US"], ["BigCo Ultra"]),
        (["--org", "Acme AI"], ["Acme 7B", "Acme 7B Chat"]),
        (["--tag", "frontier"], ["Acme 7B"]),
        (["--not-tag", "frontier"], ["Acme 7B Chat", "BigCo Ultra"]),
        (["--name", "chat"], ["Acme 7B Chat"]),
        (["--sort", "release_date", "--desc"], ["BigCo Ultra", "Acme 7B Chat", "Acme 7B"]),
        (["--sort", "openness_grade", "--limit", "2"], ["BigCo Ultra", "Acme 7B Chat"]),
        (["--jurisdiction", "EU", "--openness", "closed-api"], []),
    ],
)
def test_list_filters(cli, mini_path: Path, options: list[str], expected: list[str]) -> None:
    rows = cli("--db", mini_path, "list", "models", *options, "--format", "json").json()
    assert [row["name"] for row in rows] == expected


def test_list_other_kinds_filters(cli, busy_path: Path) -> None:
    policies = cli("--db", busy_path, "list", "policy-notes", "--status", "in-force", "--format", "json").json()
    assert [p["name"] for p in policies] == ["Test Act systemic risk"]
    evaluations = cli("--db", busy_path, "list", "evaluations", "--verdict", "hold", "--format", "json").json()
    assert evaluations == []
    orgs = cli("--db", busy_path, "list", "organizations", "--jurisdiction", "EU", "--format", "json").json()
    assert [o["name"] for o in orgs] == ["Acme AI"]


def test_list_table(cli, mini_path: Path) -> None:
    result = cli("--db", mini_path, "list", "models", "--limit", "2")
    lines = result.out.splitlines()
    assert result.code == 0
    assert lines[0].split()[:2] == ["Name", "Developer"] and set(lines[1]) <= {"-", " "}
    assert lines[-1] == "2 of 3 models"
    assert cli("--db", mini_path, "list", "models", "--name", "nothing").out == "(nothing)\n"


# ---- show ------------------------------------------------------------------------------------


def test_show_json(cli, mini_path: Path) -> None:
    detail = cli("--db", mini_path, "show", "Acme 7B Chat", "--format", "json").json()
    assert detail["name"] == "Acme 7B Chat" and detail["kind"] == "model"
    clauses = {c["clause"]: c["value"] for c in detail["clauses"]}
    assert clauses["user_cap"] == "700,000,000 monthly active users" and clauses["acceptable_use_policy"] == "yes"
    assert detail["mof"]["class"] == 0 and detail["sources"][0]["url"] == "https://acme.example/7b-chat"
    by_uuid = cli("--db", mini_path, "show", detail["uuid"][:8], "--format", "json").json()
    assert by_uuid == detail


def test_show_table(cli, mini_path: Path) -> None:
    out = cli("--db", mini_path, "show", "acme 7b chat").out
    assert out.startswith("Acme 7B Chat  [Model]")
    for text in ("Openness: Open weights, restricted (set by hand)", "Model Openness Framework: Unclassified",
                 "License clauses (Test Community License):", "700,000,000 monthly active users",
                 "Base model: Acme 7B", "https://acme.example/7b-chat"):
        assert text in out
    policy = cli("--db", mini_path, "show", "Test Act systemic risk").out
    assert "Concerns: BigCo Ultra, BigCo" in policy and "10^25 FLOP" in policy


def test_show_with_kind_resolves_a_shared_name(cli, mini_path: Path) -> None:
    with Store.open(mini_path, "tester") as store:
        store.create("tag", {"name": "BigCo"})
    assert_one_line_error(cli("--db", mini_path, "show", "BigCo"), "2 entries", "give the UUID")
    shown = cli("--db", mini_path, "show", "BigCo", "--kind", "organization", "--format", "json").json()
    assert shown["kind"] == "organization"
    assert cli("--db", mini_path, "show", "Test Act systemic risk", "--kind", "policy-note").code == 0


def test_llama_3_1_405b_done_criteria(cli, seeded_path: Path) -> None:
    rows = cli("--db", seeded_path, "list", "models", "--openness", "open-weights-restricted",
               "--format", "json").json()
    assert len(rows) >= 5 and {row["openness_grade"] for row in rows} == {"open-weights-restricted"}
    assert "Llama 3.1 405B" in [row["name"] for row in rows]
    detail = cli("--db", seeded_path, "show", "Llama 3.1 405B", "--format", "json").json()
    assert detail["developer"]["name"] == "Meta"
    assert "Llama 3.1" in detail["license"]["name"]
    assert detail["openness"]["grade"] == "open-weights-restricted"
    clauses = {c["clause"]: c for c in detail["clauses"]}
    assert clauses["user_cap"]["value"] == "700,000,000 monthly active users"
    assert clauses["acceptable_use_policy"]["value"] == "yes"
    assert clauses["commercial_use"]["value"] in ("conditional", "yes")
    assert isinstance(detail["mof"]["class"], int) and detail["mof"]["label"]
    assert len(detail["components"]) == 17
    assert detail["sources"] and all(s["url"].startswith("https://") for s in detail["sources"])
    params = next(f for f in detail["fields"] if f["key"] == "params_total")
    assert params["value"] == pytest.approx(405e9)
    table = cli("--db", seeded_path, "show", "Llama 3.1 405B").out
    for text in ("Model Openness Framework:", "License clauses", "700,000,000 monthly active users", "Sources:",
                 "Developer: Meta"):
        assert text in table


# ---- tag, untag, evaluate ------------------------------------------------------------------


def test_tag_and_untag(cli, mini_path: Path) -> None:
    tagged = cli("--db", mini_path, "tag", "Acme 7B", "shortlist", "eu", "--color", "#00ff00", "--format",
                 "json").json()
    assert tagged["name"] == "Acme 7B" and tagged["tags"] == ["eu", "frontier", "shortlist"]
    table = cli("--db", mini_path, "untag", "Acme 7B", "eu")
    assert table.code == 0 and table.out.startswith("removed from Acme 7B: eu; tags now: frontier, shortlist")
    listed = cli("--db", mini_path, "list", "models", "--tag", "shortlist", "--format", "json").json()
    assert [row["name"] for row in listed] == ["Acme 7B"]
    again = cli("--db", mini_path, "untag", "Acme 7B", "eu")
    assert again.code == 0 and "nothing to change" in again.out


@pytest.mark.parametrize("author_first", [False, True], ids=["author-after", "author-before"])
def test_evaluate(cli, mini_path: Path, author_first: bool) -> None:
    author = ["--author", "Ana Analyst"]
    args = [*(["--db", mini_path, *author, "evaluate"] if author_first else ["--db", mini_path, "evaluate"]),
            "Acme 7B", "--use-case", "on-prem summarization in the EU", "--score", "capability=3",
            "--score", "license risk=5", "--verdict", "adopt", "--notes", "Good enough.", "--date", "2025-02-03",
            "--tag", "shortlist", *([] if author_first else author), "--format", "json"]
    evaluation = cli(*args).json()
    assert evaluation["author"] == "Ana Analyst" and evaluation["verdict"] == "adopt"
    assert evaluation["scores"] == {"capability": 3, "license risk": 5} and evaluation["average"] == 4
    with Store.open(mini_path) as store:
        assert evaluation["target"] == store.resolve("Acme 7B").uuid
        saved = store.get(evaluation["uuid"])
        assert saved.author == "Ana Analyst" and saved.eval_date.isoformat() == "2025-02-03"  # type: ignore[attr-defined]
        assert [t.name for t in saved.tags] == ["shortlist"]
    [row] = cli("--db", mini_path, "list", "evaluations", "--format", "json").json()
    assert (row["uuid"], row["author"], row["target"], row["verdict"]) == (
        evaluation["uuid"], "Ana Analyst", "Acme 7B", "adopt")


def test_evaluate_table_and_default_author(cli, mini_path: Path) -> None:
    result = cli("--db", mini_path, "evaluate", "BigCo Ultra", "--use-case", "coding", "--verdict", "hold")
    assert result.code == 0 and result.out.startswith("recorded BigCo Ultra — coding (tester): hold")
    assert "average" not in result.out


# ---- errors ----------------------------------------------------------------------------------


def _newer(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    return path


def _foreign(path: Path) -> Path:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    return path


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p.mkdir() or p, ["is a directory"]),
        (lambda p: p.write_text("hello\n") and p, ["not an atlas database", "not a SQLite file"]),
        (_foreign, ["SQLite database from another program"]),
        (lambda p: p.write_bytes(backend.SQLITE_HEADER + b"\x07" * 2048) and p, ["cannot be read"]),
    ],
    ids=["directory", "text-file", "foreign-sqlite", "corrupt-sqlite"],
)
@pytest.mark.parametrize("command", [["info"], ["list", "models"], ["show", "x"]], ids=["info", "list", "show"])
def test_unreadable_files(cli, tmp_path: Path, make, words: list[str], command: list[str]) -> None:
    path = make(tmp_path / "bad.atlas")
    assert_one_line_error(cli("--db", path, *command), str(path), *words)


def test_newer_schema_is_refused(cli, mini_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _newer(mini_path)
    assert_one_line_error(cli("--db", mini_path, "info"), "newer Model Atlas", "9999", SCHEMA_REVISION)
    monkeypatch.setenv("MODELATLAS_DB", str(mini_path))
    assert_one_line_error(cli("list", "models", "--format", "json"), "newer Model Atlas")


def test_older_schema_is_upgraded_quietly(cli, tmp_path: Path) -> None:
    from db import migrate

    if SCHEMA_REVISION == "0001":
        pytest.skip("only one schema revision exists")
    path = tmp_path / "old.atlas"
    migrate.upgrade(path, "0001")
    result = cli("--db", path, "info", "--format", "json")
    assert result.err == "" and result.json()["schema_revision"] == SCHEMA_REVISION
    assert len(list((tmp_path / "old.backups").iterdir())) == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["show", "No Such Model"], ["no entry named 'No Such Model'"]),
        (["show", "Acme 7B", "--kind", "license"], ["no license entry named"]),
        (["tag", "No Such Model", "x"], ["no entry named"]),
        (["untag", "Acme 7B", "never-made"], ["no tag named 'never-made'"]),
        (["tag", "Acme 7B", "   "], ["tag name cannot be empty"]),
        (["tag", "Acme 7B", "x", "--color", "red"], ["color", "#rrggbb"]),
        (["evaluate", "No Such Model", "--use-case", "x", "--verdict", "adopt"], ["no entry named"]),
        (["evaluate", "Acme 7B", "--use-case", "x", "--verdict", "adopt", "--score", "capability=9"],
         ["between 1 and 5"]),
        (["evaluate", "Acme 7B", "--use-case", "x", "--verdict", "adopt", "--score", "capability=high"],
         ["whole number"]),
        (["evaluate", "Acme 7B", "--use-case", "x", "--verdict", "adopt", "--score", "capability"],
         ["CRITERION=1..5"]),
        (["evaluate", "Acme 7B", "--use-case", "x", "--verdict", "adopt", "--date", "someday"],
         ["date", "YYYY-MM-DD"]),
        (["evaluate", "Acme 7B", "--use-case", "  ", "--verdict", "adopt"], ["use_case", "required"]),
        (["list", "models", "--sort", "vibes"], ["cannot sort models by 'vibes'", "release_date"]),
        (["list", "models", "--status", "in-force"], ["--status does not apply to models"]),
        (["list", "licenses", "--openness", "open-source"], ["--openness does not apply to licenses"]),
    ],
    ids=lambda v: "-".join(v)[:40] if isinstance(v, list) else None,
)
def test_bad_input_is_one_clear_line(cli, mini_path: Path, args: list[str], words: list[str]) -> None:
    before = mini_path.read_bytes()
    assert_one_line_error(cli("--db", mini_path, *args), *words)
    with Store.open(mini_path) as store:
        assert store.counts()["evaluations"] == 0 and store.counts()["tags"] == 2
    assert len(before) > 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["evaluate", "Acme 7B", "--use-case", "x", "--verdict", "maybe"], ["--verdict", "invalid choice"]),
        (["evaluate", "Acme 7B", "--verdict", "adopt"], ["--use-case"]),
        (["list", "spaceships"], ["invalid choice: 'spaceships'"]),
        (["list", "models", "--limit", "ten"], ["--limit", "not a whole number"]),
        (["list", "models", "--limit", "-3"], ["--limit", "out of range"]),
        (["info", "--format", "xml"], ["--format", "invalid choice"]),
        (["frobnicate"], ["invalid choice: 'frobnicate'"]),
        (["tag", "Acme 7B"], ["required"]),
    ],
    ids=["verdict", "missing-use-case", "kind", "limit", "negative-limit", "format", "command", "no-tags"],
)
def test_usage_errors(cli, mini_path: Path, args: list[str], words: list[str]) -> None:
    assert_usage_error(cli("--db", mini_path, *args), *words)


def test_unexpected_errors_are_one_line_too(cli, mini_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from db.cli import cmd_info

    def explode(ctx: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(cmd_info, "run", explode)
    assert_one_line_error(cli("--db", mini_path, "info"), "internal error", "RuntimeError: boom",
                          "MODELATLAS_DEBUG", code=70)


def test_database_errors_are_one_line(cli, mini_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from db.cli import cmd_info

    def locked(ctx: object) -> int:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(cmd_info, "run", locked)
    # A locked file names the likely cause (another program writing) rather than SQLite's wording.
    assert_one_line_error(cli("--db", mini_path, "info"), str(mini_path), "another program is writing")


# ---- entry points ----------------------------------------------------------------------------


def test_no_command_prints_help_or_starts_the_app(cli, capsys: pytest.CaptureFixture[str]) -> None:
    result = cli()
    assert result.code == 0 and "usage: modelatlas" in result.out
    started: list[object] = []
    assert cli_main.main(["--db", "x.atlas"], no_command=lambda args: started.append(args.db) or 0) == 0
    assert started == ["x.atlas"]


def test_version_and_help(cli) -> None:
    from db import __version__

    version = cli("--version")
    assert version.code == 0 and __version__ in version.out
    helped = cli("--help")
    assert helped.code == 0 and "--db PATH" in helped.out
    for command in ("init", "info", "list", "show", "tag", "untag", "evaluate"):
        assert command in helped.out


def test_launcher_runs_commands_headless(mini_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from desktop import launcher

    assert launcher.main(["--db", str(mini_path), "info", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["counts"]["models"] == 3


def test_every_command_takes_format_json(cli, busy_path: Path, tmp_path: Path) -> None:
    commands = [["info"], ["list", "tags"], ["show", "Acme 7B"], ["tag", "Acme 7B", "x"], ["untag", "Acme 7B", "x"],
                ["evaluate", "Acme 7B", "--use-case", "y", "--verdict", "assess"]]
    for command in commands:
        json.loads(cli("--db", busy_path, *command, "--format", "json").out)
    json.loads(cli("init", tmp_path / "n.atlas", "--empty", "--format", "json").out)
