"""The store's side of a live team database, on a real PostgreSQL server: what a write announces, a session
the server ended, and a role's rights."""
from __future__ import annotations

import psycopg
import pytest

from talentdesk.store import dialect, team_live
from tests import factories


def _notices(listening, statement: str, params=()) -> list[team_live.Notice]:
    """What ``statement``, run by another session, announces to ``listening`` (a psycopg connection)."""
    with psycopg.connect(listening.info.dsn, autocommit=True) as other:
        other.execute(statement, params)
        pid = other.info.backend_pid
    # Notices of this test's own setup (the factories' inserts) may come first: they are skipped.
    for n in listening.notifies(timeout=5):
        if n.pid == pid:
            return [team_live.parse(n.payload, n.pid)]
    return []


@pytest.fixture
def listening(team_db, team_url):
    with psycopg.connect(team_url, autocommit=True) as conn:
        conn.execute(f"LISTEN {team_live.CHANNEL}")
        yield conn


def test_a_statement_announces_its_table_operation_and_rows(listening):
    ana, kim = factories.talent("Ana Souza"), factories.talent("Kim Lee")
    [notice] = _notices(listening, "UPDATE talent SET headline = 'Designer' WHERE id IN (%s, %s)", (ana, kim))
    assert (notice.table, notice.op, sorted(notice.ids)) == ("talent", "update", sorted([ana, kim]))
    assert notice.images() == [(row, True, True) for row in notice.ids]
    [notice] = _notices(listening, "DELETE FROM talent WHERE id = %s", (kim,))
    assert (notice.op, notice.ids, notice.images()) == ("delete", (kim,), [(kim, True, False)])


def test_a_statement_that_changes_nothing_announces_nothing(listening):
    assert _notices(listening, "UPDATE talent SET name = 'x' WHERE id = -1") == []


def test_past_the_most_ids_a_statement_names_its_table_only(listening, team_db):
    factories.talent("Ana Souza")
    columns = ", ".join(sorted(dialect.column_names(team_db, "talent") - {"id", "uuid"}))
    statement = (f"INSERT INTO talent (uuid, {columns}) SELECT gen_random_uuid()::text, {columns} "
                 "FROM talent, generate_series(1, %s)")
    [notice] = _notices(listening, statement, (team_live.MOST_IDS + 1,))
    assert (notice.table, notice.op, notice.ids) == ("talent", "insert", None)
    [notice] = _notices(listening, "DELETE FROM talent WHERE id IN (SELECT id FROM talent LIMIT %s)",
                        (team_live.MOST_IDS,))
    assert len(notice.ids) == team_live.MOST_IDS


def test_a_session_the_server_ended_is_opened_again_for_the_next_statement(team_db, team_url):
    factories.talent("Ana Souza")
    with psycopg.connect(team_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (team_db.connection().info.backend_pid,))
    # A read outside a transaction is asked again on a new session; the program's sessions are known.
    assert team_db.execute_sql("SELECT count(*) FROM talent").fetchone()[0] == 1
    assert team_db.connection().info.backend_pid in team_db.sessions
    with psycopg.connect(team_url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (team_db.connection().info.backend_pid,))
    # A write is never sent twice: it fails, said as the server out of reach; the next one opens a new session.
    with pytest.raises(Exception) as failed:
        team_db.execute_sql("UPDATE talent SET headline = 'x'")
    assert team_live.connection_lost(failed.value)
    team_db.execute_sql("UPDATE talent SET headline = 'y'")
    assert team_live.probe(team_db)


def test_a_statement_that_fails_on_its_own_is_not_a_lost_server(team_db):
    with pytest.raises(Exception) as failed:
        team_db.execute_sql("SELECT * FROM no_such_table")
    assert not team_live.connection_lost(failed.value)


def test_the_owner_may_write(team_db):
    assert team_live.may_write(team_db)
