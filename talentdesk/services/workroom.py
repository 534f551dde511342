"""What the contract workroom reads: the contract list, the terms header, messages, payments, the chain."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import JOIN, SQL, Tuple

from ..store import fts
from ..store.db import database
from ..store.models import (
    CONTRACT_KINDS,
    CONTRACT_STATUSES,
    Contract,
    Message,
    Payment,
    PaymentConversion,
    ScopeChange,
    Talent,
    WorkLog,
)
from . import classification, contracts, corrections, money_figures, retainer, scope, stored, terms
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .weeks import week_of

# The list shows running work first: active, then paused, offered, draft, ended.
STATUS_ORDER = ("active", "paused", "offered", "draft", "ended")
_RANK_SQL = "CASE c.status " + " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_ORDER)) + " END"


# -- the contract list ----------------------------------------------------------
@dataclass(frozen=True)
class ListFilter:
    status: str | None = None
    kind: str | None = None
    talent_id: int | None = None
    text: str = ""


def list_ids(flt: ListFilter = ListFilter()) -> list[int]:
    """Every matching contract id in list order (one query, sorted in SQL)."""
    where, params = list[str](), list[object]()
    if flt.status:
        if flt.status not in CONTRACT_STATUSES:
            raise ValidationError("status", QT_TRANSLATE_NOOP("errors", "“{status}” is not a contract status."),
                                  status=flt.status)
        where.append("c.status = ?")
        params.append(flt.status)
    if flt.kind:
        if flt.kind not in CONTRACT_KINDS:
            raise ValidationError("kind", QT_TRANSLATE_NOOP("errors", "“{kind}” is not a contract kind."),
                                  kind=flt.kind)
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


def chain_ids(contract_id: int) -> list[int]:
    """Every contract linked to this one by renewals, in either direction and whatever the shape (a
    contract renewed twice, two renewals of one contract), oldest start first; one contract alone: []."""
    found = {contract_id}
    frontier = [contract_id]
    while frontier and len(found) < 500:
        marks = ",".join("?" * len(frontier))
        rows = database.obj.execute_sql(
            f"SELECT id FROM contract WHERE renews_id IN ({marks}) "
            f"UNION SELECT renews_id FROM contract WHERE id IN ({marks}) AND renews_id IS NOT NULL",
            frontier + frontier).fetchall()
        frontier = [r[0] for r in rows if r[0] not in found]
        found.update(frontier)
    if len(found) < 2:
        return []
    marks = ",".join("?" * len(found))
    return [r[0] for r in database.obj.execute_sql(
        f"SELECT id FROM contract WHERE id IN ({marks}) ORDER BY coalesce(start_date, date(created_at)), id",
        list(found))]


def chain(contract_id: int) -> list[ChainLink]:
    """The engagement this contract is part of, oldest first: what it renews and what renewed it."""
    contracts.get(contract_id)
    ids = chain_ids(contract_id)
    rows = {c.id: c for c in Contract.select().where(Contract.id.in_(ids))}
    return [ChainLink(i, rows[i].title, rows[i].status, rows[i].start_date, rows[i].end_date) for i in ids]


@dataclass(frozen=True)
class Engagement:
    """The whole engagement a contract is part of: its time span, the money paid, the reviews written."""

    contract_ids: list[int]
    first_day: dt.date | None
    last_day: dt.date | None  # the last end, or today while a contract of it runs
    paid: dict[str, int]  # currency -> minor units, each contract's paid figure
    review_count: int
    review_average: float | None  # the mean of the private reviews' six scores (check-ins left out)

    @property
    def days(self) -> int:
        return (self.last_day - self.first_day).days + 1 if self.first_day and self.last_day else 0


def engagement(contract_id: int, today: dt.date | None = None) -> Engagement:
    today = today or dt.date.today()
    ids = chain_ids(contract_id) or [contracts.get(contract_id).id]
    rows = list(Contract.select().where(Contract.id.in_(ids)))
    starts = [c.start_date for c in rows if c.start_date]
    ends = [today if c.status != "ended" or c.end_date is None else c.end_date for c in rows if c.start_date]
    paid: dict[str, int] = defaultdict(int)
    for c in rows:  # *paid to them*, as money_figures defines it for every screen
        for currency, minor in money_figures.for_contract(c.id).paid.items():
            paid[currency] += minor
    marks = ",".join("?" * len(ids))
    count, average = database.obj.execute_sql(
        "SELECT count(*), avg((r.skills + r.quality + r.availability + r.deadlines + r.communication "
        f"+ r.cooperation) / 6.0) FROM private_review r WHERE r.is_checkin = 0 AND r.contract_id IN ({marks})",
        ids).fetchone()
    return Engagement(ids, min(starts) if starts else None, min(max(ends), today) if ends else None,
                      {k: v for k, v in paid.items() if v}, count, average)


@dataclass(frozen=True)
class Budget:
    original_minor: int | None
    current_minor: int | None  # original plus every scope change's cost delta
    spent_minor: int  # *paid to them* in the contract's currency (money_figures)
    overrun_percent: int | None  # None when there is no original budget to compare with
    overrun_minor: int | None = None  # None when there is no original budget to compare with


def budget(contract_id: int, figures: money_figures.Figures | None = None) -> Budget:
    """The contract against its original budget, the one definition every screen and PDF shows.

    What was spent is *paid to them* in the contract's currency (money_figures). A fixed-price contract
    or a retainer is over by the larger of what was agreed since (the scope changes' cost deltas) and what
    was paid; an hourly contract only by what was actually paid beyond the original budget (its scope
    deltas are projections of hours that may never be worked).
    """
    contract = contracts.get(contract_id)
    figures = figures or money_figures.for_contract(contract_id)
    spent = figures.paid.get(contract.currency, 0)
    original = contract.original_budget_minor
    if not original:
        return Budget(original, None, spent, None, None)
    deltas = sum(d for (d,) in ScopeChange.select(ScopeChange.cost_delta_minor)
                 .where((ScopeChange.contract == contract_id) & (ScopeChange.currency == contract.currency)).tuples())
    current = original + deltas
    worst = spent if contract.kind == "hourly" else max(current, spent)
    over = max(0, worst - original)
    return Budget(original, current, spent, round(over * 100 / original), over)


@dataclass(frozen=True)
class Facts:
    """Everything the terms header shows."""

    id: int
    talent_id: int
    talent: str
    title: str
    kind: str
    status: str
    rate_minor: int  # the terms in force today
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
    money: money_figures.Figures
    chain: list[ChainLink] = field(default_factory=list)
    moves: tuple[str, ...] = ()
    week_limit_hours: int | None = None  # the limit that judges this week
    scheduled: list[terms.Change] = field(default_factory=list)  # agreed changes not yet in force
    utilisation: list[retainer.Usage] = field(default_factory=list)  # retainers: this week, 4 and 12 weeks
    engagement: Engagement | None = None  # when the contract is part of a chain
    bonus_refusal: str = ""  # why Pay bonus is not allowed today ("" when it is)
    classification: classification.Result | None = None  # the last check's kept result


def facts(contract_id: int, today: dt.date | None = None) -> Facts:
    today = today or dt.date.today()
    c = contracts.get(contract_id)
    schedule = terms.Schedule.of(c.id)
    now = schedule.on(today)
    links = chain(c.id)
    figures = money_figures.for_contract(c.id)
    return Facts(
        id=c.id, talent_id=c.talent_id, talent=c.talent.name, title=c.title, kind=c.kind, status=c.status,
        rate_minor=now.rate_minor, currency=c.currency, weekly_limit_hours=now.weekly_limit_hours,
        weekly_payment_minor=now.weekly_payment_minor, start_date=c.start_date, end_date=c.end_date, scope=c.scope,
        is_test_project=c.is_test_project, test_decision=c.test_decision, platform=c.platform,
        external_id=c.external_id, end_reason=c.end_reason,
        week_minutes=minutes_in_week(c.id, today), budget=budget(c.id, figures), money=figures, chain=links,
        moves=contracts.allowed_moves(c.status),
        week_limit_hours=schedule.for_week(week_of(today)[0], today).weekly_limit_hours,
        scheduled=schedule.scheduled(today),
        utilisation=retainer.utilisation(c.id, today) if c.kind == "retainer" else [],
        engagement=engagement(c.id, today) if links else None,
        bonus_refusal=scope.bonus_refusal(c, today),
        classification=classification.last_result(c.id),
    )


def renewal_template(contract_id: int, today: dt.date | None = None) -> contracts.ContractInput:
    """A new contract continuing this one on the terms in force at its end (or today): it starts the day
    after the end, or for an open-ended contract today — never before the renewed contract's own start."""
    c = contracts.get(contract_id)
    today = today or dt.date.today()
    start = (c.end_date + dt.timedelta(days=1)) if c.end_date else today
    if c.start_date and start < c.start_date:
        start = c.start_date
    t = terms.in_force(c.id, min(c.end_date or today, start))
    return contracts.ContractInput(
        talent_id=c.talent_id, title=c.title, kind=c.kind, rate_minor=t.rate_minor, currency=c.currency,
        weekly_limit_hours=t.weekly_limit_hours, weekly_payment_minor=t.weekly_payment_minor, start_date=start,
        scope=c.scope, platform=c.platform, renews_id=c.id)


def contract_input(contract_id: int) -> contracts.ContractInput:
    """The terms as the contract form edits them (drafts and offers)."""
    c = contracts.get(contract_id)
    return contracts.ContractInput(
        talent_id=c.talent_id, title=c.title, kind=c.kind, rate_minor=c.rate_minor, currency=c.currency,
        weekly_limit_hours=c.weekly_limit_hours, weekly_payment_minor=c.weekly_payment_minor,
        start_date=c.start_date, end_date=c.end_date, scope=c.scope, is_test_project=c.is_test_project,
        platform=c.platform, external_id=c.external_id, renews_id=c.renews_id,
        original_budget_minor=c.original_budget_minor, version=c.version)


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
                 text: str = "", channel: str | None = None) -> list[MessageRow]:
    """Up to ``limit`` messages older than ``before`` (sent_at, id), newest first.

    Walks the (contract, sent_at, id) index backwards, so the cost does not grow
    with the number of messages in the room. ``text`` keeps only matching messages (the
    search index is asked for this room's matches only), ``channel`` only those said on that channel.
    """
    query = (Message.select(Message.id, Message.sent_at, Message.author, Message.channel, Message.body,
                            Message.duration_minutes)
             .where(Message.contract == contract_id))
    if channel:
        query = query.where(Message.channel == channel)
    if before is not None:
        query = query.where(Tuple(Message.sent_at, Message.id) < Tuple(before[0], before[1]))
    found = fts.matching_rows_sql("message_fts", v.search(text), room=contract_id)
    if found is not None:
        query = query.where(Message.id.in_(SQL(f"({found[0]})", found[1])))
    query = query.order_by(Message.sent_at.desc(), Message.id.desc()).limit(limit).tuples()
    return [MessageRow(*row) for row in query]


