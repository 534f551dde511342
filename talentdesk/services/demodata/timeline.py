"""Planning contracts over time: current work, finished work laid back through the years, renewals, offers.

Then the situations the review queue looks for are placed on purpose, with a
floor, so even the small demo has a contract ending soon and a paused one.
"""
from __future__ import annotations

import datetime as dt
import random

from .tools import DAY, pick
from .world import ContractPlan, Run, TalentPlan

_DURATIONS = {"fixed": (14, 100), "hourly": (21, 300), "retainer": (60, 365)}
_KINDS = ("hourly", "fixed", "retainer")


def _duration(rng: random.Random, kind: str, is_test: bool) -> int:
    if is_test:
        return rng.randint(4, 14)
    low, high = _DURATIONS[kind]
    return int(rng.triangular(low, high, low + (high - low) * 0.25))


def _history_kinds(rng: random.Random, talent: TalentPlan, count: int) -> list[ContractPlan]:
    plans: list[ContractPlan] = []
    for i in range(count):
        test = i == 0 and (talent.status == "trial" or rng.random() < 0.25)
        kind = "fixed" if test else rng.choices(_KINDS, talent.trade.kind_weights)[0]
        if plans and plans[-1].kind == "retainer" and talent.favourite and rng.random() < 0.7:
            kind = "retainer"  # favourites stay on retainers, renewed link after link
        plans.append(ContractPlan(talent, kind, is_test=test))
    return plans


def _current_count(rng: random.Random, talent: TalentPlan, history: int) -> int:
    if talent.status == "active":
        return 2 if talent.favourite and history >= 3 and rng.random() < 0.35 else 1
    if talent.status == "trial":
        return 1 if rng.random() < 0.5 else 0
    return 0


def _place_current(run: Run, plan: ContractPlan) -> None:
    rng, today = run.rng, run.today
    plan.status = "active"
    if plan.is_test:
        plan.start = today - dt.timedelta(days=rng.randint(2, 8))
        plan.end = max(plan.start + dt.timedelta(days=_duration(rng, "fixed", True)), today + DAY)
        return
    plan.start = today - dt.timedelta(days=int(rng.triangular(7, 540, 60)))
    planned_end = plan.start + dt.timedelta(days=_duration(rng, plan.kind, False))
    if plan.kind == "fixed":
        plan.end = max(planned_end, today + dt.timedelta(days=rng.randint(5, 60)))
    elif rng.random() < 0.45:
        plan.end = None  # open-ended, as most retainers and hourly contracts are
    else:
        plan.end = max(planned_end, today + dt.timedelta(days=rng.randint(5, 240)))


def _last_end(run: Run, talent: TalentPlan) -> dt.date:
    """When the latest finished contract of someone with no current work ended."""
    rng = run.rng
    if talent.recently_ended or talent.status == "trial":
        lag = rng.randint(1, 13)
    elif talent.status == "archived":
        lag = rng.randint(500, 1500)
    elif talent.status == "do_not_rehire":
        lag = rng.randint(30, 900)
    else:
        lag = rng.randint(14, 700)
    return run.today - dt.timedelta(days=lag)


def _place_ended(run: Run, plans: list[ContractPlan], later: ContractPlan | None, anchor: dt.date) -> None:
    """Lay finished contracts back in time from ``anchor``; a renewal starts the day after the last link ended."""
    rng = run.rng
    durations = [_duration(rng, p.kind, p.is_test) for p in plans]
    gaps = [rng.randint(5, 200) for _ in plans]
    total = sum(durations) + sum(gaps)
    squeeze = min(1.0, max(0.05, (anchor - run.window_start).days / max(total, 1)))
    for plan, days, gap in zip(reversed(plans), reversed(durations), reversed(gaps), strict=False):
        if later is not None:
            renewal = later.kind == plan.kind and plan.kind != "fixed" and not later.is_test and (
                rng.random() < (0.6 if plan.talent.favourite else 0.2))
            if renewal:
                later.renews = plan
            anchor = later.first_day - (DAY if renewal else dt.timedelta(days=max(1, int(gap * squeeze))))
        plan.status = "ended"
        plan.end = anchor
        plan.start = anchor - dt.timedelta(days=max(2, int(days * squeeze)))
        later = plan


