"""The team planner: who can do this piece of work, when, and at what cost.

A ``Description`` (skills with minimum levels, hours a week, a period, the overlap wanted with my working
day, a budget or a maximum rate, a currency) is answered by a ``Result``: ranked proposals — single people
and teams of up to ``MAX_TEAM`` who together cover the skills — each with its reasons, and the constraints
nobody meets, each named with its nearest alternatives.

How it scales: the people who hold at least one of the skills at its level are found in SQL (one indexed
query over ``talent_skill``); everything else (capacity, overlap over the period, rates, reviews) is read
for those people only, in a few ``IN (…)`` queries, and the ranking is done in Python. Teams are formed
from the best few people per skill, so their number stays small whatever the size of the bench.

The rules it uses live elsewhere and are called, not restated: capacity in ``availability``, the overlap
of two working days in ``bench.overlap_minutes`` (taken on each day of the period, so a change of the
clocks inside it is seen), the rate, review score and last worked together in the bench's block queries,
the classification result in ``classification``, and the currency decision in ``cost_in`` below.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from peewee import JOIN

from ..store.db import database
from ..store.models import Contract, Plan, PlanMember, PlanSkill, Talent
from . import availability, bench, classification, contracts, exchange, labels, settings, stored
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, Amount, Listing, Message, NotFound, Number, ValidationError, counted
from .money import check_currency, check_minor, to_minor

MAX_TEAM = 3
POOL_PER_SKILL = 6  # the best people per skill that teams are formed from
SHOWN = 10  # proposals returned
NEAREST = 3  # alternatives named per unmet constraint
EXPIRING_KINDS = ("agreement", "nda", "insurance", "tax_form", "id")
EXCLUDED_STATUSES = ("archived", "do_not_rehire")


# -- the description ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SkillNeed:
    name: str
    min_level: int = 1

    def __str__(self) -> str:
        return f"{self.name}:{self.min_level}"


@dataclass(frozen=True)
class Description:
    skills: tuple[SkillNeed, ...]
    hours_per_week: int
    starts_on: dt.date
    ends_on: dt.date
    overlap_minutes: int = 0
    budget_minor: int | None = None
    max_rate_minor: int | None = None
    currency: str = "USD"
    title: str = ""

    @functools.cached_property
    def workdays(self) -> int:
        return len(availability._weekdays(self.starts_on, self.ends_on))

    @functools.cached_property
    def needed_minutes(self) -> int:
        """The hours the work needs over the whole period, in minutes."""
        return self.hours_per_week * 60 * self.workdays // availability.WORKDAYS


_SKILL = re.compile(r"^\s*(?P<name>.*?)\s*(?::\s*(?P<level>\d+)\s*)?$")


def parse_skill(text: str) -> SkillNeed:
    """ "Python:4" → Python at level 4 or more; "dbt" → dbt at any level (1)."""
    match = _SKILL.match(text or "")  # no match: more than one line
    if not match or not match.group("name"):
        raise ValidationError("skills", QT_TRANSLATE_NOOP("errors", "name a skill, e.g. “Python:4” or “dbt”."))
    level = v.integer(match.group("level") or 1, "skills", low=1, high=5)
    return SkillNeed(v.name(match.group("name"), "skills", max_length=80), level)


def parse_skills(text: str) -> tuple[SkillNeed, ...]:
    """Skills written in one line, separated by commas: "Python:4, dbt"."""
    needs = [parse_skill(part) for part in (text or "").split(",") if part.strip()]
    seen: dict[str, SkillNeed] = {}
    for need in needs:  # a skill named twice keeps its higher level
        key = need.name.casefold()
        if key not in seen or seen[key].min_level < need.min_level:
            seen[key] = need
    return tuple(seen.values())


_MONEY = re.compile(r"^\s*(?P<amount>[\d.,]+)\s*(?P<currency>[A-Za-z]{3})?\s*$")


def parse_money(text: str, field_name: str, default_currency: str) -> tuple[int, str]:
    """ "6000EUR", "6000 EUR" or "6000" (in ``default_currency``) → (minor units, currency)."""
    match = _MONEY.match(text or "")
    if not match:
        raise ValidationError(field_name, QT_TRANSLATE_NOOP("errors", "write an amount and a currency, e.g. "
                                                                      "“6000 EUR”."))
    currency = check_currency(match.group("currency") or default_currency)
    return to_minor(match.group("amount"), currency, field_name), currency


def validated(d: Description) -> Description:
    if not d.skills:
        raise ValidationError("skills", QT_TRANSLATE_NOOP("errors", "name at least one skill the work needs."))
    hours = v.integer(d.hours_per_week, "hours", low=1, high=168)
    start = v.day(d.starts_on, "start date")
    end = v.day(d.ends_on, "end date")
    v.date_order(start, end)
    if (end - start).days > 3 * 366:
        raise ValidationError("end date", QT_TRANSLATE_NOOP("errors", "plan at most three years ahead."))
    overlap = v.integer(d.overlap_minutes, "overlap", low=0, high=1440)
    budget = check_minor(d.budget_minor, "budget", required=False)
    max_rate = check_minor(d.max_rate_minor, "maximum rate", required=False)
    return Description(tuple(d.skills), hours, start, end, overlap, budget, max_rate, check_currency(d.currency),
                       v.text(d.title, "title", max_length=300))


# -- the currency decision ---------------------------------------------------------------------------

class NoExchangeRate(Exception):
    """An amount in one currency cannot be compared with one in another."""

    def __init__(self, rate_currency: str, plan_currency: str):
        self.rate_currency, self.plan_currency = rate_currency, plan_currency
        self.message = Message(QT_TRANSLATE_NOOP("errors", "rate in {rate}, budget in {plan} — no exchange rate"),
                               rate=rate_currency, plan=plan_currency)
        super().__init__(self.message)


def cost_in(plan_currency: str, minor: int, currency: str, on: dt.date | None = None,
            book: exchange.RateBook | None = None) -> int:
    """``minor`` units of ``currency`` in the plan's currency, on the day ``on``.

    The one place the planner decides about currencies: another currency is converted by the rules payments
    follow (services/exchange.py: the rate kept for the day, or the nearest earlier one within the allowed
    age; ``on`` defaults to today). With no rate for that day the amount is refused (``NoExchangeRate``) and
    the planner names that constraint; it never guesses.
    """
    if currency == plan_currency:
        return minor
    converted = exchange.convert(minor, currency, on or dt.date.today(), home=plan_currency, book=book)
    if converted.home_minor is None:
        raise NoExchangeRate(currency, plan_currency)
    return converted.home_minor


# -- overlap over the period -------------------------------------------------------------------------

@dataclass(frozen=True)
class Overlap:
    least_minutes: int  # on the worst day of the period
    most_minutes: int
    changes_on: dt.date | None = None  # the first day the overlap differs from the first day's (the clocks moved)
    first_minutes: int = 0
    changed_minutes: int = 0  # the overlap from ``changes_on``


def _period_days(start: dt.date, end: dt.date) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _offsets(tz: str, days: list[dt.date]) -> list[int]:
    return [bench.offset_minutes(tz, day) for day in days]


def overlap_in_period(mine: tuple[int, int, str], theirs: tuple[int, int, str], start: dt.date,
                      end: dt.date) -> Overlap:
    """Daily overlap of two working days (start, end in local minutes, IANA zone) over the period: each day
    judged with the offsets of that day, so a change of the clocks in either zone shows."""
    days = _period_days(start, end)
    return _overlap(mine, theirs, tuple(_offsets(mine[2], days)), tuple(_offsets(theirs[2], days)), tuple(days))


def _overlap(mine, theirs, my_offsets, their_offsets, days) -> Overlap:
    return _over_segments(mine, theirs, _segments(my_offsets, their_offsets, days))


def _segments(my_offsets, their_offsets, days) -> list[tuple[dt.date, tuple[int, int]]]:
    """The days on which the pair of UTC offsets changes (the first day, then each change of the clocks)."""
    found: list[tuple[dt.date, tuple[int, int]]] = []
    for day, pair in zip(days, zip(my_offsets, their_offsets, strict=True), strict=True):
        if not found or found[-1][1] != pair:
            found.append((day, pair))
    return found


def _over_segments(mine, theirs, segments) -> Overlap:
    minutes = [(day, bench.overlap_minutes((mine[0], mine[1], mo), (theirs[0], theirs[1], to)))
               for day, (mo, to) in segments]
    if not minutes:
        return Overlap(0, 0)
    first = minutes[0][1]
    changed = next(((day, m) for day, m in minutes[1:] if m != first), (None, 0))
    values = [m for _day, m in minutes]
    return Overlap(min(values), max(values), changed[0], first, changed[1])


class _OverlapTable:
    """Overlaps for many people: offsets are worked out once per zone, overlaps once per change of the clocks."""

    def __init__(self, mine: tuple[int, int, str], start: dt.date, end: dt.date):
        self.mine, self.days = mine, tuple(_period_days(start, end))
        self.my_offsets = tuple(_offsets(mine[2], list(self.days)))
        self._zones: dict[str, list] = {}
        self._found: dict[tuple[int, int, str], Overlap] = {}

    def of(self, start: int, end: int, tz: str) -> Overlap:
        key = (start, end, tz)
        if key not in self._found:
            if tz not in self._zones:
                self._zones[tz] = _segments(self.my_offsets, _offsets(tz, list(self.days)), self.days)
            self._found[key] = _over_segments(self.mine, (start, end, tz), self._zones[tz])
        return self._found[key]


def my_working_day() -> tuple[int, int, str]:
    values = settings.all_settings()
    return (int(values["my_working_hours_start"]), int(values["my_working_hours_end"]),
            values["my_timezone"] or "UTC")


# -- the people ------------------------------------------------------------------------------------

@dataclass
class Candidate:
    id: int
    name: str
    timezone: str
    levels: dict[str, int]  # required skill (as described) -> their level, for the skills they have at all
    capacity: availability.Capacity
    overlap: Overlap
    rate_minor: int | None = None
    rate_currency: str = ""
    rate_in_plan: int | None = None  # per hour, in the plan's currency; None when unknown or not convertible
    rate_problem: Message | None = None
    score: float | None = None
    reviews: int = 0
    would_rehire: str | None = None
    last_worked: dt.date | None = None
    risks: list[Message] = field(default_factory=list)
    points: float = 0.0

    def covers(self, need: SkillNeed) -> bool:
        return self.levels.get(need.name, 0) >= need.min_level


@dataclass
class Member:
    candidate: Candidate
    minutes: int  # of the work's hours over the period given to this person
    hours_per_week: int  # the weekly limit of their draft offer
    covers: list[SkillNeed]
    cost_minor: int | None  # in the plan's currency; None when not known
    reasons: list[Message] = field(default_factory=list)


@dataclass
class Proposal:
    members: list[Member]
    cost_minor: int | None  # in the plan's currency, for the period; None when any member's is unknown
    currency: str
    points: float
    reasons: list[Message] = field(default_factory=list)  # about the proposal as a whole

    @property
    def is_team(self) -> bool:
        return len(self.members) > 1

    @property
    def names(self) -> str:
        return ", ".join(m.candidate.name for m in self.members)

    @property
    def risks(self) -> list[Message]:
        return [risk for m in self.members for risk in m.candidate.risks]


@dataclass
class Alternative:
    talent_id: int
    name: str
    detail: Message


@dataclass
class Unmet:
    """A constraint that nobody meets, with the nearest alternatives."""

    code: str  # "skill", "availability", "hours", "overlap", "max_rate", "budget", "together"
    text: Message
    nearest: list[Alternative] = field(default_factory=list)


@dataclass
class Result:
    description: Description
    proposals: list[Proposal]
    unmet: list[Unmet]
    considered: int  # people holding at least one of the skills at its level
    not_set: int  # of those, how many have no availability set


def _hours(minutes: int | None) -> str:
    if minutes is None:
        return "—"
    hours = minutes / 60
    return Message(QT_TRANSLATE_NOOP("errors", "{hours} h"),
                   hours=Number(hours, 0 if abs(hours - round(hours)) < 0.05 else 1))


@dataclass
class _Holder:
    """Someone holding at least one of the skills: their levels in them, and what the overlap needs."""

    name: str
    timezone: str
    day_start: int
    day_end: int
    levels: dict[str, int] = field(default_factory=dict)


def _skilled(needs: Sequence[SkillNeed]) -> dict[int, _Holder]:
    """Everyone (not archived, not do-not-rehire) holding any of the skills, by id.

    Two queries: the skills by name first, then their holders through the index on the skill. (Asked in one
    join, SQLite walked every person on the bench instead.)"""
    names = {n.name.casefold(): n.name for n in needs}
    skills = dict(_rows(f"SELECT id, name FROM skill WHERE lower(name) IN ({stored.marks(names)})", list(names)))
    if not skills:
        return {}
    statuses = ", ".join(f"'{s}'" for s in EXCLUDED_STATUSES)
    sql = ("SELECT ts.talent_id, ts.skill_id, ts.level, t.name, t.timezone, t.working_hours_start, "
           "t.working_hours_end FROM talent_skill ts JOIN talent t ON t.id = ts.talent_id "
           f"WHERE ts.skill_id IN ({stored.marks(skills)}) AND t.bench_status NOT IN ({statuses})")
    found: dict[int, _Holder] = {}
    for tid, skill_id, level, *person in _rows(sql, list(skills)):
        holder = found.get(tid) or found.setdefault(tid, _Holder(*person))
        holder.levels[names[skills[skill_id].casefold()]] = level
    return dict(sorted(found.items()))  # by id, as everything after it reads them


def _rows(sql: str, params: list) -> list[tuple]:
    return list(database.obj.execute_sql(sql, params))


def _people(holders: dict[int, _Holder], d: Description, today: dt.date) -> dict[int, Candidate]:
    """What every constraint asks of these people (capacity, overlap, rate), in a few queries per block of ids."""
    ids = list(holders)
    capacity = availability.capacities(ids, d.starts_on, d.ends_on, today)
    table = _OverlapTable(my_working_day(), d.starts_on, d.ends_on)
    found = {tid: Candidate(tid, h.name, h.timezone, h.levels, capacity[tid],
                            table.of(h.day_start, h.day_end, h.timezone)) for tid, h in holders.items()}
    for chunk in stored.chunks(ids):
        for tid, amount, currency in _rows(*bench.block_statements(chunk, today)["rate"]):
            found[tid].rate_minor, found[tid].rate_currency = amount, currency
    # A plan starts in the future, where no rate is kept yet: rates are taken for its first day or today,
    # whichever comes first; only the rates that day may use are read.
    day = min(d.starts_on, today)
    book = exchange.RateBook({c.rate_currency for c in found.values() if c.rate_currency} | {d.currency},
                             between=(day, day))
    for c in found.values():
        _price(c, d, day, book)
    return found


def _judge(people: list[Candidate], d: Description, today: dt.date) -> None:
    """What the ranking asks of these people (reviews, would rehire, last worked together, risks) and the points
    it gives them. Asked of those who can be proposed; of the others only when no proposal is found and the
    nearest alternatives are chosen by points."""
    by_id = {c.id: c for c in people}
    for chunk in stored.chunks(list(by_id)):
        statements = bench.block_statements(chunk, today)
        for tid, score, count in _rows(*statements["score"]):
            by_id[tid].score, by_id[tid].reviews = score, count
        for tid, last, _now in _rows(*statements["worked"]):
            by_id[tid].last_worked = stored.day(last)
        for tid, answer in _latest_rehire(chunk):
            by_id[tid].would_rehire = answer
    _risks(people, d, today)
    for c in people:
        c.points = _points(c, d)


def _latest_rehire(ids: list[int]) -> list[tuple[int, str]]:
    marks = stored.marks(ids)
    return _rows("SELECT talent_id, would_rehire FROM (SELECT c.talent_id, pr.would_rehire, row_number() OVER "
                 "(PARTITION BY c.talent_id ORDER BY pr.reviewed_on DESC, pr.id DESC) AS n FROM private_review pr "
                 f"JOIN contract c ON c.id = pr.contract_id WHERE c.talent_id IN ({marks})) WHERE n = 1", list(ids))


def _price(c: Candidate, d: Description, day: dt.date, book: exchange.RateBook) -> None:
    if c.rate_minor is None:
        c.rate_problem = Message(QT_TRANSLATE_NOOP("errors", "no rate on record"))
        return
    try:
        c.rate_in_plan = cost_in(d.currency, c.rate_minor, c.rate_currency, day, book)
    except NoExchangeRate as refused:
        c.rate_problem = refused.message


def _risks(people: list[Candidate], d: Description, today: dt.date) -> None:
    """Away periods in the plan, a classification risk, a document running out before the plan ends."""
    ids = [c.id for c in people]
    checked = classification.latest_for_people(ids)
    for c in people:
        for away in c.capacity.away:
            text = Message(QT_TRANSLATE_NOOP("errors", "away {start} – {end}"), start=away.starts_on, end=away.ends_on)
            c.risks.append(Message(QT_TRANSLATE_NOOP("errors", "{away} ({note})"), away=text, note=away.note)
                           if away.note else text)
        result = checked.get(c.id)
        if result and result.level in ("medium", "high"):
            c.risks.append(Message(QT_TRANSLATE_NOOP("errors", "classification risk {level} on “{title}”"),
                                   level=result.level, title=result.contract_title))
    by_id = {c.id: c for c in people}
    kinds = ", ".join(f"'{k}'" for k in EXPIRING_KINDS)
    for chunk in stored.chunks(ids):
        # Plain SQL with one mark per id: building the IN list through the query builder cost more than the query.
        query = _rows("SELECT talent_id, document_kind, max(expires_on) FROM attachment "
                      f"WHERE talent_id IN ({stored.marks(chunk)}) AND document_kind IN ({kinds}) "
                      "AND expires_on IS NOT NULL GROUP BY talent_id, document_kind", chunk)
        for tid, kind, expires in query:
            day = stored.day(expires)
            # The latest document of a kind runs out before the plan ends (one long expired is past history).
            if day is None or day < today or day > d.ends_on:
                continue
            by_id[tid].risks.append(Message(QT_TRANSLATE_NOOP("errors", "{kind}: expires on {day}, before the plan ends"),
                                            kind=kind.replace("_", " "), day=day))


# -- checks of one person --------------------------------------------------------------------------

def _fits(c: Candidate, d: Description) -> list[str]:
    """The constraints a person fails as a team member (skills and the full hours aside)."""
    failed = []
    if not c.capacity.is_set:
        failed.append("availability")
    elif not c.capacity.free_minutes:
        failed.append("hours")
    if c.overlap.least_minutes < d.overlap_minutes:
        failed.append("overlap")
    if d.max_rate_minor is not None and (c.rate_in_plan is None or c.rate_in_plan > d.max_rate_minor):
        failed.append("max_rate")
    if d.budget_minor is not None and c.rate_in_plan is None:
        failed.append("budget")
    return failed


def _points(c: Candidate, d: Description) -> float:
    """How well a person fits, for ordering: better reviews, would rehire, skills above the minimum,
    room to spare, more overlap, a lower rate against the budget, fewer risks."""
    points = 0.0
    points += sum(max(0, c.levels.get(n.name, 0) - n.min_level) for n in d.skills) * 3
    if c.score is not None:
        points += (c.score - 3) * 10
    points += {"yes": 8, "maybe": 0, "no": -15}.get(c.would_rehire or "", 0)
    if c.last_worked:
        points += 4
    if c.capacity.free_minutes:
        points += min(10.0, 10 * c.capacity.free_minutes / max(1, d.needed_minutes))
    points += min(5.0, (c.overlap.least_minutes - d.overlap_minutes) / 60)
    if d.max_rate_minor and c.rate_in_plan is not None:
        points += 10 * (d.max_rate_minor - c.rate_in_plan) / d.max_rate_minor
    points -= 5 * len(c.risks)
    return points


# -- proposals -------------------------------------------------------------------------------------

def _allocate(team: Sequence[Candidate], needed: int) -> list[int] | None:
    """Share the work's minutes: evenly, each capped by their free capacity, the rest to the cheapest with
    room left. None when together they have too little."""
    free = [c.capacity.free_minutes or 0 for c in team]
    if sum(free) < needed:
        return None
    share = [min(f, needed // len(team)) for f in free]
    rest = needed - sum(share)
    for i in sorted(range(len(team)), key=lambda i: (team[i].rate_in_plan or 0, -free[i])):
        extra = min(rest, free[i] - share[i])
        share[i] += extra
        rest -= extra
    return share


def _member(c: Candidate, minutes: int, d: Description) -> Member:
    covers = [n for n in d.skills if c.covers(n)]
    cost = c.rate_in_plan * minutes // 60 if c.rate_in_plan is not None else None
    weeks_hours = minutes * availability.WORKDAYS / max(1, d.workdays) / 60
    hours = max(1, -(-int(weeks_hours * 100) // 100))  # whole hours, rounded up
    return Member(c, minutes, hours, covers, cost)  # its reasons are written once it is among those shown


def _member_reasons(m: Member, d: Description) -> list[Message]:
    c = m.candidate
    reasons = [Message(QT_TRANSLATE_NOOP("errors", "skills: {skills}"),
                       skills=Listing(Message(QT_TRANSLATE_NOOP("errors", "{skill} {level} (needs {needed})"),
                                              skill=n.name, level=c.levels.get(n.name, 0), needed=n.min_level)
                                      for n in m.covers))]
    cap = c.capacity
    taken = Listing((Message(QT_TRANSLATE_NOOP("errors", "{hours} on “{title}”"), hours=_hours(x.minutes_a_week),
                             title=x.title) for x in cap.commitments if x.minutes_a_week), "; ")
    reasons.append(Message(QT_TRANSLATE_NOOP("errors", "free {free} a week in the period (offers {offered} h{taken}); "
                                                       "takes {share} a week here"),
                           free=_hours(cap.free_minutes_a_week), offered=cap.offered_hours,
                           taken=Message(QT_TRANSLATE_NOOP("errors", "; {commitments}"), commitments=taken) if taken
                           else "", share=f"{m.hours_per_week} h"))
    overlap = Message(QT_TRANSLATE_NOOP("errors", "overlap {hours} a day"), hours=_hours(c.overlap.first_minutes))
    if c.overlap.changes_on:
        overlap = Message(QT_TRANSLATE_NOOP("errors", "overlap {hours} a day, {then} from {day} (the clocks change)"),
                          hours=_hours(c.overlap.first_minutes), then=_hours(c.overlap.changed_minutes),
                          day=c.overlap.changes_on)
    reasons.append(overlap)
    if m.cost_minor is not None:
        reasons.append(Message(QT_TRANSLATE_NOOP("errors", "cost {cost} for {hours} at {rate} an hour"),
                               cost=Amount(m.cost_minor, d.currency), hours=_hours(m.minutes),
                               rate=Amount(c.rate_in_plan or 0, d.currency)))
    elif c.rate_problem:
        reasons.append(Message(QT_TRANSLATE_NOOP("errors", "cost unknown: {why}"), why=c.rate_problem))
    if c.score is not None:
        reasons.append(Message(QT_TRANSLATE_NOOP("errors", "review score {score} of 5 over {reviews}; would rehire: "
                                                           "{rehire}"),
                               score=Number(c.score, 1), reviews=counted(c.reviews, "%n review(s)"),
                               rehire=Message(labels.REHIRE_ANSWER[c.would_rehire]) if c.would_rehire in
                               labels.REHIRE_ANSWER else "—"))
    else:
        reasons.append(Message(QT_TRANSLATE_NOOP("errors", "no review yet")))
    reasons.append(Message(QT_TRANSLATE_NOOP("errors", "last worked together {day}"), day=c.last_worked)
                   if c.last_worked else Message(QT_TRANSLATE_NOOP("errors", "never worked together")))
    return reasons


def _proposal(team: Sequence[Candidate], d: Description) -> Proposal | None:
    # Members in the order of the skills they bring (the first skill asked for first).
    team = sorted(team, key=lambda c: (min(i for i, n in enumerate(d.skills) if c.covers(n)), c.name))
    shares = _allocate(team, d.needed_minutes)
    if shares is None:
        return None
    members = [_member(c, minutes, d) for c, minutes in zip(team, shares, strict=True) if minutes > 0]
    if len(members) < len(team):
        return None  # someone would do nothing: the smaller team is proposed on its own
    costs = [m.cost_minor for m in members]
    total = sum(c for c in costs if c is not None) if all(c is not None for c in costs) else None
    if d.budget_minor is not None and (total is None or total > d.budget_minor):
        return None
    points = sum(c.points for c in team) / len(team) - 6 * (len(team) - 1)
    if d.budget_minor and total is not None:
        points += 15 * (d.budget_minor - total) / d.budget_minor
    return Proposal(members, total, d.currency, points)


def _explain(proposal: Proposal, d: Description) -> Proposal:
    """Write the reasons of a proposal that is shown: sentences cost more than the ranking, and most proposals
    formed are never shown."""
    total = proposal.cost_minor
    if total is not None:
        proposal.reasons.append(Message(QT_TRANSLATE_NOOP("errors", "cost for the period {cost}"),
                                        cost=Amount(total, d.currency)))
    if d.budget_minor is not None and total is not None:
        proposal.reasons.append(Message(QT_TRANSLATE_NOOP("errors", "within the budget of {budget} ({left} left)"),
                                        budget=Amount(d.budget_minor, d.currency),
                                        left=Amount(d.budget_minor - total, d.currency)))
    for member in proposal.members:
        member.reasons = _member_reasons(member, d)
    return proposal


def _teams(eligible: list[Candidate], d: Description) -> list[Proposal]:
    pool: dict[int, Candidate] = {}
    for need in d.skills:
        best = sorted((c for c in eligible if c.covers(need)), key=lambda c: -c.points)[:POOL_PER_SKILL]
        pool.update((c.id, c) for c in best)
    people = sorted(pool.values(), key=lambda c: -c.points)
    found = []
    for size in range(2, MAX_TEAM + 1):
        for team in itertools.combinations(people, size):
            covered = [{n for n in d.skills if c.covers(n)} for c in team]
            if set().union(*covered) != set(d.skills):
                continue
            # Everyone brings a skill the others lack, and nobody covers it all alone (that is a single).
            if any(len(mine) == len(d.skills) or not mine - set().union(*(o for o in covered if o is not mine))
                   for mine in covered):
                continue
            proposal = _proposal(team, d)
            if proposal:
                found.append(proposal)
    return found


# -- constraints nobody meets ----------------------------------------------------------------------

def _alt(c: Candidate, template: str, **values) -> Alternative:
    return Alternative(c.id, c.name, Message(template, **values))


def _unmet(d: Description, people: list[Candidate], skilled: dict[int, _Holder]) -> list[Unmet]:
    unmet: list[Unmet] = []
    names = {tid: h.name for tid, h in skilled.items()}
    for need in d.skills:
        if any(h.levels.get(need.name, 0) >= need.min_level for h in skilled.values()):
            continue
        lower = sorted(((h.levels[need.name], tid) for tid, h in skilled.items() if need.name in h.levels),
                       reverse=True)[:NEAREST]
        unmet.append(Unmet("skill", Message(QT_TRANSLATE_NOOP("errors", "nobody has {skill} at level {level} or "
                                                                        "above"),
                                            skill=need.name, level=need.min_level),
                           [Alternative(tid, names.get(tid, ""), Message(QT_TRANSLATE_NOOP("errors", "{skill} {level}"),
                                                                         skill=need.name, level=level))
                            for level, tid in lower]))
    if not people:
        return unmet
    known = [c for c in people if c.capacity.is_set]
    if not known:
        unmet.append(Unmet("availability", Message(QT_TRANSLATE_NOOP("errors", "availability not set for anyone with "
                                                                                "these skills ({count} people): "
                                                                                "set the hours a week they offer"),
                                                   count=len(people)),
                           [_alt(c, QT_TRANSLATE_NOOP("errors", "availability not set")) for c in
                            sorted(people, key=lambda c: -c.points)[:NEAREST]]))
    else:
        best = sorted(known, key=lambda c: -(c.capacity.free_minutes or 0))
        if sum(c.capacity.free_minutes or 0 for c in best[:MAX_TEAM]) < d.needed_minutes:
            unmet.append(Unmet("hours", Message(QT_TRANSLATE_NOOP("errors", "nobody, alone or in a team of {size}, has "
                                                                            "{hours} h a week free in the period"),
                                                size=MAX_TEAM, hours=d.hours_per_week),
                               [_alt(c, QT_TRANSLATE_NOOP("errors", "{free} a week free"),
                                     free=_hours(c.capacity.free_minutes_a_week)) for c in best[:NEAREST]]))
    if d.overlap_minutes and not any(c.overlap.least_minutes >= d.overlap_minutes for c in people):
        best = sorted(people, key=lambda c: -c.overlap.least_minutes)[:NEAREST]
        unmet.append(Unmet("overlap", Message(QT_TRANSLATE_NOOP("errors", "nobody overlaps {hours} with your working "
                                                                          "day on every day of the period"),
                                              hours=_hours(d.overlap_minutes)),
                           [_alt(c, QT_TRANSLATE_NOOP("errors", "{hours} overlap"),
                                 hours=_hours(c.overlap.least_minutes)) for c in best]))
    _money_unmet(d, people, unmet)
    return unmet


def _money_unmet(d: Description, people: list[Candidate], unmet: list[Unmet]) -> None:
    priced = sorted((c for c in people if c.rate_in_plan is not None), key=lambda c: c.rate_in_plan or 0)
    refused = [c for c in people if c.rate_in_plan is None and c.rate_problem]
    nearest = [_alt(c, QT_TRANSLATE_NOOP("errors", "{rate} an hour"), rate=Amount(c.rate_in_plan or 0, d.currency))
               for c in priced[:NEAREST]] or [Alternative(c.id, c.name, c.rate_problem)
                                              for c in refused[:NEAREST] if c.rate_problem]
    if d.max_rate_minor is not None and not any((c.rate_in_plan or 0) <= d.max_rate_minor for c in priced):
        unmet.append(Unmet("max_rate", _money_text(QT_TRANSLATE_NOOP("errors", "nobody's rate is {limit} an hour or "
                                                                              "less"),
                                                   d, d.max_rate_minor, priced, refused), nearest))
    if d.budget_minor is not None and not any((c.rate_in_plan or 0) * d.needed_minutes // 60 <= d.budget_minor
                                              for c in priced):
        unmet.append(Unmet("budget", _money_text(QT_TRANSLATE_NOOP("errors", "nobody can do {hours} h within "
                                                                            "{limit}"),
                                                 d, d.budget_minor, priced, refused, hours=d.needed_minutes // 60),
                           nearest))


def _money_text(template: str, d: Description, limit: int, priced: list, refused: list, **values) -> Message:
    text = Message(template, limit=Amount(limit, d.currency), **values)
    if not priced and refused:  # nobody can be compared at all: say why (a currency with no exchange rate)
        text = Message(QT_TRANSLATE_NOOP("errors", "{text}: {why}"), text=text, why=refused[0].rate_problem)
    return text


# Why a near candidate falls short, per constraint of ``_fits``.
_SHORT_OF = {
    "availability": QT_TRANSLATE_NOOP("errors", "availability not set"),
    "hours": QT_TRANSLATE_NOOP("errors", "no free hours"),
    "overlap": QT_TRANSLATE_NOOP("errors", "too little overlap"),
    "max_rate": QT_TRANSLATE_NOOP("errors", "rate above the maximum"),
    "budget": QT_TRANSLATE_NOOP("errors", "cost unknown"),
}


def _together(d: Description, people: list[Candidate]) -> Unmet:
    """Every constraint is met by someone, but no one person or team meets them all at once."""
    best = sorted(people, key=lambda c: -c.points)[:NEAREST]
    nearest = []
    for c in best:
        missing = [n.name for n in d.skills if not c.covers(n)]
        fits = _fits(c, d)
        failed = [c.rate_problem if f == "budget" and c.rate_problem else Message(_SHORT_OF[f]) for f in fits]
        failed += [Message(QT_TRANSLATE_NOOP("errors", "lacks {skills}"), skills=", ".join(missing))] if missing else []
        if c.capacity.is_set and (c.capacity.free_minutes or 0) < d.needed_minutes and "hours" not in fits:
            failed.append(Message(QT_TRANSLATE_NOOP("errors", "{hours} a week free"),
                                  hours=_hours(c.capacity.free_minutes_a_week)))
        alone = c.rate_in_plan * d.needed_minutes // 60 if c.rate_in_plan is not None else None
        if d.budget_minor is not None and alone is not None and alone > d.budget_minor:
            failed.append(Message(QT_TRANSLATE_NOOP("errors", "costs {amount} for the whole work"),
                                  amount=Amount(alone, d.currency)))
        nearest.append(_alt(c, QT_TRANSLATE_NOOP("errors", "{missing}"), missing=Listing(failed, "; ") if failed else "—"))
    return Unmet("together", Message(QT_TRANSLATE_NOOP("errors", "nobody alone, nor any team of up to {size} people, "
                                                                 "meets all of this at once"), size=MAX_TEAM), nearest)


# -- the answer ------------------------------------------------------------------------------------

def propose(description: Description, today: dt.date | None = None, limit: int = SHOWN) -> Result:
    """Ranked proposals for the described work, and the constraints nobody meets."""
    d = validated(description)
    today = today or dt.date.today()
    skilled = _skilled(d.skills)
    at_level = {tid: h for tid, h in skilled.items() if any(h.levels.get(n.name, 0) >= n.min_level for n in d.skills)}
    people = list(_people(at_level, d, today).values())
    eligible = [c for c in people if not _fits(c, d)]
    _judge(eligible, d, today)
    singles = [p for c in eligible if all(c.covers(n) for n in d.skills) and (p := _proposal([c], d))]
    ranked = sorted(singles + _teams(eligible, d), key=lambda p: (-p.points, p.names))
    proposals = [_explain(p, d) for p in ranked[:limit]]
    if not proposals:
        judged = {c.id for c in eligible}
        _judge([c for c in people if c.id not in judged], d, today)
    unmet = _unmet(d, people, skilled)
    if not proposals and not unmet:
        unmet.append(_together(d, people))
    return Result(d, proposals, unmet, len(people), sum(1 for c in people if not c.capacity.is_set))


# -- plans: a chosen proposal kept with its draft offers --------------------------------------------

@dataclass
class SavedMember:
    talent_id: int
    name: str
    contract_id: int | None
    contract_status: str | None


@dataclass
class SavedPlan:
    id: int
    description: Description
    members: list[SavedMember]
    created_at: dt.datetime
    updated_at: dt.datetime


def scope_text(d: Description) -> str:
    """The scope of work a draft offer starts with: what the plan asks for."""
    skills = ", ".join(f"{n.name} (level {n.min_level}+)" for n in d.skills)
    lines = [d.title, "", f"Skills: {skills}", f"{d.hours_per_week} h a week from {d.starts_on} to {d.ends_on}"]
    if d.overlap_minutes:
        lines.append(f"Overlap with my working day: {_hours(d.overlap_minutes)} a day")
    return "\n".join(lines).strip()


def save_plan(description: Description, proposal: Proposal) -> int:
    """Keep the plan and make one draft contract per member, prefilled from it; all or nothing."""
    d = validated(description)
    if not d.title:
        d = Description(**{**d.__dict__, "title": f"Plan {d.starts_on.isoformat()}"})
    with database.atomic():
        plan = Plan.create(title=d.title, hours_per_week=d.hours_per_week, starts_on=d.starts_on, ends_on=d.ends_on,
                           overlap_minutes=d.overlap_minutes, budget_minor=d.budget_minor,
                           max_rate_minor=d.max_rate_minor, currency=d.currency)
        for position, need in enumerate(d.skills):
            PlanSkill.create(plan=plan, name=need.name, min_level=need.min_level, position=position)
        for position, member in enumerate(proposal.members):
            c = member.candidate
            contract_id = contracts.create_contract(contracts.ContractInput(
                talent_id=c.id, title=d.title, kind="hourly", rate_minor=c.rate_minor or 0,
                currency=c.rate_currency or d.currency, weekly_limit_hours=member.hours_per_week,
                start_date=d.starts_on, end_date=d.ends_on, scope=scope_text(d)), status="draft")
            PlanMember.create(plan=plan, talent=c.id, contract=contract_id, position=position)
    return plan.id


def _description(plan: Plan) -> Description:
    skills = tuple(SkillNeed(s.name, s.min_level)
                   for s in PlanSkill.select().where(PlanSkill.plan == plan.id).order_by(PlanSkill.position))
    return Description(skills, plan.hours_per_week, plan.starts_on, plan.ends_on, plan.overlap_minutes,
                       plan.budget_minor, plan.max_rate_minor, plan.currency, plan.title)


def load_plan(plan_id: int) -> SavedPlan:
    plan = Plan.get_or_none(Plan.id == plan_id)
    if plan is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That plan no longer exists."))
    members = [SavedMember(tid, name, cid, status) for tid, name, cid, status in
               PlanMember.select(PlanMember.talent, Talent.name, PlanMember.contract, Contract.status)
               .join(Talent, on=PlanMember.talent == Talent.id)
               .join(Contract, join_type=JOIN.LEFT_OUTER, on=PlanMember.contract == Contract.id)
               .where(PlanMember.plan == plan_id).order_by(PlanMember.position).tuples()]
    return SavedPlan(plan.id, _description(plan), members, plan.created_at, plan.updated_at)


@dataclass
class PlanLine:
    id: int
    title: str
    starts_on: dt.date
    ends_on: dt.date
    people: str
    updated_at: dt.datetime


def plans() -> list[PlanLine]:
    """The saved plans, newest first, each with its team's names."""
    lines = []
    for plan in Plan.select().order_by(Plan.updated_at.desc(), Plan.id.desc()):
        people = [name for (name,) in PlanMember.select(Talent.name).join(Talent, on=PlanMember.talent == Talent.id)
                  .where(PlanMember.plan == plan.id).order_by(PlanMember.position).tuples()]
        lines.append(PlanLine(plan.id, plan.title, plan.starts_on, plan.ends_on, ", ".join(people), plan.updated_at))
    return lines



