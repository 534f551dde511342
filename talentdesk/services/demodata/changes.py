"""Scope changes: one row each time the agreement moved, with before, after and the cost."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from . import vocabulary as words
from .tools import DAY, Steps, between, moment, money, round_to, weeks_between
from .world import NO_LIMIT_HOURS, USUAL_HOURS, WEEKLY_LIMITS, ChangePlan, ContractPlan, Run

# Scope changes are told backwards: the contract's terms now are the final word,
# and each change records what they were before, so the last change of every
# kind always agrees with the contract.


def _change_moment(run: Run, plan: ContractPlan, latest: dt.date | None = None) -> dt.datetime | None:
    last = min(plan.worked_until(run.today), latest or dt.date.max) - DAY
    first = plan.first_day + 2 * DAY
    return moment(run.rng, between(run.rng, first, last)) if last > first else None


def _change(run: Run, plan: ContractPlan, kind: str, at: dt.datetime, before: str, after: str,
            cost: float = 0, requested_by: str | None = None, agreed: bool = True, why: str | None = None) -> None:
    """Record a change; ``why`` picks the reasons to choose from when they depend on the direction."""
    rng = run.rng
    plan.changes.append(ChangePlan(
        kind, at, before, after, int(cost), requested_by or rng.choice(("me", "talent")), agreed,
        rng.choice(words.SCOPE_REASONS[why or kind]),
    ))


def _weekly_cost(plan: ContractPlan) -> int:
    """What one more week of the contract costs (nothing for fixed-price work)."""
    if plan.kind == "retainer":
        return plan.weekly_payment.current
    return 0 if plan.kind == "fixed" else (plan.weekly_limit.current or USUAL_HOURS) * plan.rate.current


def _change_end_date(run: Run, plan: ContractPlan) -> None:
    at = _change_moment(run, plan)
    if at is None or plan.end is None:
        return
    before = plan.end - dt.timedelta(days=run.rng.randint(7, 60))
    if before <= at.date():
        return  # an extension is agreed before the old end date has passed
    weeks = (plan.end - before).days / 7
    _change(run, plan, "end_date", at, before.isoformat(), plan.end.isoformat(), weeks * _weekly_cost(plan))
    plan.original_end = before


def _change_term(run: Run, plan: ContractPlan, kind: str, term: Steps, earlier: Callable, describe: Callable,
                 weekly_cost: Callable, requested_by: str | None = None, directional: bool = False) -> None:
    """A term (weekly limit, rate, weekly payment) moved from an earlier value to what it is now.

    The cost is what the move adds (or saves) per week, over the weeks left.
    """
    at = _change_moment(run, plan)
    if at is None:
        return
    after = term.current
    before = earlier(after)
    per_week = weekly_cost(after) - weekly_cost(before)
    why = f"{kind}_{'raised' if per_week > 0 else 'lowered'}" if directional else None
    _change(run, plan, kind, at, describe(before), describe(after), per_week * weeks_between(at.date(), plan.end),
            requested_by=requested_by, why=why)
    term.changed_from(before, at.date())


def _change_weekly_limit(run: Run, plan: ContractPlan) -> None:
    rate = plan.rate.current
    _change_term(
        run, plan, "weekly_limit", plan.weekly_limit,
        earlier=lambda after: run.rng.choice([h for h in WEEKLY_LIMITS if h != after]),
        describe=lambda limit: "No limit" if limit is None else f"{limit} h/week",
        weekly_cost=lambda limit: (limit or NO_LIMIT_HOURS) * rate, requested_by="me", directional=True)


def _change_rate(run: Run, plan: ContractPlan) -> None:
    hours, currency = plan.weekly_limit.current or USUAL_HOURS, plan.talent.currency
    _change_term(
        run, plan, "rate", plan.rate,
        earlier=lambda after: min(after - 500, round_to(after / run.rng.uniform(1.05, 1.2), 500)),
        describe=lambda rate: money(rate, currency, "/h"), weekly_cost=lambda rate: rate * hours,
        requested_by="talent")


def _change_weekly_payment(run: Run, plan: ContractPlan) -> None:
    def earlier(after: int) -> int:
        before = round_to(after * run.rng.uniform(0.75, 1.2), 1_000)
        return before if before != after else after - 1_000

    currency = plan.talent.currency
    _change_term(
        run, plan, "weekly_payment", plan.weekly_payment, earlier=earlier,
        describe=lambda weekly: money(weekly, currency, "/week"), weekly_cost=lambda weekly: weekly, directional=True)


def _milestone_text(plan: ContractPlan, title: str, amount: int, due: dt.date | None) -> str:
    when = f", due {due.isoformat()}" if due else ""
    return f"{title}: {money(amount, plan.talent.currency)}{when}"


def _change_milestone_added(run: Run, plan: ContractPlan) -> None:
    if len(plan.milestones) < 2:
        return  # the only milestone was there from the start
    added = plan.milestones[-1]
    at = _change_moment(run, plan, latest=added.approved_on or added.due_on)
    if at is None:
        return
    after = _milestone_text(plan, added.title, added.amount, added.due_on)
    _change(run, plan, "milestone_added", at, "", after, added.amount, requested_by="me")


def _change_milestone_edited(run: Run, plan: ContractPlan) -> None:
    edited = plan.milestones[0]
    at = _change_moment(run, plan, latest=edited.approved_on or edited.due_on)
    if at is None:
        return
    old_amount = round_to(edited.amount * run.rng.uniform(0.7, 0.95), 500)
    old_due = edited.due_on - dt.timedelta(days=run.rng.randint(3, 14)) if edited.due_on else None
    before = _milestone_text(plan, edited.title, old_amount, old_due)
    after = _milestone_text(plan, edited.title, edited.amount, edited.due_on)
    _change(run, plan, "milestone_edited", at, before, after, edited.amount - old_amount)


def _change_bonus(run: Run, plan: ContractPlan) -> None:
    at = _change_moment(run, plan)
    if at is None:
        return
    amount = round_to(run.rng.uniform(50, 600) * 100, 2_500)
    # A thank-you bonus is the client's own gesture: nothing to agree with the talent.
    _change(run, plan, "bonus", at, "", money(amount, plan.talent.currency), amount, requested_by="me",
            agreed=False)


def _change_pause(run: Run, plan: ContractPlan) -> None:
    """A paused contract was paused last; a running one may have paused and resumed before."""
    rng, today = run.rng, run.today
    if plan.status == "paused":
        since = between(rng, max(plan.first_day + DAY, today - 60 * DAY), today - DAY)
        _change(run, plan, "paused", moment(rng, since), "active", "paused")
        plan.pauses.append((since, None))
        return
    at = _change_moment(run, plan)
    if at is None:
        return
    resumed = at.date() + dt.timedelta(days=rng.randint(7, 45))
    if resumed >= plan.worked_until(today):
        return
    _change(run, plan, "paused", at, "active", "paused")
    _change(run, plan, "resumed", moment(rng, resumed), "paused", "active")
    plan.pauses.append((at.date(), resumed))


_CHANGES_BY_KIND: dict[str, tuple[Callable[[Run, ContractPlan], None], ...]] = {
    "hourly": (_change_end_date, _change_weekly_limit, _change_rate, _change_bonus),
    "retainer": (_change_end_date, _change_weekly_payment, _change_bonus),
    "fixed": (_change_end_date, _change_milestone_added, _change_milestone_edited, _change_bonus),
}


def original_budget(plan: ContractPlan) -> int | None:
    if plan.kind == "fixed":
        moved = sum(c.cost_delta for c in plan.changes if c.kind.startswith("milestone"))
        return plan.rate.current - moved
    if plan.start is None or plan.original_end is None:
        return None  # open-ended work has no budget to be over
    weeks = (plan.original_end - plan.start).days / 7
    if plan.kind == "retainer":
        return int(plan.weekly_payment.original * weeks)
    return int(plan.rate.original * (plan.weekly_limit.original or USUAL_HOURS) * weeks)


def plan_changes(run: Run, plan: ContractPlan) -> None:
    rng = run.rng
    if not plan.started:
        return
    kinds = _CHANGES_BY_KIND[plan.kind]
    count = rng.choices((0, 1, 2, 3), (40, 32, 18, 10))[0]
    for make in rng.sample(kinds, min(count, len(kinds))):
        make(run, plan)
    if plan.status == "paused" or (plan.kind != "fixed" and rng.random() < 0.08):
        _change_pause(run, plan)
    plan.changes.sort(key=lambda c: c.at)


def ensure_every_change_kind(run: Run) -> None:
    """A small demo might miss a kind of change by chance; add one where it fits."""
    seen = {c.kind for p in run.contracts for c in p.changes}
    makers = {
        "end_date": ("hourly", _change_end_date), "weekly_limit": ("hourly", _change_weekly_limit),
        "rate": ("hourly", _change_rate), "weekly_payment": ("retainer", _change_weekly_payment),
        "milestone_added": ("fixed", _change_milestone_added),
        "milestone_edited": ("fixed", _change_milestone_edited),
        "bonus": ("fixed", _change_bonus), "paused": ("retainer", _change_pause),
        "resumed": ("hourly", _change_pause),
    }
    for kind, (contract_kind, make) in makers.items():
        if kind in seen:
            continue
        fits = [p for p in run.contracts if p.kind == contract_kind and p.status == "ended"
                and p.end and (p.end - p.first_day).days > 90 and not any(c.kind == kind for c in p.changes)]
        for plan in run.rng.sample(fits, len(fits)):
            make(run, plan)
            plan.changes.sort(key=lambda c: c.at)
            if any(c.kind == kind for c in plan.changes):
                break
