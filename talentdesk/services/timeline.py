"""The feedback timeline: every event of every relationship, computed from the tables.

Nothing is copied: an event is a row of ``contract``, ``feedback``, ``private_review``,
``appreciation``, ``payment`` (bonuses), ``rate``, ``scope_change`` or ``interaction`` seen through one
uniform set of columns. The query is a UNION ALL with one branch per kind of event;
every filter is pushed into each branch (a branch that cannot match is left out), and
pages are read with keyset pagination on ``(day DESC, kind DESC, id DESC)`` so the
thousandth page costs what the first does.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..store.db import database
from ..store.models import INTERACTION_KINDS, Contract, PrivateReview, Talent
from . import labels
from . import validate as v
from .contracts import REVIEW_CRITERIA

PAGE_SIZE = 200

# The kinds of event, in the order the filter offers them.
KINDS = (
    "contract_started",
    "contract_renewed",
    "contract_ended",
    "feedback_given",
    "feedback_received",
    "private_review",
    "checkin",
    "praise",
    "testimonial_asked",
    "testimonial_received",
    "referral",
    "thanks_bonus",
    "bonus",
    "rate_change",
    "scope_change",
    # The person-level log (interaction table), contract or not.
    "message",
    "call",
    "meeting",
    "note",
)
SCORED_KINDS = frozenset({"feedback_given", "feedback_received", "private_review", "checkin"})
APPRECIATION_EVENT_KINDS = ("praise", "testimonial_asked", "testimonial_received", "referral", "thanks_bonus")

_OVERALL = "round((r.skills + r.quality + r.availability + r.deadlines + r.communication + r.cooperation) / 6.0, 2)"


@dataclass(frozen=True)
class _Branch:
    """One arm of the UNION: where a kind of event lives and how its columns are read."""

    kind: str
    source: str
    tables: str
    day: str  # a DATE column ('YYYY-MM-DD' text) or a DATETIME column ('YYYY-MM-DD HH:MM:SS')
    sid: str
    talent: str  # the column to filter people by (chosen so an index serves it)
    where: str = "1 = 1"
    # Typed where a number is missing: PostgreSQL types each arm on its own, and an untyped NULL reads as text.
    score: str = "CAST(NULL AS INTEGER)"
    amount: str = "CAST(NULL AS INTEGER)"
    currency: str = "NULL"
    excerpt: str = "''"
    detail: str = "''"
    change: str = "''"
    contract_id: str = "c.id"
    contract_title: str = "c.title"
    day_is_datetime: bool = False


_CONTRACT = "contract c JOIN talent t ON t.id = c.talent_id"
_ON_CONTRACT = "JOIN contract c ON c.id = {a}.contract_id JOIN talent t ON t.id = c.talent_id"


def _contract_branch(kind: str, day: str, where: str, excerpt: str) -> _Branch:
    return _Branch(kind, "contract", _CONTRACT, day, "c.id", "c.talent_id", where=f"{day} IS NOT NULL AND {where}",
                   amount="c.rate_minor", currency="c.currency", excerpt=excerpt, detail="c.kind")


def _appreciation_branch(kind: str) -> _Branch:
    return _Branch(
        kind, "appreciation",
        "appreciation a JOIN talent t ON t.id = a.talent_id LEFT JOIN contract c ON c.id = a.contract_id "
        "LEFT JOIN payment p ON p.id = a.payment_id",
        "a.given_on", "a.id", "a.talent_id", where=f"a.kind = '{kind}'",
        amount="p.amount_minor", currency="p.currency", excerpt="a.what",
    )


# A unary "+" keeps SQLite from choosing the status or renewal index over the date index
# these arms are read along (newest first, a page at a time).
BRANCHES: tuple[_Branch, ...] = (
    _contract_branch("contract_started", "c.start_date",
                     "+c.status IN ('active', 'paused', 'ended') AND +c.renews_id IS NULL", "c.scope"),
    _contract_branch("contract_renewed", "c.start_date",
                     "+c.status IN ('active', 'paused', 'ended') AND +c.renews_id IS NOT NULL", "c.scope"),
    _contract_branch("contract_ended", "c.end_date", "+c.status = 'ended'", "c.end_reason"),
    _Branch("feedback_given", "feedback", "feedback f " + _ON_CONTRACT.format(a="f"), "f.given_on", "f.id",
            "c.talent_id", where="f.direction = 'given'", score="f.score", excerpt="f.comment"),
    _Branch("feedback_received", "feedback", "feedback f " + _ON_CONTRACT.format(a="f"), "f.given_on", "f.id",
            "c.talent_id", where="f.direction = 'received'", score="f.score", excerpt="f.comment"),
    _Branch("private_review", "private_review", "private_review r " + _ON_CONTRACT.format(a="r"), "r.reviewed_on",
            "r.id", "c.talent_id", where="r.is_checkin = 0", score=_OVERALL,
            excerpt="CASE WHEN r.notes <> '' THEN r.notes ELSE r.end_reason END", detail="r.would_rehire"),
    _Branch("checkin", "private_review", "private_review r " + _ON_CONTRACT.format(a="r"), "r.reviewed_on",
            "r.id", "c.talent_id", where="r.is_checkin = 1", score=_OVERALL, excerpt="r.notes", detail="r.would_rehire"),
    *(_appreciation_branch(kind) for kind in APPRECIATION_EVENT_KINDS),
    # A bonus paid as thanks shows once, as the appreciation that carries its amount.
    _Branch("bonus", "payment", "payment p " + _ON_CONTRACT.format(a="p"), "p.paid_on", "p.id", "c.talent_id",
            where="p.kind = 'bonus' AND NOT EXISTS (SELECT 1 FROM appreciation a WHERE a.payment_id = p.id)",
            amount="p.amount_minor", currency="p.currency", excerpt="p.description"),
    _Branch("rate_change", "rate", "rate r JOIN talent t ON t.id = r.talent_id LEFT JOIN contract c ON c.id = r.contract_id",
            "r.effective_on", "r.id", "r.talent_id", amount="r.amount_minor", currency="r.currency", excerpt="r.note",
            # A rate agreed for a contract that has not started yet is not history yet.
            where="r.effective_on <= date('now', 'localtime')"),
    _Branch("scope_change", "scope_change", "scope_change s " + _ON_CONTRACT.format(a="s"), "s.happened_at", "s.id",
            "c.talent_id", amount="s.cost_delta_minor", currency="s.currency", excerpt="s.reason", detail="s.kind",
            change="CASE WHEN s.before <> '' OR s.after <> '' THEN s.before || ' → ' || s.after ELSE '' END",
            day_is_datetime=True),
    *(_Branch(kind, "interaction", "interaction i JOIN talent t ON t.id = i.talent_id", "i.happened_at", "i.id",
              "i.talent_id", where=f"i.kind = '{kind}'", excerpt="i.body",
              detail="coalesce(CAST(i.duration_minutes AS TEXT), '')", contract_id="CAST(NULL AS INTEGER)",
              contract_title="NULL",
              day_is_datetime=True)
      for kind in INTERACTION_KINDS),
)
assert tuple(b.kind for b in BRANCHES) == KINDS

COLUMNS = ("kind", "day", "sid", "talent_id", "talent_name", "contract_id", "contract_title", "score",
           "amount_minor", "currency", "excerpt", "detail", "change", "source", "made_by")


@dataclass(frozen=True)
class TimelineFilter:
    """What the timeline shows. ``None`` and empty values mean "no restriction"."""

    talent_ids: tuple[int, ...] | None = None
    kinds: frozenset[str] | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    max_score: float | None = None  # "reviews of 3 or less": only scored events at or below
    min_score: float | None = None
    text: str = ""

    def branches(self) -> list[_Branch]:
        chosen = [b for b in BRANCHES if self.kinds is None or b.kind in self.kinds]
        if self.max_score is not None or self.min_score is not None:
            chosen = [b for b in chosen if b.kind in SCORED_KINDS]
        if self.talent_ids is not None and not self.talent_ids:
            return []
        return chosen


@dataclass(frozen=True)
class Cursor:
    """The key of the last event read: the next page starts strictly after it."""

    day: str
    kind: str
    sid: int


@dataclass(frozen=True)
class Event:
    kind: str
    day: dt.date
    sid: int
    talent_id: int
    talent_name: str
    contract_id: int | None
    contract_title: str
    score: float | None
    amount_minor: int | None
    currency: str
    excerpt: str
    detail: str = ""
    change: str = ""
    source: str = ""
    made_by: str = ""  # who entered it (empty: not known, for rows older than schema step 11)
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.day.isoformat(), self.kind, self.sid)

    @property
    def month(self) -> tuple[int, int]:
        return self.day.year, self.day.month


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _next_day(day: str) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()


def _branch_sql(b: _Branch, flt: TimelineFilter, after: Cursor | None, with_limit: int | None) -> tuple[str, list]:
    """One arm with its filters. ``with_limit`` orders and limits the arm on its own, so
    SQLite can read it backwards along an index and stop early."""
    day = f"substr({b.day}, 1, 10)" if b.day_is_datetime else b.day
    where, params = [b.where], list[object]()
    if flt.talent_ids:
        where.append(f"{b.talent} IN ({', '.join('?' * len(flt.talent_ids))})")
        params.extend(flt.talent_ids)
    # Ranges compare the raw column ('YYYY-MM-DD' sorts before 'YYYY-MM-DD hh:mm:ss'), so indexes serve them.
    if flt.since:
        where.append(f"{b.day} >= ?")
        params.append(flt.since.isoformat())
    if flt.until:
        where.append(f"{b.day} < ?")
        params.append(_next_day(flt.until.isoformat()))
    if flt.max_score is not None:
        where.append(f"{b.score} <= ?")
        params.append(flt.max_score)
    if flt.min_score is not None:
        where.append(f"{b.score} >= ?")
        params.append(flt.min_score)
    if flt.text.strip():
        pattern = _like(v.search(flt.text).strip())
        where.append(f"({b.excerpt} LIKE ? ESCAPE '\\' OR t.name LIKE ? ESCAPE '\\' "
                     f"OR coalesce({b.contract_title}, '') LIKE ? ESCAPE '\\' OR {b.change} LIKE ? ESCAPE '\\')")
        params.extend([pattern] * 4)
    if after is not None:
        # (day, kind, id) < (after.day, after.kind, after.sid), with this arm's kind a constant.
        if b.kind < after.kind:
            where.append(f"{b.day} < ?")
            params.append(_next_day(after.day))
        elif b.kind == after.kind:
            where.append(f"({b.day} < ? OR ({b.day} >= ? AND {b.day} < ? AND {b.sid} < ?))")
            params.extend([after.day, after.day, _next_day(after.day), after.sid])
        else:
            where.append(f"{b.day} < ?")
            params.append(after.day)
    columns = (f"'{b.kind}' AS kind, {day} AS day, {b.sid} AS sid, t.id AS talent_id, t.name AS talent_name, "
               f"{b.contract_id} AS contract_id, {b.contract_title} AS contract_title, {b.score} AS score, "
               f"{b.amount} AS amount_minor, {b.currency} AS currency, {b.excerpt} AS excerpt, "
               f"{b.detail} AS detail, {b.change} AS change, '{b.source}' AS source, "
               f"{b.sid.split('.')[0]}.made_by AS made_by")
    if with_limit is None:
        return f"SELECT {columns} FROM {b.tables} WHERE {' AND '.join(where)}", params
    # Choose the page's rows on the event's own table (joined only when a filter needs the
    # joins), then join the names for those few rows.
    base, alias = b.tables.split(" JOIN ")[0].split(" LEFT")[0], b.sid.split(".")[0]
    needs_join = bool(flt.text.strip()) or (bool(flt.talent_ids) and not b.talent.startswith(alias + "."))
    inner = (f"SELECT {b.sid} AS rid FROM {b.tables if needs_join else base} WHERE {' AND '.join(where)} "
             f"ORDER BY {day} DESC, {b.sid} DESC LIMIT {int(with_limit)}")
    sql = f"SELECT {columns} FROM ({inner}) AS k CROSS JOIN {b.tables} WHERE {b.sid} = k.rid"
    return sql, params


def page_sql(flt: TimelineFilter, after: Cursor | None = None, limit: int = PAGE_SIZE) -> tuple[str, list]:
    """The SQL of one page (for the model, the benchmark's bare floor and EXPLAIN)."""
    parts, params = [], []
    for b in flt.branches():
        sql, branch_params = _branch_sql(b, flt, after, with_limit=limit)
        parts.append(sql)
        params.extend(branch_params)
    if not parts:
        return "SELECT NULL WHERE 0", []
    sql = " UNION ALL ".join(parts) + f" ORDER BY day DESC, kind DESC, sid DESC LIMIT {int(limit)}"
    return sql, params


def _event(row) -> Event:
    values = dict(zip(COLUMNS, row, strict=True))
    values["day"] = dt.date.fromisoformat(values["day"])
    values["contract_title"] = values["contract_title"] or ""
    values["currency"] = values["currency"] or ""
    values["excerpt"] = values["excerpt"] or ""
    values["detail"] = values["detail"] or ""
    values["change"] = values["change"] or ""
    table = labels.ledger_values(values["detail"]) if values["kind"] == "scope_change" else None
    if table is not None and " → " in values["change"]:
        # A pause records the statuses ("active → paused"): people read their words, on screen and in files.
        values["change"] = " → ".join(labels.english(table, side) for side in values["change"].split(" → "))
    return Event(**values)


def page(flt: TimelineFilter, after: Cursor | None = None, limit: int = PAGE_SIZE) -> list[Event]:
    """Up to ``limit`` events, newest first, strictly after ``after``."""
    sql, params = page_sql(flt, after, limit)
    if not flt.branches():
        return []
    return [_event(row) for row in database.obj.execute_sql(sql, params)]


def iter_events(flt: TimelineFilter, batch: int = 2000) -> Iterator[Event]:
    """Every event the filter shows, newest first (for export)."""
    after = None
    while True:
        rows = page(flt, after, batch)
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1].cursor


