"""Agreement tests: one person through every place that shows a relationship rule.

Last contact: the bench's detail pane, the stay-in-touch review card, the calendar export and the
dossier PDF's data name the same day, whichever kind of contact came last. The feedback window: one
setting moves the review queue, the offboarding checklist and the calendar together.
"""
from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar

from talentdesk.interchange import ics
from talentdesk.services import (
    appreciation,
    bench,
    contracts,
    interactions,
    offboarding,
    relationship,
    report_data,
    review_rules,
    settings,
)
from talentdesk.store.db import database
from talentdesk.store.models import BENCH_STATUSES, Talent
from tests import factories
from tests import review_factories as rf

TODAY = dt.date(2026, 6, 1)
CADENCE = 30


def at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour))


def person_with_every_kind_of_contact(latest: str) -> tuple[int, int, dt.date]:
    """A favourite with a message, a call without a contract, thanks, feedback, a check-in and a payment.

    ``latest`` names the kind dated last; the others are earlier. Returns (talent, contract, its day).
    """
    tid = factories.talent("Lena Ortiz", favourite=True, stay_in_touch_days=CADENCE)
    Talent.update(created_at=dt.datetime(2025, 1, 1)).where(Talent.id == tid).execute()
    cid = factories.contract(tid, start_date=dt.date(2026, 1, 5))
    kinds = ("message", "call", "thanks", "feedback", "checkin", "payment")
    days = {kind: dt.date(2026, 3, 1) + dt.timedelta(days=i) for i, kind in enumerate(k for k in kinds if k != latest)}
    days[latest] = dt.date(2026, 4, 10)
    contracts.add_message(cid, "Weekly update", author="them", sent_at=at(days["message"]))
    interactions.log(tid, interactions.InteractionInput("call", at(days["call"], 15), 25, "Catch-up, no contract"))
    appreciation.add_appreciation(appreciation.AppreciationInput(
        tid, "praise", "The onboarding guide you wrote saved the new hire a week", given_on=days["thanks"]))
    contracts.add_feedback(cid, "received", 5, "Great client", given_on=days["feedback"])
    contracts.add_private_review(cid, contracts.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8, is_checkin=True,
                                                            reviewed_on=days["checkin"]))
    contracts.add_payment(cid, "hourly", 120_000, "USD", days["payment"])
    return tid, cid, days[latest]


def calendar_check_in(today: dt.date) -> str:
    cal = ics.build_calendar(today)
    found = [str(c["description"]) for c in cal.walk("VTODO") if str(c["summary"]).startswith("Check in with")]
    assert len(found) == 1
    return found[0]


def stay_in_touch_cards(today: dt.date) -> list[review_rules.Card]:
    return review_rules.run_rule(review_rules.BY_NAME["stay_in_touch"], today)


@pytest.mark.parametrize("latest", ["message", "call", "thanks", "feedback", "checkin", "payment"])
def test_bench_review_card_calendar_and_dossier_name_the_same_last_contact(db, latest):
    tid, _cid, expected = person_with_every_kind_of_contact(latest)
    today = expected + dt.timedelta(days=CADENCE + 10)

    on_bench = bench.detail(tid, today)
    [card] = stay_in_touch_cards(today)
    in_calendar = calendar_check_in(today)
    in_dossier = report_data.dossier(tid).last_contact

    assert on_bench.last_contact == expected
    assert card.facts["last_contact"] == expected.isoformat() and card.variant == "quiet"
    assert f"last contact {expected.isoformat()}" in in_calendar
    assert in_dossier == expected
    # The due day agrees too: the bench's "next due" is the card's due date.
    assert on_bench.contact_due == card.due == expected + dt.timedelta(days=CADENCE)
    # And the bench's "not contacted for N days" filter (counted from the real today) draws the line there.
    quiet_days = (dt.date.today() - expected).days
    assert tid in bench.talent_ids(bench.Filters(not_contacted_days=quiet_days - 1))
    assert tid not in bench.talent_ids(bench.Filters(not_contacted_days=quiet_days + 1))


def test_a_note_is_kept_but_is_no_contact(db):
    tid = factories.talent("Noor", favourite=True, stay_in_touch_days=CADENCE)
    interactions.log(tid, interactions.InteractionInput("note", at(dt.date(2026, 4, 1)), None, "Rate review in January"))
    assert relationship.last_contact(tid) is None
    interactions.log(tid, interactions.InteractionInput("meeting", at(dt.date(2026, 4, 2)), 60, "Coffee"))
    assert relationship.last_contact(tid) == dt.date(2026, 4, 2)


def test_sending_thanks_clears_the_stay_in_touch_card_and_moves_the_bench_due_day(db):
    tid, _cid, last = person_with_every_kind_of_contact("message")
    today = last + dt.timedelta(days=CADENCE + 10)
    assert [c.subject for c in stay_in_touch_cards(today)] == [f"talent:{tid}"]
    appreciation.add_appreciation(appreciation.AppreciationInput(
        tid, "praise", "Thanks for turning the release around over the weekend", given_on=today))
    assert stay_in_touch_cards(today) == []
    assert bench.detail(tid, today).contact_due == today + dt.timedelta(days=CADENCE)
    assert f"last contact {today.isoformat()}" in calendar_check_in(today)


