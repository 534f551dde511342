"""Writing people and contracts, with their contact details, skills, rates, milestones and scope changes."""
from __future__ import annotations

import datetime as dt

from ...store.models import (
    ContactChannel,
    Contract,
    ContractTerm,
    Milestone,
    ProfileLink,
    Rate,
    ScopeChange,
    Skill,
    Talent,
    TalentSkill,
)
from . import vocabulary as words
from .changes import original_budget
from .tools import moment, slug
from .world import ChangePlan, ContractPlan, Run, TalentPlan


def _write_skills(run: Run) -> dict[str, int]:
    names = list(dict.fromkeys(s for trade in words.TRADES for s in trade.skills))
    return {name: run.rows.add(Skill, name=name) for name in names}


def _talent_notes(run: Run, talent: TalentPlan) -> str:
    rng = run.rng
    notes = [n.format(thing=rng.choice(talent.trade.things)) for n in rng.sample(words.TALENT_NOTES, rng.randint(1, 2))]
    return " ".join(notes)


def _name_parts(talent: TalentPlan) -> dict[str, str]:
    """Most people's given and family name, as a vCard import keeps them; one in five has none (the tax year
    flags them). Taken from the name itself, so no random number is drawn."""
    parts = talent.name.split()
    if talent.id % 5 == 0 or len(parts) < 2 or talent.first not in parts:
        return {}
    return {"given_name": talent.first, "family_name": " ".join(p for p in parts if p != talent.first)}


def _write_talent(run: Run, talent: TalentPlan) -> None:
    rng = run.rng
    last_contract = max((p.created for p in talent.contracts), default=talent.first_contact)
    reason = rng.choice(words.DO_NOT_REHIRE_REASONS) if talent.status == "do_not_rehire" else ""
    run.rows.add(
        Talent,
        name=talent.name,
        headline=rng.choice(talent.trade.headlines),
        location=f"{talent.place.city}, {talent.place.country}",
        timezone=talent.place.timezone,
        languages=talent.culture.languages,
        working_hours_start=talent.work_start,
        working_hours_end=min(1440, talent.work_start + rng.choice((7, 8, 8, 9)) * 60),
        preferred_channel=talent.channel,
        response_hours=rng.choice((1, 2, 4, 8, 12, 24, 48, None)),
        stay_in_touch_days=rng.choice((30, 45, 60, 90, 120)) if talent.favourite else (
            180 if rng.random() < 0.1 else None),
        bench_status=talent.status,
        status_reason=reason,
        favourite=talent.favourite,
        available=talent.status in ("on_bench", "trial") or rng.random() < 0.3,
        notes=_talent_notes(run, talent),
        created_at=moment(rng, talent.first_contact),
        updated_at=moment(rng, max(last_contract, talent.first_contact)),
        **_name_parts(talent),
    )


def _write_contact(run: Run, talent: TalentPlan) -> None:
    rng, rows = run.rng, run.rows
    domain = rng.choice(words.EMAIL_DOMAINS)
    rows.add(ContactChannel, talent=talent.id, kind="email", label="work", value=f"{talent.handle}@{domain}",
             preferred=True)
    if rng.random() < 0.7:
        digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        rows.add(ContactChannel, talent=talent.id, kind="phone", label="mobile",
                 value=f"{talent.place.phone_code} {digits[:3]} {digits[3:6]} {digits[6:]}")
    if rng.random() < 0.6:
        app = rng.choice(words.CHAT_APPS)
        rows.add(ContactChannel, talent=talent.id, kind="chat", label=app, value="@" + talent.handle.replace(".", "_"))


def _write_links(run: Run, talent: TalentPlan) -> None:
    rng, rows = run.rng, run.rows
    handle = talent.handle.replace(".", "-")
    if talent.platform == "Upwork":
        rows.add(ProfileLink, talent=talent.id, label="Upwork profile",
                 url=f"https://www.upwork.example/freelancers/~01{rng.getrandbits(72):018x}")
    elif talent.platform != "Direct":
        site = slug(talent.platform)
        rows.add(ProfileLink, talent=talent.id, label=f"{talent.platform} profile", url=f"https://{site}.example/{handle}")
    label, url = rng.choice((
        ("Portfolio", f"https://{handle}.example"),
        ("GitHub", f"https://github.example/{handle}"),
        ("LinkedIn", f"https://linkedin.example/in/{handle}"),
    ))
    rows.add(ProfileLink, talent=talent.id, label=label, url=url)


def _write_talent_skills(run: Run, talent: TalentPlan, skill_ids: dict[str, int]) -> None:
    rng = run.rng
    own = rng.sample(talent.trade.skills, rng.randint(3, min(6, len(talent.trade.skills))))
    extra = rng.choice(list(skill_ids))
    for position, name in enumerate(own + ([extra] if extra not in own and rng.random() < 0.4 else [])):
        level = rng.randint(4, 5) if position < 2 else rng.randint(1, 4)
        run.rows.add(TalentSkill, talent=talent.id, skill=skill_ids[name], level=level)


def _write_talent_rates(run: Run, talent: TalentPlan) -> None:
    for index, (day, amount) in enumerate(talent.rates):
        note = "Starting rate" if index == 0 else run.rng.choice(("Annual rate review", "Raised after a strong year"))
        run.rows.add(Rate, talent=talent.id, effective_on=day, amount_minor=amount, currency=talent.currency, note=note)


def write_people(run: Run) -> None:
    skill_ids = _write_skills(run)
    for talent in run.talents:
        _write_talent(run, talent)
        _write_contact(run, talent)
        _write_links(run, talent)
        _write_talent_skills(run, talent, skill_ids)
        _write_talent_rates(run, talent)


