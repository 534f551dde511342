"""Which contract a payment belongs to (services/payment_contracts.py), and an Upwork history whose payouts
come after the contract's end."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from talentdesk.interchange import upwork
from talentdesk.services import contracts, money_figures, payment_contracts
from talentdesk.services.errors import ValidationError
from talentdesk.services.payment_contracts import ContractMatcher
from talentdesk.store.models import Contract, Payment, PaymentConversion
from tests import factories

AFTER_END = Path(__file__).parents[1] / "fixtures" / "upwork" / "payout_after_end.csv"
D = dt.date


def _ended(person: int, start: dt.date, end: dt.date, title: str, kind: str = "hourly") -> int:
    cid = factories.contract(person, title=title, kind=kind, start_date=start, end_date=end)
    contracts.move(cid, "ended", end)
    return cid


def test_an_invoice_period_spanning_the_end_goes_where_most_of_it_ran(db):
    person = factories.talent("Lena Fischer")
    first = _ended(person, D(2025, 3, 3), D(2025, 5, 13), "Data cleanup")
    second = factories.contract(person, title="Data cleanup, phase 2", kind="hourly", start_date=D(2025, 5, 14))
    match = ContractMatcher("upwork", "Upwork")
    # Paid after the end, for a week the first contract ran: the first contract.
    assert match.find(person, D(2025, 5, 21), "hourly", period=(D(2025, 5, 5), D(2025, 5, 11))) == first
    # Two days of the first, five of the second; then four of the first, three of the second.
    assert match.find(person, D(2025, 5, 26), "hourly", period=(D(2025, 5, 12), D(2025, 5, 18))) == second
    assert match.find(person, D(2025, 5, 26), "hourly", period=(D(2025, 5, 10), D(2025, 5, 16))) == first
    # Without a period, the payment date decides.
    assert match.find(person, D(2025, 5, 13), "bonus") == first
    assert match.find(person, D(2025, 5, 14), "bonus") == second
    assert match.created == [] and Contract.select().count() == 2


def test_a_payout_after_the_end_goes_to_the_ended_contract_until_day_365(db):
    person = factories.talent("Lena Fischer")
    first = _ended(person, D(2025, 3, 3), D(2025, 5, 13), "Data cleanup")
    match = ContractMatcher("upwork", "Upwork")
    assert match.find(person, D(2026, 5, 13), "bonus") == first  # day 365 after the end
    made = match.find(person, D(2026, 5, 14), "bonus")  # day 366: nothing fits any more
    assert made != first and [c.contract_id for c in match.created] == [made]
    match.finish(today=D(2026, 11, 30))
    assert (Contract.get_by_id(made).start_date, Contract.get_by_id(made).end_date) == (D(2026, 5, 14), D(2026, 5, 14))


def test_a_contract_of_another_kind_that_covers_the_day_beats_making_one(db):
    person = factories.talent("Lena Fischer")
    fixed = factories.contract(person, title="Logo", kind="fixed", start_date=D(2025, 1, 1), end_date=D(2025, 2, 1))
    assert ContractMatcher("csv", "CSV").find(person, D(2025, 1, 20), "hourly") == fixed
    assert Contract.select().count() == 1


def test_an_imported_contract_never_grows_over_a_real_one(db):
    person = factories.talent("Lena Fischer")
    real = _ended(person, D(2025, 3, 3), D(2025, 5, 13), "Data cleanup")
    match = ContractMatcher("upwork", "Upwork")
    early = match.find(person, D(2025, 1, 10), "hourly", period=(D(2025, 1, 1), D(2025, 1, 7)))
    assert match.find(person, D(2025, 2, 10), "hourly") == early  # grows: nothing in between
    late = match.find(person, D(2026, 9, 1), "hourly")  # past the real one's bonus window
    assert late not in (early, real)
    match.finish(today=D(2026, 11, 30))
    spans = {c.id: (c.start_date, c.end_date) for c in Contract.select()}
    assert spans[early] == (D(2025, 1, 1), D(2025, 2, 10)) and spans[late] == (D(2026, 9, 1), D(2026, 9, 1))


def test_upwork_payouts_after_the_end_import_onto_that_contract_and_reimport_as_nothing_new(db):
    person = factories.talent("Lena Fischer")
    cid = _ended(person, D(2025, 3, 3), D(2025, 5, 13), "Data cleanup")
    result = upwork.import_file(AFTER_END)
    assert result.counts["payment"] == 6 and result.counts["contract"] == 0
    assert Contract.select().count() == 1
    assert {p.contract_id for p in Payment.select()} == {cid}
    late = Payment.get(Payment.external_ref == "upwork:600102")
    assert (late.paid_on, late.period_start, late.period_end) == (D(2025, 5, 21), D(2025, 5, 5), D(2025, 5, 11))
    figures = money_figures.for_contract(cid)
    assert figures.paid == {"USD": 40000 + 32000 + 8000 + 10000} and figures.fees == {"USD": 3600}
    again = upwork.import_file(AFTER_END)
    assert again.counts["payment"] == 0 and len(again.skipped) == 6
    assert Payment.select().count() == 6 and Contract.select().count() == 1


def test_upwork_currency_is_read_from_the_file(db, tmp_path):
    path = tmp_path / "eur.csv"
    path.write_text(
        "Date,Ref ID,Type,Description,Agency,Freelancer,Team,Account Name,PO,Amount,Amount in local currency,"
        "Currency,Balance\n"
        '"Jun 3, 2025",800100,Fixed Price,Milestone 1,,Jonas Weber,Acme,Jo,,-108.00,-100.00,EUR,-108.00\n'
        '"Jun 4, 2025",800101,Fixed Price,Milestone 2,,Ana Souza,Acme,Jo,,-50.00,-50.00,USD,-158.00\n',
        encoding="utf-8")
    usd_person = factories.talent("Ana Souza")
    usd = factories.contract(usd_person, title="Site", kind="fixed", currency="USD", start_date=D(2025, 6, 1))
    upwork.import_file(path, create_missing=True)
    jonas = Payment.get(Payment.external_ref == "upwork:800100")
    assert (jonas.amount_minor, jonas.currency, jonas.contract.currency) == (10000, "EUR", "EUR")
    assert Payment.get(Payment.external_ref == "upwork:800101").contract_id == usd
    # The same euro milestone on a USD contract keeps the dollars beside it, so the contract counts it.
    path.write_text(path.read_text().replace("Jonas Weber", "Ana Souza").replace("800100", "800102"))
    upwork.import_file(path)
    euro = Payment.get(Payment.external_ref == "upwork:800102")
    assert euro.contract_id == usd and euro.currency == "EUR"
    assert PaymentConversion.get(PaymentConversion.payment == euro.id).contract_amount_minor == 10800
    assert money_figures.for_contract(usd).paid == {"USD": 10800 + 5000}


def test_manual_entry_follows_the_same_rule(db):
    person = factories.talent("Lena Fischer")
    first = _ended(person, D(2025, 3, 3), D(2025, 5, 13), "Data cleanup")
    contracts.add_payment(first, "hourly", 8000, "USD", D(2026, 5, 13))  # day 365 after the end
    later = factories.contract(person, title="Data cleanup, phase 3", kind="hourly", start_date=D(2026, 5, 1))
    try:
        contracts.add_payment(first, "hourly", 8000, "USD", D(2026, 5, 14))  # day 366
    except ValidationError as exc:
        assert exc.field == "paid on" and "2025-05-13" in exc.message and "phase 3" in exc.message
    else:
        raise AssertionError("a payment a year and a day after the end was accepted")
    contracts.add_payment(later, "hourly", 8000, "USD", D(2026, 5, 14))
    assert Payment.select().count() == 2


def test_people_loaded_together_are_matched_as_when_loaded_one_by_one(db):
    """An import reads every named person's contracts in one query: each payment still goes to its own
    person's contract, the same one the matcher finds when it reads the people one at a time."""
    lena, omar, rui = factories.talent("Lena Fischer"), factories.talent("Omar Haddad"), factories.talent("Rui Costa")
    lena_ended = _ended(lena, D(2025, 3, 3), D(2025, 5, 13), "Data cleanup")
    lena_next = factories.contract(lena, title="Data cleanup, phase 2", kind="hourly", start_date=D(2025, 5, 14))
    omar_fixed = factories.contract(omar, title="Logo", kind="fixed", start_date=D(2025, 3, 1), end_date=D(2025, 6, 30))
    omar_hourly = factories.contract(omar, title="Support", kind="hourly", start_date=D(2025, 4, 1),
                                     currency="EUR")
    asked = [(lena, D(2025, 5, 21), "hourly", (D(2025, 5, 5), D(2025, 5, 11))),
             (lena, D(2025, 5, 26), "hourly", (D(2025, 5, 12), D(2025, 5, 18))),
             (lena, D(2025, 5, 13), "bonus", None), (lena, D(2025, 6, 2), "bonus", None),
             (omar, D(2025, 4, 10), "milestone", None), (omar, D(2025, 4, 10), "hourly", None),
             (omar, D(2025, 3, 15), "hourly", None)]
    one_by_one = ContractMatcher("upwork", "Upwork")
    expected = [one_by_one.find(p, day, kind, period=period) for p, day, kind, period in asked]
    assert expected == [lena_ended, lena_next, lena_ended, lena_next, omar_fixed, omar_hourly, omar_fixed]
    together = ContractMatcher("upwork", "Upwork")
    together.load([omar, lena, rui, omar])
    assert [together.find(p, day, kind, period=period) for p, day, kind, period in asked] == expected
    assert (together.currency(omar_hourly), together.currency(lena_next), together.currency(10_000)) == (
        "EUR", "USD", None)
    assert together.created == [] and Contract.select().count() == 4
    made = together.find(rui, D(2027, 1, 4), "hourly", rate_minor=4000)  # Rui has none: one is made
    assert [(c.contract_id, c.talent_name) for c in together.created] == [(made, "Rui Costa")]
    assert together.currency(made) == "USD"


