"""Scope changes: every move of a running agreement is one action that writes the ledger row and the
new terms together, in one transaction — both land, or neither does.

Each action takes a ``Request``: why, who asked, whether the talent agreed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from ..store.models import REQUESTERS, Contract, Milestone, Rate, ScopeChange, utcnow
from . import contracts
from . import validate as v
from .errors import Refused, ValidationError
from .money import check_minor, format_plain, to_minor

RUNNING = ("active", "paused")


@dataclass
class Request:
    reason: str
    requested_by: str = "me"  # me | talent
    agreed: bool = False


def _checked(request: Request) -> dict:
    return {
        "reason": v.text(request.reason, "reason", required=True, max_length=5000),
        "requested_by": v.choice(request.requested_by, REQUESTERS, "who asked"),
        "agreed": bool(request.agreed),
    }


def _running(contract_id: int, *statuses: str) -> Contract:
    contract = contracts.get(contract_id)
    if contract.status not in (statuses or RUNNING):
        raise Refused(f"This contract is {contract.status}; a scope change needs a running contract.")
    return contract


def _weeks_left(contract: Contract, today: dt.date | None = None) -> int:
    """Whole weeks from today (or the start) to the end date; 0 when open-ended."""
    if contract.end_date is None:
        return 0
    start = max(today or dt.date.today(), contract.start_date or dt.date.min)
    return max(0, ((contract.end_date - start).days + 1 + 6) // 7)


def _weekly_cost(contract: Contract) -> int:
    """What one more week of this contract costs, at its current terms."""
    if contract.kind == "retainer":
        return contract.weekly_payment_minor or 0
    if contract.kind == "hourly" and contract.weekly_limit_hours:
        return contract.rate_minor * contract.weekly_limit_hours
    return 0


def _money(minor: int | None, contract: Contract) -> str:
    return "" if minor is None else format_plain(minor, contract.currency)


def _record(contract: Contract, kind: str, request: dict, before: str, after: str, delta: int) -> ScopeChange:
    return ScopeChange.create(contract=contract, kind=kind, before=before, after=after, cost_delta_minor=delta,
                              currency=contract.currency, happened_at=utcnow(), **request)


def _save(contract: Contract) -> None:
    contract.updated_at = utcnow()
    contract.save()


def extend_end_date(contract_id: int, new_end, request: Request) -> int:
    """Move the end date (later or earlier); the cost delta is the weeks gained or lost at the weekly cost."""
    req = _checked(request)
    new_end = v.day(new_end, "new end date")
    with database.atomic():
        contract = _running(contract_id)
        old_end = contract.end_date
        if old_end == new_end:
            raise ValidationError("new end date", "is the same as the current end date.")
        if contract.start_date and new_end < contract.start_date:
            raise ValidationError("new end date", f"is before the start {contract.start_date.isoformat()}.")
        # The days gained (or given up) at the current weekly cost; open-ended had no price to compare.
        delta = (new_end - old_end).days * _weekly_cost(contract) // 7 if old_end else 0
        change = _record(contract, "end_date", req, old_end.isoformat() if old_end else "open-ended",
                         new_end.isoformat(), delta)
        contract.end_date = new_end
        _save(contract)
    return change.id


def change_weekly_limit(contract_id: int, hours: int | None, request: Request) -> int:
    """A new weekly hour limit (None: unlimited)."""
    req = _checked(request)
    hours = v.integer(hours, "weekly limit", low=1, high=168, required=False)
    with database.atomic():
        contract = _running(contract_id)
        old = contract.weekly_limit_hours
        if old == hours:
            raise ValidationError("weekly limit", "is the same as the current limit.")
        delta = 0
        if contract.kind == "hourly" and old and hours:
            delta = (hours - old) * contract.rate_minor * _weeks_left(contract)
        change = _record(contract, "weekly_limit", req, f"{old} h" if old else "unlimited",
                         f"{hours} h" if hours else "unlimited", delta)
        contract.weekly_limit_hours = hours
        _save(contract)
    return change.id


def change_rate(contract_id: int, rate_minor: int, request: Request, effective_on=None) -> int:
    """A new rate for this contract; the contract's rate history keeps the old one."""
    req = _checked(request)
    rate_minor = check_minor(rate_minor, "rate")
    day = v.day(effective_on or dt.date.today(), "effective date")
    with database.atomic():
        contract = _running(contract_id)
        old = contract.rate_minor
        if old == rate_minor:
            raise ValidationError("rate", "is the same as the current rate.")
        if contract.kind == "fixed":
            delta = rate_minor - old
        elif contract.kind == "hourly" and contract.weekly_limit_hours:
            delta = (rate_minor - old) * contract.weekly_limit_hours * _weeks_left(contract)
        else:
            delta = 0
        change = _record(contract, "rate", req, _money(old, contract), _money(rate_minor, contract), delta)
        contract.rate_minor = rate_minor
        _save(contract)
        Rate.create(talent=contract.talent_id, contract=contract, effective_on=day, amount_minor=rate_minor,
                    currency=contract.currency, note=req["reason"])
    return change.id


def change_weekly_payment(contract_id: int, amount_minor: int, request: Request) -> int:
    req = _checked(request)
    amount_minor = check_minor(amount_minor, "weekly payment")
    with database.atomic():
        contract = _running(contract_id)
        if contract.kind != "retainer":
            raise Refused("Only a retainer has a weekly payment.")
        old = contract.weekly_payment_minor or 0
        if old == amount_minor:
            raise ValidationError("weekly payment", "is the same as the current weekly payment.")
        delta = (amount_minor - old) * _weeks_left(contract)
        change = _record(contract, "weekly_payment", req, _money(old, contract), _money(amount_minor, contract),
                         delta)
        contract.weekly_payment_minor = amount_minor
        _save(contract)
    return change.id


