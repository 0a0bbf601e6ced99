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
from typing import Any

from db import __version__
from db.cli.context import CommandContext
from db.cli.output import terminal_output
from db.cli.registry import COMMANDS, Command
from db.errors import AtlasError
from db.inert import terminal_text

PROG = "modelatlas"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        """Usage errors: one line and the usage, exit 2 (argparse's convention)."""
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


class Declarations:
    """Stands in for the subparsers action while a command module's `register` declares its parser(s)."""

    def __init__(self, prog_prefix: str) -> None:
        self.prog_prefix = prog_prefix
        self.parsers: dict[str, argparse.ArgumentParser] = {}
        self.helps: dict[str, str | None] = {}

    def add_parser(self, name: str, **kwargs: Any) -> argparse.ArgumentParser:
        self.helps[name] = kwargs.pop("help", None)  # the top level lists the registry's help (a test compares)
        kwargs.setdefault("prog", f"{self.prog_prefix} {name}")
        parser = _Parser(**kwargs)
        self.parsers[name] = parser
        return parser


def declare(command: Command, common: argparse.ArgumentParser, prog_prefix: str = PROG) -> Declarations:
    """Import the command's module and let it declare its parser (and any sibling it declares with it)."""
    declarations = Declarations(prog_prefix)
    import_module(command.module).register(declarations, common)
    return declarations


class _CommandParser:
    """A command as the top level lists it; its options are declared, by importing its module, only when this
    command is parsed or its help printed, so no command pays for the others' imports.

    Not an ArgumentParser itself: building twenty of them (their gettext look-ups) cost more than parsing.
    Everything argparse asks of it is the declared parser's."""

    def __init__(self, *, prog: str, command: Command, common: argparse.ArgumentParser) -> None:
        self.prog = prog
        self._command = command
        self._common = common
        self._declared: argparse.ArgumentParser | None = None

    def declared(self) -> argparse.ArgumentParser:
        if self._declared is None:
            prog_prefix = self.prog.removesuffix(f" {self._command.name}")
            self._declared = declare(self._command, self._common, prog_prefix).parsers[self._command.name]
        return self._declared

    def __getattr__(self, name: str) -> Any:  # parse_known_args, format_help, print_usage...
        return getattr(self.declared(), name)


def common_options() -> argparse.ArgumentParser:
    """The options every command accepts after its name (they win over the same option before it)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--format", choices=("table", "json"), default=argparse.SUPPRESS,
                        help="output as an aligned table (default) or stable JSON")
    common.add_argument("--author", default=argparse.SUPPRESS, help="your name, recorded on every change")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = _Parser(prog=PROG, description="Model Atlas: an offline knowledge base about AI model openness, "
                     "licenses and policy. With no command, the desktop app starts.")
    parser.add_argument("--db", metavar="PATH", help="the atlas file to use (default: $MODELATLAS_DB, else your "
                        "data directory)")
    parser.add_argument("--format", choices=("table", "json"), default="table", help=argparse.SUPPRESS)
    parser.add_argument("--author", help=argparse.SUPPRESS)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # the stubs want an ArgumentParser subclass; argparse only needs the duck-typed methods _CommandParser forwards
    commands = parser.add_subparsers(dest="command", metavar="COMMAND",
                                     parser_class=_CommandParser)  # type: ignore[type-var]
    for command in COMMANDS:
        commands.add_parser(command.name, help=command.help, command=command, common=common)
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
    except sqlite3.Error as error:
        return _database_failure(error, ctx)
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
        if is_sqlalchemy_error(error):
            return _database_failure(error, ctx)
        if os.environ.get("MODELATLAS_DEBUG"):
            traceback.print_exc()
        return _fail(f"internal error ({type(error).__name__}: {error}); set MODELATLAS_DEBUG=1 for details",
                     code=70)
    finally:
        ctx.close()


def is_sqlalchemy_error(error: BaseException) -> bool:
    """Whether `error` is SQLAlchemy's (looked up without importing it: a command that never loaded it raised none)."""
    exc = sys.modules.get("sqlalchemy.exc")
    return exc is not None and isinstance(error, exc.SQLAlchemyError)


def _database_failure(error: Exception, ctx: CommandContext) -> int:
    from db.backend import explain

    problem = explain(error, ctx.target_path())
    return _fail(str(problem) if problem else f"database error: {getattr(error, 'orig', None) or error}")


def _fail(message: str, code: int = 1) -> int:
    sys.stderr.write(f"{PROG}: error: {terminal_text(' '.join(message.split()))}\n")
    return code


if __name__ == "__main__":
    raise SystemExit(main())
