"""Reading dates and instants back from raw SQL rows (the ORM's fields do this for model reads).

A value that no longer parses (a damaged page can garble a cell without SQLite noticing)
reads as missing, so one bad cell blanks one field instead of failing a whole screen;
Tools › Check database is where damage is reported.
"""
from __future__ import annotations

import datetime as dt


def day(value) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def instant(value) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None
