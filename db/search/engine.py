"""Whoosh storage for the search index: schema, a fast bulk segment writer, incremental commits, segment reading.

The only module that imports Whoosh. It stores and reads Whoosh segments (W3 codec: term dictionary, posting
blocks, per-document columns, stored fields) and exposes each segment through the small engine-neutral
`segments.Segment` interface that the query executor works on. Two parts bypass Whoosh's generic per-posting
code paths, because they dominate the cost in pure Python:

- rebuilds invert postings in memory with C-level map chains and write whole posting blocks (the generic
  writer sorts every posting through a temporary-file pool: ~230 s at 100,000 notes);
- searches decode whole blocks with `itertools.accumulate` instead of walking matcher objects posting by posting.

Incremental commits use Whoosh's own `SegmentWriter` (with its locking, segment merging and deletions).
"""

from __future__ import annotations

import contextlib
import gc
import io
import pickle
import shutil
import struct
import threading
import warnings
import weakref
import zlib
from array import array
from collections import Counter, OrderedDict, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import accumulate, repeat
from pathlib import Path
from typing import Any

from whoosh import columns, fields, formats
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3Codec, W3TermInfo
from whoosh.filedb import filetables
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex, LockError
from whoosh.lang.porter import stem as porter_stem
from whoosh.reading import SegmentReader

from db.search.analysis import AnalyzedDocument, Analyzer
from db.search.segments import Columns, DocMeta, Segment, doc_meta
from db.search.text import SearchDocument
from db.search.w3files import FormatError, decode_blocks

INDEX_NAME = "MAIN"
TERM_FIELDS: tuple[str, ...] = (
    "title", "word", "gram", "pair", "tag", "kind", "license", "org", "author", "jurisdiction", "openness",
    "status", "verdict", "base",
)
"""Inverted fields. `word` holds every unstemmed word of title, body and tags (stemming happens at query time by
expanding a stem to the indexed words that share it), `gram` 3-letter prefixes, `pair` adjacent common words."""
BLOCK = 1024
"""Postings per block (Whoosh uses 128 to skip within lists; searches here decode whole lists, so bigger blocks
mean less per-block work on both sides)."""
COMPRESSION = 3
COMPRESS_ABOVE = 1500
"""Bytes of a pickled block above which it is zlib-compressed."""
INLINE = 2
"""Posting lists this short are stored inside the term dictionary entry."""
MAX_TF = 255
MERGE_LIMIT = 1000
"""Incremental commits merge segments of at most this many documents (the big rebuilt segment never: Whoosh's
generic merge walks every posting in Python); when too many segments pile up, a rebuild compacts them."""
MERGE_FANOUT = 6

_INT = struct.Struct("!i")
_FIELD_ID = struct.Struct("!H")
_EXTENT = struct.Struct("!qi")  # W3TermInfo: offset (pack_long) and length (pack_int) of a posting list


def stem(word: str) -> str:
    """The Porter stemmer (English), as Whoosh ships it."""
    return porter_stem(word)


def make_analyzer(common: Iterable[str] = ()) -> Analyzer:
    return Analyzer(stem, common)


class EngineError(Exception):
    """The index cannot be used as it is (missing, corrupt, written by another version)."""


class IndexLocked(EngineError):
    """Another process holds the index's write lock."""


class _Cancelled(Exception):
    """Raised inside a Whoosh commit to abandon it."""


# ---- schema ------------------------------------------------------------------------------------------


