"""Correcting and removing the small records a person types: messages and calls, public feedback, private
reviews and check-ins, appreciation and rate rows. Each checks its input with the same rules as adding, and
each has a reader giving what the edit form starts from."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from ..store.models import AUTHORS, CHANNELS, Appreciation, Feedback, Message, PrivateReview, Rate
from . import appreciation as thanks
from . import validate as v
from .contracts import REVIEW_CRITERIA, ReviewInput, review_values
from .errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from .money import check_currency, check_minor

# One whole sentence per kind of record: a language that inflects the word around it cannot fill it in.
_GONE = {
    "message": QT_TRANSLATE_NOOP("errors", "That message is no longer recorded; it may have been removed."),
    "feedback": QT_TRANSLATE_NOOP("errors", "That feedback is no longer recorded; it may have been removed."),
    "review": QT_TRANSLATE_NOOP("errors", "That review is no longer recorded; it may have been removed."),
    "appreciation": QT_TRANSLATE_NOOP("errors", "That appreciation is no longer recorded; it may have been "
                                                "removed."),
    "rate": QT_TRANSLATE_NOOP("errors", "That rate is no longer recorded; it may have been removed."),
}


def _gone(what: str) -> NotFound:
    return NotFound(_GONE[what])


def _remove(model, record_id: int, what: str) -> None:
    with database.atomic():
        if not model.delete().where(model.id == record_id).execute():
            raise _gone(what)


def _update(model, record_id: int, what: str, values: dict) -> None:
    with database.atomic():
        if not model.update(**values).where(model.id == record_id).execute():
            raise _gone(what)


def _get(model, record_id: int, what: str):
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise _gone(what)
    return row


# -- messages and calls ------------------------------------------------------------------------------
def edit_message(message_id: int, body: str, *, author: str, channel: str, sent_at: dt.datetime,
                 duration_minutes: int | None = None) -> None:
    _update(Message, message_id, "message", dict(
        body=v.text(body, "message", required=True, max_length=200_000),
        author=v.choice(author, AUTHORS, "author"),
        channel=v.choice(channel, CHANNELS, "channel"),
        sent_at=sent_at,
        duration_minutes=v.integer(duration_minutes, "duration", low=0, required=False)))


def remove_message(message_id: int) -> None:
    _remove(Message, message_id, "message")


# -- public feedback, private reviews and check-ins ------------------------------------------------------
@dataclass(frozen=True)
class FeedbackShown:
    id: int
    contract_id: int
    contract_title: str
    talent_name: str
    direction: str  # given | received
    score: int
    comment: str
    given_on: dt.date


def feedback(feedback_id: int) -> FeedbackShown:
    row = _get(Feedback, feedback_id, "feedback")
    return FeedbackShown(row.id, row.contract_id, row.contract.title, row.contract.talent.name, row.direction,
                         row.score, row.comment, row.given_on)


@dataclass(frozen=True)
class ReviewShown:
    id: int
    contract_id: int
    contract_title: str
    talent_id: int
    talent_name: str
    review: ReviewInput  # what it says now, end reason and date included


def private_review(review_id: int) -> ReviewShown:
    row = _get(PrivateReview, review_id, "review")
    review = ReviewInput(**{name: getattr(row, name) for name in REVIEW_CRITERIA}, would_rehire=row.would_rehire,
                         recommend=row.recommend, end_reason=row.end_reason, notes=row.notes,
                         is_checkin=row.is_checkin, reviewed_on=row.reviewed_on)
    contract = row.contract
    return ReviewShown(row.id, contract.id, contract.title, contract.talent_id, contract.talent.name, review)


def edit_feedback(feedback_id: int, score: int, comment: str, given_on) -> None:
    _update(Feedback, feedback_id, "feedback", dict(
        score=v.score(score, "score"), comment=v.text(comment, "comment", max_length=5000),
        given_on=v.day(given_on, "date")))


def remove_feedback(feedback_id: int) -> None:
    _remove(Feedback, feedback_id, "feedback")


def edit_private_review(review_id: int, data: ReviewInput) -> None:
    values = review_values(data)
    values.pop("is_checkin")  # a check-in stays a check-in
    _update(PrivateReview, review_id, "review", values)


def remove_private_review(review_id: int) -> None:
    _remove(PrivateReview, review_id, "review")


# -- appreciation and rates ------------------------------------------------------------------------------
@dataclass(frozen=True)
class AppreciationShown:
    id: int
    talent_name: str
    data: thanks.AppreciationInput  # for a thank-you bonus, the amount is its payment's

    @property
    def is_bonus(self) -> bool:
        return self.data.kind == "thanks_bonus"


def appreciation(appreciation_id: int) -> AppreciationShown:
    row = _get(Appreciation, appreciation_id, "appreciation")
    payment = row.payment
    data = thanks.AppreciationInput(
        row.talent_id, row.kind, row.what, row.given_on, row.contract_id,
        payment.amount_minor if payment is not None else None,
        payment.currency if payment is not None else (row.contract.currency if row.contract else "USD"))
    return AppreciationShown(row.id, row.talent.name, data)


def edit_appreciation(appreciation_id: int, data: thanks.AppreciationInput) -> None:
    """Correct appreciation with the rules of adding it. A thank-you bonus is money: only its words change here;
    its amount and day are its payment's, corrected on the contract's Payments tab (with the audit trail)."""
    with database.atomic():
        row = _get(Appreciation, appreciation_id, "appreciation")
        if data.talent_id != row.talent_id:
            raise ValidationError("person", QT_TRANSLATE_NOOP("errors", "stays the same; record appreciation for "
                                                                        "someone else anew."))
        if "thanks_bonus" in (row.kind, data.kind):
            if data.kind != row.kind:
                raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "a thank-you bonus is a payment and stays "
                                                                          "one; remove it and "
                                              "record the appreciation anew to change its kind."))
            values = {"what": thanks.check_specific(data.what)}
        else:
            values = thanks.validated(data)
        _update(Appreciation, appreciation_id, "appreciation", values)


def remove_appreciation(appreciation_id: int) -> None:
    _remove(Appreciation, appreciation_id, "appreciation")


def edit_rate(rate_id: int, effective_on, amount_minor: int, currency: str, note: str = "") -> None:
    _update(Rate, rate_id, "rate", dict(
        effective_on=v.day(effective_on, "effective date"), amount_minor=check_minor(amount_minor, "rate"),
        currency=check_currency(currency), note=v.text(note, "note", max_length=2000)))


@dataclass(frozen=True)
class RateShown:
    id: int
    talent_name: str
    contract_title: str  # a contract's own rate; "" for the person's
    effective_on: dt.date
    amount_minor: int
    currency: str
    note: str


def rate(rate_id: int) -> RateShown:
    row = _get(Rate, rate_id, "rate")
    return RateShown(row.id, row.talent.name, row.contract.title if row.contract else "", row.effective_on,
                     row.amount_minor, row.currency, row.note)


def remove_rate(rate_id: int) -> None:
    _remove(Rate, rate_id, "rate")
