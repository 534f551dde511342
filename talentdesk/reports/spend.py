"""Yearly spend: per person and per month, by payment kind, with totals and a chart."""
from __future__ import annotations

from ..services.money import exponent
from ..services.report_data import YearlySpend
from .charts import BarChart, Series, colour
from .document import Report
from .fmt import Formatter, tr
from .labels import MONEY_FIGURES, figure, word


def build(y: YearlySpend, fmt: Formatter) -> Report:
    r = Report(tr("Yearly spend"), str(y.year), fmt)
    r.heading(tr("Spend in {year}").format(year=y.year),
              " · ".join(fmt.money(c.total, c.currency) for c in y.currencies) if y.currencies else "")
    if not y.currencies:
        r.empty(tr("Nothing was paid in {year}.").format(year=y.year))
        return r
    several = len(y.currencies) > 1
    for c in y.currencies:
        money = lambda minor, cur=c.currency: fmt.money(minor, cur)  # noqa: E731 - a local shorthand
        unit = 10 ** exponent(c.currency)
        if several:
            r.section(tr("In {currency}").format(currency=c.currency))
        r.facts([(figure(key), money(c.money.get(key).get(c.currency, 0))) for key in MONEY_FIGURES]
                + [(tr("People paid"), fmt.number(len(c.people)))]
                + [(word(k), money(c.kind_totals[k])) for k in c.kinds])
        r.chart(BarChart(
            [fmt.month(m + 1) for m in range(12)],
            [Series(word(k), [c.months[m].get(k, 0) / unit for m in range(12)], colour(i)) for i, k in enumerate(c.kinds)],
            value_label=fmt.compact, title=tr("Per month ({currency})").format(currency=c.currency)))
        r.section(tr("Per month") + (f" ({c.currency})" if several else ""))
        r.table([tr("Month")] + [word(k) for k in c.kinds] + [figure("total")],
                [[fmt.month(m + 1)] + [money(c.months[m][k]) if c.months[m].get(k) else "" for k in c.kinds]
                 + [money(c.month_total(m + 1))] for m in range(12)],
                align="l" + "r" * (len(c.kinds) + 1),
                total=[tr("Total")] + [money(c.kind_totals[k]) for k in c.kinds] + [money(c.total)])
        r.section(tr("Per person") + (f" ({c.currency})" if several else ""))
        r.table([tr("Person")] + [word(k) for k in c.kinds] + [figure("total")],
                [[p.name] + [money(p.by_kind.get(k, 0)) if p.by_kind.get(k) else "" for k in c.kinds]
                 + [money(p.total)] for p in c.people],
                align="l" + "r" * (len(c.kinds) + 1),
                total=[tr("Total")] + [money(c.kind_totals[k]) for k in c.kinds] + [money(c.total)])
    return r
