"""Retainer utilisation: the hours used of the hours the weekly payment buys.

A week's payment buys ``weekly payment / rate`` hours (the rate of a retainer is its hourly equivalent),
both taken from the terms in force that week (``terms``: the week's last day, or today while it runs).
"This week" is the running week, so far; "the last N weeks" are the N whole weeks before it, counting
only weeks the contract ran in. One SQL definition serves the workroom header, the contract PDF and the
retainer review rule (``usage_ctes``), so the three can never disagree.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from .terms import in_force_sql

# Monday of the week holding :today ('weekday 0' moves on to Sunday, or stays on one).
_THIS_MONDAY = "date(:today, 'weekday 0', '-6 days')"
WINDOWS = (0, 4, 12)  # this week, the last 4 weeks, the last 12 weeks


def usage_ctes(where: str) -> str:
    """Common table expressions (for ``WITH RECURSIVE``) ending in ``usage(contract_id, used, bought, weeks)``:
    the minutes logged and bought over the window ``:weeks`` (0: this week) before ``:today``, for the
    retainers matching ``where`` (over ``contract c``)."""
    bought = in_force_sql(
        "c.id", "min(date(wk.monday, '+6 days'), :today)",
        "CASE WHEN t.rate_minor > 0 THEN coalesce(t.weekly_payment_minor, 0) * 60 / t.rate_minor ELSE 0 END")
    return f"""
wk(monday, n) AS (
  SELECT CASE WHEN :weeks = 0 THEN {_THIS_MONDAY} ELSE date({_THIS_MONDAY}, '-7 days') END, 1
  UNION ALL SELECT date(monday, '-7 days'), n + 1 FROM wk WHERE n < max(:weeks, 1)),
usage_week AS (
  SELECT c.id AS contract_id, wk.monday,
         (SELECT coalesce(sum(w.minutes), 0) FROM work_log w WHERE w.contract_id = c.id
            AND w.day BETWEEN wk.monday AND date(wk.monday, '+6 days')) AS used,
         {bought} AS bought
  FROM contract c CROSS JOIN wk
  WHERE c.kind = 'retainer' AND ({where})
    AND (c.start_date IS NULL OR c.start_date <= date(wk.monday, '+6 days'))
    AND (c.end_date IS NULL OR c.end_date >= wk.monday)),
usage AS (
  SELECT contract_id, sum(used) AS used, sum(bought) AS bought, count(*) AS weeks
  FROM usage_week GROUP BY contract_id)"""


@dataclass(frozen=True)
class Usage:
    weeks: int  # 0: this week so far; else the window asked for
    used_minutes: int
    bought_minutes: int
    weeks_counted: int  # weeks of the window the contract ran in

    @property
    def percent(self) -> int | None:
        return self.used_minutes * 100 // self.bought_minutes if self.bought_minutes > 0 else None


def usage(contract_id: int, weeks: int = 0, today: dt.date | None = None) -> Usage | None:
    """Hours used of the hours bought over one window; None for a contract that is not a retainer
    or did not run in that window."""
    sql = f"WITH RECURSIVE {usage_ctes('c.id = :contract')} SELECT used, bought, weeks FROM usage"
    row = database.obj.execute_sql(sql, {"contract": contract_id, "weeks": weeks,
                                         "today": (today or dt.date.today()).isoformat()}).fetchone()
    return Usage(weeks, row[0], row[1], row[2]) if row else None


def utilisation(contract_id: int, today: dt.date | None = None) -> list[Usage]:
    """This week, the last 4 and the last 12 weeks (the windows that exist for this contract)."""
    found = [usage(contract_id, weeks, today) for weeks in WINDOWS]
    return [u for u in found if u is not None]
