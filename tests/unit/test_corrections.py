"""Payments are corrected and removed with an audit trail; a re-import never brings a corrected one back."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.interchange import upwork
from talentdesk.services import contracts, corrections, workroom
from talentdesk.services.errors import Refused, ValidationError
from talentdesk.store.models import Payment, PaymentCorrection
from tests import factories
from tests.interchange_helpers import FIXTURES

OLD = FIXTURES / "upwork" / "transactions_13col.csv"


def test_a_correction_keeps_what_the_payment_said_and_the_totals_follow(db):
    contract = factories.contract()
    payment = contracts.add_payment(contract, "hourly", 125050, "USD", dt.date(2026, 3, 3), "week 9")
    corrections.correct_payment(payment, corrections.PaymentFix("hourly", 12505, dt.date(2026, 3, 3), "week 9"),
                                "typed 1,250.5 for 125.05")
    assert workroom.payments(contract).by_kind == {("hourly", "USD"): 12505}
    [row] = corrections.for_contract(contract)
    assert (row.action, row.was_amount_minor, row.now_amount_minor, row.reason) == \
        ("corrected", 125050, 12505, "typed 1,250.5 for 125.05")
    assert row.payment_id == payment and row.was_paid_on == dt.date(2026, 3, 3)


def test_a_removal_keeps_the_payment_on_the_trail(db):
    contract = factories.contract()
    payment = contracts.add_payment(contract, "bonus", 5000, "USD", dt.date(2026, 3, 4))
    corrections.remove_payment(payment, "")
    assert not Payment.select().exists()
    [row] = corrections.for_contract(contract)
    assert (row.action, row.was_kind, row.was_amount_minor, row.now_amount_minor) == ("removed", "bonus", 5000, None)


def test_a_correction_that_changes_nothing_or_reads_badly_is_refused(db):
    contract = factories.contract()
    payment = contracts.add_payment(contract, "hourly", 100, "USD", dt.date(2026, 3, 3))
    with pytest.raises(Refused, match="Nothing was changed"):
        corrections.correct_payment(payment, corrections.PaymentFix("hourly", 100, dt.date(2026, 3, 3)))
    with pytest.raises(ValidationError) as caught:
        corrections.correct_payment(payment, corrections.PaymentFix("hourly", -5, dt.date(2026, 3, 3)))
    assert caught.value.field == "amount"
    assert not PaymentCorrection.select().exists()


def test_a_reimport_after_correcting_and_removing_imported_payments_adds_nothing(db):
    upwork.import_file(OLD, create_missing=True)
    imported = list(Payment.select().where(Payment.source == "upwork").order_by(Payment.id))
    first, second = imported[0], imported[1]
    corrections.correct_payment(first.id, corrections.PaymentFix(first.kind, first.amount_minor + 1, first.paid_on,
                                                                 "fixed by hand"), "the marketplace had a typo")
    corrections.remove_payment(second.id, "a duplicate on the marketplace")
    count = Payment.select().count()
    again = upwork.import_file(OLD, create_missing=True)
    assert again.counts["payment"] == 0 and Payment.select().count() == count
    assert Payment.get_by_id(first.id).amount_minor == first.amount_minor + 1
    assert not Payment.select().where(Payment.external_ref == second.external_ref).exists()
    assert any(s.reason == "already imported" and second.external_ref.split(":")[1] in s.what for s in again.skipped)
