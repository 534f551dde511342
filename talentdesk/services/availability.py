"""Availability: the hours a week a person offers, the days they are away, and the capacity left free.

One rule, written here only: on each weekday (Monday to Friday) a person offers a fifth of their weekly
hours; their running contracts take a fifth of each contract's weekly limit in force that week (or, where
a contract has no limit, a fifth of the hours logged on it per week over the last ``RECENT_WEEKS`` weeks);
on a day they are away they have nothing free. The free capacity of a period is the sum over its weekdays,
never below zero on any day. A person who has not said how many hours they offer has no capacity figure
(``None``: "availability not set"); nothing here assumes a full week for them.

The planner (``services.planner``) and the bench's "free this week / next week" column both call
``capacities``; the figures are in minutes (integers), shown as hours.
"""
from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..store.db import database
from ..store.models import Availability, AwayPeriod, utcnow
from . import stored, talents
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from .terms import Schedule, Terms
from .weeks import week_of

WORKDAYS = 5  # the offered hours are spread over Monday to Friday
RECENT_WEEKS = 4  # a contract without a weekly limit takes what was logged on it over these last full weeks
RUNNING = ("active",)  # a paused contract takes no hours; a draft or an offer is not yet a commitment


@dataclass(frozen=True)
class Away:
    id: int
    talent_id: int
    starts_on: dt.date
    ends_on: dt.date
    note: str = ""

    def overlaps(self, start: dt.date, end: dt.date) -> bool:
        return self.starts_on <= end and self.ends_on >= start


@dataclass(frozen=True)
class Commitment:
    """A running contract and what it takes of the person's week now."""

    contract_id: int
    title: str
    minutes_a_week: int
    limited: bool  # False: no weekly limit, so the recent hours logged stand for it


@dataclass
class Capacity:
    talent_id: int
    offered_hours: int | None  # a week; None: availability not set
    start: dt.date
    end: dt.date
    workdays: int  # weekdays in the period
    away: list[Away] = field(default_factory=list)  # the away periods that touch the period
    away_days: int = 0  # weekdays of the period they are away
    commitments: list[Commitment] = field(default_factory=list)  # running contracts, as of the period's start
    free_minutes: int | None = None  # in the whole period; None when availability is not set

    @property
    def is_set(self) -> bool:
        return self.offered_hours is not None

    @property
    def committed_minutes(self) -> int:
        """Minutes a week taken by running contracts, as of the period's start."""
        return sum(c.minutes_a_week for c in self.commitments)

    @property
    def free_minutes_a_week(self) -> int | None:
        """The period's free capacity as an average week (five weekdays)."""
        if self.free_minutes is None:
            return None
        return self.free_minutes * WORKDAYS // self.workdays if self.workdays else 0


# -- writing ---------------------------------------------------------------------------------------

def set_offered(talent_id: int, hours_per_week: int | None) -> None:
    """The hours a week the person offers; None clears it ("availability not set")."""
    talents.get(talent_id)
    hours = v.integer(hours_per_week, "availability", low=0, high=168, required=False)
    with database.atomic():
        if hours is None:
            Availability.delete().where(Availability.talent == talent_id).execute()
            return
        Availability.insert(talent=talent_id, hours_per_week=hours, updated_at=utcnow()).on_conflict(
            conflict_target=[Availability.talent],
            update={Availability.hours_per_week: hours, Availability.updated_at: utcnow()}).execute()


def offered(talent_id: int) -> int | None:
    row = Availability.get_or_none(Availability.talent == talent_id)
    return row.hours_per_week if row else None


def add_away(talent_id: int, starts_on, ends_on, note: str = "") -> int:
    talents.get(talent_id)
    start = v.day(starts_on, "start date")
    end = v.day(ends_on, "end date")
    v.date_order(start, end)
    with database.atomic():
        row = AwayPeriod.create(talent=talent_id, starts_on=start, ends_on=end,
                                note=v.text(note, "note", max_length=2000))
    return row.id