def message_count(contract_id: int) -> int:
    return Message.select().where(Message.contract == contract_id).count()


@dataclass(frozen=True)
class MessageHit:
    id: int
    contract_id: int
    contract_title: str
    talent_name: str
    sent_at: dt.datetime | None  # None: a stored instant that no longer reads (see stored)
    author: str
    channel: str
    snippet: str


def search_messages(text: str, limit: int = 200, channel: str | None = None) -> list[MessageHit]:
    """Messages in every room matching ``text`` (full-text), newest first, with where they were said."""
    found = fts.message_hits_sql(text)
    if found is None:
        return []
    snippet, hits, match, hit_params = found
    sql = (f"SELECT m.id, c.id, c.title, t.name, m.sent_at, m.author, m.channel, {snippet} "
           f"FROM {hits} JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id WHERE {match}"
           + (" AND m.channel = ?" if channel else "") + " ORDER BY m.sent_at DESC, m.id DESC LIMIT ?")
    params = [*hit_params, *([channel] if channel else []), int(limit)]
    return [MessageHit(mid, cid, title, name, stored.instant(at), author, chan, " ".join((snip or "").split()))
            for mid, cid, title, name, at, author, chan, snip in database.obj.execute_sql(sql, params)]


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
    contract_amount_minor: int | None = None  # set when paid in another currency than the contract's
    made_by: str = ""  # who entered it (empty: not known, for rows older than schema step 11)
    version: int | None = None  # what a correction hands back (authors.claim)
    changed_by: str = ""  # who wrote it last (the one who entered it, or who corrected it since)


