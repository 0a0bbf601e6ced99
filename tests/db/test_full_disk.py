"""A full disk and a read-only disk, for real: reads keep working, writes say why they failed, no half files stay.

The disk is a small tmpfs mounted for the test when the tests run as root (a read-only disk is a read-only bind
mount); otherwise the commands run in a child process whose file-size limit is zero (RLIMIT_FSIZE), which makes
every write fail the way a full disk does. Every command runs as a child process, as a user would run it.
"""

from __future__ import annotations

import contextlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import backend
from db.store import Store

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
DISK_SIZE = "24m"


class Result:
    def __init__(self, completed: subprocess.CompletedProcess[str]) -> None:
        self.code, self.out, self.err = completed.returncode, completed.stdout, completed.stderr

    def __repr__(self) -> str:
        return f"exit {self.code}\nstdout: {self.out}\nstderr: {self.err}"


def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


def _unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


class Disk:
    """A folder whose disk can be made full: a tmpfs filled to the last byte, or a zero file-size limit."""

    def __init__(self, folder: Path, mounted: bool) -> None:
        self.folder = folder
        self.mounted = mounted
        self.full = False
        self._filler = folder / "filler.bin"

    def fill(self) -> None:
        self.full = True
        if not self.mounted:
            return
        chunk = b"\0" * 65536
        with contextlib.suppress(OSError), open(self._filler, "ab") as handle:
            while True:
                handle.write(chunk)
                handle.flush()
        with contextlib.suppress(OSError), open(self.folder / "filler-tail.bin", "ab") as handle:
            while True:  # the last few blocks, a byte at a time
                handle.write(b"\0")
                handle.flush()
        assert shutil.disk_usage(self.folder).free < 4096

    def free(self) -> None:
        self.full = False
        for filler in (self._filler, self.folder / "filler-tail.bin"):
            filler.unlink(missing_ok=True)

    def _limits(self) -> None:
        if self.full and not self.mounted:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG instead
            resource.setrlimit(resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY))

    def run(self, *args: str | Path) -> Result:
        completed = subprocess.run(
            [sys.executable, "-m", "db", *map(str, args)], capture_output=True, text=True, cwd=REPO,
            preexec_fn=self._limits, timeout=180,
        )
        return Result(completed)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = _mount("-t", "tmpfs", "-o", f"size={DISK_SIZE}", "tmpfs", str(folder))
    try:
        yield Disk(folder, mounted)
    finally:
        if mounted:
            _unmount(folder)


@pytest.fixture
def atlas_on_disk(disk: Disk, mini_path: Path) -> Path:
    path = disk.folder / "team.atlas"
    shutil.copyfile(mini_path, path)
    assert disk.run("--db", path, "reindex").code == 0  # the index exists before the disk fills up
    return path


def assert_says(result: Result, *words: str) -> None:
    assert result.code != 0, result
    assert "Traceback" not in result.err and "internal error" not in result.err, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result
    for word in words:
        assert word in lines[0], result


def backups(path: Path) -> list[Path]:
    folder = backend.backups_folder(path)
    return sorted(folder.iterdir()) if folder.exists() else []


# ---- reading needs no free space ----------------------------------------------------------------------------


def test_with_the_disk_full_info_list_and_search_work(disk: Disk, atlas_on_disk: Path) -> None:
    disk.fill()
    info = disk.run("--db", atlas_on_disk, "info")
    assert info.code == 0, info
    assert "models" in info.out
    listing = disk.run("--db", atlas_on_disk, "list", "models")
    assert listing.code == 0, listing
    found = disk.run("--db", atlas_on_disk, "search", "acme")
    assert found.code == 0, found
    assert "results" in found.out


def test_with_the_disk_full_writes_say_the_disk_is_full(disk: Disk, atlas_on_disk: Path) -> None:
    before = atlas_on_disk.read_bytes()
    disk.fill()
    tagged = disk.run("--db", atlas_on_disk, "tag", "Acme 7B", "shortlist")
    assert_says(tagged, "disk is full")
    disk.free()
    assert atlas_on_disk.read_bytes() == before
    assert disk.run("--db", atlas_on_disk, "tag", "Acme 7B", "shortlist").code == 0


# ---- backups ------------------------------------------------------------------------------------------------


def test_a_failed_backup_leaves_nothing_and_keeps_every_good_backup(disk: Disk, atlas_on_disk: Path) -> None:
    for _ in range(backend.BACKUPS_KEPT):
        assert disk.run("--db", atlas_on_disk, "backup").code == 0
    good = backups(atlas_on_disk)
    assert len(good) == backend.BACKUPS_KEPT and all(backend.is_complete_backup(b) for b in good)
    disk.fill()
    failed = disk.run("--db", atlas_on_disk, "backup")
    assert_says(failed, "disk is full", "backup was not made")
    assert backups(atlas_on_disk) == good  # no partial copy, and rotation removed nothing
    disk.free()
    assert disk.run("--db", atlas_on_disk, "backup").code == 0
    after = backups(atlas_on_disk)
    assert len(after) == backend.BACKUPS_KEPT and all(backend.is_complete_backup(b) for b in after)
    assert after[:-1] == good[1:]  # the oldest good one made room for the new good one


