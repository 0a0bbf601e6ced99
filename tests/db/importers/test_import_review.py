"""The review list: merge into an entry, create a new one, or dismiss; later imports follow the decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.detail import entry_detail
from db.errors import NotFoundError, ValidationError
from db.importers.api import run_import
from db.importers.review import list_reviews, resolve_review
from db.schema import Model
from db.store import Store

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "importers"


@pytest.fixture
def pending(empty: Store) -> dict[str, object]:
    # an analyst's own entry: the review list asks whether a catalog's record is one of the atlas's own entries
    empty.create("model", {"name": "Acme Giant", "params_total": "70B"})
    run_import(empty, "epoch", [FIXTURES / "epoch"])
    [item] = list_reviews(empty)
    return item


def test_merge_fills_records_and_remembers(empty: Store, pending: dict[str, object]) -> None:
    target = empty.resolve("Acme Giant", "model")
    item = resolve_review(empty, str(pending["id"]), "merge", "Acme Giant")
    assert item["status"] == "merged" and item["resolved"] == {"uuid": target.uuid, "name": "Acme Giant"}
    detail = entry_detail(empty, target.uuid)
    names = next(p["value"] for p in detail["provenance"] if p["field"] == "name")
    assert "Acme Giant Chat" in names
    again = run_import(empty, "epoch", [FIXTURES / "epoch"])
    assert (again.new, again.review, again.updated) == (0, 0, 0)
    assert list_reviews(empty) == []


def test_create_makes_a_new_model_that_later_imports_update(empty: Store, pending: dict[str, object]) -> None:
    models = empty.counts()["models"]
    item = resolve_review(empty, str(pending["id"]), "create")
    assert empty.counts()["models"] == models + 1
    chat = empty.get(item["resolved"]["uuid"])  # type: ignore[index]
    assert isinstance(chat, Model) and chat.name == "Acme Giant Chat" and chat.access == ["api"]
    assert chat.author == "import:epoch"  # the values came from the catalog, not from the reviewer
    again = run_import(empty, "epoch", [FIXTURES / "epoch"])
    assert (again.new, again.review, again.updated) == (0, 0, 0)


def test_dismissed_records_stay_out(empty: Store, pending: dict[str, object]) -> None:
    resolve_review(empty, str(pending["id"]), "dismiss")
    models = empty.counts()["models"]
    again = run_import(empty, "epoch", [FIXTURES / "epoch"])
    assert again.review == 0 and empty.counts()["models"] == models
    assert [i["status"] for i in list_reviews(empty, "dismissed")] == ["dismissed"]


def test_bad_requests(empty: Store, pending: dict[str, object]) -> None:
    with pytest.raises(NotFoundError):
        resolve_review(empty, "ffffffff", "dismiss")
    with pytest.raises(NotFoundError):
        resolve_review(empty, "ab", "dismiss")
    with pytest.raises(ValidationError):
        resolve_review(empty, str(pending["id"]), "merge")
    with pytest.raises(ValidationError):
        resolve_review(empty, str(pending["id"]), "explode")
    with pytest.raises(NotFoundError):
        resolve_review(empty, str(pending["id"]), "merge", "No Such Model")
    assert list_reviews(empty)[0]["status"] == "open"  # a failed decision changes nothing
