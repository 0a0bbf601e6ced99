"""Parse the command line, run one command, and turn every failure into one clear line on stderr."""

from __future__ import annotations

import argparse
import errno
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from importlib import import_module

from sqlalchemy.exc import SQLAlchemyError

from db import __version__
from db.backend import explain
from db.cli.context import CommandContext
from db.cli.output import terminal_output
from db.errors import AtlasError
from db.inert import terminal_text

COMMAND_MODULES = ("init", "info", "list", "show", "tag", "evaluate", "export", "merge", "conflicts", "resolve",
                   "backup", "compare", "tags", "check", "rules", "import", "review", "search", "reindex",
                   "searches")
PROG = "modelatlas"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Usage errors: one line and the usage, exit 2 (argparse's convention)."""
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=("table", "json"), default=argparse.SUPPRESS,
                        help="output as an aligned table (default) or stable JSON")
    common.add_argument("--author", default=argparse.SUPPRESS, help="your name, recorded on every change")
    parser = _Parser(prog=PROG, description="Model Atlas: an offline knowledge base about AI model openness, "
                     "licenses and policy. With no command, the desktop app starts.")
    parser.add_argument("--db", metavar="PATH", help="the atlas file to use (default: $MODELATLAS_DB, else your "
                        "data directory)")
    parser.add_argument("--format", choices=("table", "json"), default="table", help=argparse.SUPPRESS)
    parser.add_argument("--author", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        import_module(f"db.cli.cmd_{name}").register(commands, common)
    return parser


def main(argv: Sequence[str] | None = None, no_command: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run the CLI; with no command, call `no_command` (the desktop app) or print help."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        if no_command is not None:
            return no_command(args)
        parser.print_help()
        return 0
    ctx = CommandContext(args)
    try:
        with terminal_output(enabled=not ctx.json):  # tables lose control characters; JSON stays exact
            return int(args.run(ctx) or 0)
    except AtlasError as error:
        return _fail(str(error))
    except (sqlite3.Error, SQLAlchemyError) as error:
        problem = explain(error, ctx.target_path())
        return _fail(str(problem) if problem else f"database error: {getattr(error, 'orig', None) or error}")
    except BrokenPipeError:
        # The reader went away (`modelatlas list models | head`): not an error; silence the final flush too.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as error:
        if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            return _fail(f"the disk is full: {error.filename or 'a file'} could not be written; free some space and "
                         "try again")
        if error.errno == errno.EROFS:
            return _fail(f"the disk is read-only: {error.filename or 'a file'} could not be written")
        return _fail(f"{error.strerror or error}: {error.filename or ''}".rstrip(": "))
    except KeyboardInterrupt:
        return _fail("interrupted", code=130)
    except Exception as error:
        if os.environ.get("MODELATLAS_DEBUG"):
            traceback.print_exc()
        return _fail(f"internal error ({type(error).__name__}: {error}); set MODELATLAS_DEBUG=1 for details",
                     code=70)
    finally:
        ctx.close()


def _fail(message: str, code: int = 1) -> int:
    sys.stderr.write(f"{PROG}: error: {terminal_text(' '.join(message.split()))}\n")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
