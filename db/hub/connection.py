"""Reaching a hub by libpq's conventions, and turning the server's refusals into one clear line each.

An address is a `postgresql://` (or `postgres://`) URL, a libpq connection string (`host=… dbname=…`) or a service
name from `pg_service.conf` (a bare word, or `service=NAME`). Passwords come from where libpq looks: `PGPASSFILE` /
`~/.pgpass`, `PGPASSWORD`, or the URL itself for one run; `sslmode`, `sslrootcert` and the client certificates are
libpq options of the URL too. The app never stores a password: `display_address` is what may be shown or saved.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from db.hub.errors import (
    HubAddressError,
    HubConnectionError,
    HubError,
    HubLoginError,
    HubPermissionError,
)

if TYPE_CHECKING:
    import psycopg

SERVICE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,62}$")
CONNECT_TIMEOUT_S = "10"
APPLICATION_NAME = "modelatlas"


def conninfo(address: str) -> str:
    """The libpq connection string for an address, checked (raises HubAddressError with the reason)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    text = address.strip()
    if not text:
        raise HubAddressError("no hub address given; use postgresql://USER@HOST/DATABASE or a service name")
    if "://" in text:
        scheme = text.split("://", 1)[0].lower()
        if scheme not in ("postgresql", "postgres"):
            raise HubAddressError(f"{scheme}:// is not a PostgreSQL address; a hub address starts with "
                                  "postgresql:// (or is a service name)")
    elif SERVICE_NAME.match(text):
        text = f"service={text}"
    elif "=" not in text:
        raise HubAddressError(f"{redact(text)!r} is not a hub address: use postgresql://USER@HOST/DATABASE, "
                              "a connection string or a service name")
    try:
        params: dict[str, Any] = conninfo_to_dict(text)
    except Exception as error:  # psycopg reports a malformed URL as ProgrammingError
        raise HubAddressError(f"bad hub address {redact(text)!r}: {_first_line(error)}") from None
    params.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
    params.setdefault("application_name", APPLICATION_NAME)
    try:
        return make_conninfo(**params)
    except Exception as error:
        raise HubAddressError(f"bad hub address {redact(text)!r}: {_first_line(error)}") from None


def redact(address: str) -> str:
    """The address without any password in it (URL user info, `password=` of a connection string or query)."""
    text = re.sub(r"(://[^:/@?#]*):[^@/?#]*@", r"\1@", address)
    return re.sub(r"(?i)(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^\s&]*)", r"\1***", text)


def display_address(address: str) -> str:
    """What may be shown, logged or remembered for an address: it never holds a password."""
    return redact(address.strip())


def connect(address: str, *, autocommit: bool = False) -> psycopg.Connection:
    """An open connection to the hub, or a HubError naming why not."""
    import psycopg

    info = conninfo(address)
    try:
        connection = psycopg.connect(info, autocommit=autocommit)
    except psycopg.OperationalError as error:
        raise connect_error(error, address) from None
    except psycopg.Error as error:
        raise HubConnectionError(f"cannot connect to the hub {display_address(address)}: {_first_line(error)}") \
            from None
    from psycopg.types.string import TextLoader

    for name in ("json", "jsonb"):  # JSON stays the very text a laptop pushed (merges compare it canonically)
        connection.adapters.register_loader(name, TextLoader)
    return connection


def connect_error(error: Exception, address: str) -> HubError:
    """The one line for a failed connection: refused login, unknown database, unreachable server."""
    where = display_address(address)
    text = _first_line(error)
    lowered = str(error).lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered \
            or "authentication failed" in lowered or "pg_hba.conf" in lowered:
        return HubLoginError(f"the hub {where} refused the login: {text} (libpq reads passwords from PGPASSFILE or "
                             "~/.pgpass; nothing was changed)")
    if re.search(r'role ".*" does not exist', lowered):
        return HubLoginError(f"the hub {where} refused the login: {text} (ask the hub's owner for a login role)")
    if re.search(r'database ".*" does not exist', lowered):
        return HubConnectionError(f"no such database on the server: {text} ({where})")
    if "permission denied" in lowered:
        return HubPermissionError(f"the hub {where} refused the connection: {text}")
    if "service" in lowered and ("definition" in lowered or "not found" in lowered):
        return HubAddressError(f"unknown service in {where}: {text} (services are read from PGSERVICEFILE or "
                               "~/.pg_service.conf)")
    return HubConnectionError(f"cannot reach the hub {where}: {text}")


def _first_line(error: BaseException) -> str:
    lines = [line.strip() for line in str(error).strip().splitlines() if line.strip()]
    text = lines[0] if lines else type(error).__name__
    if "FATAL:" in text:  # "connection failed: connection to server on socket … failed: FATAL: the reason"
        text = text.rsplit("FATAL:", 1)[1]
    return text.removeprefix("ERROR:").strip()


def first_line(error: BaseException) -> str:
    """The server's message, one line, without libpq's severity prefix."""
    return _first_line(error)
