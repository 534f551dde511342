"""What the contract workroom reads: the contract list, the terms header, messages, payments, the chain."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import SQL, Tuple

from ..store import fts
from ..store.db import database
from ..store.models import CONTRACT_KINDS, CONTRACT_STATUSES, Contract, Message, Payment, ScopeChange, Talent, WorkLog
from . import contracts, stored
from . import validate as v
from .errors import ValidationError

# The list shows running work first: active, then paused, offered, draft, ended.
STATUS_ORDER = ("active", "paused", "offered", "draft", "ended")
_RANK_SQL = "CASE c.status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_ORDER)) + " END"
# Payments that are money spent on the contract (a refund comes back; fees are the platform's).
SPENDING_KINDS = ("hourly", "milestone", "bonus", "weekly_payment", "other")


# -- the contract list ----------------------------------------------------------
@dataclass(frozen=True)
class ListFilter:
    status: str | None = None
    kind: str | None = None
    talent_id: int | None = None
    text: str = ""


def list_ids(flt: ListFilter = ListFilter()) -> list[int]:
    """Every matching contract id in list order (one query, sorted in SQL)."""
    where, params = [], []
    if flt.status:
        if flt.status not in CONTRACT_STATUSES:
            raise ValidationError("status", f"“{flt.status}” is not a contract status.")
        where.append("c.status = ?")
        params.append(flt.status)
    if flt.kind:
        if flt.kind not in CONTRACT_KINDS:
            raise ValidationError("kind", f"“{flt.kind}” is not a contract kind.")
        where.append("c.kind = ?")
        params.append(flt.kind)
    if flt.talent_id:
        where.append("c.talent_id = ?")
        params.append(flt.talent_id)
    words = v.search(flt.text).split()
    for word in words:
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("c.title LIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    sql = "SELECT c.id FROM contract c"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += f" ORDER BY {_RANK_SQL}, coalesce(c.start_date, date(c.created_at)) DESC, c.id DESC"
    return [row[0] for row in database.obj.execute_sql(sql, params)]


@dataclass(frozen=True)
class ListRow:
    id: int
    title: str
    talent: str
    status: str
    kind: str
    start_date: dt.date | None
    end_date: dt.date | None


def list_rows(ids: list[int]) -> dict[int, ListRow]:
    """The rows of a block of the list (what is about to be painted)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    cursor = database.obj.execute_sql(
        "SELECT c.id, c.title, t.name, c.status, c.kind, c.start_date, c.end_date "
        f"FROM contract c JOIN talent t ON t.id = c.talent_id WHERE c.id IN ({marks})", list(ids))
    return {r[0]: ListRow(r[0], r[1], r[2], r[3], r[4], stored.day(r[5]), stored.day(r[6])) for r in cursor}


def people_with_contracts() -> list[tuple[int, str]]:
    """(id, name) of everyone who has a contract, for the person filter."""
    cursor = database.obj.execute_sql(
        "SELECT t.id, t.name FROM talent t WHERE EXISTS (SELECT 1 FROM contract c WHERE c.talent_id = t.id) "
        "ORDER BY t.name COLLATE NOCASE, t.id")
    return [(r[0], r[1]) for r in cursor]


def people() -> list[tuple[int, str]]:
    """(id, name) of everyone who is not archived, for choosing whom a contract is with."""
    query = (Talent.select(Talent.id, Talent.name).where(Talent.bench_status != "archived")
             .order_by(Talent.name.collate("NOCASE"), Talent.id).tuples())
    return list(query)


# -- the terms header ---------------------------------------------------------------
def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week holding ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def minutes_in_week(contract_id: int, day: dt.date) -> int:
    monday, sunday = week_of(day)
    return sum(m for (m,) in WorkLog.select(WorkLog.minutes).where(
        (WorkLog.contract == contract_id) & (WorkLog.day >= monday) & (WorkLog.day <= sunday)).tuples())


@dataclass(frozen=True)
class ChainLink:
    id: int
    title: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None


def chain(contract_id: int) -> list[ChainLink]:
    """The engagement this contract is part of, oldest first: what it renews and what renewed it."""
    contract = contracts.get(contract_id)
    root, seen = contract, {contract.id}
    while root.renews_id is not None and root.renews_id not in seen and len(seen) < 200:
        parent = Contract.get_or_none(Contract.id == root.renews_id)
        if parent is None:
            break
        seen.add(parent.id)
        root = parent
    links, current, walked = [], root, set()
    while current is not None and current.id not in walked and len(walked) < 200:
        walked.add(current.id)
        links.append(ChainLink(current.id, current.title, current.status, current.start_date, current.end_date))
        current = Contract.select().where(Contract.renews == current.id).order_by(Contract.id).first()
    return links if len(links) > 1 else []


def spent_minor(contract_id: int) -> int:
    """Money paid on the contract in its own currency (refunds subtracted, platform fees left out)."""
    contract = contracts.get(contract_id)
    total = 0
    for kind, amount in (Payment.select(Payment.kind, Payment.amount_minor)
                         .where((Payment.contract == contract_id) & (Payment.currency == contract.currency)).tuples()):
        if kind in SPENDING_KINDS:
            total += amount
        elif kind == "refund":
            total -= amount
    return total


@dataclass(frozen=True)
class Budget:
    original_minor: int | None
    current_minor: int | None  # original plus every scope change's cost delta
    spent_minor: int
    overrun_percent: int | None  # None when there is no original budget to compare with


