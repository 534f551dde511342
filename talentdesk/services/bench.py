"""The bench: ordered, filtered talent ids in one SQL query, rows in blocks, one person's detail.

The bench screen asks three things of this module, in the order a big table needs them:

- ``talent_ids(filters, sort_column, order)``: every matching id, sorted, in ONE query. Review score,
  last worked with and last contact are kept per person (``talent_figures``, services/figures.py): a
  look-up each. Spend is a correlated subquery, only written into the query when the sort asks for it,
  so a search keystroke sorted by name stays an FTS lookup plus a sort.
- ``rows(ids)``: the columns of a block of rows about to be painted (a handful of ``IN (…)`` queries).
- ``detail(talent_id)``: everything the detail pane shows for one person.

Working-hours overlap is computed from each zone's UTC offset *today* (zoneinfo, so daylight saving
is right for the day), in SQL for filtering and sorting and in Python for display; both use the same
formula (``overlap_minutes``).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..store import fts
from ..store.db import database
from ..store.models import BENCH_STATUSES, Contract, PrivateReview
from . import availability, exchange, money_figures, relationship, settings, stored, talents, terms
from . import figures as kept
from . import validate as v
from .contracts import REVIEW_CRITERIA, ContractInput
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .money import check_currency, check_minor

# The columns of the bench table, in their default order; each is also a sort key.
COLUMNS = (
    "name", "headline", "skills", "rate", "local_time", "overlap", "free", "score", "spend", "last_worked", "status",
    "favourite",
)
# Status order for sorting: who you work with now first, archived last.
STATUS_ORDER = ("active", "trial", "on_bench", "do_not_rehire", "archived")
BLOCK = 100  # rows fetched per block by the table model
# The bench's spend is the *total cost* figure, by its one definition (money_figures), in the home currency
# at each payment's date (services/exchange.py); the per-currency figures stay in the tooltip.
_COST, _CUR, _JOIN = money_figures.TOTAL_COST_SQL, money_figures.CURRENCY_SQL, money_figures.JOIN_SQL


@dataclass(frozen=True)
class Filters:
    """What the bench shows. Empty ``statuses`` means everyone except the archived."""

    text: str = ""
    skills: tuple[str, ...] = ()  # all must match
    statuses: tuple[str, ...] = ()
    favourite: bool = False
    min_score: float | None = None
    available: bool = False
    min_overlap_hours: float | None = None
    not_contacted_days: int | None = None

    def with_(self, **changes) -> Filters:
        return replace(self, **changes)

    def is_narrowed(self) -> bool:
        """True when anything beyond the default (everyone but the archived) is asked."""
        return self != Filters()

    def is_narrowed_beyond_text(self) -> bool:
        return self.with_(text="") != Filters()


@dataclass
class BenchRow:
    id: int
    name: str
    headline: str
    timezone: str
    working_hours_start: int
    working_hours_end: int
    bench_status: str
    favourite: bool
    available: bool
    skills: list[str] = field(default_factory=list)  # top skills, best first
    rate_minor: int | None = None
    rate_currency: str = ""
    overlap_minutes: int = 0
    score: float | None = None
    reviews: int = 0
    spend: list[tuple[str, int]] = field(default_factory=list)  # (currency, minor), largest first
    home: exchange.HomeFigures | None = None  # the total cost in the home currency (None: no payments)
    last_worked: dt.date | None = None
    working_now: bool = False
    # Free minutes this week and next (services.availability); None: their availability is not set.
    free_minutes: tuple[int | None, int | None] = (None, None)


# -- time zones and overlap ------------------------------------------------------------------------

@lru_cache(maxsize=1024)
def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def offset_minutes(tz_name: str, on: dt.date | None = None) -> int:
    """The zone's UTC offset at local noon on the day (daylight saving as it is that day)."""
    return _offset(tz_name, on or dt.date.today())


