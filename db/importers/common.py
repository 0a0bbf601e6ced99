"""What every importer shares: the report, the record an importer produces, and tolerant file reading."""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from db.errors import AtlasError
from db.jobs import Cancelled as Cancelled
from db.jobs import JobCancelled
from db.jobs import Progress as Progress
from db.values import is_blank

# Progress (records done, records in total) and Cancelled (polled between records; True stops the import and
# rolls everything back) are db.jobs' shared types, re-exported here for the importers.

IMPORTER_PREFIX = "import:"
"""Authors of rows written by an import are named `import:SOURCE`; any other author is a person (or the seed)."""

SOURCES: dict[str, str] = {
    "mot": "Model Openness Tool",
    "osai": "European Open Source AI Index",
    "epoch": "Epoch AI",
    "hf": "Hugging Face model card",
    "fmti": "Foundation Model Transparency Index",
    "spdx": "SPDX license list",
}
"""Provenance source keys and their names (the CLI spells the Hugging Face source `hf-card`)."""


def importer_author(source: str) -> str:
    return f"{IMPORTER_PREFIX}{source}"


def is_importer(author: str | None) -> bool:
    return bool(author) and str(author).startswith(IMPORTER_PREFIX)


class ImportFailed(AtlasError):
    """An import cannot run at all (unknown source, no readable file)."""


class ImportCancelled(JobCancelled):
    """The user stopped the import; nothing was written."""


class RecordRejected(Exception):
    """One record cannot be imported; the message is the reason shown to the user."""


@dataclass
class Rejection:
    where: str
    reason: str


@dataclass
class ImportReport:
    """What an import did (or, in a dry run, would do)."""

    source: str
    dry_run: bool = False
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    review: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    skipped: int = 0  # records about nothing in the atlas (SPDX licenses no entry uses)
    changes: list[dict[str, Any]] = field(default_factory=list)  # {entry, name, kind, fields}: what each update did
    files: int = 0
    seconds: float = 0.0
    explain: bool = False  # keep every match decision with its evidence in `decisions`
    decisions: list[dict[str, Any]] = field(default_factory=list)  # {record, origin, outcome, entry, evidence}

    def reject(self, where: str, reason: str) -> None:
        self.rejected.append(Rejection(where, " ".join(str(reason).split())))

    @property
    def total(self) -> int:
        return self.new + self.updated + self.unchanged + self.review + len(self.rejected)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "dry_run": self.dry_run,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "review": self.review,
            "rejected": [asdict(r) for r in self.rejected],
            "skipped": self.skipped,
            "changes": self.changes,
            "files": self.files,
            "seconds": round(self.seconds, 3),
        } | ({"decisions": self.decisions} if self.explain else {})


@dataclass
class Assessed:
    """One graded dimension of a framework (an Index dimension, Epoch's accessibility)."""

    framework: str
    dimension: str
    value: str
    link: str | None = None
    notes: str | None = None


@dataclass
class ModelRecord:
    """One model as a catalog describes it, already read into atlas terms; JSON-able (kept in the review list).

    `fields` are atlas field keys with values to fill in when the atlas has none; `statements` are what the source
    says, by provenance field, in the source's own words (shown side by side with other sources').
    """

    source: str
    origin: str
    key: str  # stable identity of the record within its source (for the review list and re-imports)
    name: str  # the name to give a new entry
    names: list[str] = field(default_factory=list)  # every name to try when matching, best first
    developer: str | None = None
    size: float | None = None  # parameter count, as matching evidence
    fields: dict[str, Any] = field(default_factory=dict)
    statements: dict[str, Any] = field(default_factory=dict)
    license: str | None = None
    components: dict[str, list[Any]] = field(default_factory=dict)  # component key -> [status, license or None]
    assessments: list[Assessed] = field(default_factory=list)
    base_model: str | None = None
    base_relation: str | None = None
    org: dict[str, Any] = field(default_factory=dict)  # developer facts: country, org_kind, website
    framework: str | None = None  # assessment framework when the record came from a graded index
    rank: int = 0  # records of a secondary table (Epoch's benchmark tables) apply after the main ones

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ModelRecord:
        values = dict(data)
        values["assessments"] = [Assessed(**a) for a in values.get("assessments") or []]
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in values.items() if k in known})


@dataclass
class OrgScoreRecord:
    """Scores a framework gives one organization (FMTI: total and per domain, per wave)."""

    source: str
    origin: str
    organization: str
    framework: str
    scores: dict[str, str]  # dimension -> value
    notes: str | None = None


@dataclass
class LicenseRecord:
    """What a license list says about one license (SPDX)."""

    source: str
    origin: str
    spdx_id: str
    name: str
    osi_approved: bool | None
    url: str | None
    deprecated: bool = False


Record = ModelRecord | OrgScoreRecord | LicenseRecord


# ---- reading files ---------------------------------------------------------------------------------------------

MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
"""The largest YAML, JSON or model-card file an importer reads (the catalogs' files are a few KB each)."""
MAX_TABLE_BYTES = 256 * 1024 * 1024
"""The largest CSV table an importer reads (Epoch's whole "All ML Systems" table is about 4 MB)."""


