"""The command line's quick search reads the index's Whoosh files itself (db.search.w3files): segments written by a
rebuild and by Whoosh's own incremental commits (compound files, deletions) answer exactly as Whoosh reads them,
a damaged file leaves the search to the service, and Whoosh's reading code is never imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from db.search.engine import WhooshIndex, make_analyzer
from db.search.location import read_meta
from db.search.reader import search_fresh
from db.search.service import SearchService, default_index_dir
from db.search.w3files import IndexFiles, Region, VarBytes
from db.store import Store
from tests.db.search.test_search_reader import QUERIES, built_index

MORE_QUERIES: list[tuple[str, dict[str, object]]] = [("quokka", {}), ("wombat*", {}), ("quok~1", {}),
                                                      ('"quokka findings"', {}), ("tag:marsupial", {})]


def service_results(path: Path, queries: list[tuple[str, dict[str, object]]]) -> list[object]:
    with Store.open(path, "tester") as store:
        service = SearchService(store)
        try:
            return [service.search(text, **options) for text, options in queries]  # type: ignore[arg-type]
        finally:
            service.close()


def caught_up_with_changes(path: Path) -> Path:
    """Build the index, then change a few entries and let the service catch up: Whoosh's own writer adds a
    compound segment and marks the old versions deleted. Returns the live generation's folder."""
    built_index(path)
    with Store.open(path, "tester") as store:
        edited = store.create("note", {"name": "Wombat notes", "body": "Wombats dig."})
        for number in range(3):
            store.create("note", {"name": f"Quokka findings {number}", "body": f"A quokka and a wombat, {number}."})
        for change in ("created", "edited"):
            if change == "edited":
                store.update(edited.uuid, {"body": "Wombats dig burrows; quokkas do not."})
            service = SearchService(store)
            try:
                assert service.prepare()
            finally:
                service.close()
        root = default_index_dir(store)
    folders = [folder for folder in root.iterdir() if folder.is_dir() and read_meta(folder) is not None]
    assert len(folders) == 1
    return folders[0]


def test_whoosh_written_segments_read_as_whoosh_reads_them(mini_path: Path) -> None:
    folder = caught_up_with_changes(mini_path)
    assert list(folder.glob("*.seg"))  # Whoosh's incremental segment is a compound file
    queries = QUERIES + MORE_QUERIES
    expected = service_results(mini_path, queries)
    assert [search_fresh(mini_path, text, **options) for text, options in queries] == expected  # type: ignore[arg-type]
    assert any(result.total for result in expected[-len(MORE_QUERIES):])

    analyzer = make_analyzer(read_meta(folder)["common"])  # type: ignore[index]
    whoosh, files = WhooshIndex(folder, analyzer), IndexFiles(folder, analyzer)
    try:
        assert [s.key for s in files.segments] == [s.key for s in whoosh.segments]
        assert any(s.deleted for s in files.segments)
        for mine, theirs in zip(files.segments, whoosh.segments, strict=True):
            assert (mine.doc_count, mine.deleted) == (theirs.doc_count, theirs.deleted)
            for field in ("word", "title", "gram", "tag", "kind"):
                terms = theirs.lexicon(field)
                assert mine.lexicon(field) == terms
                for term in terms[::7]:
                    assert mine.postings(field, term) == tuple(map(list, theirs.postings(field, term)))
                    assert mine.doc_frequency(field, term) == theirs.doc_frequency(field, term)
                    assert mine.expand(field, term[:2]) == theirs.expand(field, term[:2])
            assert mine.expand("word", b"zzzz") == [] and mine.postings("word", b"zzzz") == ([], [])
            for docnum in range(theirs.doc_count):
                assert mine.meta(docnum) == theirs.meta(docnum)
                assert mine.text(docnum) == theirs.text(docnum)
                assert mine.forward(docnum) == theirs.forward(docnum)
    finally:
        files.close()
        whoosh.close()


@pytest.mark.parametrize("damaged", [".toc", ".trm", ".pst", ".meta.col", ".seg"])
def test_a_damaged_file_leaves_the_search_to_the_service(mini_path: Path, damaged: str) -> None:
    folder = caught_up_with_changes(mini_path)
    victim = max(folder.glob(f"*{damaged}"), key=lambda path: path.stat().st_size)
    victim.write_bytes(bytes(victim.stat().st_size))  # zeros, the size kept
    if damaged == ".meta.col":  # without the columns saved beside it, the segment's records come from this file
        (folder / f"atlas-{victim.name.removeprefix('MAIN_').removesuffix(damaged)}.columns").unlink()
    results = [search_fresh(mini_path, text) for text in ("acme", "quokka", "wombat*")]
    assert None in results
    assert all(result is None or result.total >= 0 for result in results)


def test_the_quick_search_does_not_import_whoosh_reading_code(mini_path: Path) -> None:
    built_index(mini_path)
    script = ("import json, sys\nfrom pathlib import Path\nfrom db.search.reader import search_fresh\n"
              f"result = search_fresh(Path({str(mini_path)!r}), 'acme')\n"
              "print(json.dumps([result is not None, sorted(m for m in sys.modules if m.startswith('whoosh')),"
              " 'urllib.request' in sys.modules, 'asyncio' in sys.modules]))\n")
    answered, whoosh, urllib_request, asyncio = json.loads(
        subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout)
    assert answered
    assert whoosh == ["whoosh", "whoosh.lang", "whoosh.lang.porter"]  # the stemmer alone
    assert not urllib_request and not asyncio


@pytest.mark.parametrize(("compressed", "cutoff"), [(False, 2**15), (False, 3), (True, 3)])
def test_a_column_reads_as_whoosh_wrote_it(tmp_path: Path, compressed: bool, cutoff: int) -> None:
    """Whoosh stores the offsets too past `cutoff` documents (2**15): both layouts, plain and compressed."""
    from whoosh.columns import CompressedBytesColumn, VarBytesColumn
    from whoosh.filedb.structfile import StructFile

    values = [b"", b"alpha", b"b" * 300, b"", b"gamma delta"] * 20
    column = CompressedBytesColumn() if compressed else VarBytesColumn(write_offsets_cutoff=cutoff)
    with open(tmp_path / "column", "wb") as handle:
        writer = column.writer(StructFile(handle))
        for docnum, value in enumerate(values):
            if value:
                writer.add(docnum, value)
        writer.finish(len(values))
    data = (tmp_path / "column").read_bytes()
    read = VarBytes(Region(data, 0, len(data)), len(values), compressed=compressed)
    assert list(read) == values
    assert read[2] == values[2] and read[3] == b""
