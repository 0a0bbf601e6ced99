"""The `modelatlas` command: a subcommand runs headless; no command starts the desktop app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from db.cli.main import main as cli_main


def start_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_app  # Qt is imported only when the window is wanted

    return run_app(db_path=args.db, author=args.author)


def main(argv: Sequence[str] | None = None) -> int:
    return cli_main(sys.argv[1:] if argv is None else argv, no_command=start_gui)


if __name__ == "__main__":
    raise SystemExit(main())
