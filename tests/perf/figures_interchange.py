"""Interchange figures: importing a 100,000-row Upwork transaction history.

The floor is the same file read with the bare ``csv`` module and its rows inserted with one
``executemany`` into a plain SQLite table: what any import must at least do.
"""
from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sqlite3
import tempfile
from functools import lru_cache
from pathlib import Path

from tests.perf.bench import Figure, timed, within

ROWS = 100_000
HEADER = ["Date", "Transaction ID", "Transaction type", "Transaction summary", "Transaction summary details",
          "Description 1", "Description 2", "Description 3", "Agency team", "Freelancer", "Client team",
          "Account name", "PO", "Ref ID", "Amount $", "Amount in local currency", "Currency", "Current balance $",
          "Payment method"]


@lru_cache(maxsize=1)
def workspace() -> Path:
    """A 100,000-row file (hourly invoices and their fees, 200 people) and an empty database with the people."""
    root = Path(tempfile.mkdtemp(prefix="talentdesk-bench-import-"))
    rng = random.Random(7)
    people = [f"Person {i:03d}" for i in range(200)]
    day = dt.date(2020, 1, 6)
    with open(root / "history.csv", "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        ref = 10_000_000
        for index in range(ROWS // 2):
            ref += 2
            day += dt.timedelta(days=1 if index % 40 == 0 else 0)
            hours, minutes = rng.randint(1, 40), rng.choice((0, 15, 20, 30, 45))
            amount = (hours + minutes / 60) * 25
            start = day - dt.timedelta(days=7)
            summary = (f"Invoice for {start:%m/%d/%Y}-{day - dt.timedelta(days=1):%m/%d/%Y} - "
                       f"{hours}:{minutes:02d} hrs @ $25.00/hr")
            writer.writerow([f"{day:%b} {day.day}, {day.year}", ref, "Hourly", summary, "", "Work", "", "", "",
                             rng.choice(people), "Acme", "Jo", "", "", f"-{amount:.2f}", f"-{amount:.2f}", "USD",
                             "0.00", ""])
            writer.writerow([f"{day:%b} {day.day}, {day.year}", ref + 1, "Service Fee", f"Service Fee for Ref ID {ref}",
                             "", "", "", "", "", "", "Acme", "Jo", "", ref, f"-{amount * 0.05:.2f}",
                             f"-{amount * 0.05:.2f}", "USD", "0.00", ""])
    from talentdesk.services import talents
    from talentdesk.store.schema import open_database

    db = open_database(root / "empty")
    for name in people:
        talents.create_talent(talents.TalentInput(name=name))
    db.close()
    return root


def _fresh_copy() -> Path:
    root = workspace()
    target = root / "run"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(root / "empty", target)
    return target


def import_history(_folder: Path) -> float:
    from talentdesk.interchange import upwork
    from talentdesk.store.schema import open_database

    target = _fresh_copy()
    db = open_database(target)
    try:
        seconds = timed(lambda: upwork.import_file(workspace() / "history.csv"))
        assert db.execute_sql("SELECT count(*) FROM payment").fetchone()[0] == ROWS
    finally:
        db.close()
    return seconds


def bare_csv_executemany(_folder: Path) -> float:
    path = workspace() / "bare.sqlite3"
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (" + ", ".join(f"c{i}" for i in range(len(HEADER))) + ")")

    def work():
        with open(workspace() / "history.csv", encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            next(reader)
            with con:
                con.executemany(f"INSERT INTO t VALUES ({','.join('?' * len(HEADER))})", reader)

    seconds = timed(work)
    con.close()
    return seconds


FIGURES = [
    Figure("import a 100,000-row Upwork transaction history", import_history, bare_csv_executemany,
           goal="≤ 4× a bare csv read + executemany", met=within(ratio=4)),
]