def _payment_rows(where) -> list[PaymentRow]:
    query = (Payment.select(Payment.id, Payment.paid_on, Payment.kind, Payment.amount_minor, Payment.currency,
                            Payment.description, Payment.minutes, PaymentConversion.contract_amount_minor,
                            Payment.made_by, Payment.version, Payment.changed_by)
             .join(PaymentConversion, join_type=JOIN.LEFT_OUTER, on=(PaymentConversion.payment == Payment.id))
             .where(where).order_by(Payment.paid_on.desc(), Payment.id.desc()).tuples())
    return [PaymentRow(*r) for r in query]


def payment(payment_id: int) -> PaymentRow:
    """One payment as the ledger shows it (what a correction form reloads)."""
    corrections.get(payment_id)  # a payment removed meanwhile is said as such
    return _payment_rows(Payment.id == payment_id)[0]


@dataclass(frozen=True)
class PaymentSummary:
    rows: list[PaymentRow]
    by_kind: dict[tuple[str, str], int]  # (kind, currency the payment counts in) -> total
    figures: money_figures.Figures  # the contract's paid to them, fees, refunds, total cost
    by_year: dict[int, money_figures.Figures]  # newest year first


def payments(contract_id: int) -> PaymentSummary:
    rows = _payment_rows(Payment.contract == contract_id)
    by_kind: dict[tuple[str, str], int] = defaultdict(int)
    for currency, kind, _n, amount in money_figures.kind_sums("p.contract_id = ?", (contract_id,)):
        by_kind[(kind, currency)] += amount
    years = money_figures.by_year(contract_id=contract_id)
    return PaymentSummary(rows, dict(by_kind), money_figures.for_contract(contract_id),
                          dict(sorted(years.items(), reverse=True)))