def test_settling_many_imported_contracts_at_once_is_settling_each(db):
    """The span, billed rate and end of each contract, and its one terms row, as ``settle_imported`` makes
    them; a contract whose terms have a history since keeps that history and its rate."""
    from talentdesk.services import scope, terms

    person = factories.talent("Lena Fischer")
    plain = factories.contract(person, title="Imported A", kind="hourly", rate_minor=1000, start_date=D(2025, 1, 6))
    changed = factories.contract(person, title="Imported B", kind="hourly", rate_minor=1000, start_date=D(2025, 1, 6))
    scope.change_weekly_limit(changed, 20, scope.Request("More", agreed=True), effective_on=D(2025, 2, 3))
    other = factories.contract(person, title="Imported C", kind="fixed", rate_minor=0, start_date=D(2025, 1, 6))
    contracts.settle_imported_many([
        contracts.Settlement(plain, D(2024, 12, 2), D(2025, 3, 9), rate_minor=2500),
        contracts.Settlement(changed, D(2024, 12, 9), D(2025, 3, 16), rate_minor=2600, ended=True),
        contracts.Settlement(other, D(2025, 1, 1), D(2025, 1, 31))])
    a, b, c = (Contract.get_by_id(i) for i in (plain, changed, other))
    assert (a.start_date, a.end_date, a.rate_minor, a.status) == (D(2024, 12, 2), D(2025, 3, 9), 2500, "active")
    assert [(t.effective_on, t.rate_minor) for t in terms.history(plain)] == [(D(2024, 12, 2), 2500)]
    assert (b.start_date, b.end_date, b.rate_minor, b.status) == (D(2024, 12, 9), D(2025, 3, 16), 1000, "ended")
    assert [(t.effective_on, t.weekly_limit_hours) for t in terms.history(changed)] == [
        (D(2025, 1, 6), None), (D(2025, 2, 3), 20)]
    assert (c.start_date, c.end_date, c.rate_minor) == (D(2025, 1, 1), D(2025, 1, 31), 0)
    assert [(t.effective_on, t.rate_minor) for t in terms.history(other)] == [(D(2025, 1, 1), 0)]
    assert (a.version, b.version, c.version) == (2, 3, 2)  # each saved once more, as a write


