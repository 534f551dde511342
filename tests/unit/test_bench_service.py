"""The bench's queries: one ordered id query with filters, rows in blocks, detail, rehire."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

from talentdesk.services import bench, contracts, relationship, settings, talents
from talentdesk.services.errors import ValidationError
from talentdesk.store.db import database
from tests import factories

TODAY = dt.date.today()


def review(contract_id: int, score: int) -> None:
    contracts.add_private_review(contract_id, contracts.ReviewInput(*([score] * 6), "yes", 8))


def test_archived_people_are_hidden_unless_asked_for(db):
    kept = factories.talent("Kept")
    gone = factories.talent("Gone", bench_status="archived")
    assert bench.talent_ids() == [kept]
    assert bench.talent_ids(bench.Filters(statuses=("archived",))) == [gone]


def test_search_matches_prefixes_of_names_skills_and_notes(db):
    ada = factories.talent("Ada Lovelace", skills=[("Django", 4)])
    grace = factories.talent("Grace Hopper", notes="Compilers and COBOL")
    assert bench.talent_ids(bench.Filters(text="lov")) == [ada]
    assert bench.talent_ids(bench.Filters(text="djan")) == [ada]
    assert bench.talent_ids(bench.Filters(text="cobo")) == [grace]
    assert bench.talent_ids(bench.Filters(text="\"(*")) == [ada, grace]  # nothing searchable: everyone


def test_every_chosen_skill_must_match(db):
    both = factories.talent("Both", skills=[("Python", 3), ("SQL", 4)])
    factories.talent("Only Python", skills=[("Python", 5)])
    assert bench.talent_ids(bench.Filters(skills=("python", "SQL"))) == [both]


def test_filters_combine(db):
    fav = factories.talent("Fav", favourite=True, available=True)
    factories.talent("Busy fav", favourite=True, available=False)
    factories.talent("Not fav")
    assert bench.talent_ids(bench.Filters(favourite=True, available=True)) == [fav]


def test_minimum_score_and_sort_by_score(db):
    good, poor = factories.talent("Good"), factories.talent("Poor")
    factories.talent("Unreviewed")
    review(factories.contract(good), 5)
    review(factories.contract(poor), 2)
    assert bench.talent_ids(bench.Filters(min_score=4)) == [good]
    ids = bench.talent_ids(sort_column="score", order="desc")
    assert ids[:2] == [good, poor]  # unreviewed last in either direction
    assert bench.talent_ids(sort_column="score")[:2] == [poor, good]


def test_sort_by_spend_counts_refunds_against(db):
    big, small = factories.talent("Big"), factories.talent("Small")
    contracts.add_payment(factories.contract(big), "hourly", 90_000, "USD", TODAY)
    c = factories.contract(small)
    contracts.add_payment(c, "hourly", 120_000, "USD", TODAY)
    contracts.add_payment(c, "refund", 60_000, "USD", TODAY)
    assert bench.talent_ids(sort_column="spend", order="desc")[:2] == [big, small]
    assert bench.rows([small])[small].spend == [("USD", 60_000)]


def test_not_contacted_for_n_days(db):
    quiet, chatty = factories.talent("Quiet"), factories.talent("Chatty")
    never = factories.talent("Never")
    contracts.add_message(factories.contract(quiet), "old news", sent_at=dt.datetime(2020, 1, 1))
    contracts.add_message(factories.contract(chatty), "hello")
    assert bench.talent_ids(bench.Filters(not_contacted_days=30)) == [never, quiet]
    assert relationship.last_contact(chatty) in (TODAY, TODAY + dt.timedelta(days=1))


@pytest.mark.parametrize("mine,theirs,expected", [
    ((540, 1020, 0), (540, 1020, 0), 480),          # same day, same zone
    ((540, 1020, 60), (540, 1020, 0), 420),         # Berlin vs London in winter
    ((540, 1020, 0), (540, 1020, 330), 150),        # London vs India
    ((540, 1020, -300), (540, 1020, 540), 0),       # New York vs Tokyo
    ((540, 1020, 0), (1320, 360, 0), 0),            # a night shift
    ((0, 1440, 0), (1320, 360, 0), 480),            # overnight inside a whole day
])
def test_overlap_minutes(mine, theirs, expected):
    assert bench.overlap_minutes(mine, theirs) == expected


def test_overlap_in_sql_equals_overlap_in_python(db):
    zones = ["UTC", "Asia/Kolkata", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kathmandu"]
    hours = [(540, 1020), (1320, 360), (0, 1440), (420, 900)]
    for zone, (start, end) in itertools.product(zones, hours):
        factories.talent(f"{zone} {start}", timezone=zone, working_hours_start=start, working_hours_end=end)
    settings.set("my_timezone", "Europe/Berlin")
    mine = bench.my_day()
    sql = f"SELECT t.id, {bench._overlap_sql(*mine)} FROM talent t LEFT JOIN z ON z.name = t.timezone"
    cte = "WITH z(name, off) AS (VALUES " + ", ".join(f"('{z}', {bench.offset_minutes(z)})" for z in zones) + ") "
    in_sql = dict(database.obj.execute_sql(cte + sql).fetchall())
    in_python = {tid: row.overlap_minutes for tid, row in bench.rows(list(in_sql)).items()}
    assert in_sql == in_python
    ordered = bench.talent_ids(sort_column="overlap", order="desc")
    assert [in_python[i] for i in ordered] == sorted(in_python.values(), reverse=True)
    assert all(in_python[i] >= 240 for i in bench.talent_ids(bench.Filters(min_overlap_hours=4)))


def test_rows_show_top_skills_current_rate_and_last_worked(db):
    tid = factories.talent("Rosa", skills=[("CSS", 2), ("React", 5), ("TypeScript", 4)])
    talents.add_rate(tid, TODAY - dt.timedelta(days=400), 4000, "EUR")
    talents.add_rate(tid, TODAY - dt.timedelta(days=10), 5000, "EUR")
    talents.add_rate(tid, TODAY + dt.timedelta(days=30), 6000, "EUR")  # not yet in force
    contracts.move(factories.contract(tid, start_date=dt.date(2025, 1, 6)), "ended", on=dt.date(2025, 3, 1))
    row = bench.rows([tid])[tid]
    assert row.skills == ["React", "TypeScript", "CSS"]
    assert (row.rate_minor, row.rate_currency) == (5000, "EUR")
    assert row.last_worked == dt.date(2025, 3, 1) and not row.working_now
    factories.contract(tid, status="active")
    row = bench.rows([tid])[tid]
    assert row.last_worked == TODAY and row.working_now


def test_working_now_means_a_running_contract(db):
    """A paused contract is still work in hand; a draft, an offer or an ended contract is not."""
    tid = factories.talent("Noor")
    cid = factories.contract(tid, status="offered")
    factories.contract(tid, status="draft")
    assert not bench.rows([tid])[tid].working_now
    contracts.move(cid, "active")
    contracts.move(cid, "paused")
    row = bench.rows([tid])[tid]
    assert row.working_now and row.last_worked == TODAY
    assert bench.detail(tid).working_now


def test_every_column_sorts_both_ways(db):
    for n in range(3):
        factories.talent(f"P{n}", headline=f"H{n}", skills=[(f"S{n}", 3)])
    for column in bench.COLUMNS:
        for order in ("asc", "desc"):
            assert sorted(bench.talent_ids(sort_column=column, order=order)) == sorted(bench.talent_ids())
    with pytest.raises(ValidationError):
        bench.talent_ids(sort_column="id; DROP TABLE talent")


def test_saving_a_new_rate_leaves_old_contracts_alone(db):
    tid = factories.talent("Kai")
    old = factories.contract(tid, rate_minor=4000)
    data = talents.load_input(tid)
    bench.save_talent(tid, data, [bench.NewRate(TODAY, 5500, "USD", "yearly revisit")])
    assert contracts.get(old).rate_minor == 4000
    assert talents.current_rate(tid).amount_minor == 5500
    with pytest.raises(ValidationError) as bad:
        bench.save_talent(tid, data, [bench.NewRate(TODAY, 100, "XXQ")])
    assert bad.value.field == "currency"
    assert len(talents.rate_history(tid)) == 1  # nothing half-saved


def test_rehire_is_prefilled_from_the_last_contract(db):
    tid = factories.talent("Noor")
    factories.contract(tid, title="Old", kind="hourly", rate_minor=3000, start_date=dt.date(2024, 1, 1))
    factories.contract(tid, title="Retainer", kind="retainer", rate_minor=4500, weekly_payment_minor=90_000,
                       weekly_limit_hours=20, scope="Keep the site healthy", start_date=dt.date(2025, 2, 3))
    template = bench.rehire_template(tid)
    assert (template.title, template.kind, template.rate_minor, template.weekly_limit_hours) == (
        "Retainer", "retainer", 4500, 20)
    assert template.weekly_payment_minor == 90_000 and template.scope == "Keep the site healthy"
    assert template.start_date == TODAY
    talents.add_rate(tid, dt.date(2025, 6, 1), 5000, "USD")
    assert bench.rehire_template(tid).rate_minor == 5000  # they charge more now


def test_rehire_without_history_starts_from_their_rate(db):
    tid = factories.talent("Fresh")
    talents.add_rate(tid, TODAY, 7000, "GBP")
    template = bench.rehire_template(tid)
    assert (template.kind, template.rate_minor, template.currency) == ("hourly", 7000, "GBP")


def test_detail_gathers_the_pane(db):
    tid = factories.talent("Ines", stay_in_touch_days=30, channels=[talents.Channel("email", "ines@example.com")])
    cid = factories.contract(tid, title="Landing page")
    review(cid, 4)
    contracts.add_message(cid, "hi", sent_at=dt.datetime(2026, 1, 10, 9))
    info = bench.detail(tid)
    assert info.data.channels[0].value == "ines@example.com"
    assert [c.title for c in info.contracts] == ["Landing page"]
    assert info.reviews.count == 1 and info.reviews.overall == 4
    assert info.last_contact == dt.date(2026, 1, 10)
    assert info.contact_due == dt.date(2026, 2, 9)
