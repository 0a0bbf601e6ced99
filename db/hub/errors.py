"""One-line errors of the team hub: each says what went wrong and that nothing was changed here."""

from __future__ import annotations

from db.errors import AtlasError
from db.jobs import JobCancelled


class HubError(AtlasError):
    """A hub operation cannot go ahead; nothing was changed in the local atlas."""


class HubAddressError(HubError):
    """The hub's address is not a postgresql:// URL, a libpq connection string or a service name."""


class HubConnectionError(HubError):
    """The server cannot be reached, or the connection dropped in the middle."""


class HubLoginError(HubError):
    """The server refused the login (password, unknown role, pg_hba.conf)."""


class HubPermissionError(HubError):
    """The server refused an action the role has no grant for (a viewer pushing, an editor granting roles)."""


class NotAHubError(HubError):
    """The database is reachable but is not a Model Atlas hub."""


class HubSchemaError(HubError):
    """The hub's schema is newer (install a newer Model Atlas) or older (an owner runs `hub init`) than this app."""


class HubSyncCancelled(HubError, JobCancelled):
    """The user cancelled a sync; both sides were rolled back."""
