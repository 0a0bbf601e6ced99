"""Every reader of a user's file refuses devices, pipes and oversized files at once, with a clear message.

`modelatlas import hf-card /dev/zero` once read until the kernel killed it at 24 GB. The commands here run as
child processes with a time limit and an address-space limit, so a regression fails instead of hanging.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from db.errors import SeedError
from db.exchange.errors import IncomingFileError
from db.exchange.untrusted import MAX_INCOMING_BYTES, open_incoming
from db.importers.common import MAX_DOCUMENT_BYTES, MAX_TABLE_BYTES, ImportReport
from db.importers.hf_card import parse as parse_cards
from db.seed import MAX_SEED_FILE_BYTES, load_seed
from db.store import Store

REPO = Path(__file__).resolve().parents[2]
SEED_MIN = REPO / "tests" / "fixtures" / "seed_min"


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, resource.RLIM_INFINITY))


def modelatlas(*args: str | Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "db", *map(str, args)], capture_output=True, text=True, cwd=REPO,
                          preexec_fn=_limits, timeout=timeout)


def one_line(completed: subprocess.CompletedProcess[str], *words: str) -> None:
    assert completed.returncode != 0, completed
    assert "Traceback" not in completed.stderr and "internal error" not in completed.stderr, completed.stderr
    lines = completed.stderr.strip().splitlines()
    assert len(lines) == 1, completed.stderr
    for word in words:
        assert word in lines[0], lines[0]


def sparse(path: Path, size: int) -> Path:
    """A file of `size` bytes that takes no space on disk."""
    with open(path, "wb") as handle:
        handle.truncate(size)
    return path


@pytest.mark.parametrize("source", ["hf-card", "mot", "osai", "epoch", "fmti"])
def test_import_refuses_a_device(source: str, mini_path: Path) -> None:
    completed = modelatlas("--db", mini_path, "import", source, "/dev/zero")
    one_line(completed, "/dev/zero", "not a regular file")


def test_import_refuses_a_pipe_without_waiting_for_a_writer(tmp_path: Path, mini_path: Path) -> None:
    fifo = tmp_path / "README.md"
    os.mkfifo(fifo)
    completed = modelatlas("--db", mini_path, "import", "hf-card", fifo, timeout=30)
    one_line(completed, "not a regular file")


def test_a_pipe_inside_a_folder_is_skipped(tmp_path: Path, mini_path: Path) -> None:
    folder = tmp_path / "cards"
    (folder / "org__model").mkdir(parents=True)
    os.mkfifo(folder / "org__model" / "README.md")
    completed = modelatlas("--db", mini_path, "import", "hf-card", folder, timeout=30)
    one_line(completed, "no files to import")


def test_an_oversized_model_card_is_rejected_naming_the_cap(tmp_path: Path) -> None:
    card = sparse(tmp_path / "README.md", MAX_DOCUMENT_BYTES + 1)
    report = ImportReport("hf")
    assert parse_cards([card], report) == []
    assert len(report.rejected) == 1
    reason = report.rejected[0].reason
    assert f"{MAX_DOCUMENT_BYTES // 1024**2} MB" in reason, reason


def test_an_oversized_table_is_rejected_quickly(tmp_path: Path, mini_path: Path) -> None:
    table = sparse(tmp_path / "All ML Systems.csv", MAX_TABLE_BYTES + 1)
    completed = modelatlas("--db", mini_path, "import", "epoch", table, "--format", "json", timeout=30)
    assert completed.returncode == 0, completed.stderr
    assert f"{MAX_TABLE_BYTES // 1024**2} MB" in completed.stdout


def test_merge_refuses_a_device_and_an_oversized_file(tmp_path: Path, mini_path: Path) -> None:
    one_line(modelatlas("--db", mini_path, "merge", "/dev/zero"), "not a regular file")
    big = sparse(tmp_path / "huge.atlas", MAX_INCOMING_BYTES + 1)
    with pytest.raises(IncomingFileError, match="larger than"):
        open_incoming(big)


def test_seed_files_must_be_regular_and_within_the_cap(tmp_path: Path) -> None:
    folder = tmp_path / "seed"
    folder.mkdir()
    for item in SEED_MIN.iterdir():
        (folder / item.name).write_bytes(item.read_bytes())
    (folder / "notes.yaml").unlink()
    os.mkfifo(folder / "notes.yaml")
    store = Store.open(tmp_path / "a.atlas", "tester", create=True)
    try:
        with pytest.raises(SeedError, match="not a regular file"):
            load_seed(store, folder)
        (folder / "notes.yaml").unlink()
        sparse(folder / "notes.yaml", MAX_SEED_FILE_BYTES + 1)
        with pytest.raises(SeedError, match="larger than"):
            load_seed(store, folder)
    finally:
        store.close()
