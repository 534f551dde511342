"""A team database on PostgreSQL: connecting by URL, the schema steps under a lock, refusal of a newer
database, and the test server itself (tests/postgres_server.py)."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import peewee
import psycopg
import pytest

from talentdesk import cli
from talentdesk.store import dialect, schema
from talentdesk.store.migrations import SchemaError, latest_version, steps
from talentdesk.store.models import ALL_MODELS
from tests import factories

ROOT = Path(__file__).resolve().parents[2]


def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as conn:
        rows = conn.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
        return {r[0] for r in rows}


def _version(url: str) -> str | None:
    with psycopg.connect(url) as conn:
        row = conn.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()
        return row[0] if row else None


# -- connecting ----------------------------------------------------------------------------------------
def test_the_url_reaches_libpq_whole_with_its_parameters(team_url):
    url = team_url + "?application_name=talentdesk-check"
    db = schema.open_team_database(url)
    try:
        assert db.execute_sql("SELECT current_setting('application_name')").fetchone()[0] == "talentdesk-check"
    finally:
        db.close()
    # sslmode=require against a server without SSL: libpq itself refuses, so the parameter reached it.
    with pytest.raises(peewee.OperationalError, match="SSL"):
        schema.open_team_database(team_url + "?sslmode=require")


def test_the_command_line_works_on_a_team_database(team_db, team_url, tmp_path, monkeypatch, capsys):
    factories.talent("Jürgen Müller")
    team_db.close()
    out = tmp_path / "talents.csv"
    assert cli.main(["--database", team_url, "export", "csv", "talents", "--out", str(out)]) == 0
    assert "Jürgen Müller" in out.read_text(encoding="utf-8-sig")
    # The environment variable names it as well; the local data folder is left alone.
    monkeypatch.setenv(dialect.ENV_DATABASE, team_url)
    again = tmp_path / "again.csv"
    assert cli.main(["export", "csv", "talents", "--out", str(again)]) == 0
    assert again.read_bytes() == out.read_bytes()
    assert not Path(os.environ["TALENTDESK_DATA_DIR"]).exists()


def test_an_unreachable_team_database_is_said_in_one_line(postgres_databases, capsys, tmp_path):
    url = "postgresql://nobody@127.0.0.1:1/nothing?connect_timeout=2"
    assert cli.main(["--database", url, "export", "csv", "talents", "--out", str(tmp_path / "x.csv")]) == 1
    said = capsys.readouterr().err.strip()
    assert said.startswith("talentdesk: cannot reach the team database nothing on 127.0.0.1:1:")
    assert "\n" not in said and "Traceback" not in said


def test_a_url_that_is_not_a_team_database_is_refused(capsys, tmp_path):
    assert cli.main(["--database", "/some/folder", "export", "csv", "talents", "--out", str(tmp_path / "x")]) == 1
    assert "postgresql:// URL" in capsys.readouterr().err


def test_a_password_is_never_shown_where_the_database_is_named():
    assert dialect.where("postgresql://ann:s3cret@db.example.org:6543/team?sslmode=require") == \
        "team on db.example.org:6543"


def test_a_password_kept_in_the_keyring_is_used_when_the_url_names_none(monkeypatch):
    import keyring

    asked = []
    monkeypatch.setattr(keyring, "get_password", lambda service, entry: asked.append((service, entry)) or "pw")
    db = dialect.team_database("postgresql://ann@db.example.org:6543/team")
    assert db.connect_params["password"] == "pw"
    assert asked == [(dialect.KEYRING_SERVICE, "ann@db.example.org:6543/team")]
    # A URL that holds its own password does not ask the keyring.
    asked.clear()
    assert "password" not in dialect.team_database("postgresql://ann:x@db.example.org/team").connect_params
    assert asked == []


# -- the schema steps --------------------------------------------------------------------------------
def test_an_empty_database_gets_every_step_and_the_models_tables(postgres_databases):
    url = postgres_databases.empty()
    db = schema.open_team_database(url)
    try:
        assert schema.schema_version(db) == latest_version()
        assert schema.layout_problems(db) == []
        expected = {m._meta.table_name for m in ALL_MODELS} | {"talent_fts", "message_fts"}
        assert _tables(url) == expected
    finally:
        db.close()


def test_two_clients_starting_together_migrate_once(postgres_databases):
    url = postgres_databases.empty()
    barrier = threading.Barrier(2)
    applied, errors = [], []

    def start():
        db = dialect.team_database(url)
        db.connect()
        try:
            barrier.wait()
            applied.append(schema.migrate_team(db))
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)
        finally:
            db.close()

    clients = [threading.Thread(target=start) for _ in range(2)]
    for client in clients:
        client.start()
    for client in clients:
        client.join(60)
    assert errors == []
    assert sorted(applied, key=len) == [[], list(range(1, latest_version() + 1))]
    assert _version(url) == str(latest_version())


def test_a_database_from_a_newer_talentdesk_is_refused_untouched(postgres_databases):
    url = postgres_databases.empty()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE database_info (key VARCHAR(255) PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO database_info VALUES ('schema_version', %s)", (str(latest_version() + 1),))
    with pytest.raises(SchemaError, match="newer TalentDesk"):
        schema.open_team_database(url)
    assert _tables(url) == {"database_info"}
    assert _version(url) == str(latest_version() + 1)


def test_a_step_that_fails_leaves_the_database_as_it_was(postgres_databases, monkeypatch):
    url = postgres_databases.empty()
    last = steps()[-1].module

    def broken(db):
        db.execute_sql('CREATE TABLE "half_done" ("id" INTEGER NOT NULL PRIMARY KEY)')
        raise RuntimeError("the step broke")

    monkeypatch.setattr(last, "apply", broken)
    with pytest.raises(RuntimeError, match="the step broke"):
        schema.open_team_database(url)
    assert _tables(url) == set()


def test_rows_written_before_a_rebuilt_table_keep_their_ids_and_new_ones_follow(team_db):
    person = factories.talent("Ann")
    first = factories.contract(person)
    assert factories.contract(person) == first + 1


# -- the test server -----------------------------------------------------------------------------------
def test_under_ci_a_missing_server_fails_the_tests_instead_of_skipping_them(tmp_path):
    """CI must run the PostgreSQL tests: a server that cannot be reached there is a failure, not a skip."""
    env = {**os.environ, "CI": "true", "TALENTDESK_TEST_DATABASE": "postgresql://nobody@127.0.0.1:1/x?connect_timeout=2"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "--no-header",
         f"{__file__}::test_a_password_is_never_shown_where_the_database_is_named",
         f"{__file__}::test_rows_written_before_a_rebuilt_table_keep_their_ids_and_new_ones_follow"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stdout
    assert "1 passed" in done.stdout and "1 error" in done.stdout
    assert "no PostgreSQL server for the team database tests" in done.stdout