def read_bytes_capped(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; anything else (a device, a pipe, a socket, a file
    that is or grows too big) raises RecordRejected at once, without reading more than `limit` bytes."""
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer (it is refused just below)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise RecordRejected(f"cannot be read ({error.strerror or error})") from error
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise RecordRejected("is not a regular file (a device, pipe or socket); give a file or a folder")
        if info.st_size > limit:
            raise RecordRejected(f"is {_megabytes(info.st_size)}; files larger than {_megabytes(limit)} are not read")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise RecordRejected(f"grew past {_megabytes(limit)} while being read; files that large are not read")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:,.0f} MB" if size >= 1024**2 else f"{size:,} bytes"


def read_text(path: Path, limit: int = MAX_DOCUMENT_BYTES) -> str:
    """A text file as str whatever its byte-order mark or encoding (UTF-8, UTF-16, else Windows-1252).

    Raises RecordRejected when the file cannot be read at all, is not a regular file or is over `limit` bytes,
    so one bad file never stops an import.
    """
    data = read_bytes_capped(path, limit)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return text.lstrip("\ufeff")


def load_yaml(path: Path, text: str | None = None) -> Any:
    """Parse YAML safely; a syntax error becomes RecordRejected naming the line."""
    import yaml  # only reading a catalog needs it: `show` imports this module for its source names

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader is several times faster
    try:
        return yaml.load(read_text(path) if text is None else text, Loader=loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = f"line {mark.line + 1}: " if mark else ""
        raise RecordRejected(f"{line}bad YAML ({error.problem})") from error
    except yaml.YAMLError as error:
        raise RecordRejected(f"bad YAML ({error})") from error


def csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(first line of the record, {header: cell}) for every non-empty row; cells may span lines."""
    text = read_text(path, MAX_TABLE_BYTES).replace("\x00", "")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
        header = [" ".join(h.replace("\ufeff", "").split()) for h in header]
        line = reader.line_num + 1
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            cells = {name: (row[i] if i < len(row) else "") for i, name in enumerate(header) if name}
            if len(row) > len(header):
                cells["__extra__"] = ",".join(row[len(header):])
            yield start, cells
    except StopIteration:
        return
    except csv.Error as error:
        raise RecordRejected(f"line {reader.line_num}: not a readable CSV ({error})") from error


def where(path: Path, detail: str | int | None = None) -> str:
    """How a report names a record: the file name and, when known, the line or record."""
    if detail is None or detail == "":
        return path.name
    return f"{path.name}, line {detail}" if isinstance(detail, int) else f"{path.name}, {detail}"


def expand(paths: list[Path], patterns: tuple[str, ...]) -> list[Path]:
    """Files to import: the files given, and matching files inside folders given (sorted, recursive)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            for pattern in patterns:
                found.extend(sorted(p for p in path.rglob(pattern) if p.is_file()))
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise ImportFailed(f"{path} is not a regular file (a device, pipe or socket); give a file or a folder")
        else:
            raise ImportFailed(f"{path} does not exist")
    return list(dict.fromkeys(found))


# ---- tolerant values -------------------------------------------------------------------------------------------


def clean(value: object) -> str | None:
    """A cell or YAML scalar as stripped text, None when blank or a "don't know" word."""
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    if is_blank(text) or text.lower() in {"undisclosed", "unclear", "not applicable", "various"}:
        return None
    return text


def as_list(value: object, *, split: str = ",") -> list[str]:
    """A value that is a string in one file and a list in the next, or comma-joined in one cell, as a list."""
    if value is None:
        return []
    items: list[object] = list(value) if isinstance(value, list | tuple | set) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, dict | list):
            continue
        parts = str(item).split(split) if split and isinstance(item, str) else [item]
        for part in parts:
            text = clean(part)
            if text and text not in out:
                out.append(text)
    return out


def first_line(value: object) -> str | None:
    """The first non-empty line of a multi-line cell (links and notes often carry several)."""
    for line in str(value or "").splitlines():
        text = clean(line)
        if text:
            return text
    return None


_KEY_JUNK = re.compile(r"[^a-z0-9]+")


def key_of(name: str) -> str:
    return _KEY_JUNK.sub("", str(name).lower())


def tolerant_get(mapping: Mapping[str, Any] | None, wanted: str, *, cutoff: float = 88) -> Any:
    """mapping[wanted], also when the file misspells the key ('endmodel license', 'EndModelLicense', 'licence')."""
    if not isinstance(mapping, Mapping):
        return None
    if wanted in mapping:
        return mapping[wanted]
    keys = {key_of(k): k for k in mapping if isinstance(k, str)}
    target = key_of(wanted)
    if target in keys:
        return mapping[keys[target]]
    hit = process.extractOne(target, list(keys), scorer=fuzz.ratio, score_cutoff=cutoff)
    return mapping[keys[hit[0]]] if hit else None


def column_map(headers: list[str], wanted: Mapping[str, tuple[str, ...]], *, cutoff: float = 90) -> dict[str, str]:
    """Map logical column names to a file's headers, tolerating case, spacing and small misspellings."""
    by_key = {key_of(h): h for h in headers}
    found: dict[str, str] = {}
    for logical, spellings in wanted.items():
        for spelling in spellings:
            header = by_key.get(key_of(spelling))
            if header is not None:
                found[logical] = header
                break
        else:
            hit = process.extractOne(key_of(spellings[0]), list(by_key), scorer=fuzz.ratio, score_cutoff=cutoff)
            if hit:
                found[logical] = by_key[hit[0]]
    return found