# -- the rules one by one: first and last days, the kind preferred, what is made and how it grows -----------------
def _made(cid: int) -> tuple:
    c = Contract.get_by_id(cid)
    return c.title, c.kind, c.rate_minor, c.currency, c.start_date, c.end_date, c.platform, c.status


def test_a_contract_covers_its_first_and_last_day_and_no_other(db):
    person = factories.talent("Lena Fischer")
    real = factories.contract(person, title="Data cleanup", start_date=D(2025, 3, 3), end_date=D(2025, 5, 13))
    match = ContractMatcher("upwork", "Upwork")
    assert [match.existing(person, day, "hourly") for day in (D(2025, 3, 3), D(2025, 5, 13))] == [real, real]
    assert match.existing(person, D(2025, 3, 2), "hourly") is None  # before the start: no rule fits
    assert match.existing(person, D(2025, 5, 14), "hourly") == real  # after its (planned) end: rule 4
    # An invoice period sharing one day with the contract is enough, whatever the payment date.
    assert match.existing(person, D(2025, 2, 20), "hourly", period=(D(2025, 2, 24), D(2025, 3, 3))) == real
    assert match.existing(person, D(2025, 2, 20), "hourly", period=(D(2025, 2, 24), D(2025, 3, 2))) is None
    early = match.find(person, D(2025, 3, 2), "hourly")  # nothing fits: one is made
    assert match.find(person, D(2026, 5, 13), "hourly") == real  # day 365 after its end
    # Day 366: past the window; the one made cannot grow over the real contract, so another is made.
    assert match.find(person, D(2026, 5, 14), "hourly") not in (real, early)
    assert Contract.select().count() == 3 and match.existing(factories.talent("Omar Haddad"), D(2025, 4, 1), "bonus") is None


