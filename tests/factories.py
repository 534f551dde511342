"""Small factories: each test builds just the world it needs."""
from __future__ import annotations

import datetime as dt
import itertools

from talentdesk.services import contracts, talents

_n = itertools.count(1)


def talent(name: str | None = None, **fields) -> int:
    data = talents.TalentInput(name=name or f"Person {next(_n)}", **fields)
    return talents.create_talent(data)


def contract(talent_id: int | None = None, title: str | None = None, status: str = "active", **fields) -> int:
    talent_id = talent_id or talent()
    fields.setdefault("rate_minor", 5000)
    fields.setdefault("start_date", dt.date(2026, 1, 5))
    data = contracts.ContractInput(talent_id=talent_id, title=title or f"Contract {next(_n)}", **fields)
    return contracts.create_contract(data, status=status)
