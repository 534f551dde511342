"""iCalendar (.ics) of what is coming up: contract ends, milestones, feedback windows, check-ins, reviews.

Every item is an all-day VEVENT or VTODO (dates need no time zone, so no TZID is used and no
VTIMEZONE is needed); DTSTAMP is UTC. The dates come from services/agenda.py, which reads the same
rules as the review queue and the bench (the feedback window setting, last contact). UIDs derive from the records' UUIDs, so exporting the
same data again gives the same UIDs and a calendar updates its entries instead of duplicating.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from icalendar import Calendar, Event, Todo

from ..services import agenda
from .csv_out import write_atomic

PRODID = "-//TalentDesk//TalentDesk//EN"


def _uid(kind: str, uuid: str) -> str:
    return f"{kind}-{uuid}@talentdesk"


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
    for end in agenda.contract_ends():
        cal.add_component(_event(_uid("contract-end", end.uuid), end.end_date,
                                 f"Contract ends: {end.title} ({end.talent_name})",
                                 f"The {end.status} contract “{end.title}” with {end.talent_name} ends today.", stamp))
    for m in agenda.milestones_due():
        cal.add_component(_todo(_uid("milestone", m.uuid), m.due_on, f"Milestone due: {m.title} ({m.talent_name})",
                                f"Milestone of “{m.contract_title}”.", stamp, done=m.done))
    for w in agenda.feedback_windows(today):
        cal.add_component(_todo(_uid("feedback", w.uuid), w.closes, f"Leave feedback for {w.talent_name}",
                                f"The feedback window for “{w.title}” closes {w.window_days} days after it ended "
                                f"({w.end_date.isoformat()}).", stamp))
    for c in agenda.check_ins():
        last = (f"last contact {c.last_contact.isoformat()}" if c.last_contact
                else f"no contact logged since they were added on {c.added_on.isoformat()}")
        cal.add_component(_todo(_uid("check-in", c.uuid), max(c.due, today), f"Check in with {c.talent_name}",
                                f"Stay in touch every {c.cadence_days} days; {last}.", stamp))
    for card in agenda.snoozed_cards():
        cal.add_component(_todo(f"review-{card.rule}-{card.subject}@talentdesk".replace(":", "-").replace(" ", "-"),
                                card.until, f"Review again: {card.rule.replace('_', ' ')}",
                                card.reason or f"Snoozed review card {card.subject}.", stamp))
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
