"""One answer everywhere: compare, the detail pane, `modelatlas rules` and the exports agree on every seeded model."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from db.advisor.api import STATUS_LABELS, rules_for, to_markdown
from db.cli import main as cli_main
from db.compare import build_comparison, to_csv
from db.detail import entry_detail
from db.schema import Model
from db.store import Store

SYSTEMIC_RISK = "EU AI Act — systemic-risk presumption at 10^25 FLOP"


def _model_uuids(store: Store) -> list[str]:
    with store.read() as session:
        return list(session.scalars(select(Model.uuid).where(Model.deleted_at.is_(None)).order_by(Model.name_key)))


def _cli_rules(seeded_path: Path, capsys: pytest.CaptureFixture[str], uuid: str) -> dict[str, str]:
    assert cli_main.main(["--db", str(seeded_path), "rules", uuid, "--format", "json"]) == 0
    return {rule["uuid"]: rule["status"] for rule in json.loads(capsys.readouterr().out)}


def test_compare_detail_and_cli_agree_on_every_seeded_model(
        seeded: Store, seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    uuids = _model_uuids(seeded)
    assert len(uuids) >= 70
    detail_status: dict[str, dict[str, str]] = {}
    for uuid in uuids:
        detail_status[uuid] = {rule["uuid"]: rule["status"] for rule in entry_detail(seeded, uuid)["rules"]}
        engine = {result.uuid: result.status for result in rules_for(seeded, uuid)}
        assert detail_status[uuid] == engine, uuid
        assert _cli_rules(seeded_path, capsys, uuid) == engine, uuid
    assert any("applies" in statuses.values() for statuses in detail_status.values())

    # compare the models in pairs (and the last with the first when the count is odd): every column must say
    # what the detail says, for every rule it shows, and show every rule that does not plainly not apply
    pairs = [uuids[i:i + 2] for i in range(0, len(uuids), 2)]
    if len(pairs[-1]) == 1:
        pairs[-1].append(uuids[0])
    for pair in pairs:
        comparison = build_comparison(seeded, pair)
        policy = next(group for group in comparison.groups if group.key == "policy")
        for column, uuid in enumerate(pair):
            shown = {row.key.removeprefix("rule:"): row.values[column] for row in policy.rows
                     if row.key.startswith("rule:")}
            for note, status in detail_status[uuid].items():
                if note in shown:
                    assert shown[note] == STATUS_LABELS[status], (uuid, note)
                else:
                    assert status == "does_not_apply", (uuid, note)
            count = next(row for row in policy.rows if row.key == "rules_applying").values[column]
            assert count == str(sum(status == "applies" for status in detail_status[uuid].values()))
            assert not any(row.values[column] == "applies" for row in policy.rows)  # the old, linked-means-applies


def test_deepseek_v3_is_below_the_systemic_risk_presumption_in_every_view(
        seeded: Store, seeded_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deepseek = seeded.resolve("DeepSeek-V3", "model").uuid
    llama = seeded.resolve("Llama 3.1 405B", "model").uuid
    (note,) = [r for r in rules_for(seeded, deepseek) if r.note == SYSTEMIC_RISK]
    assert note.status == "does_not_apply" and note.linked  # the note concerns it, and does not apply to it
    assert _cli_rules(seeded_path, capsys, deepseek)[note.uuid] == "does_not_apply"
    detail = entry_detail(seeded, deepseek)
    assert next(r for r in detail["rules"] if r["uuid"] == note.uuid)["status"] == "does_not_apply"

    comparison = build_comparison(seeded, [deepseek, llama])
    row = next(r for r in comparison.rows() if r.key == f"rule:{note.uuid}")
    assert row.values == ("Does not apply", "Applies")
    exported = list(csv.reader(io.StringIO(to_csv(comparison))))
    (line,) = [line for line in exported if line[1].startswith(SYSTEMIC_RISK)]
    assert line[3:] == ["Does not apply", "Applies"]
    assert cli_main.main(["--db", str(seeded_path), "show", "DeepSeek-V3"]) == 0
    shown = capsys.readouterr().out
    rules_section = shown[shown.index("Policy rules"):].split("\n\n")[0]
    assert SYSTEMIC_RISK not in rules_section  # `show` lists what binds it, from the same engine
    assert f"Applies: {SYSTEMIC_RISK}" not in shown
    markdown = to_markdown(rules_for(seeded, deepseek), model="DeepSeek-V3")
    (table_row,) = [line for line in markdown.splitlines() if line.startswith(f"| {SYSTEMIC_RISK} |")]
    assert table_row.split(" | ")[2] == "Does not apply"


def test_a_note_that_only_concerns_a_model_is_not_said_to_apply(seeded: Store) -> None:
    """Notes without conditions, linked to a model, show as "concerns it"."""
    gpt4 = seeded.resolve("GPT-4", "model").uuid
    llama = seeded.resolve("Llama 3.1 405B", "model").uuid
    comparison = build_comparison(seeded, [gpt4, llama])
    linked_only = [row for row in comparison.rows() if row.key.startswith("policy:")]
    assert linked_only
    for row in linked_only:
        assert set(row.values) <= {"concerns it", ""} and "concerns it" in row.values
