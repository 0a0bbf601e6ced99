"""Shared fixtures: offscreen Qt, throwaway atlas files (empty, tiny fixture seed, real seed)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("MODELATLAS_DB", None)

from db.library import create_atlas
from db.seed import load_seed
from db.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may touch the real user's data directory or settings."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    monkeypatch.delenv("MODELATLAS_DB", raising=False)
    monkeypatch.setenv("MODELATLAS_AUTHOR", "tester")


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "seed.atlas"
    create_atlas(path, "tester").close()
    return path


@pytest.fixture(scope="session")
def _mini_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("mini") / "mini.atlas"
    store = Store.open(path, "tester", create=True)
    load_seed(store, FIXTURES / "seed_min")
    store.close()
    return path


def _copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def seeded_path(_seeded_template: Path, tmp_path: Path) -> Path:
    """A private copy of an atlas made from the real bundled seed."""
    return _copy(_seeded_template, tmp_path / "seeded.atlas")


@pytest.fixture
def seeded(seeded_path: Path) -> Iterator[Store]:
    store = Store.open(seeded_path, "tester")
    yield store
    store.close()


@pytest.fixture
def mini_path(_mini_template: Path, tmp_path: Path) -> Path:
    """A private copy of an atlas made from the tiny fixture seed in tests/fixtures/seed_min."""
    return _copy(_mini_template, tmp_path / "mini.atlas")


@pytest.fixture
def mini(mini_path: Path) -> Iterator[Store]:
    store = Store.open(mini_path, "tester")
    yield store
    store.close()


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "empty.atlas", "tester", create=True)
    yield store
    store.close()


def reference(*parts: str) -> Path:
    """A file from ../shared/reference, or skip the test when the reference data is absent."""
    path = REFERENCE.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"reference data not available: {path}")
    return path
