"""Working time between two instants: the one rule for "how long did an answer take, in working time".

A minute counts when it falls inside the working hours of either side, on a weekday of that side (Monday to
Friday in their own time zone). Either side, not both: when a freelancer in Manila and a client in Berlin
share no hour, "both at once" would count nothing at all, while the time a question waits through one
side's working day is exactly what the other side feels as waiting. Nights and weekends of both sides do
not count, so a question asked on Friday evening and answered on Monday morning waited a few minutes.

Working hours are minutes after local midnight; an end at or before the start means the day runs past
midnight (22:00–06:00), and such a shift belongs to the weekday it starts on. Local days are turned into UTC
with zoneinfo, so a day that gains or loses an hour to daylight saving is as long as it really is.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class WorkingHours:
    """One side's working day: an IANA time zone and its hours, in minutes after local midnight."""

    timezone: str = "UTC"
    start: int = 9 * 60
    end: int = 17 * 60

    def zone(self) -> ZoneInfo:
        return _zone(self.timezone or "UTC")

    @property
    def minutes_a_day(self) -> int:
        return (self.end - self.start) % 1440 or 1440


@lru_cache(maxsize=1024)
def _zone(name: str) -> ZoneInfo:
    """ZoneInfo keeps only the last few zones asked; a review queue asks hundreds of questions in dozens."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):  # a zone this machine does not know counts as UTC
        return ZoneInfo("UTC")


@lru_cache(maxsize=65536)  # the same working days of the same zones, for every question of a queue
def _utc(local_day: dt.date, minutes: int, zone: ZoneInfo) -> dt.datetime:
    local = dt.datetime.combine(local_day, dt.time()) + dt.timedelta(minutes=minutes)
    return local.replace(tzinfo=zone).astimezone(dt.UTC).replace(tzinfo=None)


def shifts(hours: WorkingHours, start: dt.datetime, end: dt.datetime) -> Iterable[tuple[dt.datetime, dt.datetime]]:
    """The side's working shifts (naive UTC) that may overlap [start, end), weekdays only."""
    zone = hours.zone()
    length = hours.minutes_a_day
    first = start.replace(tzinfo=dt.UTC).astimezone(zone).date() - DAY
    last = end.replace(tzinfo=dt.UTC).astimezone(zone).date() + DAY
    day = first
    while day <= last:
        if day.weekday() < 5:
            yield _utc(day, hours.start, zone), _utc(day, hours.start + length, zone)
        day += DAY


def working_minutes(start: dt.datetime, end: dt.datetime, *sides: WorkingHours) -> int:
    """Whole minutes from ``start`` to ``end`` (naive UTC) that fall in the working hours of any of ``sides``."""
    if end <= start:
        return 0
    pieces = sorted((max(a, start), min(b, end)) for side in sides for a, b in shifts(side, start, end)
                    if b > start and a < end)
    total = dt.timedelta()
    current: tuple[dt.datetime, dt.datetime] | None = None
    for a, b in pieces:  # the union of both sides' shifts: an hour both work counts once
        if current is not None and a <= current[1]:
            current = (current[0], max(current[1], b))
            continue
        if current is not None:
            total += current[1] - current[0]
        current = (a, b)
    if current is not None:
        total += current[1] - current[0]
    return int(total.total_seconds() // 60)
