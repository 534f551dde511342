"""Correcting and removing the small records a person types: messages and calls, public feedback, private
reviews and check-ins, appreciation and rate rows. Each checks its input with the same rules as adding."""
from __future__ import annotations

import datetime as dt

from ..store.db import database
from ..store.models import AUTHORS, CHANNELS, Appreciation, Feedback, Message, PrivateReview, Rate
from . import validate as v
from .contracts import ReviewInput, review_values
from .errors import NotFound
from .money import check_currency, check_minor


def _gone(what: str) -> NotFound:
    return NotFound(f"That {what} is no longer recorded; it may have been removed.")


def _remove(model, record_id: int, what: str) -> None:
    with database.atomic():
        if not model.delete().where(model.id == record_id).execute():
            raise _gone(what)


def _update(model, record_id: int, what: str, values: dict) -> None:
    with database.atomic():
        if not model.update(**values).where(model.id == record_id).execute():
            raise _gone(what)


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
def remove_appreciation(appreciation_id: int) -> None:
    _remove(Appreciation, appreciation_id, "appreciation")


def edit_rate(rate_id: int, effective_on, amount_minor: int, currency: str, note: str = "") -> None:
    _update(Rate, rate_id, "rate", dict(
        effective_on=v.day(effective_on, "effective date"), amount_minor=check_minor(amount_minor, "rate"),
        currency=check_currency(currency), note=v.text(note, "note", max_length=2000)))


def remove_rate(rate_id: int) -> None:
    _remove(Rate, rate_id, "rate")
