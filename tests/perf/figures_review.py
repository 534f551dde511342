"""Review figures: the whole queue on the large folder, against the bare rule queries in sqlite3."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from tests.perf.bench import Figure, open_store, timed


def whole_queue(folder: Path) -> float:
    """What the review screen waits for: every enabled rule, card objects, snoozes and dismissals applied."""
    from talentdesk.services import review_session
    db = open_store(folder)
    try:
        return timed(lambda: review_session.overview(dt.date.today()))
    finally:
        db.close()


def bare_rules(folder: Path) -> float:
    """The same rule queries run bare with sqlite3 and fetched, nothing else."""
    from talentdesk.services import review_rules, settings

    values = dict(settings.DEFAULTS)
    con = sqlite3.connect(folder / "talentdesk.sqlite3")
    try:
        queries = [(rule.sql, review_rules.params(rule, dt.date.today(), values)) for rule in review_rules.RULES]
        return timed(lambda: [con.execute(sql, params).fetchall() for sql, params in queries])
    finally:
        con.close()


FIGURES = [
    Figure("review: compute the whole queue", whole_queue, bare_rules,
           goal="well under a second; within 1.5× of the bare rule queries", team=True),
]
