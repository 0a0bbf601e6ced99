"""One-line errors of exporting, merging and resolving conflicts."""

from __future__ import annotations

from db.errors import AtlasError, DatabaseFileError
from db.jobs import JobCancelled


class ExchangeError(AtlasError):
    """An export or merge cannot go ahead (the message says why and what to do)."""


class IncomingFileError(DatabaseFileError):
    """An incoming file is not a sound Model Atlas export; nothing was changed."""


class MergeCancelled(ExchangeError, JobCancelled):
    """The user cancelled a merge; the transaction was rolled back."""


class ConflictError(ExchangeError):
    """A conflict cannot be resolved as asked (unknown conflict, unknown field, missing choices)."""
