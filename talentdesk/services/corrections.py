"""Correcting and removing payments, with the audit trail kept (what it was, when, and why).

A payment is money: it is never silently rewritten. Each correction or removal writes a
``payment_correction`` row holding what the payment said before; the payment row then holds what is
true now (or is gone). Imported payments keep their marketplace reference on the trail, so the
importer's duplicate check still knows a removed transaction.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..store.db import database
from ..store.models import PAYMENT_KINDS, Payment, PaymentConversion, PaymentCorrection, utcnow
from . import authors, stored
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, Refused
from .money import check_minor


@dataclass(frozen=True)
class PaymentFix:
    """What the payment should say now."""

    kind: str
    amount_minor: int
    paid_on: dt.date
    description: str = ""
    # What it came to in the contract's currency, for a payment in another currency (see money_figures).
    contract_amount_minor: int | None = None


@dataclass(frozen=True)
class CorrectionRow:
    id: int
    payment_id: int | None
    action: str  # corrected | removed
    changed_at: dt.datetime | None  # None (here and below): a stored value that no longer reads
    reason: str
    external_ref: str | None
    currency: str
    was_kind: str
    was_amount_minor: int
    was_paid_on: dt.date | None
    was_description: str
    now_kind: str | None
    now_amount_minor: int | None
    now_paid_on: dt.date | None
    now_description: str | None
    made_by: str = ""  # who corrected or removed it (empty: not known, for corrections older than schema step 11)


def get(payment_id: int) -> Payment:
    payment = Payment.get_or_none(Payment.id == payment_id)
    if payment is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No payment with id {payment_id}; it may have been removed."),
                       payment_id=payment_id)
    return payment


def _trail(payment: Payment, action: str, reason: str, now: dict | None) -> None:
    now = now or {}
    PaymentCorrection.create(
        contract=payment.contract_id, payment=payment.id if action == "corrected" else None, action=action,
        changed_at=utcnow(), reason=reason, external_ref=payment.external_ref,
        was_kind=payment.kind, was_amount_minor=payment.amount_minor, was_currency=payment.currency,
        was_paid_on=payment.paid_on, was_description=payment.description,
        now_kind=now.get("kind"), now_amount_minor=now.get("amount_minor"), now_paid_on=now.get("paid_on"),
        now_description=now.get("description"))


def correct_payment(payment_id: int, fix: PaymentFix, reason: str = "", version: int | None = None) -> int:
    """Correct a payment's kind, amount, date or description; the trail keeps what it said before.

    The payment keeps its currency; it is held to the rules a new one is (the bonus window after the
    contract ended, the amount in the contract's currency when paid in another) and re-linked to its
    milestone by the same rule. With ``version`` (the one the form was opened with), refused with who changed
    it and when if it was changed since.
    """
    from . import contracts, milestones, payment_contracts  # they build on this layer's models only
    values: dict[str, Any] = dict(
        kind=v.choice(fix.kind, PAYMENT_KINDS, "payment kind"),
        amount_minor=check_minor(fix.amount_minor, "amount"),
        paid_on=v.day(fix.paid_on, "paid on"),
        description=v.text(fix.description, "description", max_length=2000),
    )
    reason = v.text(reason, "why", max_length=2000)
    with database.atomic():
        authors.claim(Payment, payment_id, version)
        payment = get(payment_id)
        contract = contracts.get(payment.contract_id)
        converted = contracts.check_payment_currency(contract.currency, payment.currency, fix.contract_amount_minor)
        was_converted = PaymentConversion.get_or_none(PaymentConversion.payment == payment.id)
        if all(getattr(payment, key) == value for key, value in values.items()) and \
                converted == (was_converted.contract_amount_minor if was_converted else None):
            raise Refused(QT_TRANSLATE_NOOP("errors", "Nothing was changed: the payment already says this."))
        if values["paid_on"] != payment.paid_on or values["kind"] != payment.kind:
            payment_contracts.check_manual(contract, values["paid_on"], values["kind"])
        _trail(payment, "corrected", reason, values)
        Payment.update(**values, **authors.touched(Payment)).where(Payment.id == payment.id).execute()
        PaymentConversion.delete().where(PaymentConversion.payment == payment.id).execute()
        if converted is not None:
            PaymentConversion.create(payment=payment.id, contract_amount_minor=converted)
        milestones.link_payment(Payment.get_by_id(payment.id))
    return payment.id


def remove_payment(payment_id: int, reason: str = "", version: int | None = None) -> None:
    """Remove a payment recorded by mistake; the trail keeps what it was (and its marketplace reference).
    With ``version``, refused when the payment was changed since it was shown."""
    reason = v.text(reason, "why", max_length=2000)
    with database.atomic():
        authors.claim(Payment, payment_id, version)
        payment = get(payment_id)
        _trail(payment, "removed", reason, None)
        payment.delete_instance()


def for_contract(contract_id: int) -> list[CorrectionRow]:
    """The contract's payment corrections, newest first."""
    rows = database.obj.execute_sql(
        "SELECT id, payment_id, action, changed_at, reason, external_ref, was_currency, was_kind, was_amount_minor, "
        "was_paid_on, was_description, now_kind, now_amount_minor, now_paid_on, now_description, made_by "
        "FROM payment_correction WHERE contract_id = ? ORDER BY changed_at DESC, id DESC", (contract_id,)).fetchall()
    return [CorrectionRow(r[0], r[1], r[2], stored.instant(r[3]), r[4], r[5], r[6], r[7], r[8], stored.day(r[9]),
                          r[10], r[11], r[12], stored.day(r[13]), r[14], r[15]) for r in rows]


def removed_refs(refs: list[str]) -> dict[str, int]:
    """external_ref -> contract id, for marketplace transactions removed by hand (never to be imported again)."""
    found: dict[str, int] = {}
    for start in range(0, len(refs), 900):
        chunk = refs[start:start + 900]
        marks = ",".join("?" * len(chunk))
        for ref, contract_id in database.obj.execute_sql(
                f"SELECT external_ref, contract_id FROM payment_correction WHERE action = 'removed' "
                f"AND external_ref IN ({marks})", chunk):
            found[ref] = contract_id
    return found
