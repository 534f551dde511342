"""Scope changes: every move of a running agreement is one action that writes the ledger row and the
new terms together, in one transaction — both land, or neither does.

Each action takes a ``Request``: why, who asked, whether the talent agreed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from ..store.db import database
from ..store.models import REQUESTERS, Contract, ContractTerm, Milestone, Rate, ScopeChange, utcnow
from . import authors, contracts, settings, stored, terms
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, Message, Refused, ValidationError, counted
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
        raise Refused(QT_TRANSLATE_NOOP("errors", "This contract is {status}; a scope change needs a running contract."),
                      status=contract.status)
    return contract


def _weeks_left(contract: Contract, today: dt.date | None = None) -> int:
    """Whole weeks from today (or the start) to the end date; 0 when open-ended."""
    if contract.end_date is None:
        return 0
    start = max(today or dt.date.today(), contract.start_date or dt.date.min)
    return max(0, ((contract.end_date - start).days + 1 + 6) // 7)


def _weekly_cost(contract: Contract, day: dt.date | None = None) -> int:
    """What one week of this contract costs at the terms in force on ``day`` (today by default)."""
    t = terms.in_force(contract.id, day or dt.date.today())
    if contract.kind == "retainer":
        return t.weekly_payment_minor or 0
    if contract.kind == "hourly" and t.weekly_limit_hours:
        return t.rate_minor * t.weekly_limit_hours
    return 0


def _effective(contract: Contract, effective_on) -> dt.date:
    """The day a change takes effect: today unless given; within the contract's dates."""
    day = v.day(effective_on or dt.date.today(), "effective date")
    if contract.start_date and day < contract.start_date:
        raise ValidationError("effective date", QT_TRANSLATE_NOOP("errors", "is before the start of the contract "
                                                                            "({start_date})."),
                              start_date=contract.start_date)
    if contract.end_date and day > contract.end_date:
        raise ValidationError("effective date", QT_TRANSLATE_NOOP("errors", "is after the end of the contract "
                                                                            "({end_date})."),
                              end_date=contract.end_date)
    return day


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
            raise ValidationError("new end date", QT_TRANSLATE_NOOP("errors", "is the same as the current end date."))
        if contract.start_date and new_end < contract.start_date:
            raise ValidationError("new end date", QT_TRANSLATE_NOOP("errors", "is before the start {start_date}."),
                                  start_date=contract.start_date)
        # The days gained (or given up) at the current weekly cost; open-ended had no price to compare.
        delta = (new_end - old_end).days * _weekly_cost(contract, old_end) // 7 if old_end else 0
        change = _record(contract, "end_date", req, old_end.isoformat() if old_end else "open-ended",
                         new_end.isoformat(), delta)
        contract.end_date = new_end
        _save(contract)
    return change.id


def change_weekly_limit(contract_id: int, hours: int | None, request: Request, effective_on=None) -> int:
    """A new weekly hour limit (None: unlimited) from ``effective_on`` (today by default) on."""
    req = _checked(request)
    hours = v.integer(hours, "weekly limit", low=1, high=168, required=False)
    with database.atomic():
        contract = _running(contract_id)
        day = _effective(contract, effective_on)
        now = terms.in_force(contract.id, day)
        old = now.weekly_limit_hours
        if old == hours:
            raise ValidationError("weekly limit", QT_TRANSLATE_NOOP("errors", "is the same as the limit in force that "
                                                                              "day."))
        delta = 0
        if contract.kind == "hourly" and old and hours:
            delta = (hours - old) * now.rate_minor * _weeks_left(contract, day)
        change = _record(contract, "weekly_limit", req, f"{old} h" if old else "unlimited",
                         f"{hours} h" if hours else "unlimited", delta)
        terms.change(contract.id, day, "weekly_limit_hours", hours, change.id)
        _touch(contract_id)
    return change.id


def change_rate(contract_id: int, rate_minor: int, request: Request, effective_on=None) -> int:
    """A new rate for this contract from ``effective_on`` (today by default) on; earlier weeks keep theirs."""
    req = _checked(request)
    rate_minor = check_minor(rate_minor, "rate")
    with database.atomic():
        contract = _running(contract_id)
        day = _effective(contract, effective_on)
        now = terms.in_force(contract.id, day)
        old = now.rate_minor
        if old == rate_minor:
            raise ValidationError("rate", QT_TRANSLATE_NOOP("errors", "is the same as the rate in force that day."))
        if contract.kind == "fixed":
            delta = rate_minor - old
        elif contract.kind == "hourly" and now.weekly_limit_hours:
            delta = (rate_minor - old) * now.weekly_limit_hours * _weeks_left(contract, day)
        else:
            delta = 0
        change = _record(contract, "rate", req, _money(old, contract), _money(rate_minor, contract), delta)
        terms.change(contract.id, day, "rate_minor", rate_minor, change.id)
        _touch(contract_id)
        Rate.create(talent=contract.talent_id, contract=contract, effective_on=day, amount_minor=rate_minor,
                    currency=contract.currency, note=req["reason"])
    return change.id


