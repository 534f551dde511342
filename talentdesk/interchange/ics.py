"""iCalendar (.ics) of what is coming up: contract ends, milestones, feedback windows, check-ins, reviews.

Every item is an all-day VEVENT or VTODO (dates need no time zone, so no TZID is used and no
VTIMEZONE is needed); DTSTAMP is UTC. UIDs derive from the records' UUIDs, so exporting the
same data again gives the same UIDs and a calendar updates its entries instead of duplicating.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar, Event, Todo

from ..store.db import database
from .csv_out import write_atomic

PRODID = "-//TalentDesk//TalentDesk//EN"
FEEDBACK_WINDOW_DAYS = 14


def _uid(kind: str, uuid: str) -> str:
    return f"{kind}-{uuid}@talentdesk"


def _day(value) -> dt.date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _event(uid: str, day: dt.date, summary: str, description: str, stamp: dt.datetime, days: int = 1) -> Event:
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=days))
    event.add("summary", summary)
    if description:
        event.add("description", description)
    event.add("transp", "TRANSPARENT")
    return event


def _todo(uid: str, due: dt.date, summary: str, description: str, stamp: dt.datetime, done: bool = False) -> Todo:
    todo = Todo()
    todo.add("uid", uid)
    todo.add("dtstamp", stamp)
    todo.add("due", due)
    todo.add("summary", summary)
    if description:
        todo.add("description", description)
    todo.add("status", "COMPLETED" if done else "NEEDS-ACTION")
    return todo


def build_calendar(today: dt.date | None = None, stamp: dt.datetime | None = None) -> Calendar:
    today = today or dt.date.today()
    stamp = stamp or dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "TalentDesk")
    sql = database.obj.execute_sql
    for uuid, title, name, end, status in sql(
            "SELECT c.uuid, c.title, t.name, c.end_date, c.status FROM contract c JOIN talent t ON t.id = c.talent_id "
            "WHERE c.end_date IS NOT NULL AND c.status != 'ended' ORDER BY c.end_date, c.id"):
        cal.add_component(_event(_uid("contract-end", uuid), _day(end), f"Contract ends: {title} ({name})",
                                 f"The {status} contract “{title}” with {name} ends today.", stamp))
    for uuid, title, contract, name, due, status in sql(
            "SELECT m.uuid, m.title, c.title, t.name, m.due_on, m.status FROM milestone m "
            "JOIN contract c ON c.id = m.contract_id JOIN talent t ON t.id = c.talent_id "
            "WHERE m.due_on IS NOT NULL ORDER BY m.due_on, m.id"):
        cal.add_component(_todo(_uid("milestone", uuid), _day(due), f"Milestone due: {title} ({name})",
                                f"Milestone of “{contract}”.", stamp, done=status in ("approved", "paid")))
    for uuid, title, name, end in sql(
            "SELECT c.uuid, c.title, t.name, c.end_date FROM contract c JOIN talent t ON t.id = c.talent_id "
            "WHERE c.status = 'ended' AND c.end_date IS NOT NULL AND NOT EXISTS (SELECT 1 FROM feedback f "
            "WHERE f.contract_id = c.id AND f.direction = 'given') ORDER BY c.end_date, c.id"):
        end = _day(end)
        closes = end + dt.timedelta(days=FEEDBACK_WINDOW_DAYS)
        if closes < today:
            continue
        cal.add_component(_todo(_uid("feedback", uuid), closes, f"Leave feedback for {name}",
                                f"The feedback window for “{title}” closes {FEEDBACK_WINDOW_DAYS} days after it ended "
                                f"({end.isoformat()}).", stamp))
    for uuid, name, days, last in sql(
            "SELECT t.uuid, t.name, t.stay_in_touch_days, max(coalesce((SELECT max(date(m.sent_at)) FROM message m "
            "JOIN contract c ON c.id = m.contract_id WHERE c.talent_id = t.id), date(t.created_at)), "
            "date(t.created_at)) FROM talent t WHERE t.stay_in_touch_days IS NOT NULL "
            "AND t.bench_status NOT IN ('archived', 'do_not_rehire') ORDER BY t.name, t.id"):
        due = max(_day(last) + dt.timedelta(days=int(days)), today)
        cal.add_component(_todo(_uid("check-in", uuid), due, f"Check in with {name}",
                                f"Stay in touch every {days} days; last contact {_day(last).isoformat()}.", stamp))
    for rule, subject, until, reason in sql(
            "SELECT rule, subject, until, reason FROM card_state WHERE state = 'snoozed' AND until IS NOT NULL "
            "ORDER BY until, rule, subject"):
        cal.add_component(_todo(f"review-{rule}-{subject}@talentdesk".replace(":", "-").replace(" ", "-"),
                                _day(until), f"Review again: {rule.replace('_', ' ')}",
                                reason or f"Snoozed review card {subject}.", stamp))
    return cal


def export_file(out: Path, *, today: dt.date | None = None, report: Callable[[float, str], None] | None = None) -> int:
    """Write the calendar; returns the number of events and to-dos."""
    if report:
        report(0.1, "Collecting dates…")
    cal = build_calendar(today)
    write_atomic(Path(out), cal.to_ical())
    return len(cal.subcomponents)


def read_summary(path: Path) -> dict[str, list[str]]:
    """The UIDs (or summaries, when a UID is missing) of each kind of component in an .ics file."""
    data = Path(path).read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    cal = Calendar.from_ical(data)
    found: dict[str, list[str]] = {}
    for component in cal.walk():
        if component.name in ("VEVENT", "VTODO", "VJOURNAL", "VTIMEZONE"):
            key = str(component.get("uid") or component.get("tzid") or component.get("summary") or "")
            found.setdefault(component.name, []).append(key)
    return found
