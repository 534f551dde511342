"""A team database shared live, on a real PostgreSQL server: other members' changes reach the open window,
a session the server ends is said, leaves nothing half written and is opened again, and a role that may
only read has every write refused saying why."""
from __future__ import annotations

import os
from contextlib import contextmanager

import psycopg
import pytest
from PySide6.QtCore import Qt

from talentdesk.app import team_link
from talentdesk.app.errors import error_text
from talentdesk.launcher import build_window
from talentdesk.services import talents
from talentdesk.store.db import database
from talentdesk.store.schema import open_team_database
from talentdesk.views.bench.model import COLUMNS
from tests import factories, postgres_server

WAIT = 20_000  # ms: the most any step below may take on a loaded machine


@contextmanager
def _window(qtbot, data_dir, team_url):
    """The window on the team database, its first rows loaded and its listener connected; closed after."""
    window = build_window(data_dir, team_url)
    qtbot.addWidget(window)
    window.show()
    window.show_view("bench")
    try:
        qtbot.waitUntil(lambda: not window.ctx.runner.busy(), timeout=WAIT)
        qtbot.waitUntil(lambda: window.ctx.link.listener.up is True, timeout=WAIT)
        yield window
    finally:
        window.ctx.runner.wait()
        window.close()


def _add_person(qtbot, window, name: str = "Kim Lee"):
    """Ask the window's runner to add a person: (their id, None), or (None, the error it answered)."""
    done, failed = [], []
    window.ctx.runner.write(talents.create_talent, talents.TalentInput(name=name), on_done=done.append,
                            on_error=failed.append)
    qtbot.waitUntil(lambda: bool(done or failed), timeout=WAIT)
    return (done or [None])[0], (failed or [None])[0]


def _name_shown(window, talent_id: int) -> str | None:
    model = window.screens["bench"].model
    row = model.row_of(talent_id)
    if row < 0:
        return None
    return model.data(model.index(row, COLUMNS.index("name")), Qt.DisplayRole)


def _talents(url: str) -> list[str]:
    with psycopg.connect(url) as other:
        return [name for (name,) in other.execute("SELECT name FROM talent ORDER BY id").fetchall()]


def test_a_change_another_member_makes_reaches_the_bus_and_the_open_bench(qtbot, team_db, team_url, data_dir):
    ana = factories.talent("Ana Souza")
    team_db.close()
    with _window(qtbot, data_dir, team_url) as window:
        qtbot.waitUntil(lambda: _name_shown(window, ana) == "Ana Souza", timeout=WAIT)
        heard = []
        window.ctx.bus.changed.connect(heard.append)
        with psycopg.connect(team_url, autocommit=True) as other:
            other.execute("UPDATE talent SET name = 'Ana Lima' WHERE id = %s", (ana,))
        qtbot.waitUntil(lambda: any(c.rows_of("talent") is not None and ana in c.rows_of("talent").changed
                                    for c in heard), timeout=WAIT)
        qtbot.waitUntil(lambda: _name_shown(window, ana) == "Ana Lima", timeout=WAIT)


def test_the_windows_own_write_is_announced_once_not_again_by_the_server(qtbot, team_db, team_url, data_dir):
    team_db.close()
    with _window(qtbot, data_dir, team_url) as window:
        heard = []
        window.ctx.bus.changed.connect(heard.append)
        kim, _ = _add_person(qtbot, window)
        # A later write by someone else: once it has arrived, any notice of the window's own write would have too.
        with psycopg.connect(team_url, autocommit=True) as other:
            other.execute("UPDATE talent SET headline = 'Designer' WHERE id = %s", (kim,))
        qtbot.waitUntil(lambda: any(c.rows_of("talent") is not None and kim in c.rows_of("talent").changed
                                    for c in heard), timeout=WAIT)
        # The window's write (said by the runner when it finished) and the other member's: no third from the server.
        assert len([c for c in heard if c.touches("talent")]) == 2


def test_a_session_the_server_ends_mid_write_saves_nothing_says_so_and_reconnects(qtbot, team_db, team_url, data_dir):
    factories.talent("Ana Souza")
    team_db.close()
    with _window(qtbot, data_dir, team_url) as window, psycopg.connect(team_url, autocommit=True) as admin:
        def two_people_with_the_session_ended_between():
            talents.create_talent(talents.TalentInput(name="First Half"))
            session = database.obj.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
            admin.execute("SELECT pg_terminate_backend(%s)", (session,))
            talents.create_talent(talents.TalentInput(name="Second Half"))

        failed, done = [], []
        window.ctx.runner.write(two_people_with_the_session_ended_between, on_done=done.append,
                                on_error=lambda exc: failed.append((exc, window.team_banner.isVisibleTo(window),
                                                                    window.team_banner.text())))
        qtbot.waitUntil(lambda: bool(failed or done), timeout=WAIT)
        assert not done
        error, banner_shown, banner = failed[0]
        assert error_text(error) == error_text(team_link.TeamUnavailable(team_link.NOT_SAVED))
        assert banner_shown and "cannot be reached" in banner  # said at once, beside the refusal
        assert _talents(team_url) == ["Ana Souza"]  # nothing of it written
        # The window reconnects by itself and says so; the next write is saved.
        qtbot.waitUntil(lambda: window.ctx.link.online, timeout=WAIT)
        assert not window.team_banner.isVisibleTo(window)
        assert window.statusBar().currentMessage() == "Connected to the team database again."
        assert window.action_new_talent.isEnabled()
        assert _add_person(qtbot, window)[1] is None
        assert _talents(team_url) == ["Ana Souza", "Kim Lee"]


