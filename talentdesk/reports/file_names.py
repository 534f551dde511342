"""The name a PDF summary is saved under unless the user picks another: who, what, and when.

One rule for the window's save dialog and the command line:

    <person> - <title> - <date>.pdf      Kenji Sato - Payments API rewrite - 2026-11-30.pdf
    <person> - Dossier - <date>.pdf
    Review session - <day it started>.pdf
    Yearly spend <year> - <date>.pdf
    Tax year <year> - <date>.pdf
    Working with me - <date>.pdf
    Plan - <title> - <date>.pdf

The date is the day the file is written (a dossier or a contract changes; the date tells two copies
apart), written YYYY-MM-DD: it sorts by name in a folder, and a locale's short date (11/30/2026) holds
slashes, which no file system allows in a name. It reads the database: the window calls it on its lane.
"""
from __future__ import annotations

import datetime as dt
import re

from ..services import planner, report_data
from .fmt import tr

REPORTS = ("talent", "contract", "review", "spend", "tax-year", "me", "plan")
LONGEST_PART = 70  # characters of one name or title: the whole name stays well inside every file system's limit


def safe_file_name(text: str, longest: int = LONGEST_PART) -> str:
    """A part of a file name from a name or title: no path separators or characters systems refuse."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).strip(" .")
    return re.sub(r"\s+", " ", cleaned)[:longest].strip(" .") or tr("Report")


def _needed(key: int | None, report: str) -> int:
    if key is None:
        raise ValueError(f"a {report} report needs the {report}'s id")
    return key


def default_file_name(report: str, key: int | None, today: dt.date | None = None) -> str:
    """``report`` is one of REPORTS; ``key`` the talent, contract or session id (None: the latest
    session), or the year."""
    day = (today or dt.date.today()).isoformat()
    if report == "talent":
        parts = [report_data.talent_name(_needed(key, report)), tr("Dossier"), day]
    elif report == "contract":
        person, title = report_data.contract_names(_needed(key, report))
        parts = [person, title, day]
    elif report == "review":
        parts = [tr("Review session"), report_data.session_day(key)]
    elif report == "plan":
        parts = [tr("Plan"), planner.load_plan(_needed(key, report)).description.title, day]
    elif report == "spend":
        parts = [tr("Yearly spend {year}").format(year=key), day]
    elif report == "tax-year":
        parts = [tr("Tax year {year}").format(year=key), day]
    elif report == "me":
        parts = [tr("Working with me"), day]
    else:
        raise ValueError(f"unknown report {report!r}")
    return " - ".join(safe_file_name(part) for part in parts) + ".pdf"  # a long title never cuts the date
