"""Review rules at the edges of their thresholds, on small worlds built by factories."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import classification, contracts, review_rules, settings, talents, workroom
from talentdesk.store.models import Attachment, Contract, Message, Talent
from tests import factories
from tests import review_factories as rf

TODAY = dt.date(2026, 3, 4)  # a Wednesday
MONDAY = dt.date(2026, 3, 2)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def subjects(rule: str, today: dt.date = TODAY) -> list[str]:
    return [c.subject for c in review_rules.run_rule(review_rules.BY_NAME[rule], today)]


def only(rule: str, today: dt.date = TODAY) -> review_rules.Card:
    found = review_rules.run_rule(review_rules.BY_NAME[rule], today)
    assert len(found) == 1, found
    return found[0]


# -- contract ending -------------------------------------------------------------------------

@pytest.mark.parametrize("left,shown", [(13, True), (14, True), (15, False), (0, True)])
def test_contract_ending_within_the_threshold(db, left, shown):
    cid = factories.contract(end_date=TODAY + days(left))
    assert subjects("contract_ending") == ([f"contract:{cid}"] if shown else [])


def test_contract_ending_follows_the_setting_and_skips_renewed_and_ended(db):
    cid = factories.contract(end_date=TODAY + days(20))
    assert subjects("contract_ending") == []
    settings.set("review.contract_ending.days", 21)
    assert subjects("contract_ending") == [f"contract:{cid}"]
    factories.contract(Contract.get_by_id(cid).talent_id, renews_id=cid)
    assert subjects("contract_ending") == []
    rf.ended(factories.contract(end_date=TODAY + days(3)), TODAY + days(3))
    assert subjects("contract_ending") == []


def test_a_contract_ending_today_is_ending_not_past(db):
    """Its last day is still a working day: "ends today", never "ended 0 days ago"."""
    factories.contract(end_date=TODAY)
    card = only("contract_ending")
    assert (card.variant, card.facts["days_left"], card.due) == ("ending", 0, TODAY)
    assert only("contract_ending", TODAY + days(1)).variant == "past"


def test_contract_past_its_end_and_still_running(db):
    factories.contract(end_date=TODAY - days(2))
    card = only("contract_ending")
    assert card.variant == "past" and "2 days ago" in card.reason


# -- feedback owed ---------------------------------------------------------------------------

def _reviewed(cid: int) -> None:
    contracts.add_private_review(cid, contracts.ReviewInput(5, 5, 5, 5, 5, 5, "yes", 8, reviewed_on=TODAY - days(1)))


@pytest.mark.parametrize("ago,shown", [(0, True), (13, True), (14, True), (15, False)])
def test_feedback_owed_within_the_window(db, ago, shown):
    cid = rf.ended(factories.contract(), TODAY - days(ago))
    _reviewed(cid)
    assert subjects("feedback_owed") == ([f"contract:{cid}"] if shown else [])


def test_feedback_given_clears_it_and_a_missing_private_review_stays_owed(db):
    cid = rf.ended(factories.contract(), TODAY - days(3))
    card = only("feedback_owed")
    assert card.variant == "both" and card.facts["days_left"] == 11
    contracts.add_feedback(cid, "given", 4, given_on=TODAY)
    card = only("feedback_owed")
    # With feedback given, no window is running: the card gives no "days left" (it was -525 on old ones).
    assert card.variant == "review" and card.due is None and card.facts["days_left"] is None
    rf.ended(factories.contract(), TODAY - days(400))
    assert len(subjects("feedback_owed")) == 2  # a private review is owed on any ended contract
    _reviewed(cid)
    assert f"contract:{cid}" not in subjects("feedback_owed")


# -- rate not revisited ----------------------------------------------------------------------

@pytest.mark.parametrize("rate_on,shown", [
    (dt.date(2025, 3, 5), False), (dt.date(2025, 3, 4), True), (dt.date(2025, 3, 3), True)])
def test_rate_stale_after_twelve_months(db, rate_on, shown):
    tid = factories.talent()
    factories.contract(tid, start_date=dt.date(2024, 1, 1))
    talents.add_rate(tid, rate_on, 5000, "USD")
    assert subjects("rate_stale") == ([f"talent:{tid}"] if shown else [])


def test_rate_stale_needs_an_active_relationship_and_uses_the_start_without_rates(db):
    tid = factories.talent()
    cid = factories.contract(tid, start_date=dt.date(2025, 1, 1))
    assert subjects("rate_stale") == [f"talent:{tid}"]
    assert only("rate_stale").facts["last_revisit"] == "2025-01-01"
    rf.ended(cid, dt.date(2026, 2, 1))
    assert subjects("rate_stale") == []


# -- retainer --------------------------------------------------------------------------------

def _retainer(**fields) -> int:
    # 800.00 a week at 40.00 an hour buys 20 hours a week: 80 hours over 4 weeks.
    fields.setdefault("start_date", dt.date(2026, 1, 5))
    return factories.contract(kind="retainer", rate_minor=4000, weekly_payment_minor=80000, **fields)


@pytest.mark.parametrize("hours,shown", [(39, True), (40, False), (41, False)])
def test_retainer_underused_below_the_share_of_hours_bought(db, hours, shown):
    cid = _retainer()
    # The window is the four whole weeks before this one: Monday 2 February to Sunday 1 March.
    rf.work(cid, MONDAY - days(28), hours * 60 - 60)
    rf.work(cid, MONDAY - days(1), 60)
    rf.work(cid, MONDAY - days(29), 600)  # the Sunday before the window
    rf.work(cid, MONDAY, 600)  # this week, still running, is not judged yet
    assert subjects("retainer") == ([f"contract:{cid}"] if shown else [])


def test_retainer_judged_by_the_payment_in_force_each_week(db):
    """A payment cut two weeks ago: those weeks bought fewer hours, the weeks before the old number."""
    from talentdesk.services import retainer, scope

    cid = _retainer()  # 20 h a week at 800.00
    scope.change_weekly_payment(cid, 40000, scope.Request("less work"), effective_on=MONDAY - days(14))
    rf.work(cid, MONDAY - days(28), 19 * 60)  # (20 + 20 + 10 + 10) h bought: 60 h; 29 h used is 48 %
    rf.work(cid, MONDAY - days(1), 10 * 60)
    used = retainer.usage(cid, 4, TODAY)
    assert (used.used_minutes, used.bought_minutes, used.percent) == (29 * 60, 60 * 60, 48)
    assert subjects("retainer") == [f"contract:{cid}"]
    rf.work(cid, MONDAY - days(2), 60)  # 30 h of 60 h: not below half any more
    assert subjects("retainer") == []


def test_retainer_too_young_to_judge_and_renewal_due(db):
    young = _retainer(start_date=TODAY - days(20))
    assert subjects("retainer") == []
    Contract.update(end_date=TODAY + days(14)).where(Contract.id == young).execute()
    assert only("retainer").variant == "renewal"
    Contract.update(end_date=TODAY + days(15)).where(Contract.id == young).execute()
    assert subjects("retainer") == []


def test_retainer_usage_is_this_week_by_default_and_none_for_other_contracts(db):
    from talentdesk.services import retainer

    cid = _retainer()  # 800.00 a week at 40.00 an hour: 20 hours bought each week
    rf.work(cid, MONDAY, 120)
    rf.work(cid, MONDAY - days(7), 600)  # last week: not this week's
    now = retainer.usage(cid, today=TODAY)
    assert (now.weeks, now.used_minutes, now.bought_minutes, now.weeks_counted) == (0, 120, 1200, 1)
    last4 = retainer.usage(cid, 4, TODAY)
    assert (last4.used_minutes, last4.bought_minutes, last4.weeks_counted) == (600, 4 * 1200, 4)
    hourly = factories.contract(kind="hourly")
    assert retainer.usage(hourly, today=TODAY) is None and retainer.utilisation(hourly, TODAY) == []


def test_a_retainer_ending_is_asked_about_once(db):
    cid = _retainer(end_date=TODAY + days(5))
    rf.work(cid, TODAY, 80 * 60)
    assert subjects("retainer") == [f"contract:{cid}"]
    assert subjects("contract_ending") == []


# -- hours against the weekly limit ----------------------------------------------------------

@pytest.mark.parametrize("minutes,variant", [(35 * 60 + 59, None), (36 * 60, "near"), (40 * 60, "near"),
                                             (40 * 60 + 1, "over")])
def test_hours_near_or_over_the_weekly_limit(db, minutes, variant):
    cid = factories.contract(weekly_limit_hours=40)
    rf.work(cid, MONDAY, minutes - 60)
    rf.work(cid, TODAY, 60)
    rf.work(cid, MONDAY - days(1), 600)  # last week's Sunday does not count
    found = review_rules.run_rule(review_rules.BY_NAME["hours_limit"], TODAY)
    assert [c.variant for c in found] == ([variant] if variant else [])


def test_hours_logged_on_sunday_count_in_the_week(db):
    """The week runs Monday to Sunday: ten hours logged on the Sunday fill a ten-hour limit."""
    cid = factories.contract(weekly_limit_hours=10)
    sunday = MONDAY + days(6)
    rf.work(cid, sunday, 600)
    card = only("hours_limit", sunday)
    assert (card.facts["used_minutes"], card.facts["used_percent"]) == (600, 100)
    assert workroom.minutes_in_week(cid, sunday) == 600 == workroom.minutes_in_week(cid, MONDAY)


def test_hours_limit_counts_the_whole_week_from_monday(db):
    cid = factories.contract(weekly_limit_hours=10)
    rf.work(cid, MONDAY, 600)
    assert only("hours_limit", MONDAY + days(6)).facts["week_start"] == MONDAY.isoformat()
    assert subjects("hours_limit", MONDAY + days(7)) == []


# -- access open after the end ---------------------------------------------------------------

@pytest.mark.parametrize("ago,shown", [(0, False), (1, True), (30, True)])
def test_access_still_open_after_the_end(db, ago, shown):
    cid = rf.ended(factories.contract(), TODAY - days(ago))
    rf.grant(cid, "GitHub")
    rf.grant(cid, "Slack", revoked_on=TODAY - days(ago))
    assert subjects("access_open") == ([f"contract:{cid}"] if shown else [])


def test_access_card_lists_open_systems_and_changes_fingerprint_with_a_new_grant(db):
    cid = rf.ended(factories.contract(), TODAY - days(5))
    rf.grant(cid, "GitHub")
    first = only("access_open")
    assert first.facts["systems"] == ["GitHub"]
    rf.grant(cid, "Laptop", kind="equipment")
    second = only("access_open")
    assert second.facts["systems"] == ["GitHub", "Laptop"] and second.fingerprint != first.fingerprint


# -- milestone overdue ------------------------------------------------------------------------

@pytest.mark.parametrize("due,shown", [(TODAY, False), (TODAY - days(1), True)])
def test_milestone_overdue(db, due, shown):
    cid = factories.contract()
    mid = rf.milestone(cid, due)
    rf.milestone(cid, TODAY - days(9), status="approved")
    assert subjects("milestone_overdue") == ([f"milestone:{mid}"] if shown else [])


# -- stay in touch ----------------------------------------------------------------------------

@pytest.mark.parametrize("ago,shown", [(29, False), (30, False), (31, True)])
def test_no_contact_with_a_favourite_for_longer_than_the_cadence(db, ago, shown):
    tid = factories.talent(favourite=True, stay_in_touch_days=30)
    cid = factories.contract(tid)
    contracts.add_message(cid, "Old news", sent_at=dt.datetime(2025, 1, 1, 9))
    contracts.add_message(cid, "Quick call", channel="call", sent_at=dt.datetime.combine(TODAY - days(ago),
                                                                                        dt.time(23, 30)))
    assert subjects("stay_in_touch") == ([f"talent:{tid}"] if shown else [])


def test_stay_in_touch_only_for_favourites_and_uses_the_default_cadence(db):
    quiet = factories.talent(favourite=True)
    factories.talent(favourite=False)
    Talent.update(created_at=dt.datetime(2026, 1, 1)).execute()
    card = only("stay_in_touch")
    assert card.subject == f"talent:{quiet}" and card.variant == "never" and card.facts["cadence_days"] == 30
    cid = factories.contract(quiet)
    Message.create(contract=cid, sent_at=dt.datetime(2026, 3, 1, 8), author="them", body="Hi")
    assert subjects("stay_in_touch") == []


# -- test project ----------------------------------------------------------------------------

def test_test_project_ended_with_no_decision(db):
    cid = factories.contract(is_test_project=True)
    assert subjects("test_decision") == []
    rf.ended(cid, TODAY)
    assert subjects("test_decision") == [f"contract:{cid}"]
    settings.set("review.test_decision.grace_days", 1)
    assert subjects("test_decision") == []
    assert subjects("test_decision", TODAY + days(1)) == [f"contract:{cid}"]
    Contract.update(test_decision="hire").execute()
    assert subjects("test_decision", TODAY + days(1)) == []


# -- documents -------------------------------------------------------------------------------

@pytest.mark.parametrize("offset,variant", [(29, "expiring"), (30, "expiring"), (31, None), (0, "expiring"),
                                            (-1, "expired"), (-30, "expired"), (-31, None)])
def test_document_expiring_within_thirty_days(db, offset, variant):
    tid = factories.talent()
    rf.document(tid, TODAY + days(offset))
    found = review_rules.run_rule(review_rules.BY_NAME["document_expiring"], TODAY)
    assert [c.variant for c in found] == ([variant] if variant else [])


# -- appreciation ----------------------------------------------------------------------------

def test_five_star_review_with_no_thanks_since(db):
    tid = factories.talent()
    cid = factories.contract(tid)
    contracts.add_feedback(cid, "given", 5, "Superb", given_on=TODAY - days(3))
    assert only("appreciation").variant == "five_star"
    rf.thanks(tid, TODAY - days(4))  # before the review: does not count
    assert len(subjects("appreciation")) == 1
    rf.thanks(tid, TODAY - days(3))
    assert subjects("appreciation") == []


@pytest.mark.parametrize("ago,shown", [(30, True), (31, False)])
def test_approved_milestone_within_the_look_back(db, ago, shown):
    cid = factories.contract()
    mid = rf.milestone(cid, TODAY - days(40), status="approved", approved_on=TODAY - days(ago))
    assert subjects("appreciation") == ([f"milestone:{mid}"] if shown else [])


def test_a_four_star_review_asks_for_nothing(db):
    cid = factories.contract()
    contracts.add_feedback(cid, "given", 4, given_on=TODAY)
    assert subjects("appreciation") == []


# -- classification --------------------------------------------------------------------------

def test_classification_from_answers_and_data(db):
    cid = factories.contract(start_date=dt.date(2024, 6, 1))
    offer = only("classification")  # no answers, no risk signals, but running for long: the check is offered
    assert offer.variant == "offer" and offer.facts["tenure_days"] == (TODAY - dt.date(2024, 6, 1)).days
    assert offer.reason.startswith(f"Running for {offer.facts['tenure_days']} days")
    classification.save_answers(cid, classification.Answers(sets_hours="me", sets_place="shared"))
    assert subjects("classification") == [f"contract:{cid}"]  # 3 points: medium
    card = only("classification")
    assert card.variant == "medium" and set(card.facts["signals"]) == {"hours_me", "place_shared", "open_ended"}
    rf.grant(cid, "Laptop", kind="equipment")  # the access register says I supply equipment: +2
    card = only("classification")
    assert card.variant == "high" and "equipment_me" in card.facts["signals"]
    classification.save_answers(cid, classification.Answers())
    assert set(only("classification").facts["signals"]) == {"equipment_me", "open_ended"}


@pytest.mark.parametrize("started_ago,shown", [(181, False), (182, True)])
def test_the_check_is_offered_after_six_months(db, started_ago, shown):
    cid = factories.contract(start_date=TODAY - days(started_ago))
    assert subjects("classification") == ([f"contract:{cid}"] if shown else [])
    classification.save_answers(cid, classification.Answers(), today=TODAY)  # checked: offered no more
    assert subjects("classification") == []


@pytest.mark.parametrize("hours,shown", [(59, False), (60, True)])
def test_the_check_is_offered_at_thirty_hours_a_week_on_average(db, hours, shown):
    cid = factories.contract(start_date=TODAY - days(14))
    rf.work(cid, TODAY - days(1), hours * 60)
    found = review_rules.run_rule(review_rules.BY_NAME["classification"], TODAY)
    assert [(c.subject, c.variant) for c in found] == ([(f"contract:{cid}", "offer")] if shown else [])


def test_the_kept_result_and_an_agreement_held_for_the_person(db):
    tid = factories.talent("Ines Duarte")
    cid = factories.contract(tid, "Support", start_date=TODAY - days(30), platform="")

    def codes():
        return classification.assess(classification.combine(None, classification.data_signals(cid, TODAY))).codes

    assert codes() == ["no_agreement_file"]
    rf.document(tid, TODAY + days(200), kind="agreement", name="framework-agreement.pdf")  # the person's own file
    assert codes() == []
    Attachment.delete().where(Attachment.name == "framework-agreement.pdf").execute()
    rf.document(tid, TODAY - days(1), kind="agreement", name="old.pdf")
    assert codes() == ["no_agreement_file"]  # an agreement that has expired does not count

    result = classification.save_answers(cid, classification.Answers(sets_hours="me", sets_place="me"), today=TODAY)
    assert (result.level, result.points, result.checked_on) == ("medium", 4, TODAY)
    assert classification.last_result(cid) == result and classification.results_for_person(tid) == [result]


def test_an_agreement_counts_until_the_end_of_its_last_day(db):
    tid = factories.talent()
    cid = factories.contract(tid, start_date=TODAY - days(30), platform="")
    rf.document(tid, TODAY, kind="agreement", name="agreement.pdf")  # expires today: still held today
    signals = classification.data_signals(cid, TODAY)
    assert "no_agreement_file" not in classification.assess(classification.combine(None, signals)).codes
    signals = classification.data_signals(cid, TODAY + days(1))
    assert "no_agreement_file" in classification.assess(classification.combine(None, signals)).codes


def test_signals_read_as_one_sentence():
    assert review_rules.signal_text(["You set their hours.", "They use your equipment.", "No end date"]) == (
        "you set their hours; they use your equipment; no end date")
    assert review_rules.signal_text([]) == ""
    assert review_rules.signal_text(["Reports to the head of UX."]) == "reports to the head of UX"


def test_classification_sql_agrees_with_the_python_assessment(db):
    cases = [
        classification.Answers(),
        classification.Answers(sets_hours="me", equipment_by="shared", written_contract=False),
        classification.Answers(sets_place="me", core_business=True, open_ended=True),
        None,
    ]
    ids = []
    for n, answers in enumerate(cases):
        cid = factories.contract(start_date=dt.date(2024, 1, 1) + days(n), platform="" if n % 2 else "Upwork")
        for week in range(12):
            rf.work(cid, TODAY - days(7 * week), 32 * 60 if n == 2 else 60)
        if answers:
            classification.save_answers(cid, answers)
        ids.append(cid)
    settings.set("review.classification.min_points", 0)
    by_contract = {c.contract_id: c for c in review_rules.run_rule(review_rules.BY_NAME["classification"], TODAY)}
    for cid in ids:
        expected = classification.assess(classification.combine(
            classification.load_answers(cid), classification.data_signals(cid, TODAY)))
        card = by_contract[cid]
        assert (card.variant, card.facts["points"], card.facts["signals"]) == (
            expected.level, expected.points, expected.codes)


# -- settings and the whole queue -----------------------------------------------------------

def test_a_rule_switched_off_gives_no_cards(db):
    factories.contract(end_date=TODAY + days(3))
    assert [c.rule for c in review_rules.compute(TODAY)] == ["contract_ending"]
    settings.set("review.contract_ending.on", False)
    assert review_rules.compute(TODAY) == []


def test_a_dismissed_cards_fingerprint_is_stable_across_versions():
    """Dismissals are stored by this digest: a change to how it is made would bring back every card the
    user dismissed, on the first start of the new version."""
    rule = review_rules.BY_NAME["contract_ending"]
    assert review_rules.fingerprint(rule, "ending", {"end_date": "2026-03-10", "days_left": 6}) == (
        "c57f09c06e57402596440ccdee032f2e")
    # A date among the facts (as the rules' Python callers pass them) reads as its ISO text.
    assert review_rules.fingerprint(rule, "ending", {"end_date": dt.date(2026, 3, 10)}) == (
        "c57f09c06e57402596440ccdee032f2e")
    # Only the facts the rule names count: the days left change every day, the end date does not.
    assert review_rules.fingerprint(rule, "ending", {"end_date": "2026-03-10", "days_left": 5}) == (
        "c57f09c06e57402596440ccdee032f2e")


def test_the_queue_puts_the_most_urgent_first_within_a_rule(db):
    """Cards come rule by rule, each rule's soonest due date first and undated last, whatever order the
    records were made in; a tie on the date goes by the person's name."""
    later = factories.contract(factories.talent("Bea"), end_date=TODAY + days(10))
    sooner = factories.contract(factories.talent("Cai"), end_date=TODAY + days(2))
    same_day = factories.contract(factories.talent("Abe"), end_date=TODAY + days(10))
    undated = rf.ended(factories.contract(factories.talent("Ada")), TODAY - days(3))
    contracts.add_feedback(undated, "given", 4, given_on=TODAY)  # only the private review is owed: no date
    owed = rf.ended(factories.contract(factories.talent("Zoe")), TODAY - days(1))
    cards = [(c.rule, c.subject) for c in review_rules.compute(TODAY) if c.rule in ("contract_ending", "feedback_owed")]
    assert cards == [("contract_ending", f"contract:{sooner}"), ("contract_ending", f"contract:{same_day}"),
                     ("contract_ending", f"contract:{later}"),
                     ("feedback_owed", f"contract:{owed}"), ("feedback_owed", f"contract:{undated}")]


