"""My record as a client: how I treat the people I hire, figure by figure, for a period and the one before.

Each figure is defined once, here; the "My record" page, the "working with me" PDF and the command line's
JSON all read ``record()``, and an agreement test holds them to the same numbers. A figure with nothing to
count is None ("no data"), never 0; its records are what it was counted from, so a screen can show them.

- **Days to approval** (median): from a milestone's submission to its approval. The marketplace releases a
  submitted milestone by itself ``AUTO_RELEASE_DAYS`` after submission when the client does not answer; a
  milestone approved later than that, or never, counts as released on that day (``auto_released``).
- **Days to payment** (median): from submission to the day the money went out.
- **Hourly weeks paid on time**: hourly payments whose billed week ended in the period, paid within the
  ``record.hourly_paid_within_days`` setting of the week's end.
- **My answer time** (median, working minutes, services/working_time.py): a question is their first message
  after my last one on a contract; my next message answers it.
- **Feedback I received**: its average score and the comments.
- **People I worked with more than once**: of those with a contract running in the period, the share with
  two engagements or more (a renewal continues an engagement, it is not a new one).
- **Average relationship**: from someone's first contract start to their last end (or the period's end).
- **Who ended contracts**: ended in the period, by me, by them or not recorded, and why (a contract ended to
  be renewed is not an end).
- **Thanks per contract**: bonuses and praise given in the period per contract running in it.
"""
from __future__ import annotations

import calendar
import datetime as dt
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from peewee import fn

from ..store.db import database
from ..store.models import Appreciation, Contract, Feedback, Message, Milestone, Payment, Talent
from . import settings
from .working_time import WorkingHours, working_minutes

AUTO_RELEASE_DAYS = 14  # the marketplace releases a submitted fixed-price milestone after this many days
PERIOD_MONTHS = (1, 3, 6, 12, 24)
DEFAULT_MONTHS = 12
RUNNING = ("active", "paused", "ended")  # contracts that ran (drafts and offers never did)
ANSWERABLE = ("chat", "email", "call", "video", "recorded_video")  # a note is my own, never a message to them

# The figures in the order every place shows them, with the unit each is counted in.
FIGURES: tuple[tuple[str, str], ...] = (
    ("approval_days", "days"),
    ("payment_days", "days"),
    ("hourly_on_time", "percent"),
    ("answer_minutes", "minutes"),
    ("feedback_score", "score"),
    ("rehire_share", "percent"),
    ("relationship_days", "days"),
    ("ended_by", "count"),
    ("thanks_per_contract", "ratio"),
)
UNITS = dict(FIGURES)
# Whether a smaller value is the better one (for the trend's colour and words).
LOWER_IS_BETTER = {"approval_days", "payment_days", "answer_minutes"}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> Period:
        end = self.start - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def holds(self, day: dt.date | None) -> bool:
        return day is not None and self.start <= day <= self.end


