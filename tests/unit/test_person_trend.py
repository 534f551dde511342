"""A person's trend chart: their reviews over time, their contracts as boundaries, the feedback they were given."""
from __future__ import annotations

import datetime as dt

from talentdesk.services import contracts, timeline
from talentdesk.services.contracts import ReviewInput
from talentdesk.services.timeline import ContractSpan, ReviewPoint
from tests import factories


def review(contract_id: int, day: dt.date, scores: tuple[int, ...], **fields) -> int:
    names = dict(zip(contracts.REVIEW_CRITERIA, scores, strict=True))
    fields.setdefault("would_rehire", "yes")
    fields.setdefault("recommend", 8)
    return contracts.add_private_review(contract_id, ReviewInput(**names, reviewed_on=day, **fields))


def test_a_persons_trend_has_their_reviews_in_date_order_with_overall_scores(db):
    ana = factories.talent("Ana Lima")
    later = factories.contract(ana, "Later work", start_date=dt.date(2026, 3, 1), status="active")
    first = factories.contract(ana, "First work", start_date=dt.date(2025, 6, 1))
    contracts.move(first, "ended", on=dt.date(2025, 9, 30))
    other = factories.contract(factories.talent("Bo Chen"), "Not hers")
    # Recorded out of order: the chart reads them by day.
    late = review(later, dt.date(2026, 4, 2), (5, 4, 4, 3, 5, 4), is_checkin=True, notes="steady",
                  would_rehire="maybe", recommend=7)
    early = review(first, dt.date(2025, 9, 30), (3, 3, 4, 2, 3, 3), end_reason="budget ran out", recommend=5)
    review(other, dt.date(2025, 12, 1), (1, 1, 1, 1, 1, 1), would_rehire="no", recommend=0)

    trend = timeline.person_trend(ana)

    assert trend.talent_id == ana and trend.name == "Ana Lima"
    assert trend.reviews == [
        ReviewPoint(early, dt.date(2025, 9, 30), first, "First work", False,
                    {"skills": 3, "quality": 3, "availability": 4, "deadlines": 2, "communication": 3,
                     "cooperation": 3}, 3.0, "yes", 5, "budget ran out"),
        ReviewPoint(late, dt.date(2026, 4, 2), later, "Later work", True,
                    {"skills": 5, "quality": 4, "availability": 4, "deadlines": 3, "communication": 5,
                     "cooperation": 4}, 4.17, "maybe", 7, "steady"),
    ]
    assert trend.contracts == [
        ContractSpan(first, "First work", dt.date(2025, 6, 1), dt.date(2025, 9, 30), "ended"),
        ContractSpan(later, "Later work", dt.date(2026, 3, 1), None, "active"),
    ]


def test_reviews_on_the_same_day_keep_the_order_they_were_recorded_in(db):
    ana = factories.talent("Ana Lima")
    older, newer = factories.contract(ana, "Older"), factories.contract(ana, "Newer")
    day = dt.date(2026, 2, 2)
    # The newer contract's review was written first: the order is the reviews', not their contracts'.
    ids = [review(newer, day, (4,) * 6), review(older, day, (2,) * 6), review(newer, day, (3,) * 6)]
    assert [r.id for r in timeline.person_trend(ana).reviews] == ids


def test_contracts_starting_the_same_day_are_in_the_order_they_were_made(db):
    ana = factories.talent("Ana Lima")
    day = dt.date(2026, 2, 2)
    ids = [factories.contract(ana, title, start_date=day) for title in ("Zeta", "Alpha", "Mid")]
    assert [c.id for c in timeline.person_trend(ana).contracts] == ids


def test_notes_win_over_the_reason_it_ended(db):
    ana = factories.talent("Ana Lima")
    work = factories.contract(ana, "Work")
    review(work, dt.date(2026, 2, 2), (4,) * 6, notes="great hand-over", end_reason="project done")
    assert timeline.person_trend(ana).reviews[0].notes == "great hand-over"


def test_the_feedback_is_what_they_were_given_by_day(db):
    ana = factories.talent("Ana Lima")
    one = factories.contract(ana, "One")
    two = factories.contract(ana, "Two")
    three = factories.contract(factories.talent("Bo Chen"), "Three")
    contracts.add_feedback(two, "given", 5, "superb", given_on=dt.date(2026, 5, 1))
    contracts.add_feedback(one, "given", 4, "good", given_on=dt.date(2026, 2, 1))
    contracts.add_feedback(one, "received", 2, "what she said of us", given_on=dt.date(2026, 1, 1))
    contracts.add_feedback(three, "given", 1, "someone else's", given_on=dt.date(2026, 3, 1))

    feedback = timeline.person_trend(ana).feedback

    assert feedback == [(dt.date(2026, 2, 1), 4, "good"), (dt.date(2026, 5, 1), 5, "superb")]
    assert all(isinstance(day, dt.date) for day, _, _ in feedback)


def test_a_person_without_history_has_an_empty_trend_and_a_gone_person_no_name(db):
    ana = factories.talent("Ana Lima")
    trend = timeline.person_trend(ana)
    assert (trend.name, trend.reviews, trend.contracts, trend.feedback) == ("Ana Lima", [], [], [])
    assert timeline.person_trend(ana + 1000).name == ""
