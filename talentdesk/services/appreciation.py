"""Appreciation: specific praise, testimonials, referrals and bonuses given as thanks.

The guidance TalentDesk gives: be specific about what you liked and how it helped.
So ``what`` is refused when it is too short to say anything specific.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..store.db import database
from ..store.models import APPRECIATION_KINDS, Appreciation, Contract
from . import contracts, scope, talents
from . import timeline as events
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, ValidationError, counted
from .money import check_currency, check_minor

MIN_WORDS = 4
_WORD = re.compile(r"\w+", re.UNICODE)
# Praise that could be said of anyone; on its own it is not specific.
_GENERIC = {"great", "good", "job", "work", "thanks", "thank", "you", "awesome", "nice", "well", "done", "excellent",
            "amazing", "perfect", "as", "always", "very", "so", "much", "really", "the", "a", "for", "everything",
            "all", "it", "was", "is", "your", "of", "and", "again", "super", "cool", "ok", "okay"}


@dataclass
class AppreciationInput:
    talent_id: int
    kind: str
    what: str
    given_on: dt.date | None = None
    contract_id: int | None = None
    amount_minor: int | None = None  # a thanks bonus only
    currency: str = "USD"


def check_specific(what: str) -> str:
    """The praise text, or a ValidationError saying why it is not specific enough."""
    text = v.text(what, "what you appreciated", max_length=5000)
    words = _WORD.findall(text)
    if not text:
        raise ValidationError("what you appreciated", QT_TRANSLATE_NOOP("errors", "say what they did that you liked, "
                                                                                  "and how it helped."))
    if len(words) < MIN_WORDS:
        raise ValidationError(
            "what you appreciated",
            QT_TRANSLATE_NOOP("errors", "“{text}” is too short to be specific ({words}). Say what they did and how "
                              "it helped, e.g. “the clear hand-over notes saved me a day”."), text=text,
            words=counted(len(words), QT_TRANSLATE_NOOP("errors", "%n word(s)")))
    if all(word.casefold() in _GENERIC for word in words):
        raise ValidationError(
            "what you appreciated",
            QT_TRANSLATE_NOOP("errors", "could be said of anyone. Name the specific thing they did and how it helped."))
    return text


def validated(data: AppreciationInput) -> dict:
    talents.get(data.talent_id)
    values: dict[str, Any] = {
        "talent": data.talent_id,
        "kind": v.choice(data.kind, APPRECIATION_KINDS, "kind"),
        "what": check_specific(data.what),
        "given_on": v.day(data.given_on or dt.date.today(), "date"),
        "contract": None,
    }
    if values["given_on"] > dt.date.today() + dt.timedelta(days=1):
        raise ValidationError("date", QT_TRANSLATE_NOOP("errors", "is in the future; record appreciation when it was "
                                                                  "given."))
    if data.contract_id is not None:
        contract = contracts.get(data.contract_id)
        if contract.talent_id != data.talent_id:
            raise ValidationError("contract", QT_TRANSLATE_NOOP("errors", "belongs to someone else; choose one of this "
                                                                          "person's contracts."))
        values["contract"] = contract.id
    if values["kind"] == "thanks_bonus":
        if values["contract"] is None:
            raise ValidationError("contract", QT_TRANSLATE_NOOP("errors", "a bonus is paid on a contract; choose which "
                                                                          "one."))
        amount = check_minor(data.amount_minor, "bonus amount")
        if amount == 0:
            raise ValidationError("bonus amount", QT_TRANSLATE_NOOP("errors", "a thank-you bonus needs an amount above "
                                                                              "zero."))
        values["amount_minor"] = amount
        values["currency"] = check_currency(data.currency)
    return values


def add_appreciation(data: AppreciationInput) -> int:
    """Record appreciation; a thank-you bonus also records the bonus payment it carries."""
    values = validated(data)
    amount, currency = values.pop("amount_minor", None), values.pop("currency", None)
    with database.atomic():
        if amount is not None:
            # The same bonus as Pay bonus: one payment and one ledger row, under the same window.
            contract = contracts.get(values["contract"])
            if currency != contract.currency:
                raise ValidationError("bonus amount", QT_TRANSLATE_NOOP("errors", "the contract is paid in {currency}; "
                                                                                  "give the bonus in {currency}."),
                                      currency=contract.currency)
            values["payment"] = scope.pay_bonus(
                contract.id, amount, scope.Request(reason=f"Thank-you bonus: {values['what']}", agreed=True),
                paid_on=values["given_on"], note=values["what"])
        row = Appreciation.create(**values)
    return row.id


@dataclass(frozen=True)
class ContractChoice:
    id: int
    title: str
    status: str
    currency: str


def contract_choices(talent_id: int, active_only: bool = False) -> list[ContractChoice]:
    """A person's contracts for a form's list, running ones first, newest first."""
    query = Contract.select(Contract.id, Contract.title, Contract.status, Contract.currency).where(
        Contract.talent == talent_id)
    if active_only:
        query = query.where(Contract.status.in_(("active", "paused")))
    rows = sorted(query, key=lambda c: (c.status not in ("active", "paused"), -c.id))
    return [ContractChoice(c.id, c.title, c.status, c.currency) for c in rows]


@dataclass(frozen=True)
class Suggestion:
    """A moment that deserves thanks and has had none since."""

    talent_id: int
    talent_name: str
    contract_id: int
    contract_title: str
    reason: str  # "review" (a review of 5) or "milestone" (an approved milestone)
    day: dt.date
    text: str  # the review comment or the milestone title


def thanks_suggestions(talent_ids: tuple[int, ...] | None = None, within_days: int = 60, limit: int = 5,
                       today: dt.date | None = None) -> list[Suggestion]:
    """"Say thanks" prompts: a review of 5 (public feedback given, or a private review or
    check-in averaging 5 when rounded) or an approved milestone in the last ``within_days``,
    with no appreciation of that person since. Newest first, one per person."""
    today = today or dt.date.today()
    since = (today - dt.timedelta(days=within_days)).isoformat()
    people, params = "", []
    if talent_ids:
        people = f" AND c.talent_id IN ({', '.join('?' * len(talent_ids))})"
        params = list(talent_ids)
    overall = "(r.skills + r.quality + r.availability + r.deadlines + r.communication + r.cooperation) / 6.0"
    sql = f"""
        SELECT * FROM (
            SELECT c.talent_id, c.id AS contract_id, 'review' AS reason, f.given_on AS day, f.comment AS text
            FROM feedback f JOIN contract c ON c.id = f.contract_id
            WHERE f.direction = 'given' AND f.score = 5 AND f.given_on >= ?{people}
            UNION ALL
            SELECT c.talent_id, c.id, 'review', r.reviewed_on, r.notes
            FROM private_review r JOIN contract c ON c.id = r.contract_id
            WHERE r.reviewed_on >= ? AND {overall} >= 4.5{people}
            UNION ALL
            SELECT c.talent_id, c.id, 'milestone', m.approved_on, m.title
            FROM milestone m JOIN contract c ON c.id = m.contract_id
            WHERE m.approved_on IS NOT NULL AND m.status IN ('approved', 'paid') AND m.approved_on >= ?{people}
        ) AS moment
        WHERE NOT EXISTS (SELECT 1 FROM appreciation a WHERE a.talent_id = moment.talent_id AND a.given_on >= moment.day)
        ORDER BY day DESC, contract_id DESC
    """
    args = [since, *params, since, *params, since, *params]
    found: dict[int, tuple] = {}
    for talent_id, contract_id, reason, day, text in database.obj.execute_sql(sql, args):
        if talent_id not in found:
            found[talent_id] = (contract_id, reason, day, text)
        if len(found) >= limit:
            break
    # Each moment's person and contract exist (the moment's rows point at them), and its day is the stored
    # text 'YYYY-MM-DD' (read as SQL).
    names = {p.id: p.name for p in events.people(list(found))}
    titles = {c.id: c.title for c in Contract.select(Contract.id, Contract.title).where(
        Contract.id.in_([f[0] for f in found.values()]))}
    return [
        Suggestion(talent_id, names[talent_id], contract_id, titles[contract_id], reason,
                   dt.date.fromisoformat(day), text or "")
        for talent_id, (contract_id, reason, day, text) in found.items()
    ]

