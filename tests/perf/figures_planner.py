"""Planner figure: one planner query on the large folder (10,000 people), against its bare skill prefilter.

The description asks for two common skills (Python at level 3 or above, and PostgreSQL), 20 hours a week over
the next eight weeks, two hours of overlap and a budget: the people who hold a skill are found in SQL, the
rest (capacity, overlap over the period, rates, reviews, risks, teams of up to three) is worked out for them.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tests.perf.bench import Figure, open_store, timed, within

SKILLS = (("Python", 3), ("PostgreSQL", 1))


def _description():
    from talentdesk.services import planner

    start = dt.date.today() + dt.timedelta(days=7 - dt.date.today().weekday())
    return planner.Description(tuple(planner.SkillNeed(*s) for s in SKILLS), 20, start,
                               start + dt.timedelta(weeks=8, days=-3), 120, 2_000_000, None, "USD", "Benchmark")


def planner_query(folder: Path) -> float:
    """What the planner screen waits for after a pause in typing: the whole ranked answer."""
    from talentdesk.services import planner
    db = open_store(folder)
    try:
        description = _description()
        return timed(lambda: planner.propose(description))
    finally:
        db.close()


def bare_prefilter(folder: Path) -> float:
    """The skill prefilter alone (the skills by name, then their holders), run bare with sqlite3 and fetched."""
    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    try:
        names = [s[0].lower() for s in SKILLS]

        def prefilter() -> list:
            skills = [row[0] for row in con.execute("SELECT id FROM skill WHERE lower(name) IN (?, ?)", names)]
            marks = ", ".join("?" for _ in skills)
            return con.execute("SELECT ts.talent_id, ts.skill_id, ts.level, t.name, t.timezone, "
                               "t.working_hours_start, t.working_hours_end FROM talent_skill ts "
                               f"JOIN talent t ON t.id = ts.talent_id WHERE ts.skill_id IN ({marks}) "
                               "AND t.bench_status NOT IN ('archived', 'do_not_rehire')", skills).fetchall()

        return timed(prefilter)
    finally:
        con.close()


FIGURES = [
    Figure("planner: rank people and teams for a description", planner_query, bare_prefilter,
           goal="under 200 ms", met=within(under_ms=200), team=True),
]
