"""Commands whose results also export as Markdown or HTML: their own --format choices and an --output file."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from db.cli.output import emit_json
from db.errors import AtlasError

REPORT_FORMATS = ("table", "json", "md", "html")


def report_parent(common: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The common options with --format widened to table|json|md|html (the shared option stays table|json)."""
    parent = argparse.ArgumentParser(add_help=False)
    for action in common._actions:  # share every other common option as it is defined there
        if "--format" not in action.option_strings:
            parent._add_action(action)
    parent.add_argument("--format", choices=REPORT_FORMATS, default=argparse.SUPPRESS,
                        help="an aligned table (default), stable JSON, Markdown or a self-contained HTML page")
    parent.add_argument("--out", type=Path, metavar="FILE",
                        help="write the Markdown or HTML export to FILE instead of the terminal")
    return parent


def output_format(args: argparse.Namespace) -> str:
    return getattr(args, "format", "table")


def write_export(args: argparse.Namespace, text: str) -> None:
    """Print an export, or write it to --output (UTF-8) and say where."""
    target: Path | None = getattr(args, "out", None)
    if target is None:
        sys.stdout.write(text)
        return
    try:
        target.expanduser().write_text(text, encoding="utf-8")
    except OSError as error:
        raise AtlasError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"wrote {target}")


def write_json(args: argparse.Namespace, data: object) -> None:
    """JSON to --out when given, else to stdout (the same stable contract either way)."""
    if getattr(args, "out", None):
        write_export(args, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        emit_json(data)
