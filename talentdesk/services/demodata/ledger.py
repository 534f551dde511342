"""Hours and money: work logs, weekly invoices, retainer payments, milestones, bonuses, fees and refunds."""
from __future__ import annotations

import datetime as dt
from itertools import groupby

from ...store.models import Payment, PaymentConversion, PaymentCorrection, WorkLog
from . import vocabulary as words
from .records import write_change
from .tools import DAY, WEEK, apportion, between, moment, monday_of, money, pick, round_to, weekdays
from .world import NO_LIMIT_HOURS, USUAL_HOURS, ChangePlan, ContractPlan, Run


def _hours_capacity(plan: ContractPlan, today: dt.date) -> int:
    """Weekdays the talent could have logged time on (not while paused)."""
    last = plan.worked_until(today)
    paused = sum(weekdays(start, min(until - DAY if until else last, last)) for start, until in plan.pauses)
    return max(0, weekdays(plan.first_day, last) - paused)


def _hours_contracts(run: Run) -> list[ContractPlan]:
    return [p for p in run.contracts if p.started and p.kind != "fixed" and p.first_day <= run.today]


def _log_days(run: Run, plan: ContractPlan, count: int, capacity: int, density: float) -> list[dt.date]:
    """``count`` worked weekdays walking back from the last day worked, ``density`` of them on average."""
    rng, today = run.rng, run.today
    days: list[dt.date] = []
    day, left = plan.worked_until(today), capacity
    this_week = monday_of(today)
    while len(days) < count and left > 0:
        if day.weekday() < 5 and not plan.is_paused_on(day):
            must = count - len(days) >= left or (plan.near_limit_this_week and day >= this_week)
            if must or rng.random() < density:
                days.append(day)
            left -= 1
        day -= DAY
    days.reverse()
    return days


