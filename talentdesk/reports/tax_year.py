"""The tax year per person, for an accountant: every payment with its date, kind, original and converted
amount, each person's totals, and who lacks the tax details (services/tax_year.py)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import exchange
from ..services.money_figures import FIGURES
from ..services.tax_year import FLAG_LABELS, TaxPerson, TaxYear
from .document import Report
from .fmt import Formatter, tr
from .labels import figure, word


def flag_word(key: str) -> str:
    return QCoreApplication.translate("tax_year", FLAG_LABELS[key])


def build(t: TaxYear, fmt: Formatter) -> Report:
    r = Report(tr("Tax year"), t.label, fmt)
    r.heading(tr("Tax year {year}").format(year=t.label),
              tr("{start} to {end} · amounts in {currency} at the rate of each payment's date").format(
                  start=fmt.long_date(t.start), end=fmt.long_date(t.end), currency=t.home))
    if not t.people:
        r.empty(tr("Nothing was paid in this tax year."))
        return r
    _summary(r, t, fmt)
    _flags(r, t)
    for person in t.people:
        _person(r, person, t.home, fmt)
    return r


def _summary(r: Report, t: TaxYear, fmt: Formatter) -> None:
    total = t.total or exchange.HomeFigures(t.home)
    facts = [(figure(key), fmt.money(total.get(key), t.home)) for key in FIGURES]
    facts.append((tr("People paid"), fmt.number(len(t.people))))
    facts.append((tr("Payments"), fmt.number(total.count + total.missing_count)))
    if not total.complete:
        facts.append((tr("Not counted: no exchange rate for the day"), fmt.totals(total.missing.total)))
    r.facts(facts)
    r.table([tr("Person"), tr("Legal name"), tr("Country")] + [figure(key) for key in FIGURES],
            [[p.name, p.legal_name or "—", p.country or "—"] + [fmt.money(p.home.get(key), t.home) for key in FIGURES]
             for p in t.people],
            align="lll" + "r" * len(FIGURES),
            total=[tr("Total"), "", ""] + [fmt.money(total.get(key), t.home) for key in FIGURES])


def _flags(r: Report, t: TaxYear) -> None:
    r.section(tr("Missing tax details"))
    if not t.flagged:
        r.paragraph(tr("Everyone paid has a legal name, a country and a tax form on file."))
        return
    r.table([tr("Person"), tr("What is missing")],
            [[p.name, "; ".join(flag_word(f) for f in p.flags)] for p in t.flagged], align="ll", widths=(35, 65))


def _person(r: Report, p: TaxPerson, home: str, fmt: Formatter) -> None:
    # The payments come straight under the name (a heading is kept on the page with the table that follows);
    # the person's tax details close the section.
    r.section(p.name)
    rows = []
    for line in p.lines:
        c = line.converted
        rows.append([fmt.date(line.paid_on), line.contract_title, word(line.kind),
                     fmt.money(c.amount_minor, c.currency),
                     fmt.number(float(c.rate), 4) if c.rate is not None and c.currency != home else "",
                     _home_cell(line.signed_home, home, fmt)])
    r.table([tr("Date"), tr("Contract"), tr("Kind"), tr("Amount"), tr("Rate"), tr("In {currency}").format(currency=home)],
            rows, align="lllrrr", widths=(13, 33, 14, 15, 9, 16),
            total=[tr("Total cost"), "", "", "", "", fmt.money(p.home.total, home)])
    r.facts([(tr("Legal name"), p.legal_name or tr("not recorded")), (tr("Country"), p.country or tr("not recorded")),
             (tr("Tax form"), ", ".join(p.tax_forms) or tr("none on file")),
             (tr("In their currencies"), fmt.totals(p.original.total))])


def _home_cell(signed: int | None, home: str, fmt: Formatter) -> str:
    """A refund reads as money back (−); a payment without a rate says so."""
    if signed is None:
        return tr("no rate")
    return fmt.money(signed, home) if signed >= 0 else fmt.signed_money(signed, home)
