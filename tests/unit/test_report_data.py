"""The figures behind the PDF summaries, computed in SQL: totals, ledgers, weeks, years."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import report_data, workroom
from talentdesk.services.errors import NotFound, ValidationError
from tests import report_world


@pytest.fixture
def world(db):
    return report_world.build()


def test_dossier_totals_contracts_and_open_items(world):
    d = report_data.dossier(world["talent"][report_world.JAPANESE])
    assert d.name == report_world.JAPANESE
    assert [c.title for c in d.contracts] == ["Payments API rewrite", "Database audit"]  # newest first
    hourly = sum(7000 * (20 + week % 5) for week in range(16))
    api_paid = hourly + 50000 + 12000 - 7000  # bonus and fee add, the refund comes back
    assert d.contracts[0].money.total == {"USD": api_paid}
    assert d.contracts[0].money.fees == {"USD": 12000} and d.contracts[0].money.refunds == {"USD": 7000}
    assert d.money.total == {"USD": api_paid + 250000}
    assert {y: f.total for y, f in d.spend_by_year.items()} == {2024: {"USD": 250000}, 2025: {"USD": api_paid}}
    assert [r.amount_minor for r in d.rates] == [7000, 6000]
    assert [g.system for g in d.open_grants] == ["GitHub org (payments)", "YubiKey 5C"]  # the revoked one is gone
    assert [x.name for x in d.documents][0] == "liability-insurance-2025.pdf"  # expiring first
    assert [p.day for p in d.reviews] == sorted(p.day for p in d.reviews)
    assert d.reviews[-1].average == 5.0
    assert [c.day for c in d.comments] == sorted((c.day for c in d.comments), reverse=True)
    assert len(d.comments) <= report_data.LATEST_COMMENTS
    assert d.skills[0] == ("Go", 5)


def test_contract_summary_ledger_budget_and_weeks(world):
    s = report_data.contract_summary(world["contract"]["Payments API rewrite"])
    assert [ch.kind for ch in s.scope_changes] == ["weekly_limit", "end_date"]
    assert s.change_total_minor == 8 * 5 * 7000 + 2 * 20 * 7000
    assert s.current_budget_minor == s.original_budget_minor + s.change_total_minor
    # An hourly contract is over its original budget by the money paid to them beyond it, not by projections.
    assert s.overrun_minor == max(0, s.money.paid["USD"] - s.original_budget_minor)
    assert s.budget == workroom.budget(s.contract_id)  # the PDF and the workroom header state one figure
    assert len(s.weekly_hours) == 16
    assert all(week.weekday() == 0 for week, _ in s.weekly_hours)  # Mondays
    assert s.weekly_hours[0] == (dt.date(2025, 3, 3), 4 * 300)
    kinds = {kind: total for kind, _cur, _n, total in s.payments_by_kind}
    assert kinds["refund"] == 7000 and kinds["bonus"] == 50000
    assert s.money.total["USD"] == s.money.paid["USD"] + s.money.fees["USD"] - s.money.refunds["USD"]
    assert [o.done_on is not None for o in s.offboarding] == [False, True, False]
    assert {f.direction for f in s.files} == {"to_them", "from_them"}
    assert [r.is_checkin for r in s.private_reviews] == [True, False]


def test_review_session_latest_and_missing(db):
    with pytest.raises(NotFound, match="no review sessions"):
        report_data.review_session()
    ids = report_world.build()
    s = report_data.review_session()
    assert s.session_id == ids["session"]
    assert [d.decision for d in s.decisions] == ["acted", "snoozed", "dismissed"]
    assert s.counts() == {"acted": 1, "snoozed": 1, "dismissed": 1}
    assert s.decisions[2].talent_name == report_world.CYRILLIC and s.decisions[2].contract_title == ""


def test_yearly_spend_adds_up_by_person_month_and_kind(world):
    y = report_data.yearly_spend(2025)
    assert [c.currency for c in y.currencies] == ["USD", "EUR"]
    usd = y.currencies[0]
    assert usd.total == sum(p.total for p in usd.people) == sum(usd.month_total(m) for m in range(1, 13))
    assert usd.total == sum(-v if k == "refund" else v for k, v in usd.kind_totals.items())
    assert usd.kinds == ["hourly", "bonus", "weekly_payment", "fee", "refund"]
    assert usd.months[6]["refund"] == 7000  # July: a refund, shown as what came back
    assert usd.people[0].total >= usd.people[-1].total
    assert y.currencies[1].people[0].name == report_world.ACCENTED
    assert report_data.yearly_spend(2023).currencies == []
    assert report_data.spend_years() == [2025, 2024]
    with pytest.raises(ValidationError):
        report_data.yearly_spend(12)


def _paid(name, currency, payments):
    from talentdesk.services.contracts import add_payment
    from tests.factories import contract, talent

    contract_id = contract(talent(name), currency=currency, start_date=dt.date(2025, 1, 6))
    for kind, minor, day in payments:
        add_payment(contract_id, kind, minor, currency, day)


def test_a_years_spend_by_currency_and_at_home_on_a_hand_built_year(db):
    from talentdesk.services import exchange, settings

    settings.set("home_currency", "EUR")
    for day in (dt.date(2026, 1, 1), dt.date(2026, 3, 15), dt.date(2026, 12, 31)):
        exchange.set_rate(day, "USD", "2")  # 2 dollars a euro on each day paid
    _paid("ana", "USD", [("hourly", 10_000, dt.date(2026, 1, 1)), ("fee", 1_000, dt.date(2026, 3, 15)),
                         ("refund", 2_000, dt.date(2026, 12, 31)), ("hourly", 99_999, dt.date(2027, 1, 1))])
    _paid("Ben", "EUR", [("hourly", 50_000, dt.date(2026, 6, 10)), ("bonus", 500, dt.date(2025, 12, 31))])
    _paid("Cleo", "GBP", [("hourly", 7_000, dt.date(2026, 6, 1))])  # no rate kept for the pound
    year = report_data.yearly_spend(2026)
    assert year.year == 2026
    assert [c.currency for c in year.currencies] == ["USD", "EUR", "GBP"]  # the most payments first
    usd = year.currencies[0]
    assert usd.kinds == ["hourly", "fee", "refund"]
    assert [(p.name, p.total, p.by_kind) for p in usd.people] == [
        ("ana", 9_000, {"hourly": 10_000, "fee": 1_000, "refund": 2_000})]
    assert usd.months[0] == {"hourly": 10_000} and usd.months[2] == {"fee": 1_000}
    assert usd.months[11] == {"refund": 2_000}
    assert [usd.month_total(m) for m in (1, 2, 3, 12)] == [10_000, 0, 1_000, -2_000]
    assert usd.kind_totals == {"hourly": 10_000, "fee": 1_000, "refund": 2_000} and usd.total == 9_000
    home = year.home
    assert home is not None and home.figures.home == "EUR"
    assert home.months == [5_000, 0, 500, 0, 0, 50_000, 0, 0, 0, 0, 0, -1_000]  # euros, each at its day's rate
    assert [(name, figures.total) for _tid, name, figures in home.people] == [("Ben", 50_000), ("ana", 4_500),
                                                                             ("Cleo", 0)]
    assert home.by_currency == [("EUR", 50_000, 50_000), ("GBP", 7_000, None), ("USD", 9_000, 4_500)]
    assert home.figures.total == 54_500 and home.figures.missing_count == 1


def test_a_years_spend_adds_each_payment_of_a_month_and_a_person_and_puts_home_first(db):
    from talentdesk.services import settings
    from talentdesk.store.models import Talent

    settings.set("home_currency", "EUR")
    _paid("Ana", "EUR", [("hourly", 1_000, dt.date(2026, 2, 2)), ("hourly", 2_000, dt.date(2026, 2, 9))])
    _paid("Ben", "EUR", [("hourly", 500, dt.date(2026, 2, 3))])
    _paid("Cleo", "CHF", [("hourly", 700, dt.date(2026, 3, 1))])  # before the euro by name; no rate kept
    ana, ben = (Talent.get(Talent.name == name).id for name in ("Ana", "Ben"))
    year = report_data.yearly_spend(2026)
    eur = year.currencies[0]
    assert [(p.talent_id, p.name, p.by_kind, p.total) for p in eur.people] == [
        (ana, "Ana", {"hourly": 3_000}, 3_000), (ben, "Ben", {"hourly": 500}, 500)]
    assert len(eur.months) == 12 and eur.months[1] == {"hourly": 3_500} and eur.kind_totals == {"hourly": 3_500}
    home = year.home
    assert home is not None and len(home.months) == 12 and home.months[1] == 3_500
    assert home.by_currency == [("EUR", 3_500, 3_500), ("CHF", 700, None)]  # the home currency first
    assert [(name, figures.home, figures.total) for _tid, name, figures in home.people] == [
        ("Ana", "EUR", 3_000), ("Ben", "EUR", 500), ("Cleo", "EUR", 0)]


def test_a_year_with_one_payment_shows_it_at_home(db):
    from talentdesk.services import settings

    settings.set("home_currency", "EUR")
    _paid("Ana", "EUR", [("hourly", 1_000, dt.date(2024, 5, 6))])
    home = report_data.yearly_spend(2024).home
    assert home is not None and home.figures.total == 1_000 and home.months[4] == 1_000


def test_a_year_is_a_year_from_1900_to_9998(db):
    assert report_data.yearly_spend(1900).home is None and report_data.yearly_spend(9998).currencies == []
    for wrong in (1899, 9999, "2026", 2026.0):  # 9999 would end on a day that is no date
        with pytest.raises(ValidationError) as error:
            report_data.yearly_spend(wrong)
        assert (error.value.field, str(error.value.message)) == ("year", f"“{wrong}” is not a year.")