def test_a_favourite_without_a_contract_is_contacted_by_a_logged_call(db):
    tid = factories.talent("Sam Okafor", favourite=True, stay_in_touch_days=CADENCE)
    Talent.update(created_at=dt.datetime(2026, 1, 1)).where(Talent.id == tid).execute()
    assert [c.variant for c in stay_in_touch_cards(TODAY)] == ["never"]
    interactions.log(tid, interactions.InteractionInput("call", at(TODAY - dt.timedelta(days=2)), 20, "Said hello"))
    assert stay_in_touch_cards(TODAY) == []
    assert bench.detail(tid, TODAY).last_contact == TODAY - dt.timedelta(days=2)


# -- the feedback window ------------------------------------------------------------------------------

def _ended_without_feedback(end: dt.date) -> int:
    cid = factories.contract(factories.talent("Ines Duarte"), start_date=dt.date(2026, 1, 5))
    rf.ended(cid, end)
    # The private review is written, so the queue's card is about the public feedback alone.
    contracts.add_private_review(cid, contracts.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8, reviewed_on=end))
    return cid


def feedback_todos(today: dt.date) -> list[tuple[dt.date, str]]:
    cal = Calendar.from_ical(ics.build_calendar(today).to_ical())
    return [(c.decoded("due"), str(c["description"])) for c in cal.walk("VTODO")
            if str(c["summary"]).startswith("Leave feedback")]


def test_the_feedback_window_setting_moves_queue_checklist_and_calendar_together(db):
    end = dt.date(2026, 5, 1)
    cid = _ended_without_feedback(end)
    today = end + dt.timedelta(days=20)
    checklist_label = next(i.label for i in offboarding.proposed_checklist(factories.contract()) if i.kind == "feedback")
    assert "14-day" in checklist_label
    assert review_rules.run_rule(review_rules.BY_NAME["feedback_owed"], today) == []
    assert feedback_todos(today) == []

    settings.set(relationship.FEEDBACK_WINDOW_SETTING, 30)

    checklist_label = next(i.label for i in offboarding.proposed_checklist(factories.contract()) if i.kind == "feedback")
    assert "30-day" in checklist_label
    [card] = review_rules.run_rule(review_rules.BY_NAME["feedback_owed"], today)
    assert card.contract_id == cid and card.variant == "feedback"
    [(due, text)] = feedback_todos(today)
    assert card.due == due == end + dt.timedelta(days=30)
    assert "closes 30 days after it ended" in text


def test_feedback_given_takes_the_contract_off_both_the_queue_and_the_calendar(db):
    end = dt.date(2026, 5, 1)
    cid = _ended_without_feedback(end)
    today = end + dt.timedelta(days=3)
    assert len(feedback_todos(today)) == 1
    assert len(review_rules.run_rule(review_rules.BY_NAME["feedback_owed"], today)) == 1
    contracts.add_feedback(cid, "given", 5, "Sharp work", given_on=today)
    assert feedback_todos(today) == []
    assert review_rules.run_rule(review_rules.BY_NAME["feedback_owed"], today) == []


@pytest.mark.parametrize("stored", BENCH_STATUSES)
def test_the_bench_status_of_a_person_read_agrees_with_the_bench_query(db, stored):
    """Active and on the bench follow whether a contract runs (a paused one too); every other status
    (unavailable, do not rehire, archived) is what the user set, whatever the contracts."""
    tid = factories.talent()
    Talent.update(bench_status=stored).where(Talent.id == tid).execute()
    expected_idle = "on_bench" if stored in ("active", "on_bench") else stored
    assert relationship.bench_status(stored, False) == expected_idle == relationship.bench_statuses([tid])[tid]
    cid = factories.contract(tid, status="active")
    contracts.move(cid, "paused")
    expected_busy = "active" if stored in ("active", "on_bench") else stored
    assert relationship.bench_status(stored, True) == expected_busy == relationship.bench_statuses([tid])[tid]


def test_the_feedback_window_comes_from_the_values_given_else_the_setting(db):
    settings.set(relationship.FEEDBACK_WINDOW_SETTING, 21)
    assert relationship.feedback_window_days() == 21
    assert relationship.feedback_window_days({relationship.FEEDBACK_WINDOW_SETTING: 30}) == 30
    assert relationship.feedback_window_days({}) == settings.DEFAULTS[relationship.FEEDBACK_WINDOW_SETTING]


def test_last_contact_of_several_people_at_once(db):
    called, quiet = factories.talent(), factories.talent()
    interactions.log(called, interactions.InteractionInput("call", at(TODAY - dt.timedelta(days=2)), 20, "Said hello"))
    assert relationship.last_contacts([called, quiet]) == {called: TODAY - dt.timedelta(days=2), quiet: None}
    assert relationship.last_contacts([]) == {}
    assert relationship.bench_statuses([called, quiet]) == {called: "on_bench", quiet: "on_bench"}
    # The SQL pieces read a talent aliased "t" unless told otherwise.
    row = database.obj.execute_sql(
        f"SELECT {relationship.last_contact_sql()}, {relationship.contact_due_sql()}, {relationship.bench_status_sql()} "
        "FROM talent t WHERE t.id = ?", [called]).fetchone()
    assert row[0] == (TODAY - dt.timedelta(days=2)).isoformat() and row[2] == "on_bench"
