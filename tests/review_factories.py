"""Small factories for the review rules: the records the rules read, written directly."""
from __future__ import annotations

import datetime as dt

from talentdesk.store.models import (
    AccessGrant,
    Appreciation,
    Attachment,
    Contract,
    Milestone,
    OffboardingItem,
    WorkLog,
)


def ended(contract_id: int, on: dt.date) -> int:
    row = Contract.get_by_id(contract_id)
    start = min(row.start_date, on) if row.start_date else None
    Contract.update(status="ended", end_date=on, start_date=start).where(Contract.id == contract_id).execute()
    return contract_id


def work(contract_id: int, day: dt.date, minutes: int) -> None:
    """Minutes logged on one day (in rows of at most a day each, as the table allows)."""
    while minutes > 0:
        WorkLog.create(contract=contract_id, day=day, minutes=min(minutes, 1440))
        minutes -= 1440


def grant(contract_id: int, system: str = "GitHub", kind: str = "access", granted_on=dt.date(2026, 1, 5),
          revoked_on=None, offboarding: bool = False) -> int:
    row = AccessGrant.create(contract=contract_id, system=system, kind=kind, tier="write" if kind == "access" else None,
                             granted_on=granted_on, revoked_on=revoked_on)
    if offboarding:
        OffboardingItem.create(contract=contract_id, kind="revoke_access", label=f"Revoke {system}", grant=row)
    return row.id


def milestone(contract_id: int, due_on: dt.date, status: str = "pending", approved_on=None, title="Design") -> int:
    return Milestone.create(contract=contract_id, title=title, due_on=due_on, status=status,
                            approved_on=approved_on, amount_minor=50000).id


def document(talent_id: int, expires_on: dt.date, contract_id: int | None = None, kind: str = "insurance",
             name: str = "insurance.pdf") -> int:
    return Attachment.create(talent=talent_id, contract=contract_id, sha256="a" * 64, name=name, size=10,
                             direction="from_them", document_kind=kind, expires_on=expires_on,
                             shared_on=dt.date(2026, 1, 1)).id


def thanks(talent_id: int, on: dt.date) -> int:
    return Appreciation.create(talent=talent_id, kind="praise", given_on=on, what="Great handover").id
