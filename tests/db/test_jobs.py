"""The shared progress and cancel contract, as db/ work uses it: the seed reports how far it got and stops when
asked, leaving nothing behind."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.jobs import CancelToken, JobCancelled, by_stage, never_cancelled
from db.library import create_atlas
from db.seed import load_seed
from db.store import Store
from tests.conftest import FIXTURES


def test_cancel_token_is_a_cancelled_callable() -> None:
    token = CancelToken()
    assert token() is False and not token.is_cancelled
    token.cancel()
    assert token() is True and token.is_cancelled
    assert never_cancelled() is False


def test_staged_progress_reports_to_a_plain_one() -> None:
    seen: list[tuple[int, int]] = []
    by_stage(lambda done, total: seen.append((done, total)))("verify", 3, 10)
    assert seen == [(3, 10)]


def test_seed_loading_reports_every_record_up_to_the_total(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "mini.atlas", "tester", create=True)
    reports: list[tuple[int, int]] = []
    load_seed(store, FIXTURES / "seed_min", progress=lambda done, total: reports.append((done, total)))
    store.close()
    assert reports[0] == (0, reports[-1][1])
    assert reports[-1][0] == reports[-1][1] > 0
    assert [done for done, _ in reports] == sorted(done for done, _ in reports)


def test_a_cancelled_first_atlas_leaves_no_file(tmp_path: Path) -> None:
    token = CancelToken()
    target = tmp_path / "first.atlas"

    def progress(done: int, _total: int) -> None:
        if done >= 5:
            token.cancel()

    with pytest.raises(JobCancelled):
        create_atlas(target, "tester", progress=progress, cancelled=token)
    assert list(tmp_path.iterdir()) == []  # neither the atlas nor its staging file