def test_thresholds_come_from_the_values_given_and_a_rule_is_on_unless_switched_off(db):
    cid = factories.contract(end_date=TODAY + days(20))
    assert review_rules.compute(TODAY) == []  # the setting: 14 days
    found = review_rules.compute(TODAY, {"review.contract_ending.days": 30})  # values without "on": on
    assert [(c.rule, c.subject) for c in found] == [("contract_ending", f"contract:{cid}")]
    assert review_rules.compute(TODAY, {"review.contract_ending.days": 30, "review.contract_ending.on": False}) == []


def test_facts_read_plainly_on_the_command_line():
    plain = review_rules.plain_facts({
        "used_minutes": 600, "rate_minor": 123450, "currency": "EUR", "percent": 85, "systems": ["GitHub", "Slack"],
        "signals": ["hours_me", "open_ended"], "kind": "hourly", "document_kind": "insurance", "end_date": None,
        "days_left": 3})
    assert plain == {
        "used_minutes": "10.0 h", "rate_minor": "1234.50 EUR", "currency": "EUR", "percent": "85 %",
        "systems": "GitHub, Slack", "signals": "you set their working hours; the engagement is open-ended",
        "kind": "Hourly", "document_kind": "Insurance", "end_date": "—", "days_left": "3 days"}
    assert review_rules.plain_facts({"weekly_payment_minor": 80000})["weekly_payment_minor"] == "800.00 USD"


