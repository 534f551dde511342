"""Review sessions: the queue, and a decision on each card (done, snooze, dismiss, acted).

- A snoozed card stays out of the queue until its day comes.
- A dismissed card stays out while its facts stay the same (its fingerprint);
  when a new reason appears the fingerprint changes and it comes back.
- Done and acted remember the fingerprint the same way: what was handled does not
  nag again until something new happens.
Every decision is written to the session (ReviewDecision) with what was done.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from peewee import fn

from ..store.db import database
from ..store.models import (
    AccessGrant,
    CardState,
    OffboardingItem,
    ReviewDecision,
    ReviewSession,
    utcnow,
)
from . import contracts, raises, review_rules
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, Refused, ValidationError
from .review_rules import Card

# Actions a card can offer besides the generic ones, with the decision they record.
ACTIONS: dict[str, str] = {
    "open_contract": "Open the workroom",
    "open_person": "Open the person",
    "renew": "Renew…",
    "write_review": "Write the review…",
    "revoke_access": "Mark access revoked",
    "log_raise": "Log a raise…",
    "send_thanks": "Send thanks…",
    "log_contact": "Log a call or message…",
    "hire": "Hire",
    "no_hire": "Don't hire",
    "classification_check": "Classification check…",
    "offboarding_done": "Mark the open items done",
    "revoke_grant": "Mark revoked or returned",
}
SNOOZES = {"day": 1, "week": 7, "month": 30}


@dataclass
class Overview:
    """The queue as the screen first shows it: cards and how many each rule has."""

    cards: list[Card]
    counts: dict[str, int]
    hidden: int  # snoozed or dismissed, not shown
    today: dt.date


@dataclass
class SessionRow:
    id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class DecisionRow:
    rule: str
    subject: str
    talent_id: int | None
    talent_name: str
    contract_id: int | None
    contract_title: str
    reason: str
    decision: str
    action: str
    note: str
    decided_at: dt.datetime


@dataclass
class Summary:
    session: SessionRow
    decisions: list[DecisionRow]
    remaining: int  # cards still in the queue after the session


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def visible(cards: list[Card], today: dt.date) -> tuple[list[Card], int]:
    """Leave out cards snoozed until after today, and dismissed ones whose facts did not change."""
    states = {(s.rule, s.subject): s for s in CardState.select()}
    shown, hidden = [], 0
    for card in cards:
        state = states.get(card.key)
        if state is not None and (
            (state.state == "snoozed" and state.until is not None and state.until > today)
            or (state.state == "dismissed" and state.fingerprint == card.fingerprint)
        ):
            hidden += 1
            continue
        shown.append(card)
    return shown, hidden


def queue(today: dt.date | None = None) -> list[Card]:
    today = _today(today)
    return visible(review_rules.compute(today), today)[0]


def overview(today: dt.date | None = None) -> Overview:
    today = _today(today)
    cards, hidden = visible(review_rules.compute(today), today)
    counts = {rule.name: 0 for rule in review_rules.RULES}
    for card in cards:
        counts[card.rule] += 1
    return Overview(cards, counts, hidden, today)


def start_session(today: dt.date | None = None) -> tuple[int, list[Card]]:
    """A new session and the cards to go through (a snapshot: the queue may change meanwhile)."""
    cards = queue(today)
    with database.atomic():
        # A session left open with nothing decided (a window closed mid-way, a screenshot)
        # holds nothing worth keeping; without this the list of sessions fills with blanks.
        decided = ReviewDecision.select(ReviewDecision.id).where(ReviewDecision.session == ReviewSession.id)
        ReviewSession.delete().where(ReviewSession.ended_at.is_null() & ~fn.EXISTS(decided)).execute()
        session = ReviewSession.create()
    return session.id, cards


def _session(session_id: int) -> ReviewSession:
    session = ReviewSession.get_or_none(ReviewSession.id == session_id)
    if session is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No review session with id {session_id}."), session_id=session_id)
    if session.ended_at is not None:
        raise Refused(QT_TRANSLATE_NOOP("errors", "This review session has ended; start a new one."))
    return session


def _remember(card: Card, state: str, *, until: dt.date | None = None, reason: str = "") -> None:
    values = {"state": state, "until": until, "fingerprint": card.fingerprint, "reason": reason,
              "updated_at": utcnow()}
    CardState.insert(rule=card.rule, subject=card.subject, **values).on_conflict(
        conflict_target=[CardState.rule, CardState.subject], update=values).execute()


def _record(session: ReviewSession, card: Card, decision: str, action: str = "", note: str = "") -> int:
    row = ReviewDecision.create(
        session=session, rule=card.rule, subject=card.subject, talent=card.talent_id, contract=card.contract_id,
        reason=card.reason, decision=decision, action=action, note=note)
    return row.id


def decide(session_id: int, card: Card, decision: str, *, action: str = "", note: str = "",
           until: dt.date | None = None, today: dt.date | None = None) -> int:
    """Record one decision on a card. ``until`` for a snooze; ``note`` is the reason of a dismissal."""
    today = _today(today)
    v.choice(decision, ("done", "snoozed", "dismissed", "acted"), "decision")
    note = v.text(note, "reason", max_length=2000)
    if decision == "snoozed":
        until = v.day(until, "snooze until")
        if until <= today:
            raise ValidationError("snooze until", QT_TRANSLATE_NOOP("errors", "choose a day after today."))
    if decision == "dismissed" and not note:
        raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "say why this card can be dismissed."))
    with database.atomic():
        session = _session(session_id)
        if decision == "snoozed":
            _remember(card, "snoozed", until=until)
        else:
            _remember(card, "dismissed", reason=note or decision)
        return _record(session, card, decision, action, note)


def snooze_until(period: str, today: dt.date | None = None) -> dt.date:
    return _today(today) + dt.timedelta(days=SNOOZES[period])


def act_revoke_access(session_id: int, card: Card, on: dt.date | None = None) -> int:
    """Mark every open grant of the card's contract revoked, tick their offboarding items; one transaction."""
    on = _today(on)
    if card.contract_id is None:
        raise Refused(QT_TRANSLATE_NOOP("errors", "This card is not about a contract."))
    with database.atomic():
        session = _session(session_id)
        grants = list(AccessGrant.select().where(
            (AccessGrant.contract == card.contract_id) & AccessGrant.revoked_on.is_null()))
        for grant in grants:
            grant.revoked_on = max(on, grant.granted_on)
            grant.save()
        ids = [g.id for g in grants]
        matching = (OffboardingItem.kind == "revoke_access") & OffboardingItem.grant.is_null()
        if ids:
            matching = matching | OffboardingItem.grant.in_(ids)
        OffboardingItem.update(done_on=on).where(
            (OffboardingItem.contract == card.contract_id) & OffboardingItem.done_on.is_null() & matching
        ).execute()
        names = ", ".join(g.system for g in grants)
        _remember(card, "dismissed", reason="acted")
        _record(session, card, "acted", "revoke_access", f"Revoked: {names}" if names else "")
    return len(grants)


