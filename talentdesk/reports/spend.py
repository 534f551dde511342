"""Yearly spend: per person and per month, by payment kind, with totals and a chart.

``build`` writes one block per currency; each block is a few small sections.
"""
from __future__ import annotations

from ..services.money import exponent
from ..services.money_figures import FIGURES
from ..services.report_data import CurrencySpend, HomeSpend, YearlySpend
from .charts import BarChart, Series, payment_colour
from .document import Report
from .fmt import Formatter, tr
from .labels import MONEY_FIGURES, figure, word


def build(y: YearlySpend, fmt: Formatter) -> Report:
    r = Report(tr("Yearly spend"), str(y.year), fmt)
    per_currency = " · ".join(fmt.money(c.total, c.currency) for c in y.currencies)
    r.heading(tr("Spend in {year}").format(year=y.year), per_currency if y.home is None else tr(
        "{total} in {currency} · {per_currency}").format(total=fmt.money(y.home.figures.total, y.home.figures.home),
                                                        currency=y.home.figures.home, per_currency=per_currency))
    if not y.currencies:
        r.empty(tr("Nothing was paid in {year}.").format(year=y.year))
        return r
    several = len(y.currencies) > 1
    if y.home is not None:
        _home(r, y.home, fmt)
    for c in y.currencies:
        if several:
            r.section(tr("In {currency}").format(currency=c.currency))
        _figures(r, c, fmt)
        _month_chart(r, c, fmt)
        _per_month(r, c, fmt, several)
        _per_person(r, c, fmt, several)
    return r


def _figures(r: Report, c: CurrencySpend, fmt: Formatter) -> None:
    r.facts([(figure(key), fmt.money(c.money.get(key).get(c.currency, 0), c.currency)) for key in MONEY_FIGURES]
            + [(tr("People paid"), fmt.number(len(c.people)))]
            + [(word(k), fmt.money(c.kind_totals[k], c.currency)) for k in c.kinds])


def _month_chart(r: Report, c: CurrencySpend, fmt: Formatter) -> None:
    unit = 10 ** exponent(c.currency)
    r.chart(BarChart(
        [fmt.month(m + 1) for m in range(12)],
        [Series(word(k), [c.months[m].get(k, 0) / unit for m in range(12)], payment_colour(k)) for k in c.kinds],
        value_label=fmt.compact, title=tr("Per month ({currency})").format(currency=c.currency)))


def _in_currency(title: str, c: CurrencySpend, several: bool) -> str:
    return f"{title} ({c.currency})" if several else title


def _amount_or_blank(fmt: Formatter, minor: int | None, currency: str) -> str:
    return fmt.money(minor, currency) if minor else ""


def _total_row(c: CurrencySpend, fmt: Formatter) -> list[str]:
    return [tr("Total")] + [fmt.money(c.kind_totals[k], c.currency) for k in c.kinds] + [fmt.money(c.total, c.currency)]


def _per_month(r: Report, c: CurrencySpend, fmt: Formatter, several: bool) -> None:
    r.section(_in_currency(tr("Per month"), c, several))
    r.table([tr("Month")] + [word(k) for k in c.kinds] + [figure("total")],
            [[fmt.month(m + 1)] + [_amount_or_blank(fmt, c.months[m].get(k), c.currency) for k in c.kinds]
             + [fmt.money(c.month_total(m + 1), c.currency)] for m in range(12)],
            align="l" + "r" * (len(c.kinds) + 1), total=_total_row(c, fmt))


def _per_person(r: Report, c: CurrencySpend, fmt: Formatter, several: bool) -> None:
    r.section(_in_currency(tr("Per person"), c, several))
    r.table([tr("Person")] + [word(k) for k in c.kinds] + [figure("total")],
            [[p.name] + [_amount_or_blank(fmt, p.by_kind.get(k), c.currency) for k in c.kinds]
             + [fmt.money(p.total, c.currency)] for p in c.people],
            align="l" + "r" * (len(c.kinds) + 1), total=_total_row(c, fmt))


def _home(r: Report, h: HomeSpend, fmt: Formatter) -> None:
    """The year in the home currency, each payment at its date's rate; the per-currency blocks follow."""
    home = h.figures.home
    r.section(tr("In {currency}, each payment at the rate of its date").format(currency=home))
    facts = [(figure(key), fmt.money(h.figures.get(key), home)) for key in FIGURES]
    if not h.figures.complete:
        facts.append((tr("Not counted: no exchange rate for the day"), fmt.totals(h.figures.missing.total)))
    r.facts(facts)
    r.table([tr("Currency"), figure("total"), tr("In {currency}").format(currency=home)],
            [[cur, fmt.money(original, cur), fmt.money(converted, home) if converted is not None else tr("no rate")]
               for cur, original, converted in h.by_currency],
            align="lrr")
    r.table([tr("Person")] + [figure(key) for key in FIGURES],
            [[name] + [fmt.money(f.get(key), home) + ("" if f.complete or key != "total" else " *")
                       for key in FIGURES] for _tid, name, f in h.people],
            align="l" + "r" * len(FIGURES),
            total=[tr("Total")] + [fmt.money(h.figures.get(key), home) for key in FIGURES])
    if not h.figures.complete:
        r.paragraph(tr("* Some of this person's payments have no exchange rate for their day and are not in the "
                       "total; import the rates (File → Import → Exchange rates…) to count them."))
    r.table([tr("Month"), figure("total")],
            [[fmt.month(m + 1), fmt.money(h.months[m], home)] for m in range(12)], align="lr",
            total=[tr("Total"), fmt.money(sum(h.months), home)])

