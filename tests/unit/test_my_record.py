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


# -- what each figure shows and says ---------------------------------------------------------------------------------

def test_each_record_names_its_day_person_and_contract(db):
    ana = factories.talent("Ana Lima")
    cid = factories.contract(ana, title="Landing page", kind="fixed", start_date=dt.date(2026, 1, 5))
    milestone(cid, TODAY - days(6), approved=TODAY - days(4), title="Wireframes")
    Appreciation.create(talent=ana, contract=None, kind="praise", given_on=TODAY - days(1), what="Calm under pressure")
    [approved] = figure("approval_days").items
    assert approved == my_record.Item(TODAY - days(6), ana, "Ana Lima", cid, "Landing page", "Wireframes", 2, "")
    [person] = figure("rehire_share").items  # a person's figure: no contract of its own
    assert person == my_record.Item(dt.date(2026, 1, 5), ana, "Ana Lima", None, "", "", 0.0, "1")
    [praise] = figure("thanks_per_contract").items  # praise for the person, no contract named
    assert praise == my_record.Item(TODAY - days(1), ana, "Ana Lima", None, "", "Calm under pressure", 1.0, "praise")


def test_the_command_lines_json_rounds_each_figure_and_says_the_one_before(db):
    cid = factories.contract(kind="hourly")
    for week_end, paid_after, ref in ((dt.date(2026, 2, 1), 2, "a"), (dt.date(2026, 2, 8), 3, "b"),
                                      (dt.date(2026, 2, 15), 12, "c"),  # late
                                      (dt.date(2025, 2, 9), 20, "d")):  # late, in the year before
        Payment.create(contract=cid, kind="hourly", amount_minor=100, currency="USD", period_start=week_end - days(6),
                       period_end=week_end, paid_on=week_end + days(paid_after), external_ref=ref)
    rf.ended(factories.contract(start_date=dt.date(2025, 6, 2)), TODAY - days(3))
    Contract.update(ended_by="them", end_reason="Moved on").where(Contract.status == "ended").execute()
    plain = my_record.record(12, TODAY).plain()
    assert plain["period"] == {"start": "2025-03-05", "end": "2026-03-04"}
    assert plain["hourly_on_time"] == {"value": 66.67, "previous": 0.0, "counted": 3, "late": 1, "within_days": 10}
    # The reasons (a mapping) are for the screens, not one figure of the JSON.
    assert plain["ended_by"] == {"value": 0.0, "previous": None, "counted": 1, "me": 0, "them": 1, "unknown": 0}
    assert plain["approval_days"] == {"value": None, "previous": None, "counted": 0, "auto_released": 0, "waiting": 0}
    assert list(plain) == ["period", *(key for key, _unit in my_record.FIGURES)]


# -- the auto-release day ----------------------------------------------------------------------------------------------

def test_approved_on_the_release_day_is_my_approval_and_a_day_later_the_marketplaces(db):
    cid = factories.contract(kind="fixed")
    on_the_day = milestone(cid, TODAY - days(30), approved=TODAY - days(16))
    a_day_late = milestone(cid, TODAY - days(30), approved=TODAY - days(15))
    assert my_record.approval(Milestone.get_by_id(on_the_day), TODAY) == (TODAY - days(16), False)
    assert my_record.approval(Milestone.get_by_id(a_day_late), TODAY) == (TODAY - days(16), True)
    assert [(i.value, i.note) for i in figure("approval_days").items] == [(14, ""), (14, "auto_released")]


def test_an_unanswered_milestone_is_released_on_the_fourteenth_day(db):
    cid = factories.contract(kind="fixed")
    waiting = Milestone.get_by_id(milestone(cid, TODAY - days(14)))
    assert my_record.approval(waiting, TODAY - days(1)) == (None, False)
    assert my_record.approval(waiting, TODAY) == (TODAY, True)


def test_a_paid_milestone_without_an_approval_day_was_approved_when_paid(db):
    """As an older folder holds them: paid, with no approval day of its own."""
    cid = factories.contract(kind="fixed")
    paid = Milestone.create(contract=cid, title="Logo", status="paid", submitted_on=TODAY - days(10),
                            paid_on=TODAY - days(7), amount_minor=1)
    reopened = Milestone.create(contract=cid, title="Icons", status="submitted", submitted_on=TODAY - days(10),
                                paid_on=TODAY - days(8), amount_minor=1)  # a paid day left from before
    assert my_record.approval(paid, TODAY) == (TODAY - days(7), False)
    assert my_record.approval(reopened, TODAY) == (None, False)


