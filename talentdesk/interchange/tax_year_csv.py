"""The tax year as CSV, for an accountant's spreadsheet: one row per payment, with the person's tax details
and flags on every row (so a filter keeps them), in the program's CSV form (csv_out: UTF-8, ISO dates)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from ..services import labels as words
from ..services import money_figures
from ..services import tax_year as tax_service
from ..services.money import exponent
from . import csv_out

HEADER = ["tax year", "talent", "legal name", "country", "tax form on file", "missing", "paid on", "contract",
          "kind", "amount", "currency", "rate", "rate day", "amount in home currency", "home currency"]


def _money(minor: int | None, currency: str) -> Decimal | None:
    return None if minor is None else Decimal(minor).scaleb(-exponent(currency))


def rows(t: tax_service.TaxYear):
    for p in t.people:
        missing = "; ".join(tax_service.FLAG_LABELS[f] for f in p.flags)
        for line in p.lines:
            c = line.converted
            yield [t.label, p.name, p.legal_name, p.country, ", ".join(p.tax_forms), missing, line.paid_on,
                   line.contract_title, words.english(words.PAYMENT_KIND, line.kind),
                   _money(money_figures.signed(line.kind, c.amount_minor), c.currency), c.currency,
                   None if c.rate is None else c.rate.quantize(Decimal("0.000001")).normalize(), c.rate_day,
                   _money(line.signed_home, t.home), t.home]


def export_csv(year: int, out: Path) -> int:
    """Every payment of tax year ``year``; a refund is negative, as it counts in the total cost."""
    return csv_out.write_rows(Path(out), HEADER, rows(tax_service.tax_year(year)))
