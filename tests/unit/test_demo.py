"""The demo-data generator: complete, deterministic, sound, and useful to every screen."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from talentdesk.paths import attachments_dir
from talentdesk.services import demo
from talentdesk.services.demodata import vocabulary
from talentdesk.services.demodata.tools import apportion
from talentdesk.store import fts, models
from talentdesk.store.schema import DATABASE_FILE, open_database

TODAY = dt.date(2025, 3, 13)  # a Thursday: this week already has hours in it
OPTIONAL_TABLES = {"setting", "card_state", "plan", "plan_skill", "plan_member",  # plans are made in the planner
                   "stored_file_chunk"}  # a team database's stored files; a local folder keeps them as files


@contextmanager
def _connect(data_dir: Path):
    connection = sqlite3.connect(data_dir / DATABASE_FILE)
    try:
        yield connection
    finally:
        connection.close()


def _one(con: sqlite3.Connection, sql: str, *params):
    return con.execute(sql, params).fetchone()[0]


def _values(con: sqlite3.Connection, sql: str) -> set:
    return {row[0] for row in con.execute(sql)}


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> tuple[Path, dict[str, int]]:
    data_dir = tmp_path_factory.mktemp("small")
    return data_dir, demo.generate(data_dir, "small", seed=7, today=TODAY)


@pytest.fixture
def con(small):
    with _connect(small[0]) as connection:
        yield connection


def _dump(data_dir: Path) -> dict[str, list[tuple]]:
    with _connect(data_dir) as connection:
        return {
            model._meta.table_name: connection.execute(f'SELECT * FROM "{model._meta.table_name}" ORDER BY 1').fetchall()
            for model in models.ALL_MODELS
        }


# --- what is there -----------------------------------------------------------


def test_small_fills_every_table(small):
    _, counts = small
    empty = [table for table, count in counts.items() if count == 0 and table not in OPTIONAL_TABLES]
    assert empty == []
    assert set(counts) == {m._meta.table_name for m in models.ALL_MODELS}


def test_small_is_a_believable_solo_client(small):
    _, counts = small
    assert counts["talent"] == 40
    assert counts["contract"] == 120
    assert 2_000 <= counts["message"] <= 5_000
    assert 100 <= counts["work_log"] <= 999
    assert 100 <= counts["payment"] <= 999
    assert 50 <= counts["skill"] <= 70
    assert 1 <= counts["review_session"] <= 5


def test_counts_match_the_tables(small, con):
    _, counts = small
    for table, count in counts.items():
        assert _one(con, f'SELECT COUNT(*) FROM "{table}"') == count


def test_every_kind_and_status_shows_up(con):
    expected = {
        "SELECT bench_status FROM talent": models.BENCH_STATUSES,
        "SELECT kind FROM contract": models.CONTRACT_KINDS,
        "SELECT status FROM contract": models.CONTRACT_STATUSES,
        "SELECT kind FROM scope_change": models.SCOPE_CHANGE_KINDS,
        "SELECT status FROM milestone": models.MILESTONE_STATUSES,
        "SELECT kind FROM payment": models.PAYMENT_KINDS,
        "SELECT channel FROM message": models.CHANNELS,
        "SELECT author FROM message": models.AUTHORS,
        "SELECT direction FROM attachment": models.DIRECTIONS,
        "SELECT sensitivity FROM attachment": models.SENSITIVITIES,
        "SELECT direction FROM feedback": models.FEEDBACK_DIRECTIONS,
        "SELECT kind FROM appreciation": models.APPRECIATION_KINDS,
        "SELECT kind FROM access_grant": models.GRANT_KINDS,
        "SELECT tier FROM access_grant WHERE tier IS NOT NULL": models.ACCESS_TIERS,
        "SELECT kind FROM offboarding_item": models.OFFBOARDING_KINDS,
        "SELECT decision FROM review_decision": models.DECISIONS,
        "SELECT kind FROM contact_channel WHERE kind <> 'other'": ("email", "phone", "chat"),
    }
    for sql, values in expected.items():
        assert _values(con, sql) == set(values), sql
    assert {"agreement", "nda", "insurance", "invoice", "deliverable"} <= _values(
        con, "SELECT document_kind FROM attachment")
    assert _values(con, "SELECT is_checkin FROM private_review") == {0, 1}
    assert {"USD", "EUR", "GBP"} <= _values(con, "SELECT currency FROM contract")


def test_names_come_from_many_cultures_and_scripts(con):
    names = _values(con, "SELECT name FROM talent")
    assert {"José Álvarez", "Zoë Brontë", "Jürgen Müller", "Олена Коваленко"} <= names
    scripts = {unicode_block(ch) for name in names for ch in name if not ch.isascii() and ch.isalpha()}
    assert {"latin", "cyrillic"} <= scripts
    timezones = _values(con, "SELECT timezone FROM talent")
    assert len(timezones) >= 10
    assert all(ZoneInfo(zone) for zone in timezones)


def unicode_block(ch: str) -> str:
    code = ord(ch)
    if 0x0400 <= code <= 0x04FF:
        return "cyrillic"
    if 0x0370 <= code <= 0x03FF:
        return "greek"
    return "latin" if code < 0x0250 or 0x1E00 <= code <= 0x1EFF else "other"


def test_every_place_has_a_real_time_zone():
    for culture in vocabulary.CULTURES:
        for place in culture.places:
            assert ZoneInfo(place.timezone), place


# --- deterministic -----------------------------------------------------------


def test_same_seed_and_day_give_the_same_database(small, tmp_path):
    again = tmp_path / "again"
    demo.generate(again, "small", seed=7, today=TODAY)
    assert _dump(again) == _dump(small[0])


def test_another_seed_gives_other_people(small, tmp_path):
    other = tmp_path / "other"
    demo.generate(other, "small", seed=8, today=TODAY)
    with _connect(other) as a, _connect(small[0]) as b:
        query = "SELECT name, uuid FROM talent ORDER BY id"
        assert a.execute(query).fetchall() != b.execute(query).fetchall()


def test_dates_follow_today(small, tmp_path):
    later = tmp_path / "later"
    demo.generate(later, "small", seed=7, today=TODAY + dt.timedelta(days=7))
    with _connect(later) as a, _connect(small[0]) as b:
        query = "SELECT start_date, end_date FROM contract WHERE start_date IS NOT NULL ORDER BY id LIMIT 20"
        shifted = [(dt.date.fromisoformat(s) + dt.timedelta(days=7)).isoformat() for s, _ in b.execute(query)]
        assert [s for s, _ in a.execute(query)] == shifted


# --- sound -------------------------------------------------------------------


def test_database_is_sound(con):
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert _one(con, "PRAGMA integrity_check") == "ok"


def test_leaves_one_closed_database_file(small):
    assert sorted(p.name for p in small[0].iterdir()) == ["attachments", DATABASE_FILE]


def test_schema_is_the_same_as_a_fresh_one(small, tmp_path):
    open_database(tmp_path / "fresh").close()
    # sqlite_stat1 holds the planner's figures (demo data is analysed), not schema.
    query = ("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' "
             "ORDER BY type, name")
    with _connect(tmp_path / "fresh") as fresh, _connect(small[0]) as generated:
        assert generated.execute(query).fetchall() == fresh.execute(query).fetchall()


def test_refuses_a_folder_that_holds_data(small):
    with pytest.raises(ValueError, match="already holds data"):
        demo.generate(small[0], "small", today=TODAY)


def test_refuses_an_unknown_scale(tmp_path):
    with pytest.raises(ValueError, match="Unknown demo scale"):
        demo.generate(tmp_path, "huge")


def test_nothing_happens_after_today(con):
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    today = TODAY.isoformat()
    assert _one(con, "SELECT COUNT(*) FROM message WHERE sent_at >= ?", tomorrow) == 0
    for table, column in (("payment", "paid_on"), ("work_log", "day"), ("feedback", "given_on"),
                          ("private_review", "reviewed_on"), ("appreciation", "given_on"),
                          ("milestone", "approved_on"), ("access_grant", "revoked_on"),
                          ("attachment", "shared_on"), ("review_session", "started_at")):
        assert _one(con, f"SELECT COUNT(*) FROM {table} WHERE {column} > ?", today + "~") == 0, table


def test_contract_terms_agree_with_their_last_change(con):
    def money(minor: int, currency: str, per: str) -> str:
        return f"{currency} {minor // 100:,}.{minor % 100:02d}{per}"

    contracts = con.execute(
        "SELECT id, status, rate_minor, currency, weekly_limit_hours, weekly_payment_minor, end_date FROM contract")
    for cid, status, rate, currency, limit, weekly, end in contracts:
        last = dict(con.execute(
            "SELECT kind, after FROM scope_change WHERE contract_id = ? ORDER BY happened_at, id", (cid,)))
        if "end_date" in last:
            assert last["end_date"] == end
        if "weekly_limit" in last:
            assert last["weekly_limit"] == ("No limit" if limit is None else f"{limit} h/week")
        if "rate" in last:
            assert last["rate"] == money(rate, currency, "/h")
        if "weekly_payment" in last:
            assert last["weekly_payment"] == money(weekly, currency, "/week")
        moves = [a for k, a in con.execute(
            "SELECT kind, after FROM scope_change WHERE contract_id = ? AND kind IN ('paused', 'resumed') "
            "ORDER BY happened_at, id", (cid,))]
        if status == "paused":
            assert moves[-1:] == ["paused"]
        elif status == "active" and moves:
            assert moves[-1] == "active"


def test_fixed_price_is_the_sum_of_its_milestones(con):
    assert _one(con, """SELECT COUNT(*) FROM contract c WHERE kind = 'fixed'
        AND rate_minor <> (SELECT SUM(amount_minor) FROM milestone m WHERE m.contract_id = c.id)""") == 0


def test_money_moves_point_where_they_should(con):
    assert _one(con, """SELECT COUNT(*) FROM payment f JOIN payment p ON p.id = f.parent_id
        WHERE f.kind = 'fee' AND p.kind NOT IN ('fee', 'refund')""") == _one(
        con, "SELECT COUNT(*) FROM payment WHERE kind = 'fee'")
    assert _one(con, "SELECT COUNT(*) FROM payment WHERE kind = 'refund' AND parent_id IS NULL") == 0
    assert _one(con, "SELECT COUNT(*) FROM payment WHERE kind = 'milestone' AND milestone_id IS NULL") == 0
    assert _one(con, """SELECT COUNT(*) FROM payment WHERE kind = 'hourly'
        AND (period_start IS NULL OR period_end IS NULL OR minutes IS NULL)""") == 0
    assert _one(con, """SELECT COUNT(*) FROM appreciation a JOIN payment p ON p.id = a.payment_id
        WHERE a.kind = 'thanks_bonus' AND p.kind = 'bonus'""") == _one(
        con, "SELECT COUNT(*) FROM appreciation WHERE kind = 'thanks_bonus'")


def test_equipment_has_no_tier_and_access_has_one(con):
    assert _one(con, "SELECT COUNT(*) FROM access_grant WHERE kind = 'equipment' AND tier IS NOT NULL") == 0
    assert _one(con, "SELECT COUNT(*) FROM access_grant WHERE kind = 'access' AND tier IS NULL") == 0


def test_attachment_files_are_stored_under_their_hash(small, con):
    root = attachments_dir(small[0])
    for sha, size in con.execute("SELECT sha256, size FROM attachment"):
        content = (root / sha[:2] / sha).read_bytes()
        assert hashlib.sha256(content).hexdigest() == sha
        assert len(content) == size
    assert _one(con, "SELECT COUNT(*) FROM attachment") > _one(con, "SELECT COUNT(DISTINCT sha256) FROM attachment")


def test_pdfs_are_real_pdfs(small, con):
    root = attachments_dir(small[0])
    for (sha,) in con.execute("SELECT sha256 FROM attachment WHERE mime = 'application/pdf' LIMIT 5"):
        content = (root / sha[:2] / sha).read_bytes()
        assert content.startswith(b"%PDF-1.4") and content.rstrip().endswith(b"%%EOF")


# --- useful to the screens ---------------------------------------------------


def test_search_finds_talent_by_skill_prefix_and_messages_by_word(small):
    db = open_database(small[0])
    try:
        found = fts.talent_ids_matching(db, "djang")
        assert found
        with_django = {row[0] for row in db.execute_sql(
            "SELECT ts.talent_id FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id WHERE s.name = 'Django'")}
        assert with_django and with_django <= set(found)  # headlines such as "Senior Django developer" match too
        assert fts.talent_ids_matching(db, "alvarez")  # accents are folded: Álvarez
        clause, params = fts.message_match_sql("walkthrough")
        hits = db.execute_sql(f"SELECT m.body FROM message m WHERE {clause}", params).fetchall()
        assert hits and all("walkthrough" in body.lower() for (body,) in hits)
    finally:
        db.close()


def test_busiest_active_contract_clearly_leads(con):
    (first_id, first), (_, second) = con.execute(
        "SELECT contract_id, COUNT(*) n FROM message GROUP BY contract_id ORDER BY n DESC LIMIT 2").fetchall()
    assert _one(con, "SELECT status FROM contract WHERE id = ?", first_id) == "active"
    assert 200 <= first <= 999
    assert first >= 2 * second


def test_markup_in_a_message_is_there_to_be_shown_as_text(con):
    assert _one(con, "SELECT COUNT(*) FROM message WHERE body = '<b>hi</b><img src=x>'") == 1


REVIEW_QUEUE = {
    "contract ending soon": """SELECT COUNT(*) FROM contract WHERE status = 'active'
        AND end_date BETWEEN :today AND date(:today, '+14 days')""",
    "feedback owed": """SELECT COUNT(*) FROM contract c WHERE status = 'ended' AND end_date > date(:today, '-14 days')
        AND NOT EXISTS (SELECT 1 FROM feedback f WHERE f.contract_id = c.id AND f.direction = 'given')""",
    "rate not revisited for a year": """SELECT COUNT(*) FROM talent t WHERE bench_status = 'active'
        AND (SELECT MAX(effective_on) FROM rate r WHERE r.talent_id = t.id AND r.contract_id IS NULL)
            < date(:today, '-365 days')""",
    "retainer under-used": """SELECT COUNT(*) FROM contract c WHERE status = 'active' AND kind = 'retainer'
        AND (SELECT COALESCE(SUM(minutes), 0) FROM work_log w WHERE w.contract_id = c.id
             AND w.day > date(:today, '-28 days')) < c.weekly_limit_hours * 60 * 4 / 2""",
    "hours near the weekly limit": """SELECT COUNT(*) FROM contract c WHERE status = 'active'
        AND weekly_limit_hours IS NOT NULL
        AND (SELECT SUM(minutes) FROM work_log w WHERE w.contract_id = c.id
             AND w.day >= date(:today, 'weekday 1', '-7 days')) >= c.weekly_limit_hours * 60 * 0.85""",
    "a week over the limit": """SELECT COUNT(*) FROM (SELECT c.weekly_limit_hours l, SUM(w.minutes) m
        FROM contract c JOIN work_log w ON w.contract_id = c.id WHERE c.weekly_limit_hours IS NOT NULL
        GROUP BY c.id, strftime('%Y-%W', w.day)) WHERE m > l * 60""",
    "access open after the end": """SELECT COUNT(*) FROM access_grant g JOIN contract c ON c.id = g.contract_id
        WHERE c.status = 'ended' AND g.revoked_on IS NULL""",
    "milestone overdue": """SELECT COUNT(*) FROM milestone m JOIN contract c ON c.id = m.contract_id
        WHERE c.status = 'active' AND m.due_on < :today AND m.status IN ('pending', 'submitted')""",
    "favourite out of touch": """SELECT COUNT(*) FROM talent t WHERE favourite AND stay_in_touch_days IS NOT NULL
        AND COALESCE((SELECT MAX(m.sent_at) FROM message m JOIN contract c ON c.id = m.contract_id
                      WHERE c.talent_id = t.id), '') < datetime(:today, '-' || stay_in_touch_days || ' days')""",
    "test project with no decision": """SELECT COUNT(*) FROM contract
        WHERE is_test_project AND status = 'ended' AND test_decision IS NULL""",
    "document expiring": """SELECT COUNT(*) FROM attachment WHERE document_kind IN ('insurance', 'agreement')
        AND expires_on BETWEEN :today AND date(:today, '+30 days')""",
    "insurance expiring": """SELECT COUNT(*) FROM attachment WHERE document_kind = 'insurance'
        AND expires_on BETWEEN :today AND date(:today, '+30 days')""",
    "great review with no appreciation": """SELECT COUNT(*) FROM feedback f WHERE direction = 'given' AND score = 5
        AND NOT EXISTS (SELECT 1 FROM appreciation a WHERE a.contract_id = f.contract_id)""",
    "approved milestone": "SELECT COUNT(*) FROM milestone WHERE status = 'approved'",
    "classification risk": """SELECT COUNT(*) FROM classification_answer
        WHERE sets_hours <> 'talent' OR equipment_by = 'me' OR exclusive""",
    "renewal chain": "SELECT COUNT(*) FROM contract WHERE renews_id IS NOT NULL",
}


@pytest.mark.parametrize("situation", list(REVIEW_QUEUE))
def test_review_queue_has_work(con, situation):
    assert con.execute(REVIEW_QUEUE[situation], {"today": TODAY.isoformat()}).fetchone()[0] >= 1


def test_progress_rises_to_done(tmp_path):
    seen: list[tuple[str, float]] = []
    demo.generate(tmp_path, "small", today=TODAY, progress=lambda label, fraction: seen.append((label, fraction)))
    fractions = [fraction for _, fraction in seen]
    assert fractions == sorted(fractions)
    assert seen[-1] == ("Done", 1.0)
    assert {label for label, _ in seen} >= {"Writing messages", "Writing hours and payments"}


# --- the parts ---------------------------------------------------------------


def test_apportion_splits_exactly_and_respects_caps():
    assert apportion(10, [1, 1, 1]) in ([4, 3, 3], [3, 4, 3], [3, 3, 4])
    assert apportion(100, [5, 1, 1], caps=[10, 100, 100]) == [10, 45, 45]
    assert sum(apportion(1_000, [0.3, 2.5, 7.1, 0.0])) == 1_000
    assert apportion(50, [1, 1], caps=[10, 10]) == [10, 10]


# --- the stress test ---------------------------------------------------------


@pytest.mark.slow
def test_large_headline_counts(tmp_path):
    counts = demo.generate(tmp_path, "large", today=TODAY)
    assert counts["talent"] == 10_000
    assert counts["contract"] == 30_000
    assert counts["message"] == 1_000_000
    assert counts["work_log"] == 300_000
    assert 180_000 <= counts["payment"] <= 220_000
    assert all(count > 0 for table, count in counts.items() if table not in OPTIONAL_TABLES)
    with _connect(tmp_path) as con:
        assert _one(con, "SELECT MAX(n) FROM (SELECT COUNT(*) n FROM message GROUP BY contract_id)") == 50_000
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert _one(con, "SELECT COUNT(DISTINCT sha256) FROM attachment") < 50
