"""A file verified once (`open_incoming`) serves previews and the merge; a failed or cancelled step leaves it the
caller's, still verified, so the desktop never verifies the same file twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.exchange.api import apply_merge, export_atlas, preview_merge
from db.exchange.errors import MergeCancelled
from db.exchange.labels import count_phrase, describe_counts, field_label, kind_label
from db.exchange.untrusted import open_incoming
from db.store import Store


def _bo_export(mini_path: Path, tmp_path: Path) -> Path:
    theirs_path = tmp_path / "bo.atlas"
    theirs_path.write_bytes(mini_path.read_bytes())
    theirs = Store.open(theirs_path, "bo")
    theirs.create("organization", {"name": "Bo Labs"})
    out = tmp_path / "bo.out"
    export_atlas(theirs, out)
    theirs.close()
    return out


def test_previews_and_merge_read_the_verified_copy_even_after_cancels(mini: Store, mini_path: Path,
                                                                      tmp_path: Path) -> None:
    shared = _bo_export(mini_path, tmp_path)
    incoming = open_incoming(shared)
    shared.unlink()  # from here on only the verified private copy exists
    try:
        with pytest.raises(MergeCancelled):
            preview_merge(mini, incoming, "newer", cancelled=lambda: True)
        assert incoming.copy.exists()  # a cancelled preview leaves the caller's copy alone
        plan = preview_merge(mini, incoming, "theirs")
        assert plan.incoming is incoming and plan.counts["new"]["organizations"] == 1
        with pytest.raises(MergeCancelled):
            apply_merge(mini, incoming, "theirs", cancelled=lambda: True)
        assert incoming.copy.exists() and mini.counts()["organizations"] == 2
        report = apply_merge(mini, incoming, "theirs")
        assert report.counts["new"]["organizations"] == 1 and mini.counts()["organizations"] == 3
        assert incoming.copy.exists()  # still the caller's to close
    finally:
        incoming.close()
    assert not incoming.copy.exists()


def test_a_path_or_a_plan_is_opened_and_closed_by_the_call(mini: Store, mini_path: Path, tmp_path: Path) -> None:
    shared = _bo_export(mini_path, tmp_path)
    plan = preview_merge(mini, shared)
    assert plan.incoming is not None
    copy = plan.incoming.copy
    apply_merge(mini, plan)
    assert plan.incoming is None and not copy.exists()


def test_people_read_kinds_and_field_labels_not_tables_and_columns() -> None:
    assert kind_label("policy_notes") == "Policy notes" and kind_label("entry_tags") == "Tags on entries"
    assert count_phrase("models", 1) == "1 model" and count_phrase("components", 3) == "3 model components"
    assert describe_counts({"models": 12, "licenses": 3, "aliases": 0}) == "12 models and 3 licenses"
    assert describe_counts({"models": 5, "licenses": 4, "notes": 3, "tags": 2, "links": 1}) == \
        "5 models, 4 licenses, 3 notes, 2 tags and 1 more kind"
    assert field_label("models", "model_version") == "Version"
    assert field_label("models", "developer_uuid") == "Developer"
    assert field_label("notes", "name") == "Title" and field_label("models", "deleted_at") == "Deleted"
    assert field_label("components", "license_text") == "License text"
