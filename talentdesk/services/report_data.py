"""What the PDF summaries show, gathered with SQL aggregates (no Qt, no layout).

One function per report returns a plain dataclass; talentdesk/reports/ lays it out.
Money is integer minor units with its currency; several currencies are kept apart
(``Totals`` maps currency code to minor units), never added together.
Money spent is always one of the figures of services/money_figures.py (paid to them, fees,
refunds, total cost), computed there.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from peewee import fn

from ..store.db import database
from ..store.models import PAYMENT_KINDS, Contract, ReviewDecision, ReviewSession, Talent
from . import (
    corrections,
    exchange,
    milestones,
    money_figures,
    relationship,
    retainer,
    scope,
    settings,
    stored,
    terms,
    weeks,
    workroom,
)
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound
from .scope import LedgerRow

Totals = dict[str, int]  # currency -> minor units

REVIEW_AVERAGE = "(r.skills + r.quality + r.availability + r.deadlines + r.communication + r.cooperation) / 6.0"


def _rows(sql: str, params: tuple = ()) -> list[tuple]:
    return database.obj.execute_sql(sql, params).fetchall()


def author() -> str:
    """Who the PDFs name as their author: the client's own name from the settings, if given."""
    return (settings.get("user_name") or "").strip()


def date_format() -> str:
    """How the PDFs write dates: the "date_format" setting (formatting.DATE_PATTERNS)."""
    return settings.get("date_format") or "system"


def paper_setting() -> str:
    """"A4", "Letter", or "" (follow the locale)."""
    value = (settings.get("paper_size") or "").strip()
    return value if value in ("A4", "Letter") else ""


# -- person dossier -------------------------------------------------------------------------------

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
    money: money_figures.Figures = field(default_factory=money_figures.Figures)


@dataclass
class RateLine:
    effective_on: dt.date | None
    amount_minor: int
    currency: str
    note: str
    contract_title: str  # "" for the person's own rate


@dataclass
class ReviewPoint:
    day: dt.date
    average: float  # mean of the six 1–5 criteria
    would_rehire: str
    is_checkin: bool
    contract_title: str


@dataclass
class Comment:
    day: dt.date | None
    source: str  # feedback_given, feedback_received, private_review
    score: float | None
    text: str
    contract_title: str


@dataclass
class AppreciationLine:
    day: dt.date | None
    kind: str
    what: str
    contract_title: str


@dataclass
class GrantLine:
    system: str
    kind: str  # access, equipment
    tier: str
    granted_on: dt.date | None
    revoke_by: dt.date | None
    contract_title: str
    contract_status: str


@dataclass
class DocumentLine:
    name: str
    document_kind: str
    shared_on: dt.date | None
    expires_on: dt.date | None
    contract_title: str


@dataclass
class Dossier:
    talent_id: int
    name: str
    headline: str
    bench_status: str
    status_reason: str
    favourite: bool
    location: str
    timezone: str
    languages: str
    working_hours: tuple[int, int]  # minutes after local midnight
    preferred_channel: str
    response_hours: int | None
    stay_in_touch_days: int | None
    last_contact: dt.date | None  # relationship.last_contact: the bench and the review queue name the same day
    notes: str
    skills: list[tuple[str, int]]
    channels: list[tuple[str, str, str, bool]]  # kind, label, value, preferred
    contracts: list[ContractLine]
    money: money_figures.Figures  # everything with this person
    spend_by_year: dict[int, money_figures.Figures]  # oldest year first
    rates: list[RateLine]
    reviews: list[ReviewPoint]
    feedback_given: list[tuple[dt.date, int]]  # public stars given, oldest first
    comments: list[Comment]
    appreciations: list[AppreciationLine]
    open_grants: list[GrantLine]
    documents: list[DocumentLine]
    engagements: list[EngagementLine] = field(default_factory=list)  # chains of renewals, oldest first
    home: exchange.HomeFigures | None = None  # everything with this person in the home currency


LATEST_COMMENTS = 6


@dataclass
class EngagementLine:
    titles: list[str]  # the contracts of the chain, oldest first
    total: workroom.Engagement


