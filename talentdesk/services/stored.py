"""Raw SQL rows: reading dates and instants back (the ORM's fields do this for model reads), and the
placeholders of an ``IN (…)`` list asked in blocks of ids.

A value that no longer parses (a damaged page can garble a cell without SQLite noticing)
reads as missing, so one bad cell blanks one field instead of failing a whole screen;
Tools › Check database is where damage is reported.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

BLOCK_OF_IDS = 900  # under SQLite's default limit of host parameters in one statement


def marks(values) -> str:
    """One ``?`` per value, for ``IN ({marks(ids)})`` (plain SQL: the query builder costs more than the query)."""
    return ", ".join("?" for _ in values)


def chunks(ids: list[int], size: int = BLOCK_OF_IDS) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i:i + size]


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