def _week_minutes(run: Run, plan: ContractPlan, days: list[dt.date], usage: float, density: float) -> list[int]:
    """One week's minutes per day: under the weekly limit, except in a rare crunch week."""
    rng = run.rng
    limit = (plan.weekly_limit.at(days[0]) or USUAL_HOURS) * 60
    crunch = rng.random() < 0.05
    factor = rng.uniform(1.25, 1.45) if crunch else 1.0
    minutes = [limit * usage * factor / (5 * density) * rng.uniform(0.75, 1.25) for _ in days]
    total = sum(minutes)
    if not crunch and total > limit:  # people stop at the limit the marketplace pays for
        minutes = [m * limit / total for m in minutes]
    return [min(720, max(10, int(m) // 10 * 10)) for m in minutes]


def _daily_minutes(run: Run, plan: ContractPlan, days: list[dt.date], density: float) -> dict[dt.date, int]:
    usage = run.rng.uniform(0.15, 0.35) if plan.underused else run.rng.uniform(0.55, 0.95)
    minutes: dict[dt.date, int] = {}
    for _, week in groupby(days, key=monday_of):
        week_days = list(week)
        minutes.update(zip(week_days, _week_minutes(run, plan, week_days, usage, density), strict=False))
    if plan.near_limit_this_week:
        _fill_this_week(run, plan, minutes)
    return minutes


def _fill_this_week(run: Run, plan: ContractPlan, minutes: dict[dt.date, int]) -> None:
    """Bring this week's hours close to (or past) the weekly limit."""
    this_week = [d for d in minutes if d >= monday_of(run.today)]
    if not this_week:
        return
    target = (plan.weekly_limit.current or NO_LIMIT_HOURS) * 60 * run.rng.uniform(0.9, 1.2)
    for day in this_week:
        minutes[day] = min(840, round_to(target / len(this_week), 10))


def _write_work_logs(run: Run, plan: ContractPlan, minutes: dict[dt.date, int]) -> None:
    notes = ("", "", f"Worked on {plan.things[0]}", f"Worked on {plan.things[1]}", "Meetings and review")
    for day, amount in minutes.items():
        run.rows.add(WorkLog, contract=plan.id, day=day, minutes=amount, note=run.rng.choice(notes))


def _fee_share(platform: str) -> float:
    return next(share for name, _, share in words.PLATFORMS if name == platform)


def _pay(run: Run, plan: ContractPlan, kind: str, amount: int, paid_on: dt.date, description: str,
         **extra) -> int:
    """One payment, with the marketplace's fee on top where the platform charges one."""
    on_platform = plan.platform != "Direct"
    payment = run.rows.add(
        Payment, contract=plan.id, kind=kind, amount_minor=amount, currency=plan.talent.currency, paid_on=paid_on,
        description=description, external_ref=str(run.next_transaction()) if on_platform else None,
        source="marketplace" if on_platform else "manual", **extra,
    )
    if payment % CORRECTED_EVERY == 0 and kind != "refund":
        _typo_corrected(run, plan, payment, kind, amount, paid_on, description)
    share = _fee_share(plan.platform)
    if share and kind != "refund":
        run.rows.add(
            Payment, contract=plan.id, kind="fee", amount_minor=round(amount * share), currency=plan.talent.currency,
            paid_on=paid_on, description=f"{plan.platform} marketplace fee", parent=payment,
            external_ref=str(run.next_transaction()), source="marketplace",
        )
    return payment


CORRECTED_EVERY = 61  # about one payment in sixty was first typed wrong and corrected (by its id: no dice thrown)


def _typo_corrected(run: Run, plan: ContractPlan, payment: int, kind: str, amount: int, paid_on: dt.date,
                    description: str) -> None:
    """The audit trail of a payment first recorded with a slipped decimal point, then corrected."""
    changed = dt.datetime.combine(paid_on + dt.timedelta(days=1 + payment % 5), dt.time(9 + payment % 8, 15))
    run.rows.add(
        PaymentCorrection, contract=plan.id, payment=payment, action="corrected", changed_at=min(
            changed, dt.datetime.combine(run.today, dt.time(8, 0))), reason="typed with the decimal point slipped",
        external_ref=None, was_kind=kind, was_amount_minor=amount * 10, was_currency=plan.talent.currency,
        was_paid_on=paid_on, was_description=description, now_kind=kind, now_amount_minor=amount,
        now_paid_on=paid_on, now_description=description)


def _payday(run: Run, period_end: dt.date, low: int, high: int) -> dt.date | None:
    """When a period is paid; None while it is not paid yet."""
    day = period_end + dt.timedelta(days=run.rng.randint(low, high))
    return day if day <= run.today else None


def _pay_hourly_weeks(run: Run, plan: ContractPlan, minutes: dict[dt.date, int], refund: bool) -> None:
    weeks: dict[dt.date, int] = {}
    for day, amount in minutes.items():
        weeks[monday_of(day)] = weeks.get(monday_of(day), 0) + amount
    for monday, worked in weeks.items():
        paid_on = _payday(run, monday + 6 * DAY, 3, 10)
        if paid_on is None:
            continue
        rate = plan.rate.at(monday)
        limit = plan.weekly_limit.at(monday)
        billed = min(worked, limit * 60) if limit else worked
        invoice = _pay(run, plan, "hourly", billed * rate // 60, paid_on, f"Hours for the week of {monday.isoformat()}",
                       period_start=monday, period_end=monday + 6 * DAY, minutes=billed)
        if worked > billed:
            _pay_over_limit(run, plan, monday, worked - billed, rate, paid_on)
        if refund:
            refund = not _refund(run, plan, invoice, rate, paid_on)


def _pay_over_limit(run: Run, plan: ContractPlan, monday: dt.date, over: int, rate: int, paid_on: dt.date) -> None:
    """Hours past the weekly limit are paid as a bonus, and the bonus is a scope change."""
    amount = over * rate // 60
    _pay(run, plan, "bonus", amount, paid_on, f"{over // 60} h {over % 60:02d} min over the limit, week of {monday}")
    write_change(run, plan, ChangePlan(
        "bonus", moment(run.rng, paid_on), "", money(amount, plan.talent.currency), amount, "talent", True,
        words.OVER_LIMIT_REASON))


def _refund(run: Run, plan: ContractPlan, invoice: int, rate: int, paid_on: dt.date) -> bool:
    """Hours billed twice come back; False when the refund would still lie in the future."""
    refunded_on = _payday(run, paid_on, 3, 20)
    if refunded_on:
        hours = run.rng.randint(1, 3)
        _pay(run, plan, "refund", hours * rate, refunded_on, f"Refund: {hours} h billed twice", parent=invoice)
    return refunded_on is not None


def _pay_retainer_weeks(run: Run, plan: ContractPlan, since: dt.date) -> None:
    """The weekly payment for every finished week from ``since``, used or not (that is what a retainer is)."""
    monday = monday_of(since)
    last = plan.worked_until(run.today)
    while monday <= last:
        sunday = monday + 6 * DAY
        paid_on = _payday(run, sunday, 1, 3)
        if paid_on and not plan.is_paused_on(max(monday, plan.first_day)):
            _pay(run, plan, "weekly_payment", plan.weekly_payment.at(monday), paid_on,
                 f"Weekly retainer, week of {monday.isoformat()}",
                 period_start=max(monday, plan.first_day), period_end=min(sunday, last))
        monday += WEEK


def _pay_milestones(run: Run, plan: ContractPlan) -> None:
    for m in plan.milestones:
        if m.status == "paid":
            _pay(run, plan, "milestone", m.amount, m.paid_day, f"Milestone: {m.title}", milestone=m.id)


def _pay_bonuses(run: Run, plan: ContractPlan) -> None:
    for change in plan.changes:
        if change.kind == "bonus":
            paid_on = change.at.date()
            payment = _pay(run, plan, "bonus", change.cost_delta, paid_on, change.reason)
            plan.bonus_payments.append((payment, paid_on))


def _pay_expense(run: Run, plan: ContractPlan) -> None:
    day = between(run.rng, plan.first_day, plan.worked_until(run.today))
    _pay(run, plan, "other", round_to(run.rng.uniform(20, 150) * 100, 500), day,
         run.rng.choice(("Stock photo licence reimbursed", "Software licence reimbursed", "Test device postage")))


def write_payments_in_dollars(run: Run) -> None:
    """A few expenses paid in dollars on contracts in another currency (written last: the rest of the demo
    draws the same random numbers with or without them)."""
    abroad = [p for p in run.contracts if p.started and p.talent.currency != "USD"]
    for plan in pick(run.rng, abroad, 0.02, at_least=1):
        _pay_expense_in_dollars(run, plan)


def _pay_expense_in_dollars(run: Run, plan: ContractPlan) -> None:
    """A licence bought in dollars on a contract in another currency: the payment keeps the contract's amount."""
    day = between(run.rng, plan.first_day, plan.worked_until(run.today))
    amount = round_to(run.rng.uniform(20, 150) * 100, 500)
    payment = run.rows.add(Payment, contract=plan.id, kind="other", amount_minor=round(amount * 1.1), currency="USD",
                           paid_on=day, description="Software licence bought in dollars, reimbursed")
    run.rows.add(PaymentConversion, payment=payment, contract_amount_minor=amount)


def _write_hours_and_wages(run: Run, plan: ContractPlan, count: int, capacity: int, density: float,
                           refund: bool) -> None:
    """Hours logged, and what they were paid.

    The ledger of a contract covers the stretch its hours were logged for (the
    latest weeks of it): hourly invoices for the weeks with hours, and for a
    retainer every week of that stretch.
    """
    minutes = _daily_minutes(run, plan, _log_days(run, plan, count, capacity, density), density)
    _write_work_logs(run, plan, minutes)
    if plan.kind == "hourly":
        _pay_hourly_weeks(run, plan, minutes, refund)
    elif minutes:
        _pay_retainer_weeks(run, plan, min(minutes))


def _place_hours_situations(run: Run, logged: list[ContractPlan]) -> None:
    """Some limits nearly reached this week; some retainers paid for but hardly used."""
    running = [p for p in logged if p.status == "active"]
    limited = [p for p in running if p.kind == "hourly" and p.weekly_limit.current is not None]
    for plan in pick(run.rng, limited, 0.15, at_least=2):
        plan.near_limit_this_week = True
    for plan in pick(run.rng, [p for p in running if p.kind == "retainer"], 0.2):
        plan.underused = True


def write_hours_and_money(run: Run) -> None:
    rng = run.rng
    logged = _hours_contracts(run)
    _place_hours_situations(run, logged)
    capacity = [_hours_capacity(p, run.today) for p in logged]
    density = [1.0 if p.near_limit_this_week else rng.choice((0.5, 0.6, 0.8, 1.0)) for p in logged]
    counts = apportion(run.scale.work_logs, [c * d for c, d in zip(capacity, density, strict=False)], capacity)
    hours = {id(p): (n, c, d) for p, n, c, d in zip(logged, counts, capacity, density, strict=False)}
    refunded = {id(p) for p in pick(rng, [p for p in logged if p.kind == "hourly" and p.status == "ended"], 0.02)}
    expensed = {id(p) for p in pick(rng, [p for p in run.contracts if p.started], 0.03)}
    for index, plan in enumerate(run.contracts):
        if id(plan) in hours:
            _write_hours_and_wages(run, plan, *hours[id(plan)], refund=id(plan) in refunded)
        _pay_milestones(run, plan)
        _pay_bonuses(run, plan)
        if id(plan) in expensed:
            _pay_expense(run, plan)
        if index % 2_000 == 0:
            run.progress(index / len(run.contracts))