def _engagements(talent_id: int) -> list[EngagementLine]:
    """Each chain of renewals of the person once (a contract on its own is not an engagement total)."""
    seen: set[int] = set()
    lines = []
    for (cid,) in _rows("SELECT id FROM contract WHERE talent_id = ? ORDER BY coalesce(start_date, date(created_at)), id",
                        (talent_id,)):
        if cid in seen:
            continue
        links = workroom.chain(cid)
        seen.update(link.id for link in links)
        if links:
            lines.append(EngagementLine([link.title for link in links], workroom.engagement(cid)))
    return lines


def dossier(talent_id: int) -> Dossier:
    t = Talent.get_or_none(Talent.id == talent_id)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No talent with id {talent_id}; it may have been deleted."),
                       talent_id=talent_id)
    contracts: dict[int, ContractLine] = {}
    for row in _rows(
        "SELECT id, title, kind, status, start_date, end_date, rate_minor, currency FROM contract "
        "WHERE talent_id = ? ORDER BY start_date IS NULL, start_date DESC, id DESC", (talent_id,)):
        contracts[row[0]] = ContractLine(row[0], row[1], row[2], row[3], stored.day(row[4]), stored.day(row[5]), row[6], row[7])
    for cid, figures in money_figures.for_contracts(list(contracts)).items():
        contracts[cid].money = figures
    total = money_figures.for_talent(talent_id)
    by_year = money_figures.by_year(talent_id=talent_id)
    rates = [RateLine(stored.day(d), a, cur, note, title or "") for d, a, cur, note, title in _rows(
        "SELECT r.effective_on, r.amount_minor, r.currency, r.note, c.title FROM rate r "
        "LEFT JOIN contract c ON c.id = r.contract_id WHERE r.talent_id = ? ORDER BY r.effective_on DESC, r.id DESC",
        (talent_id,))]
    # The trend's points are placed by their day: one whose day no longer reads (see stored) is left out.
    reviews = [ReviewPoint(day, float(avg), rehire, bool(checkin), title) for d, avg, rehire, checkin, title in _rows(
        f"SELECT r.reviewed_on, {REVIEW_AVERAGE}, r.would_rehire, r.is_checkin, c.title FROM private_review r "
        "JOIN contract c ON c.id = r.contract_id WHERE c.talent_id = ? ORDER BY r.reviewed_on, r.id", (talent_id,))
        if (day := stored.day(d))]
    feedback_given = [(day, s) for d, s in _rows(
        "SELECT f.given_on, f.score FROM feedback f JOIN contract c ON c.id = f.contract_id "
        "WHERE c.talent_id = ? AND f.direction = 'given' ORDER BY f.given_on, f.id", (talent_id,))
        if (day := stored.day(d))]
    comments = [Comment(stored.day(d), src, score, text, title) for d, src, score, text, title in _rows(
        "SELECT * FROM ("
        " SELECT f.given_on AS d, 'feedback_' || f.direction, f.score, f.comment, c.title FROM feedback f"
        " JOIN contract c ON c.id = f.contract_id WHERE c.talent_id = ? AND trim(f.comment) != ''"
        f" UNION ALL SELECT r.reviewed_on AS d, 'private_review', {REVIEW_AVERAGE}, r.notes, c.title"
        " FROM private_review r JOIN contract c ON c.id = r.contract_id"
        " WHERE c.talent_id = ? AND trim(r.notes) != '') ORDER BY d DESC LIMIT ?",
        (talent_id, talent_id, LATEST_COMMENTS))]
    appreciations = [AppreciationLine(stored.day(d), kind, what, title or "") for d, kind, what, title in _rows(
        "SELECT a.given_on, a.kind, a.what, c.title FROM appreciation a LEFT JOIN contract c ON c.id = a.contract_id "
        "WHERE a.talent_id = ? ORDER BY a.given_on DESC, a.id DESC", (talent_id,))]
    grants = [GrantLine(system, kind, tier or "", stored.day(g), stored.day(rb), title, status)
              for system, kind, tier, g, rb, title, status in _rows(
        "SELECT g.system, g.kind, g.tier, g.granted_on, g.revoke_by, c.title, c.status FROM access_grant g "
        "JOIN contract c ON c.id = g.contract_id WHERE c.talent_id = ? AND g.revoked_on IS NULL "
        "ORDER BY g.granted_on, g.id", (talent_id,))]
    documents = [DocumentLine(name, kind, stored.day(s), stored.day(e), title or "") for name, kind, s, e, title in _rows(
        "SELECT a.name, a.document_kind, a.shared_on, a.expires_on, c.title FROM attachment a "
        "LEFT JOIN contract c ON c.id = a.contract_id "
        "WHERE a.talent_id = ? AND (a.document_kind != 'other' OR a.expires_on IS NOT NULL) "
        "ORDER BY a.expires_on IS NULL, a.expires_on, a.shared_on DESC", (talent_id,))]
    skills = [(name, level) for name, level in _rows(
        "SELECT s.name, ts.level FROM talent_skill ts JOIN skill s ON s.id = ts.skill_id "
        "WHERE ts.talent_id = ? ORDER BY ts.level DESC, s.name", (talent_id,))]
    channels = [(k, label, value, bool(pref)) for k, label, value, pref in _rows(
        "SELECT kind, label, value, preferred FROM contact_channel WHERE talent_id = ? ORDER BY preferred DESC, id",
        (talent_id,))]
    return Dossier(
        talent_id=t.id, name=t.name, headline=t.headline, bench_status=relationship.bench_statuses([t.id])[t.id],
        status_reason=t.status_reason, favourite=t.favourite, location=t.location, timezone=t.timezone,
        languages=t.languages, working_hours=(t.working_hours_start, t.working_hours_end),
        preferred_channel=t.preferred_channel, response_hours=t.response_hours,
        stay_in_touch_days=t.stay_in_touch_days, last_contact=relationship.last_contact(t.id), notes=t.notes,
        skills=skills, channels=channels, contracts=list(contracts.values()), money=total, spend_by_year=by_year,
        rates=rates,
        reviews=reviews, feedback_given=feedback_given, comments=comments, appreciations=appreciations,
        open_grants=grants, documents=documents, engagements=_engagements(talent_id),
        home=exchange.for_talent(talent_id),
    )