def remove_away(away_id: int) -> None:
    with database.atomic():
        if not AwayPeriod.delete().where(AwayPeriod.id == away_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That away period no longer exists."))


def away_periods(talent_id: int) -> list[Away]:
    return list(_away([talent_id]).get(talent_id, []))


# -- reading ---------------------------------------------------------------------------------------

def _away(ids: list[int], start: dt.date | None = None, end: dt.date | None = None) -> dict[int, list[Away]]:
    found: dict[int, list[Away]] = defaultdict(list)
    for chunk in stored.chunks(ids):
        # Plain SQL with one mark per id: building these IN lists through the query builder cost more than the query.
        sql = f"SELECT id, talent_id, starts_on, ends_on, note FROM away_period WHERE talent_id IN ({stored.marks(chunk)})"
        params: list = list(chunk)
        if start is not None and end is not None:
            sql += " AND starts_on <= ? AND ends_on >= ?"
            params += [end.isoformat(), start.isoformat()]
        for aid, tid, s, e, note in database.obj.execute_sql(sql + " ORDER BY starts_on, id", params):
            s, e = stored.day(s), stored.day(e)
            if s and e:
                found[tid].append(Away(aid, tid, s, e, note))
    return found


def _offered(ids: list[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for chunk in stored.chunks(ids):
        found.update(database.obj.execute_sql(
            f"SELECT talent_id, hours_per_week FROM availability WHERE talent_id IN ({stored.marks(chunk)})", chunk))
    return found


@dataclass
class _Running:
    id: int
    talent_id: int
    title: str
    start: dt.date | None
    end: dt.date | None
    schedule: Schedule
    recent_minutes_a_week: int = 0
    # By Monday: one contract is asked about the same week for every day of it. Made per call of
    # ``capacities``, so ``today`` is the same for every question.
    _weekly: dict[dt.date, tuple[int, bool]] = field(default_factory=dict, repr=False)

    def runs_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def reaches(self, start: dt.date, end: dt.date, today: dt.date) -> bool:
        """What ``_running`` asks the database for the period ``start``–``end``, asked of one contract."""
        return (self.end is None or self.end >= min(start, today)) and (self.start is None or self.start <= end)

    def minutes_a_week(self, monday: dt.date, today: dt.date) -> tuple[int, bool]:
        if monday not in self._weekly:
            limit = self.schedule.for_week(monday, today).limit_minutes
            self._weekly[monday] = (limit, True) if limit else (self.recent_minutes_a_week, False)
        return self._weekly[monday]


def _running(ids: list[int], start: dt.date, end: dt.date, today: dt.date) -> dict[int, list[_Running]]:
    """The running contracts of these people that reach into the period, with their terms history."""
    found: dict[int, list[_Running]] = defaultdict(list)
    contracts: dict[int, _Running] = {}
    running = ", ".join(f"'{s}'" for s in RUNNING)
    for chunk in stored.chunks(ids):
        rows = database.obj.execute_sql(
            "SELECT id, talent_id, title, start_date, end_date, rate_minor, weekly_limit_hours, weekly_payment_minor "
            f"FROM contract WHERE talent_id IN ({stored.marks(chunk)}) AND status IN ({running}) "
            "AND (end_date IS NULL OR end_date >= ?) AND (start_date IS NULL OR start_date <= ?)",
            [*chunk, min(start, today).isoformat(), end.isoformat()])
        for cid, tid, title, s, e, rate, limit, payment in rows:
            s, e = stored.day(s), stored.day(e)
            fallback = Terms(s or today, rate, limit, payment)
            contracts[cid] = _Running(cid, tid, title, s, e, Schedule([], fallback))
            found[tid].append(contracts[cid])
    if not contracts:
        return found
    ids_ = list(contracts)
    rows_by: dict[int, list[Terms]] = defaultdict(list)
    this_monday = week_of(today)[0]
    since = this_monday - dt.timedelta(weeks=RECENT_WEEKS)
    recent: dict[int, int] = {}  # asked of every contract: a limit may be lifted within the period
    for chunk in stored.chunks(ids_):
        for cid, on, rate, limit, payment in database.obj.execute_sql(
                "SELECT contract_id, effective_on, rate_minor, weekly_limit_hours, weekly_payment_minor "
                f"FROM contract_term WHERE contract_id IN ({stored.marks(chunk)}) ORDER BY contract_id, effective_on", chunk):
            if (day := stored.day(on)):
                rows_by[cid].append(Terms(day, rate, limit, payment))
        recent.update(database.obj.execute_sql(
            f"SELECT contract_id, sum(minutes) FROM work_log WHERE contract_id IN ({stored.marks(chunk)}) "
            "AND day >= ? AND day < ? GROUP BY contract_id", [*chunk, since.isoformat(), this_monday.isoformat()]))
    for cid, item in contracts.items():
        if rows_by.get(cid):
            item.schedule = Schedule(rows_by[cid])
        item.recent_minutes_a_week = (recent.get(cid) or 0) // RECENT_WEEKS
    return found


def _weekdays(start: dt.date, end: dt.date) -> list[dt.date]:
    days, day = [], start
    while day <= end:
        if day.weekday() < WORKDAYS:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


Weeks = list[tuple[dt.date, list[dt.date]]]


def _weeks(days: list[dt.date]) -> Weeks:
    """The weekdays grouped by the Monday of their week: done once per period, not once per person."""
    return [(monday, list(week)) for monday, week in itertools.groupby(days, key=lambda day: week_of(day)[0])]


def _free(offered_minutes: int, weeks: Weeks, away: list[Away], running: list[_Running],
          today: dt.date) -> tuple[int, int]:
    """(free minutes, away weekdays) over the given weeks' weekdays, worked out a week at a time."""
    daily = offered_minutes // WORKDAYS
    if not away and not running:
        return daily * sum(len(days) for _monday, days in weeks), 0
    free = away_days = 0
    for monday, week in weeks:
        present = [day for day in week if not any(a.starts_on <= day <= a.ends_on for a in away)] if away else week
        away_days += len(week) - len(present)
        free += _free_in_week(daily, monday, present, running, today)
    return free, away_days


def _free_in_week(daily: int, monday: dt.date, present: list[dt.date], running: list[_Running], today: dt.date) -> int:
    if not present:
        return 0
    first, last = present[0], present[-1]
    # Nobody starts or ends within the week: every present day is taken alike.
    if not any((c.start and first < c.start <= last) or (c.end and first <= c.end < last) for c in running):
        taken = sum(c.minutes_a_week(monday, today)[0] // WORKDAYS for c in running if c.runs_on(first))
        return len(present) * max(0, daily - taken)
    shares = {c.id: c.minutes_a_week(monday, today)[0] // WORKDAYS for c in running}
    return sum(max(0, daily - sum(shares[c.id] for c in running if c.runs_on(day))) for day in present)


@dataclass
class _Known:
    """What the capacity of these people over a period is worked out from, read once (a handful of queries)."""

    ids: list[int]
    offered_hours: dict[int, int]
    away: dict[int, list[Away]]
    running: dict[int, list[_Running]]


def _known(ids: list[int], start: dt.date, end: dt.date, today: dt.date) -> _Known:
    return _Known(ids, _offered(ids), _away(ids, start, end), _running(ids, start, end, today))


def _worked_out(known: _Known, start: dt.date, end: dt.date, today: dt.date) -> dict[int, Capacity]:
    """Each person's capacity from ``start`` to ``end`` (within the period ``known`` was read for)."""
    days = _weekdays(start, end)
    weeks = _weeks(days)
    first_monday = week_of(start)[0]
    found: dict[int, Capacity] = {}
    for tid in known.ids:
        hours = known.offered_hours.get(tid)
        mine = [c for c in known.running.get(tid, []) if c.reaches(start, end, today)]
        cap = Capacity(tid, hours, start, end, len(days),
                       away=[a for a in known.away.get(tid, []) if a.starts_on <= end and a.ends_on >= start])
        cap.commitments = [Commitment(c.id, c.title, *c.minutes_a_week(first_monday, today))
                           for c in mine if c.runs_on(max(start, c.start or start))]
        if hours is not None:  # nothing to work out for a person whose availability is not set
            cap.free_minutes, cap.away_days = _free(hours * 60, weeks, cap.away, mine, today)
        found[tid] = cap
    return found


def capacities(talent_ids: Iterable[int], start: dt.date, end: dt.date,
               today: dt.date | None = None) -> dict[int, Capacity]:
    """Each person's capacity in the period (both ends included), by id, in a handful of queries."""
    today = today or dt.date.today()
    if end < start:
        raise ValidationError("end date", QT_TRANSLATE_NOOP("errors", "must be on or after the start date."))
    ids = sorted({int(i) for i in talent_ids})
    return _worked_out(_known(ids, start, end, today), start, end, today)


def free_this_week_and_next(talent_ids: Iterable[int], today: dt.date | None = None
                            ) -> dict[int, tuple[int | None, int | None]]:
    """Free minutes this week (Monday to Sunday) and next, by id: the bench's column. The two weeks are read
    together (a block of the bench asks this as it is painted)."""
    today = today or dt.date.today()
    monday = week_of(today)[0]
    ids = sorted({int(i) for i in talent_ids})
    known = _known(ids, monday, monday + dt.timedelta(days=13), today)
    this = _worked_out(known, monday, monday + dt.timedelta(days=6), today)
    following = _worked_out(known, monday + dt.timedelta(days=7), monday + dt.timedelta(days=13), today)
    return {tid: (this[tid].free_minutes, following[tid].free_minutes) for tid in this}


@dataclass(frozen=True)
class Editing:
    name: str
    offered_hours: int | None
    away: list[Away]


def editing(talent_id: int) -> Editing:
    """What the availability dialog starts from."""
    return Editing(talents.get(talent_id).name, offered(talent_id), away_periods(talent_id))


def save(talent_id: int, hours_per_week: int | None, added: list[tuple[dt.date, dt.date, str]],
         removed: list[int]) -> None:
    """The availability dialog's changes, all or nothing: the hours offered, away periods added and removed."""
    with database.atomic():
        set_offered(talent_id, hours_per_week)
        for away_id in removed:
            remove_away(away_id)
        for start, end, note in added:
            add_away(talent_id, start, end, note)