def test_among_contracts_that_fit_the_payments_kind_wins_then_the_latest_start(db):
    person = factories.talent("Lena Fischer")
    fixed = factories.contract(person, title="Logo", kind="fixed", start_date=D(2025, 1, 1), end_date=D(2025, 6, 30))
    hourly = factories.contract(person, title="Support", kind="hourly", start_date=D(2025, 2, 1),
                                end_date=D(2025, 6, 30))
    later_fixed = factories.contract(person, title="Icons", kind="fixed", start_date=D(2025, 3, 1),
                                     end_date=D(2025, 6, 30))
    match = ContractMatcher("csv", "CSV")
    assert match.find(person, D(2025, 2, 10), "milestone") == fixed  # the only fixed price running that day
    assert match.find(person, D(2025, 2, 10), "hourly") == hourly
    assert match.find(person, D(2025, 4, 10), "milestone") == later_fixed
    assert match.find(person, D(2025, 4, 10), "bonus") == later_fixed  # a bonus has no kind: the latest start
    assert match.find(person, D(2025, 1, 10), "hourly") == fixed  # another kind still beats making one
    # Within a period, the contract that ran most of it, before the kind.
    assert match.find(person, D(2025, 7, 20), "milestone", period=(D(2025, 1, 20), D(2025, 2, 2))) == fixed
    assert match.find(person, D(2025, 7, 20), "milestone", period=(D(2025, 1, 30), D(2025, 2, 5))) == fixed
    assert match.find(person, D(2025, 7, 20), "hourly", period=(D(2025, 1, 29), D(2025, 2, 5))) == hourly
    assert match.created == []


def test_a_payout_after_the_end_goes_to_the_contract_that_ended_last_within_the_window(db):
    from talentdesk.services import settings

    person = factories.talent("Lena Fischer")
    first = _ended(person, D(2025, 1, 6), D(2025, 3, 2), "Data cleanup")
    second = _ended(person, D(2025, 3, 3), D(2025, 4, 27), "Data cleanup, phase 2")
    fixed = _ended(person, D(2025, 1, 6), D(2025, 2, 2), "Logo", kind="fixed")
    match = ContractMatcher("upwork", "Upwork")
    assert match.find(person, D(2025, 5, 5), "hourly") == second
    assert match.find(person, D(2025, 5, 5), "milestone") == fixed  # the kind first, then the latest end
    assert match.existing(person, D(2025, 5, 6), "bonus") == second
    settings.set("bonus_window_days", 30)
    short = ContractMatcher("upwork", "Upwork")
    assert short.existing(person, D(2025, 5, 27), "hourly") == second  # day 30 after its end
    assert short.existing(person, D(2025, 5, 28), "hourly") is None
    # The logo ended 28 days before, but a contract running that day comes first, whatever its kind.
    assert short.existing(person, D(2025, 3, 2), "milestone") == first


def test_a_made_contract_spans_its_payments_at_the_latest_rate_and_ends_a_month_after_the_last(db):
    person = factories.talent("Rui Costa")
    match = ContractMatcher("upwork", "Upwork")
    made = match.find(person, D(2025, 1, 10), "hourly", rate_minor=4000, currency="EUR",
                      period=(D(2025, 1, 13), D(2025, 1, 19)))  # paid before the end of its period
    assert _made(made) == ("Imported from Upwork (hourly)", "hourly", 4000, "EUR", D(2025, 1, 10), D(2025, 1, 19),
                           "upwork", "active")
    assert Contract.get_by_id(made).scope == "Payments imported from Upwork."
    assert match.created == [payment_contracts.Created(made, "Imported from Upwork (hourly)", "Rui Costa")]
    assert match.find(person, D(2025, 3, 3), "hourly", rate_minor=4500) == made  # grows over the gap
    assert match.find(person, D(2025, 2, 3), "hourly", rate_minor=4200, currency="EUR") == made  # within: no growth
    assert match.find(person, D(2025, 2, 3), "hourly", currency="EUR") == made  # no rate: the last one stays
    assert match.currency(made) == "EUR" and len(match.created) == 1
    match.finish(today=D(2025, 4, 2))  # the last payment 30 days ago: still running
    assert _made(made)[2:] == (4200, "EUR", D(2025, 1, 10), D(2025, 3, 3), "upwork", "active")
    again = ContractMatcher("upwork", "Upwork")
    assert again.find(person, D(2025, 3, 10), "hourly") == made  # read back as imported: it grows again
    again.finish(today=D(2025, 4, 10))  # the last payment 31 days ago: ended
    assert _made(made)[4:] == (D(2025, 1, 10), D(2025, 3, 10), "upwork", "ended")
    assert Contract.get_by_id(made).rate_minor == 4200  # no rate seen this time: the one it had


