"""Snapshots (named points, no copy) and diffs between snapshots, now and other .atlas files; the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from db.cli.main import main
from db.errors import NotFoundError, ValidationError
from db.exchange.api import export_atlas
from db.history.diff import diff_points, to_html, to_markdown
from db.history.snapshots import create_snapshot, delete_snapshot, list_snapshots
from db.store import Store


def test_snapshots_are_named_points_with_counts(mini: Store) -> None:
    size = mini.path.stat().st_size
    first = create_snapshot(mini, "q1", note="first report")
    mini.create("organization", {"name": "Gamma Labs"})
    second = create_snapshot(mini, "q2")
    assert [s.name for s in list_snapshots(mini)] == ["q1", "q2"]
    assert first.seq < second.seq and second.counts["organizations"] == first.counts["organizations"] + 1
    assert mini.path.stat().st_size < size * 1.5  # no copy of the atlas
    with pytest.raises(ValidationError, match="exists already"):
        create_snapshot(mini, "q1")
    for bad in ("now", "  ", "x.atlas", "n" * 201):
        with pytest.raises(ValidationError):
            create_snapshot(mini, bad)
    delete_snapshot(mini, "q1")
    assert [s.name for s in list_snapshots(mini)] == ["q2"]
    with pytest.raises(NotFoundError, match="no snapshot named 'q1'"):
        delete_snapshot(mini, "q1")


def test_diff_between_snapshots_shows_only_what_changed_between_them(mini: Store) -> None:
    acme = mini.resolve("Acme 7B", "model")
    mini.update(acme.uuid, {"summary": "before"})
    create_snapshot(mini, "s1")
    mini.update(acme.uuid, {"summary": "middle"})
    mini.update(acme.uuid, {"summary": "after", "context_window": 8192})
    gamma = mini.create("organization", {"name": "Gamma Labs"})
    mini.delete(mini.resolve("BigCo Ultra", "model").uuid)
    create_snapshot(mini, "s2")
    mini.update(acme.uuid, {"summary": "later still"})

    diff = diff_points(mini, "s1", "s2")
    assert [e.name for e in diff.added] == ["Gamma Labs"] and diff.added[0].uuid == gamma.uuid
    assert [e.name for e in diff.removed] == ["BigCo Ultra"]
    assert [e.name for e in diff.changed] == ["Acme 7B"]
    assert diff.changed[0].fields == {"summary": ["before", "after"], "context_window": [32000, 8192]}
    data = diff.to_dict()
    assert set(data) == {"a", "b", "added", "removed", "changed"}
    assert data["added"] == [{"uuid": gamma.uuid, "kind": "organization", "name": "Gamma Labs"}]

    back = diff_points(mini, "s2", "s1")  # the other way round
    assert [e.name for e in back.removed] == ["Gamma Labs"] and [e.name for e in back.added] == ["BigCo Ultra"]
    assert back.changed[0].fields["summary"] == ["after", "before"]

    assert diff_points(mini, "s2", "now").changed[0].fields == {"summary": ["after", "later still"]}
    assert diff_points(mini, "s1", "s2", kind="organizations").changed == []
    assert [e.name for e in diff_points(mini, "s1", "s2", kind="model").removed] == ["BigCo Ultra"]
    with pytest.raises(ValidationError, match="unknown kind"):
        diff_points(mini, "s1", "s2", kind="planets")
    assert "| Acme 7B | model | summary | before | after |" in to_markdown(diff)
    assert "<td class=\"new\">after</td>" in to_html(diff)


def test_diff_against_another_atlas_file(mini: Store, tmp_path: Path) -> None:
    acme = mini.resolve("Acme 7B", "model")
    create_snapshot(mini, "start")
    export_atlas(mini, tmp_path / "shared.atlas")
    mini.update(acme.uuid, {"summary": "edited after the export"})
    mini.tag([acme.uuid], ["shortlist"])
    mini.create("model", {"name": "Delta 1"})

    diff = diff_points(mini, str(tmp_path / "shared.atlas"), "now")
    assert [e.name for e in diff.added if e.kind == "model"] == ["Delta 1"]
    changed = {e.name: e.fields for e in diff.changed}
    assert changed["Acme 7B"]["summary"][1] == "edited after the export"
    assert "shortlist" in changed["Acme 7B"]["tags"][1]  # names, not UUIDs
    assert diff_points(mini, "start", str(tmp_path / "shared.atlas")).to_dict()["changed"] == []


def test_a_file_that_is_not_an_atlas_is_refused(mini: Store, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.atlas"
    bogus.write_text("not a database")
    from db.exchange.errors import IncomingFileError

    with pytest.raises(IncomingFileError):
        diff_points(mini, "now", str(bogus))
    with pytest.raises(NotFoundError, match=r"nor is it 'now' or an \.atlas file"):
        diff_points(mini, "now", "no-such-snapshot")


def _cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, Any, str]:
    capsys.readouterr()
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except ValueError:
        return code, out, err


def test_the_commands(mini_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, made, _ = _cli(capsys, mini_path, "snapshot", "create", "before", "--format", "json")
    assert code == 0 and made["snapshot"]["name"] == "before"
    assert _cli(capsys, mini_path, "tag", "Acme 7B", "shortlist")[0] == 0
    code, versions, _ = _cli(capsys, mini_path, "history", "Acme 7B", "--format", "json")
    assert code == 0 and [v["version"] for v in versions] == sorted((v["version"] for v in versions), reverse=True)
    assert set(versions[0]) == {"version", "at", "author", "via", "source", "changes"}
    assert versions[0]["via"] == "cli" and "shortlist" in versions[0]["changes"]["tags"][1]
    code, listed, _ = _cli(capsys, mini_path, "snapshot", "list", "--format", "json")
    assert [s["name"] for s in listed] == ["before"] and set(listed[0]) >= {"name", "at", "author", "counts"}
    code, diff, _ = _cli(capsys, mini_path, "diff", "before", "now", "--format", "json")
    assert code == 0 and [e["name"] for e in diff["changed"]] == ["Acme 7B"]
    out = tmp_path / "diff.html"
    assert _cli(capsys, mini_path, "diff", "before", "now", "--format", "html", "--out", str(out))[0] == 0
    assert "Acme 7B" in out.read_text()
    code, text, _ = _cli(capsys, mini_path, "diff", "before", "now")
    assert code == 0 and "1 changed" in text
    code, restored, _ = _cli(capsys, mini_path, "restore", "Acme 7B", "--version", str(versions[1]["version"]),
                             "--format", "json")
    assert code == 0 and restored["restored"] and restored["version"]["via"] == "restore"
    code, text, _ = _cli(capsys, mini_path, "history", "Acme 7B")
    assert code == 0 and "restore (version" in text


@pytest.mark.parametrize("args", [
    ("restore", "Acme 7B", "--version", "abc"),
    ("restore", "Acme 7B", "--version", "0"),
    ("restore", "Acme 7B", "--version", "999"),
    ("restore", "Nobody", "--version", "1"),
    ("diff", "never-made", "now"),
    ("snapshot", "delete", "never-made"),
    ("check", "--use-case", "nothing", "--as-of", "never-made"),
    ("check", "--as-of", "x"),
    ("rules", "Acme 7B", "--as-of", "never-made"),
    ("history", "Nobody"),
])
def test_bad_input_is_one_clear_line_and_changes_nothing(mini_path: Path, capsys: pytest.CaptureFixture[str],
                                                        args: tuple[str, ...]) -> None:
    with Store.open(mini_path, "tester") as store:
        seq, history = store.change_seq, store.meta("change_seq")
    code, _, err = _cli(capsys, mini_path, *args)
    assert code != 0 and err.strip() and len(err.strip().splitlines()) == 1, err
    assert "internal error" not in err
    with Store.open(mini_path, "tester") as store:
        assert (store.change_seq, store.meta("change_seq")) == (seq, history)
