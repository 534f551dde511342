"""Shared test setup: offscreen Qt, a fresh database file per test, no real user folders."""
from __future__ import annotations

import os
import shutil

# Before any Qt import: no display is needed, and none is used.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The program's language follows the system's; the tests read English words whatever this machine speaks.
os.environ.setdefault("TALENTDESK_LANGUAGE", "en")

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

# Property tests draw the same examples on every run, so a failure in the default run fails again on a rerun
# (and hypothesis prints the input to keep as a test). HYPOTHESIS_PROFILE=explore draws new examples each
# time, to hunt for more: HYPOTHESIS_PROFILE=explore bash packaging/dev.sh test -m slow -k properties
hypothesis_settings.register_profile("repeatable", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    """Point every per-user folder into a temporary place so tests never touch real ones."""
    home = tmp_path_factory.mktemp("home")
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.setenv("TALENTDESK_DATA_DIR", str(home / "talentdesk-data"))


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application, with what the program's start gives every application: the plural forms
    of its counts and the date fields' format."""
    from talentdesk.app import date_fields, translation

    translation.install(qapp)
    date_fields.install(qapp)
    return qapp


@pytest.fixture(autouse=True)
def _default_date_format():
    """The date format chosen in a folder's settings is kept per process while it is open; reset it."""
    yield
    from talentdesk import formatting

    formatting.set_date_format("system")


@pytest.fixture(autouse=True)
def _no_passphrase_between_tests():
    """An encrypted folder's passphrase is kept per process; never let it leak into the next test."""
    yield
    from talentdesk.store import cipher

    cipher.lock()


@pytest.fixture
def held_clock(monkeypatch):
    """The review queue's "now" held at the moment the test starts.

    A question's working-time wait grows by the minute, so two exports of the same record taken a minute
    apart differ in it; a test comparing a record before and after a copy holds the clock still.
    """
    from talentdesk.services import review_rules

    held = review_rules.now_utc()
    monkeypatch.setattr(review_rules, "now_utc", lambda: held)
    return held


@pytest.fixture
def data_dir(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


ENGINES = ("sqlite", "postgresql")
# The suites of the services, the rules, the importers, the exporters and the reports' data: each of
# their tests that opens ``db`` runs on both engines (the id says which: test_x[postgresql]).
BOTH_ENGINES = {
    "test_services", "test_bench_service", "test_bench_hours", "test_workroom_services", "test_terms",
    "test_corrections", "test_interactions", "test_people_merge", "test_raises", "test_payment_contracts",
    "test_budget_milestones_chains", "test_money_rules", "test_offboarding_rules", "test_relationship_agreement",
    "test_resolve", "test_timeline", "test_timeline_chart_scores", "test_review_session", "test_review_rules",
    "test_interchange_csv", "test_interchange_upwork", "test_interchange_vcard", "test_interchange_exports",
    "test_report_data", "test_history", "test_atomicity", "test_exchange", "test_tax_year", "test_my_record",
    "test_planner", "test_authors", "test_kept_figures", "test_preferences", "test_files",
}


def pytest_generate_tests(metafunc):
    package, _, module = metafunc.module.__name__.rpartition(".")
    # The unit suites only: a window under test opens its data folder, not the team database.
    if package.endswith("unit") and module in BOTH_ENGINES and "db" in metafunc.fixturenames \
            and not any(m.name == "parametrize" and "engine" in str(m.args[0]) for m in metafunc.definition.iter_markers()):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture
def engine(request):
    """The engine ``db`` opens: the local SQLite file, unless a test is parametrized over ``ENGINES``
    (``@pytest.mark.parametrize("engine", ENGINES, indirect=True)``, or a suite listed in BOTH_ENGINES)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def _fresh_database_file(tmp_path_factory):
    """A database made from nothing by the migrations, once a session: each test's ``db`` starts from a copy
    of its bytes (migrating from nothing costs some 0.2 s a test; a copy, a millisecond)."""
    from talentdesk.store.schema import DATABASE_FILE, open_database

    folder = tmp_path_factory.mktemp("fresh-database")
    open_database(folder).close()
    assert [p.name for p in folder.iterdir()] == [DATABASE_FILE]  # closed whole: no write-ahead log beside it
    return folder / DATABASE_FILE


@pytest.fixture
def db(data_dir, engine, request):
    """A fresh database: a file (not :memory:, so the task runner's thread sees the same data), or on
    the PostgreSQL side a fresh team database of this test's own (``team_db``)."""
    from talentdesk.store.schema import DATABASE_FILE, open_database

    if engine == "postgresql":
        yield request.getfixturevalue("team_db")
        return
    shutil.copyfile(request.getfixturevalue("_fresh_database_file"), data_dir / DATABASE_FILE)
    database = open_database(data_dir)
    yield database
    database.close()


@pytest.fixture
def us_english(qapp):
    """Fixed US English formats, so that amounts and dates in a test can be written down."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def where_args(engine, data_dir, request) -> list[str]:
    """The command line's arguments naming the database ``db`` opened: the folder, and the team database."""
    if engine == "postgresql":
        return ["--data-dir", str(data_dir), "--database", request.getfixturevalue("team_url")]
    return ["--data-dir", str(data_dir)]


# -- a team database on a real PostgreSQL server -----------------------------------------------------------
@pytest.fixture(scope="session")
def postgres_databases():
    """Fresh databases on a real PostgreSQL server (tests/postgres_server.py). Without a server the
    PostgreSQL tests are skipped, saying why; under CI=true they fail instead: CI must run them."""
    from tests import postgres_server

    server = None
    url = os.environ.get(postgres_server.ENV_TEST_DATABASE)
    try:
        if not url:
            server = postgres_server.LocalServer()
            url = server.start()
        databases = postgres_server.Databases(url)
    except Exception as exc:  # noqa: BLE001 - any reason the server is not there is said in one line
        if server is not None:
            server.stop()
        reason = f"no PostgreSQL server for the team database tests: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason, pytrace=False)
        pytest.skip(reason)
    yield databases
    databases.close()
    if server is not None:
        server.stop()


@pytest.fixture
def team_url(postgres_databases):
    """The URL of a fresh, migrated, empty team database of this test's own."""
    url = postgres_databases.migrated()
    yield url
    postgres_databases.drop(url)


@pytest.fixture
def team_db(team_url, data_dir):
    """A fresh team database on PostgreSQL, bound like ``db`` binds a local file (``data_dir`` holds its
    stored files)."""
    from talentdesk.store.schema import open_team_database

    database = open_team_database(team_url, folder=data_dir)
    yield database
    database.close()
