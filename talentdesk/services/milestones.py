"""Milestones of a contract: add, edit, reorder, and move along pending → submitted → approved → paid."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import fn

from ..store.db import database
from ..store.models import MILESTONE_STATUSES, Milestone, Payment
from . import contracts
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, Refused, ValidationError
from .money import check_minor

# Each status moves one step forward, or one step back to correct a slip.
NEXT = {"pending": "submitted", "submitted": "approved", "approved": "paid", "paid": None}


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    position: int
    title: str
    description: str
    amount_minor: int
    currency: str
    due_on: dt.date | None
    status: str
    approved_on: dt.date | None
    paid_on: dt.date | None

    def overdue(self, today: dt.date | None = None) -> bool:
        return bool(self.due_on and self.status in ("pending", "submitted") and self.due_on < (today or dt.date.today()))


def _get(milestone_id: int) -> Milestone:
    milestone = Milestone.get_or_none(Milestone.id == milestone_id)
    if milestone is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No milestone with id {milestone_id}; it may have been deleted."),
                       milestone_id=milestone_id)
    return milestone


def add(contract_id: int, title: str, amount_minor: int, due_on=None, description: str = "") -> int:
    values = dict(
        title=v.text(title, "title", required=True, max_length=300),
        description=v.text(description, "description", max_length=20_000),
        amount_minor=check_minor(amount_minor, "amount"),
        due_on=v.day(due_on, "due date", required=False),
    )
    with database.atomic():
        contract = contracts.get(contract_id)
        last = Milestone.select(fn.max(Milestone.position)).where(Milestone.contract == contract).scalar()
        milestone = Milestone.create(contract=contract, currency=contract.currency,
                                     position=(last or 0) + 1, **values)
    return milestone.id


def edit(milestone_id: int, title: str, amount_minor: int, due_on=None, description: str = "") -> None:
    """Edit the words and dates; on a running contract the amount changes through a scope change."""
    title = v.text(title, "title", required=True, max_length=300)
    description = v.text(description, "description", max_length=20_000)
    amount_minor = check_minor(amount_minor, "amount")
    due_on = v.day(due_on, "due date", required=False)
    with database.atomic():
        milestone = _get(milestone_id)
        if amount_minor != milestone.amount_minor and milestone.contract.status in ("active", "paused"):
            raise Refused(QT_TRANSLATE_NOOP("errors", "The amount of a milestone on a running contract changes through "
                                                      "a scope change."))
        milestone.title, milestone.description, milestone.amount_minor, milestone.due_on = (
            title, description, amount_minor, due_on)
        milestone.save()


def set_status(milestone_id: int, status: str, on: dt.date | None = None) -> None:
    """Move a milestone to ``status``; reaching *paid* records its payment (see ``link_payment``)."""
    v.choice(status, MILESTONE_STATUSES, "status")
    on = on or dt.date.today()
    with database.atomic():
        milestone = _get(milestone_id)
        order = MILESTONE_STATUSES.index(status)
        if milestone.status == "paid" and order < 3 and _payment_of(milestone) is not None:
            raise Refused(QT_TRANSLATE_NOOP("errors", "This milestone's payment is recorded; remove that payment first "
                                                      "to mark it unpaid."))
        milestone.status = status
        # The day it was submitted is known only when it is marked submitted (a jump from pending to approved
        # says nothing of it); back to pending, it was not submitted after all.
        if status == "submitted":
            milestone.submitted_on = milestone.submitted_on or on
        elif order == 0:
            milestone.submitted_on = None
        milestone.approved_on = (milestone.approved_on or on) if order >= 2 else None
        milestone.paid_on = (milestone.paid_on or on) if order >= 3 else None
        milestone.save()
        if status == "paid" and _payment_of(milestone) is None:
            Payment.create(contract=milestone.contract_id, kind="milestone", amount_minor=milestone.amount_minor,
                           currency=milestone.currency, paid_on=milestone.paid_on, milestone=milestone,
                           description=milestone.title)


def _payment_of(milestone: Milestone) -> Payment | None:
    return Payment.select().where((Payment.milestone == milestone.id) & (Payment.kind == "milestone")).first()


def link_payment(payment: Payment) -> None:
    """The other half of the rule: a milestone payment marks its milestone paid on the payment's day.

    A milestone marked paid makes its payment (``set_status``); a payment naming a milestone marks it
    paid; so the two are always found together. Call inside the payment's transaction.
    """
    if payment.milestone_id is None:
        return
    milestone = _get(payment.milestone_id)
    if milestone.contract_id != payment.contract_id:
        raise ValidationError("milestone", QT_TRANSLATE_NOOP("errors", "belongs to another contract."))
    if payment.kind != "milestone":
        raise ValidationError("payment kind", QT_TRANSLATE_NOOP("errors", "a payment for a milestone is a milestone "
                                                                          "payment."))
    if milestone.status != "paid":
        milestone.status = "paid"
        milestone.approved_on = milestone.approved_on or payment.paid_on
        milestone.paid_on = payment.paid_on
        milestone.save()


def advance(milestone_id: int) -> str:
    """One step along pending → submitted → approved → paid; returns the new status."""
    milestone = _get(milestone_id)
    nxt = NEXT[milestone.status]
    if nxt is None:
        raise Refused(QT_TRANSLATE_NOOP("errors", "This milestone is already paid."))
    set_status(milestone_id, nxt)
    return nxt


def move(milestone_id: int, offset: int) -> None:
    """Swap a milestone with its neighbour (offset -1 up, +1 down)."""
    with database.atomic():
        milestone = _get(milestone_id)
        siblings = list(Milestone.select().where(Milestone.contract == milestone.contract_id)
                        .order_by(Milestone.position, Milestone.id))
        index = [m.id for m in siblings].index(milestone.id)
        target = index + offset
        if not 0 <= target < len(siblings):
            return
        siblings[index], siblings[target] = siblings[target], siblings[index]
        for position, item in enumerate(siblings, start=1):
            if item.position != position:
                item.position = position
                item.save()


def remove(milestone_id: int) -> None:
    """Remove a milestone of a draft or offer (a running contract's go through ``scope.change_milestone``)."""
    with database.atomic():
        milestone = _get(milestone_id)
        if milestone.contract.status in ("active", "paused"):
            raise Refused(QT_TRANSLATE_NOOP("errors", "On a running contract a milestone is removed through Scope "
                                                      "change › Change milestone, "
                          "so the ledger records it."))
        _removable(milestone)
        milestone.delete_instance()


def _removable(milestone: Milestone) -> None:
    if milestone.status in ("approved", "paid"):
        raise Refused(QT_TRANSLATE_NOOP("errors", "An approved or paid milestone is part of the record and cannot be "
                                                  "removed."))


def for_contract(contract_id: int) -> list[MilestoneRow]:
    query = (Milestone.select(Milestone.id, Milestone.position, Milestone.title, Milestone.description,
                              Milestone.amount_minor, Milestone.currency, Milestone.due_on, Milestone.status,
                              Milestone.approved_on, Milestone.paid_on)
             .where(Milestone.contract == contract_id).order_by(Milestone.position, Milestone.id).tuples())
    return [MilestoneRow(*row) for row in query]
