"""Contracts and the simple records hung on them (payments, messages, feedback, reviews)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..store.db import database
from ..store.models import (
    AUTHORS,
    CHANNELS,
    CONTRACT_KINDS,
    FEEDBACK_DIRECTIONS,
    PAYMENT_KINDS,
    REHIRE_ANSWERS,
    Contract,
    Feedback,
    Message,
    Payment,
    PaymentConversion,
    PrivateReview,
    Talent,
    utcnow,
)
from . import authors, stored, terms
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, Refused, ValidationError
from .money import check_currency, check_minor

# The life of a contract: only these moves are offered.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("offered", "active"),
    "offered": ("active", "draft"),
    "active": ("paused", "ended"),
    "paused": ("active", "ended"),
    "ended": (),
}


@dataclass
class ContractInput:
    talent_id: int
    title: str
    kind: str = "hourly"
    rate_minor: int = 0
    currency: str = "USD"
    weekly_limit_hours: int | None = None
    weekly_payment_minor: int | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    scope: str = ""
    is_test_project: bool = False
    platform: str = ""
    external_id: str = ""
    renews_id: int | None = None
    original_budget_minor: int | None = None
    # The version of the contract these terms were read from (``workroom.contract_input``), for an edit.
    version: int | None = None


def validated(data: ContractInput) -> dict:
    if not Talent.select().where(Talent.id == data.talent_id).exists():
        raise ValidationError("talent", QT_TRANSLATE_NOOP("errors", "choose the person this contract is with."))
    values: dict[str, Any] = {
        "talent": data.talent_id,
        "title": v.name(data.title, "title", max_length=300),
        "kind": v.choice(data.kind, CONTRACT_KINDS, "kind"),
        "rate_minor": check_minor(data.rate_minor, "rate"),
        "currency": check_currency(data.currency),
        "weekly_limit_hours": v.integer(data.weekly_limit_hours, "weekly limit", low=1, high=168, required=False),
        "weekly_payment_minor": check_minor(data.weekly_payment_minor, "weekly payment", required=False),
        "start_date": v.day(data.start_date, "start date", required=False),
        "end_date": v.day(data.end_date, "end date", required=False),
        "scope": v.text(data.scope, "scope of work", max_length=100_000),
        "is_test_project": bool(data.is_test_project),
        "platform": v.text(data.platform, "platform", max_length=60),
        "external_id": v.text(data.external_id, "external id", max_length=120),
        "renews": data.renews_id,
        "original_budget_minor": check_minor(data.original_budget_minor, "original budget", required=False),
    }
    v.date_order(values["start_date"], values["end_date"])
    if values["kind"] == "retainer" and not values["weekly_payment_minor"]:
        raise ValidationError("weekly payment", QT_TRANSLATE_NOOP("errors", "a retainer needs its weekly payment."))
    if data.renews_id is not None and not Contract.select().where(Contract.id == data.renews_id).exists():
        raise ValidationError("renews", QT_TRANSLATE_NOOP("errors", "contract {renews_id} does not exist."),
                              renews_id=data.renews_id)
    if values["original_budget_minor"] is None:
        values["original_budget_minor"] = _default_budget(values)
    return values


def _default_budget(values: dict) -> int | None:
    """What the contract was expected to cost when agreed; the overrun is measured against it."""
    if values["kind"] == "fixed":
        return values["rate_minor"]
    start, end = values["start_date"], values["end_date"]
    if not (start and end):
        return None
    weeks = max(1, ((end - start).days + 1 + 6) // 7)
    if values["kind"] == "retainer":
        return (values["weekly_payment_minor"] or 0) * weeks
    if values["weekly_limit_hours"]:
        return values["rate_minor"] * values["weekly_limit_hours"] * weeks
    return None


def create_contract(data: ContractInput, status: str = "draft") -> int:
    values = validated(data)
    if status not in ("draft", "offered", "active"):
        raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "a new contract starts as draft, offered or "
                                                                    "active."))
    with database.atomic():
        contract = Contract.create(status=status, **values)
        terms.start(contract)
    return contract.id


def update_contract(contract_id: int, data: ContractInput, version: int | None = None) -> None:
    """Edit terms freely while a draft or offer; later changes go through scope-change actions. With
    ``version`` (the one the form was opened with), refused with who changed it and when if changed since."""
    values = validated(data)
    with database.atomic():
        authors.claim(Contract, contract_id, version)
        contract = get(contract_id)
        if contract.status not in ("draft", "offered"):
            raise Refused(QT_TRANSLATE_NOOP("errors", "The terms of a running contract change through a scope change, "
                                                      "so the ledger records it."))
        for key, value in values.items():
            setattr(contract, key, value)
        contract.updated_at = utcnow()
        contract.save()
        terms.restart(contract)


@dataclass(frozen=True)
class Settlement:
    """What an import found for a contract it made or grew: the span of its payments, the rate they were
    billed at, and whether its last payment is past (see ``settle_imported``)."""

    contract_id: int
    start: dt.date | None
    end: dt.date | None
    rate_minor: int | None = None
    ended: bool = False


def settle_imported(contract_id: int, start: dt.date | None, end: dt.date | None, rate_minor: int | None = None,
                    ended: bool = False) -> None:
    """A contract an importer made stretches to span its payments, takes the rate they were billed at,
    and is ended once its last payment is past. Its one terms row follows; once its terms have a history
    (a scope change since), that history is the record and the billed rate no longer rewrites it."""
    settle_imported_many([Settlement(contract_id, start, end, rate_minor, ended)])


def settle_imported_many(settlements: list[Settlement]) -> None:
    """``settle_imported`` for every contract of an import at once: the contracts and their terms are read
    in one query each (not a few per contract), and the terms rows that follow are written together."""
    if not settlements:
        return
    ids = [s.contract_id for s in settlements]
    with database.atomic():
        found: dict[int, Contract] = {}
        for block in stored.chunks(ids):
            found.update((c.id, c) for c in Contract.select().where(Contract.id.in_(block)))
        history = terms.history_lengths(ids)
        restarted, rows = [], []
        who, now = authors.who(), utcnow()
        for settled in settlements:
            contract = found.get(settled.contract_id)
            if contract is None:
                raise NotFound(QT_TRANSLATE_NOOP("errors", "No contract with id {contract_id}; it may have been "
                                                           "deleted."), contract_id=settled.contract_id)
            contract.start_date, contract.end_date = settled.start, settled.end
            untouched = history.get(contract.id, 0) <= 1
            if settled.rate_minor and untouched:
                contract.rate_minor = settled.rate_minor
            if settled.ended:
                contract.status = "ended"
            # A write like a row's save() (store.models.Versioned): one more version, by whom, when.
            rows.append((contract.start_date, contract.end_date, contract.rate_minor, contract.status, who, now,
                         contract.id))
            if untouched:
                restarted.append(contract)
        database.obj.cursor().executemany(
            "UPDATE contract SET start_date = ?, end_date = ?, rate_minor = ?, status = ?, version = version + 1, "
            "changed_by = ?, updated_at = ? WHERE id = ?", rows)
        terms.restart_many(restarted)


def get(contract_id: int) -> Contract:
    contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No contract with id {contract_id}; it may have been deleted."),
                       contract_id=contract_id)
    return contract


def allowed_moves(status: str) -> tuple[str, ...]:
    return TRANSITIONS.get(status, ())


def move(contract_id: int, to: str, on: dt.date | None = None) -> None:
    """Change status along an allowed move (ending goes through the end-contract flow)."""
    with database.atomic():
        contract = get(contract_id)
        if to not in allowed_moves(contract.status):
            raise Refused(QT_TRANSLATE_NOOP("errors", "A contract that is {status} cannot become {to}."),
                          status=contract.status, to=to)
        contract.status = to
        if to == "active" and contract.start_date is None:
            contract.start_date = on or dt.date.today()
        if to == "ended":
            contract.end_date = on or contract.end_date or dt.date.today()
            if contract.start_date and contract.end_date < contract.start_date:
                raise ValidationError("end date", QT_TRANSLATE_NOOP("errors", "is before the start of the contract."))
        contract.updated_at = utcnow()
        contract.save()


def check_payment_currency(contract_currency: str, currency: str, contract_amount_minor: int | None) -> int | None:
    """A payment is in its contract's currency, or says what it came to in the contract's currency.

    Returns the amount in the contract's currency to keep beside the payment (None when the currencies match).
    """
    if currency == contract_currency:
        if contract_amount_minor is not None:
            raise ValidationError("amount in contract currency",
                                  QT_TRANSLATE_NOOP("errors", "is only for a payment in another currency than the "
                                                              "contract's {contract_currency}."),
                                  contract_currency=contract_currency)
        return None
    if contract_amount_minor is None:
        raise ValidationError(
            "amount in contract currency",
            QT_TRANSLATE_NOOP("errors", "this payment is in {currency} but the contract is in {contract_currency}: "
                                        "give the amount in {contract_currency} too, so that the contract's totals "
                                        "count it."),
            currency=currency, contract_currency=contract_currency)
    return check_minor(contract_amount_minor, "amount in contract currency")


def add_payment(contract_id: int, kind: str, amount_minor: int, currency: str, paid_on,
                description: str = "", minutes: int | None = None, milestone_id: int | None = None,
                contract_amount_minor: int | None = None) -> int:
    """One payment on a contract. ``contract_amount_minor``: what it came to in the contract's currency,
    required exactly when ``currency`` is another one (see services/money_figures.py)."""
    values: dict[str, Any] = dict(
        kind=v.choice(kind, PAYMENT_KINDS, "payment kind"),
        amount_minor=check_minor(amount_minor, "amount"),
        currency=check_currency(currency),
        paid_on=v.day(paid_on, "paid on"),
        description=v.text(description, "description", max_length=2000),
        minutes=v.integer(minutes, "hours", low=0, required=False),
        milestone=milestone_id,
    )
    from . import payment_contracts  # it creates contracts through this module

    with database.atomic():
        contract = get(contract_id)
        payment_contracts.check_manual(contract, values["paid_on"], values["kind"])
        converted = check_payment_currency(contract.currency, values["currency"], contract_amount_minor)
        payment = Payment.create(contract=contract, **values)
        if converted is not None:
            PaymentConversion.create(payment=payment, contract_amount_minor=converted)
        from . import milestones  # milestones builds on this module; the link rule lives there

        milestones.link_payment(payment)
    return payment.id


def add_message(contract_id: int, body: str, *, author: str = "me", channel: str = "chat",
                sent_at: dt.datetime | None = None, duration_minutes: int | None = None) -> int:
    body = v.text(body, "message", required=True, max_length=200_000)
    now = utcnow()
    if sent_at is not None and sent_at.tzinfo is not None:
        sent_at = sent_at.astimezone(dt.UTC).replace(tzinfo=None)
    if sent_at is not None and sent_at > now + dt.timedelta(minutes=5):
        raise ValidationError("when", QT_TRANSLATE_NOOP("errors", "is in the future; log what was already said."))
    values = dict(
        author=v.choice(author, AUTHORS, "author"),
        channel=v.choice(channel, CHANNELS, "channel"),
        sent_at=(sent_at or now).replace(microsecond=0),
        duration_minutes=v.integer(duration_minutes, "duration", low=0, required=False),
    )
    with database.atomic():
        message = Message.create(contract=get(contract_id), body=body, **values)
    return message.id


FEEDBACK_RECORDED = {
    "given": QT_TRANSLATE_NOOP("errors", "Feedback given to them is already recorded for this contract."),
    "received": QT_TRANSLATE_NOOP("errors", "Feedback received from them is already recorded for this contract."),
}


def add_feedback(contract_id: int, direction: str, score: int, comment: str = "", given_on=None) -> int:
    values = dict(
        direction=v.choice(direction, FEEDBACK_DIRECTIONS, "direction"),
        score=v.score(score, "score"),
        comment=v.text(comment, "comment", max_length=5000),
        given_on=v.day(given_on or dt.date.today(), "date"),
    )
    with database.atomic():
        contract = get(contract_id)
        if Feedback.select().where((Feedback.contract == contract) & (Feedback.direction == values["direction"])).exists():
            raise Refused(FEEDBACK_RECORDED[str(values["direction"])])
        feedback = Feedback.create(contract=contract, **values)
    return feedback.id


REVIEW_CRITERIA = ("skills", "quality", "availability", "deadlines", "communication", "cooperation")


@dataclass
class ReviewInput:
    skills: int
    quality: int
    availability: int
    deadlines: int
    communication: int
    cooperation: int
    # Nothing is answered for the user: a review without these is refused, never given "yes" and 8.
    would_rehire: str | None = None
    recommend: int | None = None
    end_reason: str = ""
    notes: str = ""
    is_checkin: bool = False
    reviewed_on: dt.date | None = None


def review_values(data: ReviewInput) -> dict:
    """A review's columns, checked (adding one and correcting one read the same form)."""
    values: dict[str, Any] = {name: v.score(getattr(data, name), name) for name in REVIEW_CRITERIA}
    if data.would_rehire is None:
        raise ValidationError("would rehire", QT_TRANSLATE_NOOP("errors", "choose yes, maybe or no."))
    if data.recommend is None:
        raise ValidationError("recommend", QT_TRANSLATE_NOOP("errors", "choose from 0 to 10."))
    values.update(
        would_rehire=v.choice(data.would_rehire, REHIRE_ANSWERS, "would rehire"),
        recommend=v.integer(data.recommend, "recommend", low=0, high=10),
        end_reason=v.text(data.end_reason, "why it ended", max_length=5000),
        notes=v.text(data.notes, "notes", max_length=100_000),
        is_checkin=bool(data.is_checkin),
        reviewed_on=v.day(data.reviewed_on or dt.date.today(), "date"),
    )
    return values


def add_private_review(contract_id: int, data: ReviewInput) -> int:
    values = review_values(data)
    with database.atomic():
        review = PrivateReview.create(contract=get(contract_id), **values)
    return review.id


def busiest_active_contract() -> int | None:
    """The active contract with the most messages (the screenshot's default room)."""
    row = database.obj.execute_sql(
        "SELECT c.id FROM contract c LEFT JOIN message m ON m.contract_id = c.id "
        "WHERE c.status = 'active' GROUP BY c.id ORDER BY count(m.id) DESC, c.id LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def count() -> int:
    return Contract.select().count()
