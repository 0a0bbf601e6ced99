"""PySide6's import hook answers as before without keeping the source lines of every module imported after it."""

from __future__ import annotations

import inspect
import json
import linecache
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import lean_imports

ROOT = Path(__file__).resolve().parents[2]

# In a fresh process: import a module nothing has imported yet (after PySide6, with or without desktop.lean_imports)
# and report whether its lines stayed in linecache.
CHILD = r"""
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
if sys.argv[2] == "lean":
    import desktop.lean_imports
import plistlib as module
print(json.dumps({"cached": module.__file__ in linecache.cache,
                  "hooked": sys.modules["shibokensupport.feature"].pyside_feature_dict.get(module.__name__)}))
"""


def imported_in_child(mode: str) -> dict[str, object]:
    output = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), mode], capture_output=True, text=True,
                            check=True, timeout=120)
    return dict(json.loads(output.stdout.strip().splitlines()[-1]))


def test_modules_imported_after_pyside_leave_no_lines_behind() -> None:
    plain, lean = imported_in_child("plain"), imported_in_child("lean")
    assert plain == {"cached": True, "hooked": -1}  # what PySide6 does on its own: the whole file kept
    assert lean == {"cached": False, "hooked": -1}  # the same answer (the module does not use PySide6), no lines


@pytest.mark.parametrize("name", ["desktop.main_window", "desktop.opening", "json", "db.list_filter", "sys"])
def test_the_hook_gives_pysides_answer(name: str) -> None:
    assert lean_imports.install()
    module = sys.modules.get(name) or __import__(name, fromlist=["_"])
    try:
        expected = "PySide6" in inspect.getsource(module)
    except (TypeError, OSError):  # a built-in module: PySide6 says it does not use it
        expected = False
    check = getattr(sys.modules[lean_imports.FEATURE_MODULE], lean_imports.CHECK)
    assert getattr(check, lean_imports.MARK)
    before = dict(linecache.cache)
    assert check(module) is expected
    assert linecache.cache.keys() <= before.keys()
