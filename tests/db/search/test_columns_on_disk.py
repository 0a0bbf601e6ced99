"""An open index keeps its segments' pickled range values and UUIDs on disk and reads them when a search needs them,
still after another process's rebuild has removed the generation's folder; the answers are the same."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.search.engine import WhooshIndex, make_analyzer
from db.search.location import current_folder, read_meta
from db.search.segments import Columns, DocMeta
from db.search.service import SearchService
from db.store import Store


def test_columns_let_go_and_read_again() -> None:
    metas = [DocMeta(f"u-{n}", "model", f"T{n}", None, None, (), {"released": 738000 + n}, {"params": 7e9 * n}, 1, 1)
             for n in range(5)]
    held = Columns.of(metas)
    saved = held.to_dict()
    reads: list[int] = []

    def reread() -> dict[str, object]:
        reads.append(1)
        return saved

    kept = Columns.from_dict(saved, 5)
    assert kept is not None
    kept.keep_on_disk(reread)
    assert reads == []
    assert [kept.docnum_of(f"u-{n}") for n in range(5)] == [held.docnum_of(f"u-{n}") for n in range(5)] == [
        0, 1, 2, 3, 4]
    assert kept.range_pairs("params") == held.range_pairs("params") and kept.range_pairs("released")[1] == [
        0, 1, 2, 3, 4]
    assert len(reads) == 2  # once for the UUIDs, once for the ranges: then held
    assert kept.to_dict()["uuids"] == saved["uuids"]


def test_a_segment_reads_them_again_from_its_open_file(mini: Store, tmp_path: Path) -> None:
    service = SearchService(mini, tmp_path / "index")
    try:
        assert service.ensure_fresh()
        expected = service.search("released:2020..", limit=50)
        acme = mini.resolve("Acme 7B").uuid
    finally:
        service.close()
    folder = current_folder(tmp_path / "index")
    meta = read_meta(folder)
    assert folder is not None and meta is not None
    index = WhooshIndex(folder, make_analyzer(meta.get("common", [])))
    try:
        segment = index.segments[0]
        columns = segment.columns()
        assert columns._ranges_blob is None and columns._uuids_blob is None  # not held in memory
        shutil.rmtree(folder)  # as another process's rebuild removes an old generation
        assert segment.docnum_of(acme) is not None
        values, docnums = columns.range_pairs("released")
        assert len(values) == len(docnums) >= expected.total > 0
    finally:
        index.close()


def open_columns_files() -> list[str]:
    """The saved-columns files this process holds open."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = str(fd.readlink())
        except OSError:  # closed meanwhile (the listing's own descriptor)
            continue
        if target.endswith(".columns"):
            found.append(target)
    return found


def test_closing_the_index_closes_its_saved_columns(mini: Store, tmp_path: Path) -> None:
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("open files are listed through /proc (Linux)")
    service = SearchService(mini, tmp_path / "index")
    try:
        assert service.ensure_fresh()
    finally:
        service.close()
    before = open_columns_files()
    folder = current_folder(tmp_path / "index")
    meta = read_meta(folder)
    assert folder is not None and meta is not None
    index = WhooshIndex(folder, make_analyzer(meta.get("common", [])))
    segments = index.segments
    held = [name for name in open_columns_files() if name not in before]
    assert len(held) == len(segments) >= 1  # kept open while the index is searched
    index.close()
    assert [name for name in open_columns_files() if name not in before] == []
    assert segments  # closed at close, not only when the segments are dropped