def test_days_to_payment_take_the_first_payment_when_the_milestone_has_no_paid_day(db):
    cid = factories.contract(kind="fixed")
    mid = milestone(cid, TODAY - days(10), approved=TODAY - days(9))
    for paid_on, ref in ((TODAY - days(4), "late"), (TODAY - days(6), "first")):
        Payment.create(contract=cid, kind="milestone", milestone=mid, amount_minor=100, currency="USD",
                       paid_on=paid_on, external_ref=ref)
    Payment.create(contract=cid, kind="bonus", milestone=mid, amount_minor=100, currency="USD",
                   paid_on=TODAY - days(8))  # a bonus is not the milestone's money
    Payment.create(contract=cid, kind="milestone", amount_minor=100, currency="USD", paid_on=TODAY - days(9))
    assert [(i.value, i.note) for i in figure("payment_days").items] == [(4, "")]


# -- who counts as working with me in the period ---------------------------------------------------------------------

def test_a_contract_counts_in_the_period_from_its_first_day_to_its_last(db):
    period = YEAR
    before = factories.contract(factories.talent("Before"), start_date=dt.date(2024, 1, 1))
    rf.ended(before, period.start - days(1))  # ended the day before the period
    on_first = factories.contract(factories.talent("First"), start_date=dt.date(2024, 1, 1))
    rf.ended(on_first, period.start)  # ended on its first day
    factories.contract(factories.talent("Last"), start_date=period.end)  # starts on its last day
    factories.contract(factories.talent("After"), start_date=period.end + days(1))
    factories.contract(factories.talent("Unstarted"), start_date=None)
    factories.contract(factories.talent("Offer"), status="offered", start_date=dt.date(2025, 6, 1))
    planned = factories.contract(factories.talent("Planned end"), start_date=dt.date(2024, 1, 1))
    Contract.update(end_date=period.start - days(30)).where(Contract.id == planned).execute()  # running past it
    shown = [i.talent_name for i in figure("rehire_share").items]
    assert shown == ["First", "Last", "Planned end"]
    assert figure("thanks_per_contract").extra["contracts"] == 3
    assert [i.talent_name for i in figure("ended_by").items] == ["First"]


def test_a_contract_ended_in_the_period_before_is_counted_there(db):
    rf.ended(factories.contract(start_date=dt.date(2024, 6, 3)), YEAR.start - days(1))
    rf.ended(factories.contract(start_date=dt.date(2024, 6, 3)), YEAR.end)
    ended = figure("ended_by")
    assert [i.on for i in ended.items] == [YEAR.end]
    assert (ended.extra["unknown"], ended.previous) == (1, 0.0)


# -- answers in their working day ---------------------------------------------------------------------------------------

def test_answer_time_counts_their_working_hours_to_their_evening(db):
    late = factories.talent(timezone="UTC", working_hours_start=9 * 60, working_hours_end=20 * 60)
    cid = factories.contract(late)
    say(cid, "2026-03-02 16:00", "them")  # Monday; I stop at 17:00, they at 20:00
    say(cid, "2026-03-02 19:00", "me")
    assert figure("answer_minutes").value == 180


# -- quoting ------------------------------------------------------------------------------------------------------------

def test_quoting_again_replaces_the_quotes_and_never_quotes_my_own_feedback(db):
    received = [Feedback.create(contract=factories.contract(), direction="received", score=5, comment=c,
                                given_on=TODAY).id for c in ("One", "Two", "Three")]
    mine = Feedback.create(contract=factories.contract(), direction="given", score=5, comment="Mine",
                           given_on=TODAY).id
    assert my_record.set_quoted([received[0], received[1]]) == 2
    assert my_record.set_quoted({received[2], mine}) == 1
    assert [r.comment for r in my_record.received_feedback() if r.quoted] == ["Three"]
    assert not Feedback.get_by_id(mine).quoted
    assert my_record.set_quoted([]) == 0
    assert not any(r.quoted for r in my_record.received_feedback())


