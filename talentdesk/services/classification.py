"""The classification check: does a contractor look like an employee?

A questionnaire per contract (who sets the hours and the place, who supplies
the equipment, exclusive, open-ended, written contract, core business) is
combined with signals read from the data (equipment in the access register,
tenure and weekly hours from the work log, no agreement among the files). Each
signal weighs some points; the total gives low / medium / high, with the
reasons and what to change. Guidance, never legal advice.

Every signal is written twice, as SQL over the columns of ``SIGNALS_SQL`` (so
the review rule filters in one query) and as a Python predicate over the same
names (for the questionnaire dialog's live answer); a test keeps them equal.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..store.db import database
from ..store.models import ClassificationAnswer, Contract, utcnow
from . import contracts, stored
from . import validate as v

DISCLAIMER = (
    "This check is guidance to help you spot risk, not legal advice. The rules differ by country; "
    "ask a lawyer or an accountant where you and the contractor live."
)
PARTIES = ("me", "talent", "shared")
QUESTIONS = ("sets_hours", "sets_place", "equipment_by", "exclusive", "open_ended", "written_contract", "core_business")
MEDIUM, HIGH = 3, 6
OFFER_AFTER_DAYS = 182  # a contract running six months is offered the check…
OFFER_MINUTES_A_WEEK = 30 * 60  # …and so is one averaging 30 hours a week or more
LONG_TENURE_DAYS = 365
FULL_TIME_MINUTES_A_WEEK = 30 * 60
WINDOW_WEEKS = 12


@dataclass(frozen=True)
class Signal:
    code: str
    points: int
    sql: str  # over the columns of SIGNALS_SQL
    test: Callable[[dict], bool]
    reason: str
    advice: str


def _full_time(f: dict) -> bool:
    return (f.get("tenure_days") or 0) >= LONG_TENURE_DAYS and (f.get("minutes_window") or 0) >= (
        FULL_TIME_MINUTES_A_WEEK * WINDOW_WEEKS)


SIGNALS: tuple[Signal, ...] = (
    Signal("hours_me", 2, "sets_hours = 'me'", lambda f: f.get("sets_hours") == "me",
           "You set their working hours.", "Agree on outcomes and deadlines; let them choose when they work."),
    Signal("hours_shared", 1, "sets_hours = 'shared'", lambda f: f.get("sets_hours") == "shared",
           "You and they set the working hours together.", "Keep fixed hours to the overlap you truly need."),
    Signal("place_me", 2, "sets_place = 'me'", lambda f: f.get("sets_place") == "me",
           "You decide where they work.", "Let them work from a place of their choosing."),
    Signal("place_shared", 1, "sets_place = 'shared'", lambda f: f.get("sets_place") == "shared",
           "Where they work is partly your decision.", "Limit required on-site days to what the work needs."),
    Signal("equipment_me", 2, "(equipment_by = 'me' OR equipment_lent)",
           lambda f: f.get("equipment_by") == "me" or bool(f.get("equipment_lent")),
           "You supply their equipment (or the access register lists equipment lent).",
           "Let them use their own tools; recover equipment you lent."),
    Signal("equipment_shared", 1, "(equipment_by = 'shared' AND NOT equipment_lent)",
           lambda f: f.get("equipment_by") == "shared" and not f.get("equipment_lent"),
           "You supply part of their equipment.", "Keep supplied equipment to what security requires."),
    Signal("exclusive", 2, "exclusive = 1", lambda f: bool(f.get("exclusive")),
           "They may not work for other clients.", "Drop the exclusivity, or limit it to direct competitors."),
    Signal("open_ended", 1, "(open_ended = 1 OR (no_end_date AND tenure_days >= 365))",
           lambda f: bool(f.get("open_ended")) or (bool(f.get("no_end_date")) and (f.get("tenure_days") or 0) >= 365),
           "The engagement is open-ended.", "Give the contract an end date or a defined deliverable."),
    Signal("no_written", 2, "written_contract = 0", lambda f: f.get("written_contract") in (0, False),
           "There is no written contract.", "Sign a written contract that describes an independent engagement."),
    Signal("no_agreement_file", 1, "(written_contract IS NULL AND NOT has_agreement AND platform = '')",
           lambda f: f.get("written_contract") is None and not f.get("has_agreement") and not f.get("platform"),
           "No agreement is among this contract's or this person's files, and it is not through a marketplace.",
           "Store the signed agreement with the contract's files (or, for a framework agreement, the person's)."),
    Signal("core_business", 1, "core_business = 1", lambda f: bool(f.get("core_business")),
           "The work is the core of your business.", "Scope the work as a project with its own deliverables."),
    Signal("long_full_time", 2, f"(tenure_days >= {LONG_TENURE_DAYS} AND minutes_window >= "
           f"{FULL_TIME_MINUTES_A_WEEK * WINDOW_WEEKS})", _full_time,
           "More than a year at 30 or more hours a week.", "Reduce the weekly hours or bring the engagement to an end."),
)

# The columns each signal reads, one row per contract ``c`` (joined to its answers ``ca``). "+a.contract_id" keeps
# the planner off the contract_id index for a person's own files: "contract_id IS NULL" looked selective, and
# on the large folder that plan read every person-level file once per running contract (12 s of the queue).
SIGNALS_SQL = f"""
    ca.sets_hours AS sets_hours, ca.sets_place AS sets_place, ca.equipment_by AS equipment_by,
    ca.exclusive AS exclusive, ca.open_ended AS open_ended, ca.written_contract AS written_contract,
    ca.core_business AS core_business, c.platform AS platform, c.end_date IS NULL AS no_end_date,
    EXISTS (SELECT 1 FROM access_grant g WHERE g.contract_id = c.id AND g.kind = 'equipment'
            AND g.revoked_on IS NULL) AS equipment_lent,
    CAST(julianday(:today) - julianday(coalesce(c.start_date, :today)) AS INTEGER) AS tenure_days,
    (SELECT coalesce(sum(w.minutes), 0) FROM work_log w WHERE w.contract_id = c.id
       AND w.day > date(:today, '-{WINDOW_WEEKS * 7} days') AND w.day <= :today) AS minutes_window,
    (EXISTS (SELECT 1 FROM attachment a WHERE a.contract_id = c.id AND a.document_kind = 'agreement')
     OR EXISTS (SELECT 1 FROM attachment a WHERE a.talent_id = c.talent_id AND +a.contract_id IS NULL
                AND a.document_kind = 'agreement' AND (a.expires_on IS NULL OR a.expires_on >= :today)))
      AS has_agreement,
    (SELECT coalesce(sum(w.minutes), 0) FROM work_log w WHERE w.contract_id = c.id AND w.day <= :today)
      AS minutes_total
