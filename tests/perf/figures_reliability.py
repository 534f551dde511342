"""Reliability figures: the quick check every start pays, the daily backup, and the full check."""
from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from tests.perf.bench import Figure, timed, within

DB = "talentdesk.sqlite3"


def quick_check(folder: Path) -> float:
    from talentdesk.store.integrity import ensure_sound

    return timed(lambda: ensure_sound(folder / DB))


def bare_open(folder: Path) -> float:
    def work():
        con = sqlite3.connect(folder / DB)
        con.execute("SELECT count(*) FROM talent").fetchone()
        con.close()

    return timed(work)


def daily_backup(folder: Path) -> float:
    from talentdesk.store import backups

    with tempfile.TemporaryDirectory() as temp:
        return timed(lambda: backups.daily_backup(folder / DB, Path(temp)))


def file_copy(folder: Path) -> float:
    """A plain copy of the file, flushed to the disk as a backup must be (else the copy is still in memory)."""
    def work(target: Path) -> None:
        shutil.copyfile(folder / DB, target)
        with open(target, "rb+") as written:
            os.fsync(written.fileno())

    with tempfile.TemporaryDirectory() as temp:
        return timed(lambda: work(Path(temp) / DB))


def full_check(folder: Path) -> float:
    from talentdesk.services import maintenance
    from talentdesk.store.schema import open_database

    db = open_database(folder)
    try:
        return timed(lambda: maintenance.check_database(folder))
    finally:
        db.close()


def integrity_only(folder: Path) -> float:
    def work():
        con = sqlite3.connect(folder / DB)
        con.execute("PRAGMA integrity_check").fetchall()
        con.close()

    return timed(work)


FIGURES = [
    Figure("quick check (after the first paint, beside the lane)", quick_check, bare_open,
           goal="off the start: not before the first paint"),
    # The file's bytes in steps while SQLite keeps it still, on its own connection beside the lane: the lane waits
    # at most a checkpoint's busy timeout (50 ms), never for the copy.
    Figure("daily backup (in steps, beside the database lane)", daily_backup, file_copy,
           goal="≤ 3× a file copy (flushed), never holding the lane", met=within(ratio=3)),
    Figure("Check database: integrity, keys and every file's SHA-256", full_check, integrity_only,
           goal="within 3× of integrity_check alone"),
]