def test_a_fixed_price_payment_makes_its_own_kind_and_an_imported_contract_never_grows_into_another(db):
    person = factories.talent("Rui Costa")
    match = ContractMatcher("csv", "a CSV file")
    hourly = match.find(person, D(2025, 1, 10), "hourly", rate_minor=4000)
    fixed = match.find(person, D(2025, 2, 10), "milestone", rate_minor=90_000)
    assert fixed != hourly
    assert _made(fixed)[:3] == ("Imported from a CSV file (fixed price)", "fixed", 90_000)
    bonus = match.find(factories.talent("Ana Souza"), D(2025, 2, 10), "bonus")
    assert _made(bonus)[:3] == ("Imported from a CSV file (hourly)", "hourly", 0)
    # The hourly one cannot grow to March over the fixed price's day, so March gets a contract of its own.
    march = match.find(person, D(2025, 3, 10), "hourly")
    assert march not in (hourly, fixed)
    match.finish(today=D(2025, 12, 1))
    assert [_made(c)[4:6] for c in (hourly, fixed, march)] == [
        (D(2025, 1, 10), D(2025, 1, 10)), (D(2025, 2, 10), D(2025, 2, 10)), (D(2025, 3, 10), D(2025, 3, 10))]


def test_only_this_platforms_imported_contracts_grow(db):
    person = factories.talent("Rui Costa")
    typed = factories.contract(person, title="Imported from Upwork (hourly)", start_date=D(2025, 1, 6),
                               end_date=D(2025, 1, 12))  # typed by hand, with an import's title
    contracts.move(typed, "ended", D(2025, 1, 12))
    other = factories.contract(person, title="Imported from Upwork (hourly)", platform="csv",
                               start_date=D(2024, 6, 3), end_date=D(2024, 6, 9))
    contracts.move(other, "ended", D(2024, 6, 9))
    match = ContractMatcher("upwork", "Upwork")
    assert match.find(person, D(2025, 1, 20), "hourly") == typed  # rule 4: a payout after its end
    assert match.find(person, D(2024, 5, 1), "hourly") not in (typed, other)  # neither grows back to May
    assert len(match.created) == 1


def test_people_loaded_once_are_not_read_again(db):
    person = factories.talent("Rui Costa")
    match = ContractMatcher("upwork", "Upwork")
    match.load([person])
    factories.contract(person, title="Support", start_date=D(2025, 1, 6))  # after the load: not seen
    match.load([person])
    made = match.find(person, D(2025, 2, 3), "hourly")
    assert _made(made)[0] == "Imported from Upwork (hourly)"
    fresh = ContractMatcher("upwork", "Upwork")
    assert fresh.find(person, D(2025, 2, 10), "hourly") != made  # the hand-made one covers it now
    fresh.load([])
    assert fresh.created == []


def test_a_manual_payment_is_refused_only_past_the_window_after_an_end(db):
    from talentdesk.services.payment_contracts import check_manual

    person = factories.talent("Lena Fischer")
    cid = _ended(person, D(2025, 3, 3), D(2025, 5, 13), "Data cleanup")
    contract = Contract.get_by_id(cid)
    check_manual(contract, D(2026, 5, 13), "hourly")  # day 365
    check_manual(contract, D(2025, 1, 1), "hourly")  # before the start: a deposit
    with pytest.raises(ValidationError) as late:
        check_manual(contract, D(2026, 5, 14), "hourly")
    assert (late.value.field, str(late.value.message)) == (
        "paid on", "2026-05-14 is more than 365 days after this contract ended on 2025-05-13; nothing is paid on "
                   "it that late.")
    running = factories.contract(person, title="Support", start_date=D(2024, 1, 1), end_date=D(2024, 1, 31))
    check_manual(Contract.get_by_id(running), D(2026, 5, 14), "hourly")  # still running: its end is a plan
    contracts.move(running, "paused")
    check_manual(Contract.get_by_id(running), D(2026, 5, 14), "hourly")
    contract.end_date = None
    check_manual(contract, D(2030, 1, 1), "hourly")  # no end known: nothing to measure from
