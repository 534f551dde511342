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


def test_the_chart_covers_two_years_to_this_month_for_the_people_chosen(db):
    """24 months by default, from the first day of the first month (a January here), averages to two places."""
    people = [factories.talent(name) for name in ("Ana Souza", "Ben Ortiz", "Cleo Ruiz")]
    work = [factories.contract(person, start_date=dt.date(2024, 11, 4)) for person in people]
    scores = ((5, 4, 4, 4, 4, 4), (3, 3, 3, 3, 3, 4), (1, 1, 1, 1, 1, 1))  # 4.17, 3.17 and 1 each
    for contract, given in zip(work, scores, strict=True):
        contracts.add_private_review(contract, contracts.ReviewInput(*given, "yes", 8, reviewed_on=dt.date(2025, 1, 1)))
        contracts.add_private_review(contract, contracts.ReviewInput(*given, "yes", 8, reviewed_on=dt.date(2024, 12, 31)))
    contracts.add_private_review(work[1], contracts.ReviewInput(*[3] * 6, "yes", 8, reviewed_on=dt.date(2025, 1, 31)))
    december = dt.date(2026, 12, 15)
    months = timeline.monthly_scores(tuple(people[:2]), today=december)
    assert [m.month for m in months] == [f"{year}-{month:02d}" for year in (2025, 2026) for month in range(1, 13)]
    assert (months[0].reviews, months[0].average) == (3, 3.45)  # (4.17 + 3.17 + 3) / 3 = 3.4466…, the third left out
    assert [(m.reviews, m.average) for m in timeline.monthly_scores(tuple(people[:1]), today=december)][0] == (1, 4.17)
    assert all(m.reviews == 0 and m.average == 0.0 for m in months[1:])
