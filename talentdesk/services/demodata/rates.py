"""Exchange rates and tax forms for the demo, labelled as such (source "demo"): one per business day and currency the demo
pays in, per euro as the ECB publishes them, so the demo's totals in the home currency are filled in.

Not the ECB's figures: a gentle walk around a plausible level. Written last, from a random source of its own
seeded from the demo's, so the rates never change any other number of the demo. New Year's Day and Christmas
have no rate, like the ECB's calendar, so a payment on those days takes the day before's.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from ...store.models import Attachment, ExchangeRate
from .files import pdf
from .world import Run

LEVELS = {"USD": 1.08, "GBP": 0.85, "JPY": 160.0, "CHF": 0.95, "CAD": 1.47, "AUD": 1.64, "INR": 90.0}
CLOSED = ((1, 1), (12, 25), (12, 26))


def write_exchange_rates(run: Run) -> None:
    rng = random.Random(run.rng.getrandbits(64))
    currencies = sorted(({p.talent.currency for p in run.contracts} | {"USD"}) & set(LEVELS))
    levels = {c: LEVELS[c] for c in currencies}
    day = run.window_start - dt.timedelta(days=14)
    while day <= run.today:
        if day.weekday() < 5 and (day.month, day.day) not in CLOSED:
            for currency in currencies:
                levels[currency] *= 1 + rng.uniform(-0.004, 0.004) + (LEVELS[currency] / levels[currency] - 1) * 0.02
                digits = 5 if levels[currency] < 10 else 2
                per_eur = Decimal(str(round(levels[currency], digits)))
                run.rows.add(ExchangeRate, day=day, currency=currency, per_eur=str(per_eur), source="demo")
        day += dt.timedelta(days=1)


def write_tax_forms(run: Run) -> None:
    """A tax form (W-8BEN) on file for most people who were paid; the rest are flagged in the tax year.
    From a random source of its own, like the rates."""
    rng = random.Random(run.rng.getrandbits(64))
    for talent in run.talents:
        started = [p for p in talent.contracts if p.started]
        if not started or rng.random() < 0.3:
            continue
        content = pdf(("Form W-8BEN (demo)", talent.latin_name, "Certificate of foreign status for tax withholding"))
        sha, size = run.files.put(content)
        shared_on = min(run.today, min(p.first_day for p in started))
        run.rows.add(Attachment, contract=None, talent=talent.id, sha256=sha, name=f"W-8BEN - {talent.latin_name}.pdf",
                     size=size, mime="application/pdf", direction="from_them", sensitivity="confidential",
                     document_kind="tax_form", expires_on=None, shared_on=shared_on)


def write_money_extras(run: Run) -> None:
    write_exchange_rates(run)
    write_tax_forms(run)
