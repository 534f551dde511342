"""Messages: chat, e-mail, calls, video and notes, written in working hours on both sides of the world."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from ...store.models import Interaction, Message
from . import vocabulary as words
from .tools import DAY, apportion
from .world import ContractPlan, Run


def _utc_offset_minutes(timezone: str, today: dt.date) -> int:
    noon = dt.datetime.combine(today, dt.time(12), ZoneInfo(timezone))
    return int((noon.utcoffset() or dt.timedelta()).total_seconds() // 60)  # never None: it has a zone


_CHANNELS = ("chat", "email", "call", "video", "recorded_video", "note")
_CHANNEL_WEIGHTS = (62, 18, 5, 5, 3, 7)
_CLIENT_OFFSET = 60  # the client works on Central European time, give or take


def _message_window(run: Run, plan: ContractPlan) -> tuple[dt.date, dt.date]:
    """From a week before the start (the hiring chat) to a few days after the end."""
    last_day = run.today - DAY
    if not plan.started:
        first = plan.created - 2 * DAY
        return first, max(first, last_day)
    first = plan.first_day - 7 * DAY
    last = min(plan.end + 3 * DAY, last_day) if plan.end else last_day
    return first, max(first, last)


def _message_weights(run: Run) -> tuple[list[float], list[int]]:
    rng = run.rng
    weights, caps = [], []
    others_cap = max(20, run.scale.busiest_messages // 3)
    for plan in run.contracts:
        first, last = _message_window(run, plan)
        chatter = rng.lognormvariate(0, 0.7) * (1.0 if plan.started else 0.2)
        weights.append(((last - first).days + 3) * chatter)
        caps.append(others_cap)
    return weights, caps


def _message_body(run: Run, plan: ContractPlan, channel: str, author: str, minutes: int | None) -> str:
    rng, talent = run.rng, plan.talent
    template = rng.choice(words.MESSAGE_TEMPLATES[(channel, author)])
    return template.format(
        thing=plan.thing(rng), first=talent.first, hello=talent.culture.greeting, day=rng.choice(words.WEEKDAYS),
        hour=f"{rng.randint(9, 17)}:00", n=rng.randint(2, 30), minutes=minutes,
    )


def _answer_promptly(moments: list[tuple[int, str]]) -> None:
    """My message right after one of theirs answers it within minutes to a few hours (a client who answers),
    never later than it was drawn; from the positions, not the random stream, so the rest stays as it was."""
    for index in range(1, len(moments)):
        (asked, by), (minute, author) = moments[index - 1], moments[index]
        if by == "them" and author == "me":
            moments[index] = (min(minute, asked + 5 + (index * 37) % 240), author)


def _write_messages_of(run: Run, plan: ContractPlan, count: int, offset: int) -> None:
    rng = run.rng
    first, last = _message_window(run, plan)
    span = (last - first).days
    start = dt.datetime.combine(first, dt.time())
    # Each side writes during their own working day, in UTC.
    day_start = {"them": plan.talent.work_start - offset, "me": 8 * 60 - _CLIENT_OFFSET}
    latest = (span + 1) * 1440 - 1
    moments = []
    for _ in range(count):
        author = "them" if rng.random() < 0.5 else "me"
        minute = rng.randint(0, span) * 1440 + day_start[author] + rng.randint(0, 9 * 60)
        moments.append((min(latest, max(0, minute)), author))
    moments.sort()
    _answer_promptly(moments)
    odd_one = count // 2 if plan is run.busiest else -1
    for index, (minute, author) in enumerate(moments):
        channel = plan.talent.channel if rng.random() < 0.25 else rng.choices(_CHANNELS, _CHANNEL_WEIGHTS)[0]
        if channel == "note":
            author = "me"  # notes are the client's own
        duration = rng.randint(10, 60) if channel in ("call", "video") else (
            rng.randint(2, 12) if channel == "recorded_video" else None)
        body = _message_body(run, plan, channel, author, duration)
        if index == odd_one:  # markup must show as text, never render
            channel, author, duration, body = "chat", "them", None, "<b>hi</b><img src=x>"
        run.rows.add(Message, contract=plan.id, sent_at=start + dt.timedelta(minutes=minute),
                     author=author, channel=channel, body=body, duration_minutes=duration)


def write_messages(run: Run) -> None:
    weights, caps = _message_weights(run)
    busiest = run.contracts.index(run.busiest) if run.busiest else None
    if busiest is None:
        counts = apportion(run.scale.messages, weights, caps)
    else:
        weights[busiest], caps[busiest] = 0, 0
        counts = apportion(run.scale.messages - run.scale.busiest_messages, weights, caps)
        counts[busiest] = run.scale.busiest_messages
    offsets = {}
    for index, (plan, count) in enumerate(zip(run.contracts, counts, strict=False)):
        zone = plan.talent.place.timezone
        if zone not in offsets:
            offsets[zone] = _utc_offset_minutes(zone, run.today)
        _write_messages_of(run, plan, count, offsets[zone])
        if index % 500 == 0:
            run.progress(index / len(run.contracts))
    write_interactions(run)


# Person-level entries, with or without a contract: a catch-up call, a note after a meeting.
_INTERACTIONS = (
    ("call", "Catch-up call: {first} is free from {day} and keen on more work."),
    ("call", "Quick call about availability next month; {first} prefers {n}-hour weeks."),
    ("meeting", "Met for coffee; talked about a possible project after the summer."),
    ("message", "Sent {first} a note to say hello and ask how things are going."),
    ("message", "{first} wrote back: happy to hear about new work any time."),
    ("note", "{first} mentioned a rate review at the start of next year."),
)


def write_interactions(run: Run) -> None:
    """A few entries for favourites and some others."""
    rng = run.rng
    for talent in run.talents:
        if not (talent.favourite or rng.random() < 0.25):
            continue
        for _ in range(rng.randint(1, 4)):
            kind, template = rng.choice(_INTERACTIONS)
            day = run.today - dt.timedelta(days=rng.randint(1, 200))
            moment = dt.datetime.combine(day, dt.time()) + dt.timedelta(minutes=rng.randint(8 * 60, 18 * 60))
            duration = rng.choice((15, 20, 30, 45, 60)) if kind in ("call", "meeting") else None
            body = template.format(first=talent.first, day=rng.choice(words.WEEKDAYS), n=rng.randint(10, 30))
            run.rows.add(Interaction, talent=talent.id, kind=kind, happened_at=moment, duration_minutes=duration,
                         body=body, created_at=moment)
