"""Ending a contract: the guided flow, written in one transaction, and the checklist it leaves.

The checklist is built from the access grants still open plus the standard steps; an item
left open shows up later in the review queue (open grants as *access still open*, the other
items as *offboarding open*). Feedback and the private review can also be written later, from
the *feedback owed* card (``write_review``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..store.db import database
from ..store.models import (
    AUTHORS,
    OFFBOARDING_KINDS,
    TEST_DECISIONS,
    AccessGrant,
    Feedback,
    OffboardingItem,
    PrivateReview,
)
from . import access, contracts, relationship
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, Refused, ValidationError

STANDARD_STEPS = (
    ("deliverables", "Get the deliverables and materials back"),
    ("equipment", "Recover any equipment lent"),
    ("delete_data", "Ask them to delete our data"),
    ("feedback", "Leave feedback within the {days}-day window"),
)


@dataclass
class ChecklistItem:
    kind: str
    label: str
    grant_id: int | None = None
    done: bool = False


@dataclass
class FeedbackInput:
    score: int
    comment: str = ""
    given_on: dt.date | None = None  # the day it was left; the contract's end date when None


@dataclass
class EndInput:
    end_date: dt.date
    reason: str
    feedback_given: FeedbackInput | None = None
    feedback_received: FeedbackInput | None = None
    review: contracts.ReviewInput | None = None
    checklist: list[ChecklistItem] = field(default_factory=list)
    test_decision: str | None = None  # hire | no_hire, for a test project
    ended_by: str | None = None  # me | them; None when not said


def proposed_checklist(contract_id: int) -> list[ChecklistItem]:
    """One item per open access grant or piece of equipment, then the standard steps."""
    items = []
    for grant in access.open_grants(contract_id):
        if grant.kind == "equipment":
            items.append(ChecklistItem("equipment", f"Get back: {grant.system}", grant.id))
        else:
            tier = f" ({grant.tier})" if grant.tier else ""
            items.append(ChecklistItem("revoke_access", f"Revoke access: {grant.system}{tier}", grant.id))
    has_equipment = any(i.kind == "equipment" for i in items)
    window = relationship.feedback_window_days()  # the setting the review queue and the calendar read too
    for kind, label in STANDARD_STEPS:
        if kind == "equipment" and has_equipment:
            continue
        items.append(ChecklistItem(kind, label.format(days=window)))
    return items


def end_contract(contract_id: int, data: EndInput) -> None:
    """End the contract with everything the flow gathered — all of it, or (on any error) none of it."""
    end_date = v.day(data.end_date, "end date")
    reason = v.text(data.reason, "reason", required=True, max_length=5000)
    if data.test_decision is not None:
        v.choice(data.test_decision, TEST_DECISIONS, "test decision")
    if data.ended_by is not None:
        v.choice(data.ended_by, AUTHORS, "ended by")
    # Each item with its label as checked (trimmed, control characters removed): that label is the one kept.
    checklist: list[tuple[ChecklistItem, str]] = []
    for item in data.checklist:
        v.choice(item.kind, OFFBOARDING_KINDS, "checklist item")
        checklist.append((item, v.text(item.label, "checklist item", required=True, max_length=300)))
    with database.atomic():
        contract = contracts.get(contract_id)
        if "ended" not in contracts.allowed_moves(contract.status):
            raise Refused(QT_TRANSLATE_NOOP("errors", "A contract that is {status} cannot be ended."),
                          status=contract.status)
        if contract.start_date and end_date < contract.start_date:
            raise ValidationError("end date", QT_TRANSLATE_NOOP("errors", "is before the start {start_date}."),
                                  start_date=contract.start_date)
        contracts.move(contract_id, "ended", on=end_date)
        contract = contracts.get(contract_id)
        contract.end_date = end_date
        contract.end_reason = reason
        contract.ended_by = data.ended_by
        if contract.is_test_project:
            contract.test_decision = data.test_decision
        contract.save()  # a Versioned save stamps updated_at
        _write_reviews(contract_id, end_date, reason, data.feedback_given, data.feedback_received, data.review)
        today = dt.date.today()
        for position, (item, label) in enumerate(checklist, start=1):
            done_on = today if item.done else None
            OffboardingItem.create(contract=contract, kind=item.kind, label=label,
                                   grant=item.grant_id, done_on=done_on, position=position)
            if item.done:
                _revoke(item.grant_id, today)


def _write_reviews(contract_id: int, end_date: dt.date, reason: str, given: FeedbackInput | None,
                   received: FeedbackInput | None, review: contracts.ReviewInput | None) -> None:
    for direction, feedback in (("given", given), ("received", received)):
        if feedback:
            contracts.add_feedback(contract_id, direction, feedback.score, feedback.comment,
                                   given_on=feedback.given_on or end_date)
    if review:
        if not review.end_reason:
            review.end_reason = reason
        contracts.add_private_review(contract_id, review)


@dataclass(frozen=True)
class ReviewState:
    """What the *Write the review* form needs to know about an ended contract."""

    contract_id: int
    title: str
    talent_name: str
    end_date: dt.date | None
    has_given: bool
    has_received: bool
    has_review: bool


def review_state(contract_id: int) -> ReviewState:
    contract = contracts.get(contract_id)
    directions = {f.direction for f in Feedback.select(Feedback.direction).where(Feedback.contract == contract_id)}
    has_review = PrivateReview.select().where((PrivateReview.contract == contract_id)
                                              & (PrivateReview.is_checkin == False)).exists()  # noqa: E712
    return ReviewState(contract.id, contract.title, contract.talent.name, contract.end_date,
                       "given" in directions, "received" in directions, has_review)


def write_review(contract_id: int, given: FeedbackInput | None, received: FeedbackInput | None,
                 review: contracts.ReviewInput | None) -> None:
    """Feedback and the private review for a contract that has ended, together; refuses an empty form."""
    if not (given or received or review):
        raise ValidationError("review", QT_TRANSLATE_NOOP("errors", "nothing to save: give feedback or write the "
                                                                    "private review."))
    with database.atomic():
        contract = contracts.get(contract_id)
        if contract.status != "ended":
            raise Refused(QT_TRANSLATE_NOOP("errors", "Feedback and the closing review are written when the contract "
                                                      "ends."))
        if review and review.reviewed_on is None:
            review.reviewed_on = dt.date.today()
        _write_reviews(contract_id, contract.end_date or dt.date.today(), contract.end_reason, given, received, review)


def _revoke(grant_id: int | None, today: dt.date) -> None:
    """A ticked revoke/return item records that the grant is closed."""
    grant = AccessGrant.get_or_none(AccessGrant.id == grant_id) if grant_id is not None else None
    if grant is not None and grant.revoked_on is None:
        grant.revoked_on = max(today, grant.granted_on)
        grant.save()


@dataclass(frozen=True)
class ItemRow:
    id: int
    kind: str
    label: str
    grant_id: int | None
    done_on: dt.date | None


def items(contract_id: int) -> list[ItemRow]:
    query = (OffboardingItem.select(OffboardingItem.id, OffboardingItem.kind, OffboardingItem.label,
                                    OffboardingItem.grant, OffboardingItem.done_on)
             .where(OffboardingItem.contract == contract_id)
             .order_by(OffboardingItem.position, OffboardingItem.id).tuples())
    return [ItemRow(*row) for row in query]


def set_done(item_id: int, done: bool) -> None:
    """Tick or untick an item; ticking a revoke-access item records the revocation too."""
    with database.atomic():
        item = OffboardingItem.get_or_none(OffboardingItem.id == item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That checklist item no longer exists."))
        today = dt.date.today()
        item.done_on = today if done else None
        item.save()
        if done:
            _revoke(item.grant_id, today)


def open_items(contract_id: int) -> list[ItemRow]:
    return [i for i in items(contract_id) if i.done_on is None]
