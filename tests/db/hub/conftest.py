"""A real PostgreSQL server for the hub tests: initdb into a temporary folder, a Unix socket there (no TCP port),
three login roles with passwords read from a .pgpass file, one fresh database per test, stopped at the end.

Runs as root too (CI): initdb refuses root, so the server then runs as the `postgres` user (or `nobody`).
Skips only when the server binaries are missing on this machine; `.ci/run` installs them.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hub_server import ADMIN, LOGINS, PORT, PgServer, server_binaries


def _run(command: list[str], run_as: list[str]) -> None:
    subprocess.run([*run_as, *command], check=True, capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) are not installed here; "
                    "`apt-get install postgresql` (as .ci/run does) to run the hub tests")
    pytest.importorskip("psycopg", reason="psycopg 3 is a dependency of Model Atlas; `pip install -e .`")
    folder = Path(tempfile.mkdtemp(prefix="atlas-pg-", dir="/tmp"))  # short: a socket path has ~100 bytes
    run_as: list[str] = []
    if os.geteuid() == 0:  # initdb and postgres refuse to run as root: use an unprivileged account
        user = "postgres" if _has_user("postgres") else "nobody"
        shutil.chown(folder, user)
        run_as = ["runuser", "-u", user, "--"]
    data = folder / "data"
    try:
        _run([str(binaries / "initdb"), "-D", str(data), "-U", ADMIN, "-A", "trust", "-E", "UTF8",
              "--locale=C.UTF-8", "--no-sync"], run_as)
        (data / "pg_hba.conf").write_text(f"local all {ADMIN} trust\nlocal all all scram-sha-256\n")
        options = (f"-k {folder} -p {PORT} -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_connections=60")
        _run([str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"), "-w",
              "-t", "60", "start"], run_as)
    except subprocess.CalledProcessError as error:
        log = folder / "server.log"
        shutil.rmtree(folder, ignore_errors=True)
        pytest.fail(f"could not start PostgreSQL: {error.stderr or error.stdout} "
                    f"{log.read_text() if log.exists() else ''}")
    server = PgServer(folder, run_as)
    try:
        with server.admin() as connection:
            for login, password in LOGINS.items():
                connection.execute(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'")
        pgpass = folder / "pgpass"
        pgpass.write_text("".join(f"*:*:*:{login}:{password}\n" for login, password in LOGINS.items()))
        pgpass.chmod(0o600)
        yield server
    finally:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            _run([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], run_as)
        shutil.rmtree(folder, ignore_errors=True)


def _has_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@pytest.fixture(autouse=True)
def _pgpass(pg_server: PgServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """Passwords come from a .pgpass file, the libpq way; nothing else in the environment names a server."""
    monkeypatch.setenv("PGPASSFILE", str(pg_server.folder / "pgpass"))
    for variable in ("PGPASSWORD", "PGSERVICE", "PGHOST", "PGPORT", "PGUSER", "PGDATABASE"):
        monkeypatch.delenv(variable, raising=False)


@pytest.fixture
def hub_database(pg_server: PgServer) -> str:
    """An empty database of its own for one test."""
    return pg_server.create_database()