# -- the plan as a document -----------------------------------------------------------------------------

@dataclass
class Offer:
    name: str
    contract_title: str
    status: str
    hours_per_week: int | None
    rate_minor: int
    currency: str
    cost_minor: int | None  # for the plan's period at the offer's rate and weekly limit


@dataclass
class PlanReport:
    saved: SavedPlan
    offers: list[Offer]
    alternatives: list[Proposal]  # what the planner proposes for the description today, the chosen team aside
    unmet: list[Unmet]


def offer_cost(rate_minor: int, hours_per_week: int | None, d: Description) -> int | None:
    """What an hourly offer costs over the plan's period: its rate × its weekly limit × the period's weeks."""
    if not hours_per_week:
        return None
    return rate_minor * hours_per_week * d.workdays // availability.WORKDAYS


def plan_report(plan_id: int, today: dt.date | None = None) -> PlanReport:
    saved = load_plan(plan_id)
    d = saved.description
    offers = []
    for m in saved.members:
        c = Contract.get_or_none(Contract.id == m.contract_id) if m.contract_id else None
        if c is None:
            offers.append(Offer(m.name, "", "removed", None, 0, d.currency, None))
            continue
        offers.append(Offer(m.name, c.title, c.status, c.weekly_limit_hours, c.rate_minor, c.currency,
                            offer_cost(c.rate_minor, c.weekly_limit_hours, d)))
    chosen = sorted(m.talent_id for m in saved.members)
    result = propose(d, today, limit=SHOWN + 1)
    alternatives = [p for p in result.proposals if sorted(m.candidate.id for m in p.members) != chosen][:SHOWN]
    return PlanReport(saved, offers, alternatives, result.unmet)
