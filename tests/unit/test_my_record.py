"""My record as a client: each figure on a small hand-built history, and the rules that hold me to it."""
from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from talentdesk.services import my_record, review_rules, settings
from talentdesk.services.my_record import Period
from talentdesk.store.models import Appreciation, Contract, Feedback, Message, Milestone, Payment, Talent
from tests import factories
from tests import review_factories as rf

TODAY = dt.date(2026, 3, 4)  # a Wednesday
YEAR = Period(dt.date(2025, 3, 5), TODAY)


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def figure(key: str, months: int = 12, today: dt.date = TODAY) -> my_record.Figure:
    return my_record.record(months, today).figures[key]


def milestone(contract_id: int, submitted: dt.date, approved: dt.date | None = None, paid: dt.date | None = None,
              title: str = "Design") -> int:
    status = "paid" if paid else ("approved" if approved else "submitted")
    return Milestone.create(contract=contract_id, title=title, status=status, submitted_on=submitted,
                            approved_on=approved, paid_on=paid, amount_minor=50000).id


def say(contract_id: int, when: str, author: str, body: str = "…", channel: str = "chat") -> None:
    Message.create(contract=contract_id, sent_at=dt.datetime.fromisoformat(when), author=author, body=body,
                   channel=channel)


# -- milestones -----------------------------------------------------------------------------------------------

def test_days_to_approval_and_payment_are_medians_from_submission(db):
    cid = factories.contract(kind="fixed")
    milestone(cid, TODAY - days(30), approved=TODAY - days(28), paid=TODAY - days(25))
    milestone(cid, TODAY - days(20), approved=TODAY - days(16), paid=TODAY - days(10))
    milestone(cid, TODAY - days(10), approved=TODAY - days(4))  # approved, not paid yet
    approval, payment = figure("approval_days"), figure("payment_days")
    assert approval.value == 4 and approval.extra == {"auto_released": 0, "waiting": 0}
    assert payment.value == (5 + 10) / 2 and payment.counted == 2


def test_a_milestone_approved_after_the_auto_release_counts_as_released(db):
    cid = factories.contract(kind="fixed")
    late = milestone(cid, TODAY - days(40), approved=TODAY - days(20))  # 20 days: the marketplace released it on day 14
    milestone(cid, TODAY - days(30), approved=TODAY - days(28))
    approval = figure("approval_days")
    assert approval.value == (14 + 2) / 2
    assert approval.extra["auto_released"] == 1
    assert [(i.value, i.note) for i in approval.items] == [(14, "auto_released"), (2, "")]
    assert my_record.approval(Milestone.get_by_id(late), TODAY) == (TODAY - days(40) + days(14), True)


def test_a_milestone_left_waiting_past_the_window_is_released_and_one_within_it_waits(db):
    cid = factories.contract(kind="fixed")
    milestone(cid, TODAY - days(15))  # never answered: released yesterday
    milestone(cid, TODAY - days(3))  # still within the window
    approval = figure("approval_days")
    assert approval.value == 14 and approval.extra == {"auto_released": 1, "waiting": 1}


def test_no_submitted_milestone_is_no_figure_not_zero(db):
    cid = factories.contract(kind="fixed")
    Milestone.create(contract=cid, title="Old", status="approved", approved_on=TODAY - days(5), amount_minor=1)
    assert figure("approval_days").value is None and figure("payment_days").value is None


def test_the_period_and_the_one_before(db):
    cid = factories.contract(kind="fixed")
    milestone(cid, TODAY - days(10), approved=TODAY - days(8))
    milestone(cid, TODAY - days(50), approved=TODAY - days(44))  # the month before
    approval = figure("approval_days", months=1)
    assert (approval.value, approval.previous) == (2, 6)


# -- hourly weeks ------------------------------------------------------------------------------------------------

def test_hourly_weeks_paid_on_time(db):
    cid = factories.contract(kind="hourly")
    week_end = dt.date(2026, 2, 22)  # a Sunday
    for paid_after, ref in ((5, "a"), (10, "b"), (11, "c")):
        Payment.create(contract=cid, kind="hourly", amount_minor=100, currency="USD", period_start=week_end - days(6),
                       period_end=week_end, paid_on=week_end + days(paid_after),
                       external_ref=ref)
    hourly = figure("hourly_on_time")
    assert round(hourly.value, 2) == round(200 / 3, 2) and hourly.extra["late"] == 1
    settings.set("record.hourly_paid_within_days", 11)
    assert figure("hourly_on_time").value == 100


# -- answers -------------------------------------------------------------------------------------------------------

