"""Week boundaries, written once: a week runs Monday to Sunday (the marketplaces' billing week).

``week_of`` serves Python; ``week_start_sql`` is the same rule for a date column in SQL. A test
checks they agree on every weekday.
"""
from __future__ import annotations

import datetime as dt


def week_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The Monday and the Sunday of the week that holds ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def week_start_sql(day: str) -> str:
    """The Monday on or before ``day`` (an SQL date expression): step back six days, then forward to Monday."""
    return f"date({day}, '-6 days', 'weekday 1')"