def act_offboarding_done(session_id: int, card: Card, on: dt.date | None = None) -> int:
    """Tick the checklist items the card lists; one transaction."""
    on = _today(on)
    ids = [int(i) for i in card.facts.get("item_ids") or []]
    with database.atomic():
        session = _session(session_id)
        done = OffboardingItem.update(done_on=on).where(
            OffboardingItem.id.in_(ids) & OffboardingItem.done_on.is_null()).execute()
        _remember(card, "dismissed", reason="acted")
        _record(session, card, "acted", "offboarding_done", ", ".join(card.facts.get("items") or []))
    return done


def act_revoke_grant(session_id: int, card: Card, on: dt.date | None = None) -> int:
    """Mark the card's grant revoked (or the equipment returned) and tick its checklist item; one transaction."""
    on = _today(on)
    ids = [int(i) for i in card.facts.get("grant_ids") or []]
    with database.atomic():
        session = _session(session_id)
        grants = list(AccessGrant.select().where(AccessGrant.id.in_(ids) & AccessGrant.revoked_on.is_null()))
        for grant in grants:
            grant.revoked_on = max(on, grant.granted_on)
            grant.save()
        OffboardingItem.update(done_on=on).where(
            OffboardingItem.grant.in_(ids) & OffboardingItem.done_on.is_null()).execute()
        _remember(card, "dismissed", reason="acted")
        _record(session, card, "acted", "revoke_grant", ", ".join(g.system for g in grants))
    return len(grants)


