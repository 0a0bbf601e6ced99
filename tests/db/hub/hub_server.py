"""The PostgreSQL server the hub tests run against: where its binaries are, and how to reach it."""

from __future__ import annotations

import glob
import shutil
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PORT = 5432  # only names the socket file inside the private folder: no clash with any other server
ADMIN = "atlas_admin"
LOGINS = {"alice": "alice-secret", "bob": "bob-secret", "carol": "carol-secret"}


def server_binaries() -> Path | None:
    """The newest PostgreSQL 15+ bin folder (Debian: /usr/lib/postgresql/NN/bin), else initdb on PATH."""
    found = []
    for initdb in glob.glob("/usr/lib/postgresql/*/bin/initdb"):
        version = Path(initdb).parents[1].name
        if version.isdigit() and int(version) >= 15:
            found.append((int(version), Path(initdb).parent))
    if found:
        return max(found)[1]
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path and shutil.which("pg_ctl") else None


@dataclass
class PgServer:
    folder: Path
    run_as: list[str]

    @property
    def socket(self) -> str:
        return str(self.folder)

    def url(self, database: str, user: str = ADMIN, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{user}{secret}@/{database}?host={self.socket}&port={PORT}"

    def admin(self, database: str = "postgres") -> Any:  # a psycopg connection (psycopg is imported lazily)
        import psycopg

        return psycopg.connect(self.url(database), autocommit=True)

    def create_database(self) -> str:
        name = f"hub_{uuid_module.uuid4().hex[:10]}"
        with self.admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return name