# ---------------------------------------------------------------------------
# Writing contracts, their rates, milestones and scope changes


def _scope_text(run: Run, plan: ContractPlan) -> str:
    return words.SCOPE_TEMPLATE.format(
        thing_a=plan.things[0].capitalize(), thing_b=plan.things[1].capitalize(), day=run.rng.choice(words.WEEKDAYS))


def _current_rate_minor(plan: ContractPlan) -> int:
    return _rate_on(plan, dt.date.max)


def _rate_on(plan: ContractPlan, day: dt.date) -> int:
    if plan.kind == "retainer":  # the hourly equivalent of the weekly payment
        return plan.weekly_payment.at(day) // plan.weekly_limit.at(day)
    return plan.rate.at(day)


def _write_contract_terms(run: Run, plan: ContractPlan, change_ids: dict[tuple[str, dt.date], int]) -> None:
    """The terms history: a first row at the start (or the day it was created), then one row for each
    day a rate, limit or payment changed, linked to the ledger row that moved it."""
    first = plan.start or plan.created
    moved = {day for steps in (plan.rate, plan.weekly_limit, plan.weekly_payment) for day in steps.days[1:]}
    for day in [first] + sorted(d for d in moved if d > first):
        change = next((change_ids[(kind, day)] for kind in ("rate", "weekly_limit", "weekly_payment")
                       if (kind, day) in change_ids), None)
        run.rows.add(ContractTerm, contract=plan.id, effective_on=day, rate_minor=_rate_on(plan, day),
                     weekly_limit_hours=plan.weekly_limit.at(day), weekly_payment_minor=plan.weekly_payment.at(day),
                     scope_change=change)


def _write_contract(run: Run, plan: ContractPlan) -> None:
    rng = run.rng
    created = moment(rng, plan.created)
    updated = max([created] + [c.at for c in plan.changes])
    run.rows.add(
        Contract,
        talent=plan.talent.id,
        title=plan.title,
        kind=plan.kind,
        status=plan.status,
        rate_minor=_current_rate_minor(plan),
        currency=plan.talent.currency,
        weekly_limit_hours=plan.weekly_limit.current,
        weekly_payment_minor=plan.weekly_payment.current,
        original_budget_minor=original_budget(plan),
        start_date=plan.start,
        end_date=plan.end,
        scope=_scope_text(run, plan),
        is_test_project=plan.is_test,
        test_decision=plan.test_decision,
        platform=plan.platform,
        external_id=plan.external_id,
        renews=plan.renews.id if plan.renews else None,
        end_reason=plan.end_reason,
        ended_by=_ended_by(plan),
        created_at=created,
        updated_at=updated,
    )


def _write_contract_rates(run: Run, plan: ContractPlan) -> None:
    """An hourly contract keeps its own rate, so old contracts keep their old rate."""
    if plan.kind != "hourly" or plan.start is None:
        return
    for index, (day, amount) in enumerate(zip(plan.rate.days, plan.rate.values, strict=False)):
        run.rows.add(Rate, talent=plan.talent.id, contract=plan.id, effective_on=plan.start if index == 0 else day,
                     amount_minor=amount, currency=plan.talent.currency,
                     note="Contract rate" if index == 0 else "Rate change agreed on the contract")


# Who ends a contract, by its reason; a delivered project is ended by either side. Decided from the plan's
# numbers, not the random stream, so the rest of the demo stays as it was.
_ENDED_BY_THEM = {"Talent took a full-time job"}
_EITHER = {"Project delivered"}


def _ended_by(plan: ContractPlan) -> str | None:
    if plan.status != "ended":
        return None
    if plan.end_reason in _ENDED_BY_THEM or (plan.end_reason in _EITHER and plan.id % 3 == 0):
        return "them"
    return "me"


def _submitted_on(run: Run, plan: ContractPlan, m) -> dt.date | None:
    """The day the work was submitted: a few days before its approval (now and then more than the marketplace's
    14 days, so it was released automatically), or its due day while it waits."""
    if m.approved_on is not None:
        before = 16 if (plan.id + m.position) % 11 == 0 else (plan.id * 3 + m.position) % 5
        return max(plan.first_day, m.approved_on - dt.timedelta(days=before))
    if m.status == "submitted":
        return max(plan.first_day, min(run.today, m.due_on or run.today))
    return None


def _write_milestones(run: Run, plan: ContractPlan) -> None:
    for m in plan.milestones:
        m.id = run.rows.add(
            Milestone, contract=plan.id, title=m.title, description=f"{m.title} for {plan.things[0]}",
            amount_minor=m.amount, currency=plan.talent.currency, due_on=m.due_on, status=m.status,
            position=m.position, approved_on=m.approved_on, paid_on=m.paid_on,
            submitted_on=_submitted_on(run, plan, m),
        )


def write_change(run: Run, plan: ContractPlan, change: ChangePlan) -> int:
    return run.rows.add(
        ScopeChange, contract=plan.id, kind=change.kind, reason=change.reason, requested_by=change.requested_by,
        agreed=change.agreed, before=change.before, after=change.after, cost_delta_minor=change.cost_delta,
        currency=plan.talent.currency, happened_at=change.at,
    )


def write_contracts(run: Run) -> None:
    for plan in run.contracts:
        _write_contract(run, plan)
    for plan in run.contracts:
        _write_contract_rates(run, plan)
        _write_milestones(run, plan)
        change_ids = {(change.kind, change.at.date()): write_change(run, plan, change) for change in plan.changes}
        _write_contract_terms(run, plan, change_ids)
