"""Exceptions whose message is fit to show a user as one clear line."""

from __future__ import annotations


class AtlasError(Exception):
    """Base of every error the core raises on purpose; its text is the user-facing message."""


class DatabaseFileError(AtlasError):
    """The file cannot be used as an atlas database (missing, not SQLite, corrupt, from another program)."""


class NewerSchemaError(DatabaseFileError):
    """The file was written by a newer Model Atlas than this one."""


class StorageError(AtlasError):
    """A change cannot be saved (a full or read-only disk, another program writing); nothing was changed."""


class NotFoundError(AtlasError):
    """No entry matches the given name or UUID."""


class AmbiguousError(AtlasError):
    """Several entries match a name; the message lists them."""


class ValidationError(AtlasError):
    """Values failed validation; `problems` maps each field to its message."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        summary = "; ".join(f"{field}: {message}" for field, message in self.problems.items())
        super().__init__(f"invalid values — {summary}")


class SeedError(AtlasError):
    """A seed file is wrong; the message names the file, line and reason."""
