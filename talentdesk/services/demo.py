"""Deterministic demo data: a believable solo client's bench, or a stress test.

``generate()`` first plans the world in memory (people, their contracts, how the
terms moved), then writes it table by table in large batches. Everything comes
from one ``random.Random(seed)`` and every date is counted from ``today``, so the
same seed and day always give the same database, UUIDs included.

The plan is built the way the review queue will read it: some contracts end
soon, some ended days ago with no feedback, some weeks run over the weekly limit,
some access is still open after the work ended. Those situations are picked
with a floor, so even the small demo shows every kind of card.

The parts live in ``services/demodata``: the cast and the words in
``vocabulary``, the plan in ``people``, ``timeline``, ``terms`` and ``changes``,
and one module per group of tables for the writing.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from peewee import SqliteDatabase

from ..store.models import ALL_MODELS
from ..store.schema import open_database, refresh_statistics
from .demodata.access import write_access_and_offboarding, write_classification
from .demodata.availability import write_availability
from .demodata.documents import write_files
from .demodata.ledger import write_hours_and_money, write_payments_in_dollars
from .demodata.messages import write_messages
from .demodata.people import plan_people
from .demodata.rates import write_money_extras
from .demodata.records import write_contracts, write_people
from .demodata.reviews import write_appreciation, write_feedback_and_reviews
from .demodata.sessions import write_review_sessions
from .demodata.terms import plan_terms_and_changes
from .demodata.timeline import place_situations, plan_contracts
from .demodata.world import Run, Scale

Progress = Callable[[str, float], None]

SCALES: dict[str, Scale] = {
    "small": Scale(talents=40, contracts=120, messages=3_200, busiest_messages=420, work_logs=700,
                   review_sessions=3, decisions_per_session=(4, 8), history_years=5, shared_files=False,
                   batch=20_000),
    "large": Scale(talents=10_000, contracts=30_000, messages=1_000_000, busiest_messages=50_000,
                   work_logs=300_000, review_sessions=40, decisions_per_session=(8, 20), history_years=6,
                   shared_files=True, batch=50_000),
}


def _plan(run: Run) -> None:
    plan_people(run)
    plan_contracts(run)
    place_situations(run)
    plan_terms_and_changes(run)


_STEPS: tuple[tuple[str, float, Callable[[Run], None]], ...] = (
    ("Planning people and contracts", 0.03, _plan),
    ("Writing people", 0.03, write_people),
    ("Writing contracts", 0.04, write_contracts),
    ("Writing hours and payments", 0.22, write_hours_and_money),
    ("Writing messages", 0.56, write_messages),
    ("Writing files", 0.04, write_files),
    ("Writing feedback and reviews", 0.03, write_feedback_and_reviews),
    ("Writing appreciation", 0.01, write_appreciation),
    ("Writing access and offboarding", 0.02, write_access_and_offboarding),
    ("Writing classification answers", 0.01, write_classification),
    ("Writing review sessions", 0.01, write_review_sessions),
    ("Writing payments in dollars", 0.0, write_payments_in_dollars),
    ("Writing exchange rates and tax forms", 0.0, write_money_extras),
    ("Writing availability", 0.0, write_availability),
)


class _Report:
    """Turns step-by-step progress into one fraction for the caller's progress bar."""

    def __init__(self, callback: Progress | None):
        self.callback = callback
        self.finished = 0.0
        self.label = ""
        self.share = 0.0

    def begin(self, label: str, share: float) -> None:
        self.finished += self.share
        self.label, self.share = label, share
        self.within(0.0)

    def within(self, fraction: float) -> None:
        if self.callback is not None:
            self.callback(self.label, min(1.0, self.finished + self.share * fraction))

    def finish(self) -> None:
        if self.callback is not None:
            self.callback("Done", 1.0)


def table_counts(db: SqliteDatabase) -> dict[str, int]:
    """Rows per table, by table name."""
    return {
        model._meta.table_name: db.execute_sql(f'SELECT COUNT(*) FROM "{model._meta.table_name}"').fetchone()[0]
        for model in ALL_MODELS
    }


def generate(
    data_dir: Path,
    scale: str = "small",
    seed: int = 7,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> dict[str, int]:
    """Fill an empty data folder with demo data; returns the number of rows per table.

    ``progress(label, fraction)`` is called as the work goes on, fraction from 0 to 1.
    The database is closed when done; open it with ``open_database`` to use it.

    A new (or empty) folder is written aside, under a hidden name beside it, and renamed into
    place when whole: a full disk or a kill leaves no half-written data folder under its name.
    A folder that already holds files (the open, empty folder the first-run page fills) is
    filled where it is.
    """
    if scale not in SCALES:
        raise ValueError(f"Unknown demo scale {scale!r}; choose one of: {', '.join(SCALES)}.")
    data_dir = Path(data_dir)
    if data_dir.exists() and any(data_dir.iterdir()):
        return _fill(data_dir, scale, seed, today, progress)
    aside = data_dir.with_name(f".{data_dir.name}.partial-{os.getpid()}")
    shutil.rmtree(aside, ignore_errors=True)
    try:
        counts = _fill(aside, scale, seed, today, progress)
        if data_dir.exists():
            data_dir.rmdir()  # empty, checked above
        aside.rename(data_dir)
    except BaseException:
        shutil.rmtree(aside, ignore_errors=True)
        raise
    return counts


def _fill(data_dir: Path, scale: str, seed: int, today: dt.date | None, progress: Progress | None) -> dict[str, int]:
    db = open_database(data_dir)
    try:
        if db.execute_sql('SELECT EXISTS (SELECT 1 FROM "talent")').fetchone()[0]:
            raise ValueError(f"{data_dir} already holds data; demo data goes into an empty data folder.")
        report = _Report(progress)
        run = Run(db, SCALES[scale], seed, today or dt.date.today(), data_dir, report.within)
        for label, share, step in _STEPS:
            report.begin(label, share)
            step(run)
            run.rows.flush()
        refresh_statistics(db)
        counts = table_counts(db)
    finally:
        db.close()  # the last connection to close folds the write-ahead log back into the file
    report.finish()
    return counts
