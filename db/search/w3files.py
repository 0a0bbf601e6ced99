"""Reads the search index's Whoosh files (W3 codec) without importing Whoosh, for the command line's quick search.

Importing Whoosh's reading code costs a fresh process about a tenth of a second before any file is read (its compat
module imports urllib.request, its readers asyncio), more than the whole search of a seed atlas. Searching reads
little of it: the table of contents (which segments, their deletions), each segment's term dictionary (an ordered
hash file), posting lists, and three per-document columns. This module reads those formats directly; the index is
still written, caught up and merged by Whoosh (db.search.engine). Anything unexpected raises `FormatError`, and
the caller answers through the search service instead, which opens the index with Whoosh (and rebuilds it when
it is damaged).
"""

from __future__ import annotations

import contextlib
import io
import mmap
import os
import pickle
import struct
import sys
import zlib
from array import array
from collections.abc import Iterator, Sequence
from itertools import accumulate, repeat
from pathlib import Path
from typing import Any

from db.search.analysis import Analyzer
from db.search.segments import Columns, DocMeta, Segment

INDEX_NAME = "MAIN"
"""The Whoosh index name of every generation (db.search.engine writes it)."""
TOC_VERSION = -111
"""Whoosh 2.7's table-of-contents version."""
POSTINGS_MAGIC = b"W3Bl"
"""The first bytes of every W3 posting list in the postings file."""

_INT = struct.Struct("!i")
_LONG = struct.Struct("!q")
_RECORD = struct.Struct("!ii")  # a term dictionary record: key length, value length
_TERM_INFO = struct.Struct("!BfIBBfII")  # inlined, weight, doc frequency, min/max length, max weight, first/last id
_EXTENT = struct.Struct("!qi")  # a posting list's offset and length in the postings file
_FIELD_ID = struct.Struct("!H")
_DIRECTORY = 256 * 12  # a hash file's directory of 256 (position, slots) tables, before its extras


class FormatError(Exception):
    """The index files are not as this reader expects them: let Whoosh read them."""


class _Record:
    """What a pickled Whoosh segment or codec becomes here: an object holding its attributes."""


class _TocUnpickler(pickle.Unpickler):
    """Unpickles the table of contents' segment list without Whoosh: its two classes become plain records, and
    nothing else but a few builtins is allowed in."""

    ALLOWED = frozenset({("collections", "defaultdict"), ("builtins", "int"), ("builtins", "set"),
                         ("builtins", "frozenset")})

    def find_class(self, module: str, name: str) -> Any:
        if module == "whoosh.codec.whoosh3" and name in {"W3Segment", "W3Codec"}:
            return _Record
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise FormatError(f"unexpected {module}.{name} in the table of contents")


class SegmentEntry:
    """One segment as the table of contents lists it."""

    def __init__(self, segid: str, doc_count: int, deleted: frozenset[int], compound: bool) -> None:
        self.segid = segid
        self.doc_count = doc_count
        self.deleted = deleted
        self.compound = compound


def latest_generation(folder: Path) -> int:
    """The newest table of contents' generation in `folder` (-1 when there is none)."""
    prefix, suffix = f"_{INDEX_NAME}_", ".toc"
    found = [name[len(prefix):-len(suffix)] for name in os.listdir(folder)
             if name.startswith(prefix) and name.endswith(suffix)]
    return max((int(number) for number in found if number.isdigit()), default=-1)


def read_toc(folder: Path) -> list[SegmentEntry]:
    """The segments of the newest generation, with their deletions."""
    generation = latest_generation(folder)
    if generation < 0:
        raise FormatError("no table of contents")
    stream = io.BytesIO((folder / f"_{INDEX_NAME}_{generation}.toc").read_bytes())
    if (_varint(stream), _varint(stream), _varint(stream)) != (4, 8, 4) or _int(stream) != -12345:
        raise FormatError("the table of contents was written on another architecture")
    if _int(stream) != TOC_VERSION:
        raise FormatError("another table of contents version")
    for _ in range(3):  # Whoosh's release
        _varint(stream)
    stream.seek(_varint(stream), io.SEEK_CUR)  # the pickled schema: searching needs none of it
    if _int(stream) != generation:
        raise FormatError("the table of contents names another generation")
    _int(stream)  # unused
    try:
        segments = _TocUnpickler(stream).load()
        return [SegmentEntry(str(seg.segid), int(seg._doccount), frozenset(seg._deleted or ()),
                             bool(getattr(seg, "compound", False))) for seg in segments]
    except (pickle.UnpicklingError, AttributeError, TypeError, ValueError, EOFError) as error:
        raise FormatError(f"cannot read the table of contents ({error})") from error


