"""PySide6's import hook, answered without keeping a copy of every imported module's source in memory.

Once PySide6 is imported, it hooks `__import__` and asks of each module imported afterwards whether its source
mentions "PySide6" (for its `from __feature__ import …` switches, PYSIDE-2029), through `inspect.getsource`: that
reads the whole file into `linecache`, which keeps every line for the life of the process. The desktop imports some
560 modules after PySide6 (SQLAlchemy, the schema, Whoosh, the window's own): ~280,000 lines, about 25 MB held for
nothing, and a few hundred milliseconds of reading and splitting them. `install` gives the hook the same answer from
the file's bytes (a module without a plain source file still goes through PySide6's own check, whose cached lines
are then dropped). Importing this module installs it."""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from itertools import islice
from types import ModuleType
from typing import Any

import PySide6.QtCore  # noqa: F401  (installs the hook answered here)

FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide6 keeps the hook's check (`_mod_uses_pyside`), once PySide6.QtCore has been imported."""
CHECK = "_mod_uses_pyside"
MARK = "_modelatlas_lean"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether the module's source mentions "PySide6", as PySide6's check answers, without caching its lines."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as handle:
                return b"PySide6" in handle.read()  # ASCII: found alike in any encoding Python source may use
        except OSError:
            return False  # PySide6's check says the same of a module whose source cannot be read
    cached = len(linecache.cache)
    try:
        return fallback(module)
    finally:
        added = len(linecache.cache) - cached
        if added > 0:  # the lines this check read (the newest entries); another reader reads them again if needed
            for key in list(islice(reversed(linecache.cache.keys()), added)):
                linecache.cache.pop(key, None)


def install() -> bool:
    """Answer PySide6's import hook through `mentions_pyside` (once PySide6.QtCore is imported); False when this
    PySide6 has no such hook, which is then left as it is."""
    feature: Any = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK, None)
    if feature is None or not callable(original):
        return False
    if getattr(original, MARK, False):
        return True

    def check(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    setattr(check, MARK, True)
    setattr(feature, CHECK, check)
    return True


install()