@lru_cache(maxsize=4096)
def _offset(tz_name: str, on: dt.date) -> int:
    local_noon = dt.datetime.combine(on, dt.time(12), tzinfo=zone(tz_name))
    return int((local_noon.utcoffset() or dt.timedelta()).total_seconds() // 60)  # never None: it has a zone


def _span(start: int, end: int) -> tuple[int, int]:
    """Working hours as an interval; an end at or before the start runs past midnight."""
    return start, end if end > start else end + 1440


_SHIFTS = (-2880, -1440, 0, 1440, 2880)


def overlap_minutes(mine: tuple[int, int, int], theirs: tuple[int, int, int]) -> int:
    """Minutes of (start, end, utc offset) working day ``theirs`` that fall inside ``mine``."""
    ms, me = _span(mine[0], mine[1])
    ts, te = _span(theirs[0], theirs[1])
    shift = mine[2] - theirs[2]
    return sum(max(0, min(me, te + shift + k) - max(ms, ts + shift + k)) for k in _SHIFTS)


def _overlap_sql(ms: int, me: int, my_off: int) -> str:
    """The same formula as ``overlap_minutes`` over talent t and its zone offset z.off (all ints)."""
    ms, me = _span(ms, me)
    te = "(CASE WHEN t.working_hours_end > t.working_hours_start THEN t.working_hours_end " \
         "ELSE t.working_hours_end + 1440 END)"
    shift = f"({int(my_off)} - coalesce(z.off, 0))"
    terms = [
        f"max(0, min({me}, {te} + {shift} + ({k})) - max({ms}, t.working_hours_start + {shift} + ({k})))"
        for k in _SHIFTS
    ]
    return "(" + " + ".join(terms) + ")"


def my_day() -> tuple[int, int, int]:
    """My working day (start, end in minutes) and my UTC offset today, from the settings."""
    values = settings.all_settings()
    return (int(values["my_working_hours_start"]), int(values["my_working_hours_end"]),
            offset_minutes(values["my_timezone"] or "UTC"))


# -- the ordered ids -------------------------------------------------------------------------------

_STATUS = relationship.bench_status_sql("t")


def _expressions(today: dt.date, mine: tuple[int, int, int], now_utc_minutes: int,
                 home: str = "USD") -> dict[str, str]:
    return {
        "name": "t.name COLLATE NOCASE",
        "headline": "nullif(t.headline, '') COLLATE NOCASE",
        "skills": "(SELECT s.name FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id "
                  "WHERE ts.talent_id = t.id ORDER BY ts.level DESC, s.name LIMIT 1) COLLATE NOCASE",
        "rate": "(SELECT r.amount_minor FROM rate r WHERE r.talent_id = t.id AND r.effective_on <= "
                f"'{today.isoformat()}' ORDER BY r.effective_on DESC, r.id DESC LIMIT 1)",
        "local_time": f"((({int(now_utc_minutes)} + coalesce(z.off, 0)) % 1440 + 1440) % 1440)",
        "overlap": _overlap_sql(*mine),
        # The free hours are worked out per week in Python (services.availability); a sort goes by the hours offered.
        "free": "(SELECT a.hours_per_week FROM availability a WHERE a.talent_id = t.id)",
        # Score, last worked and last contact are kept per person (services/figures.py): joined as kf.
        "score": kept.score_sql("kf"),
        # NULL for nobody paid; a person paid only in currencies without a rate sorts as 0 (as the cell shows)
        "spend": f"(SELECT CASE WHEN count(*) > 0 THEN coalesce(sum({exchange.home_cost_sql(home)}), 0) END "
                 f"FROM payment p {_JOIN} WHERE c.talent_id = t.id)",
        "last_worked": kept.last_worked_sql(today, "kf"),
        "status": f"CASE {_STATUS} " + " ".join(
            f"WHEN '{s}' THEN {i}" for i, s in enumerate(STATUS_ORDER)) + " END",
        "favourite": "t.favourite",
        "last_contact": "kf.last_contact",
    }


def ids_query(filters: Filters, sort_column: str = "name", descending: bool = False,
              today: dt.date | None = None, now: dt.datetime | None = None) -> tuple[str, list]:
    """The one SQL statement (and its parameters) behind ``talent_ids``; public for the benchmark."""
    if sort_column not in COLUMNS:
        raise ValidationError("sort", QT_TRANSLATE_NOOP("errors", "cannot sort by {sort_column!r}."),
                              sort_column=sort_column)
    today = today or dt.date.today()
    now = now or dt.datetime.now(dt.UTC)
    needs_zone = sort_column in ("local_time", "overlap") or filters.min_overlap_hours is not None
    mine = my_day() if needs_zone else (0, 0, 0)
    expr = _expressions(today, mine, now.hour * 60 + now.minute,
                        exchange.home_currency() if sort_column == "spend" else "USD")
    where: list[str] = []
    params: list = []
    cte, cte_params = "", []
    join = " " + kept.join_sql("t", "kf")  # a join no expression reads is left out by the planner
    if needs_zone:
        zones = [row[0] for row in database.obj.execute_sql("SELECT DISTINCT timezone FROM talent")] or ["UTC"]
        cte = "WITH z(name, off) AS (VALUES " + ", ".join("(?, ?)" for _ in zones) + ") "
        for name in zones:
            cte_params += [name, offset_minutes(name, today)]
        join += " LEFT JOIN z ON z.name = t.timezone"
    match = fts.talent_match_sql(v.search(filters.text))
    if match:
        where.append(match[0])
        params += match[1]
    for skill in filters.skills:
        where.append("t.id IN (SELECT ts.talent_id FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id "
                     "WHERE s.name = ?)")
        params.append(skill)
    statuses = [s for s in filters.statuses if s in BENCH_STATUSES]
    if statuses:
        where.append(f"{_STATUS} IN (" + ", ".join("?" for _ in statuses) + ")")
        params += statuses
    else:
        where.append("t.bench_status <> 'archived'")
    if filters.favourite:
        where.append("t.favourite = 1")
    if filters.available:
        where.append("t.available = 1")
    if filters.min_score is not None:
        where.append(f"{expr['score']} >= ?")
        params.append(float(filters.min_score))
    if filters.min_overlap_hours is not None:
        where.append(f"{expr['overlap']} >= ?")
        params.append(round(float(filters.min_overlap_hours) * 60))
    if filters.not_contacted_days is not None:
        cutoff = today - dt.timedelta(days=int(filters.not_contacted_days))
        where.append(f"coalesce({expr['last_contact']}, '') < ?")
        params.append(cutoff.isoformat())
    direction = "DESC" if descending else "ASC"
    order = [f"{expr[sort_column]} {direction} NULLS LAST"]
    if sort_column != "name":
        order.append("t.name COLLATE NOCASE")
    order.append("t.id")
    sql = (cte + "SELECT t.id FROM talent t" + join
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY " + ", ".join(order))
    return sql, cte_params + params


def talent_ids(filters: Filters | None = None, sort_column: str = "name", order: str = "asc") -> list[int]:
    """Every talent id that matches, sorted in SQL. ``order`` is "asc" or "desc"."""
    sql, params = ids_query(filters or Filters(), sort_column, descending=order == "desc")
    return [row[0] for row in database.obj.execute_sql(sql, params)]


@dataclass
class Listing:
    ids: list[int]
    total: int  # everyone in the database, archived included
    skill_names: list[str]  # for the skill filter's suggestions
    first_rows: dict[int, BenchRow] = field(default_factory=dict)  # the rows of the first block, when asked


def listing(filters: Filters | None = None, sort_column: str = "name", order: str = "asc",
            with_first_rows: bool = False) -> Listing:
    """What the bench table needs after a search or a filter change. ``with_first_rows``: also the rows of the
    first block, read in the same visit to the database (the table paints them without asking again)."""
    ids = talent_ids(filters, sort_column, order)
    return Listing(ids, database.obj.execute_sql("SELECT count(*) FROM talent").fetchone()[0], talents.skill_names(),
                   rows(ids[:BLOCK]) if with_first_rows else {})


# -- rows for a block ------------------------------------------------------------------------------

def _marks(ids) -> str:
    return ", ".join("?" for _ in ids)


def block_statements(ids: list[int], today: dt.date) -> dict[str, tuple[str, list]]:
    """The statements behind ``rows``, by what they fetch (public so the benchmark can run them bare)."""
    marks = _marks(ids)
    return {
        "talent": ("SELECT t.id, t.name, t.headline, t.timezone, t.working_hours_start, t.working_hours_end, "
                   f"{_STATUS}, t.favourite, t.available FROM talent t WHERE t.id IN ({marks})", list(ids)),
        "skills": ("SELECT ts.talent_id, s.name FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id "
                   f"WHERE ts.talent_id IN ({marks}) ORDER BY ts.talent_id, ts.level DESC, s.name", list(ids)),
        "rate": ("SELECT talent_id, amount_minor, currency FROM (SELECT r.talent_id, r.amount_minor, r.currency, "
                 "row_number() OVER (PARTITION BY r.talent_id ORDER BY r.effective_on DESC, r.id DESC) AS n "
                 f"FROM rate r WHERE r.talent_id IN ({marks}) AND r.effective_on <= ?) WHERE n = 1",
                 [*ids, today.isoformat()]),
        "score": (f"SELECT kf.talent_id, {kept.score_sql('kf')}, kf.review_count FROM {kept.TABLE} kf "
                  f"WHERE kf.talent_id IN ({marks}) AND kf.review_count > 0", list(ids)),
        "spend": (f"SELECT c.talent_id, {_CUR} AS cur, sum({_COST}) AS total FROM payment p {_JOIN} "
                  f"WHERE c.talent_id IN ({marks}) GROUP BY c.talent_id, cur ORDER BY c.talent_id, total DESC",
                  list(ids)),
        "worked": (f"SELECT kf.talent_id, {kept.last_worked_sql(today, 'kf')}, kf.running > 0 FROM {kept.TABLE} kf "
                   f"WHERE kf.talent_id IN ({marks}) AND (kf.running > 0 OR kf.worked_until IS NOT NULL)", list(ids)),
    }


def rows(ids: list[int], today: dt.date | None = None) -> dict[int, BenchRow]:
    """The columns of the given talent (a block about to be painted), by id."""
    ids = [int(i) for i in ids]
    if not ids:
        return {}
    today = today or dt.date.today()
    mine = my_day()
    statements = block_statements(ids, today)

    def run(name: str):
        return database.obj.execute_sql(*statements[name])

    found: dict[int, BenchRow] = {}
    for (tid, name, headline, tz, start, end, status, fav, available) in run("talent"):
        found[tid] = BenchRow(
            tid, name, headline, tz, start, end, status, bool(fav), bool(available),
            overlap_minutes=overlap_minutes(mine, (start, end, offset_minutes(tz, today))),
        )
    for tid, skill in run("skills"):
        found[tid].skills.append(skill)
    for tid, amount, currency in run("rate"):
        found[tid].rate_minor, found[tid].rate_currency = amount, currency
    for tid, score, count in run("score"):
        found[tid].score, found[tid].reviews = score, count
    for tid, currency, total in run("spend"):
        found[tid].spend.append((currency, total))
    paid = [tid for tid, row in found.items() if row.spend]
    for tid, figures in exchange.for_talents(paid).items():
        found[tid].home = figures
    for tid, last, now in run("worked"):
        found[tid].last_worked = stored.day(last)
        found[tid].working_now = bool(now)
    for tid, free in availability.free_this_week_and_next(list(found), today).items():
        found[tid].free_minutes = free
    return found


# -- one person's detail ---------------------------------------------------------------------------

@dataclass
class ContractLine:
    id: int
    title: str
    kind: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    rate_minor: int
    currency: str
    weekly_limit_hours: int | None


@dataclass
class RateLine:
    effective_on: dt.date
    amount_minor: int
    currency: str
    note: str
    contract_title: str = ""


@dataclass
class ReviewSummary:
    count: int = 0
    overall: float | None = None
    criteria: dict[str, float] = field(default_factory=dict)
    would_rehire: dict[str, int] = field(default_factory=dict)
    recommend: float | None = None
    last_note: str = ""
    last_on: dt.date | None = None
    feedback_given: float | None = None
    feedback_received: float | None = None


@dataclass
class TalentDetail:
    id: int
    data: talents.TalentInput
    overlap_minutes: int
    last_contact: dt.date | None
    contact_due: dt.date | None
    rates: list[RateLine]
    contracts: list[ContractLine]
    reviews: ReviewSummary
    spend: list[tuple[str, int]]  # total cost, as the bench row shows it
    home: exchange.HomeFigures | None
    last_worked: dt.date | None
    working_now: bool
    created_at: dt.datetime | None
    money: money_figures.Figures = field(default_factory=money_figures.Figures)
    status: str = ""  # what the bench shows: relationship.bench_status, derived from the contracts


def _review_summary(talent_id: int) -> ReviewSummary:
    reviews = list(PrivateReview.select().join(Contract).where(Contract.talent == talent_id)
                   .order_by(PrivateReview.reviewed_on.desc(), PrivateReview.id.desc()))
    summary = ReviewSummary(count=len(reviews))
    if reviews:
        summary.criteria = {c: sum(getattr(r, c) for r in reviews) / len(reviews) for c in REVIEW_CRITERIA}
        summary.overall = sum(summary.criteria.values()) / len(REVIEW_CRITERIA)
        for r in reviews:
            summary.would_rehire[r.would_rehire] = summary.would_rehire.get(r.would_rehire, 0) + 1
        summary.recommend = sum(r.recommend for r in reviews) / len(reviews)
        summary.last_note, summary.last_on = reviews[0].notes, reviews[0].reviewed_on
    for direction, score in database.obj.execute_sql(
        "SELECT f.direction, avg(f.score) FROM feedback f JOIN contract c ON c.id = f.contract_id "
        "WHERE c.talent_id = ? GROUP BY f.direction", (talent_id,)
    ):
        setattr(summary, f"feedback_{direction}", score)
    return summary


def detail(talent_id: int, today: dt.date | None = None) -> TalentDetail:
    today = today or dt.date.today()
    data = talents.load_input(talent_id)
    talent = talents.get(talent_id)
    row = rows([talent_id], today)[talent_id]
    contacted = relationship.last_contact(talent_id)
    due = None
    if data.stay_in_touch_days:
        due = relationship.contact_due(contacted, talent.created_at.date(), data.stay_in_touch_days)
    contracts = [
        ContractLine(c.id, c.title, c.kind, c.status, c.start_date, c.end_date, c.rate_minor, c.currency,
                     c.weekly_limit_hours)
        for c in Contract.select().where(Contract.talent == talent_id)
        .order_by(Contract.start_date.desc(nulls="first"), Contract.id.desc())
    ]
    titles = {c.id: c.title for c in contracts}
    rates = [RateLine(r.effective_on, r.amount_minor, r.currency, r.note, titles.get(r.contract_id, ""))
             for r in talents.rate_history(talent_id)]
    return TalentDetail(
        id=talent_id, data=data, overlap_minutes=row.overlap_minutes, last_contact=contacted, contact_due=due,
        rates=rates, contracts=contracts, reviews=_review_summary(talent_id), spend=row.spend, home=row.home,
        last_worked=row.last_worked, working_now=row.working_now, created_at=talent.created_at,
        money=money_figures.for_talent(talent_id),
        status=row.bench_status,
    )


# -- saving from the talent dialog -------------------------------------------------------------------

@dataclass
class NewRate:
    effective_on: dt.date
    amount_minor: int
    currency: str
    note: str = ""


def check_rates(rates: list[NewRate]) -> None:
    for rate in rates:
        v.day(rate.effective_on, "effective date")
        check_minor(rate.amount_minor, "rate")
        check_currency(rate.currency)


def save_talent(talent_id: int | None, data: talents.TalentInput, new_rates: Sequence[NewRate] = (),
                version: int | None = None) -> int:
    """Create or update a person and add new effective-dated rates, all or nothing. ``version``: the one the
    edit form was opened with (a person changed since is refused, see ``talents.update_talent``)."""
    talents.validated(data)
    check_rates(list(new_rates))
    with database.atomic():
        if talent_id is None:
            talent_id = talents.create_talent(data)
        else:
            talents.update_talent(talent_id, data, version=version)
        for rate in new_rates:
            talents.add_rate(talent_id, rate.effective_on, rate.amount_minor, rate.currency, rate.note)
    return talent_id


# -- rehire ------------------------------------------------------------------------------------------

def rehire_template(talent_id: int, today: dt.date | None = None) -> ContractInput:
    """A new contract prefilled from the person's last one: kind, terms, scope.

    One rule for the terms, so they never disagree: the last contract's terms in force at its end (or
    today, while it runs) — unless the person's own rate changed after those terms were set, in the
    same currency, for hourly or retainer work. Then the new contract starts at what they charge now,
    the weekly limit stays (it is what the work needed), and a retainer's weekly payment moves with the
    rate so it buys the same hours (10 h a week at 100 → 120 an hour: 1,000 → 1,200 a week).
    """
    today = today or dt.date.today()
    talent = talents.get(talent_id)
    last = (Contract.select().where(Contract.talent == talent_id)
            .order_by(Contract.start_date.desc(nulls="last"), Contract.id.desc()).first())
    current = talents.current_rate(talent_id, today)
    if last is None:
        return ContractInput(
            talent_id=talent_id, title=f"Work with {talent.name}", kind="hourly",
            rate_minor=current.amount_minor if current else 0,
            currency=current.currency if current else settings.get("default_currency") or "USD",
            start_date=today,
        )
    ended = last.end_date if last.status == "ended" and last.end_date else today
    t = terms.in_force(last.id, ended)
    rate, payment = t.rate_minor, t.weekly_payment_minor
    newer = (current is not None and current.effective_on > t.effective_on and current.currency == last.currency
             and last.kind != "fixed" and current.amount_minor != rate)
    if newer and current is not None:
        if payment and rate:
            payment = round(payment * current.amount_minor / rate)
        rate = current.amount_minor
    return ContractInput(
        talent_id=talent_id, title=last.title, kind=last.kind, rate_minor=rate, currency=last.currency,
        weekly_limit_hours=t.weekly_limit_hours, weekly_payment_minor=payment,
        start_date=today, scope=last.scope, platform=last.platform,
    )


# -- what the talent dialog starts from --------------------------------------------------------------

@dataclass
class Editing:
    data: talents.TalentInput
    rates: list[RateLine]
    skill_names: list[str]
    my_day: tuple[int, int, int]
    default_currency: str


def editing(talent_id: int | None) -> Editing:
    """The form's starting values: the person (or a new one in my time zone), rates, known skills."""
    if talent_id is None:
        data = talents.TalentInput(name="", timezone=settings.get("my_timezone") or "UTC")
        rates: list[RateLine] = []
    else:
        data = talents.load_input(talent_id)
        rates = detail(talent_id).rates
    return Editing(data, rates, talents.skill_names(), my_day(), settings.get("default_currency") or "USD")