def test_every_rule_has_its_settings_and_reason_templates():
    for rule in review_rules.RULES:
        assert rule.setting("on") in settings.DEFAULTS
        for threshold in rule.thresholds:
            default = settings.DEFAULTS[rule.setting(threshold.key)]
            assert threshold.low <= default <= threshold.high
        assert rule.templates and rule.actions


# The tables that grow with use, and the aliases the rules give them. A full scan of one of
# them would make the queue slow on years of data; the feedback table (one or two rows per
# contract) is scanned by the appreciation rule on purpose.
BIG_TABLES = ("message", "work_log", "payment", "contract", "attachment", "milestone", "talent", "access_grant",
              "rate", "appreciation", "private_review")
ALIASES = ("c", "r", "s", "m", "w", "a", "t", "g", "p")


@pytest.mark.parametrize("engine", ["sqlite"], indirect=True)  # SQLite's planner; PostgreSQL plans by its own statistics
@pytest.mark.parametrize("rule", review_rules.RULES, ids=lambda r: r.name)
def test_every_rule_query_uses_an_index(db, rule):
    values = settings.all_settings()
    plan = db.execute_sql("EXPLAIN QUERY PLAN " + rule.sql, review_rules.params(rule, TODAY, values)).fetchall()
    details = [row[3] for row in plan]
    assert any(d.startswith("SEARCH") and "INDEX" in d for d in details)
    full_scans = [d for d in details if d.startswith("SCAN ") and d.split()[1] in BIG_TABLES + ALIASES
                  and "INDEX" not in d]
    assert full_scans == [], details
