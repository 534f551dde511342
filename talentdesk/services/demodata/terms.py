"""Planning terms: rates that rise over the years, prices and milestones, test decisions, end reasons."""
from __future__ import annotations

import bisect
import datetime as dt

from . import vocabulary as words
from .changes import ensure_every_change_kind, plan_changes
from .people import weighted_platform
from .tools import DAY, MONTHS, Steps, apportion, pick, round_to
from .world import WEEKLY_LIMITS, ContractPlan, MilestonePlan, Run, TalentPlan


def _plan_rates(run: Run, talent: TalentPlan) -> None:
    """Effective-dated rates that rise every year or so, from the first contact on."""
    rng = run.rng
    low, high = talent.trade.hourly_rate
    amount = rng.randint(low, high) * 100
    day = talent.first_contact
    talent.rates = [(day, amount)]
    while True:
        day += dt.timedelta(days=rng.randint(300, 560))
        if day > run.today:
            break
        amount = round_to(amount * rng.uniform(1.05, 1.15), 500)
        talent.rates.append((day, amount))


def _talent_rate(talent: TalentPlan, day: dt.date) -> int:
    index = bisect.bisect_right([d for d, _ in talent.rates], day) - 1
    return talent.rates[max(index, 0)][1]


def _external_id(run: Run, plan: ContractPlan) -> str:
    rng = run.rng
    year = (plan.start or plan.created).year
    return {
        "Upwork": lambda: str(rng.randint(30_000_000, 39_999_999)),
        "Direct": lambda: f"TD-{year}-{plan.id:05d}",
        "Contra": lambda: "ctr_" + "".join(rng.choices("abcdefghjkmnpqrstuvwxyz23456789", k=10)),
        "Toptal": lambda: f"TT-{rng.randint(100_000, 999_999)}",
        "Malt": lambda: f"MLT{rng.randint(1_000_000, 9_999_999)}",
        "Fiverr Pro": lambda: f"FO{rng.getrandbits(40):010X}",
    }[plan.platform]()


def _title(run: Run, plan: ContractPlan) -> None:
    rng, trade = run.rng, plan.talent.trade
    if plan.renews is not None:
        plan.base_title = plan.renews.base_title
        plan.title = f"{plan.base_title} ({MONTHS[plan.first_day.month - 1]} {plan.first_day.year})"
        return
    choices = trade.test_projects if plan.is_test else trade.projects if plan.kind == "fixed" else trade.ongoing
    used = {p.base_title for p in plan.talent.contracts}
    plan.base_title = plan.title = rng.choice([c for c in choices if c not in used] or choices)


