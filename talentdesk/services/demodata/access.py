"""Systems access and lent equipment, the offboarding checklist, and the classification questionnaire."""
from __future__ import annotations

import datetime as dt

from ...store.models import AccessGrant, ClassificationAnswer, OffboardingItem
from . import vocabulary as words
from .tools import moment, pick
from .world import ContractPlan, Run


def _grant(run: Run, plan: ContractPlan, kind: str, system: str, tier: str | None, left_open: bool) -> None:
    rng, today = run.rng, run.today
    granted = min(today, plan.first_day + dt.timedelta(days=rng.randint(0, 3)))
    revoked = None
    if plan.status == "ended" and not left_open:
        revoked = min(today, max(granted, plan.last_day + dt.timedelta(days=rng.randint(0, 4))))
    grant = run.rows.add(AccessGrant, contract=plan.id, kind=kind, system=system, tier=tier, granted_on=granted,
                         revoke_by=plan.end, revoked_on=revoked,
                         note="Lent for the length of the contract" if kind == "equipment" else "")
    plan.grants.append((grant, kind, system, revoked))


def _write_grants(run: Run, plan: ContractPlan, left_open: bool, lends_equipment: bool) -> None:
    rng = run.rng
    systems = rng.sample(plan.talent.trade.systems + words.SHARED_SYSTEMS, rng.randint(1, 3))
    for system, tier in systems:
        if rng.random() < 0.15:
            tier = rng.choice(("read", "write", "admin"))
        _grant(run, plan, "access", system, tier, left_open)
    if lends_equipment:
        asset = f"{rng.choice(words.EQUIPMENT)} (asset TD-{plan.id % 10_000:04d})"
        _grant(run, plan, "equipment", asset, None, left_open)


def _offboarding_items(run: Run, plan: ContractPlan) -> list[tuple[str, str, int | None, dt.date | None]]:
    rng, end = run.rng, plan.last_day
    settled = (run.today - end).days > 10
    items: list[tuple[str, str, int | None, dt.date | None]] = [("revoke_access" if kind == "access" else "equipment", system, grant, revoked)
             for grant, kind, system, revoked in plan.grants]
    items.append(("deliverables", "", None, run.later(end, 0, 7) if settled else None))
    items.append(("delete_data", "", None, run.later(end, 3, 20) if settled and rng.random() < 0.7 else None))
    items.append(("feedback", "", None, plan.feedback_given[1] if plan.feedback_given else None))
    return items


def _write_offboarding(run: Run, plan: ContractPlan, with_other: bool) -> None:
    items = _offboarding_items(run, plan)
    if with_other:
        items.append(("other", "", None, run.later(plan.last_day, 0, 5)))
    for position, (kind, system, grant, done) in enumerate(items):
        label = words.OFFBOARDING_LABELS[kind].format(system=system, first=plan.talent.first, platform=plan.platform)
        run.rows.add(OffboardingItem, contract=plan.id, kind=kind, label=label, grant=grant, done_on=done,
                     position=position)


def write_access_and_offboarding(run: Run) -> None:
    rng = run.rng
    started = [p for p in run.contracts if p.started]
    ended = [p for p in started if p.status == "ended"]
    left_open = {id(p) for p in pick(rng, ended, 0.06, at_least=2)}
    long_running = [p for p in started if p.kind != "fixed" and (p.worked_until(run.today) - p.first_day).days >= 120]
    equipped = {id(p) for p in pick(rng, [p for p in long_running if p.status == "ended"], 0.08)}
    equipped |= {id(p) for p in pick(rng, [p for p in long_running if p.status != "ended"], 0.08)}
    for plan in started:
        _write_grants(run, plan, id(plan) in left_open, id(plan) in equipped)
    lent = {id(p) for p in ended if id(p) in equipped}  # equipment always comes back through the checklist
    offboarded = [p for p in ended if (run.today - p.last_day).days <= 45 or id(p) in lent or rng.random() < 0.25]
    with_other = {id(p) for p in pick(rng, offboarded, 0.3)}
    for plan in offboarded:
        _write_offboarding(run, plan, id(plan) in with_other)


# ---------------------------------------------------------------------------
# Classification questionnaire


def write_classification(run: Run) -> None:
    """Answers for long, busy engagements: the ones that can start to look like employment."""
    rng = run.rng
    long_busy = [p for p in run.contracts if p.started and p.kind != "fixed"
                 and (p.worked_until(run.today) - p.first_day).days >= 180 and (p.weekly_limit.current or 40) >= 20]
    for plan in pick(rng, long_busy, 0.6):
        risky = rng.random() < 0.35
        lends_equipment = any(kind == "equipment" for _, kind, _, _ in plan.grants)
        run.rows.add(
            ClassificationAnswer, contract=plan.id,
            sets_hours=rng.choice(("me", "shared")) if risky else "talent",
            sets_place=rng.choice(("me", "shared")) if risky and rng.random() < 0.5 else "talent",
            equipment_by="me" if lends_equipment else rng.choice(("talent", "talent", "shared")),
            exclusive=risky and rng.random() < 0.5, open_ended=plan.end is None,
            written_contract=not (plan.platform == "Direct" and rng.random() < 0.3),
            core_business=rng.random() < 0.4,
            updated_at=moment(rng, run.later(plan.start, 30, 200)),
        )