def change_weekly_payment(contract_id: int, amount_minor: int, request: Request, effective_on=None) -> int:
    """A retainer's new weekly payment from ``effective_on`` (today by default) on."""
    req = _checked(request)
    amount_minor = check_minor(amount_minor, "weekly payment")
    with database.atomic():
        contract = _running(contract_id)
        if contract.kind != "retainer":
            raise Refused(QT_TRANSLATE_NOOP("errors", "Only a retainer has a weekly payment."))
        day = _effective(contract, effective_on)
        old = terms.in_force(contract.id, day).weekly_payment_minor or 0
        if old == amount_minor:
            raise ValidationError("weekly payment", QT_TRANSLATE_NOOP("errors", "is the same as the weekly payment in "
                                                                                "force that day."))
        delta = (amount_minor - old) * _weeks_left(contract, day)
        change = _record(contract, "weekly_payment", req, _money(old, contract), _money(amount_minor, contract),
                         delta)
        terms.change(contract.id, day, "weekly_payment_minor", amount_minor, change.id)
        _touch(contract_id)
    return change.id


def _touch(contract_id: int) -> None:
    """Mark the contract changed without writing back its (cached) terms."""
    Contract.update(**authors.touched(Contract)).where(Contract.id == contract_id).execute()


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


KEEP = "keep"  # change_milestone: leave the due date as it is


def change_milestone(contract_id: int, milestone_id: int, request: Request, *, amount_minor: int | None = None,
                     due_on=KEEP, remove: bool = False) -> int:
    """A milestone of a running contract changes its amount or due date, or is removed; one ledger row.

    The cost delta is the change of amount (a removed milestone: minus its amount), so the budget with
    scope changes follows. Approved and paid milestones are part of the record and are not removed.
    """
    from . import milestones

    req = _checked(request)
    with database.atomic():
        contract = _running(contract_id)
        milestone = Milestone.get_or_none((Milestone.id == milestone_id) & (Milestone.contract == contract_id))
        if milestone is None:
            raise ValidationError("milestone", QT_TRANSLATE_NOOP("errors", "choose a milestone of this contract."))
        old_text = f"{milestone.title}: {_milestone_terms(milestone.amount_minor, milestone.due_on, contract)}"
        if remove:
            milestones._removable(milestone)
            change = _record(contract, "milestone_edited", req, old_text, f"{milestone.title}: removed",
                             -milestone.amount_minor)
            milestone.delete_instance()
            _touch(contract_id)
            return change.id
        amount = milestone.amount_minor if amount_minor is None else check_minor(amount_minor, "amount")
        due = milestone.due_on if due_on == KEEP else v.day(due_on, "due date", required=False)
        if amount == milestone.amount_minor and due == milestone.due_on:
            raise ValidationError("amount", QT_TRANSLATE_NOOP("errors", "change the amount or the due date, or remove "
                                                                        "the milestone."))
        if amount != milestone.amount_minor and milestone.status == "paid":
            raise Refused(QT_TRANSLATE_NOOP("errors", "This milestone is paid; its amount is part of the record."))
        change = _record(contract, "milestone_edited", req, old_text,
                         f"{milestone.title}: {_milestone_terms(amount, due, contract)}", amount - milestone.amount_minor)
        milestone.amount_minor, milestone.due_on = amount, due
        milestone.save()
        _touch(contract_id)
    return change.id


def _milestone_terms(amount: int, due: dt.date | None, contract: Contract) -> str:
    return f"{_money(amount, contract)}, due {due.isoformat()}" if due else f"{_money(amount, contract)}, no due date"


def bonus_last_day(contract: Contract) -> dt.date | None:
    """The last day a bonus may be paid on this contract; None while it runs (or has no end)."""
    if contract.status in RUNNING or contract.end_date is None:
        return None
    return contract.end_date + dt.timedelta(days=int(settings.get("bonus_window_days")))


def bonus_refusal(contract: Contract, day: dt.date) -> str:
    """Why a bonus on ``day`` is not allowed ("" when it is): the marketplace's window after the end."""
    if contract.status in ("draft", "offered"):
        return Message(QT_TRANSLATE_NOOP("errors", "This contract is {status}; a bonus is paid on a contract that "
                                                   "has started."), status=contract.status)
    last = bonus_last_day(contract)
    if last is not None and day > last:
        days = int(settings.get("bonus_window_days"))
        return Message(QT_TRANSLATE_NOOP("errors", "A bonus can be paid up to {days} after a contract ends; this "
                                                   "one ended on {end_date}, so the last day was {last}."),
                       days=counted(days, QT_TRANSLATE_NOOP("errors", "%n day(s)")), end_date=contract.end_date,
                       last=last)
    return ""


