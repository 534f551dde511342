"""Daily backups, their retention, finding a good one, restoring with a copy kept first."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from talentdesk.store import backups
from talentdesk.store.integrity import DamagedDatabase, ensure_sound, full_check
from talentdesk.store.schema import DATABASE_FILE
from tests import factories


def names(folder):
    return sorted(p.name for p in folder.glob("*.sqlite3"))


def test_first_start_of_the_day_takes_one_backup(db, data_dir):
    factories.talent("Hana Sato")
    target = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 11, 2))
    assert target is not None and target.exists()
    assert backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 11, 2)) is None
    con = sqlite3.connect(target)
    assert con.execute("SELECT name FROM talent").fetchall() == [("Hana Sato",)]
    con.close()
    assert (data_dir / "backups" / "monthly" / "talentdesk-2026-11.sqlite3").exists()
    assert target.with_suffix(".json").exists()


def test_retention_keeps_the_last_daily_and_monthly_copies(db, data_dir):
    start = dt.date(2026, 1, 1)
    for offset in range(0, 120, 3):
        backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", start + dt.timedelta(days=offset),
                             keep_daily=5, keep_monthly=2)
    daily = names(data_dir / "backups" / "daily")
    monthly = names(data_dir / "backups" / "monthly")
    assert len(daily) == 5 and daily[-1] == "talentdesk-2026-04-28.sqlite3"
    assert monthly == ["talentdesk-2026-03.sqlite3", "talentdesk-2026-04.sqlite3"]


def test_the_months_copy_outlives_the_daily_copy_it_was_taken_from(db, data_dir):
    factories.talent("Hana Sato")
    daily = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 11, 2))
    monthly = data_dir / "backups" / "monthly" / "talentdesk-2026-11.sqlite3"
    assert monthly.read_bytes() == daily.read_bytes()
    if hasattr(monthly.stat(), "st_nlink") and monthly.stat().st_nlink == 2:
        assert monthly.stat().st_ino == daily.stat().st_ino  # a second name, not a second copy to write
    factories.talent("Later")  # the next days: the November daily copy is pruned, the month's stays whole
    for day in range(3, 10):
        backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 11, day), keep_daily=2)
    assert not daily.exists()
    con = sqlite3.connect(monthly)
    assert con.execute("SELECT name FROM talent").fetchall() == [("Hana Sato",)]
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()


def damage(path):
    with open(path, "r+b") as handle:
        handle.seek(4096 * 2)
        handle.write(b"\x00garbage" * 512)


def test_damaged_file_is_detected_and_the_latest_good_backup_restored(db, data_dir):
    factories.talent("Before Damage")
    good = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 5, 1))
    db.close()
    path = data_dir / DATABASE_FILE
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(DamagedDatabase):
        ensure_sound(path)
    found = backups.latest_good_backup(data_dir / "backups")
    assert found is not None and found.path.name == good.name or found.kind == "monthly"
    kept = backups.restore(found.path, path, data_dir / "backups")
    ensure_sound(path)
    assert kept is not None and kept.read_bytes().startswith(b"this is not a database")
    con = sqlite3.connect(path)
    assert con.execute("SELECT name FROM talent").fetchall() == [("Before Damage",)]
    assert full_check(con) == []
    con.close()


def test_a_damaged_backup_is_never_offered(db, data_dir):
    backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 5, 1))
    for item in backups.list_backups(data_dir / "backups"):
        item.path.write_bytes(b"broken")
    assert backups.latest_good_backup(data_dir / "backups") is None
    with pytest.raises(ValueError, match="damaged"):
        backups.restore(data_dir / "backups" / "daily" / "talentdesk-2026-05-01.sqlite3",
                        data_dir / DATABASE_FILE, data_dir / "backups")


def test_the_daily_backup_goes_in_steps_keeps_one_state_and_stops_when_told(db, data_dir, monkeypatch):
    monkeypatch.setattr(backups, "STEP_BYTES", 16 * 4096)  # a small file, in several steps all the same
    for n in range(120):
        factories.talent(f"Person {n}", notes="a long note " * 200)
    path, folder = data_dir / DATABASE_FILE, data_dir / "backups"
    steps = []

    def meanwhile():
        """Between two steps the program's lane writes (another connection) to every person, and a checkpoint
        tries to carry those pages into the file being copied: the write must not wait, the file must stay
        still."""
        steps.append(1)
        if len(steps) == 2:
            other = sqlite3.connect(path, timeout=0.5)
            other.execute("UPDATE talent SET name = name || ' (renamed meanwhile)', notes = 'changed'")
            other.commit()
            other.execute("PRAGMA wal_checkpoint(PASSIVE)")
            other.close()
        return False

    taken = backups.daily_backup(path, folder, dt.date(2026, 5, 1), cancelled=meanwhile)
    assert taken is not None and len(steps) > 3  # in steps, not one long hold
    ensure_sound(taken)
    copy = sqlite3.connect(taken)
    rows = copy.execute("SELECT name, notes FROM talent").fetchall()
    copy.close()
    assert len(rows) == 120  # the copy is the file as it was when the backup began, on every page
    assert [name for name, notes in rows if "renamed" in name or notes == "changed"] == []
    live = sqlite3.connect(path)
    assert live.execute("SELECT count(*) FROM talent WHERE notes = 'changed'").fetchone() == (120,)
    live.close()

    asked = []
    stopped = backups.daily_backup(path, folder, dt.date(2026, 5, 2),
                                   cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert stopped is None and len(asked) == 3  # the window closed: it stopped at the next step
    assert {p.name for p in (folder / "daily").iterdir()} == {taken.name, taken.with_suffix(".json").name}


def test_a_log_that_cannot_be_emptied_gets_the_backup_api_instead(db, data_dir, monkeypatch):
    """A reader that keeps an old state open keeps logged pages out of the file: the file is not still, so the
    daily backup copies through SQLite's backup API, and the copy is still the latest state."""
    factories.talent("Before")
    path = data_dir / DATABASE_FILE
    reader = sqlite3.connect(path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM talent").fetchone()  # holds this state open
    factories.talent("After")  # logged, and the open read keeps it from being checkpointed
    through_api = []
    real = backups.copy_database
    monkeypatch.setattr(backups, "copy_database", lambda *a, **k: through_api.append(1) or real(*a, **k))
    taken = backups.daily_backup(path, data_dir / "backups", dt.date(2026, 5, 1))
    reader.rollback()
    reader.close()
    assert through_api == [1]
    copy = sqlite3.connect(taken)
    assert sorted(r[0] for r in copy.execute("SELECT name FROM talent")) == ["After", "Before"]
    copy.close()


def test_a_still_file_is_copied_as_bytes(db, data_dir, monkeypatch):
    factories.talent("Hana Sato")
    monkeypatch.setattr(backups, "copy_database", lambda *a, **k: pytest.fail("the backup API was not needed"))
    taken = backups.daily_backup(data_dir / DATABASE_FILE, data_dir / "backups", dt.date(2026, 5, 1))
    ensure_sound(taken)
    copy = sqlite3.connect(taken)
    assert copy.execute("SELECT name FROM talent").fetchall() == [("Hana Sato",)]
    copy.close()
