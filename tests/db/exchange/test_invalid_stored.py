"""A bad value already in a database (written around the store) never crashes a view: it shows as invalid."""

from __future__ import annotations

import contextlib
import json
import sqlite3
from pathlib import Path

import pytest

from db.cli.main import main
from db.store import Store

BAD_COLOR = '#fff"><h1>Phish</h1><a href="https://evil.example/phish">click</a>'


def damage(path: Path) -> dict[str, str]:
    """Write, with plain SQL, the values a careless tool or a crafted merge could leave; returns the uuids."""
    store = Store.open(path, "tester")
    try:
        llama = store.resolve("Llama 3.1 405B").uuid
        mistral = store.resolve("Mistral 7B").uuid
        evaluation = store.evaluate(llama, evaluator="tester", use_case="chat", scores={"capability": 4},
                                    verdict="trial").uuid
        tag = store.resolve("frontier", "tag").uuid
    finally:
        store.close()
    with contextlib.closing(sqlite3.connect(path)) as connection:
        note = connection.execute("SELECT uuid FROM policy_notes WHERE conditions IS NOT NULL "
                                  "ORDER BY uuid").fetchone()[0]
        connection.execute("UPDATE models SET release_date='2024-19-39', params_total=9e999, "
                           "openness_grade='Fully Open!', modalities='not json', mof_class=7 WHERE uuid=?", (llama,))
        connection.execute("UPDATE entries SET modified_at='2024-19-39 29:59:69', created_at='yesterday' "
                           "WHERE uuid=?", (llama,))
        connection.execute("UPDATE evaluations SET scores=?, eval_date='2025-02-30', verdict='buy' WHERE uuid=?",
                           (json.dumps({"capability": "abc"}), evaluation))
        connection.execute("UPDATE tags SET color=? WHERE uuid=?", (BAD_COLOR, tag))
        connection.execute("UPDATE policy_notes SET conditions='[1, 2]', in_force_date='2024-00-00' WHERE uuid=?",
                           (note,))
        connection.execute("UPDATE components SET status='maybe' WHERE model_uuid=?", (llama,))
        connection.commit()
    return {"llama": llama, "mistral": mistral, "evaluation": evaluation, "tag": tag, "note": note}


def run(capsys: pytest.CaptureFixture[str], path: Path, *args: str) -> str:
    capsys.readouterr()
    code = main(["--db", str(path), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "internal error" not in err
    return out


COMMANDS = [
    ("list", "models"), ("list", "models", "--sort", "release_date"), ("list", "models", "--sort", "params_total"),
    ("list", "evaluations"), ("list", "tags"), ("list", "policy-notes"), ("tags", "list"),
    ("search", "llama"), ("search", "frontier"), ("search", "released:2024"),
    ("check", "--commercial"), ("check", "--commercial", "--region", "EU"),
]


@pytest.mark.parametrize("format_", ["table", "json"])
def test_every_view_of_a_damaged_atlas_works(
    seeded_path: Path, capsys: pytest.CaptureFixture[str], format_: str,
) -> None:
    ids = damage(seeded_path)
    for command in COMMANDS:
        run(capsys, seeded_path, *command, "--format", format_)
    for uuid in ids.values():
        run(capsys, seeded_path, "show", uuid, "--format", format_)
    run(capsys, seeded_path, "compare", ids["llama"], ids["mistral"], "--format", format_)
    run(capsys, seeded_path, "rules", ids["llama"], "--format", format_)


def test_show_names_each_invalid_value(seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = damage(seeded_path)
    shown = run(capsys, seeded_path, "show", ids["llama"])
    assert "Invalid values" in shown
    for field, value in (("release_date", "2024-19-39"), ("modified_at", "2024-19-39 29:59:69"),
                         ("params_total", "inf"), ("openness_grade", "Fully Open!")):
        line = next(line for line in shown.splitlines() if line.strip().startswith(field))
        assert value in line, line
    detail = json.loads(run(capsys, seeded_path, "show", ids["evaluation"], "--format", "json"))
    assert {p["field"] for p in detail["invalid"]} >= {"scores", "eval_date", "verdict"}
    assert detail["fields"] and all(p["uuid"] == ids["evaluation"] for p in detail["invalid"])


def test_invalid_values_load_as_unknown(seeded_path: Path) -> None:
    ids = damage(seeded_path)
    store = Store.open(seeded_path, "tester")
    try:
        llama = store.get(ids["llama"])
        assert llama.release_date is None and llama.params_total is None and llama.openness_grade is None
        assert llama.modalities == [] and llama.modified_at is None
        assert store.get(ids["evaluation"]).scores == {}
        assert store.get(ids["tag"]).color == "#7f8c8d"
        assert store.get(ids["note"]).conditions is None
    finally:
        store.close()
    with contextlib.closing(sqlite3.connect(seeded_path)) as connection:  # reading changed nothing
        assert connection.execute("SELECT release_date FROM models WHERE uuid=?", (ids["llama"],)).fetchone() == (
            "2024-19-39",)
