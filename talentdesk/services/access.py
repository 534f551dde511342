"""Systems access and equipment granted for a contract: grant, revoke, what is still open."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..store.db import database
from ..store.models import ACCESS_TIERS, GRANT_KINDS, AccessGrant, OffboardingItem
from . import contracts
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, NotFound, Refused, ValidationError


@dataclass(frozen=True)
class GrantRow:
    id: int
    kind: str
    system: str
    tier: str | None
    granted_on: dt.date
    revoke_by: dt.date | None
    revoked_on: dt.date | None
    note: str

    @property
    def open(self) -> bool:
        return self.revoked_on is None


def _checked(system: str, kind: str, tier: str | None, granted_on, revoke_by, note: str) -> dict:
    values: dict[str, Any] = dict(
        kind=v.choice(kind, GRANT_KINDS, "kind"),
        system=v.text(system, "system", required=True, max_length=200),
        granted_on=v.day(granted_on or dt.date.today(), "granted on"),
        revoke_by=v.day(revoke_by, "revoke by", required=False),
        note=v.text(note, "note", max_length=5000),
    )
    values["tier"] = v.choice(tier, ACCESS_TIERS, "tier") if values["kind"] == "access" else None
    v.date_order(values["granted_on"], values["revoke_by"], "revoke by")
    return values


def grant(contract_id: int, system: str, *, kind: str = "access", tier: str | None = "read",
          granted_on=None, revoke_by=None, note: str = "") -> int:
    values = _checked(system, kind, tier, granted_on, revoke_by, note)
    with database.atomic():
        row = AccessGrant.create(contract=contracts.get(contract_id), **values)
    return row.id


def edit(grant_id: int, system: str, *, kind: str = "access", tier: str | None = "read",
         granted_on=None, revoke_by=None, note: str = "") -> None:
    """Correct what was recorded about a grant (its revocation stays as recorded)."""
    values = _checked(system, kind, tier, granted_on, revoke_by, note)
    with database.atomic():
        row = _get(grant_id)
        if row.revoked_on is not None and row.revoked_on < values["granted_on"]:
            raise ValidationError("granted on", QT_TRANSLATE_NOOP("errors", "is after it was revoked ({revoked_on})."),
                                  revoked_on=row.revoked_on)
        AccessGrant.update(**values).where(AccessGrant.id == grant_id).execute()


def remove(grant_id: int) -> None:
    """Remove a grant recorded by mistake (its offboarding item, if any, stays, unlinked)."""
    with database.atomic():
        _get(grant_id).delete_instance()


def _get(grant_id: int) -> AccessGrant:
    row = AccessGrant.get_or_none(AccessGrant.id == grant_id)
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "That access grant no longer exists."))
    return row


def revoke(grant_id: int, on=None) -> None:
    """Record that access was taken away (or equipment came back); ticks its offboarding item."""
    on = v.day(on or dt.date.today(), "revoked on")
    with database.atomic():
        row = _get(grant_id)
        if row.revoked_on is not None:
            raise Refused(QT_TRANSLATE_NOOP("errors", "{system} was already revoked on {revoked_on}."),
                          system=row.system, revoked_on=row.revoked_on)
        if on < row.granted_on:
            raise ValidationError("revoked on", QT_TRANSLATE_NOOP("errors", "is before it was granted ({granted_on})."),
                                  granted_on=row.granted_on)
        row.revoked_on = on
        row.save()
        (OffboardingItem.update(done_on=on)
         .where((OffboardingItem.grant == row.id) & (OffboardingItem.done_on.is_null())).execute())


def for_contract(contract_id: int) -> list[GrantRow]:
    query = (AccessGrant.select(AccessGrant.id, AccessGrant.kind, AccessGrant.system, AccessGrant.tier,
                                AccessGrant.granted_on, AccessGrant.revoke_by, AccessGrant.revoked_on, AccessGrant.note)
             .where(AccessGrant.contract == contract_id)
             .order_by(AccessGrant.revoked_on.is_null(False), AccessGrant.granted_on.desc(), AccessGrant.id).tuples())
    return [GrantRow(*row) for row in query]


def open_grants(contract_id: int) -> list[GrantRow]:
    return [g for g in for_contract(contract_id) if g.open]
