"""The person-level log: a message, call, meeting or note with someone, with or without a contract.

A favourite between contracts can be phoned, and the call counts as contact (see
``relationship.CONTACT_SOURCES``); a note is kept in the log but is no contact.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from ..store.models import INTERACTION_KINDS, Interaction, Talent, utcnow
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, ValidationError

# Kinds that take a length of time; a message or a note has none.
TIMED_KINDS = ("call", "meeting")
MAX_DURATION_MINUTES = 24 * 60


@dataclass
class InteractionInput:
    kind: str
    happened_at: dt.datetime | None = None  # UTC, naive; None means now
    duration_minutes: int | None = None
    body: str = ""


@dataclass(frozen=True)
class InteractionRow:
    id: int
    talent_id: int
    kind: str
    happened_at: dt.datetime
    duration_minutes: int | None
    body: str


def validated(data: InteractionInput, now: dt.datetime | None = None) -> dict:
    kind = v.choice(data.kind, INTERACTION_KINDS, "kind")
    now = now or utcnow()
    happened_at = data.happened_at or now
    if not isinstance(happened_at, dt.datetime):
        raise ValidationError("when", QT_TRANSLATE_NOOP("errors", "choose a date and a time."))
    if happened_at.tzinfo is not None:
        happened_at = happened_at.astimezone(dt.UTC).replace(tzinfo=None)
    if happened_at > now + dt.timedelta(minutes=5):
        raise ValidationError("when", QT_TRANSLATE_NOOP("errors", "is in the future; log what already happened."))
    duration = v.integer(data.duration_minutes, "duration", low=0, high=MAX_DURATION_MINUTES, required=False)
    if duration is not None and kind not in TIMED_KINDS:
        raise ValidationError("duration", QT_TRANSLATE_NOOP("errors", "only a call or a meeting has a duration."))
    body = v.text(data.body, "text", max_length=200_000)
    if kind in ("message", "note") and not body:
        raise ValidationError("text", QT_TRANSLATE_NOOP("errors", "write what was said."))
    return {"kind": kind, "happened_at": happened_at.replace(microsecond=0), "duration_minutes": duration or None,
            "body": body}


def log(talent_id: int, data: InteractionInput) -> int:
    """Record one interaction with the person; returns its id."""
    values = validated(data)
    with database.atomic():
        if not Talent.select().where(Talent.id == talent_id).exists():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That person no longer exists."))
        return Interaction.create(talent=talent_id, **values).id


def delete(interaction_id: int) -> InteractionInput | None:
    """Remove one entry; returns what it was (so the caller can offer to undo)."""
    with database.atomic():
        row = Interaction.get_or_none(Interaction.id == interaction_id)
        if row is None:
            return None
        was = InteractionInput(row.kind, row.happened_at, row.duration_minutes, row.body)
        row.delete_instance()
    return was


def for_talent(talent_id: int, limit: int = 200) -> list[InteractionRow]:
    query = (Interaction.select(Interaction.id, Interaction.talent, Interaction.kind, Interaction.happened_at,
                                Interaction.duration_minutes, Interaction.body)
             .where(Interaction.talent == talent_id)
             .order_by(Interaction.happened_at.desc(), Interaction.id.desc()).limit(limit).tuples())
    return [InteractionRow(*row) for row in query]