# -- contract summary -----------------------------------------------------------------------------

@dataclass
class FileLine:
    name: str
    direction: str
    shared_on: dt.date | None
    sha256: str
    size: int
    sensitivity: str


@dataclass
class FeedbackLine:
    direction: str
    score: int
    comment: str
    given_on: dt.date | None


@dataclass
class PrivateReviewLine:
    reviewed_on: dt.date | None
    is_checkin: bool
    scores: dict[str, int]  # criterion -> 1..5
    would_rehire: str
    recommend: int
    end_reason: str
    notes: str


@dataclass
class OffboardingLine:
    kind: str
    label: str
    done_on: dt.date | None


@dataclass
class ContractSummary:
    contract_id: int
    title: str
    talent_name: str
    kind: str
    status: str
    rate_minor: int
    currency: str
    weekly_limit_hours: int | None
    weekly_payment_minor: int | None
    start_date: dt.date | None
    end_date: dt.date | None
    scope: str
    is_test_project: bool
    test_decision: str | None
    platform: str
    external_id: str
    renews_title: str
    end_reason: str
    original_budget_minor: int | None
    scope_changes: list[LedgerRow]  # oldest first (a field here is named scope: the class is imported by name)
    change_total_minor: int  # sum of the cost deltas in the contract's currency
    money: money_figures.Figures
    milestones: list[milestones.MilestoneRow]
    weekly_hours: list[tuple[dt.date, int]]  # Monday of the week, minutes logged
    weekly_limits: list[int | None]  # the limit in force each of those weeks, in minutes (None: unlimited)
    terms_history: list[terms.Terms]  # oldest first; the last one in force today is rate_minor etc.
    scheduled: list[terms.Change]
    budget: workroom.Budget
    utilisation: list[retainer.Usage]  # a retainer: this week, the last 4 and 12 weeks
    payments_by_kind: list[tuple[str, str, int, int]]  # kind, currency, count, total
    files: list[FileLine]
    feedback: list[FeedbackLine]
    private_reviews: list[PrivateReviewLine]
    grants: list[GrantLine]
    offboarding: list[OffboardingLine]
    corrections: list[corrections.CorrectionRow] = field(default_factory=list)  # payments' audit trail, oldest first

    @property
    def current_budget_minor(self) -> int | None:
        return self.budget.current_minor

    @property
    def overrun_minor(self) -> int | None:
        """How far the contract is over its original budget (``workroom.budget`` defines it)."""
        return self.budget.overrun_minor


