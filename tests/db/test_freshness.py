"""Verified marks on entries, license clauses and policy note statuses, and finding what nobody checked lately."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from db.advisor.api import rules_for
from db.cli import main as cli_main
from db.errors import NotFoundError, ValidationError
from db.freshness import last_verified, mark_verified, stale_entries, status_on
from db.history.entries import entry_history
from db.history.snapshots import create_snapshot
from db.history.verdicts import rules_as_of
from db.list_filter import ListFilter
from db.queries import list_page
from db.schema import PolicyNote
from db.store import Store

TODAY = date(2026, 12, 7)


def _row(path: Path, sql: str, *args: object) -> tuple:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, args).fetchone()


def test_marking_an_entry_verified_stores_the_mark_and_records_it_in_history(mini: Store, mini_path: Path) -> None:
    version = mini.resolve("Acme 7B").version
    mark = mark_verified(mini, "Acme 7B", by="Ada", on="2026-11-30", source="https://example.org/card",
                         today=TODAY)
    assert mark.describe() == "2026-11-30 by Ada (https://example.org/card)"
    assert last_verified(mini, "acme 7b") == mark
    assert mini.resolve("Acme 7B").version == version + 1
    changes = entry_history(mini, "Acme 7B")[0].changes
    assert set(changes) == {"verified_at", "verified_by", "verified_source"}
    assert changes["verified_by"] == [None, "Ada"]
    assert _row(mini_path, "SELECT verified_by, verified_source FROM entries WHERE name = 'Acme 7B'") == (
        "Ada", "https://example.org/card")


@pytest.mark.parametrize(("on", "field", "message"), [
    ("2027-01-01", "on", "in the future"),
    ("30th of November", "on", "not a date"),
    ("2026-11-30", "by", "required"),
])
def test_a_bad_mark_is_refused_with_a_clear_message_and_nothing_changes(
        mini: Store, mini_path: Path, on: str, field: str, message: str) -> None:
    before = _row(mini_path, "SELECT version, verified_at, modified_at FROM entries WHERE name = 'Acme 7B'")
    seq = mini.change_seq
    with pytest.raises(ValidationError) as raised:
        mark_verified(mini, "Acme 7B", by="" if field == "by" else "Ada", on=on, source="card", today=TODAY)
    assert field in raised.value.problems and message in raised.value.problems[field]
    assert _row(mini_path, "SELECT version, verified_at, modified_at FROM entries WHERE name = 'Acme 7B'") == before
    assert mini.change_seq == seq


def test_an_unknown_entry_is_named_and_nothing_changes(mini: Store) -> None:
    seq = mini.change_seq
    with pytest.raises(NotFoundError, match="Nonexistent"):
        mark_verified(mini, "Nonexistent", by="Ada", today=TODAY)
    assert mini.change_seq == seq


def test_the_day_defaults_to_today(mini: Store) -> None:
    assert mark_verified(mini, "Acme 7B", by="Ada").on == date.today()


def test_license_clauses_are_verified_one_by_one(mini: Store) -> None:
    mark_verified(mini, "Test Community License", by="Ada", on="2026-10-01", source="§4", clause="commercial_use",
                  today=TODAY)
    mark_verified(mini, "Test Community License", by="Bo", on="2026-11-01", clause="user-cap", today=TODAY)
    commercial = last_verified(mini, "Test Community License", clause="commercial_use")
    assert commercial is not None and (commercial.on, commercial.by, commercial.source) == (
        date(2026, 10, 1), "Ada", "§4")
    cap = last_verified(mini, "Test Community License", clause="user_cap")
    assert cap is not None and cap.by == "Bo"
    assert last_verified(mini, "Test Community License", clause="attribution") is None
    assert last_verified(mini, "Test Community License") is None  # a clause is not the whole license
    assert "clauses_verified" in entry_history(mini, "Test Community License")[0].changes


def test_a_clause_must_be_a_clause_of_a_license(mini: Store) -> None:
    with pytest.raises(ValidationError, match="no clause 'colour'"):
        mark_verified(mini, "Test Community License", by="Ada", clause="colour", today=TODAY)
    with pytest.raises(ValidationError, match="not a license"):
        mark_verified(mini, "Acme 7B", by="Ada", clause="commercial_use", today=TODAY)


def test_a_policy_notes_status_is_verified_apart_from_the_note(mini: Store, mini_path: Path) -> None:
    mark_verified(mini, "Test Act systemic risk", by="Ada", on="2026-12-01", source="Official Journal",
                  policy_status=True, today=TODAY)
    status = last_verified(mini, "Test Act systemic risk", policy_status=True)
    assert status is not None and status.source == "Official Journal"
    assert last_verified(mini, "Test Act systemic risk") is None
    assert _row(mini_path, "SELECT status_verified_by FROM policy_notes") == ("Ada",)
    with pytest.raises(ValidationError, match="not a policy note"):
        mark_verified(mini, "Acme 7B", by="Ada", policy_status=True, today=TODAY)


def test_stale_entries_are_those_never_verified_or_verified_before_the_cutoff(mini: Store) -> None:
    mark_verified(mini, "Acme 7B", by="Ada", on="2026-12-01", today=TODAY)
    mark_verified(mini, "Acme 7B Chat", by="Ada", on="2026-01-01", today=TODAY)
    mark_verified(mini, "BigCo Ultra", by="Ada", on="2026-11-07", today=TODAY)  # exactly 30 days ago: fresh
    stale = stale_entries(mini, 30, kind="model", today=TODAY)
    names = [entry.name for entry in stale]
    assert "Acme 7B" not in names and "BigCo Ultra" not in names
    assert names[-1] == "Acme 7B Chat"  # never verified first, then the oldest mark
    assert all(entry.verified_on is None for entry in stale[:-1]) and stale[-1].verified_on == date(2026, 1, 1)
    models = mini.counts()["models"]
    assert len(stale) == models - 2
    everything = stale_entries(mini, 30, today=TODAY)
    assert {entry.kind for entry in everything} >= {"model", "license", "organization", "policy_note"}
    assert not any(entry.kind in ("source", "evaluation") for entry in everything)
    assert "Acme 7B Chat" not in [e.name for e in stale_entries(mini, 400, kind="model", today=TODAY)]


def test_a_deleted_entry_is_never_stale(mini: Store) -> None:
    mini.delete(mini.resolve("Acme 7B").uuid)
    assert "Acme 7B" not in [entry.name for entry in stale_entries(mini, 0, kind="model", today=TODAY)]


def test_negative_days_are_refused(mini: Store) -> None:
    with pytest.raises(ValidationError, match="negative"):
        stale_entries(mini, -1)


# ---- the command line ------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    try:
        code = cli_main.main([str(a) for a in args])
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_verify_marks_the_entry_and_show_says_who_and_when(mini_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "--db", mini_path, "verify", "Acme 7B", "--on", "2026-11-30",
                          "--source", "model card", "--author", "Ada")
    assert code == 0, err
    assert out.strip() == "Verified Acme 7B: 2026-11-30 by Ada (model card)"
    code, out, _ = _cli(capsys, "--db", mini_path, "show", "Acme 7B")
    assert "Last verified: 2026-11-30 by Ada (model card)" in out
    code, out, _ = _cli(capsys, "--db", mini_path, "show", "Acme 7B", "--format", "json")
    assert json.loads(out)["verified"] == {"on": "2026-11-30", "by": "Ada", "source": "model card"}
    with Store.open(mini_path) as store:
        assert entry_history(store, "Acme 7B")[0].via == "cli"


def test_verify_a_clause_and_a_policy_status_from_the_command_line(mini_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _cli(capsys, "--db", mini_path, "verify", "Test Community License", "--clause", "user_cap",
                          "--on", "2026-11-01", "--author", "Bo", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["verified"] == {"on": "2026-11-01", "by": "Bo", "source": ""}
    code, out, _ = _cli(capsys, "--db", mini_path, "show", "Test Community License")
    assert "(verified 2026-11-01 by Bo)" in out and "Last verified" not in out
    code, out, err = _cli(capsys, "--db", mini_path, "verify", "Test Act systemic risk", "--policy-status",
                          "--source", "OJ L 2024/1689", "--author", "Bo")
    assert code == 0, err
    code, out, _ = _cli(capsys, "--db", mini_path, "show", "Test Act systemic risk")
    assert f"Status last verified: {date.today().isoformat()} by Bo (OJ L 2024/1689)" in out


def test_verify_refuses_a_future_day_in_one_line_and_changes_nothing(mini_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    before = _row(mini_path, "SELECT version FROM entries WHERE name = 'Acme 7B'")
    code, out, err = _cli(capsys, "--db", mini_path, "verify", "Acme 7B", "--on", "2999-01-01")
    assert code == 1 and out == ""
    assert err.startswith("modelatlas: error: ") and "in the future" in err and len(err.strip().splitlines()) == 1
    assert _row(mini_path, "SELECT version FROM entries WHERE name = 'Acme 7B'") == before


def test_list_stale_finds_what_nobody_verified_lately_by_both_paths(mini_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    recent = (date.today() - timedelta(days=3)).isoformat()
    old = (date.today() - timedelta(days=400)).isoformat()
    for name, day in (("Acme 7B", recent), ("Acme 7B Chat", old)):
        assert _cli(capsys, "--db", mini_path, "verify", name, "--on", day)[0] == 0
    code, out, err = _cli(capsys, "--db", mini_path, "list", "models", "--stale", "30", "--format", "json")
    assert code == 0, err
    rows = json.loads(out)
    names = {row["name"] for row in rows}
    assert "Acme 7B" not in names and "Acme 7B Chat" in names
    assert next(r for r in rows if r["name"] == "Acme 7B Chat")["verified"].startswith(old)
    with Store.open(mini_path) as store:
        assert names == {entry.name for entry in stale_entries(store, 30, kind="model")}
        with store.read() as session:  # the ORM path (the desktop's lists) agrees
            page = list_page(session, ListFilter(kind="model", stale_days=30), "name", False, limit=1000)
    assert {row["name"] for row in page.rows} == names
    code, out, _ = _cli(capsys, "--db", mini_path, "list", "models", "--stale", "1000")
    assert "Acme 7B Chat" not in out and "BigCo Ultra" in out
    code, out, err = _cli(capsys, "--db", mini_path, "list", "models", "--stale", "-5")
    assert code == 2 and ("whole number" in err or "out of range" in err)


# ---- policy dates as of a day ----------------------------------------------------------------


def _note(**values: object) -> PolicyNote:
    return PolicyNote(name="A rule", **values)


def test_a_policy_notes_status_on_a_day_follows_its_dates() -> None:
    act = {"proposed_date": date(2021, 4, 21), "adopted_date": date(2024, 6, 13), "in_force_date": date(2024, 8, 1)}
    assert status_on(_note(status="in-force", **act), date(2024, 7, 1)) == "adopted"  # recorded later, not yet then
    assert status_on(_note(status="in-force", **act), date(2022, 1, 1)) == "proposed"
    assert status_on(_note(status="in-force", **act), date(2025, 1, 1)) == "in-force"
    assert status_on(_note(status="adopted", **act), date(2025, 1, 1)) == "in-force"  # its in-force date had passed
    delayed = _note(status="in-force", delayed_to=date(2027, 8, 2), **act)
    assert status_on(delayed, date(2026, 1, 1)) == "adopted"  # postponed: the delay's date counts
    revoked = _note(status="in-force", revoked_date=date(2025, 3, 1), **act)
    assert status_on(revoked, date(2025, 2, 28)) == "in-force" and status_on(revoked, date(2025, 3, 1)) == "revoked"
    assert status_on(_note(status="revoked"), date(2000, 1, 1)) == "revoked"  # no date: as recorded
    assert status_on(_note(status="in-force", in_force_date=date(2030, 1, 1)), date(2026, 1, 1)) == "proposed"
    assert status_on(_note(status=None, adopted_date=date(2024, 1, 1)), date(2025, 1, 1)) == "adopted"


RULE = {"applies_if": {"fact": "params_total", "op": ">=", "value": "1B"},
        "duties": ["Register the model"], "effect": {"applies": "Any model of a billion parameters or more."}}


def test_rules_as_of_a_snapshot_use_the_policy_dates_in_force_that_day(mini: Store) -> None:
    model = mini.resolve("Acme 7B", "model")
    yesterday = date.today() - timedelta(days=1)
    note = mini.create("policy_note", {"name": "Registration rule", "jurisdiction": "EU", "status": "in-force",
                                       "adopted_date": "2024-01-01", "in_force_date": "2024-06-01",
                                       "revoked_date": yesterday.isoformat(), "conditions": RULE})
    create_snapshot(mini, "today")
    recorded = next(r for r in rules_for(mini, model.uuid) if r.uuid == note.uuid)
    assert (recorded.note_status, recorded.status) == ("in-force", "applies")  # the status typed in
    _, replay = rules_as_of(mini, model.uuid, "today")
    then = next(r for r in replay if r.uuid == note.uuid)
    assert (then.note_status, then.status) == ("revoked", "does_not_apply")  # revoked by the snapshot's day
    on_day = rules_for(mini, model.uuid, on=date(2024, 3, 1))
    assert next(r for r in on_day if r.uuid == note.uuid).note_status == "adopted"