class TermsField(fields.FieldType):
    """A field indexed from pre-analyzed terms: the value is a Counter of UTF-8 term -> term frequency.

    Term frequencies travel as posting weights (Existence format, no per-posting value bytes).
    """

    def __init__(self) -> None:
        self.format = formats.Existence()
        self.analyzer = None
        self.scorable = False
        self.stored = False
        self.unique = False
        self.vector = None
        self.column_type = None
        self.multitoken_query = "default"

    def index(self, value: Counter[bytes], **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        return ((term, tf, float(min(tf, MAX_TF)), b"") for term, tf in sorted(value.items()))

    def to_bytes(self, value: Any) -> bytes:
        return value if isinstance(value, bytes) else str(value).encode("utf-8")

    def from_bytes(self, value: bytes) -> bytes:
        return value


class ValueColumn(fields.COLUMN):
    """A per-document column holding an object (pickled) or raw bytes."""

    def to_column_value(self, value: Any) -> Any:
        return value

    def from_column_value(self, value: Any) -> Any:
        return value


META_COLUMN = columns.PickleColumn(columns.VarBytesColumn())
FORWARD_COLUMN = columns.VarBytesColumn()


class _SummedOffsets:
    """Opens a Whoosh variable-length column with its offsets summed in C: Whoosh sums the lengths in a Python loop
    each time a column is opened (a few ms per 25,000 documents, paid by every search that opens one)."""

    _dbfile: Any
    _doccount: int
    _basepos: int
    _length: int

    def _read_offsets_and_lengths(self) -> None:
        dbfile, doccount = self._dbfile, self._doccount
        last = self._basepos + self._length - 1
        code = chr(dbfile.get_byte(last))
        offsets = None
        if code == "X":  # the writer stored the offsets too (more than 2**15 documents)
            self.had_stored_offsets = True
            code, offsets_code = chr(dbfile.get_byte(last - 2)), chr(dbfile.get_byte(last - 1))
            start = (last - 2) - doccount * struct.calcsize(offsets_code)
            offsets = dbfile.get_array(start, offsets_code, doccount)
            last = start
        lengths = dbfile.get_array(last - struct.calcsize(code) * doccount, code, doccount)
        if offsets is None:
            offsets = array("L", accumulate(lengths, initial=0))
            offsets.pop()
        self._offsets = offsets
        self._lengths = lengths


class _VarBytesColumn(columns.VarBytesColumn):
    class Reader(_SummedOffsets, columns.VarBytesColumn.Reader):
        pass


class _CompressedBytesColumn(columns.CompressedBytesColumn):
    class Reader(_SummedOffsets, columns.CompressedBytesColumn.Reader):
        pass


READ_META_COLUMN = columns.PickleColumn(_VarBytesColumn())
READ_FORWARD_COLUMN = _VarBytesColumn()
READ_STORED_COLUMN = columns.PickleColumn(_CompressedBytesColumn())
"""Whoosh's stored fields (a codec column), read as Whoosh reads them but opened faster."""


def make_schema() -> fields.Schema:
    schema = fields.Schema()
    for name in TERM_FIELDS:
        schema.add(name, TermsField())
    schema.add("meta", ValueColumn(META_COLUMN))
    schema.add("fwd", ValueColumn(FORWARD_COLUMN))
    schema.add("text", fields.STORED())
    return schema


def _stored_fields(doc: SearchDocument, analyzed: AnalyzedDocument) -> dict[str, Any]:
    values: dict[str, Any] = {name: counter for name, counter in analyzed.terms.items() if counter}
    values["meta"] = tuple(doc_meta(doc, analyzed))
    values["fwd"] = analyzed.forward
    values["text"] = (doc.title, doc.body)
    return values


# ---- bulk build --------------------------------------------------------------------------------------


class _Inverter:
    """Postings of one segment in memory: per field, term -> array of (docnum << 8 | tf)."""

    def __init__(self) -> None:
        self.fields: dict[str, defaultdict[bytes, array[int]]] = {
            name: defaultdict(_new_array) for name in TERM_FIELDS
        }
        self._consume: Callable[[Iterable[object]], None] = deque[object](maxlen=0).extend

    def add(self, docnum: int, analyzed: AnalyzedDocument) -> None:
        base = docnum << 8
        append = array.append
        for name, counter in analyzed.terms.items():
            if not counter:
                continue
            postings = self.fields[name]
            # C-level chain (no Python loop per posting): postings[term].append(base | min(tf, 255))
            self._consume(map(append, map(postings.__getitem__, counter),
                              map(base.__or__, map(min, counter.values(), repeat(MAX_TF)))))


def _new_array() -> array[int]:
    return array("I")


def _write_postings(fieldwriter: Any, schema: fields.Schema, inverter: _Inverter,
                    cancelled: Callable[[], bool] | None = None) -> bool:
    """Write every term's posting list in Whoosh's W3 format, in term-dictionary order; False when cancelled.

    Equivalent to W3FieldWriter.start_term/add/finish_term, batched: lists of up to INLINE postings go inside
    the term's dictionary entry, longer lists are encoded in memory, and each field's postings and dictionary
    records are written with one call each. Only blocks big enough to shrink are compressed (zlib's per-call
    setup costs more than it saves on a few postings).
    """
    postfile = fieldwriter._postfile
    tindex = fieldwriter._tindex
    buckets = tindex.buckets
    index_append = tindex.index.append
    lengths = filetables._lengths
    hash_key = tindex.hashfn
    info_struct = W3TermInfo._struct
    for name in sorted(inverter.fields):
        terms = inverter.fields[name]
        if not terms:
            continue
        if cancelled is not None and cancelled():
            return False
        fieldwriter.start_field(name, schema[name])
        key_prefix = _FIELD_ID.pack(fieldwriter._fieldid)
        offset = postfile.tell()
        position = tindex.dbfile.tell()
        postings: list[bytes] = []
        records: list[bytes] = []
        for term in sorted(terms):
            packed = terms[term]
            ids = [v >> 8 for v in packed]
            tfs = [v & 0xFF for v in packed]
            count = len(ids)
            head = info_struct.pack(count <= INLINE, float(sum(tfs)), count, 0, 0, float(max(tfs)), ids[0], ids[-1])
            if count <= INLINE:
                value = head + pickle.dumps((tuple(ids), tuple(map(float, tfs)), (b"",) * count), 2)
            else:
                encoded = [WHOOSH3_HEADER_MAGIC]
                for begin in range(0, count, BLOCK):
                    encoded += _encode_block(ids[begin:begin + BLOCK], tfs[begin:begin + BLOCK],
                                             last=begin + BLOCK >= count)
                data = b"".join(encoded)
                postings.append(data)
                value = head + _EXTENT.pack(offset, len(data))
                offset += len(data)
            key = key_prefix + term
            records += (lengths.pack(len(key), len(value)), key, value)
            index_append(position)
            hashed = hash_key(key)
            buckets[hashed & 255].append((hashed, position))
            position += 8 + len(key) + len(value)
        postfile.write(b"".join(postings))
        tindex.dbfile.write(b"".join(records))
        tindex.lastkey = key_prefix + max(terms)
        fieldwriter.finish_field()
    return True


def _encode_block(ids: list[int], tfs: list[int], last: bool) -> list[bytes]:
    deltas = (ids[0], *map(int.__sub__, ids[1:], ids))
    first = tfs[0]
    if first == 1 and tfs.count(1) == len(tfs):
        weights: Any = None
    elif tfs.count(first) == len(tfs):
        weights = float(first)
    else:
        weights = tuple(tfs)
    data = pickle.dumps((deltas, weights, None), 2)
    compression = 0
    if len(data) >= COMPRESS_ABOVE:
        data = zlib.compress(data, COMPRESSION)
        compression = COMPRESSION
    info = pickle.dumps((len(ids), ids[-1], float(max(tfs)), compression, 0, 0), 2)
    length = len(info) + len(data)
    return [_INT.pack(-length if last else length), info, data]


def bulk_build(
    folder: Path,
    batches: Iterable[list[SearchDocument]],
    analyzer: Analyzer,
    on_progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    segment_docs: int | None = None,
) -> int:
    """Write a new index into the empty `folder`, a segment per `segment_docs` documents; returns the number of
    documents, or -1 when cancelled (the folder is then incomplete: the caller throws it away).

    Documents stream through: only one segment's postings are in memory at a time, so memory stays bounded
    whatever the number of documents (a segment of SEGMENT_DOCS documents needs some tens of MB).
    """
    limit = segment_docs or SEGMENT_DOCS
    storage = FileStorage(str(folder)).create()
    schema = make_schema()
    FileIndex.create(storage, schema, INDEX_NAME)
    codec = W3Codec()
    segments: list[Any] = []
    total = 0
    documents = _documents_of(batches)
    try:
        while True:
            built = _write_segment(storage, schema, codec, folder, documents, analyzer, limit, total, on_progress,
                                   cancelled, own_scratch=True)
            if built is None:
                return -1
            segment, count = built
            if count == 0:
                break
            segments.append(segment)
            total += count
            if count < limit:
                break
        TOC(schema, segments, 1).write(storage, INDEX_NAME)
    finally:
        storage.close()
    return total


SEGMENT_DOCS = 25_000
"""Documents per segment written by a rebuild: bounds a rebuild's memory (its postings are held until written)."""


def _documents_of(batches: Iterable[list[SearchDocument]]) -> Iterator[SearchDocument | None]:
    """Documents one by one, with None after each batch (where progress is reported and cancelling is checked)."""
    for batch in batches:
        yield from batch
        yield None


def _write_segment(
    storage: Any, schema: fields.Schema, codec: W3Codec, folder: Path, documents: Iterator[SearchDocument | None],
    analyzer: Analyzer, limit: int, done_before: int, on_progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None, own_scratch: bool,
) -> tuple[Any, int] | None:
    """One segment of up to `limit` documents from `documents`: (segment, documents in it); None if cancelled.

    `own_scratch`: remove the per-document writer's scratch folder afterwards (a rebuild; when appending, the
    Whoosh writer that shares it removes it when it finishes)."""
    segment = codec.new_segment(storage, INDEX_NAME)
    perdoc = codec.per_document_writer(storage, segment)
    text_field = schema["text"]
    inverter = _Inverter()
    metas: list[tuple[Any, ...]] = []
    docnum = 0
    while docnum < limit:
        doc = next(documents, StopIteration)
        if doc is StopIteration:
            break
        if doc is None:  # the end of a batch
            if on_progress is not None:
                on_progress(done_before + docnum)
            if cancelled is not None and cancelled():
                perdoc.close()
                return None
            continue
        assert isinstance(doc, SearchDocument)
        analyzed = analyzer.analyze(doc.title, doc.body, doc.tags, doc.fields, doc.kind)
        perdoc.start_doc(docnum)
        perdoc.add_field("text", text_field, (doc.title, doc.body), 0)
        meta = tuple(doc_meta(doc, analyzed))
        metas.append(meta)
        perdoc.add_column_value("meta", META_COLUMN, meta)
        perdoc.add_column_value("fwd", FORWARD_COLUMN, analyzed.forward)
        perdoc.finish_doc()
        inverter.add(docnum, analyzed)
        docnum += 1
    perdoc.close()
    if own_scratch:
        shutil.rmtree(folder / f"{INDEX_NAME}.tmp", ignore_errors=True)  # the per-document writer's scratch space
    if docnum == 0:
        return segment, 0
    fieldwriter = codec.field_writer(storage, segment)
    finished = _write_postings(fieldwriter, schema, inverter, cancelled)
    fieldwriter.close()
    if not finished:
        return None
    segment.set_doc_count(docnum)
    words = sorted(inverter.fields["word"])
    del inverter
    stems: dict[bytes, list[bytes]] = defaultdict(list)
    for word in words:
        stems[analyzer.stem_bytes(word)].append(word)
    columns = Columns.of(metas, words, dict(stems))
    del metas
    with open(folder / _side_file(segment.segid), "wb") as handle:
        pickle.dump(columns.to_dict(), handle, protocol=pickle.HIGHEST_PROTOCOL)
    return segment, docnum


def _side_file(segid: str) -> str:
    """The per-segment columns a bulk write saves beside Whoosh's files (db.search.segments.Columns): a search
    loads them in milliseconds, where walking Whoosh's per-document column takes seconds at 100,000 entries."""
    return f"atlas-{segid}.columns"


# ---- the open index ----------------------------------------------------------------------------------


class WhooshIndex:
    """One index generation folder opened for reading and incremental writing."""

    def __init__(self, folder: Path, analyzer: Analyzer) -> None:
        self.folder = folder
        self.analyzer = analyzer
        problem = None
        with warnings.catch_warnings():
            # Whoosh leaves a file open when a damaged table of contents fails to load: it is closed (with a
            # ResourceWarning) as soon as the exception goes away, which is expected here
            warnings.simplefilter("ignore", ResourceWarning)
            try:
                self._storage = FileStorage(str(folder))
                self._index = FileIndex(self._storage, schema=None, indexname=INDEX_NAME)
                self._reader = self._index.reader()
                self._generation = self._index.latest_generation()
            except Exception as error:  # any failure to read the TOC or segments means the index is unusable
                problem = f"cannot open the search index ({type(error).__name__}: {error})"
            if problem is not None:
                gc.collect()
        if problem is not None:
            raise EngineError(problem)
        self._segments: dict[str, DiskSegment] = {}
        self._lock = threading.RLock()
        self._load_segments()

    def _load_segments(self) -> None:
        reader = self._reader
        if hasattr(reader, "readers"):  # a MultiReader over several segments
            readers = list(reader.readers)
        elif hasattr(reader, "segment") and reader.doc_count_all() > 0:
            readers = [reader]
        else:  # an EmptyReader: no segment yet
            readers = []
        current: dict[str, DiskSegment] = {}
        for reader in readers:
            segment = reader.segment()
            if segment is None:
                continue
            key = segment.segid
            existing = self._segments.get(key)
            deleted = frozenset(segment.deleted_docs())
            if existing is not None:
                existing.rebind(reader, deleted)
                current[key] = existing
            else:
                current[key] = DiskSegment(reader, deleted, self.analyzer, self._lock, self.folder)
        self._segments = current

    @property
    def segments(self) -> list[DiskSegment]:
        return list(self._segments.values())

    def doc_count(self) -> int:
        return sum(s.doc_count - len(s.deleted) for s in self._segments.values())

    def refresh(self) -> bool:
        """Adopt the newest committed generation (another writer's); True when it changed."""
        with self._lock:
            try:
                latest = self._index.latest_generation()
            except Exception as error:
                raise EngineError(f"cannot read the search index ({error})") from error
            if latest == self._generation:
                return False
            old = self._reader
            try:  # a fresh reader: Whoosh's reader reuse keeps the segments of the old generation around
                self._reader = self._index.reader()
            except Exception as error:
                raise EngineError(f"cannot read the search index ({error})") from error
            self._generation = latest
            self._load_segments()
            with contextlib.suppress(Exception):
                old.close()
            return True

    def write(self, upserts: Sequence[tuple[SearchDocument, AnalyzedDocument]], removals: Iterable[str]) -> None:
        """Commit documents (replacing any with the same UUID) and remove others, as one Whoosh commit.

        The caller adopts the new generation with `refresh()` when no search is running.
        """
        try:
            writer = self._index.writer(timeout=2.0)
        except LockError as error:
            raise IndexLocked("another Model Atlas is writing this search index") from error
        try:
            self._delete_from_segments(writer, set(removals) | {doc.uuid for doc, _ in upserts})
            for doc, analyzed in upserts:
                writer.add_document(**_stored_fields(doc, analyzed))
            writer.commit(mergetype=_merge_small)
        except BaseException:
            with contextlib.suppress(Exception):
                writer.cancel()
            raise

    def append(self, batches: Iterable[list[SearchDocument]], replaced: Iterable[str],
               on_progress: Callable[[int], None] | None = None, cancelled: Callable[[], bool] | None = None) -> int:
        """Commit many documents at the speed of a rebuild: segments written as `bulk_build` writes them, added in
        one Whoosh commit that also deletes every earlier version of the `replaced` UUIDs (the documents given and
        the entries that are gone). Returns the documents added, or -1 when cancelled (nothing changes then).
        The caller adopts the new generation with `refresh()`."""
        try:
            writer = self._index.writer(timeout=2.0)
        except LockError as error:
            raise IndexLocked("another Model Atlas is writing this search index") from error
        added = 0

        def add_segments(writer: Any, segments: list[Any]) -> list[Any]:
            nonlocal added
            documents = _documents_of(batches)
            new: list[Any] = []
            while True:
                built = _write_segment(writer.storage, writer.schema, writer.codec, self.folder, documents,
                                       self.analyzer, SEGMENT_DOCS, added, on_progress, cancelled, own_scratch=False)
                if built is None:
                    raise _Cancelled
                segment, count = built
                if count == 0:
                    break
                new.append(segment)
                added += count
                if count < SEGMENT_DOCS:
                    break
            return _merge_small(writer, segments) + new

        try:
            self._delete_from_segments(writer, set(replaced))
            writer.commit(mergetype=add_segments)
        except _Cancelled:
            with contextlib.suppress(Exception):
                writer.cancel()
            return -1
        except BaseException:
            with contextlib.suppress(Exception):
                writer.cancel()
            raise
        return added

    def _delete_from_segments(self, writer: Any, gone: set[str]) -> None:
        """Mark every document of these entries deleted in the writer's segments (old versions, removed entries)."""
        for segment in writer.segments:
            disk = self._segments.get(segment.segid)
            if disk is None:  # written by another process since we last looked
                disk = DiskSegment(SegmentReader(self._storage, writer.schema, segment), frozenset(),
                                   self.analyzer, self._lock)
            for uuid in gone:
                docnum = disk.docnum_of(uuid)
                if docnum is not None and not segment.is_deleted(docnum):
                    segment.delete_document(docnum)

    def close(self) -> None:
        with self._lock:
            try:
                self._reader.close()
            finally:
                self._index.close()
                self._storage.close()
                for segment in self._segments.values():
                    segment.close_files()



# ---- reading one segment -----------------------------------------------------------------------------


class DiskSegment(Segment):
    """An immutable Whoosh segment seen through the executor's interface (deletions come per generation)."""

    CACHE_POSTINGS = 2_000_000
    """Decoded postings kept per segment (as-you-type queries repeat the same terms)."""

    def __init__(self, reader: Any, deleted: frozenset[int], analyzer: Analyzer, lock: threading.RLock,
                 folder: Path | None = None) -> None:
        super().__init__()
        self._reader = reader
        self._terms = reader._terms
        self._lock = lock
        self.analyzer = analyzer
        self.key = reader.segment().segid
        self.doc_count = reader.doc_count_all()
        self.deleted = deleted
        self._stems: dict[bytes, list[bytes]] | None = None
        self._lexicons: dict[str, list[bytes]] = {}
        columns = None
        self._release_files: Callable[[], Any] = lambda: None
        side_file = _SideFile.open(folder, self.key)
        if side_file is not None:
            side = side_file.read()
            columns = Columns.from_dict(side, self.doc_count) if side is not None else None
            del side  # its pickled ranges and UUIDs are read again when a search needs them
            if columns is None:
                side_file.close()
            else:
                columns.keep_on_disk(side_file.read)
                self._release_files = weakref.finalize(self, side_file.close)  # at close, or when dropped
        if columns is None:  # written by an incremental commit (small): its records, read once from the column
            columns = Columns.of(list(reader.column_reader("meta")))
        self._columns = columns
        self._metas: Any = None  # Whoosh's per-document columns, opened when first needed
        self._forward: Any = None
        self._stored: Any = None
        self._cache: OrderedDict[tuple[str, bytes], tuple[Sequence[int], Sequence[int]]] = OrderedDict()
        self._cached = 0

    def close_files(self) -> None:
        """Close the saved columns kept open (the index is closed: nothing reads them again)."""
        self._release_files()

    def rebind(self, reader: Any, deleted: frozenset[int]) -> None:
        self._reader = reader
        self._terms = reader._terms
        self._forward = None
        self._metas = None
        self._stored = None
        self.deleted = deleted

    def columns(self) -> Columns:
        assert self._columns is not None
        return self._columns

    def meta(self, docnum: int) -> DocMeta:
        with self._lock:
            if self._metas is None:
                self._metas = self._reader.column_reader("meta", READ_META_COLUMN, translate=False)
            return DocMeta._make(self._metas[docnum])

    def docnum_of(self, uuid: str) -> int | None:
        docnum = self.columns().docnum_of(uuid)
        return None if docnum is None or docnum in self.deleted else docnum

    def doc_frequency(self, field: str, term: bytes) -> int:
        with self._lock:
            try:
                return int(self._terms.doc_frequency(field, term))
            except (KeyError, Exception):
                return 0

    def postings(self, field: str, term: bytes) -> tuple[Sequence[int], Sequence[int]]:
        key = (field, term)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
            try:
                info = self._terms.term_info(field, term)
            except Exception:
                found: tuple[Sequence[int], Sequence[int]] = ((), ())
            else:
                found = _decode(self._terms._postfile, info)
            self._cache[key] = found
            self._cached += len(found[0])
            while self._cached > self.CACHE_POSTINGS and len(self._cache) > 1:
                _, (ids, _tfs) = self._cache.popitem(last=False)
                self._cached -= len(ids)
            return found

    def lexicon(self, field: str) -> list[bytes]:
        with self._lock:
            words = self._lexicons.get(field)
            if words is None and field == "word":
                words = self.columns().lexicon()
            if words is None:
                try:
                    words = list(self._reader.lexicon(field))
                except Exception:
                    words = []
                self._lexicons[field] = words
            return words

    def expand(self, field: str, prefix: bytes) -> list[bytes]:
        with self._lock:
            try:
                return list(self._reader.expand_prefix(field, prefix))
            except Exception:
                return []

    def variants(self, stemmed: bytes) -> list[bytes]:
        with self._lock:
            saved = self.columns().variants(stemmed)  # a bulk-written segment's, saved with its columns
            if saved is not None:
                return saved
            if self._stems is None:
                stems: dict[bytes, list[bytes]] = defaultdict(list)
                stem_of = self.analyzer.stem_bytes
                for word in self.lexicon("word"):
                    stems[stem_of(word)].append(word)
                self._stems = dict(stems)
            return self._stems.get(stemmed, [])

    def forward(self, docnum: int) -> bytes:
        with self._lock:
            if self._forward is None:
                self._forward = self._reader.column_reader("fwd", READ_FORWARD_COLUMN, translate=False)
            return bytes(self._forward[docnum])

    def text(self, docnum: int) -> tuple[str, str]:
        with self._lock:
            if self._stored is None:
                self._stored = self._reader._perdoc.column_reader("_stored", READ_STORED_COLUMN)
            stored = self._stored[docnum] or {}
        value = stored.get("text") or ("", "")
        return str(value[0]), str(value[1])


class _SideFile:
    """A segment's saved columns (`_side_file`), kept open while the segment is searched so that what its columns let
    go of can be read again, even after another process's rebuild has removed the generation's folder."""

    def __init__(self, handle: io.BufferedReader) -> None:
        self._handle = handle
        self._lock = threading.Lock()

    @classmethod
    def open(cls, folder: Path | None, segid: str) -> _SideFile | None:
        if folder is None:
            return None
        try:
            return cls(open(folder / _side_file(segid), "rb"))  # closed with the segment (see DiskSegment)
        except OSError:
            return None

    def read(self) -> dict[str, Any] | None:
        with self._lock:
            try:
                self._handle.seek(0)
                side = pickle.load(self._handle)
            except (OSError, pickle.UnpicklingError, EOFError, ValueError):
                return None
        return side if isinstance(side, dict) and {"version", "titles", "facets"} <= side.keys() else None

    def close(self) -> None:
        with self._lock:
            self._handle.close()


def _decode(postfile: Any, info: Any) -> tuple[Sequence[int], Sequence[int]]:
    """All (docnums, term frequencies) of one posting list, decoded a block at a time."""
    if info.is_inlined():
        inlined_ids, inlined_weights, _values = info.inlined_postings()
        return list(inlined_ids), [int(w) for w in inlined_weights]
    offset, length = info.extent()
    if isinstance(length, tuple):  # Whoosh's W3TermInfo.from_bytes leaves the length as a 1-tuple
        length = length[0]
    try:
        return decode_blocks(postfile.get(offset, length))  # the quick reader's decoder: one reading of the format
    except FormatError as error:
        raise EngineError("a posting list is damaged") from error


def _merge_small(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy: fold the small segments together once there are several of them."""
    small = [segment for segment in segments if segment.doc_count_all() <= MERGE_LIMIT]
    if len(small) < MERGE_FANOUT:
        return segments
    for segment in small:
        reader = SegmentReader(writer.storage, writer.schema, segment)
        writer.add_reader(reader)
        reader.close()
    return [segment for segment in segments if segment not in small]


def write_lock_free(folder: Path) -> bool:
    """Whether no process holds the index's write lock (checked without waiting)."""
    try:
        lock = FileStorage(str(folder)).lock(f"{INDEX_NAME}_WRITELOCK")
        if lock.acquire(blocking=False):
            lock.release()
            return True
    except OSError:
        return True
    return False