def test_milestones_are_listed_by_submission_day_with_what_still_waits(db):
    ana = factories.talent("Ana Lima")
    cid = factories.contract(ana, title="Shop", kind="fixed")
    milestone(cid, TODAY - days(2), title="Checkout")  # entered first, submitted last
    milestone(cid, TODAY - days(20), approved=TODAY - days(18), paid=TODAY - days(15), title="Catalogue")
    milestone(cid, TODAY - days(5), title="Search")
    approval, payment = figure("approval_days"), figure("payment_days")
    expected = [(TODAY - days(20), ana, "Ana Lima", cid, "Shop", "Catalogue"),
                (TODAY - days(5), ana, "Ana Lima", cid, "Shop", "Search"),
                (TODAY - days(2), ana, "Ana Lima", cid, "Shop", "Checkout")]
    whose = [(i.on, i.talent_id, i.talent_name, i.contract_id, i.contract_title, i.what)
             for figure_ in (approval, payment) for i in figure_.items]
    assert whose == expected * 2
    assert [(i.value, i.note) for i in approval.items] == [(2, ""), (None, "waiting"), (None, "waiting")]
    assert [(i.value, i.note) for i in payment.items] == [(5, ""), (None, "waiting"), (None, "waiting")]
    assert approval.extra == {"auto_released": 0, "waiting": 2} and (approval.value, payment.value) == (2, 5)


def test_hourly_weeks_are_listed_by_the_weeks_end_then_as_entered(db):
    shop = factories.contract(factories.talent("Ana"), title="Shop", kind="hourly")
    blog = factories.contract(factories.talent("Ben"), title="Blog", kind="hourly")
    for contract_id, week_end, paid_after, ref in ((shop, dt.date(2026, 2, 15), 12, "a"),  # late
                                                   (blog, dt.date(2026, 2, 8), 1, "b"),
                                                   (blog, dt.date(2026, 2, 15), 2, "c")):  # paid first, entered last
        Payment.create(contract=contract_id, kind="hourly", amount_minor=100, currency="USD",
                       period_start=week_end - days(6), period_end=week_end, paid_on=week_end + days(paid_after),
                       external_ref=ref)
    shown = [(i.on, i.contract_title, i.value, i.note) for i in figure("hourly_on_time").items]
    assert shown == [(dt.date(2026, 2, 8), "Blog", 100.0, ""), (dt.date(2026, 2, 15), "Shop", 0.0, "late"),
                     (dt.date(2026, 2, 15), "Blog", 100.0, "")]
    assert {i.what for i in figure("hourly_on_time").items} == {""}  # a week has no title of its own


def test_each_question_is_listed_with_its_day_contract_first_words_and_whether_answered(db):
    ana = factories.talent("Ana Lima", timezone="UTC")
    cid = factories.contract(ana, title="Shop")
    # Entered out of order, as an import of two channels leaves them: the question still comes before its answer.
    say(cid, "2026-03-02 11:00", "me", channel="email")
    say(cid, "2026-03-02 10:00", "them", "Which   font\ndo we use?", channel="email")
    say(cid, "2026-03-03 09:00", "them", "And the colours?")
    answers = figure("answer_minutes")
    assert answers.items == [
        my_record.Item(dt.date(2026, 3, 2), ana, "Ana Lima", cid, "Shop", "Which font do we use?", 60, ""),
        my_record.Item(dt.date(2026, 3, 3), ana, "Ana Lima", cid, "Shop", "And the colours?", None, "unanswered")]
    assert (answers.value, answers.extra) == (60, {"unanswered": 1})


def test_a_question_counts_in_the_period_it_was_asked_in_from_its_first_moment(db):
    cid = factories.contract(factories.talent(timezone="UTC"))
    say(cid, "2025-03-05 00:00", "them")  # the first moment of the year up to TODAY
    say(cid, "2025-03-05 10:00", "me")  # a Wednesday: 60 working minutes
    answers = figure("answer_minutes")
    assert [(i.on, i.value) for i in answers.items] == [(dt.date(2025, 3, 5), 60)]
    assert answers.previous is None  # not in the year before as well


def test_feedback_received_is_listed_by_day_with_its_contract_and_whether_i_quote_it(db):
    ana = factories.talent("Ana Lima")
    shop, blog = factories.contract(ana, title="Shop"), factories.contract(ana, title="Blog")
    later = Feedback.create(contract=shop, direction="received", score=5, comment="Clear brief",
                            given_on=TODAY - days(2)).id  # entered first, given last
    Feedback.create(contract=blog, direction="received", score=3, comment="Slow to pay", given_on=TODAY - days(9))
    my_record.set_quoted([later])
    received = figure("feedback_score")
    assert received.items == [
        my_record.Item(TODAY - days(9), ana, "Ana Lima", blog, "Blog", "Slow to pay", 3.0, ""),
        my_record.Item(TODAY - days(2), ana, "Ana Lima", shop, "Shop", "Clear brief", 5.0, "quoted")]
    assert received.value == 4.0


