"""Hours worked: entries by day, weeks against the weekly limit, and the hours over it."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..store.db import database
from ..store.models import WorkLog
from . import contracts, terms
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound
from .weeks import week_of


@dataclass(frozen=True)
class Entry:
    id: int
    day: dt.date
    minutes: int
    note: str


@dataclass(frozen=True)
class Week:
    monday: dt.date
    minutes: int
    limit_minutes: int | None

    @property
    def over_minutes(self) -> int:
        """Hours beyond the weekly limit (usually paid as a bonus)."""
        return max(0, self.minutes - self.limit_minutes) if self.limit_minutes else 0


def _checked(day, minutes: int, note: str) -> dict:
    return dict(
        day=v.day(day, "day"),
        minutes=v.integer(minutes, "time worked", low=1, high=1440),
        note=v.text(note, "note", max_length=5000),
    )


def add(contract_id: int, day, minutes: int, note: str = "") -> int:
    values = _checked(day, minutes, note)
    with database.atomic():
        entry = WorkLog.create(contract=contracts.get(contract_id), **values)
    return entry.id


def edit(entry_id: int, day, minutes: int, note: str = "") -> None:
    """Correct an entry's day, time or note."""
    values = _checked(day, minutes, note)
    with database.atomic():
        if not WorkLog.update(**values).where(WorkLog.id == entry_id).execute():
            raise NotFound(QT_TRANSLATE_NOOP("errors", "That work-log entry no longer exists."))


def remove(entry_id: int) -> None:
    with database.atomic():
        deleted = WorkLog.delete().where(WorkLog.id == entry_id).execute()
    if not deleted:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That work-log entry no longer exists."))


def entries(contract_id: int) -> list[Entry]:
    query = (WorkLog.select(WorkLog.id, WorkLog.day, WorkLog.minutes, WorkLog.note)
             .where(WorkLog.contract == contract_id).order_by(WorkLog.day.desc(), WorkLog.id.desc()).tuples())
    return [Entry(*row) for row in query]


def weeks(contract_id: int, today: dt.date | None = None) -> list[Week]:
    """Every week with hours logged, newest first, each against the weekly limit in force that week."""
    schedule = terms.Schedule.of(contracts.get(contract_id).id)
    totals: dict[dt.date, int] = defaultdict(int)
    for day, minutes in WorkLog.select(WorkLog.day, WorkLog.minutes).where(WorkLog.contract == contract_id).tuples():
        totals[week_of(day)[0]] += minutes
    return [Week(monday, totals[monday], schedule.for_week(monday, today).limit_minutes)
            for monday in sorted(totals, reverse=True)]
