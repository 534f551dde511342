"""Effective-dated contract terms: the rate, weekly limit and weekly payment in force on a day.

One rule answers "which terms were in force on day D": the ``contract_term`` row with the latest
``effective_on`` on or before D; before the first row, the first row (a contract's first terms hold from
its start, and an hour logged the day before the start is still judged by them). Python callers use
``in_force`` / ``Schedule``; SQL callers (the review rules) embed ``in_force_sql``; a test holds the
two to the same answers on the boundary days.

A week is judged by the terms in force on its last day, or today while the week is still running:
a limit raised on Wednesday makes that week's extra hours billable (the marketplace applies a limit
change to the running week), and a change dated in the future does not apply until its day.

``contract.rate_minor``, ``weekly_limit_hours`` and ``weekly_payment_minor`` are a cache of the terms
in force today, kept by ``refresh_today`` after every write here and when a data folder is opened; the
history rows are the record.
"""
from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from ..store.models import Contract, ContractTerm
from . import stored

FIELDS = ("rate_minor", "weekly_limit_hours", "weekly_payment_minor")


@dataclass(frozen=True)
class Terms:
    effective_on: dt.date
    rate_minor: int
    weekly_limit_hours: int | None
    weekly_payment_minor: int | None
    scope_change_id: int | None = None

    @property
    def limit_minutes(self) -> int | None:
        return self.weekly_limit_hours * 60 if self.weekly_limit_hours else None


@dataclass(frozen=True)
class Change:
    effective_on: dt.date
    field: str  # one of FIELDS
    before: int | None
    after: int | None


def in_force_sql(contract: str, day: str, columns: str = "t.rate_minor") -> str:
    """A scalar subquery over the terms row in force on ``day`` (SQL expressions for the contract id and
    the day); ``columns`` is what it returns from that row (``t`` is the row)."""
    return (f"(SELECT {columns} FROM contract_term t WHERE t.contract_id = {contract} AND t.effective_on = coalesce("
            f"(SELECT max(s.effective_on) FROM contract_term s WHERE s.contract_id = {contract} "
            f"AND s.effective_on <= {day}), "
            f"(SELECT min(s.effective_on) FROM contract_term s WHERE s.contract_id = {contract})))")


def history(contract_id: int) -> list[Terms]:
    """Every terms row of the contract, oldest first."""
    query = (ContractTerm.select(ContractTerm.effective_on, ContractTerm.rate_minor, ContractTerm.weekly_limit_hours,
                                 ContractTerm.weekly_payment_minor, ContractTerm.scope_change)
             .where(ContractTerm.contract == contract_id).order_by(ContractTerm.effective_on).tuples())
    # A row whose day no longer reads (see stored) cannot be placed in time: the others give the terms.
    return [Terms(day, rate, limit, payment, change) for on, rate, limit, payment, change in query
            if (day := stored.day(on))]


def week_day(monday: dt.date, today: dt.date | None = None) -> dt.date:
    """The day whose terms judge the week starting ``monday``: its Sunday, or today while it runs."""
    sunday = monday + dt.timedelta(days=6)
    today = today or dt.date.today()
    return min(sunday, today) if monday <= today else sunday


class Schedule:
    """A contract's terms history loaded once, for answering many days (a table of weeks)."""

    def __init__(self, rows: list[Terms], fallback: Terms | None = None):
        self.rows = rows or ([fallback] if fallback else [])
        self._days = [r.effective_on for r in self.rows]

    @classmethod
    def of(cls, contract_id: int) -> Schedule:
        rows = history(contract_id)
        if rows:
            return cls(rows)
        # Every contract gets its first row when it is created or migrated; this only guards a row
        # written by hand into the file, read as its cached columns so a screen never fails.
        c = Contract.get_by_id(contract_id)
        first = c.start_date or c.created_at.date()
        return cls([], Terms(first, c.rate_minor, c.weekly_limit_hours, c.weekly_payment_minor))

    def on(self, day: dt.date) -> Terms:
        index = bisect.bisect_right(self._days, day) - 1
        return self.rows[max(index, 0)]

    def for_week(self, monday: dt.date, today: dt.date | None = None) -> Terms:
        return self.on(week_day(monday, today))

    def scheduled(self, today: dt.date) -> list[Change]:
        """Changes dated after today, agreed and not yet in force: each field that moves, from what to what."""
        changes = []
        for before, row in zip(self.rows, self.rows[1:], strict=False):
            if row.effective_on > today:
                changes += [Change(row.effective_on, name, getattr(before, name), getattr(row, name))
                            for name in FIELDS if getattr(before, name) != getattr(row, name)]
        return changes


def in_force(contract_id: int, day: dt.date) -> Terms:
    """The terms of the contract in force on ``day``."""
    return Schedule.of(contract_id).on(day)


