"""Availability: the hours a week most people offer, and a few away periods in the weeks ahead.

Some people are left without their availability set, as a real folder has them (the planner says so).
A random source of its own, so the rest of the demo stays as it was before availability came.
"""
from __future__ import annotations

import datetime as dt
import random

from ...store.models import Availability, AwayPeriod
from .world import Run

HOURS = (10, 15, 20, 20, 25, 30, 40)
BUSY_HOURS = (30, 35, 40, 40)  # people with running work offer more: that work takes part of it
AWAY_NOTES = ("Holiday", "Another commitment", "Conference", "Moving house", "Parental leave")
SET_SHARE = 0.7
AWAY_SHARE = 0.12


def write_availability(run: Run) -> None:
    rng = random.Random(f"availability-{run.rng.random()}")
    offered = []
    for talent in run.talents:
        if talent.status in ("archived", "do_not_rehire") or rng.random() >= SET_SHARE:
            continue
        busy = any(c.status == "active" for c in talent.contracts)
        run.rows.add(Availability, talent=talent.id, hours_per_week=rng.choice(BUSY_HOURS if busy else HOURS),
                     updated_at=dt.datetime.combine(run.today, dt.time(9)))
        offered.append(talent)
    away = [t for t in offered if rng.random() < AWAY_SHARE] or offered[:1]  # every demo shows one
    for talent in away:
        start = run.today + dt.timedelta(days=rng.randint(3, 40))
        run.rows.add(AwayPeriod, talent=talent.id, starts_on=start, ends_on=start + dt.timedelta(days=rng.randint(4, 14)),
                     note=rng.choice(AWAY_NOTES))
