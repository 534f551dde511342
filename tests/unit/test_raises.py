"""A raise, with or without the running contract's rate; rehire terms from one consistent source."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import bench, raises, review_rules, review_session, scope, talents, terms
from talentdesk.services.errors import ValidationError
from talentdesk.store.models import Rate, ScopeChange
from tests import factories

START = dt.date(2026, 1, 5)
RAISE_DAY = dt.date(2026, 3, 2)


def test_a_raise_for_the_person_only_leaves_the_contract_alone(db):
    tid = factories.talent("Noor")
    cid = factories.contract(tid, kind="hourly", rate_minor=5000, start_date=START)
    raises.log_raise(tid, RAISE_DAY, 5500, "USD", "yearly revisit")
    assert talents.current_rate(tid, RAISE_DAY).amount_minor == 5500
    assert terms.in_force(cid, RAISE_DAY).rate_minor == 5000
    assert ScopeChange.select().count() == 0


def test_a_raise_with_the_contract_goes_through_the_rate_scope_action(db):
    tid = factories.talent("Noor")
    cid = factories.contract(tid, title="Checkout rebuild", kind="hourly", rate_minor=5000, start_date=START)
    assert raises.running_contract(tid, today=START) == raises.RunningContract(cid, "Checkout rebuild", "USD", 5000)
    raises.log_raise(tid, RAISE_DAY, 5500, "USD", "yearly revisit", contract_id=cid)
    assert terms.in_force(cid, RAISE_DAY - dt.timedelta(days=1)).rate_minor == 5000
    assert terms.in_force(cid, RAISE_DAY).rate_minor == 5500
    row = scope.ledger(cid)[0]
    assert (row.kind, row.reason, row.effective_on) == ("rate", "yearly revisit", RAISE_DAY)


def test_a_raise_in_another_currency_is_refused_for_the_contract_and_writes_nothing(db):
    tid = factories.talent("Noor")
    cid = factories.contract(tid, kind="hourly", rate_minor=5000, currency="USD", start_date=START)
    with pytest.raises(ValidationError) as refused:
        raises.log_raise(tid, RAISE_DAY, 5000, "EUR", "", contract_id=cid)
    assert refused.value.field == "currency" and "USD" in refused.value.message
    assert Rate.select().count() == 0 and ScopeChange.select().count() == 0
    raises.log_raise(tid, RAISE_DAY, 5000, "EUR")  # the person's own rate may be in another currency
    assert terms.in_force(cid, RAISE_DAY).rate_minor == 5000


def test_the_raise_card_can_change_the_contract_too(db):
    tid = factories.talent("Noor")
    cid = factories.contract(tid, kind="hourly", rate_minor=5000, start_date=dt.date(2024, 1, 8))
    card = next(c for c in review_rules.compute(dt.date(2026, 3, 4)) if c.rule == "rate_stale")
    session, _cards = review_session.start_session(dt.date(2026, 3, 4))
    review_session.act_log_raise(session, card, 6000, "USD", RAISE_DAY, "two years on", contract_id=cid)
    assert terms.in_force(cid, RAISE_DAY).rate_minor == 6000 and talents.current_rate(tid, RAISE_DAY).amount_minor == 6000


def test_no_running_contract_for_a_fixed_price_or_an_ended_one(db):
    tid = factories.talent("Noor")
    factories.contract(tid, kind="fixed", rate_minor=100_000)
    assert raises.running_contract(tid) is None


def test_the_raise_goes_to_the_contract_asked_for_else_to_the_latest_started(db):
    tid = factories.talent("Noor")
    later = factories.contract(tid, title="Later", kind="hourly", rate_minor=6000, start_date=dt.date(2026, 2, 2))
    first = factories.contract(tid, title="First", kind="retainer", rate_minor=5000, weekly_payment_minor=80_000,
                               start_date=START)  # added after, started before
    same_day = factories.contract(tid, title="Same day", kind="hourly", rate_minor=7000, start_date=dt.date(2026, 2, 2))
    factories.contract(tid, title="Fixed", kind="fixed", rate_minor=100_000, start_date=dt.date(2026, 3, 1))
    factories.contract(tid, title="Undated", kind="hourly", start_date=None)  # not known to be the latest
    assert raises.running_contract(tid, first, today=RAISE_DAY) == raises.RunningContract(first, "First", "USD", 5000)
    assert raises.running_contract(tid, later, today=RAISE_DAY) == raises.RunningContract(later, "Later", "USD", 6000)
    # No contract asked for, or one not theirs: the latest started, the one added last on the same day.
    assert raises.running_contract(tid, today=RAISE_DAY).title == "Same day"
    someone_else = factories.contract(factories.talent("Ravi"), kind="hourly", start_date=START)
    assert raises.running_contract(tid, someone_else, today=RAISE_DAY).id == same_day


def test_the_running_contracts_rate_is_the_one_in_force_today(db):
    tid = factories.talent("Noor")
    cid = factories.contract(tid, kind="hourly", rate_minor=5000, start_date=START)
    scope.change_rate(cid, 5800, scope.Request("yearly revisit"), effective_on=dt.date(2026, 2, 2))
    assert raises.running_contract(tid, cid, today=dt.date(2026, 2, 1)).rate_minor == 5000
    assert raises.running_contract(tid, cid, today=dt.date(2026, 2, 2)).rate_minor == 5800
    assert raises.running_contract(tid, cid).rate_minor == 5800  # today, when no day is given


# -- rehire ---------------------------------------------------------------------------------------
def test_rehire_takes_the_last_contracts_terms_in_force_at_its_end(db):
    tid = factories.talent("Noor")
    cid = factories.contract(tid, kind="retainer", rate_minor=10_000, weekly_limit_hours=10,
                             weekly_payment_minor=100_000, start_date=START, end_date=START + dt.timedelta(days=90))
    scope.change_weekly_payment(cid, 80_000, scope.Request("less work"), effective_on=START + dt.timedelta(days=28))
    scope.change_rate(cid, 8_000, scope.Request("matching"), effective_on=START + dt.timedelta(days=28))
    template = bench.rehire_template(tid, today=START + dt.timedelta(days=100))
    assert (template.rate_minor, template.weekly_limit_hours, template.weekly_payment_minor) == (8_000, 10, 80_000)


def test_rehire_after_a_raise_scales_the_weekly_payment_to_buy_the_same_hours(db):
    tid = factories.talent("Noor")
    factories.contract(tid, kind="retainer", rate_minor=10_000, weekly_limit_hours=10, weekly_payment_minor=100_000,
                       currency="EUR", start_date=START)
    talents.add_rate(tid, RAISE_DAY, 12_000, "EUR")
    template = bench.rehire_template(tid, today=RAISE_DAY)
    assert (template.rate_minor, template.weekly_limit_hours, template.weekly_payment_minor) == (12_000, 10, 120_000)
    talents.add_rate(tid, RAISE_DAY + dt.timedelta(days=1), 15_000, "USD")  # another currency: the contract's terms
    template = bench.rehire_template(tid, today=RAISE_DAY + dt.timedelta(days=1))
    assert (template.rate_minor, template.weekly_payment_minor, template.currency) == (10_000, 100_000, "EUR")