def test_people_are_listed_by_name_whatever_its_case(db):
    for name in ("cy Ortiz", "Ben Ode", "ana Lima"):  # entered in the reverse order
        factories.contract(factories.talent(name), start_date=dt.date(2026, 1, 5))
    assert [i.talent_name for i in figure("rehire_share").items] == ["ana Lima", "Ben Ode", "cy Ortiz"]
    assert [i.talent_name for i in figure("relationship_days").items] == ["ana Lima", "Ben Ode", "cy Ortiz"]


def test_a_relationship_runs_to_the_last_end_within_the_period(db):
    ana, ben = factories.talent("Ana Lima"), factories.talent("Ben Ode")
    rf.ended(factories.contract(ana, start_date=dt.date(2024, 6, 3)), dt.date(2025, 6, 30))
    running = factories.contract(ben, start_date=dt.date(2026, 1, 5))
    # Its planned end has passed but it still runs: the relationship goes on to today.
    Contract.update(end_date=dt.date(2026, 2, 1)).where(Contract.id == running).execute()
    tenure = figure("relationship_days")
    assert tenure.items == [my_record.Item(dt.date(2024, 6, 3), ana, "Ana Lima", None, "", "", 393.0, ""),
                            my_record.Item(dt.date(2026, 1, 5), ben, "Ben Ode", None, "", "", 59.0, "")]
    assert tenure.value == (393 + 59) / 2
    assert tenure.previous == 275  # Ana's, up to the end of the year before
    rehire = figure("rehire_share")
    assert [(i.on, i.talent_id, i.value, i.note) for i in rehire.items] == [
        (dt.date(2024, 6, 3), ana, 0.0, "1"), (dt.date(2026, 1, 5), ben, 0.0, "1")]


def test_each_ending_is_listed_by_its_day_with_who_ended_it_and_why(db):
    ana, ben = factories.talent("Ana Lima"), factories.talent("Ben Ode")
    late = rf.ended(factories.contract(ana, title="Shop", start_date=dt.date(2025, 6, 2)), TODAY - days(3))
    early = rf.ended(factories.contract(ben, title="Blog", start_date=dt.date(2025, 6, 2)), TODAY - days(40))
    Contract.update(ended_by="me", end_reason="Delivered").where(Contract.id == late).execute()
    Contract.update(end_reason="").where(Contract.id == early).execute()
    ended = figure("ended_by")
    assert ended.items == [my_record.Item(TODAY - days(40), ben, "Ben Ode", early, "Blog", "", 1.0, "unknown"),
                           my_record.Item(TODAY - days(3), ana, "Ana Lima", late, "Shop", "Delivered", 1.0, "me")]
    assert (ended.value, ended.extra["reasons"]) == (1.0, {"Delivered": 1})


def test_thanks_are_the_bonuses_and_praise_given_in_the_period(db):
    ana = factories.talent("Ana Lima")
    cid = factories.contract(ana, title="Shop", kind="hourly", start_date=dt.date(2025, 1, 6))
    Payment.create(contract=cid, kind="bonus", amount_minor=5000, currency="USD", paid_on=TODAY - days(2),
                   description="Launch went well")
    Payment.create(contract=cid, kind="bonus", amount_minor=5000, currency="USD", paid_on=YEAR.start - days(1),
                   description="The year before")
    Payment.create(contract=cid, kind="hourly", amount_minor=5000, currency="USD", paid_on=TODAY - days(1),
                   period_start=TODAY - days(9), period_end=TODAY - days(3))  # pay, not thanks
    Appreciation.create(talent=ana, contract=cid, kind="praise", given_on=TODAY - days(5), what="Clean code")
    thanks = figure("thanks_per_contract")
    assert thanks.items == [
        my_record.Item(TODAY - days(5), ana, "Ana Lima", cid, "Shop", "Clean code", 1.0, "praise"),
        my_record.Item(TODAY - days(2), ana, "Ana Lima", cid, "Shop", "Launch went well", 1.0, "bonus")]
    assert (thanks.value, thanks.previous) == (2.0, 1.0)
    assert thanks.extra == {"contracts": 1, "bonuses": 1, "thanks": 1}