def for_week(contract_id: int, monday: dt.date, today: dt.date | None = None) -> Terms:
    return Schedule.of(contract_id).for_week(monday, today)


def scheduled(contract_id: int, today: dt.date | None = None) -> list[Change]:
    return Schedule.of(contract_id).scheduled(today or dt.date.today())


# -- writing (services only: scope actions, contract creation, imports) ---------------------------------
def start(contract: Contract) -> None:
    """The first terms row of a new contract, dated its start (or today when it has none)."""
    ContractTerm.create(**_first_row(contract))


def _first_row(contract: Contract) -> dict:
    return {"contract": contract.id, "effective_on": contract.start_date or contract.created_at.date(),
            "rate_minor": contract.rate_minor, "weekly_limit_hours": contract.weekly_limit_hours,
            "weekly_payment_minor": contract.weekly_payment_minor}


def restart(contract: Contract) -> None:
    """A draft or offer edited as a whole: its terms are one row again, with the form's values."""
    ContractTerm.delete().where(ContractTerm.contract == contract.id).execute()
    start(contract)


def restart_many(contracts: list[Contract]) -> None:
    """``restart`` for many contracts (an import's): one delete and one insert per block of them."""
    for first in range(0, len(contracts), 100):  # 100 rows of 5 values: under SQLite's limit of parameters
        block = contracts[first:first + 100]
        ContractTerm.delete().where(ContractTerm.contract.in_([c.id for c in block])).execute()
        ContractTerm.insert_many([_first_row(c) for c in block]).execute()


def history_lengths(contract_ids: list[int]) -> dict[int, int]:
    """How many terms rows each contract has (as ``len(history(id))`` counts them), for many at once."""
    counts: dict[int, int] = {}
    for block in stored.chunks(contract_ids):
        for contract_id, on in (ContractTerm.select(ContractTerm.contract, ContractTerm.effective_on)
                                .where(ContractTerm.contract.in_(block)).tuples()):
            if stored.day(on):
                counts[contract_id] = counts.get(contract_id, 0) + 1
    return counts


def change(contract_id: int, day: dt.date, field: str, value, scope_change_id: int | None = None) -> None:
    """From ``day`` on, ``field`` is ``value``; the other terms stay as they were in force that day.

    Rows already scheduled after ``day`` carry the new value too, unless they set that field themselves
    (a later row whose value differs from the one replaced here was a change of its own and keeps it).
    Call inside the scope action's transaction.
    """
    if field not in FIELDS:
        raise ValueError(field)
    schedule = Schedule.of(contract_id)
    current = schedule.on(day)
    replaced = getattr(current, field)
    row = ContractTerm.get_or_none((ContractTerm.contract == contract_id) & (ContractTerm.effective_on == day))
    if row is None:
        row = ContractTerm(contract=contract_id, effective_on=day, rate_minor=current.rate_minor,
                           weekly_limit_hours=current.weekly_limit_hours,
                           weekly_payment_minor=current.weekly_payment_minor)
    setattr(row, field, value)
    if scope_change_id is not None:
        row.scope_change = scope_change_id
    row.save()
    for later in schedule.rows:
        if later.effective_on > day and getattr(later, field) == replaced:
            (ContractTerm.update({getattr(ContractTerm, field): value})
             .where((ContractTerm.contract == contract_id) & (ContractTerm.effective_on == later.effective_on))
             .execute())
    refresh_today([contract_id])


def refresh_today(contract_ids: list[int] | None = None, today: dt.date | None = None) -> int:
    """Bring the cached columns on ``contract`` to the terms in force today; returns how many changed."""
    day = (today or dt.date.today()).isoformat()
    row = in_force_sql("contract.id", "?", "t.rate_minor, t.weekly_limit_hours, t.weekly_payment_minor")
    # Only where the row in force differs (two row values, compared with NULL as a value: both engines
    # compare those; neither compares a row with a subquery's row that way).
    sql = (f"UPDATE contract SET (rate_minor, weekly_limit_hours, weekly_payment_minor) = {row} "
           f"WHERE EXISTS (SELECT 1 FROM contract_term x WHERE x.id = {in_force_sql('contract.id', '?', 't.id')} "
           "AND (x.rate_minor, x.weekly_limit_hours, x.weekly_payment_minor) IS NOT "
           "(contract.rate_minor, contract.weekly_limit_hours, contract.weekly_payment_minor))")
    params: list = [day, day]
    if contract_ids is not None:
        if not contract_ids:
            return 0
        sql += f" AND id IN ({','.join('?' * len(contract_ids))})"
        params += list(contract_ids)
    return database.obj.execute_sql(sql, params).rowcount