@pytest.fixture
def own_server():
    """A server of this test's own, to stop and start again (the shared one serves every other test)."""
    server = None
    try:
        server = postgres_server.LocalServer()
        admin_url = server.start()
        databases = postgres_server.Databases(admin_url)
    except postgres_server.ServerUnavailable as exc:
        if server is not None:
            server.stop()
        reason = f"no PostgreSQL server of its own could be started: {exc}"
        if os.environ.get("CI") == "true":  # as for the shared server: CI must run it
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    yield server, databases
    try:  # the test stopped and started the server: its sessions were ended
        databases.admin.close()
        databases.admin = psycopg.connect(databases.admin_url, autocommit=True)
        databases.close()
    except psycopg.Error:  # a test that failed while the server was stopped: its folder goes below
        pass
    server.stop()


def test_while_the_server_is_stopped_the_window_reads_refuses_writes_and_comes_back(qtbot, own_server, data_dir):
    server, databases = own_server
    url = databases.migrated()
    open_team_database(url, folder=data_dir)
    ana = factories.talent("Ana Souza")
    database.obj.close()
    with _window(qtbot, data_dir, url) as window:
        qtbot.waitUntil(lambda: _name_shown(window, ana) == "Ana Souza", timeout=WAIT)
        server.pause()
        qtbot.waitUntil(lambda: not window.ctx.link.online, timeout=WAIT)
        assert window.team_banner.isVisibleTo(window)
        assert "cannot be reached" in window.team_banner.text()
        assert window.data_place.text().endswith("not connected")
        assert not any(action.isEnabled() for action in window.write_actions() + [window.screens["bench"].act_new])
        window.show_view("timeline")  # a screen that asks the server: its read fails quietly
        window.show_view("bench")
        assert _name_shown(window, ana) == "Ana Souza"  # what was loaded stays readable
        _, refused = _add_person(qtbot, window)
        assert error_text(refused) == error_text(team_link.TeamUnavailable(team_link.OFFLINE))
        server.resume()
        qtbot.waitUntil(lambda: window.ctx.link.online, timeout=2 * WAIT)
        assert not window.team_banner.isVisibleTo(window)
        assert window.statusBar().currentMessage() == "Connected to the team database again."
        assert window.screens["bench"].act_new.isEnabled()
        assert _add_person(qtbot, window)[1] is None
        assert _talents(url) == ["Ana Souza", "Kim Lee"]


@pytest.fixture
def reader_url(team_url, postgres_databases):
    """The team database's URL as a role given SELECT only (as the README tells an owner to make one)."""
    with postgres_server.member(team_url, "reader", "GRANT USAGE ON SCHEMA public TO {role}",
                                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}") as url:
        yield url


def test_a_role_that_may_only_read_opens_read_only_with_every_write_refused(qtbot, team_db, team_url, reader_url,
                                                                           data_dir):
    ana = factories.talent("Ana Souza")
    team_db.close()
    with _window(qtbot, data_dir, reader_url) as window:
        assert window.ctx.link.read_only
        qtbot.waitUntil(lambda: _name_shown(window, ana) == "Ana Souza", timeout=WAIT)
        assert window.team_banner.isVisibleTo(window)
        assert "lets you read only" in window.team_banner.text()
        assert window.data_place.text().endswith("read only")
        bench = window.screens["bench"]
        bench.select_talent(ana)
        assert bench.selected_ids() == [ana]
        for action in window.write_actions() + [window.action_undo, window.action_redo, bench.act_new, bench.act_edit,
                                                bench.act_favourite, bench.act_log]:
            assert not action.isEnabled(), action.text()
        assert bench.act_pdf.isEnabled()  # reading goes on: a dossier can still be printed
        _, refused = _add_person(qtbot, window)
        assert error_text(refused).startswith("This team database lets you read only")
        assert _talents(team_url) == ["Ana Souza"]


def test_a_role_with_every_right_is_not_read_only(qtbot, team_db, team_url, data_dir):
    team_db.close()
    with _window(qtbot, data_dir, team_url) as window:
        assert not window.ctx.link.read_only
        assert not window.team_banner.isVisibleTo(window)
        undo_redo = (window.action_undo, window.action_redo)  # off with nothing to undo, whoever writes
        assert all(action.isEnabled() for action in window.write_actions() if action not in undo_redo)
        assert window.ctx.writes.allowed() and not window.ctx.writes.why_not()
