"""Migrations: migrated equals fresh, newer databases are refused, nothing is lost."""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from talentdesk.store import migrations
from talentdesk.store.db import make_database
from talentdesk.store.migrations import SchemaError
from talentdesk.store.schema import DATABASE_FILE, create_from_models, migrate, open_database, schema_version

FIXTURES = Path(__file__).parent / "fixtures"


def schema_of(path: Path) -> list[tuple]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
        described = [(t, n, tb, " ".join((sql or "").split())) for t, n, tb, sql in rows]
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                   "AND name NOT LIKE 'sqlite_%' ORDER BY name"):
            described.append(("columns", table, con.execute(f'PRAGMA table_info("{table}")').fetchall()))
            described.append(("fks", table, con.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()))
        return described
    finally:
        con.close()


def test_migrated_database_equals_fresh_one(tmp_path):
    fresh, migrated = tmp_path / "fresh.sqlite3", tmp_path / "migrated.sqlite3"
    db = make_database(fresh)
    create_from_models(db)
    db.close()
    db = make_database(migrated)
    assert migrate(db) == list(range(1, migrations.latest_version() + 1))
    db.close()
    assert schema_of(migrated) == schema_of(fresh)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_database_is_refused_and_untouched(tmp_path):
    folder = tmp_path / "data"
    open_database(folder).close()
    path = folder / DATABASE_FILE
    con = sqlite3.connect(path)
    con.execute("UPDATE database_info SET value = ? WHERE key = 'schema_version'", (str(migrations.latest_version() + 1),))
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = _digest(path)
    with pytest.raises(SchemaError, match="newer TalentDesk"):
        open_database(folder)
    assert _digest(path) == before


