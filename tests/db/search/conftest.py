"""Search fixtures: a search service over the tiny fixture atlas, indexed in a folder of the test's own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from db.search.service import SearchService
from db.store import Store


@pytest.fixture
def service(mini: Store, tmp_path: Path) -> Iterator[SearchService]:
    search = SearchService(mini, tmp_path / "index")
    assert search.ensure_fresh()
    yield search
    search.close()