"""


def offer_sql() -> str:
    """Whether to offer the check for a contract never checked: six months running, or 30 h a week on average."""
    return (f"(NOT answered AND (tenure_days >= {OFFER_AFTER_DAYS} OR "
            f"minutes_total * 7 >= {OFFER_MINUTES_A_WEEK} * max(tenure_days, 7)))")


def points_sql() -> str:
    """The total points as one SQL expression over the SIGNALS_SQL columns."""
    return " + ".join(f"(CASE WHEN {s.sql} THEN {s.points} ELSE 0 END)" for s in SIGNALS)


def codes_sql() -> str:
    """The codes of the signals that apply, as a comma-separated SQL string."""
    parts = " || ".join(f"(CASE WHEN {s.sql} THEN '{s.code},' ELSE '' END)" for s in SIGNALS)
    return f"rtrim({parts}, ',')"


def level_of(points: int) -> str:
    return "high" if points >= HIGH else "medium" if points >= MEDIUM else "low"


@dataclass
class Assessment:
    level: str
    points: int
    codes: list[str] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        return [BY_CODE[c].reason for c in self.codes]

    @property
    def advice(self) -> list[str]:
        return [BY_CODE[c].advice for c in self.codes]


BY_CODE = {s.code: s for s in SIGNALS}


def assess(facts: dict) -> Assessment:
    """Level, points and the signals that apply, from answers and data signals in one dict."""
    codes = [s.code for s in SIGNALS if s.test(facts)]
    points = sum(BY_CODE[c].points for c in codes)
    return Assessment(level_of(points), points, codes)


# -- the questionnaire ---------------------------------------------------------------------

@dataclass
class Answers:
    sets_hours: str = "talent"
    sets_place: str = "talent"
    equipment_by: str = "talent"
    exclusive: bool = False
    open_ended: bool = False
    written_contract: bool = True
    core_business: bool = False


def data_signals(contract_id: int, today: dt.date | None = None) -> dict:
    """What the data says about one contract, and the saved answers (None when never answered)."""
    contracts.get(contract_id)
    today = today or dt.date.today()
    cursor = database.obj.execute_sql(
        f"SELECT {SIGNALS_SQL} FROM contract c LEFT JOIN classification_answer ca ON ca.contract_id = c.id "
        "WHERE c.id = :id", {"today": today.isoformat(), "id": contract_id})
    names = [d[0] for d in cursor.description]
    facts = dict(zip(names, cursor.fetchone(), strict=True))
    facts["answered"] = facts["sets_hours"] is not None
    return facts


def load_answers(contract_id: int) -> Answers | None:
    row = ClassificationAnswer.get_or_none(ClassificationAnswer.contract == contract_id)
    if row is None:
        return None
    return Answers(**{q: getattr(row, q) for q in QUESTIONS})


def combine(answers: Answers | None, signals: dict) -> dict:
    """Answers (when given) over the data signals: what ``assess`` reads."""
    facts = dict(signals)
    if answers is not None:
        facts.update({q: getattr(answers, q) for q in QUESTIONS})
    return facts


@dataclass(frozen=True)
class Result:
    """The outcome of the last check of a contract, as kept when its answers were saved."""

    contract_id: int
    contract_title: str
    level: str
    points: int
    checked_on: dt.date


def last_result(contract_id: int) -> Result | None:
    row = (ClassificationAnswer.select(ClassificationAnswer, Contract.title).join(Contract)
           .where((ClassificationAnswer.contract == contract_id) & ClassificationAnswer.checked_on.is_null(False))
           .first())
    if row is None:
        return None
    return Result(contract_id, row.contract.title, row.risk_level, row.risk_points, row.checked_on)


def results_for_person(talent_id: int) -> list[Result]:
    """The kept results of the person's contracts, newest check first."""
    rows = (ClassificationAnswer.select(ClassificationAnswer, Contract).join(Contract)
            .where((Contract.talent == talent_id) & ClassificationAnswer.checked_on.is_null(False))
            .order_by(ClassificationAnswer.checked_on.desc(), Contract.id.desc()))
    return [Result(r.contract.id, r.contract.title, r.risk_level, r.risk_points, r.checked_on) for r in rows]