def count(flt: TimelineFilter) -> int:
    """How many events the filter shows (the sum of each arm's count)."""
    parts, params = [], []
    for b in flt.branches():
        sql, branch_params = _branch_sql(b, flt, None, with_limit=None)
        parts.append(f"SELECT count(*) AS n FROM ({sql})")
        params.extend(branch_params)
    if not parts:
        return 0
    row = database.obj.execute_sql(f"SELECT sum(n) FROM ({' UNION ALL '.join(parts)})", params).fetchone()
    return int(row[0] or 0)


def explain(flt: TimelineFilter, after: Cursor | None = None) -> list[str]:
    sql, params = page_sql(flt, after)
    return [row[-1] for row in database.obj.execute_sql(f"EXPLAIN QUERY PLAN {sql}", params)]


# -- people and the trend chart ----------------------------------------------------


@dataclass(frozen=True)
class Person:
    id: int
    name: str


def people(ids: list[int] | tuple[int, ...]) -> list[Person]:
    """Names of the given people, in name order."""
    if not ids:
        return []
    rows = Talent.select(Talent.id, Talent.name).where(Talent.id.in_(list(ids))).order_by(Talent.name)
    return [Person(t.id, t.name) for t in rows]


def all_people() -> list[Person]:
    """Everyone, by name (for a chooser with type-ahead)."""
    return [Person(i, n) for i, n in database.obj.execute_sql("SELECT id, name FROM talent ORDER BY name, id")]