def contract_summary(contract_id: int, today: dt.date | None = None) -> ContractSummary:
    today = today or dt.date.today()
    c = Contract.get_or_none(Contract.id == contract_id)
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No contract with id {contract_id}; it may have been deleted."),
                       contract_id=contract_id)
    schedule = terms.Schedule.of(c.id)
    now = schedule.on(today)
    changes = list(reversed(scope.ledger(contract_id)))
    change_total = sum(ch.cost_delta_minor for ch in changes if ch.currency == c.currency)
    by_kind = [(kind, currency, n, minor)
               for currency, kind, n, minor in money_figures.kind_sums("p.contract_id = ?", (contract_id,))]
    by_kind.sort(key=lambda row: (PAYMENT_KINDS.index(row[0]), row[1]))
    milestone_rows = milestones.for_contract(contract_id)
    weekly = [(day, minutes) for week, minutes in _rows(
        f"SELECT {weeks.week_start_sql('day')} AS week, sum(minutes) FROM work_log "
        "WHERE contract_id = ? GROUP BY week ORDER BY week", (contract_id,))
        if (day := stored.day(week))]  # a week is placed by its day: hours whose day no longer reads are left out
    limits = [schedule.for_week(week, today).limit_minutes for week, _ in weekly]
    files = [FileLine(name, d, stored.day(s), sha, size, sens) for name, d, s, sha, size, sens in _rows(
        "SELECT name, direction, shared_on, sha256, size, sensitivity FROM attachment "
        "WHERE contract_id = ? ORDER BY shared_on, id", (contract_id,))]
    feedback = [FeedbackLine(d, s, text, stored.day(on)) for d, s, text, on in _rows(
        "SELECT direction, score, comment, given_on FROM feedback WHERE contract_id = ? ORDER BY direction DESC",
        (contract_id,))]
    reviews = []
    for row in _rows(
        "SELECT reviewed_on, is_checkin, skills, quality, availability, deadlines, communication, cooperation, "
        "would_rehire, recommend, end_reason, notes FROM private_review WHERE contract_id = ? "
        "ORDER BY reviewed_on, id", (contract_id,)):
        names = ("skills", "quality", "availability", "deadlines", "communication", "cooperation")
        reviews.append(PrivateReviewLine(stored.day(row[0]), bool(row[1]), dict(zip(names, row[2:8], strict=True)),
                                         row[8], row[9], row[10], row[11]))
    grants = [GrantLine(system, kind, tier or "", stored.day(g), stored.day(rb), c.title, c.status)
              for system, kind, tier, g, rb in _rows(
        "SELECT system, kind, tier, granted_on, revoke_by FROM access_grant "
        "WHERE contract_id = ? AND revoked_on IS NULL ORDER BY granted_on, id", (contract_id,))]
    offboarding = [OffboardingLine(kind, label, stored.day(done)) for kind, label, done in _rows(
        "SELECT kind, label, done_on FROM offboarding_item WHERE contract_id = ? ORDER BY position, id",
        (contract_id,))]
    return ContractSummary(
        contract_id=c.id, title=c.title, talent_name=c.talent.name, kind=c.kind, status=c.status,
        rate_minor=now.rate_minor, currency=c.currency, weekly_limit_hours=now.weekly_limit_hours,
        weekly_payment_minor=now.weekly_payment_minor, start_date=c.start_date, end_date=c.end_date, scope=c.scope,
        is_test_project=c.is_test_project, test_decision=c.test_decision, platform=c.platform,
        external_id=c.external_id, renews_title=c.renews.title if c.renews_id else "", end_reason=c.end_reason,
        original_budget_minor=c.original_budget_minor, scope_changes=changes, change_total_minor=change_total,
        money=money_figures.for_contract(contract_id), milestones=milestone_rows, weekly_hours=weekly,
        weekly_limits=limits, terms_history=schedule.rows, scheduled=schedule.scheduled(today),
        budget=workroom.budget(c.id), utilisation=retainer.utilisation(c.id, today) if c.kind == "retainer" else [],
        payments_by_kind=by_kind, files=files,
        feedback=feedback, private_reviews=reviews, grants=grants, offboarding=offboarding,
        corrections=list(reversed(corrections.for_contract(contract_id))),
    )