def _varint(stream: io.BytesIO) -> int:
    value, shift = 0, 0
    while True:
        byte = stream.read(1)
        if not byte:
            raise FormatError("the table of contents is cut short")
        value |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return value
        shift += 7


def _int(stream: io.BytesIO) -> int:
    data = stream.read(4)
    if len(data) != 4:
        raise FormatError("the table of contents is cut short")
    return int(_INT.unpack(data)[0])


# ---- files -------------------------------------------------------------------------------------------


class Region:
    """One of a segment's files: a range of a memory-mapped file (the whole file, or part of a compound file)."""

    def __init__(self, buffer: mmap.mmap | bytes, start: int, length: int) -> None:
        self.buffer = buffer
        self.start = start
        self.length = length

    def get(self, position: int, length: int) -> bytes:
        begin = self.start + position
        if position < 0 or length < 0 or position + length > self.length:
            raise FormatError("a read past the end of an index file")
        return self.buffer[begin:begin + length]

    def unpack(self, layout: struct.Struct, position: int) -> tuple[Any, ...]:
        if position < 0 or position + layout.size > self.length:
            raise FormatError("a read past the end of an index file")
        return layout.unpack_from(self.buffer, self.start + position)


class _SegmentFiles:
    """A segment's files by extension, mapped when first read."""

    def __init__(self, folder: Path, segid: str, compound: bool) -> None:
        self.folder = folder
        self.prefix = f"{INDEX_NAME}_{segid}"
        self.maps: list[mmap.mmap] = []
        self.regions: dict[str, Region] = {}
        self.directory: dict[str, tuple[int, int]] | None = None
        self.compound: Region | None = None
        if compound:
            self.compound = self._map(folder / f"{self.prefix}.seg")
            (offset,) = self.compound.unpack(_LONG, 0)
            entries = pickle.loads(self.compound.get(offset, self.compound.length - offset))
            self.directory = {name: (int(entry["offset"]), int(entry["length"])) for name, entry in entries.items()}

    def _map(self, path: Path) -> Region:
        try:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size == 0:
                    return Region(b"", 0, 0)
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError) as error:
            raise FormatError(f"cannot read {path.name} ({error})") from error
        self.maps.append(mapped)
        return Region(mapped, 0, size)

    def region(self, extension: str) -> Region:
        found = self.regions.get(extension)
        if found is None:
            name = self.prefix + extension
            if self.compound is not None and self.directory is not None:
                if name not in self.directory:
                    raise FormatError(f"{name} is missing from its compound file")
                offset, length = self.directory[name]
                found = Region(self.compound.buffer, offset, length)
            else:
                found = self._map(self.folder / name)
            self.regions[extension] = found
        return found

    def close(self) -> None:
        for mapped in self.maps:
            with contextlib.suppress(BufferError, ValueError):
                mapped.close()
        self.maps.clear()
        self.regions.clear()


class TermDictionary:
    """A segment's term dictionary: Whoosh's ordered hash file, keyed by field number and term bytes. Lookups
    bisect the ordered key index (no hashing: Whoosh hashes keys with MD5)."""

    def __init__(self, region: Region) -> None:
        self.region = region
        if region.get(0, 4) != b"HSH3":
            raise FormatError("the term dictionary has another format")
        end = region.length - 4
        (extras_length,) = region.unpack(_INT, end)
        extras_start = end - extras_length
        try:
            extras = pickle.loads(region.get(extras_start, extras_length))
            self.fields: dict[str, int] = dict(extras["fieldmap"])
            self.index_layout = struct.Struct("!" + str(extras["indextype"]))
            self.index_length = int(extras["indexlen"])
        except (pickle.UnpicklingError, KeyError, TypeError, ValueError, struct.error, EOFError) as error:
            raise FormatError(f"cannot read the term dictionary ({error})") from error
        self.index_start = end - self.index_length * self.index_layout.size
        (self.end_of_data, _slots) = region.unpack(struct.Struct("!qi"), extras_start - _DIRECTORY)

    def _key_at(self, position: int) -> tuple[bytes, int, int]:
        """The key of the record at `position`, where its value starts, and the value's length."""
        key_length, value_length = self.region.unpack(_RECORD, position)
        return self.region.get(position + 8, key_length), position + 8 + key_length, value_length

    def _first_at_or_after(self, key: bytes) -> int | None:
        """The position of the first record whose key is `key` or follows it."""
        low, high = 0, self.index_length
        layout, start = self.index_layout, self.index_start
        while low < high:
            middle = (low + high) // 2
            if self._key_at(self.region.unpack(layout, start + middle * layout.size)[0])[0] < key:
                low = middle + 1
            else:
                high = middle
        return None if low == self.index_length else int(self.region.unpack(layout, start + low * layout.size)[0])

    def value(self, field: str, term: bytes) -> bytes | None:
        """The term's dictionary entry (Whoosh's W3TermInfo bytes), or None."""
        number = self.fields.get(field)
        if number is None:
            return None
        key = _FIELD_ID.pack(number) + term
        position = self._first_at_or_after(key)
        if position is None:
            return None
        found, value_start, value_length = self._key_at(position)
        return self.region.get(value_start, value_length) if found == key else None

    def terms_from(self, field: str, prefix: bytes) -> Iterator[bytes]:
        """The field's terms that start with `prefix`, in order."""
        number = self.fields.get(field)
        if number is None:
            return
        head = _FIELD_ID.pack(number) + prefix
        position = self._first_at_or_after(head)
        while position is not None and position < self.end_of_data:
            key, value_start, value_length = self._key_at(position)
            if not key.startswith(head):
                return
            yield key[2:]
            position = value_start + value_length


