"""The commands the CLI knows: name, one-line help and the module that declares its options and runs it.

The top-level parser is built from this table alone, so `modelatlas --help` and every command that runs import
only the one command module they need (a command's options are declared by its module's `register`, imported when
that command is parsed). tests/db/test_cli_imports.py checks that each line here agrees with its module.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    module: str
    """The module whose `register(commands, common)` declares the command's parser and whose `run` runs it."""


def _command(name: str, help: str, module: str | None = None) -> Command:
    return Command(name, help, f"db.cli.cmd_{module or name}")


COMMANDS: tuple[Command, ...] = (
    _command("init", "create a new atlas file (from the seed)"),
    _command("info", "show the database file, schema and counts"),
    _command("list", "list entries of one kind"),
    _command("show", "show everything about one entry"),
    _command("tag", "add tags to an entry"),
    _command("untag", "remove tags from an entry", module="tag"),
    _command("evaluate", "record your evaluation of an entry"),
    _command("export", "export the atlas (or part of it) to share"),
    _command("merge", "merge an .atlas export into this atlas"),
    _command("conflicts", "list conflicts left by merges"),
    _command("resolve", "resolve a conflict left by a merge"),
    _command("backup", "back up the atlas (the newest 5 backups are kept)"),
    _command("compare", "compare 2 to 6 entries side by side"),
    _command("tags", "list, rename, merge, recolor or delete tags"),
    _command("check", "which models a use case may use, under which duties"),
    _command("rules", "which policy rules bind a model's maker, and why"),
    _command("import", "import a public catalog (files or folders)"),
    _command("review", "list or resolve uncertain import matches"),
    _command("search", "search everything by keyword (see README: Search)"),
    _command("reindex", "rebuild the search index"),
    _command("searches", "list saved searches"),
    _command("history", "the versions of an entry, newest first"),
    _command("restore", "restore an entry to one of its versions"),
    _command("snapshot", "create, list or delete named snapshots"),
    _command("diff", "what changed between two snapshots, now or .atlas files"),
    _command("verify", "mark an entry verified against its sources"),
    _command("hub", "create, manage and inspect a team hub (PostgreSQL)"),
    _command("sync", "sync this atlas with a team hub (PostgreSQL)"),
)