def period_ending(today: dt.date, months: int = DEFAULT_MONTHS) -> Period:
    """The ``months`` calendar months up to and including ``today``."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    day = min(today.day, calendar.monthrange(year, month)[1])
    return Period(dt.date(year, month, day) + dt.timedelta(days=1), today)


@dataclass
class Item:
    """One record behind a figure: what it is, whose, and the value it adds."""

    on: dt.date | None
    talent_id: int | None
    talent_name: str
    contract_id: int | None
    contract_title: str
    what: str  # the milestone's title, a comment, an end reason…
    value: float | None  # in the figure's unit (None: not counted, e.g. still waiting)
    note: str = ""  # a code: "auto_released", "waiting", "late", "me", "them", "unanswered", "bonus", "praise"


@dataclass
class Figure:
    key: str
    value: float | None  # None: nothing to count in the period
    items: list[Item] = field(default_factory=list)
    previous: float | None = None
    extra: dict = field(default_factory=dict)

    @property
    def unit(self) -> str:
        return UNITS[self.key]

    @property
    def counted(self) -> int:
        return sum(1 for i in self.items if i.value is not None)


@dataclass
class ClientRecord:
    period: Period
    figures: dict[str, Figure]

    def plain(self) -> dict:
        """The figures as plain JSON values (the command line's JSON)."""
        return {"period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()},
                **{key: {"value": _round(f.value), "previous": _round(f.previous), "counted": f.counted,
                         **{k: v for k, v in f.extra.items() if not isinstance(v, dict | list)}}
                   for key, f in self.figures.items()}}


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _median(values: list[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def my_hours() -> WorkingHours:
    values = settings.all_settings()
    return WorkingHours(values["my_timezone"], int(values["my_working_hours_start"]),
                        int(values["my_working_hours_end"]))


def _names() -> tuple[dict[int, Contract], dict[int, Talent]]:
    contracts = {c.id: c for c in Contract.select()}
    talents = {t.id: t for t in Talent.select()}
    return contracts, talents


class _World:
    """What every figure reads, loaded once per record."""

    def __init__(self, today: dt.date):
        self.today = today
        self.contracts, self.talents = _names()

    def item(self, contract_id: int | None, on, what: str, value, note: str = "", talent_id: int | None = None) -> Item:
        contract = self.contracts.get(contract_id) if contract_id else None
        tid = contract.talent_id if contract is not None else talent_id
        talent = self.talents.get(tid) if tid else None
        return Item(on, tid, talent.name if talent else "", contract_id, contract.title if contract else "", what,
                    value, note)


# -- milestones -----------------------------------------------------------------------------------------
def release_day(submitted_on: dt.date) -> dt.date:
    """The day the marketplace releases a submitted milestone nobody answered."""
    return submitted_on + dt.timedelta(days=AUTO_RELEASE_DAYS)


def approval(m: Milestone, today: dt.date) -> tuple[dt.date | None, bool]:
    """The day a submitted milestone counts as approved, and whether the marketplace released it."""
    approved = m.approved_on or (m.paid_on if m.status == "paid" else None)
    release = release_day(m.submitted_on)
    if approved is not None and approved <= release:
        return approved, False
    if approved is not None or today >= release:
        return release, True
    return None, False  # still waiting, within the window


def _paid_days() -> dict[int, dt.date]:
    paid: dict[int, dt.date] = {}
    for mid, day in Payment.select(Payment.milestone, Payment.paid_on).where(
            Payment.milestone.is_null(False) & (Payment.kind == "milestone")).tuples():
        paid[mid] = min(day, paid.get(mid, day))
    return paid


def _milestones(w: _World, period: Period) -> tuple[Figure, Figure]:
    found = Milestone.select().where(Milestone.submitted_on.between(period.start, period.end)).order_by(
        Milestone.submitted_on, Milestone.id)
    paid_days = _paid_days()
    to_approval, to_payment = [], []
    auto = waiting = 0
    for m in found:
        approved, released = approval(m, w.today)
        days = (approved - m.submitted_on).days if approved else None
        note = "auto_released" if released else ("waiting" if approved is None else "")
        auto += released
        waiting += approved is None
        to_approval.append(w.item(m.contract_id, m.submitted_on, m.title, days, note))
        paid = m.paid_on or paid_days.get(m.id)
        to_payment.append(w.item(m.contract_id, m.submitted_on, m.title,
                                 (paid - m.submitted_on).days if paid else None, "" if paid else "waiting"))
    first = Figure("approval_days", _median([i.value for i in to_approval if i.value is not None]), to_approval,
                   extra={"auto_released": auto, "waiting": waiting})
    second = Figure("payment_days", _median([i.value for i in to_payment if i.value is not None]), to_payment)
    return first, second


# -- hourly weeks -----------------------------------------------------------------------------------------
def _hourly(w: _World, period: Period) -> Figure:
    within = int(settings.get("record.hourly_paid_within_days"))
    rows = (Payment.select(Payment.contract, Payment.period_end, Payment.paid_on)
            .where((Payment.kind == "hourly") & Payment.period_end.between(period.start, period.end))
            .order_by(Payment.period_end, Payment.id).tuples())
    items = []
    for contract_id, week_end, paid_on in rows:
        late = (paid_on - week_end).days > within
        items.append(w.item(contract_id, week_end, "", 0.0 if late else 100.0, "late" if late else ""))
    on_time = [i.value for i in items if i.value is not None]
    value = sum(on_time) / len(on_time) if on_time else None
    return Figure("hourly_on_time", value, items, extra={"late": sum(1 for i in items if i.note == "late"),
                                                        "within_days": within})


# -- answers ------------------------------------------------------------------------------------------------
def _their_hours(talent: Talent | None) -> WorkingHours:
    if talent is None:
        return WorkingHours()
    return WorkingHours(talent.timezone, talent.working_hours_start, talent.working_hours_end)


def questions(since: dt.datetime, until: dt.datetime | None = None) -> list[tuple[int, dt.datetime, str,
                                                                                   dt.datetime | None]]:
    """Their questions asked from ``since`` (to ``until``): (contract, asked at, first words, my answer or None).

    A question is their first message after my last one on a contract; my next message answers it.
    """
    rows = (Message.select(Message.contract, Message.sent_at, Message.author, Message.body)
            .where((Message.sent_at >= since) & Message.channel.in_(ANSWERABLE))
            .order_by(Message.contract, Message.sent_at, Message.id).tuples())
    found: list[tuple[int, dt.datetime, str, dt.datetime | None]] = []
    open_question: dict[int, tuple[dt.datetime, str]] = {}
    for contract_id, sent_at, author, body in rows:
        if author == "them":
            if contract_id not in open_question:
                open_question[contract_id] = (sent_at, body)
        elif contract_id in open_question:
            asked, words = open_question.pop(contract_id)
            found.append((contract_id, asked, words, sent_at))
    found += [(cid, asked, words, None) for cid, (asked, words) in open_question.items()]
    return [q for q in found if until is None or q[1] < until]


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _answers(w: _World, period: Period) -> Figure:
    mine = my_hours()
    items = []
    for contract_id, asked, words, answered in questions(_start_of(period.start),
                                                          _start_of(period.end + dt.timedelta(days=1))):
        contract = w.contracts.get(contract_id)
        theirs = _their_hours(w.talents.get(contract.talent_id) if contract else None)
        minutes = working_minutes(asked, answered, mine, theirs) if answered else None
        items.append(w.item(contract_id, asked.date(), _first_words(words), minutes,
                            "" if answered else "unanswered"))
    items.sort(key=lambda i: (i.on, i.talent_name))
    return Figure("answer_minutes", _median([i.value for i in items if i.value is not None]), items,
                  extra={"unanswered": sum(1 for i in items if i.value is None)})


def _first_words(body: str, limit: int = 80) -> str:
    text = " ".join((body or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def first_words(body: str) -> str:
    """The first words of a question, as a card or a list shows them."""
    return _first_words(body)


def waiting_minutes(asked: dt.datetime, now: dt.datetime, theirs: WorkingHours, mine: WorkingHours | None = None) -> int:
    """Working minutes (mine or theirs) a question asked at ``asked`` has waited until ``now`` (the review rule's
    measure); ``mine`` read from the settings when not given."""
    return working_minutes(asked, now, mine or my_hours(), theirs)


# -- feedback --------------------------------------------------------------------------------------------------
def _feedback(w: _World, period: Period) -> Figure:
    rows = (Feedback.select().where((Feedback.direction == "received")
                                    & Feedback.given_on.between(period.start, period.end))
            .order_by(Feedback.given_on, Feedback.id))
    items = [w.item(f.contract_id, f.given_on, f.comment, float(f.score), "quoted" if f.quoted else "") for f in rows]
    scores = [i.value for i in items if i.value is not None]
    return Figure("feedback_score", sum(scores) / len(scores) if scores else None, items)


# -- people -------------------------------------------------------------------------------------------------------
def _ran_in(c: Contract, period: Period) -> bool:
    return (c.status in RUNNING and c.start_date is not None and c.start_date <= period.end
            and (c.end_date is None or c.status != "ended" or c.end_date >= period.start))


def _people(w: _World, period: Period) -> tuple[Figure, Figure]:
    by_person: dict[int, list[Contract]] = defaultdict(list)
    for c in w.contracts.values():
        if c.status in RUNNING and c.start_date is not None and c.start_date <= period.end:
            by_person[c.talent_id].append(c)
    rehire, tenure = [], []
    for tid, held in sorted(by_person.items(), key=lambda kv: w.talents[kv[0]].name.casefold()):
        if not any(_ran_in(c, period) for c in held):
            continue
        engagements = sum(1 for c in held if c.renews_id is None)
        first = min(c.start_date for c in held)
        last = max(period.end if c.status != "ended" or c.end_date is None else min(c.end_date, period.end)
                   for c in held)
        rehire.append(w.item(None, first, "", 100.0 if engagements > 1 else 0.0, str(engagements), talent_id=tid))
        tenure.append(w.item(None, first, "", float((last - first).days + 1), "", talent_id=tid))
    shares = [i.value for i in rehire if i.value is not None]
    lengths = [i.value for i in tenure if i.value is not None]
    return (Figure("rehire_share", sum(shares) / len(shares) if shares else None, rehire,
                   extra={"people": len(rehire), "more_than_once": sum(1 for i in rehire if i.value)}),
            Figure("relationship_days", sum(lengths) / len(lengths) if lengths else None, tenure))


def _ended(w: _World, period: Period) -> Figure:
    renewed = {c.renews_id for c in w.contracts.values() if c.renews_id is not None}
    # A contract ended to be renewed goes on as the same engagement: nobody ended the relationship.
    ended = sorted((c for c in w.contracts.values()
                    if c.status == "ended" and period.holds(c.end_date) and c.id not in renewed),
                   key=lambda c: (c.end_date, c.id))
    items = [w.item(c.id, c.end_date, c.end_reason, 1.0, c.ended_by or "unknown") for c in ended]
    by = Counter(i.note for i in items)
    reasons = Counter(i.what.strip() for i in items if i.what.strip())
    return Figure("ended_by", float(by["me"]) if items else None, items,
                  extra={"me": by["me"], "them": by["them"], "unknown": by["unknown"],
                         "reasons": dict(reasons.most_common())})


def _thanks(w: _World, period: Period) -> Figure:
    running = [c for c in w.contracts.values() if _ran_in(c, period)]
    items = [w.item(cid, day, desc, 1.0, "bonus") for cid, day, desc in
             Payment.select(Payment.contract, Payment.paid_on, Payment.description)
             .where((Payment.kind == "bonus") & Payment.paid_on.between(period.start, period.end)).tuples()]
    # A thanks that came with a bonus is that bonus, counted once.
    items += [w.item(cid, day, what, 1.0, kind, talent_id=tid) for cid, tid, day, what, kind in
              Appreciation.select(Appreciation.contract, Appreciation.talent, Appreciation.given_on, Appreciation.what,
                                  Appreciation.kind)
              .where(Appreciation.given_on.between(period.start, period.end)
                     & ((Appreciation.kind == "praise")
                        | ((Appreciation.kind == "thanks_bonus") & Appreciation.payment.is_null()))).tuples()]
    items.sort(key=lambda i: (i.on, i.talent_name))
    value = len(items) / len(running) if running else None
    return Figure("thanks_per_contract", value, items,
                  extra={"contracts": len(running), "bonuses": sum(1 for i in items if i.note == "bonus"),
                         "thanks": sum(1 for i in items if i.note != "bonus")})


def _figures(w: _World, period: Period) -> dict[str, Figure]:
    approval_days, payment_days = _milestones(w, period)
    rehire, tenure = _people(w, period)
    found = [approval_days, payment_days, _hourly(w, period), _answers(w, period), _feedback(w, period), rehire,
             tenure, _ended(w, period), _thanks(w, period)]
    return {f.key: f for f in found}


def record(months: int = DEFAULT_MONTHS, today: dt.date | None = None) -> ClientRecord:
    """The figures for the ``months`` up to ``today``, each with its value in the period before."""
    today = today or dt.date.today()
    period = period_ending(today, months)
    with database.atomic():  # one snapshot for both periods
        world = _World(today)
        now, before = _figures(world, period), _figures(world, period.previous())
    for key, figure in now.items():
        figure.previous = before[key].value
    return ClientRecord(period, now)


# -- the comments I quote ------------------------------------------------------------------------------------------
@dataclass
class Received:
    id: int
    given_on: dt.date
    score: int
    comment: str
    talent_name: str
    given_name: str
    contract_title: str
    quoted: bool


def received_feedback() -> list[Received]:
    """Every feedback they gave me with a comment, newest first, and whether I quote it."""
    rows = (Feedback.select(Feedback, Contract, Talent).join(Contract).join(Talent)
            .where((Feedback.direction == "received") & (Feedback.comment != ""))
            .order_by(Feedback.given_on.desc(), Feedback.id.desc()))
    return [Received(f.id, f.given_on, f.score, f.comment, f.contract.talent.name,
                     f.contract.talent.given_name or f.contract.talent.name.split()[0], f.contract.title, f.quoted)
            for f in rows]


def set_quoted(feedback_ids: list[int] | set[int]) -> int:
    """Quote exactly these received comments in the "working with me" page; returns how many are quoted."""
    ids = sorted({int(i) for i in feedback_ids})
    with database.atomic():
        Feedback.update(quoted=False).where((Feedback.direction == "received")
                                            & (Feedback.quoted == True)).execute()  # noqa: E712
        if ids:
            Feedback.update(quoted=True).where((Feedback.direction == "received") & Feedback.id.in_(ids)).execute()
    return Feedback.select().where(Feedback.quoted == True).count()  # noqa: E712


@dataclass
class WorkingWithMe:
    """What the one-page "working with me" PDF says."""

    name: str
    hours: WorkingHours
    channels: list[tuple[str, int]]  # the channels I write on, most used first, with how many messages
    record: ClientRecord
    quotes: list[Received]


def working_with_me(months: int = DEFAULT_MONTHS, today: dt.date | None = None) -> WorkingWithMe:
    rec = record(months, today)
    since = _start_of(rec.period.start)
    channels = Counter(dict(
        Message.select(Message.channel, fn.COUNT(Message.id)).where(
            (Message.author == "me") & (Message.sent_at >= since) & Message.channel.in_(ANSWERABLE))
        .group_by(Message.channel).tuples()))
    return WorkingWithMe(str(settings.get("user_name") or ""), my_hours(), channels.most_common(), rec,
                         [r for r in received_feedback() if r.quoted])
