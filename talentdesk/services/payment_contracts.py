"""Which contract a payment belongs to: one domain rule for every importer (and for anyone who asks).

Marketplace payouts follow the work, not the calendar: an hourly invoice is paid days after its week,
sometimes after the contract has ended. So, for one person:

1. a payment with an invoice period ("Invoice for 05/05/2025-05/11/2025") belongs to the contract that
   ran during that period (the one covering most of it);
2. otherwise, to the contract running on the payment date;
3. otherwise, an "imported" contract made by an earlier payment (it has no end of its own: it spans the
   payments it holds) grows to take it, unless that would stretch it over days another contract covers;
4. otherwise, a payout after a contract's end belongs to the contract that ended last before it, while
   that is within the bonus window (the marketplace pays nothing on a contract later than that);
5. only when nothing above fits is a new "imported" contract made: never for a period or day that an
   existing contract of the person covers.

A contract of the payment's kind (hourly for hourly, fixed price for a milestone) is preferred among
those that qualify; any contract that qualifies beats making a new one.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..store.models import Contract, Talent
from . import contracts as contract_service
from . import settings, stored
from .errors import QT_TRANSLATE_NOOP, Message, ValidationError, counted

CONTRACT_KIND = {"hourly": "hourly", "milestone": "fixed"}
Period = tuple[dt.date, dt.date]


@dataclass
class _Known:
    id: int
    kind: str
    start: dt.date | None
    end: dt.date | None
    imported: bool  # made by an import for payments that matched nothing: it may grow to span more
    currency: str = ""

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def overlap_days(self, period: Period) -> int:
        start = max(period[0], self.start or period[0])
        end = min(period[1], self.end or period[1])
        return max(0, (end - start).days + 1)


@dataclass(frozen=True)
class Created:
    contract_id: int
    title: str
    talent_name: str


class ContractMatcher:
    """Finds (or, as the last resort, makes) the contract each payment of an import belongs to."""

    def __init__(self, platform: str, source: str):
        self.platform, self.source = platform, source
        self.window = dt.timedelta(days=int(settings.get("bonus_window_days")))
        self.by_talent: dict[int, list[_Known]] = {}
        self.rates: dict[int, int] = {}  # imported contract made or grown here -> the latest rate seen
        self.created: list[Created] = []
        self.memo: dict[tuple, int] = {}
        self.names: dict[int, str] = {}  # the people loaded, for naming the contracts made
        self.currency_of: dict[int, str] = {}  # every contract loaded or made -> its currency

    def title(self, kind: str) -> str:
        return f"Imported from {self.source} ({'hourly' if kind == 'hourly' else 'fixed price'})"

    def load(self, talent_ids) -> None:
        """Read the contracts and names of these people at once (an import names them all up front), so
        matching a file's payments asks the database nothing until a contract has to be made."""
        wanted = sorted({t for t in talent_ids if t not in self.by_talent})
        if not wanted:
            return
        titles = {self.title("hourly"), self.title("fixed")}
        for talent_id in wanted:
            self.by_talent[talent_id] = []
        for block in stored.chunks(wanted):
            for cid, talent_id, kind, start, end, platform, title, currency in (
                    Contract.select(Contract.id, Contract.talent, Contract.kind, Contract.start_date, Contract.end_date,
                                    Contract.platform, Contract.title, Contract.currency)
                    .where(Contract.talent.in_(block)).order_by(Contract.start_date, Contract.id).tuples()):
                self.by_talent[talent_id].append(
                    _Known(cid, kind, start, end, platform == self.platform and title in titles, currency))
                self.currency_of[cid] = currency
            self.names.update(Talent.select(Talent.id, Talent.name).where(Talent.id.in_(block)).tuples())

    def _load(self, talent_id: int) -> list[_Known]:
        if talent_id not in self.by_talent:
            self.load([talent_id])
        return self.by_talent[talent_id]

    def currency(self, contract_id: int) -> str | None:
        """The currency of a contract this matcher loaded or made (None: not one of them)."""
        return self.currency_of.get(contract_id)

    def find(self, talent_id: int, day: dt.date, payment_kind: str, rate_minor: int | None = None,
             currency: str = "USD", period: Period | None = None) -> int:
        key = (talent_id, day, payment_kind, currency, period)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = self._find(talent_id, day, payment_kind, rate_minor, currency, period)
        if rate_minor and found in self.rates:
            self.rates[found] = rate_minor
        return found

    def _best(self, candidates: list[_Known], wanted: str | None, *rank) -> int | None:
        if not candidates:
            return None
        if len(candidates) == 1:  # the usual case (one contract running), without ranking
            return candidates[0].id
        return max(candidates, key=lambda c: (c.kind == wanted, *(r(c) for r in rank), c.start or dt.date.min)).id

    def _running(self, known: list[_Known], wanted: str | None, day: dt.date, period: Period | None) -> int | None:
        """Rules 1 and 2: the contract that ran during the invoice period, else on the payment date."""
        if period is not None:
            found = self._best([c for c in known if c.overlap_days(period) > 0], wanted, lambda c: c.overlap_days(period))
            if found is not None:
                return found
        return self._best([c for c in known if c.covers(day)], wanted)

    def _ended_before(self, known: list[_Known], wanted: str | None, day: dt.date) -> int | None:
        """Rule 3: a payout after the end goes to the contract that ended, within the bonus window."""
        return self._best([c for c in known if not c.imported and c.end is not None
                           and c.end < day <= c.end + self.window], wanted, lambda c: c.end)

    def existing(self, talent_id: int, day: dt.date, payment_kind: str, period: Period | None = None) -> int | None:
        """The contract by rules 1–3, or None when the person has none that fits."""
        known, wanted = self._load(talent_id), CONTRACT_KIND.get(payment_kind)
        found = self._running(known, wanted, day, period)
        return found if found is not None else self._ended_before(known, wanted, day)

    def _find(self, talent_id: int, day: dt.date, payment_kind: str, rate_minor: int | None, currency: str,
              period: Period | None) -> int:
        known, wanted = self._load(talent_id), CONTRACT_KIND.get(payment_kind)
        found = self._running(known, wanted, day, period)
        if found is not None:
            return found
        kind = wanted or "hourly"
        start, end = period or (day, day)
        start, end = min(start, day), max(end, day)
        for entry in known:  # an imported contract of the kind that can grow to take it without a clash
            if not entry.imported or entry.kind != kind:
                continue
            grown = (min(entry.start or start, start), max(entry.end or end, end))
            if not any(other.overlap_days(grown) for other in known if other is not entry):
                entry.start, entry.end = grown
                self.rates[entry.id] = rate_minor or self.rates.get(entry.id, 0)
                return entry.id
        found = self._ended_before(known, wanted, day)
        if found is not None:
            return found
        contract_id = contract_service.create_contract(contract_service.ContractInput(
            talent_id=talent_id, title=self.title(kind), kind=kind, rate_minor=rate_minor or 0, currency=currency,
            start_date=start, end_date=end, platform=self.platform, original_budget_minor=0,
            scope=f"Payments imported from {self.source}."), status="active")
        known.append(_Known(contract_id, kind, start, end, True, currency))
        self.currency_of[contract_id] = currency
        self.rates[contract_id] = rate_minor or 0
        name = self.names.get(talent_id)
        self.created.append(Created(contract_id, self.title(kind), name if name is not None
                                    else Talent.get_by_id(talent_id).name))
        return contract_id

    def finish(self, today: dt.date | None = None) -> None:
        """Imported contracts span their payments, and are ended once the last one is a month past."""
        today = today or dt.date.today()
        # Through the contracts service, so the contract's terms row follows its billed rate.
        contract_service.settle_imported_many([
            contract_service.Settlement(entry.id, entry.start, entry.end, self.rates.get(entry.id) or None,
                                        ended=bool(entry.end and entry.end < today - dt.timedelta(days=30)))
            for entries in self.by_talent.values() for entry in entries if entry.id in self.rates])


def check_manual(contract: Contract, day: dt.date, kind: str) -> None:
    """Manual entry on a chosen contract, by the same rule as the importers: a payment more than the bonus
    window after the contract ended is refused, naming the person's contract it belongs to, if any.
    (A payment before the start is allowed: a deposit paid to a person directly is one.)"""
    if contract.status in ("active", "paused") or contract.end_date is None:
        return
    window = dt.timedelta(days=int(settings.get("bonus_window_days")))
    if day <= contract.end_date + window:
        return
    other = ContractMatcher("", "").existing(contract.talent_id, day, kind)
    hint = Message(QT_TRANSLATE_NOOP("errors", " It belongs to “{title}”: record it there."),
                   title=Contract.get_by_id(other).title) if other not in (None, contract.id) else ""
    raise ValidationError("paid on", QT_TRANSLATE_NOOP("errors", "{day} is more than {days} after this contract "
                                                                 "ended on {end_date}; nothing is paid on it that late."
                                                                 "{hint}"),
                          day=day, days=counted(window.days, QT_TRANSLATE_NOOP("errors", "%n day(s)")), end_date=contract.end_date, hint=hint)