# -- review session -------------------------------------------------------------------------------

@dataclass
class DecisionLine:
    rule: str
    subject: str
    talent_name: str
    contract_title: str
    reason: str
    decision: str  # done, snoozed, dismissed, acted
    action: str
    note: str
    decided_at: dt.datetime | None


@dataclass
class ReviewSessionSummary:
    session_id: int
    started_at: dt.datetime
    ended_at: dt.datetime | None
    note: str
    decisions: list[DecisionLine]

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for line in self.decisions:
            out[line.decision] = out.get(line.decision, 0) + 1
        return out


def latest_session_id() -> int:
    """The latest session that decided something (a session opened and left empty tells nothing)."""
    decided = ReviewDecision.select(ReviewDecision.id).where(ReviewDecision.session == ReviewSession.id)
    newest = (ReviewSession.started_at.desc(), ReviewSession.id.desc())
    session = (ReviewSession.select(ReviewSession.id).where(fn.EXISTS(decided)).order_by(*newest).first()
               or ReviewSession.select(ReviewSession.id).order_by(*newest).first())
    if session is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There are no review sessions yet; run a review session first."))
    return session.id


def review_session(session_id: int | None = None) -> ReviewSessionSummary:
    if session_id is None:
        session_id = latest_session_id()
    s = ReviewSession.get_or_none(ReviewSession.id == session_id)
    if s is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No review session with id {session_id}."), session_id=session_id)
    decisions = [DecisionLine(rule, subject, name or "", title or "", reason, decision, action, note, stored.instant(at))
                 for rule, subject, name, title, reason, decision, action, note, at in _rows(
        "SELECT d.rule, d.subject, t.name, c.title, d.reason, d.decision, d.action, d.note, d.decided_at "
        "FROM review_decision d LEFT JOIN talent t ON t.id = d.talent_id "
        "LEFT JOIN contract c ON c.id = d.contract_id WHERE d.session_id = ? ORDER BY d.decided_at, d.id",
        (session_id,))]
    return ReviewSessionSummary(s.id, s.started_at, s.ended_at, s.note, decisions)


# -- yearly spend ---------------------------------------------------------------------------------

@dataclass
class PersonSpend:
    talent_id: int
    name: str
    by_kind: dict[str, int]
    total: int


@dataclass
class CurrencySpend:
    currency: str
    kinds: list[str]  # the payment kinds that occur, in PAYMENT_KINDS order
    people: list[PersonSpend]  # biggest spend first
    months: list[dict[str, int]]  # 12 entries, kind -> minor
    kind_totals: dict[str, int]
    money: money_figures.Figures  # paid to them, fees, refunds in this currency

    @property
    def total(self) -> int:
        """The year's total cost in this currency."""
        return self.money.total.get(self.currency, 0)

    def month_total(self, month: int) -> int:
        """The total cost of one month (1–12)."""
        return sum(money_figures.signed(kind, minor) for kind, minor in self.months[month - 1].items())


@dataclass
class HomeSpend:
    """The year in the home currency, each payment at the rate of its date (services/exchange.py)."""

    figures: exchange.HomeFigures
    people: list[tuple[int, str, exchange.HomeFigures]]  # biggest total cost first
    months: list[int]  # 12 entries: the total cost of each month
    # Per currency the payments were made in: their total cost in it, and in the home currency (the payments
    # with a rate; None when none of them has one).
    by_currency: list[tuple[str, int, int | None]] = field(default_factory=list)


@dataclass
class YearlySpend:
    year: int
    currencies: list[CurrencySpend]  # the largest payment count first
    home: HomeSpend | None = None  # None when nothing was paid


