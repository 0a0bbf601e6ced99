"""`python -m db.search.catch_up ATLAS INDEX_DIR`: bring a search index up to date in a background process.

The command line starts it (detached) when a search finds the index far behind the atlas — after a big merge or
import — so that the search answers at once and the next ones find everything. Only one runs per index (the
catch-up lock); it runs at a lower priority and exits quietly when another already holds the lock.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from db.errors import AtlasError
from db.search.service import SearchService, catch_up_lock
from db.store import Store


def catch_up(atlas: Path, index_dir: Path) -> bool:
    """Catch the index of `atlas` up; False when another process is already doing it."""
    with catch_up_lock(index_dir) as acquired:
        if not acquired:
            return False
        with Store.open(atlas) as store, SearchService(store, index_dir) as service:
            service.ensure_fresh()
    return True


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.stderr.write("usage: python -m db.search.catch_up ATLAS INDEX_DIR\n")
        return 2
    with contextlib.suppress(OSError, AttributeError):
        os.nice(5)  # a background chore: the user's own work goes first
    try:
        catch_up(Path(argv[0]), Path(argv[1]))
    except AtlasError as error:
        sys.stderr.write(f"search index catch-up: {error}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