def test_answer_time_counts_working_minutes_and_the_next_working_day(db):
    tid = factories.talent(timezone="UTC")
    cid = factories.contract(tid)
    say(cid, "2026-03-02 10:00", "them", "Can you check the draft?")  # Monday
    say(cid, "2026-03-02 10:30", "them", "And the logo?")  # the same question still open
    say(cid, "2026-03-02 11:00", "me")  # 60 working minutes
    say(cid, "2026-02-27 16:30", "them", "One more thing")  # Friday evening
    say(cid, "2026-03-02 09:30", "me")  # Monday morning: 30 + 30 minutes
    answers = figure("answer_minutes")
    assert sorted(i.value for i in answers.items) == [60, 60]
    assert answers.value == 60 and answers.extra["unanswered"] == 0
    assert answers.items[0].what == "One more thing"


def test_answer_time_in_two_time_zones(db):
    # They work in New York (14:00-22:00 UTC in early March), I work in Berlin (08:00-16:00 UTC).
    settings.set("my_timezone", "Europe/Berlin")
    tid = factories.talent(timezone="America/New_York")
    cid = factories.contract(tid)
    say(cid, "2026-03-03 21:00", "them")  # Tuesday, their evening
    say(cid, "2026-03-04 09:00", "me")  # Wednesday, my morning: 60 of theirs + 60 of mine
    assert figure("answer_minutes").value == 120


def test_notes_are_not_answers_and_an_open_question_is_unanswered(db):
    cid = factories.contract()
    say(cid, "2026-03-03 10:00", "them")
    say(cid, "2026-03-03 11:00", "me", channel="note")
    answers = figure("answer_minutes")
    assert answers.value is None and answers.extra["unanswered"] == 1


# -- feedback, people, endings, thanks ---------------------------------------------------------------------------

def test_feedback_received_average_and_comments(db):
    for score, comment in ((5, "Clear brief"), (4, "Paid fast")):
        Feedback.create(contract=factories.contract(), direction="received", score=score, comment=comment,
                        given_on=TODAY - days(3))
    Feedback.create(contract=factories.contract(), direction="given", score=1, comment="", given_on=TODAY)
    received = figure("feedback_score")
    assert received.value == 4.5 and [i.what for i in received.items] == ["Clear brief", "Paid fast"]


def test_share_of_people_hired_more_than_once_counts_engagements_not_renewals(db):
    twice = factories.talent("Ana")
    first = factories.contract(twice, start_date=dt.date(2025, 1, 6))
    rf.ended(first, dt.date(2025, 6, 30))
    factories.contract(twice, start_date=dt.date(2025, 9, 1))
    renewed = factories.talent("Ben")
    old = factories.contract(renewed, start_date=dt.date(2025, 5, 5))
    rf.ended(old, dt.date(2025, 12, 31))
    factories.contract(renewed, start_date=dt.date(2026, 1, 1), renews_id=old)
    factories.contract(factories.talent("Cy"), status="draft", start_date=dt.date(2026, 1, 1))
    rehire = figure("rehire_share")
    assert rehire.value == 50 and rehire.extra == {"people": 2, "more_than_once": 1}
    tenure = figure("relationship_days")
    # Ana: 6 Jan 2025 to today; Ben: 5 May 2025 to today (inclusive).
    assert tenure.value == ((TODAY - dt.date(2025, 1, 6)).days + 1 + (TODAY - dt.date(2025, 5, 5)).days + 1) / 2


def test_contracts_ended_by_me_and_by_them_and_why(db):
    for by, reason in (("me", "Project delivered"), ("them", "Took a full-time job"), (None, "Project delivered")):
        cid = rf.ended(factories.contract(start_date=dt.date(2025, 6, 2)), TODAY - days(10))
        Contract.update(ended_by=by, end_reason=reason).where(Contract.id == cid).execute()
    renewed = rf.ended(factories.contract(start_date=dt.date(2025, 6, 2)), TODAY - days(5))
    Contract.update(ended_by="me", end_reason="Renewed").where(Contract.id == renewed).execute()
    factories.contract(Contract.get_by_id(renewed).talent_id, renews_id=renewed)  # the same engagement goes on
    ended = figure("ended_by")
    assert ended.value == 1
    assert {k: ended.extra[k] for k in ("me", "them", "unknown")} == {"me": 1, "them": 1, "unknown": 1}
    assert ended.extra["reasons"] == {"Project delivered": 2, "Took a full-time job": 1}


