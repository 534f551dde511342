"""Per-person figures as kept in ``talent_figures`` (store/figures.py): what the bench's filters and sorts, the review
queue and the detail pane read, and the check that the kept figures equal the rules worked out afresh.

- **Last contact**: the rule is ``relationship.last_contact_sql`` (``CONTACT_SOURCES``); kept as ``last_contact``.
- **Score**: the mean of every private review's criteria (check-ins included), 1–5; kept as the reviews'
  points (the sum of their criteria, an integer, so adding one never rounds) and their count.
- **Last worked**: today for a person with a running (active or paused) contract, else the end (or the start,
  when no end was recorded) of their latest contract that ran. Today moves, so what is kept is the latest such
  day of the contracts that ended and how many run; the query says today.

The triggers keep the table in step with every write; ``rebuild`` (Tools → Check database) works every person
out again by the rules and says whose figures had drifted.
"""
from __future__ import annotations

import datetime as dt

from ..store import figures as kept
from ..store.db import database
from . import relationship
from .contracts import REVIEW_CRITERIA

TABLE = kept.TABLE


def join_sql(t: str = "t", f: str = "kf") -> str:
    """The join that gives the person ``t`` their kept figures as ``f`` (one primary-key look-up)."""
    return f"LEFT JOIN {TABLE} {f} ON {f}.talent_id = {t}.id"


def score_sql(f: str = "kf") -> str:
    """The score (1–5, NULL when never reviewed) from the kept figures ``f``."""
    return f"({f}.review_points / ({float(len(REVIEW_CRITERIA))} * nullif({f}.review_count, 0)))"


def last_worked_sql(today: dt.date, f: str = "kf") -> str:
    """The last day worked with them ('YYYY-MM-DD', NULL when never) from the kept figures ``f``."""
    day = today.isoformat()
    return f"(CASE WHEN {f}.running > 0 THEN max('{day}', coalesce({f}.worked_until, '')) ELSE {f}.worked_until END)"


def score(points: int, count: int) -> float | None:
    """The same rule as ``score_sql`` for figures already read."""
    return points / (len(REVIEW_CRITERIA) * count) if count else None


# -- the check ------------------------------------------------------------------------------------------

def _normal(row) -> tuple:
    last, points, count, until, running = row
    return (str(last) if last is not None else None, int(points or 0), int(count or 0),
            str(until) if until is not None else None, int(running or 0))


def worked_out() -> dict[int, tuple]:
    """Every person's figures worked out afresh by the rules (``kept.COLUMNS`` after the id)."""
    sql = kept.figures_select(relationship.last_contact_sql("t"))
    return {row[0]: _normal(row[1:]) for row in database.obj.execute_sql(sql)}


def stored() -> dict[int, tuple]:
    """Every person's figures as kept."""
    columns = ", ".join(kept.COLUMNS)
    return {row[0]: _normal(row[1:]) for row in database.obj.execute_sql(f"SELECT {columns} FROM {TABLE}")}  # noqa: S608


def _compared() -> tuple[dict[int, tuple], list[int]]:
    fresh, have = worked_out(), stored()
    return fresh, sorted(tid for tid in fresh.keys() | have.keys() if fresh.get(tid) != have.get(tid))


def drifted() -> list[int]:
    """The people whose kept figures differ from the rules (a row missing or left over counts)."""
    return _compared()[1]


def rebuild() -> list[int]:
    """Work every person's figures out again by the rules and keep them; returns whose had drifted."""
    with database.atomic():
        fresh, wrong = _compared()
        columns = ", ".join(kept.COLUMNS)
        marks = ", ".join("?" for _ in kept.COLUMNS)
        for tid in wrong:
            database.obj.execute_sql(f"DELETE FROM {TABLE} WHERE talent_id = ?", (tid,))  # noqa: S608
            if tid in fresh:
                database.obj.execute_sql(f"INSERT INTO {TABLE} ({columns}) VALUES ({marks})",  # noqa: S608
                                         (tid, *fresh[tid]))
    return wrong
