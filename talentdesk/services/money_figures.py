"""The money figures, each defined once: *paid to them*, *fees*, *refunds* and *total cost*.

Every screen, export and PDF that shows money spent asks this module, so the same contract or person
reads the same everywhere:

- **paid to them**: what reached the talent — hourly, milestone, bonus, weekly and other payments;
- **fees**: what the platform kept (service, processing, tax, connects…);
- **refunds**: money that came back;
- **total cost**: paid to them + fees − refunds.

Each is kept per currency (never added across currencies). A payment counts in its contract's currency:
a payment made in another currency carries the amount in the contract's currency beside it
(``PaymentConversion``) and counts with that. An older payment in another currency that has no such
amount still counts, in its own currency, so nothing is ever dropped from a total.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..store.db import database
from .labels import QT_TRANSLATE_NOOP

FIGURES = ("paid", "fees", "refunds", "total")
FEE_KINDS = ("fee",)
REFUND_KINDS = ("refund",)
PAID_KINDS = ("hourly", "milestone", "bonus", "weekly_payment", "other")

# The words users read, defined once; views and reports translate them (contexts "money").
LABELS = {
    "paid": QT_TRANSLATE_NOOP("money", "Paid to them"),
    "fees": QT_TRANSLATE_NOOP("money", "Fees"),
    "refunds": QT_TRANSLATE_NOOP("money", "Refunds"),
    "total": QT_TRANSLATE_NOOP("money", "Total cost"),
}
EXPLANATIONS = {
    "paid": QT_TRANSLATE_NOOP("money", "What reached them: hourly, milestone, bonus, weekly and other payments"),
    "fees": QT_TRANSLATE_NOOP("money", "What the platform kept: service, processing and tax fees"),
    "refunds": QT_TRANSLATE_NOOP("money", "Money that came back to you"),
    "total": QT_TRANSLATE_NOOP("money", "Paid to them + fees − refunds"),
}

# SQL pieces over ``payment p`` joined by JOIN_SQL (contract c, conversion x): the currency a payment
# counts in, its amount there, and its sign in the total cost.
JOIN_SQL = "JOIN contract c ON c.id = p.contract_id LEFT JOIN payment_conversion x ON x.payment_id = p.id"
CURRENCY_SQL = "(CASE WHEN x.contract_amount_minor IS NULL THEN p.currency ELSE c.currency END)"
AMOUNT_SQL = "coalesce(x.contract_amount_minor, p.amount_minor)"
TOTAL_COST_SQL = f"(CASE p.kind WHEN 'refund' THEN -{AMOUNT_SQL} ELSE {AMOUNT_SQL} END)"

Totals = dict[str, int]  # currency -> minor units


def _kinds(kinds: tuple[str, ...]) -> str:
    return ", ".join(f"'{k}'" for k in kinds)


# One column per figure, for queries that must stay a single SQL statement (the bench sort, the CSV export).
FIGURE_SUM_SQL = {
    "paid": f"coalesce(sum(CASE WHEN p.kind IN ({_kinds(PAID_KINDS)}) THEN {AMOUNT_SQL} END), 0)",
    "fees": f"coalesce(sum(CASE WHEN p.kind IN ({_kinds(FEE_KINDS)}) THEN {AMOUNT_SQL} END), 0)",
    "refunds": f"coalesce(sum(CASE WHEN p.kind IN ({_kinds(REFUND_KINDS)}) THEN {AMOUNT_SQL} END), 0)",
    "total": f"coalesce(sum({TOTAL_COST_SQL}), 0)",
}
# Per contract and currency: contract_id, currency, paid, fees, refunds, total.
PER_CONTRACT_SQL = (
    f"SELECT p.contract_id AS contract_id, {CURRENCY_SQL} AS currency, "
    + ", ".join(f"{FIGURE_SUM_SQL[f]} AS {f}" for f in FIGURES)
    + f" FROM payment p {JOIN_SQL} GROUP BY p.contract_id, 2"
)


def figure_of(kind: str) -> str:
    """Which figure a payment of this kind adds to."""
    if kind in FEE_KINDS:
        return "fees"
    if kind in REFUND_KINDS:
        return "refunds"
    return "paid"


def signed(kind: str, amount_minor: int) -> int:
    """The payment's share of the total cost: a refund takes away, everything else adds."""
    return -amount_minor if kind in REFUND_KINDS else amount_minor


@dataclass
class Figures:
    paid: Totals = field(default_factory=dict)
    fees: Totals = field(default_factory=dict)
    refunds: Totals = field(default_factory=dict)

    def add(self, currency: str, kind: str, amount_minor: int) -> None:
        totals = getattr(self, figure_of(kind))
        totals[currency] = totals.get(currency, 0) + int(amount_minor or 0)

    @property
    def total(self) -> Totals:
        out: Totals = {}
        for currency in self.currencies:
            out[currency] = (self.paid.get(currency, 0) + self.fees.get(currency, 0)
                             - self.refunds.get(currency, 0))
        return out

    @property
    def currencies(self) -> list[str]:
        return sorted(set(self.paid) | set(self.fees) | set(self.refunds))

    def get(self, figure: str) -> Totals:
        return self.total if figure == "total" else getattr(self, figure)

    def is_empty(self) -> bool:
        return not self.currencies


def kind_sums(where: str, params: tuple | list = (), extra: tuple[str, ...] = ()) -> list[tuple]:
    """``(*extra, currency, kind, count, amount)`` summed over the payments matching ``where``.

    ``where`` and ``extra`` may use ``p`` (payment), ``c`` (contract) and ``x`` (conversion).
    """
    columns = (*extra, CURRENCY_SQL, "p.kind", "count(*)", f"sum({AMOUNT_SQL})")
    groups = ", ".join(str(i + 1) for i in range(len(extra) + 2))
    sql = f"SELECT {', '.join(columns)} FROM payment p {JOIN_SQL} WHERE {where} GROUP BY {groups}"  # noqa: S608
    return database.obj.execute_sql(sql, list(params)).fetchall()


def _grouped(where: str, params, key: str) -> dict[int, Figures]:
    out: dict[int, Figures] = {}
    for owner, currency, kind, _n, amount in kind_sums(where, params, (key,)):
        out.setdefault(owner, Figures()).add(currency, kind, amount)
    return out


def _for(ids, column: str) -> dict[int, Figures]:
    ids = [int(i) for i in ids]
    if not ids:
        return {}
    found = _grouped(f"{column} IN ({','.join('?' * len(ids))})", ids, column)
    return {i: found.get(i, Figures()) for i in ids}


def for_contracts(ids) -> dict[int, Figures]:
    return _for(ids, "p.contract_id")


def for_contract(contract_id: int) -> Figures:
    return for_contracts([contract_id])[int(contract_id)]


def for_talents(ids) -> dict[int, Figures]:
    return _for(ids, "c.talent_id")


def for_talent(talent_id: int) -> Figures:
    return for_talents([talent_id])[int(talent_id)]


def by_year(*, contract_id: int | None = None, talent_id: int | None = None) -> dict[int, Figures]:
    """Figures per calendar year of the payment date, for one contract or one person."""
    where, param = ("p.contract_id = ?", contract_id) if contract_id is not None else ("c.talent_id = ?", talent_id)
    out: dict[int, Figures] = {}
    for year, currency, kind, _n, amount in kind_sums(where, (param,), ("CAST(strftime('%Y', p.paid_on) AS INTEGER)",)):
        out.setdefault(int(year), Figures()).add(currency, kind, amount)
    return dict(sorted(out.items()))