def test_thanks_per_contract_counts_a_bonus_with_its_thanks_once(db):
    tid = factories.talent()
    cid = factories.contract(tid)
    factories.contract(tid, title="Second")
    bonus = Payment.create(contract=cid, kind="bonus", amount_minor=5000, currency="USD", paid_on=TODAY - days(2))
    Appreciation.create(talent=tid, contract=cid, kind="thanks_bonus", given_on=TODAY - days(2), what="Thanks",
                        payment=bonus)
    Appreciation.create(talent=tid, contract=cid, kind="praise", given_on=TODAY - days(1), what="Great work")
    thanks = figure("thanks_per_contract")
    assert thanks.value == 1.0 and (thanks.extra["bonuses"], thanks.extra["thanks"]) == (1, 1)


def test_an_empty_folder_has_no_figures(db):
    assert all(f.value is None for f in my_record.record(12, TODAY).figures.values())


def test_quoted_comments_are_stored(db):
    ids = [Feedback.create(contract=factories.contract(), direction="received", score=5, comment=c,
                           given_on=TODAY).id for c in ("One", "Two")]
    assert my_record.set_quoted([ids[1]]) == 1
    assert [(r.comment, r.quoted) for r in my_record.received_feedback()] == [("Two", True), ("One", False)]
    assert [q.comment for q in my_record.working_with_me(12, TODAY).quotes] == ["Two"]


def test_the_comments_list_shows_each_received_comment_newest_first_with_who_and_where(db):
    an = factories.talent("Nguyen Van An")
    Talent.update(given_name="An").where(Talent.id == an).execute()  # as a vCard import names them
    bea = factories.talent("Bea Lima")
    # One feedback each way per contract.
    same_day = [Feedback.create(contract=factories.contract(who, title=title), direction="received", score=score,
                                comment=text, given_on=TODAY).id
                for who, title, score, text in ((bea, "Logo", 3, "Slow to pay"), (an, "Shop", 4, "Kind"))]
    older = Feedback.create(contract=factories.contract(an, title="Website"), direction="received", score=5,
                            comment="Clear brief", given_on=TODAY - days(9)).id  # entered last, given first
    score_alone = factories.contract(an, title="Audit")
    Feedback.create(contract=score_alone, direction="received", score=2, comment="", given_on=TODAY)
    Feedback.create(contract=score_alone, direction="given", score=1, comment="Late", given_on=TODAY)  # mine to them
    shown = [(r.id, r.given_on, r.score, r.comment, r.talent_name, r.given_name, r.contract_title, r.quoted)
             for r in my_record.received_feedback()]
    assert shown == [
        (same_day[1], TODAY, 4, "Kind", "Nguyen Van An", "An", "Shop", False),
        (same_day[0], TODAY, 3, "Slow to pay", "Bea Lima", "Bea", "Logo", False),
        (older, TODAY - days(9), 5, "Clear brief", "Nguyen Van An", "An", "Website", False),
    ]


def test_working_with_me_names_me_my_hours_my_channels_and_the_period(db):
    settings.set("user_name", "Sam Client")
    settings.set("my_timezone", "Europe/Berlin")
    cid = factories.contract()
    for when, channel in (("2026-03-01 10:00", "chat"), ("2026-02-01 10:00", "chat"), ("2025-06-01 10:00", "chat"),
                          ("2026-03-02 10:00", "email"),
                          ("2025-03-05 00:00", "email"),  # the first moment of the period counts
                          ("2025-03-04 23:59", "chat"),  # the day before the period does not
                          ("2026-03-03 10:00", "note")):  # a note is not a message to them
        say(cid, when, "me", channel=channel)
    say(cid, "2026-03-02 11:00", "them", channel="chat")
    say(cid, "2026-03-02 12:00", "them", channel="email")
    page = my_record.working_with_me(12, TODAY)
    assert page.name == "Sam Client"
    assert page.hours == my_record.my_hours() and page.hours.timezone == "Europe/Berlin"
    assert page.channels == [("chat", 3), ("email", 2)]
    assert page.record.period == YEAR
    assert page.record.figures.keys() == my_record.record(12, TODAY).figures.keys()
    settings.set("user_name", "")
    assert my_record.working_with_me(12, TODAY).name == ""


# -- the rules that hold me to it ----------------------------------------------------------------------------------

def cards(rule: str, today: dt.date = TODAY) -> list[review_rules.Card]:
    return review_rules.run_rule(review_rules.BY_NAME[rule], today)


def test_a_submitted_milestone_card_says_when_the_marketplace_releases_it(db):
    cid = factories.contract(kind="fixed")
    milestone(cid, TODAY - days(3), title="Wireframes")
    milestone(cid, TODAY, title="Too fresh")  # within the threshold of a day
    milestone(cid, TODAY - days(5), approved=TODAY - days(1), title="Approved")
    [card] = cards("milestone_waiting")
    assert card.variant == "waiting" and card.due == TODAY + days(11)
    assert card.facts["releases_on"] == (TODAY + days(11)).isoformat() and card.facts["days_left"] == 11
    assert "releases it automatically on 2026-03-15, in 11 days" in card.reason
    milestone(cid, TODAY - days(20), title="Forgotten")
    assert {c.variant for c in cards("milestone_waiting")} == {"waiting", "released"}


