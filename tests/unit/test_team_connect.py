"""Checking a team database's details before connecting (services/team_database.py): each failure names the
detail to fix and says what to do next, on a real server."""
from __future__ import annotations

import socket
from urllib.parse import urlsplit

import psycopg
import pytest

from talentdesk.services import team_database
from talentdesk.services.errors import ValidationError
from talentdesk.store.migrations import latest_version


def _details(url: str, **changed) -> team_database.Details:
    details, _password = team_database.details_of(url)
    return team_database.Details(**{**details.__dict__, **changed})


def _refused(details, password="") -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        team_database.check(details, password)
    return caught.value


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # free again once closed: nobody listens there


def test_a_team_database_in_use_and_an_empty_one_are_both_accepted(postgres_databases):
    used = team_database.check(_details(postgres_databases.migrated()))
    assert not used.empty and " on 127.0.0.1:" in used.where
    assert team_database.check(_details(postgres_databases.empty())).empty


def test_a_server_that_cannot_be_reached_is_said_at_the_server(postgres_databases):
    error = _refused(_details(postgres_databases.migrated(), host="127.0.0.1", port=_closed_port()))
    assert error.field == "server" and "cannot be reached" in str(error.message)


def test_a_missing_database_is_said_at_the_database(postgres_databases):
    error = _refused(_details(postgres_databases.migrated(), database="no_such_team"))
    assert error.field == "database" and "does not exist on this server" in str(error.message)


def test_a_database_of_another_program_is_refused(postgres_databases):
    url = postgres_databases.empty()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    error = _refused(_details(url))
    assert error.field == "database" and "not a TalentDesk database" in str(error.message)


def test_a_database_from_a_newer_talentdesk_is_refused_untouched(postgres_databases):
    url = postgres_databases.migrated()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE database_info SET value = %s WHERE key = 'schema_version'", (str(latest_version() + 1),))
    error = _refused(_details(url))
    assert error.field == "database" and "newer TalentDesk" in str(error.message)
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()[0] == \
            str(latest_version() + 1)


def test_missing_details_are_said_before_asking_the_server():
    error = _refused(team_database.Details("db.example.com", 5432, "team", " "))
    assert error.field == "user name"


def test_a_pasted_address_gives_its_details_and_its_password_apart():
    details, password = team_database.details_of("postgresql://ana:s3cret@db.example.com:6432/crew?sslmode=require")
    assert details == team_database.Details("db.example.com", 6432, "crew", "ana", "require")
    assert password == "s3cret"
    assert details.url() == "postgresql://ana@db.example.com:6432/crew?sslmode=require"
    assert "s3cret" not in team_database.without_password("postgresql://ana:s3cret@db.example.com/crew")
    with pytest.raises(ValidationError) as caught:
        team_database.details_of("mysql://db.example.com/crew")
    assert caught.value.field == "address"


def test_the_built_address_reaches_the_same_server(postgres_databases):
    url = postgres_databases.migrated()
    parts = urlsplit(url)
    details = team_database.Details(parts.hostname, parts.port, parts.path.lstrip("/"), parts.username)
    assert team_database.check(details).where == team_database.check(_details(url)).where
