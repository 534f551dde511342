"""The team planner on hand-built benches: capacity, away periods, overlap across midnight and a change of
the clocks, money in another currency, teams, the constraint nobody meets, and plans kept with draft offers."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import availability, contracts, exchange, planner, settings, talents, worklog
from talentdesk.services.errors import ValidationError
from talentdesk.services.planner import Description, SkillNeed
from tests import factories

TODAY = dt.date(2027, 1, 4)  # a Monday
MONDAY = dt.date(2027, 1, 11)


def person(name, skills, hours=None, rate=None, currency="EUR", tz="UTC", start=9 * 60, end=17 * 60):
    tid = factories.talent(name, skills=list(skills), timezone=tz, working_hours_start=start, working_hours_end=end)
    if hours is not None:
        availability.set_offered(tid, hours)
    if rate is not None:
        talents.add_rate(tid, dt.date(2026, 1, 1), rate, currency)
    return tid


def ended(tid, **fields):
    contract_id = factories.contract(tid, status="active", **fields)
    contracts.move(contract_id, "ended", on=fields.get("end_date"))
    return contract_id


def describe(*skills, hours=20, start=MONDAY, end=MONDAY + dt.timedelta(days=11), **rest):
    rest.setdefault("currency", "EUR")
    return Description(tuple(SkillNeed(*s) if isinstance(s, tuple) else SkillNeed(s) for s in skills), hours, start,
                       end, **rest)


@pytest.fixture
def my_day(db):
    settings.set("my_timezone", "UTC")
    settings.set("my_working_hours_start", 9 * 60)
    settings.set("my_working_hours_end", 17 * 60)


# -- capacity ------------------------------------------------------------------------------------------

def test_capacity_is_offered_hours_less_running_limits_and_recent_hours(db):
    ana = person("Ana", [("Python", 4)], hours=30)
    factories.contract(ana, status="active", weekly_limit_hours=10, start_date=dt.date(2026, 6, 1))
    ben = person("Ben", [("Python", 4)], hours=30)
    open_ended = factories.contract(ben, status="active", weekly_limit_hours=None, start_date=dt.date(2026, 6, 1))
    for week in range(4):  # 8 h logged in each of the last four weeks
        worklog.add(open_ended, TODAY - dt.timedelta(weeks=week + 1), 8 * 60)
    ended(ana, weekly_limit_hours=20, start_date=dt.date(2026, 1, 5), end_date=dt.date(2026, 3, 1))  # takes nothing
    two_weeks = availability.capacities([ana, ben], MONDAY, MONDAY + dt.timedelta(days=13), TODAY)
    assert two_weeks[ana].free_minutes == 2 * 20 * 60  # 30 offered, 10 taken by the running contract
    assert two_weeks[ana].committed_minutes == 10 * 60
    assert two_weeks[ben].free_minutes == 2 * 22 * 60  # no limit: the recent 8 h a week stand for it
    assert two_weeks[ben].commitments[0].limited is False


def test_availability_not_set_has_no_capacity_and_is_never_assumed(db):
    nobody = person("Cleo", [("Python", 5)])
    cap = availability.capacities([nobody], MONDAY, MONDAY + dt.timedelta(days=6), TODAY)[nobody]
    assert cap.offered_hours is None and cap.free_minutes is None and not cap.is_set


def test_away_days_take_the_whole_day(db):
    ana = person("Ana", [("Python", 4)], hours=20)
    availability.add_away(ana, MONDAY + dt.timedelta(days=7), MONDAY + dt.timedelta(days=13), "holiday")
    cap = availability.capacities([ana], MONDAY, MONDAY + dt.timedelta(days=20), TODAY)[ana]
    assert cap.workdays == 15 and cap.away_days == 5
    assert cap.free_minutes == 2 * 20 * 60
    assert [a.note for a in cap.away] == ["holiday"]


def test_away_period_dates_are_checked(db):
    ana = person("Ana", [("Python", 4)])
    with pytest.raises(ValidationError) as error:
        availability.add_away(ana, MONDAY, MONDAY - dt.timedelta(days=1))
    assert error.value.field == "end date"


def test_free_this_week_and_next(db):
    ana = person("Ana", [("Python", 4)], hours=20)
    availability.add_away(ana, TODAY + dt.timedelta(days=7), TODAY + dt.timedelta(days=8))  # Mon and Tue next week
    cleo = person("Cleo", [("Python", 4)])
    assert availability.free_this_week_and_next([ana, cleo], TODAY) == {ana: (20 * 60, 12 * 60), cleo: (None, None)}


# -- overlap ---------------------------------------------------------------------------------------------

def test_overlap_across_midnight(db):
    # I work 9–17 in Berlin (UTC+1 in January); they work 22:00–06:00 in Los Angeles (UTC−8): 06:00–14:00 UTC.
    found = planner.overlap_in_period((9 * 60, 17 * 60, "Europe/Berlin"), (22 * 60, 6 * 60, "America/Los_Angeles"),
                                      MONDAY, MONDAY + dt.timedelta(days=4))
    assert (found.least_minutes, found.most_minutes, found.changes_on) == (6 * 60, 6 * 60, None)


def test_overlap_follows_a_change_of_the_clocks_inside_the_period(db):
    # New York moves to summer time on 14 March 2027, Berlin only on 28 March: 2 h of overlap become 3 h.
    found = planner.overlap_in_period((9 * 60, 17 * 60, "Europe/Berlin"), (9 * 60, 17 * 60, "America/New_York"),
                                      dt.date(2027, 3, 8), dt.date(2027, 3, 19))
    assert (found.first_minutes, found.least_minutes, found.most_minutes) == (120, 120, 180)
    assert found.changes_on == dt.date(2027, 3, 14)


def test_an_overlap_met_only_after_the_clocks_change_is_not_met(db):
    settings.set("my_timezone", "Europe/Berlin")
    person("Nia", [("Python", 4)], hours=40, rate=5000, tz="America/New_York")
    result = planner.propose(describe(("Python", 4), overlap_minutes=180, start=dt.date(2027, 3, 8),
                                      end=dt.date(2027, 3, 19)), TODAY)
    assert result.proposals == []
    assert [u.code for u in result.unmet] == ["overlap"]
    assert [(a.name, str(a.detail)) for a in result.unmet[0].nearest] == [("Nia", "2 h overlap")]
    after = planner.propose(describe(("Python", 4), overlap_minutes=180, start=dt.date(2027, 3, 15),
                                     end=dt.date(2027, 3, 26)), TODAY)
    assert [p.names for p in after.proposals] == ["Nia"]
    across = planner.propose(describe(("Python", 4), overlap_minutes=120, start=dt.date(2027, 3, 8),
                                      end=dt.date(2027, 3, 19)), TODAY)
    assert "overlap 2 h a day, 3 h from 2027-03-14 (the clocks change)" in across.proposals[0].members[0].reasons


# -- ranking ---------------------------------------------------------------------------------------------

def _review(contract_id, score, rehire):
    contracts.add_private_review(contract_id, contracts.ReviewInput(
        skills=score, quality=score, availability=score, deadlines=score, communication=score, cooperation=score,
        would_rehire=rehire, recommend=8, reviewed_on=dt.date(2026, 6, 1)))


def test_single_people_ranked_with_reasons_and_cost(db, my_day):
    ana = person("Ana", [("Python", 4), ("dbt", 3)], hours=30, rate=4000)
    ben = person("Ben", [("Python", 5), ("dbt", 2)], hours=40, rate=3000)
    _review(ended(ana, end_date=dt.date(2026, 5, 1)), 5, "yes")
    _review(ended(ben, end_date=dt.date(2026, 5, 1)), 2, "no")
    result = planner.propose(describe(("Python", 4), "dbt", hours=20), TODAY)
    singles = [p for p in result.proposals if not p.is_team]
    assert [p.names for p in singles] == ["Ana", "Ben"]  # the better review first, though dearer
    best = singles[0]
    assert best.cost_minor == 4000 * 20 * 2  # 20 h a week for two weeks at 40.00
    text = " | ".join(best.members[0].reasons)
    assert "Python 4 (needs 4)" in text and "review score 5.0 of 5" in text and "would rehire: Yes" in text
    assert "cost 1600.00 EUR for 40 h at 40.00 EUR an hour" in text
    assert best.members[0].hours_per_week == 20
    assert result.unmet == []


def test_a_team_covers_skills_no_single_person_has(db, my_day):
    person("Ana", [("Python", 4)], hours=10, rate=4000)
    person("Ben", [("dbt", 3)], hours=15, rate=3000)
    person("Cleo", [("Python", 2)], hours=40, rate=1000)  # below the level asked
    result = planner.propose(describe(("Python", 4), ("dbt", 1), hours=20), TODAY)
    assert [p.names for p in result.proposals] == ["Ana, Ben"]
    team = result.proposals[0]
    assert [(m.candidate.name, m.hours_per_week) for m in team.members] == [("Ana", 10), ("Ben", 10)]
    assert team.cost_minor == (4000 * 20 + 3000 * 20)


def test_hours_shared_by_capacity_and_budget_respected(db, my_day):
    person("Ana", [("Python", 4)], hours=8, rate=4000)
    person("Ben", [("dbt", 3)], hours=40, rate=3000)
    result = planner.propose(describe(("Python", 4), "dbt", hours=20, budget_minor=200_000), TODAY)
    team = result.proposals[0]
    assert [(m.candidate.name, m.hours_per_week) for m in team.members] == [("Ana", 8), ("Ben", 12)]
    assert team.cost_minor == 4000 * 16 + 3000 * 24
    # Ben alone could do the hours within 1,300.00, but nobody alone has both skills, and the team costs 1,360.00.
    tight = planner.propose(describe(("Python", 4), "dbt", hours=20, budget_minor=130_000), TODAY)
    assert tight.proposals == [] and [u.code for u in tight.unmet] == ["together"]


def test_away_period_and_document_expiring_are_named_risks(db, my_day, tmp_path):
    ana = person("Ana", [("Python", 4)], hours=40, rate=4000)
    availability.add_away(ana, MONDAY + dt.timedelta(days=2), MONDAY + dt.timedelta(days=2), "dentist")
    from talentdesk.services import files

    source = tmp_path / "insurance.pdf"
    source.write_bytes(b"%PDF-1.4 insurance")
    files.add_for_person(tmp_path / "data", ana, files.FileInput(
        source, direction="from_them", document_kind="insurance", expires_on=MONDAY + dt.timedelta(days=5),
        shared_on=dt.date(2026, 1, 5)))
    result = planner.propose(describe(("Python", 4), hours=20), TODAY)
    risks = [str(r) for r in result.proposals[0].risks]
    assert "away 2027-01-13 – 2027-01-13 (dentist)" in risks
    assert "insurance: expires on 2027-01-16, before the plan ends" in risks


# -- money in other currencies ----------------------------------------------------------------------------

def test_a_budget_in_another_currency_than_the_rate_is_refused_by_name(db, my_day):
    person("Gwen", [("Python", 4)], hours=40, rate=5000, currency="GBP")
    result = planner.propose(describe(("Python", 4), budget_minor=600_000, currency="EUR"), TODAY)
    assert result.proposals == []
    assert [u.code for u in result.unmet] == ["budget"]
    assert "rate in GBP, budget in EUR — no exchange rate" in str(result.unmet[0].text)


def test_without_a_budget_the_other_currency_leaves_the_cost_unknown(db, my_day):
    person("Gwen", [("Python", 4)], hours=40, rate=5000, currency="GBP")
    result = planner.propose(describe(("Python", 4), currency="EUR"), TODAY)
    assert result.proposals[0].cost_minor is None
    assert any("cost unknown: rate in GBP, budget in EUR — no exchange rate" in r
               for r in result.proposals[0].members[0].reasons)


def test_an_unmet_budget_or_rate_says_the_limit_and_why_only_when_nobody_could_be_priced(db, my_day):
    person("Gwen", [("Python", 4)], hours=40, rate=5000, currency="GBP")  # no pound rate kept
    alone = planner.propose(describe(("Python", 4), budget_minor=600_000, currency="EUR"), TODAY)
    assert [str(u.text) for u in alone.unmet] == [
        "nobody can do 40 h within 6000.00 EUR: rate in GBP, budget in EUR — no exchange rate"]
    person("Ana", [("Python", 4)], hours=40, rate=10000, currency="EUR")  # priced, and too dear
    dear = planner.propose(describe(("Python", 4), budget_minor=1_000, max_rate_minor=500, currency="EUR"), TODAY)
    assert [(u.code, str(u.text)) for u in dear.unmet] == [
        ("max_rate", "nobody's rate is 5.00 EUR an hour or less"), ("budget", "nobody can do 40 h within 10.00 EUR")]


def test_cost_in_is_the_one_currency_decision(db):
    assert planner.cost_in("EUR", 1234, "EUR") == 1234
    with pytest.raises(planner.NoExchangeRate) as refused:
        planner.cost_in("EUR", 1234, "GBP", TODAY)
    assert str(refused.value) == "rate in GBP, budget in EUR — no exchange rate"
    exchange.set_rate(TODAY - dt.timedelta(days=3), "GBP", "0.8")  # a Friday's rate serves the Monday
    assert planner.cost_in("EUR", 8000, "GBP", TODAY) == 10000
    exchange.set_rate(TODAY - dt.timedelta(days=3), "USD", "1.25")  # crossed through the euro: 1 GBP = 1.5625 USD
    assert planner.cost_in("USD", 8000, "GBP", TODAY) == 12500


def test_a_rate_in_another_currency_is_converted_by_the_rates_in_force(db, my_day):
    person("Gwen", [("Python", 4)], hours=40, rate=4000, currency="GBP")  # £40.00 an hour
    exchange.set_rate(TODAY - dt.timedelta(days=1), "GBP", "0.8")  # the plan starts later: today's rate serves
    result = planner.propose(describe(("Python", 4), hours=20, budget_minor=600_000, currency="EUR"), TODAY)
    member = result.proposals[0].members[0]
    assert member.candidate.rate_in_plan == 5000  # €50.00 an hour
    assert member.cost_minor == 5000 * member.minutes // 60
    assert result.unmet == []


# -- no solution ------------------------------------------------------------------------------------------

def test_no_solution_names_its_constraint_and_the_nearest_alternatives(db, my_day):
    person("Ana", [("Rust", 3)], hours=40, rate=4000)
    person("Ben", [("Rust", 2)], hours=40, rate=4000)
    result = planner.propose(describe(("Rust", 5)), TODAY)
    assert result.proposals == []
    assert [str(u.text) for u in result.unmet] == ["nobody has Rust at level 5 or above"]
    assert [(a.name, str(a.detail)) for a in result.unmet[0].nearest] == [("Ana", "Rust 3"), ("Ben", "Rust 2")]


def test_when_nobody_meets_it_all_the_nearest_are_the_best_reviewed(db, my_day):
    # Ana overlaps but costs above the maximum; Zoe is within it but works while I sleep: each constraint is
    # met by someone, nobody meets them all. Ana comes first by id; Zoe is the better reviewed and comes first.
    ana = person("Ana", [("Python", 4)], hours=40, rate=6000)
    zoe = person("Zoe", [("Python", 4)], hours=40, rate=4000, tz="Asia/Tokyo")
    _review(ended(ana, end_date=dt.date(2026, 5, 1)), 1, "no")
    _review(ended(zoe, end_date=dt.date(2026, 5, 1)), 5, "yes")
    result = planner.propose(describe(("Python", 4), overlap_minutes=120, max_rate_minor=5000), TODAY)
    assert result.proposals == []
    assert [u.code for u in result.unmet] == ["together"]
    assert [(a.name, str(a.detail)) for a in result.unmet[0].nearest] == [
        ("Zoe", "too little overlap"), ("Ana", "rate above the maximum")]


def test_nobody_with_availability_set_is_said_not_assumed(db, my_day):
    person("Ana", [("Python", 4)], rate=4000)
    result = planner.propose(describe(("Python", 4)), TODAY)
    assert result.proposals == [] and result.not_set == 1
    assert [u.code for u in result.unmet] == ["availability"]
    assert [a.name for a in result.unmet[0].nearest] == ["Ana"]


def test_a_skill_is_found_whatever_its_case(db, my_day):
    person("Ana", [("PostgreSQL", 3)], hours=40, rate=4000)
    result = planner.propose(describe(("postgresql", 2)), TODAY)
    assert [p.names for p in result.proposals] == ["Ana"]
    assert "postgresql 3 (needs 2)" in str(result.proposals[0].members[0].reasons[0])


def test_archived_and_do_not_rehire_people_are_not_proposed(db, my_day):
    person("Ana", [("Python", 4)], hours=40, rate=4000)
    gone = person("Zed", [("Python", 5)], hours=40, rate=1000)
    talents.set_status([gone], "do_not_rehire", "missed deadlines")
    assert [p.names for p in planner.propose(describe(("Python", 4)), TODAY).proposals] == ["Ana"]


# -- the description ------------------------------------------------------------------------------------

def test_skills_and_money_are_read_as_written():
    assert planner.parse_skills("Python:4, dbt, python:2") == (SkillNeed("Python", 4), SkillNeed("dbt", 1))
    assert planner.parse_money("6000EUR", "budget", "USD") == (600_000, "EUR")
    assert planner.parse_money("6,000", "budget", "JPY") == (6000, "JPY")
    with pytest.raises(ValidationError) as error:
        planner.parse_skills("Python:9")
    assert error.value.field == "skills"
    with pytest.raises(ValidationError) as error:
        planner.parse_money("lots", "budget", "USD")
    assert error.value.field == "budget"


@pytest.mark.parametrize(("text", "message"), [
    ("", "name a skill, e.g. “Python:4” or “dbt”."),
    ("  :3", "name a skill, e.g. “Python:4” or “dbt”."),
    ("Python\nGo", "name a skill, e.g. “Python:4” or “dbt”."),
    ("Python:0", "must be from 1 to 5 (got 0)."),
    ("Python:6", "must be from 1 to 5 (got 6)."),
    ("x" * 81, "is too long (81 characters; at most 80)."),
])
def test_a_skill_that_cannot_be_read_says_why_next_to_the_skills(text, message):
    with pytest.raises(ValidationError) as error:
        planner.parse_skill(text)
    assert (error.value.field, str(error.value.message)) == ("skills", message)


def test_a_skill_is_read_with_its_level_or_any_level():
    assert planner.parse_skill(" dbt ") == SkillNeed("dbt", 1)
    assert planner.parse_skill("Python : 5 ") == SkillNeed("Python", 5)
    assert planner.parse_skill("x" * 80) == SkillNeed("x" * 80, 1)
    assert planner.parse_skills("") == ()
    assert planner.parse_skills("dbt:3, DBT:3, Go, dbt:2") == (SkillNeed("dbt", 3), SkillNeed("Go", 1))


@pytest.mark.parametrize(("text", "message"), [
    ("", "write an amount and a currency, e.g. “6000 EUR”."),
    ("lots", "write an amount and a currency, e.g. “6000 EUR”."),
    ("6000 EURO", "write an amount and a currency, e.g. “6000 EUR”."),
    ("12.345", "has more decimals than USD allows (2)."),
])
def test_money_that_cannot_be_read_says_why_next_to_its_field(text, message):
    with pytest.raises(ValidationError) as error:
        planner.parse_money(text, "maximum rate", "USD")
    assert (error.value.field, str(error.value.message)) == ("maximum rate", message)


def test_a_description_needs_skills_and_a_period_in_order(db):
    with pytest.raises(ValidationError) as error:
        planner.propose(describe(), TODAY)
    assert error.value.field == "skills"
    with pytest.raises(ValidationError) as error:
        planner.propose(describe("Python", start=MONDAY, end=MONDAY - dt.timedelta(days=1)), TODAY)
    assert error.value.field == "end date"


# -- plans -----------------------------------------------------------------------------------------------

def test_a_chosen_team_becomes_draft_offers_kept_as_a_plan(db, my_day):
    ana = person("Ana", [("Python", 4)], hours=10, rate=4000)
    ben = person("Ben", [("dbt", 3)], hours=15, rate=3000)
    d = describe(("Python", 4), "dbt", hours=20, title="Data pipeline")
    proposal = planner.propose(d, TODAY).proposals[0]
    plan_id = planner.save_plan(d, proposal)
    saved = planner.load_plan(plan_id)
    assert saved.description == d
    assert [(m.talent_id, m.contract_status) for m in saved.members] == [(ana, "draft"), (ben, "draft")]
    offer = contracts.get(saved.members[1].contract_id)
    assert (offer.title, offer.kind, offer.rate_minor, offer.currency, offer.weekly_limit_hours) == (
        "Data pipeline", "hourly", 3000, "EUR", 10)
    assert (offer.start_date, offer.end_date) == (d.starts_on, d.ends_on)
    assert "dbt (level 1+)" in offer.scope
    assert [(p.title, p.people) for p in planner.plans()] == [("Data pipeline", "Ana, Ben")]


def test_the_bench_and_the_planner_agree_on_free_capacity(db):
    from talentdesk.services import bench
    from talentdesk.services.weeks import week_of

    ana = person("Ana", [("Python", 4)], hours=30)
    factories.contract(ana, status="active", weekly_limit_hours=10, start_date=dt.date(2026, 6, 1))
    availability.add_away(ana, dt.date.today() + dt.timedelta(days=7), dt.date.today() + dt.timedelta(days=7))
    cleo = person("Cleo", [("Python", 4)])
    monday = week_of(dt.date.today())[0]
    row = bench.rows([ana, cleo])
    for week in (0, 1):
        start = monday + dt.timedelta(weeks=week)
        planned = availability.capacities([ana, cleo], start, start + dt.timedelta(days=6))
        assert row[ana].free_minutes[week] == planned[ana].free_minutes
        assert row[cleo].free_minutes[week] is None and planned[cleo].free_minutes is None
    assert row[ana].free_minutes[0] == 20 * 60 and row[ana].free_minutes[1] in (16 * 60, 20 * 60)  # a weekend away


def test_a_classification_risk_is_named(db, my_day):
    from talentdesk.services import classification

    ana = person("Ana", [("Python", 4)], hours=40, rate=4000)
    running = factories.contract(ana, status="active", weekly_limit_hours=5, start_date=dt.date(2026, 6, 1),
                                 title="Support")
    classification.save_answers(running, classification.Answers(sets_hours="me", sets_place="me", equipment_by="me",
                                                                exclusive=True), TODAY)
    assert classification.latest_for_people([ana])[ana].level == "high"
    risks = [str(r) for r in planner.propose(describe(("Python", 4)), TODAY).proposals[0].risks]
    assert risks == ["classification risk high on “Support”"]


def test_a_contract_starting_and_ending_within_a_week_takes_only_its_days(db):
    ana = person("Ana", [("Python", 4)], hours=20)  # 4 h a weekday
    factories.contract(ana, status="active", weekly_limit_hours=10, start_date=MONDAY + dt.timedelta(days=1),
                       end_date=MONDAY + dt.timedelta(days=3))  # Tuesday to Thursday: 2 h of each of those days
    cap = availability.capacities([ana], MONDAY, MONDAY + dt.timedelta(days=4), TODAY)[ana]
    assert cap.free_minutes == (20 - 3 * 2) * 60