def find_people(text: str, limit: int = 50) -> list[Person]:
    """People whose name (or skills, notes) match typed text; everyone by name when empty."""
    from . import talents

    query = Talent.select(Talent.id, Talent.name)
    ids = talents.search_ids(text)
    if ids is not None:
        query = query.where(Talent.id.in_(ids[:5000]) | Talent.name.contains(text.strip()))
    return [Person(t.id, t.name) for t in query.order_by(Talent.name).limit(limit)]


@dataclass(frozen=True)
class ReviewPoint:
    """One private review or check-in of a person, as the chart draws it."""

    id: int
    day: dt.date
    contract_id: int
    contract_title: str
    is_checkin: bool
    scores: dict[str, int]
    overall: float
    would_rehire: str
    recommend: int
    notes: str


@dataclass(frozen=True)
class ContractSpan:
    id: int
    title: str
    start: dt.date | None
    end: dt.date | None
    status: str


@dataclass(frozen=True)
class PersonTrend:
    talent_id: int
    name: str
    reviews: list[ReviewPoint]
    contracts: list[ContractSpan]
    feedback: list[tuple[dt.date, int, str]]  # public feedback given: day, score, comment


def person_trend(talent_id: int) -> PersonTrend:
    """A person's review scores over time, with their contracts for the boundaries."""
    talent = Talent.get_or_none(Talent.id == talent_id)
    reviews = []
    query = (PrivateReview.select(PrivateReview, Contract.id, Contract.title).join(Contract)
             .where(Contract.talent == talent_id).order_by(PrivateReview.reviewed_on, PrivateReview.id))
    for r in query:
        scores = {name: getattr(r, name) for name in REVIEW_CRITERIA}
        reviews.append(ReviewPoint(r.id, r.reviewed_on, r.contract_id, r.contract.title, r.is_checkin, scores,
                                   round(sum(scores.values()) / len(scores), 2), r.would_rehire, r.recommend,
                                   r.notes or r.end_reason))
    spans = [ContractSpan(c.id, c.title, c.start_date, c.end_date, c.status)
             for c in Contract.select().where(Contract.talent == talent_id).order_by(Contract.start_date, Contract.id)]
    # Read as SQL, the day is its stored text ('YYYY-MM-DD').
    feedback = [(dt.date.fromisoformat(d), s, text) for d, s, text in database.obj.execute_sql(
        "SELECT f.given_on, f.score, f.comment FROM feedback f JOIN contract c ON c.id = f.contract_id "
        "WHERE c.talent_id = ? AND f.direction = 'given' ORDER BY f.given_on", (talent_id,))]
    return PersonTrend(talent_id, talent.name if talent else "", reviews, spans, feedback)