def _next_contract(run: Run, talent: TalentPlan) -> ContractPlan:
    """A draft or an offer not yet started: the next piece of work."""
    rng, today = run.rng, run.today
    plan = ContractPlan(talent, rng.choices(_KINDS, talent.trade.kind_weights)[0])
    plan.status = rng.choice(("draft", "offered"))
    plan.created = today - dt.timedelta(days=rng.randint(0, 12))
    if rng.random() < (0.8 if plan.status == "offered" else 0.5):
        plan.start = today + dt.timedelta(days=rng.randint(3, 45))
        if plan.kind == "fixed" or rng.random() < 0.5:
            plan.end = plan.start + dt.timedelta(days=_duration(rng, plan.kind, False))
    return plan


def _lay_out_contracts(run: Run, talent: TalentPlan) -> list[ContractPlan]:
    rng = run.rng
    count = talent.contract_count
    upcoming = 1 if count >= 2 and talent.status in ("active", "on_bench", "trial") and rng.random() < 0.25 else 0
    history = _history_kinds(rng, talent, count - upcoming)
    current = _current_count(rng, talent, len(history)) if history else 0
    finished, now = history[: len(history) - current], history[len(history) - current:]
    for plan in now:
        _place_current(run, plan)
    earliest_now = min(now, key=lambda p: p.first_day) if now else None
    anchor = earliest_now.first_day - dt.timedelta(days=rng.randint(3, 60)) if earliest_now else _last_end(run, talent)
    _place_ended(run, finished, earliest_now, anchor)
    return history + [_next_contract(run, talent) for _ in range(upcoming)]


def plan_contracts(run: Run) -> None:
    rng = run.rng
    for talent in run.talents:
        talent.contracts = _lay_out_contracts(run, talent)
        for plan in talent.contracts:
            if plan.start is not None and plan.created == dt.date.min:
                plan.created = plan.start - dt.timedelta(days=rng.randint(1, 10))
            if plan.renews is not None:  # a renewal is drawn up after the contract it renews
                plan.created = max(plan.created, plan.renews.created + DAY)
        created = [p.created for p in talent.contracts]
        # A prospect with no contract yet was met some time in the last year.
        first = min(created) if created else run.today - dt.timedelta(days=rng.randint(10, 400))
        talent.first_contact = first - dt.timedelta(days=rng.randint(0, 30))
    _number(run)


def _number(run: Run) -> None:
    """Ids in the order things happened, as a database in daily use would have them."""
    run.talents.sort(key=lambda t: t.first_contact)
    for number, talent in enumerate(run.talents, start=1):
        talent.id = number
    run.contracts = sorted((p for t in run.talents for p in t.contracts), key=lambda p: (p.created, p.talent.id))
    for number, plan in enumerate(run.contracts, start=1):
        plan.id = number


# ---------------------------------------------------------------------------
# Situations the review queue looks for, placed on purpose


def place_situations(run: Run) -> None:
    rng, today = run.rng, run.today
    current = [p for p in run.contracts if p.status == "active" and not p.is_test]
    for plan in pick(rng, [p for p in current if p.kind != "fixed" and p.first_day <= today - 10 * DAY], 0.1):
        plan.status = "paused"
    for plan in pick(rng, [p for p in current if p.status == "active"], 0.08, at_least=2):
        plan.end = max(plan.start + DAY, today + dt.timedelta(days=rng.randint(2, 14)))
    # The longest-running hourly or retainer work is where most of the talking happens.
    run.busiest = min((p for p in current if p.status == "active" and p.kind != "fixed"),
                      key=lambda p: (p.start, p.id), default=None)