def latest_for_people(talent_ids: list[int]) -> dict[int, Result]:
    """Each person's newest kept result (the first of ``results_for_person``), for many people in one query
    per block of ids (the planner asks it of everyone it ranks)."""
    found: dict[int, Result] = {}
    for chunk in stored.chunks(list(talent_ids)):
        # Plain SQL with one mark per id: building the IN list through the query builder cost more than the query.
        rows = database.obj.execute_sql(
            "SELECT c.talent_id, a.contract_id, c.title, a.risk_level, a.risk_points, a.checked_on "
            "FROM classification_answer a JOIN contract c ON c.id = a.contract_id "
            f"WHERE c.talent_id IN ({stored.marks(chunk)}) AND a.checked_on IS NOT NULL "
            "ORDER BY a.checked_on, c.id", chunk)
        for talent, contract_id, title, level, points, checked in rows:  # the newest check comes last
            if (day := stored.day(checked)) is not None:  # a stored day that no longer reads is no result
                found[talent] = Result(contract_id, title, level, points, day)
    return found


def contract_to_check(talent_id: int) -> tuple[int, str] | None:
    """The contract the check from a person's page is about: their latest running one, else their latest."""
    query = (Contract.select(Contract.id, Contract.title).where(Contract.talent == talent_id)
             .order_by(Contract.status.in_(("active", "paused")).desc(), Contract.start_date.desc(nulls="LAST"),
                       Contract.id.desc()).tuples())
    return query.first()


def save_answers(contract_id: int, answers: Answers, today: dt.date | None = None) -> Result:
    """Keep the answers and the result they give today (with the day): shown until the next check."""
    today = today or dt.date.today()
    values: dict[str, Any] = {
        "sets_hours": v.choice(answers.sets_hours, PARTIES, "who sets the hours"),
        "sets_place": v.choice(answers.sets_place, PARTIES, "who sets the place"),
        "equipment_by": v.choice(answers.equipment_by, PARTIES, "who supplies the equipment"),
        "exclusive": bool(answers.exclusive),
        "open_ended": bool(answers.open_ended),
        "written_contract": bool(answers.written_contract),
        "core_business": bool(answers.core_business),
        "updated_at": utcnow(),
    }
    with database.atomic():
        contract = contracts.get(contract_id)
        kept = Answers(**{q: values[q] for q in QUESTIONS})  # the result of what is stored, not of the input
        result = assess(combine(kept, data_signals(contract_id, today)))
        values.update(risk_level=result.level, risk_points=result.points, checked_on=today)
        ClassificationAnswer.insert(contract=contract_id, **values).on_conflict(
            conflict_target=[ClassificationAnswer.contract], update=values).execute()
    return Result(contract_id, contract.title, result.level, result.points, today)
