"""A raise: a person's new rate, and — when they work on a running contract and the user says so — the
contract's rate with it, through the rate scope action (so the ledger records it), in one transaction."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.db import database
from ..store.models import Contract
from . import scope, talents, terms
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, ValidationError
from .money import check_currency


@dataclass(frozen=True)
class RunningContract:
    id: int
    title: str
    currency: str
    rate_minor: int  # in force today


def running_contract(talent_id: int, contract_id: int | None = None,
                     today: dt.date | None = None) -> RunningContract | None:
    """The running contract a raise can apply to: ``contract_id`` when it is one of theirs and running,
    else their latest running hourly or retainer contract (a fixed price has no hourly rate)."""
    query = Contract.select().where((Contract.talent == talent_id) & Contract.status.in_(scope.RUNNING)
                                    & (Contract.kind != "fixed"))
    chosen = query.where(Contract.id == contract_id).first() if contract_id else None
    chosen = chosen or query.order_by(Contract.start_date.desc(nulls="last"), Contract.id.desc()).first()
    if chosen is None:
        return None
    now = terms.in_force(chosen.id, today or dt.date.today())
    return RunningContract(chosen.id, chosen.title, chosen.currency, now.rate_minor)


def log_raise(talent_id: int, effective_on, amount_minor: int, currency: str, note: str = "",
              contract_id: int | None = None) -> int:
    """The person's new rate; with ``contract_id``, that running contract's rate from the same day too.

    The contract part is refused in another currency than the contract's (its rate cannot be in two);
    nothing is written then. Returns the person's new rate row.
    """
    day = v.day(effective_on, "effective date")
    code = check_currency(currency)
    with database.atomic():
        rate_id = talents.add_rate(talent_id, day, amount_minor, code, note)
        if contract_id is not None:
            contract = Contract.get_or_none((Contract.id == contract_id) & (Contract.talent == talent_id))
            if contract is None:
                raise ValidationError("contract", QT_TRANSLATE_NOOP("errors", "is not one of this person's contracts."))
            if code != contract.currency:
                raise ValidationError("currency", QT_TRANSLATE_NOOP("errors", "the contract “{title}” is paid in "
                                                                              "{currency}; give the raise in {currency} to change its "
                                                                              "rate too."),
                                      title=contract.title, currency=contract.currency)
            scope.change_rate(contract_id, amount_minor,
                              scope.Request(note.strip() or "Raise of the person's rate", "me", True), day)
    return rate_id