def test_a_merge_on_a_full_disk_leaves_no_empty_before_merge_backup(disk: Disk, atlas_on_disk: Path,
                                                                    tmp_path: Path) -> None:
    export = tmp_path / "theirs.atlas"
    with Store.open(atlas_on_disk, "ana") as store:
        from db.exchange.api import export_atlas

        store.create("note", {"name": "From Ana", "body": "incoming"})
        export_atlas(store, export)
    assert disk.run("--db", atlas_on_disk, "backup").code == 0
    good = backups(atlas_on_disk)
    before = atlas_on_disk.read_bytes()
    disk.fill()
    for _attempt in range(backend.BACKUPS_KEPT + 1):  # more failed merges than backups kept
        merged = disk.run("--db", atlas_on_disk, "merge", export)
        assert_says(merged, "disk is full")
    assert backups(atlas_on_disk) == good
    assert all(b.stat().st_size > 0 for b in backups(atlas_on_disk))
    disk.free()
    assert atlas_on_disk.read_bytes() == before


def test_init_on_a_full_disk_leaves_no_creating_file(disk: Disk) -> None:
    disk.fill()
    created = disk.run("init", disk.folder / "new.atlas")
    assert_says(created, "disk is full")
    assert sorted(p.name for p in disk.folder.iterdir() if not p.name.startswith("filler")) == []


def test_rotation_drops_leftover_empty_backups_not_good_ones(tmp_path: Path, mini_path: Path) -> None:
    folder = backend.backups_folder(mini_path)
    folder.mkdir()
    broken = [folder / f"mini-2020010{i}-000000-000000-before-merge.atlas" for i in range(1, 7)]
    for path in broken:  # what an older Model Atlas left after merges failed on a full disk
        path.write_bytes(b"")
    made = backend.backup_file(mini_path, "manual")
    assert backups(mini_path) == [made]
    assert backend.is_complete_backup(made)


# ---- a read-only disk ---------------------------------------------------------------------------------------


@pytest.fixture
def read_only_atlas(tmp_path: Path, mini_path: Path) -> Iterator[Path]:
    source = tmp_path / "source"
    source.mkdir()
    shutil.copyfile(mini_path, source / "team.atlas")
    view = tmp_path / "read-only"
    view.mkdir()
    if _mount("--bind", str(source), str(view)):
        try:
            if not _mount("-o", "remount,bind,ro", str(view)):
                pytest.skip("cannot remount the bind mount read-only")
            yield view / "team.atlas"
        finally:
            _unmount(view)
    else:
        (source / "team.atlas").chmod(0o444)
        source.chmod(0o555)
        if os.access(source / "team.atlas", os.W_OK):
            pytest.skip("neither a read-only mount (needs root) nor file permissions (root ignores them) apply")
        try:
            yield source / "team.atlas"
        finally:
            source.chmod(0o755)


def test_a_read_only_disk_reads_fine_and_refuses_writes_clearly(read_only_atlas: Path) -> None:
    disk = Disk(read_only_atlas.parent, mounted=False)
    info = disk.run("--db", read_only_atlas, "info")
    assert info.code == 0, info
    found = disk.run("--db", read_only_atlas, "search", "acme")
    assert found.code == 0, found
    shown = disk.run("--db", read_only_atlas, "show", "Acme 7B")
    assert shown.code == 0, shown
    tagged = disk.run("--db", read_only_atlas, "tag", "Acme 7B", f"t{uuid.uuid4().hex[:6]}")
    assert_says(tagged, "read-only")


def test_a_disk_that_fills_while_the_atlas_is_open(disk: Disk, atlas_on_disk: Path) -> None:
    """The desktop app has the atlas open when the disk fills up: reads go on, a change says the disk is full."""
    if not disk.mounted:
        pytest.skip("needs a real small disk (a tmpfs mount, as root); a file-size limit cannot be set in-process")
    from db.errors import StorageError

    with Store.open(atlas_on_disk, "tester") as store:
        model = store.resolve("Acme 7B").uuid
        store.counts()
        disk.fill()
        assert store.counts()["models"] == 3
        with pytest.raises(StorageError, match="disk is full"), store.write() as ctx:  # needs new pages
            for number in range(200):
                store.create_in(ctx, "note", {"name": f"Note {number}", "body": "x" * 20_000})
        assert store.counts()["notes"] == 1
        disk.free()
        store.tag([model], ["after"])
        assert store.counts()["tags"] == 3
