"""Which contract an imported payment belongs to: the person's contract covering the date, else an
"imported" contract per person and kind (created once, then stretched to span its payments)."""
from __future__ import annotations

import datetime as dt

from ..services import contracts as contract_service
from ..services import import_store
from .report import ImportReport

CONTRACT_KIND = {"hourly": "hourly", "milestone": "fixed"}


class ContractFinder:
    """Finds (or creates) the contract a payment belongs to, caching per person."""

    def __init__(self, result: ImportReport, platform: str, source: str):
        self.result, self.platform, self.source = result, platform, source
        self.by_talent: dict[int, list[dict]] = {}
        self.created: dict[tuple, dict] = {}
        self.memo: dict[tuple, int] = {}
        self.entry_of: dict[int, dict] = {}  # imported contract id -> its span and rate

    def _load(self, talent_id: int) -> list[dict]:
        if talent_id not in self.by_talent:
            self.by_talent[talent_id] = import_store.contracts_of(talent_id)
        return self.by_talent[talent_id]

    def find(self, talent_id: int, day: dt.date, payment_kind: str, rate_minor: int | None,
             currency: str = "USD") -> int:
        key = (talent_id, day, payment_kind, currency)
        found = self.memo.get(key)
        if found is not None:
            entry = self.entry_of.get(found)
            if entry is not None and rate_minor:
                entry["rate"] = rate_minor
            return found
        self.memo[key] = found = self._find(talent_id, day, payment_kind, rate_minor, currency)
        return found

    def _find(self, talent_id: int, day: dt.date, payment_kind: str, rate_minor: int | None, currency: str) -> int:
        rows = self._load(talent_id)
        wanted = CONTRACT_KIND.get(payment_kind)
        covering = [c for c in rows
                    if (c["start_date"] is None or c["start_date"] <= day)
                    and (c["end_date"] is None or day <= c["end_date"])]
        for contract in covering:
            if wanted is None or contract["kind"] == wanted:
                return contract["id"]
        kind = wanted or "hourly"
        key = (talent_id, kind, currency)
        if key not in self.created:
            title = f"Imported from {self.source} ({'hourly' if kind == 'hourly' else 'fixed price'})"
            existing = import_store.contract_titled(talent_id, title, self.platform)
            if existing is None:
                contract_id = contract_service.create_contract(contract_service.ContractInput(
                    talent_id=talent_id, title=title, kind=kind, rate_minor=rate_minor or 0, currency=currency,
                    start_date=day, end_date=day, platform=self.platform, original_budget_minor=0,
                    scope=f"Payments imported from {self.source}."), status="active")
                name = import_store.talent_name(talent_id)
                self.result.add(f"contract “{title}” with {name}", table="contract")
                start, end = day, day
            else:
                contract_id, start, end = existing.id, existing.start_date or day, existing.end_date or day
            self.created[key] = {"id": contract_id, "start": start, "end": end, "rate": rate_minor}
            self.entry_of[contract_id] = self.created[key]
        entry = self.created[key]
        entry["start"], entry["end"] = min(entry["start"], day), max(entry["end"], day)
        if rate_minor:
            entry["rate"] = rate_minor
        return entry["id"]

    def finish(self) -> None:
        """Imported contracts span their payments and are ended once the last one is past."""
        for entry in self.created.values():
            values = {"start_date": entry["start"], "end_date": entry["end"]}
            if entry["rate"]:
                values["rate_minor"] = entry["rate"]
            if entry["end"] < dt.date.today() - dt.timedelta(days=30):
                values["status"] = "ended"
            import_store.set_contract_fields(entry["id"], **values)
