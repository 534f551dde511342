"""What is coming up, as dated items: the calendar export (interchange/ics.py) writes these.

Nothing here restates a rule: the feedback windows are the review queue's *feedback owed* rule,
check-ins use ``relationship``'s last contact and due day, so the calendar, the queue and the
bench name the same dates.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from . import relationship, review_rules, stored


@dataclass(frozen=True)
class ContractEnd:
    uuid: str
    title: str
    talent_name: str
    end_date: dt.date
    status: str


@dataclass(frozen=True)
class MilestoneDue:
    uuid: str
    title: str
    contract_title: str
    talent_name: str
    due_on: dt.date
    done: bool


@dataclass(frozen=True)
class FeedbackWindow:
    uuid: str  # the contract's
    title: str
    talent_name: str
    end_date: dt.date
    closes: dt.date
    window_days: int


@dataclass(frozen=True)
class CheckIn:
    uuid: str  # the person's
    talent_name: str
    cadence_days: int
    last_contact: dt.date | None
    added_on: dt.date
    due: dt.date


@dataclass(frozen=True)
class Snoozed:
    rule: str
    subject: str
    until: dt.date
    reason: str


def _sql(sql: str, params=()):
    return database.obj.execute_sql(sql, params).fetchall()


def contract_ends() -> list[ContractEnd]:
    """End dates of contracts that have not ended yet."""
    return [ContractEnd(u, title, name, day, status) for u, title, name, end, status in _sql(
        "SELECT c.uuid, c.title, t.name, c.end_date, c.status FROM contract c JOIN talent t ON t.id = c.talent_id "
        "WHERE c.end_date IS NOT NULL AND c.status != 'ended' ORDER BY c.end_date, c.id")
        if (day := stored.day(end))]  # a garbled date (see stored) leaves its item out


def milestones_due() -> list[MilestoneDue]:
    return [MilestoneDue(u, title, contract, name, day, status in ("approved", "paid"))
            for u, title, contract, name, due, status in _sql(
                "SELECT m.uuid, m.title, c.title, t.name, m.due_on, m.status FROM milestone m "
                "JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id "
                "WHERE m.due_on IS NOT NULL ORDER BY m.due_on, m.id")
            if (day := stored.day(due))]


def feedback_windows(today: dt.date, values: dict | None = None) -> list[FeedbackWindow]:
    """Feedback still owed and still possible: the review queue's rule, whatever the queue's on/off switch."""
    rule = review_rules.BY_NAME["feedback_owed"]
    cards = [c for c in review_rules.run_rule(rule, today, values) if c.facts.get("feedback_missing")]
    if not cards:
        return []
    ids = [c.contract_id for c in cards]
    marks = ", ".join("?" for _ in ids)
    uuids = dict(_sql(f"SELECT id, uuid FROM contract WHERE id IN ({marks})", ids))  # noqa: S608 - fixed text
    days = relationship.feedback_window_days(values)
    cards.sort(key=lambda c: (c.facts["end_date"], c.contract_id))
    return [FeedbackWindow(uuids[c.contract_id], c.contract_title, c.talent_name,
                           dt.date.fromisoformat(c.facts["end_date"]), c.due, days) for c in cards if c.due]


def check_ins() -> list[CheckIn]:
    """Everyone with a stay-in-touch cadence (not archived or do-not-rehire), with last contact and due day."""
    sql = (f"SELECT t.uuid, t.name, t.stay_in_touch_days, {relationship.kept_last_contact_sql('t')}, date(t.created_at), "
           f"{relationship.contact_due_sql('t')} FROM talent t WHERE t.stay_in_touch_days IS NOT NULL "
           "AND t.bench_status NOT IN ('archived', 'do_not_rehire') ORDER BY t.name, t.id")
    return [CheckIn(u, name, int(days), stored.day(last), added_on, due_on)
            for u, name, days, last, added, due in _sql(sql)
            if (added_on := stored.day(added)) and (due_on := stored.day(due))]


def snoozed_cards() -> list[Snoozed]:
    return [Snoozed(rule, subject, day, reason or "") for rule, subject, until, reason in _sql(
        "SELECT rule, subject, until, reason FROM card_state WHERE state = 'snoozed' AND until IS NOT NULL "
        "ORDER BY until, rule, subject") if (day := stored.day(until))]