def doc_frequency(entry: bytes) -> int:
    return int(_TERM_INFO.unpack_from(entry)[2])


def postings_of(entry: bytes, postings: Region) -> tuple[list[int], list[int]]:
    """All (docnums, term frequencies) of one term: inlined in its entry, or read from the postings file."""
    inlined = entry[0]
    if inlined:
        ids, weights, _values = pickle.loads(entry[_TERM_INFO.size:])
        return list(ids), [int(weight) for weight in weights]
    offset, length = _EXTENT.unpack_from(entry, _TERM_INFO.size)
    return decode_blocks(postings.get(offset, length))


def decode_blocks(data: bytes) -> tuple[list[int], list[int]]:
    """A W3 posting list's (docnums, term frequencies), decoded a block at a time."""
    if data[:4] != POSTINGS_MAGIC:
        raise FormatError("a posting list is damaged")
    view = memoryview(data)
    ids: list[int] = []
    tfs: list[int] = []
    position, length = 4, len(data)
    while position < length:
        block_length = abs(_INT.unpack_from(data, position)[0])
        position += 4
        stream = io.BytesIO(view[position:position + block_length])
        count, _last, _maxweight, compression, _mn, _mx = pickle.load(stream)
        raw = stream.read()
        position += block_length
        if compression:
            raw = zlib.decompress(raw)
        deltas, weights, _values = pickle.loads(raw)
        ids.extend(accumulate(deltas))
        if weights is None:
            tfs.extend(repeat(1, count))
        elif isinstance(weights, float):
            tfs.extend(repeat(int(weights), count))
        else:
            tfs.extend(map(int, weights))
    return ids, tfs


class VarBytes:
    """A Whoosh variable-length bytes column: the values, then their lengths (and, past 2**15 documents, their
    offsets), then the arrays' type codes. A value's offset is the sum of the lengths before it: summed per value
    while few are read (a search reads its hits'), else once for all."""

    SUM_READS = 64
    """Values read with summed offsets before all offsets are computed."""

    def __init__(self, region: Region, doc_count: int, compressed: bool = False) -> None:
        self.region = region
        self.compressed = compressed
        last = region.length - 1
        code = chr(region.get(last, 1)[0])
        self.offsets: Sequence[int] | None = None
        if code == "X":
            codes = region.get(last - 2, 2).decode("ascii")
            code, offsets_code = codes[0], codes[1]
            start = (last - 2) - doc_count * _item_size(offsets_code)
            self.offsets = _big_endian(offsets_code, region.get(start, doc_count * _item_size(offsets_code)))
            last = start
        size = _item_size(code)
        self.lengths = _big_endian(code, region.get(last - size * doc_count, size * doc_count))
        self._reads = 0

    def _offset(self, docnum: int) -> int:
        if self.offsets is None:
            self._reads += 1
            if self._reads <= self.SUM_READS:
                return sum(self.lengths[:docnum])
            self.offsets = array("q", accumulate(self.lengths, initial=0))
        return self.offsets[docnum]

    def __getitem__(self, docnum: int) -> bytes:
        length = self.lengths[docnum]
        if not length:
            return b""
        value = self.region.get(self._offset(docnum), length)
        return zlib.decompress(value) if self.compressed else value

    def __iter__(self) -> Iterator[bytes]:
        return (self[docnum] for docnum in range(len(self.lengths)))


def _big_endian(code: str, data: bytes) -> array[int]:
    """An array of Whoosh's (big-endian) numbers."""
    found = array(code)
    if found.itemsize != _item_size(code):
        raise FormatError(f"array type {code!r} has another size here")
    found.frombytes(data)
    if sys.byteorder == "little":
        found.byteswap()
    return found


