"""The released v2 database gains its terms history: each contract's terms become its first row."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

from talentdesk.services import terms, worklog
from talentdesk.store.schema import DATABASE_FILE, open_database

FIXTURES = Path(__file__).parent / "fixtures"


def _v2_with_more_shapes(folder: Path) -> list[tuple]:
    """The v2 fixture plus an hourly contract with a limit, a retainer and a draft with no start date,
    written with v2's own columns; returns every contract's (id, start, created, rate, limit, payment)."""
    folder.mkdir()
    shutil.copy(FIXTURES / "v2.sqlite3", folder / DATABASE_FILE)
    con = sqlite3.connect(folder / DATABASE_FILE)
    talent = con.execute("SELECT id FROM talent ORDER BY id LIMIT 1").fetchone()[0]
    columns = ("uuid, talent_id, title, kind, status, rate_minor, currency, weekly_limit_hours, weekly_payment_minor, "
               "original_budget_minor, start_date, end_date, scope, is_test_project, platform, external_id, end_reason, "
               "created_at, updated_at")
    for uuid, title, kind, status, rate, limit, payment, start, created in (
            ("u-h", "Hourly build", "hourly", "active", 5000, 30, None, "2025-04-07", "2025-04-01 10:00:00"),
            ("u-r", "Design retainer", "retainer", "active", 4000, None, 80000, "2025-05-05", "2025-05-01 10:00:00"),
            ("u-d", "Draft idea", "hourly", "draft", 6000, 10, None, None, "2025-06-03 08:30:00")):
        con.execute(f"INSERT INTO contract ({columns}) VALUES (?, ?, ?, ?, ?, ?, 'USD', ?, ?, NULL, ?, NULL, '', 0, "
                    "'', '', '', ?, ?)", (uuid, talent, title, kind, status, rate, limit, payment, start, created, created))
    hourly = con.execute("SELECT id FROM contract WHERE uuid = 'u-h'").fetchone()[0]
    for n, day in enumerate(("2025-04-08", "2025-04-09")):
        con.execute("INSERT INTO work_log (uuid, contract_id, day, minutes, note) VALUES (?, ?, ?, 960, '')",
                    (f"w-{n}", hourly, day))
    con.commit()
    rows = con.execute("SELECT id, start_date, created_at, rate_minor, weekly_limit_hours, weekly_payment_minor "
                       "FROM contract ORDER BY id").fetchall()
    con.close()
    return rows


def test_every_contract_of_a_v2_database_gets_its_terms_as_a_first_row(tmp_path):
    folder = tmp_path / "data"
    before = _v2_with_more_shapes(folder)
    assert len(before) == 6
    db = open_database(folder)
    try:
        for cid, start, created, rate, limit, payment in before:
            history = terms.history(cid)
            first_day = dt.date.fromisoformat(start) if start else dt.date.fromisoformat(created[:10])
            assert history == [terms.Terms(first_day, rate, limit, payment)], cid
        hourly = before[3][0]
        week = worklog.weeks(hourly, today=dt.date(2025, 6, 1))[0]
        assert (week.minutes, week.limit_minutes, week.over_minutes) == (32 * 60, 30 * 60, 2 * 60)
        # The cache agrees with the history on the day of the migration.
        assert terms.refresh_today() == 0
    finally:
        db.close()