def _home_spend(start: dt.date, end: dt.date) -> HomeSpend | None:
    lines = exchange.between(start, end)
    if not lines:
        return None
    home = lines[0].converted.home
    names = dict(_rows("SELECT id, name FROM talent WHERE id IN (SELECT c.talent_id FROM payment p JOIN contract c "
                       "ON c.id = p.contract_id WHERE p.paid_on >= ? AND p.paid_on < ?)",
                       (start.isoformat(), end.isoformat())))
    per_person: dict[int, list[exchange.PaymentLine]] = defaultdict(list)
    months = [0] * 12
    for line in lines:
        per_person[line.talent_id].append(line)
        months[line.paid_on.month - 1] += line.signed_home or 0
    people = [(tid, names.get(tid, ""), exchange.figures_of(mine, home)) for tid, mine in per_person.items()]
    people.sort(key=lambda p: (-p[2].total, p[1].casefold()))
    original: dict[str, int] = defaultdict(int)
    converted: dict[str, int | None] = {}
    for line in lines:
        currency = line.converted.currency
        original[currency] += money_figures.signed(line.kind, line.converted.amount_minor)
        if line.signed_home is not None:
            converted[currency] = (converted.get(currency) or 0) + line.signed_home
        else:
            converted.setdefault(currency, None)
    by_currency = [(cur, original[cur], converted[cur]) for cur in sorted(original, key=lambda c: (c != home, c))]
    return HomeSpend(exchange.figures_of(lines, home), people, months, by_currency)


def spend_years() -> list[int]:
    return [int(y) for (y,) in _rows("SELECT DISTINCT strftime('%Y', paid_on) AS y FROM payment ORDER BY y DESC")]


def yearly_spend(year: int) -> YearlySpend:
    year = v.year(year)
    start, end = dt.date(year, 1, 1).isoformat(), dt.date(year + 1, 1, 1).isoformat()
    rows = money_figures.kind_sums(
        "p.paid_on >= ? AND p.paid_on < ?", (start, end),
        ("c.talent_id", "(SELECT name FROM talent WHERE id = c.talent_id)", "CAST(strftime('%m', p.paid_on) AS INTEGER)"))
    per_currency: dict[str, dict] = defaultdict(lambda: {
        "people": {}, "months": [defaultdict(int) for _ in range(12)], "kinds": defaultdict(int), "n": 0,
        "money": money_figures.Figures()})
    for tid, name, month, currency, kind, n, minor in rows:
        bucket = per_currency[currency]
        person = bucket["people"].setdefault(tid, PersonSpend(tid, name, defaultdict(int), 0))
        person.by_kind[kind] += minor
        person.total += money_figures.signed(kind, minor)  # the person's total cost
        bucket["months"][month - 1][kind] += minor
        bucket["kinds"][kind] += minor
        bucket["money"].add(currency, kind, minor)
        bucket["n"] += n
    currencies = []
    for currency, bucket in sorted(per_currency.items(), key=lambda item: (-item[1]["n"], item[0])):
        kinds = [k for k in PAYMENT_KINDS if k in bucket["kinds"]]
        people = sorted(bucket["people"].values(), key=lambda p: (-p.total, p.name.casefold()))
        for p in people:
            p.by_kind = dict(p.by_kind)
        currencies.append(CurrencySpend(
            currency=currency, kinds=kinds, people=people, months=[dict(m) for m in bucket["months"]],
            kind_totals=dict(bucket["kinds"]), money=bucket["money"]))
    return YearlySpend(year, currencies, _home_spend(dt.date(year, 1, 1), dt.date(year + 1, 1, 1)))


# -- small look-ups for file names ----------------------------------------------------------------

def talent_name(talent_id: int) -> str:
    t = Talent.get_or_none(Talent.id == talent_id)
    if t is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No talent with id {talent_id}; it may have been deleted."),
                       talent_id=talent_id)
    return t.name


def contract_names(contract_id: int) -> tuple[str, str]:
    """The person a contract is with, and its title."""
    c = Contract.select(Contract.title, Talent.name).join(Talent).where(Contract.id == contract_id).tuples().first()
    if c is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No contract with id {contract_id}; it may have been deleted."),
                       contract_id=contract_id)
    return c[1], c[0]


def session_day(session_id: int | None) -> str:
    """The ISO day a review session started (the latest session when None)."""
    s = ReviewSession.get_or_none(ReviewSession.id == (session_id if session_id is not None else latest_session_id()))
    if s is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No review session with id {session_id}."), session_id=session_id)
    return s.started_at.date().isoformat()