def _item_size(code: str) -> int:
    if code not in "bBhHiIq":
        raise FormatError(f"a column has the array type {code!r}")
    return struct.calcsize("!" + code)


def read_side_file(folder: Path | None, segid: str) -> dict[str, Any] | None:
    """The columns a bulk write saved beside a segment (db.search.segments.Columns.to_dict), or None."""
    if folder is None:
        return None
    try:
        with open(folder / f"atlas-{segid}.columns", "rb") as handle:
            side = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, ValueError):
        return None
    return side if isinstance(side, dict) and {"version", "titles", "facets"} <= side.keys() else None


# ---- segments ----------------------------------------------------------------------------------------


class FileSegment(Segment):
    """A segment read from its files, read-only (the executor's interface, as db.search.engine.DiskSegment)."""

    def __init__(self, folder: Path, entry: SegmentEntry, analyzer: Analyzer) -> None:
        super().__init__()
        self.key = entry.segid
        self.doc_count = entry.doc_count
        self.deleted = entry.deleted
        self.analyzer = analyzer
        self._files = _SegmentFiles(folder, entry.segid, entry.compound)
        self._terms = TermDictionary(self._files.region(".trm"))
        self._postings: dict[tuple[str, bytes], tuple[list[int], list[int]]] = {}
        self._columns_of: dict[str, VarBytes] = {}
        self._lexicons: dict[str, list[bytes]] = {}
        self._stems: dict[bytes, list[bytes]] | None = None
        side = read_side_file(folder, entry.segid)
        columns = Columns.from_dict(side, self.doc_count) if side is not None else None
        if columns is None:  # written by an incremental commit (small): its records, read from the column
            columns = Columns.of([pickle.loads(value) for value in self._column("meta")])
        self._columns = columns

    def _column(self, name: str) -> VarBytes:
        found = self._columns_of.get(name)
        if found is None:
            found = self._columns_of[name] = VarBytes(self._files.region(f".{name}.col"), self.doc_count,
                                                      compressed=name == "_stored")
        return found

    def close(self) -> None:
        self._columns_of.clear()
        self._files.close()

    def columns(self) -> Columns:
        assert self._columns is not None
        return self._columns

    def meta(self, docnum: int) -> DocMeta:
        return DocMeta._make(pickle.loads(self._column("meta")[docnum]))

    def docnum_of(self, uuid: str) -> int | None:
        docnum = self.columns().docnum_of(uuid)
        return None if docnum is None or docnum in self.deleted else docnum

    def doc_frequency(self, field: str, term: bytes) -> int:
        entry = self._terms.value(field, term)
        return 0 if entry is None else doc_frequency(entry)

    def postings(self, field: str, term: bytes) -> tuple[Sequence[int], Sequence[int]]:
        key = (field, term)
        found = self._postings.get(key)
        if found is None:
            entry = self._terms.value(field, term)
            found = ([], []) if entry is None else postings_of(entry, self._files.region(".pst"))
            self._postings[key] = found
        return found

    def lexicon(self, field: str) -> list[bytes]:
        words = self._lexicons.get(field)
        if words is None:
            saved = self.columns().lexicon() if field == "word" else None
            words = self._lexicons[field] = saved if saved is not None else list(self._terms.terms_from(field, b""))
        return words

    def expand(self, field: str, prefix: bytes) -> list[bytes]:
        return list(self._terms.terms_from(field, prefix))

    def variants(self, stemmed: bytes) -> list[bytes]:
        saved = self.columns().variants(stemmed)  # a bulk-written segment's, saved with its columns
        if saved is not None:
            return saved
        if self._stems is None:
            stems: dict[bytes, list[bytes]] = {}
            stem_of = self.analyzer.stem_bytes
            for word in self.lexicon("word"):
                stems.setdefault(stem_of(word), []).append(word)
            self._stems = stems
        return self._stems.get(stemmed, [])

    def forward(self, docnum: int) -> bytes:
        return self._column("fwd")[docnum]

    def text(self, docnum: int) -> tuple[str, str]:
        value = self._column("_stored")[docnum]
        stored = pickle.loads(value) if value else {}
        title, body = (stored or {}).get("text") or ("", "")
        return str(title), str(body)


class IndexFiles:
    """The segments of an index generation's newest commit, read without Whoosh."""

    def __init__(self, folder: Path, analyzer: Analyzer) -> None:
        self.segments: list[FileSegment] = []
        try:
            for entry in read_toc(folder):
                if entry.doc_count > 0:
                    self.segments.append(FileSegment(folder, entry, analyzer))
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        for segment in self.segments:
            segment.close()
