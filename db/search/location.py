"""Where an atlas's search index lives and which generation is live: read with the file system alone (no store)."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path
from typing import Any

import platformdirs

FORMAT = 4
"""Bumped when the index layout changes: an index of another format is rebuilt (4: per-segment columns)."""
META_FILE = "atlas-index.json"
CURRENT_FILE = "CURRENT"


def index_root(database: Path, identity: str) -> Path:
    """Beside the database when that folder is writable, else the platform cache keyed by database identity."""
    beside = Path(f"{database}.index")
    if _writable(beside):
        return beside
    return cache_root(identity)


def cache_root(identity: str) -> Path:
    return platformdirs.user_cache_path("modelatlas", appauthor=False) / "search" / identity


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".probe-{os.getpid()}-{threading.get_ident()}"
        probe.write_bytes(b"")
        probe.unlink()
        return True
    except OSError:
        return False


def current_folder(root: Path) -> Path | None:
    """The live generation's folder, as `CURRENT` names it (None when it names none, or something odd)."""
    try:
        name = json.loads((root / CURRENT_FILE).read_text("utf-8"))["generation"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not isinstance(name, str) or "/" in name or "\\" in name or name.startswith("."):
        return None
    return root / name


def read_meta(folder: Path | None) -> dict[str, Any] | None:
    """A generation's record (format, database identity, change sequence, common words), or None if unreadable."""
    if folder is None:
        return None
    try:
        meta = json.loads((folder / META_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return meta if isinstance(meta, dict) and isinstance(meta.get("seq"), int) else None