def act_log_raise(session_id: int, card: Card, amount_minor: int, currency: str, effective_on,
                  note: str = "", contract_id: int | None = None) -> int:
    """A new rate for the card's person (and, with ``contract_id``, that running contract's rate through
    the rate scope action: raises.log_raise) and the decision, in one transaction."""
    if card.talent_id is None:
        raise Refused(QT_TRANSLATE_NOOP("errors", "This card is not about a person."))
    with database.atomic():
        session = _session(session_id)
        rate_id = raises.log_raise(card.talent_id, effective_on, amount_minor, currency, note, contract_id)
        _remember(card, "dismissed", reason="acted")
        _record(session, card, "acted", "log_raise", note)
    return rate_id


def act_test_decision(session_id: int, card: Card, decision: str) -> None:
    v.choice(decision, ("hire", "no_hire"), "decision")
    with database.atomic():
        session = _session(session_id)
        assert card.contract_id is not None, "a test-project card is about a contract"
        contract = contracts.get(card.contract_id)
        contract.test_decision = decision
        contract.save()  # a Versioned save stamps updated_at
        _remember(card, "dismissed", reason="acted")
        _record(session, card, "acted", decision)


def act(session_id: int, card: Card, action: str, note: str = "") -> int:
    """An action done elsewhere (opening the workroom, renewing…): recorded as acted."""
    if action not in ACTIONS:
        raise ValidationError("action", QT_TRANSLATE_NOOP("errors", "“{action}” is not an action of a review card."),
                              action=action)
    return decide(session_id, card, "acted", action=action, note=note)


def _counts(session_ids: list[int]) -> dict[int, dict[str, int]]:
    out: dict[int, dict[str, int]] = {i: {} for i in session_ids}
    if not session_ids:
        return out
    rows = (ReviewDecision.select(ReviewDecision.session, ReviewDecision.decision, fn.count(ReviewDecision.id))
            .where(ReviewDecision.session.in_(session_ids))
            .group_by(ReviewDecision.session, ReviewDecision.decision).tuples())
    for session_id, decision, n in rows:
        out[session_id][decision] = n
    return out


def end_session(session_id: int, today: dt.date | None = None) -> Summary:
    with database.atomic():
        session = _session(session_id)
        session.ended_at = utcnow()
        session.save()
    return summary(session_id, today)


def summary(session_id: int, today: dt.date | None = None) -> Summary:
    session = ReviewSession.get_or_none(ReviewSession.id == session_id)
    if session is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No review session with id {session_id}."), session_id=session_id)
    cursor = database.obj.execute_sql(
        "SELECT d.rule, d.subject, d.talent_id, coalesce(t.name, ''), d.contract_id, coalesce(c.title, ''), "
        "d.reason, d.decision, d.action, d.note, d.decided_at FROM review_decision d "
        "LEFT JOIN talent t ON t.id = d.talent_id LEFT JOIN contract c ON c.id = d.contract_id "
        "WHERE d.session_id = ? ORDER BY d.id", (session_id,))
    # mypy cannot count the columns a star unpacks, so it assumes they may fill decided_at too.
    decisions = [DecisionRow(*row[:10], decided_at=ReviewDecision.decided_at.python_value(row[10]))  # type: ignore[misc]
                 for row in cursor.fetchall()]
    head = SessionRow(session.id, session.started_at, session.ended_at, _counts([session.id])[session.id])
    return Summary(head, decisions, len(queue(today)))


def list_sessions(limit: int = 50) -> list[SessionRow]:
    sessions = list(ReviewSession.select().order_by(ReviewSession.started_at.desc(), ReviewSession.id.desc())
                    .limit(limit))
    counts = _counts([s.id for s in sessions])
    return [SessionRow(s.id, s.started_at, s.ended_at, counts[s.id]) for s in sessions]
