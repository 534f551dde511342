"""The timeline's monthly chart follows the score filter: a month counts only the reviews the filter keeps."""
from __future__ import annotations

import datetime as dt

from talentdesk.services import contracts, timeline
from tests import factories

TODAY = dt.date(2026, 11, 30)


def test_monthly_scores_count_only_the_reviews_inside_the_score_filter(db):
    person = factories.talent("Ana Souza")
    contract = factories.contract(person)
    for score, day in ((2, dt.date(2026, 11, 3)), (5, dt.date(2026, 11, 10)), (4, dt.date(2026, 10, 8))):
        contracts.add_private_review(contract, contracts.ReviewInput(*([score] * 6), "yes", 8, reviewed_on=day))

    def november(**filter_):
        months = timeline.monthly_scores(today=TODAY, months=2, **filter_)
        return [(m.month, m.reviews, m.average) for m in months]

    assert november() == [("2026-10", 1, 4.0), ("2026-11", 2, 3.5)]
    assert november(max_score=3) == [("2026-10", 0, 0.0), ("2026-11", 1, 2.0)]  # "3 or less"
    assert november(min_score=4) == [("2026-10", 1, 4.0), ("2026-11", 1, 5.0)]
