"""The desktop reaches the data through db/ functions only: no module under desktop/ imports SQLAlchemy or the ORM."""

from __future__ import annotations

import ast
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
FORBIDDEN = ("sqlalchemy", "db.schema")


def _forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def forbidden_imports(source: str) -> list[tuple[int, str]]:
    """(line, module) for each import of SQLAlchemy or db.schema in `source`, however it is spelled."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names if _forbidden(alias.name)]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if _forbidden(node.module):
                found.append((node.lineno, node.module))
            else:  # `from db import schema`
                found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names
                          if _forbidden(f"{node.module}.{alias.name}")]
    return found


def test_the_check_sees_every_spelling() -> None:
    source = ("import sqlalchemy\nimport sqlalchemy.orm as orm\nfrom sqlalchemy import select\n"
              "from db.schema import Entry\nfrom db import schema\ndef later():\n    from db.schema import Tag\n"
              "from db.store import Store\nfrom db import store\nimport sqlalchemy_utils\n")
    assert [line for line, _module in forbidden_imports(source)] == [1, 2, 3, 4, 5, 7]


def test_no_desktop_module_imports_sqlalchemy_or_the_schema() -> None:
    files = sorted(DESKTOP.rglob("*.py"))
    assert len(files) > 10, f"expected the desktop's modules under {DESKTOP}"
    offenders = [f"{path.relative_to(DESKTOP.parent)}:{line} imports {module}"
                 for path in files for line, module in forbidden_imports(path.read_text(encoding="utf-8"))]
    assert not offenders, "desktop/ must call db/ functions instead:\n" + "\n".join(offenders)