def test_an_unanswered_question_waits_more_than_a_working_day(db):
    tid = factories.talent(timezone="UTC")
    cid = factories.contract(tid)
    say(cid, "2026-03-02 09:00", "me")
    say(cid, "2026-03-02 10:00", "them", "Which font do we use?")  # Monday 10:00
    # Tuesday: 7 + 1 working hours by the end of the day, not more than a day; Wednesday: more.
    assert cards("question_unanswered", dt.date(2026, 3, 2)) == []
    [card] = cards("question_unanswered", dt.date(2026, 3, 3))
    assert card.facts["waiting_minutes"] == 15 * 60 and card.facts["question"] == "Which font do we use?"
    say(cid, "2026-03-03 12:00", "me")
    assert cards("question_unanswered", dt.date(2026, 3, 4)) == []


def test_a_question_asked_on_friday_waits_over_the_weekend_without_counting_it(db):
    cid = factories.contract(factories.talent(timezone="UTC"))
    say(cid, "2026-03-06 15:00", "them")  # Friday afternoon: 2 hours by the end of Friday
    assert cards("question_unanswered", dt.date(2026, 3, 8)) == []  # Sunday
    settings.set("review.question_unanswered.hours", 2)
    assert len(cards("question_unanswered", dt.date(2026, 3, 8))) == 0  # exactly 2 hours: not more
    assert len(cards("question_unanswered", dt.date(2026, 3, 9))) == 1


# -- the schema step --------------------------------------------------------------------------------------------------

def test_the_released_folder_migrates_with_no_invented_values(tmp_path):
    from talentdesk.store.schema import DATABASE_FILE, open_database

    folder = tmp_path / "data"
    folder.mkdir()
    fixture = Path(__file__).parents[1] / "migrations" / "fixtures" / "v7.sqlite3"
    shutil.copy(fixture, folder / DATABASE_FILE)
    con = sqlite3.connect(fixture)
    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("milestone", "contract", "feedback")]
    con.close()
    db = open_database(folder)
    try:
        assert db.execute_sql("SELECT count(*), count(submitted_on) FROM milestone").fetchone() == (counts[0], 0)
        assert db.execute_sql("SELECT count(*), count(ended_by) FROM contract").fetchone() == (counts[1], 0)
        assert db.execute_sql("SELECT count(*), sum(quoted) FROM feedback").fetchone()[0:1] == (counts[2],)
        assert db.execute_sql("SELECT count(*) FROM feedback WHERE quoted != 0").fetchone() == (0,)
    finally:
        db.close()


@pytest.mark.parametrize("months", my_record.PERIOD_MONTHS)
def test_a_period_is_that_many_months_up_to_today(months):
    period = my_record.period_ending(TODAY, months)
    assert period.end == TODAY and period.previous().end == period.start - days(1)
    assert period.previous().days == period.days


# -- where the data comes from ---------------------------------------------------------------------------------------

def test_marking_a_milestone_submitted_records_the_day_and_only_then(db):
    from talentdesk.services import milestones

    cid = factories.contract(kind="fixed")
    first = milestones.add(cid, "Design", 1000)
    milestones.set_status(first, "submitted", on=TODAY - days(3))
    milestones.set_status(first, "approved", on=TODAY)
    assert Milestone.get_by_id(first).submitted_on == TODAY - days(3)
    milestones.set_status(first, "pending")
    assert Milestone.get_by_id(first).submitted_on is None  # not submitted after all
    second = milestones.add(cid, "Build", 1000)
    milestones.set_status(second, "approved", on=TODAY)  # straight to approved: the submission day is not known
    assert Milestone.get_by_id(second).submitted_on is None


def test_ending_a_contract_says_who_ended_it(db):
    from talentdesk.services import offboarding
    from talentdesk.services.errors import ValidationError

    cid = factories.contract(start_date=dt.date(2026, 1, 5))
    with pytest.raises(ValidationError):
        offboarding.end_contract(cid, offboarding.EndInput(TODAY, "Done", ended_by="someone"))
    offboarding.end_contract(cid, offboarding.EndInput(TODAY, "Took a full-time job", ended_by="them"))
    assert Contract.get_by_id(cid).ended_by == "them"
    other = factories.contract(start_date=dt.date(2026, 1, 5))
    offboarding.end_contract(other, offboarding.EndInput(TODAY, "Delivered"))
    assert Contract.get_by_id(other).ended_by is None