def pay_bonus(contract_id: int, amount_minor: int, request: Request, paid_on=None, note: str = "") -> int:
    """A bonus: one payment and its one ledger row, whichever button asked (Pay bonus, Say thanks).

    Allowed while the contract runs and up to the bonus window (a setting, 365 days) after its end.
    """
    req = _checked(request)
    amount_minor = check_minor(amount_minor, "bonus")
    if amount_minor <= 0:
        raise ValidationError("bonus", QT_TRANSLATE_NOOP("errors", "must be more than zero."))
    day = v.day(paid_on or dt.date.today(), "paid on")
    with database.atomic():
        contract = contracts.get(contract_id)
        refusal = bonus_refusal(contract, day)
        if refusal:
            raise Refused(refusal)
        payment_id = contracts.add_payment(contract_id, "bonus", amount_minor, contract.currency, day,
                                           description=note or req["reason"])
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


TERM_FIELDS = {"rate": "rate_minor", "weekly_limit": "weekly_limit_hours", "weekly_payment": "weekly_payment_minor"}


def _term_back(contract: Contract, change: ScopeChange) -> tuple[dt.date, str, int | None] | None:
    """Put the term a change moved back to its value before, if it still has the value the change gave it.

    End date and status are the contract's own columns and are set here. Rate, weekly limit and weekly
    payment have history (services/terms.py): the answer is (day, field, value) for the terms row the change
    added, to be set back from that day on once the reversing ledger row exists.
    """
    def moved_since(now: str) -> None:
        if now != change.after:
            raise Refused(QT_TRANSLATE_NOOP("errors", "The contract's {kind} has changed since ({now}); record a new "
                          "scope change instead of reversing this one."), kind=change.kind.replace("_", " "), now=now)

    if change.kind == "end_date":
        moved_since(contract.end_date.isoformat() if contract.end_date else "open-ended")
        contract.end_date = None if change.before == "open-ended" else dt.date.fromisoformat(change.before)
    elif change.kind in TERM_FIELDS:
        field = TERM_FIELDS[change.kind]
        row = ContractTerm.get_or_none(ContractTerm.scope_change == change.id)
        # A change recorded before terms had history has no row: it is put back from today on.
        day = row.effective_on if row is not None else max(dt.date.today(), contract.start_date or dt.date.min)
        now = getattr(row, field) if row is not None else getattr(terms.in_force(contract.id, day), field)
        if change.kind == "weekly_limit":
            moved_since(f"{now} h" if now else "unlimited")
            return day, field, None if change.before == "unlimited" else int(change.before.split()[0])
        moved_since(_money(now, contract))
        return day, field, to_minor(change.before.split()[0], contract.currency) if change.before else None
    elif change.kind in ("paused", "resumed"):
        moved_since(contract.status)
        contracts.move(contract.id, change.before)
        contract.status = change.before
    return None


def reverse(change_id: int, request: Request) -> int:
    """Correct a scope change by a reversing ledger row (history is never rewritten).

    The terms the change moved go back to their values before it; its cost delta is cancelled. A bonus or an
    added milestone keeps its payment or milestone: those are corrected in their own tabs.
    """
    req = _checked(request)
    with database.atomic():
        change = ScopeChange.get_or_none(ScopeChange.id == change_id)
        if change is None:
            raise Refused(QT_TRANSLATE_NOOP("errors", "That scope change is no longer recorded."))
        if ScopeChange.select().where((ScopeChange.contract == change.contract_id)
                                      & (ScopeChange.reason.startswith(f"[reverses #{change.id}]"))).exists():
            raise Refused(QT_TRANSLATE_NOOP("errors", "This scope change has already been reversed."))
        contract = contracts.get(change.contract_id)
        term = _term_back(contract, change)
        req["reason"] = f"[reverses #{change.id}] {req['reason']}"
        reversal = ScopeChange.create(contract=contract, kind=change.kind, before=change.after, after=change.before,
                                      cost_delta_minor=-change.cost_delta_minor, currency=change.currency,
                                      happened_at=utcnow(), **req)
        _save(contract)
        if term is not None:
            day, field, value = term
            terms.change(contract.id, day, field, value)  # the row stays linked to the change that made it
            if field == "rate_minor":  # the person's rate history says it too (as change_rate does)
                Rate.create(talent=contract.talent_id, contract=contract, effective_on=day, amount_minor=value,
                            currency=contract.currency, note=change.reason)
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
    effective_on: dt.date | None = None  # the day a rate, limit or payment change takes effect


def ledger(contract_id: int) -> list[LedgerRow]:
    """The contract's scope changes, newest first."""
    query = (ScopeChange.select(ScopeChange.id, ScopeChange.happened_at, ScopeChange.kind, ScopeChange.reason,
                                ScopeChange.requested_by, ScopeChange.agreed, ScopeChange.before, ScopeChange.after,
                                ScopeChange.cost_delta_minor, ScopeChange.currency, ContractTerm.effective_on)
             .join(ContractTerm, JOIN.LEFT_OUTER, on=(ContractTerm.scope_change == ScopeChange.id))
             .where(ScopeChange.contract == contract_id)
             .order_by(ScopeChange.happened_at.desc(), ScopeChange.id.desc()).tuples())
    # mypy cannot count the columns a star unpacks, so it assumes they may fill effective_on too.
    return [LedgerRow(*row[:-1], effective_on=stored.day(row[-1])) for row in query]  # type: ignore[misc]