def add_milestone(contract_id: int, title: str, amount_minor: int, due_on, request: Request,
                  description: str = "") -> int:
    """A milestone added to a running contract: the ledger records its cost."""
    from . import milestones

    req = _checked(request)
    with database.atomic():
        contract = _running(contract_id)
        milestone_id = milestones.add(contract_id, title, amount_minor, due_on, description=description)
        milestone = Milestone.get_by_id(milestone_id)
        _record(contract, "milestone_added", req, "", f"{milestone.title}: {_money(milestone.amount_minor, contract)}",
                milestone.amount_minor)
        _save(contract)
    return milestone_id


def pay_bonus(contract_id: int, amount_minor: int, request: Request, paid_on=None, note: str = "") -> int:
    """A bonus payment (e.g. for hours over the weekly limit) and its ledger row."""
    req = _checked(request)
    amount_minor = check_minor(amount_minor, "bonus")
    if amount_minor <= 0:
        raise ValidationError("bonus", "must be more than zero.")
    with database.atomic():
        contract = _running(contract_id, "active", "paused", "ended")
        payment_id = contracts.add_payment(contract_id, "bonus", amount_minor, contract.currency,
                                           paid_on or dt.date.today(), description=note or req["reason"])
        _record(contract, "bonus", req, "", _money(amount_minor, contract), amount_minor)
        _save(contract)
    return payment_id


def _status_change(contract_id: int, to: str, kind: str, request: Request) -> int:
    req = _checked(request)
    with database.atomic():
        contract = _running(contract_id)
        before = contract.status
        contracts.move(contract_id, to)
        change = _record(contract, kind, req, before, to, 0)
    return change.id


def pause(contract_id: int, request: Request) -> int:
    return _status_change(contract_id, "paused", "paused", request)


def resume(contract_id: int, request: Request) -> int:
    return _status_change(contract_id, "active", "resumed", request)


def _term_back(contract: Contract, change: ScopeChange) -> None:
    """Put the term a change moved back to its value before, if it still has the value the change gave it."""
    def moved_since(now: str) -> None:
        if now != change.after:
            raise Refused(f"The contract's {change.kind.replace('_', ' ')} has changed since ({now}); record a new "
                          "scope change instead of reversing this one.")

    if change.kind == "end_date":
        moved_since(contract.end_date.isoformat() if contract.end_date else "open-ended")
        contract.end_date = None if change.before == "open-ended" else dt.date.fromisoformat(change.before)
    elif change.kind == "weekly_limit":
        moved_since(f"{contract.weekly_limit_hours} h" if contract.weekly_limit_hours else "unlimited")
        contract.weekly_limit_hours = None if change.before == "unlimited" else int(change.before.split()[0])
    elif change.kind in ("rate", "weekly_payment"):
        field = "rate_minor" if change.kind == "rate" else "weekly_payment_minor"
        moved_since(_money(getattr(contract, field), contract))
        setattr(contract, field, to_minor(change.before.split()[0], contract.currency))
        if change.kind == "rate":
            Rate.create(talent=contract.talent_id, contract=contract, effective_on=dt.date.today(),
                        amount_minor=contract.rate_minor, currency=contract.currency, note=change.reason)
    elif change.kind in ("paused", "resumed"):
        moved_since(contract.status)
        contracts.move(contract.id, change.before)
        contract.status = change.before


def reverse(change_id: int, request: Request) -> int:
    """Correct a scope change by a reversing ledger row (history is never rewritten).

    The terms the change moved go back to their values before it; its cost delta is cancelled. A bonus or an
    added milestone keeps its payment or milestone: those are corrected in their own tabs.
    """
    req = _checked(request)
    with database.atomic():
        change = ScopeChange.get_or_none(ScopeChange.id == change_id)
        if change is None:
            raise Refused("That scope change is no longer recorded.")
        if ScopeChange.select().where((ScopeChange.contract == change.contract_id)
                                      & (ScopeChange.reason.startswith(f"[reverses #{change.id}]"))).exists():
            raise Refused("This scope change has already been reversed.")
        contract = contracts.get(change.contract_id)
        _term_back(contract, change)
        req["reason"] = f"[reverses #{change.id}] {req['reason']}"
        reversal = ScopeChange.create(contract=contract, kind=change.kind, before=change.after, after=change.before,
                                      cost_delta_minor=-change.cost_delta_minor, currency=change.currency,
                                      happened_at=utcnow(), **req)
        _save(contract)
    return reversal.id


@dataclass(frozen=True)
class LedgerRow:
    id: int
    happened_at: dt.datetime
    kind: str
    reason: str
    requested_by: str
    agreed: bool
    before: str
    after: str
    cost_delta_minor: int
    currency: str


def ledger(contract_id: int) -> list[LedgerRow]:
    """The contract's scope changes, newest first."""
    query = (ScopeChange.select(ScopeChange.id, ScopeChange.happened_at, ScopeChange.kind, ScopeChange.reason,
                                ScopeChange.requested_by, ScopeChange.agreed, ScopeChange.before, ScopeChange.after,
                                ScopeChange.cost_delta_minor, ScopeChange.currency)
             .where(ScopeChange.contract == contract_id)
             .order_by(ScopeChange.happened_at.desc(), ScopeChange.id.desc()).tuples())
    return [LedgerRow(*row) for row in query]