def test_a_file_that_is_not_ours_is_refused(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    con = sqlite3.connect(folder / DATABASE_FILE)
    con.execute("CREATE TABLE something_else (x)")
    con.commit()
    con.close()
    with pytest.raises(SchemaError, match="not a TalentDesk database"):
        open_database(folder)


def _released_fixtures() -> list[Path]:
    return sorted(FIXTURES.glob("v*.sqlite3"))


# The schemas a release of TalentDesk shipped, each with its fixture (python tests/migrations/make_fixture.py
# when a release ships a newer one). Steps 3 to 6 were made together and first shipped as schema 7, steps 8
# and 9 with 10, 11 with 12.
RELEASED = (1, 2, 7, 10, 12, 13)


def test_every_released_schema_has_a_fixture():
    versions = {int(p.stem[1:]) for p in _released_fixtures()}
    assert versions == set(RELEASED)
    assert max(RELEASED) <= migrations.latest_version()


def test_the_v2_attachments_keep_their_kinds_and_take_the_new_ones(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "v2.sqlite3", folder / DATABASE_FILE)
    con = sqlite3.connect(folder / DATABASE_FILE)
    contract, talent = con.execute("SELECT id, talent_id FROM contract ORDER BY id LIMIT 1").fetchone()
    for number, kind in enumerate(("deliverable", "agreement", "insurance")):
        con.execute("INSERT INTO attachment (uuid, contract_id, talent_id, sha256, name, size, mime, direction, "
                    "sensitivity, document_kind, expires_on, shared_on, note) VALUES (?, ?, ?, ?, ?, 1, 'x', "
                    "'to_them', 'normal', ?, '2026-01-31', '2025-01-01', '')",
                    (f"u{number}", contract, talent, "a" * 64, f"file {number}", kind))
    con.commit()
    before = con.execute("SELECT id, uuid, document_kind, expires_on, contract_id FROM attachment ORDER BY id").fetchall()
    con.close()
    db = open_database(folder)
    after = db.execute_sql("SELECT id, uuid, document_kind, expires_on, contract_id FROM attachment ORDER BY id").fetchall()
    assert after == before and before
    db.execute_sql("UPDATE attachment SET document_kind = 'tax_form', contract_id = NULL WHERE id = ?", (before[0][0],))
    assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    db.close()


@pytest.mark.parametrize("fixture", _released_fixtures(), ids=lambda p: p.stem)
def test_released_database_migrates_and_keeps_its_rows(tmp_path, fixture):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(fixture, folder / DATABASE_FILE)
    con = sqlite3.connect(fixture)
    tables = [r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name != 'database_info'")]
    before = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    names = [r[0] for r in con.execute("SELECT name FROM talent ORDER BY id")]
    con.close()
    assert sum(before.values()) > 0
    db = open_database(folder)
    assert schema_version(db) == migrations.latest_version()
    after = {t: db.execute_sql(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    assert after == before
    assert [r[0] for r in db.execute_sql("SELECT name FROM talent ORDER BY id")] == names
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()


def test_backup_is_taken_before_a_migration_step(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    db = open_database(folder)
    db.execute_sql("INSERT INTO talent (uuid, name, headline, location, timezone, languages, working_hours_start, "
                   "working_hours_end, preferred_channel, bench_status, status_reason, favourite, available, notes, "
                   "created_at, updated_at) VALUES ('u-1', 'Ines', '', '', 'UTC', '', 540, 1020, 'chat', 'on_bench', "
                   "'', 0, 1, '', '2026-01-01', '2026-01-01')")
    db.close()
    real = migrations.steps()
    extra = SimpleNamespace(VERSION=len(real) + 1, apply=lambda d: d.execute_sql("CREATE TABLE probe_step (x)"))
    monkeypatch.setattr(migrations, "steps", lambda: real + [migrations.Step(extra.VERSION, "probe", extra)])
    monkeypatch.setattr("talentdesk.store.schema.steps", migrations.steps)
    monkeypatch.setattr("talentdesk.store.schema.latest_version", lambda: extra.VERSION)
    db = open_database(folder)
    db.close()
    backups = list((folder / "backups").glob("before-migration-v*.sqlite3"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT name FROM talent").fetchall() == [("Ines",)]
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'probe_step'").fetchone()[0] == 0
    con.close()


def test_a_failing_step_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    open_database(folder).close()
    real = migrations.steps()

    def broken(d):
        d.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("disk pulled out")

    extra = SimpleNamespace(VERSION=len(real) + 1, apply=broken)
    monkeypatch.setattr("talentdesk.store.schema.steps", lambda: real + [migrations.Step(extra.VERSION, "broken", extra)])
    monkeypatch.setattr("talentdesk.store.schema.latest_version", lambda: extra.VERSION)
    with pytest.raises(RuntimeError):
        open_database(folder)
    con = sqlite3.connect(folder / DATABASE_FILE)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0
    assert con.execute("SELECT value FROM database_info WHERE key = 'schema_version'").fetchone()[0] == str(len(real))
    con.close()


def test_the_v7_folder_takes_the_planner_tables_and_nobody_gets_an_invented_availability(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "v7.sqlite3", folder / DATABASE_FILE)
    db = open_database(folder)
    people = db.execute_sql("SELECT count(*) FROM talent").fetchone()[0]
    assert people > 0
    assert [db.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("availability", "away_period", "plan", "plan_skill", "plan_member")] == [0, 0, 0, 0, 0]
    from talentdesk.services import availability

    tid = db.execute_sql("SELECT min(id) FROM talent").fetchone()[0]
    availability.set_offered(tid, 25)
    assert availability.offered(tid) == 25
    db.close()


def test_the_v10_folder_says_nobody_made_its_rows_and_its_edits_are_checked_from_version_1(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "v10.sqlite3", folder / DATABASE_FILE)
    con = sqlite3.connect(FIXTURES / "v10.sqlite3")
    payments = con.execute("SELECT id, amount_minor, paid_on FROM payment ORDER BY id").fetchall()
    contracts_before = con.execute("SELECT id, title, updated_at FROM contract ORDER BY id").fetchall()
    con.close()
    assert payments and contracts_before
    db = open_database(folder)
    assert db.execute_sql("SELECT id, amount_minor, paid_on FROM payment ORDER BY id").fetchall() == payments
    assert db.execute_sql("SELECT id, title, updated_at FROM contract ORDER BY id").fetchall() == contracts_before
    # Never guessed: who made an older row is not known, and every record starts at version 1.
    assert db.execute_sql("SELECT DISTINCT made_by, version, changed_by, changed_at FROM payment").fetchall() == \
        [("", 1, "", None)]
    assert db.execute_sql("SELECT DISTINCT made_by, version, changed_by FROM contract").fetchall() == [("", 1, "")]
    assert db.execute_sql("SELECT DISTINCT version, changed_by FROM talent").fetchall() == [(1, "")]
    from talentdesk.services import authors, contracts, workroom

    contract_id = contracts_before[0][0]
    opened = workroom.contract_input(contract_id)
    assert opened.version == 1
    contracts.settle_imported(contract_id, opened.start_date, opened.end_date)  # a write since the form opened
    with pytest.raises(authors.ChangedSince) as refused:
        contracts.update_contract(contract_id, opened, version=1)
    assert refused.value.name == authors.who()
    db.close()


def test_the_v12_folder_gets_every_persons_kept_figures_by_the_rules(tmp_path):
    from talentdesk.services import figures

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "v12.sqlite3", folder / DATABASE_FILE)
    db = open_database(folder)
    try:
        people = db.execute_sql("SELECT count(*) FROM talent").fetchone()[0]
        kept = figures.stored()
        assert len(kept) == people > 0
        assert kept == figures.worked_out()
        assert any(last is not None for last, *_rest in kept.values())
    finally:
        db.close()


def test_the_v13_folder_searches_each_room_by_itself(tmp_path):
    """Step 14 indexes each message's contract: the fixture's messages are found in their own room and in the
    search of every room, a message said later in another room with the same words only in that one."""
    from talentdesk.services import contracts, workroom

    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(FIXTURES / "v13.sqlite3", folder / DATABASE_FILE)
    db = open_database(folder)
    try:
        rooms = [row[0] for row in db.execute_sql(
            "SELECT DISTINCT contract_id FROM message WHERE body = 'Kick-off notes' ORDER BY contract_id")]
        assert len(rooms) >= 2
        first, other = rooms[0], rooms[1]
        contracts.add_message(other, "Kick-off notes, second round")
        found = [m.body for m in workroom.message_page(first, text="kick-off")]
        assert found == ["Kick-off notes"]
        assert [m.body for m in workroom.message_page(other, text="kick second")] == ["Kick-off notes, second round"]
        assert workroom.message_page(first, text=str(first)) == []  # a room's number is not a word said in it
        assert len(workroom.search_messages("kick-off")) == len(rooms) + 1
    finally:
        db.close()