@dataclass(frozen=True)
class MonthScore:
    month: str  # 'YYYY-MM'
    average: float
    reviews: int


def monthly_scores(talent_ids: tuple[int, ...] | None = None, months: int = 24,
                   today: dt.date | None = None, min_score: float | None = None,
                   max_score: float | None = None) -> list[MonthScore]:
    """The average overall score of private reviews and check-ins per month, and how many there were; with
    a score range (the timeline's score filter), only the reviews whose overall score falls inside it."""
    today = today or dt.date.today()
    start_index = today.year * 12 + today.month - 1 - (months - 1)
    first = dt.date(start_index // 12, start_index % 12 + 1, 1)
    params: list = [first.isoformat()]
    where = "r.reviewed_on >= ?"
    if talent_ids:
        where += f" AND c.talent_id IN ({', '.join('?' * len(talent_ids))})"
        params.extend(talent_ids)
    if min_score is not None:
        where += f" AND {_OVERALL} >= ?"
        params.append(min_score)
    if max_score is not None:
        where += f" AND {_OVERALL} <= ?"
        params.append(max_score)
    rows = database.obj.execute_sql(
        f"SELECT substr(r.reviewed_on, 1, 7) AS month, avg({_OVERALL}), count(*) FROM private_review r "
        f"JOIN contract c ON c.id = r.contract_id WHERE {where} GROUP BY month ORDER BY month", params).fetchall()
    found = {m: (avg, n) for m, avg, n in rows}
    result = []
    for index in range(start_index, today.year * 12 + today.month):
        key = f"{index // 12:04d}-{index % 12 + 1:02d}"
        avg, n = found.get(key, (None, 0))
        result.append(MonthScore(key, round(avg, 2) if avg is not None else 0.0, n))
    return result