def budget(contract_id: int) -> Budget:
    contract = contracts.get(contract_id)
    spent = spent_minor(contract_id)
    original = contract.original_budget_minor
    if not original:
        return Budget(original, None, spent, None)
    deltas = sum(d for (d,) in ScopeChange.select(ScopeChange.cost_delta_minor)
                 .where(ScopeChange.contract == contract_id).tuples())
    current = original + deltas
    worst = max(current, spent)
    over = round((worst - original) * 100 / original)
    return Budget(original, current, spent, max(0, over))


@dataclass(frozen=True)
class Facts:
    """Everything the terms header shows."""

    id: int
    talent_id: int
    talent: str
    title: str
    kind: str
    status: str
    rate_minor: int
    currency: str
    weekly_limit_hours: int | None
    weekly_payment_minor: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    scope: str
    is_test_project: bool
    test_decision: str | None
    platform: str
    external_id: str
    end_reason: str
    week_minutes: int
    budget: Budget
    chain: list[ChainLink] = field(default_factory=list)
    moves: tuple[str, ...] = ()


def facts(contract_id: int, today: dt.date | None = None) -> Facts:
    c = contracts.get(contract_id)
    return Facts(
        id=c.id, talent_id=c.talent_id, talent=c.talent.name, title=c.title, kind=c.kind, status=c.status,
        rate_minor=c.rate_minor, currency=c.currency, weekly_limit_hours=c.weekly_limit_hours,
        weekly_payment_minor=c.weekly_payment_minor, start_date=c.start_date, end_date=c.end_date, scope=c.scope,
        is_test_project=c.is_test_project, test_decision=c.test_decision, platform=c.platform,
        external_id=c.external_id, end_reason=c.end_reason,
        week_minutes=minutes_in_week(c.id, today or dt.date.today()), budget=budget(c.id), chain=chain(c.id),
        moves=contracts.allowed_moves(c.status),
    )


def renewal_template(contract_id: int) -> contracts.ContractInput:
    """A new contract continuing this one: the same terms, starting the day after it ends."""
    c = contracts.get(contract_id)
    start = (c.end_date + dt.timedelta(days=1)) if c.end_date else dt.date.today()
    return contracts.ContractInput(
        talent_id=c.talent_id, title=c.title, kind=c.kind, rate_minor=c.rate_minor, currency=c.currency,
        weekly_limit_hours=c.weekly_limit_hours, weekly_payment_minor=c.weekly_payment_minor, start_date=start,
        scope=c.scope, platform=c.platform, renews_id=c.id)


def contract_input(contract_id: int) -> contracts.ContractInput:
    """The terms as the contract form edits them (drafts and offers)."""
    c = contracts.get(contract_id)
    return contracts.ContractInput(
        talent_id=c.talent_id, title=c.title, kind=c.kind, rate_minor=c.rate_minor, currency=c.currency,
        weekly_limit_hours=c.weekly_limit_hours, weekly_payment_minor=c.weekly_payment_minor,
        start_date=c.start_date, end_date=c.end_date, scope=c.scope, is_test_project=c.is_test_project,
        platform=c.platform, external_id=c.external_id, renews_id=c.renews_id,
        original_budget_minor=c.original_budget_minor)


# -- messages: keyset pages, newest first -------------------------------------------------
@dataclass(frozen=True)
class MessageRow:
    id: int
    sent_at: dt.datetime
    author: str
    channel: str
    body: str
    duration_minutes: int | None


def message_page(contract_id: int, before: tuple[dt.datetime, int] | None = None, limit: int = 100,
                 text: str = "") -> list[MessageRow]:
    """Up to ``limit`` messages older than ``before`` (sent_at, id), newest first.

    Walks the (contract, sent_at, id) index backwards, so the cost does not grow
    with the number of messages in the room. ``text`` keeps only matching messages.
    """
    query = (Message.select(Message.id, Message.sent_at, Message.author, Message.channel, Message.body,
                            Message.duration_minutes)
             .where(Message.contract == contract_id))
    if before is not None:
        query = query.where(Tuple(Message.sent_at, Message.id) < Tuple(before[0], before[1]))
    expr = fts.match_expression(v.search(text))
    if expr is not None:
        query = query.where(Message.id.in_(SQL("(SELECT rowid FROM message_fts WHERE message_fts MATCH ?)", (expr,))))
    query = query.order_by(Message.sent_at.desc(), Message.id.desc()).limit(limit).tuples()
    return [MessageRow(*row) for row in query]


def message_count(contract_id: int) -> int:
    return Message.select().where(Message.contract == contract_id).count()


# -- payments ------------------------------------------------------------------------------
@dataclass(frozen=True)
class PaymentRow:
    id: int
    paid_on: dt.date
    kind: str
    amount_minor: int
    currency: str
    description: str
    minutes: int | None


@dataclass(frozen=True)
class PaymentSummary:
    rows: list[PaymentRow]
    by_kind: dict[tuple[str, str], int]  # (kind, currency) -> total
    by_year: dict[tuple[int, str], int]  # (year, currency) -> net spent (refunds subtracted, fees added)


def payments(contract_id: int) -> PaymentSummary:
    rows = [PaymentRow(*r) for r in (
        Payment.select(Payment.id, Payment.paid_on, Payment.kind, Payment.amount_minor, Payment.currency,
                       Payment.description, Payment.minutes)
        .where(Payment.contract == contract_id).order_by(Payment.paid_on.desc(), Payment.id.desc()).tuples())]
    by_kind: dict[tuple[str, str], int] = defaultdict(int)
    by_year: dict[tuple[int, str], int] = defaultdict(int)
    for row in rows:
        by_kind[(row.kind, row.currency)] += row.amount_minor
        sign = -1 if row.kind == "refund" else 1
        by_year[(row.paid_on.year, row.currency)] += sign * row.amount_minor
    return PaymentSummary(rows, dict(by_kind), dict(sorted(by_year.items(), reverse=True)))
