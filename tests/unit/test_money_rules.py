"""The money figures (one definition each), a payment in another currency, and the bonus window."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import (
    appreciation,
    contracts,
    lists,
    money,
    money_figures,
    preferences,
    scope,
    settings,
    workroom,
)
from talentdesk.services.errors import Refused, ValidationError
from talentdesk.store.models import Appreciation, Contract, Payment, PaymentConversion, ScopeChange
from tests import factories

REQ = scope.Request("over the weekly limit in March", "me", True)


def _title(cid: int) -> str:
    return Contract.get_by_id(cid).title


def _paid(cid, kind, minor, day=dt.date(2026, 2, 1), currency="USD", **kw):
    return contracts.add_payment(cid, kind, minor, currency, day, **kw)


def test_each_figure_has_one_meaning(db):
    cid = factories.contract(currency="USD")
    _paid(cid, "hourly", 100000)
    _paid(cid, "milestone", 50000)
    _paid(cid, "fee", 5000)
    _paid(cid, "refund", 20000)
    _paid(cid, "other", 1000)
    f = money_figures.for_contract(cid)
    assert f.paid == {"USD": 151000}  # hourly + milestone + other: what reached them
    assert f.fees == {"USD": 5000}
    assert f.refunds == {"USD": 20000}
    assert f.total == {"USD": 151000 + 5000 - 20000}
    person = Payment.get_by_id(_paid(cid, "weekly_payment", 1)).contract.talent_id
    assert money_figures.for_talent(person).total == {"USD": 136001}
    assert money_figures.LABELS == {"paid": "Paid to them", "fees": "Fees", "refunds": "Refunds",
                                    "total": "Total cost"}
    # The contracts list (CSV export) sums the same figures in SQL: the same four numbers.
    (row,) = [r for r in lists.rows("contracts") if r[2] == _title(cid)]
    assert row[-4:] == (151001, 5000, 20000, 136001)


def test_a_payment_in_another_currency_needs_the_contract_amount_and_is_never_dropped(db):
    cid = factories.contract(currency="USD")
    with pytest.raises(ValidationError) as err:
        _paid(cid, "bonus", 10000, currency="EUR")
    assert err.value.field == "amount in contract currency" and "EUR" in err.value.message
    assert Payment.select().count() == 0  # nothing half-written
    with pytest.raises(ValidationError):
        _paid(cid, "hourly", 10000, currency="USD", contract_amount_minor=9000)  # same currency: no conversion
    pid = _paid(cid, "hourly", 10000, currency="EUR", contract_amount_minor=10800)
    _paid(cid, "hourly", 20000)
    assert PaymentConversion.get(PaymentConversion.payment == pid).contract_amount_minor == 10800
    assert money_figures.for_contract(cid).paid == {"USD": 30800}
    assert workroom.facts(cid).money.paid == {"USD": 30800}
    # An older payment in another currency with no conversion still counts, in its own currency.
    Payment.create(contract=cid, kind="hourly", amount_minor=700, currency="GBP", paid_on=dt.date(2026, 2, 2))
    assert money_figures.for_contract(cid).paid == {"USD": 30800, "GBP": 700}


def _ended(on: dt.date) -> int:
    cid = factories.contract(currency="USD", start_date=dt.date(2024, 1, 1))
    contracts.move(cid, "ended", on)
    return cid


def test_a_bonus_is_allowed_up_to_365_days_after_the_end_and_refused_on_day_366(db):
    end = dt.date(2025, 3, 31)
    cid = _ended(end)
    scope.pay_bonus(cid, 5000, REQ, paid_on=end + dt.timedelta(days=365))  # 2026-03-31: the last day
    with pytest.raises(Refused) as err:
        scope.pay_bonus(cid, 5000, REQ, paid_on=end + dt.timedelta(days=366))
    assert "2026-03-31" in str(err.value) and "365 days" in str(err.value)
    assert [p.kind for p in Payment.select().where(Payment.contract == cid)] == ["bonus"]
    assert ScopeChange.select().where(ScopeChange.contract == cid).count() == 1
    assert workroom.facts(cid, today=end + dt.timedelta(days=365)).bonus_refusal == ""
    assert "2026-03-31" in workroom.facts(cid, today=end + dt.timedelta(days=366)).bonus_refusal


def test_the_bonus_window_is_a_setting(db):
    end = dt.date(2025, 3, 31)
    cid = _ended(end)
    preferences.save({"bonus_window_days": 30})
    assert settings.get("bonus_window_days") == 30
    with pytest.raises(Refused, match="30 days"):
        scope.pay_bonus(cid, 5000, REQ, paid_on=end + dt.timedelta(days=31))
    scope.pay_bonus(cid, 5000, REQ, paid_on=end + dt.timedelta(days=30))
    with pytest.raises(ValidationError):
        preferences.save({"bonus_window_days": -1})


def test_a_running_contract_takes_a_bonus_and_a_draft_does_not(db):
    running = factories.contract(end_date=dt.date(2026, 3, 1))
    scope.pay_bonus(running, 5000, REQ, paid_on=dt.date(2030, 1, 1))  # still running: no window yet
    draft = factories.contract(status="draft")
    with pytest.raises(Refused, match="draft"):
        scope.pay_bonus(draft, 5000, REQ)
    assert workroom.facts(draft).bonus_refusal


def test_a_thank_you_bonus_is_the_same_bonus_one_payment_and_one_ledger_row(db):
    end = dt.date.today() - dt.timedelta(days=10)
    cid = _ended(end)
    talent_id = contracts.get(cid).talent_id
    aid = appreciation.add_appreciation(appreciation.AppreciationInput(
        talent_id, "thanks_bonus", "the migration notes saved me a whole day of work", contract_id=cid,
        amount_minor=15000, currency="USD"))
    payment = Appreciation.get_by_id(aid).payment
    assert (payment.kind, payment.amount_minor) == ("bonus", 15000)
    ledger = scope.ledger(cid)
    assert [(r.kind, r.cost_delta_minor) for r in ledger] == [("bonus", 15000)]
    old = _ended(dt.date.today() - dt.timedelta(days=400))
    with pytest.raises(Refused):
        appreciation.add_appreciation(appreciation.AppreciationInput(
            contracts.get(old).talent_id, "thanks_bonus", "the migration notes saved me a whole day of work",
            contract_id=old, amount_minor=15000, currency="USD"))
    assert Appreciation.select().count() == 1 and Payment.select().count() == 1


@pytest.mark.parametrize("currency,minor,amount", [
    ("USD", 123456, "1234.56"), ("JPY", 123456, "123456"), ("KWD", 123456, "123.456"), ("XYZ", 123456, "1234.56")])
def test_minor_units_follow_each_currencys_decimals(currency, minor, amount):
    """Yen have no decimals, dinars three; a code outside the table is taken as two decimals."""
    from decimal import Decimal

    assert money.from_minor(minor, currency) == Decimal(amount)
    assert money.to_minor(amount, currency) == minor
    assert money.format_plain(minor, currency) == f"{amount} {currency}"


@pytest.mark.parametrize("amount,currency,message", [
    ("12,5x", "USD", "“12,5x” is not an amount of money."),
    ("Infinity", "USD", "must be a finite amount."),
    ("-5", "USD", "must not be negative."),
    ("10.005", "USD", "has more decimals than USD allows (2)."),
    ("1.5", "JPY", "has more decimals than JPY allows (0)."),
])
def test_an_amount_that_is_no_money_is_refused_next_to_its_field(amount, currency, message):
    with pytest.raises(ValidationError) as bad:
        money.to_minor(amount, currency)
    assert (bad.value.field, bad.value.message) == ("amount", message)
    with pytest.raises(ValidationError) as bad:
        money.to_minor(amount, currency, "rate")
    assert bad.value.field == "rate"


def test_thousands_separators_and_refunds_are_read():
    assert money.to_minor(" 1,234.50 ", "USD") == 123450
    assert money.to_minor("-12.50", "USD", allow_negative=True) == -1250
    assert (money.to_minor("0", "USD"), money.to_minor("0.50", "USD")) == (0, 50)  # nothing, or less than one, is money


@pytest.mark.parametrize("typed,decimal_point,minor", [
    ("1.234,50", ",", 123450),  # German, French, Spanish, Brazilian habits…
    ("150,50", ",", 15050),
    ("150,50", ".", 15050),  # …typed where the locale says "." is not read as 15,050.00
    ("150.5", ",", 15050),  # and the other way round
    ("1.234", ",", 123400),  # three digits after the locale's group separator: a thousand
    ("1,234", ".", 123400),
    ("1 234,56", ",", 123456),  # spaces (and the Swiss apostrophe) group digits too
    ("1'234.56", ".", 123456),
    ("1.234.567,8", ",", 123456780),
    ("123.456", ",", 12345600),  # a full first group of three
    ("+123.456", ",", 12345600),  # a sign in front is not part of the first group
])
def test_an_amount_is_read_as_the_person_typed_it_in_their_locale(typed, decimal_point, minor):
    assert money.to_minor(typed, "EUR", decimal_point=decimal_point) == minor


def test_a_negative_amount_is_grouped_like_a_positive_one():
    assert money.to_minor("-123.456", "EUR", allow_negative=True, decimal_point=",") == -12_345_600
    assert money.to_minor("-1.234,5", "EUR", allow_negative=True, decimal_point=",") == -123_450


@pytest.mark.parametrize("typed", ["1,2,3", "12,34,567", "1.2.3", "1.234.5", "1234.567.890", "1.234.567.89",
                                   "1234.567", "1,234.567.89", "1.234,567.89"])
def test_digits_grouped_otherwise_than_by_threes_are_refused_not_guessed(typed):
    # "1234.567" is not 1,234,567 (its first group is four digits), nor 1234.567 (a tenth of a cent); a mark
    # that is the decimal point (the last one) cannot group digits as well.
    with pytest.raises(ValidationError):
        money.to_minor(typed, "EUR", decimal_point=",")
