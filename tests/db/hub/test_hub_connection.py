"""Reaching a hub the libpq way: URLs, connection strings, service names, .pgpass; passwords never shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from hub_server import PORT, PgServer

from db.hub import hub_status, init_hub
from db.hub.connection import conninfo, display_address
from db.hub.errors import HubAddressError


def test_a_service_name_and_a_connection_string_reach_the_hub(pg_server: PgServer, hub_database: str,
                                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    init_hub(pg_server.url(hub_database))
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[teamhub]\nhost={pg_server.socket}\nport={PORT}\ndbname={hub_database}\nuser=atlas_admin\n"
                        "sslmode=disable\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    assert hub_status("teamhub").role == "owner"
    assert hub_status("service=teamhub").hub_version == 0
    assert hub_status(f"host={pg_server.socket} port={PORT} dbname={hub_database} user=atlas_admin").role == "owner"
    with pytest.raises(HubAddressError, match="unknown service"):
        hub_status("no_such_service")


def test_passwords_are_taken_out_of_what_is_shown() -> None:
    assert display_address("postgresql://ana:s3cret@db.example.org/team?sslmode=verify-full") == \
        "postgresql://ana@db.example.org/team?sslmode=verify-full"
    assert "s3cret" not in display_address("host=db dbname=team password=s3cret")
    assert "s3cret" not in display_address("postgresql://ana@db/team?password=s3cret&sslmode=require")


def test_libpq_options_pass_through_with_a_connect_timeout() -> None:
    info = conninfo("postgresql://ana@db.example.org:6543/team?sslmode=verify-full&sslrootcert=/etc/ca.pem")
    assert "sslmode=verify-full" in info and "sslrootcert=/etc/ca.pem" in info and "connect_timeout=10" in info
    assert "port=6543" in info
