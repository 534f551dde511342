"""Effective-dated contract terms: the terms in force on a day, weeks judged by their own terms, changes
scheduled for a later day, and scope actions that write the term row with the ledger row."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import contracts, review_rules, scope, terms, worklog, workroom
from talentdesk.services.errors import ValidationError
from talentdesk.store.db import database
from talentdesk.store.models import Contract, ContractTerm, Rate, ScopeChange
from tests import factories

START = dt.date(2026, 1, 5)  # a Monday
WEEK3 = START + dt.timedelta(weeks=2)  # Monday 19 January
REQ = scope.Request("less work for a while", "me", True)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _hourly(limit: int = 30, **fields) -> int:
    return factories.contract(kind="hourly", rate_minor=5000, weekly_limit_hours=limit, **fields)


def test_a_new_contract_has_one_terms_row_dated_its_start(db):
    cid = _hourly()
    assert terms.history(cid) == [terms.Terms(START, 5000, 30, None)]
    undated = factories.contract(start_date=None, status="draft")
    assert terms.history(undated)[0].effective_on == Contract.get_by_id(undated).created_at.date()
    # Before the first row, the first terms hold (an hour logged the day before the start).
    assert terms.in_force(cid, START - days(1)).weekly_limit_hours == 30


def test_editing_a_draft_rewrites_its_one_row(db):
    cid = factories.contract(status="draft", rate_minor=4000)
    data = workroom.contract_input(cid)
    data.rate_minor, data.start_date = 4500, START + days(7)
    contracts.update_contract(cid, data)
    assert terms.history(cid) == [terms.Terms(START + days(7), 4500, None, None)]


def test_editing_a_draft_leaves_every_other_contracts_terms_alone(db):
    running = _hourly()
    scope.change_weekly_limit(running, 25, REQ, effective_on=WEEK3)
    kept = terms.history(running)
    draft = factories.contract(status="draft", rate_minor=4000)
    data = workroom.contract_input(draft)
    data.rate_minor = 4500
    contracts.update_contract(draft, data)
    assert terms.history(running) == kept and len(kept) == 2
    assert terms.in_force(running, WEEK3).weekly_limit_hours == 25


@pytest.mark.parametrize("effective,week_before,week_of_change", [
    (WEEK3, 30, 25),  # on a Monday: the week before keeps 30 h, that week is judged by 25 h
    (WEEK3 + days(2), 30, 25),  # on a Wednesday: the week it lands in is judged by the new limit
    (WEEK3 + days(6), 30, 25),  # on the Sunday: still that week
    (WEEK3 + days(7), 30, 30),  # on the next Monday: that week is untouched
])
def test_a_week_is_judged_by_the_limit_in_force_that_week(db, effective, week_before, week_of_change):
    cid = _hourly(30)
    factories_log = [(WEEK3 - days(7), 32 * 60), (WEEK3, 27 * 60)]
    for day, minutes in factories_log:
        for chunk in range(0, minutes, 600):
            worklog.add(cid, day + days(chunk // 600), min(600, minutes - chunk))
    scope.change_weekly_limit(cid, 25, REQ, effective_on=effective)
    weeks = {w.monday: w for w in worklog.weeks(cid, today=dt.date(2026, 6, 1))}
    assert weeks[WEEK3 - days(7)].limit_minutes == week_before * 60
    assert weeks[WEEK3 - days(7)].over_minutes == 2 * 60  # 32 h against 30 h, whatever came later
    assert weeks[WEEK3].limit_minutes == week_of_change * 60
    assert weeks[WEEK3].over_minutes == max(0, 27 - week_of_change) * 60


def test_a_change_later_this_week_does_not_judge_the_week_until_its_day(db):
    cid = _hourly(30)
    scope.change_weekly_limit(cid, 25, REQ, effective_on=WEEK3 + days(3))  # Thursday
    tuesday, thursday = WEEK3 + days(1), WEEK3 + days(3)
    assert terms.for_week(cid, WEEK3, today=tuesday).weekly_limit_hours == 30
    assert terms.for_week(cid, WEEK3, today=thursday).weekly_limit_hours == 25


def test_a_future_change_is_scheduled_and_applies_on_its_day(db):
    cid = _hourly(30)
    today = WEEK3 + days(1)
    scope.change_rate(cid, 6000, REQ, effective_on=WEEK3 + days(14))
    assert terms.scheduled(cid, today) == [terms.Change(WEEK3 + days(14), "rate_minor", 5000, 6000)]
    facts = workroom.facts(cid, today=today)
    assert facts.rate_minor == 5000
    assert facts.scheduled == terms.scheduled(cid, today)
    assert terms.in_force(cid, WEEK3 + days(13)).rate_minor == 5000
    assert terms.in_force(cid, WEEK3 + days(14)).rate_minor == 6000
    assert workroom.facts(cid, today=WEEK3 + days(14)).scheduled == []
    # The cached columns follow the day: still the old rate the day before, the new one on the day.
    terms.refresh_today(today=WEEK3 + days(13))
    assert Contract.get_by_id(cid).rate_minor == 5000
    terms.refresh_today(today=WEEK3 + days(14))
    assert Contract.get_by_id(cid).rate_minor == 6000
    # The person's rate history and the ledger carry the effective day.
    assert Rate.get(Rate.contract == cid).effective_on == WEEK3 + days(14)
    row = scope.ledger(cid)[0]
    assert (row.kind, row.effective_on) == ("rate", WEEK3 + days(14))


def test_the_day_that_judges_a_week_is_today_while_it_runs_else_its_sunday():
    sunday = WEEK3 + days(6)
    assert terms.week_day(WEEK3, WEEK3) == WEEK3  # its Monday: only today's terms are known to be in force
    assert terms.week_day(WEEK3, WEEK3 + days(3)) == WEEK3 + days(3)
    assert terms.week_day(WEEK3, WEEK3 + days(9)) == sunday  # a past week: its Sunday
    assert terms.week_day(WEEK3, WEEK3 - days(1)) == sunday  # a week still to come: its Sunday


def test_a_rate_change_keeps_the_retainers_weekly_payment(db):
    cid = factories.contract(kind="retainer", rate_minor=4000, weekly_payment_minor=80000, start_date=START)
    scope.change_rate(cid, 5000, REQ, effective_on=WEEK3)
    now = terms.in_force(cid, WEEK3)
    assert (now.effective_on, now.rate_minor, now.weekly_limit_hours, now.weekly_payment_minor) == (
        WEEK3, 5000, None, 80000)


def test_every_scheduled_change_is_listed_in_date_order(db):
    cid = _hourly(30)
    scope.change_rate(cid, 6000, REQ, effective_on=WEEK3 + days(7))
    scope.change_weekly_limit(cid, 20, REQ, effective_on=WEEK3 + days(14))
    assert terms.scheduled(cid, WEEK3) == [terms.Change(WEEK3 + days(7), "rate_minor", 5000, 6000),
                                           terms.Change(WEEK3 + days(14), "weekly_limit_hours", 30, 20)]
    assert terms.scheduled(cid, WEEK3 + days(7)) == [terms.Change(WEEK3 + days(14), "weekly_limit_hours", 30, 20)]


def test_a_later_scheduled_change_keeps_its_own_value_and_carries_an_earlier_one(db):
    cid = _hourly(30)
    scope.change_weekly_limit(cid, 20, REQ, effective_on=WEEK3 + days(14))
    scope.change_rate(cid, 5500, REQ, effective_on=WEEK3)
    scope.change_weekly_limit(cid, 35, REQ, effective_on=WEEK3)
    assert [(t.effective_on, t.rate_minor, t.weekly_limit_hours) for t in terms.history(cid)] == [
        (START, 5000, 30), (WEEK3, 5500, 35), (WEEK3 + days(14), 5500, 20)]


def test_two_changes_on_one_day_make_one_row(db):
    cid = _hourly(30)
    scope.change_weekly_limit(cid, 25, REQ, effective_on=WEEK3)
    scope.change_rate(cid, 5500, REQ, effective_on=WEEK3)
    assert len(terms.history(cid)) == 2
    assert terms.in_force(cid, WEEK3) == terms.Terms(WEEK3, 5500, 25, None, terms.in_force(cid, WEEK3).scope_change_id)


def test_a_change_outside_the_contract_dates_is_refused_next_to_its_field(db):
    cid = _hourly(30, end_date=START + days(60))
    with pytest.raises(ValidationError) as before:
        scope.change_weekly_limit(cid, 25, REQ, effective_on=START - days(1))
    with pytest.raises(ValidationError) as after:
        scope.change_rate(cid, 6000, REQ, effective_on=START + days(61))
    assert before.value.field == after.value.field == "effective date"
    with pytest.raises(ValidationError, match="same as the limit in force"):
        scope.change_weekly_limit(cid, 30, REQ, effective_on=START)
    assert ScopeChange.select().count() == 0 and len(terms.history(cid)) == 1


def test_the_term_row_and_the_ledger_row_land_together_or_not_at_all(db, monkeypatch):
    cid = _hourly(30)

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(terms, "change", broken)
    with pytest.raises(RuntimeError):
        scope.change_weekly_limit(cid, 25, REQ, effective_on=WEEK3)
    assert ScopeChange.select().count() == 0 and len(terms.history(cid)) == 1


def test_the_weekly_limit_rule_uses_the_limit_in_force_this_week(db):
    cid = _hourly(40)
    worklog.add(cid, WEEK3, 9 * 60)
    worklog.add(cid, WEEK3 + days(1), 9 * 60)  # 18 h this week
    scope.change_weekly_limit(cid, 20, REQ, effective_on=WEEK3 + days(3))

    def variant(today):
        cards = [c for c in review_rules.run_rule(review_rules.BY_NAME["hours_limit"], today, {})]
        return cards[0].variant if cards else None

    assert variant(WEEK3 + days(2)) is None  # 18 of 40 h
    assert variant(WEEK3 + days(3)) == "near"  # 18 of 20 h, from Thursday on


@pytest.mark.parametrize("offset", [-1, 0, 1, 6, 7, 13, 14, 15])
def test_the_sql_rule_and_the_python_rule_agree_on_every_boundary(db, offset):
    cid = _hourly(30)
    scope.change_weekly_limit(cid, 25, REQ, effective_on=WEEK3)
    scope.change_rate(cid, 6000, REQ, effective_on=WEEK3 + days(14))
    day = WEEK3 + days(offset)
    quoted = f"'{day.isoformat()}'"
    row = database.obj.execute_sql(
        f"SELECT {terms.in_force_sql(str(cid), quoted, 't.rate_minor')}, "
        f"{terms.in_force_sql(str(cid), quoted, 't.weekly_limit_hours')}").fetchone()
    python = terms.in_force(cid, day)
    assert row == (python.rate_minor, python.weekly_limit_hours)


def test_every_contract_has_terms_rows(db):
    factories.contract(kind="retainer", weekly_payment_minor=80000)
    factories.contract(status="draft", start_date=None)
    assert ContractTerm.select(ContractTerm.contract).distinct().count() == Contract.select().count()


def test_retainer_use_agrees_in_the_header_the_pdf_and_the_review_card(db):
    from talentdesk.services import report_data, retainer

    cid = factories.contract(kind="retainer", rate_minor=4000, weekly_payment_minor=80000, start_date=START)
    today = START + days(7 * 8 + 2)  # a Wednesday, eight whole weeks in
    monday = today - days(2)
    scope.change_weekly_payment(cid, 40000, REQ, effective_on=monday - days(14))
    for week in range(1, 9):
        worklog.add(cid, monday - days(7 * week), 4 * 60)
    worklog.add(cid, monday, 90)
    header = workroom.facts(cid, today=today).utilisation
    pdf = report_data.contract_summary(cid, today=today).utilisation
    assert header == pdf
    assert [(u.weeks, u.used_minutes, u.bought_minutes) for u in header] == [
        (0, 90, 10 * 60), (4, 16 * 60, 60 * 60), (12, 32 * 60, (6 * 20 + 2 * 10) * 60)]
    card = next(c for c in review_rules.run_rule(review_rules.BY_NAME["retainer"], today, {}))
    four = retainer.usage(cid, 4, today)
    assert (card.facts["logged_minutes"], card.facts["bought_minutes"], card.facts["used_percent"]) == (
        four.used_minutes, four.bought_minutes, four.percent)


def test_the_engagement_total_agrees_in_the_workroom_and_the_dossier(db):
    from talentdesk.services import report_data

    first = factories.contract(start_date=START, end_date=START + days(20))
    talent = Contract.get_by_id(first).talent_id
    second = factories.contract(talent, start_date=START + days(21), renews_id=first)
    contracts.add_payment(second, "hourly", 12_345, "USD", START + days(30))
    lines = report_data.dossier(talent).engagements
    assert [line.titles for line in lines] == [[link.title for link in workroom.chain(first)]]
    assert lines[0].total == workroom.engagement(second)
    assert workroom.facts(first).engagement == lines[0].total