def _plan_milestones(run: Run, plan: ContractPlan, hourly_rate: int) -> None:
    rng = run.rng
    hours = rng.uniform(3, 8) if plan.is_test else rng.uniform(20, 160)
    price = round_to(hourly_rate * hours, 5_000)
    count = 1 if plan.is_test else rng.randint(1, 4)
    amounts = [a * 500 for a in apportion(price // 500, [rng.uniform(0.6, 1.4) for _ in range(count)])]
    steps = sorted(rng.sample(words.MILESTONE_STEPS, count), key=words.MILESTONE_STEPS.index) if count > 1 else [
        "Test task"]
    for position, (step, amount) in enumerate(zip(steps, amounts, strict=False)):
        due = None
        if plan.start and plan.end:
            due = plan.start + (plan.end - plan.start) * (position + 1) // count
        plan.milestones.append(MilestonePlan(step, amount, due, position))


def _plan_terms(run: Run, plan: ContractPlan) -> None:
    rng, talent = run.rng, plan.talent
    rate = _talent_rate(talent, plan.start or run.today)
    renewed = plan.renews
    plan.platform = renewed.platform if renewed else (talent.platform if rng.random() < 0.8 else weighted_platform(rng))
    plan.external_id = _external_id(run, plan)
    plan.things = tuple(rng.sample(talent.trade.things, 3))
    _title(run, plan)
    if plan.kind == "fixed":
        _plan_milestones(run, plan, rate)
        plan.rate = Steps(sum(m.amount for m in plan.milestones))
    elif plan.kind == "hourly":
        plan.rate = Steps(rate)
        plan.weekly_limit = Steps(rng.choice(WEEKLY_LIMITS))
    else:
        limit = rng.choice((10, 15, 20, 30))
        plan.weekly_limit = Steps(limit)
        plan.weekly_payment = Steps(round_to(limit * rate * rng.uniform(0.85, 1.0), 1_000))
        plan.rate = Steps(rate)
    plan.original_end = plan.end


def _plan_milestone_progress(run: Run, plan: ContractPlan) -> None:
    """Statuses follow the dates: paid when long past, approved or submitted when just due."""
    rng, today = run.rng, run.today
    for milestone in plan.milestones:
        due = milestone.due_on
        if not plan.started or due is None or due > today:
            continue
        if plan.status == "ended" or due <= today - 10 * DAY:
            milestone.status = "paid"
        else:
            milestone.status = rng.choice(("approved", "submitted", "paid"))
        if milestone.status in ("approved", "paid"):
            milestone.approved_on = approved = min(today, max(plan.first_day, due + dt.timedelta(days=rng.randint(-3, 2))))
        if milestone.status == "paid":
            milestone.paid_on = min(today, approved + dt.timedelta(days=rng.randint(0, 5)))


def _make_overdue(run: Run) -> None:
    """A few running fixed-price contracts with a milestone past due: one waits for work, one for review."""
    rng, today = run.rng, run.today
    running = [p for p in run.contracts if p.kind == "fixed" and p.status == "active" and p.first_day < today - 5 * DAY]
    for number, plan in enumerate(pick(rng, running, 0.25, at_least=2)):
        late = next((m for m in plan.milestones if m.status not in ("approved", "paid")), plan.milestones[-1])
        late.due_on = max(plan.first_day + DAY, today - dt.timedelta(days=rng.randint(2, 20)))
        late.status = ("pending", "submitted")[number % 2]
        late.approved_on = late.paid_on = None


def _approve_recent(run: Run) -> None:
    """The latest paid milestones are approved but not paid yet: money still on its way."""
    paid = sorted((m for p in run.contracts for m in p.milestones if m.status == "paid"), key=lambda m: m.paid_day)
    recent = [m for m in paid if m.paid_day >= run.today - 14 * DAY] or paid[-1:]
    for milestone in pick(run.rng, recent, 0.5):
        milestone.status, milestone.paid_on = "approved", None


def _test_decision(run: Run, test: ContractPlan) -> str | None:
    talent = test.talent
    if any(p.created > test.created for p in talent.contracts):
        return "hire"
    if talent.status == "trial":
        return None  # still making up their mind
    return run.rng.choice(("no_hire", "no_hire", None))


def _decide_tests(run: Run) -> None:
    for plan in run.contracts:
        if plan.is_test and plan.status == "ended":
            plan.test_decision = _test_decision(run, plan)
    ended_tests = [p for p in run.contracts if p.is_test and p.status == "ended"]
    for test in pick(run.rng, ended_tests, 0.1, at_least=1):
        test.test_decision = None  # finished, and nobody has decided yet


def _end_reasons(run: Run) -> None:
    renewed = {id(p.renews) for p in run.contracts if p.renews is not None}
    for plan in run.contracts:
        if plan.status != "ended":
            continue
        if id(plan) in renewed:
            plan.end_reason = words.RENEWAL_END_REASON
        elif plan.is_test:
            plan.end_reason = words.TEST_END_REASON
        elif plan.talent.status == "do_not_rehire" and plan is plan.talent.contracts[-1]:
            plan.end_reason = words.POOR_END_REASON
        else:
            plan.end_reason = run.rng.choice(words.END_REASONS)


def plan_terms_and_changes(run: Run) -> None:
    for talent in run.talents:
        _plan_rates(run, talent)
    for plan in run.contracts:  # in id order, so a renewal sees the contract it renews
        _plan_terms(run, plan)
        _plan_milestone_progress(run, plan)
    _make_overdue(run)
    _approve_recent(run)
    _decide_tests(run)
    _end_reasons(run)
    for plan in run.contracts:
        plan_changes(run, plan)
    ensure_every_change_kind(run)
