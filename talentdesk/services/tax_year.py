"""The tax year per person: every payment of the year to each person, in its own currency and in the home
currency, with totals, and the tax details an accountant asks for that are missing.

A tax year starts on the month and day of the settings ("tax_year_start_month", "tax_year_start_day");
1 January is the calendar year. Tax year ``2026`` is the one that *starts* in 2026: with a 6 April start it
runs from 6 April 2026 to 5 April 2027 (the UK's 2026/27).

What the record holds for an accountant, and what is flagged when it is missing:

- a legal name: the name parts (given and family name, as a vCard's N: keeps them), not the display name,
  written family name first;
- a country: the last part of the person's location ("Lisbon, Portugal" → "Portugal");
- a tax form on file: a document of kind "tax form" (W-8BEN, W-9…) that has not expired before the year began;
- a rate for every payment: a payment with no exchange rate for its day is not in the home total.

Every figure is services/exchange.py's: the PDF, the CSV and the screens say the same.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from ..store.db import database
from . import exchange, money_figures, settings
from . import validate as v
from .errors import QT_TRANSLATE_NOOP, ValidationError

FLAGS = ("legal_name", "country", "tax_form", "no_rate")
# The words people read for each flag (contexts "tax_year": the views and reports translate them).
FLAG_LABELS = {
    "legal_name": "No legal name (given and family name)",
    "country": "No country in the location",
    "tax_form": "No tax form on file",
    "no_rate": "Payments without an exchange rate",
}


def check_start(month, day) -> tuple[int, int]:
    """A start the calendar has every year (no 29 February)."""
    month, day = int(month), int(day)
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2001, month)[1]:
        raise ValidationError("tax_year_start", QT_TRANSLATE_NOOP("errors", "choose a day that every year has "
                                                                            "(not 29 February)."))
    return month, day


def start_setting() -> tuple[int, int]:
    return check_start(settings.get("tax_year_start_month") or 1, settings.get("tax_year_start_day") or 1)


def period(year: int, start: tuple[int, int] | None = None) -> tuple[dt.date, dt.date]:
    """The first day of tax year ``year`` and the first day of the next one."""
    year = v.year(year)
    month, day = start or start_setting()
    return dt.date(year, month, day), dt.date(year + 1, month, day)


def label(year: int, start: tuple[int, int]) -> str:
    """"2026", or "2026/27" for a tax year that does not start on 1 January."""
    return str(year) if start == (1, 1) else f"{year}/{(year + 1) % 100:02d}"


def year_of(day: dt.date, start: tuple[int, int] | None = None) -> int:
    """The tax year a day falls in."""
    month, first = start or start_setting()
    return day.year if (day.month, day.day) >= (month, first) else day.year - 1


@dataclass
class TaxPerson:
    talent_id: int
    name: str  # as the bench shows it
    legal_name: str  # "" when the record has no name parts
    country: str  # "" when the location does not say
    tax_forms: list[str]  # file names of the tax forms on file
    lines: list[exchange.PaymentLine]
    home: exchange.HomeFigures
    original: money_figures.Figures  # in the currencies the payments were made in

    @property
    def flags(self) -> list[str]:
        found = []
        if not self.legal_name:
            found.append("legal_name")
        if not self.country:
            found.append("country")
        if not self.tax_forms:
            found.append("tax_form")
        if not self.home.complete:
            found.append("no_rate")
        return found


@dataclass
class TaxYear:
    year: int
    start: dt.date
    end: dt.date  # the last day of the year (inclusive)
    home: str
    people: list[TaxPerson] = field(default_factory=list)  # by name
    total: exchange.HomeFigures | None = None

    @property
    def calendar_year(self) -> bool:
        return (self.start.month, self.start.day) == (1, 1)

    @property
    def label(self) -> str:
        return label(self.year, (self.start.month, self.start.day))

    @property
    def flagged(self) -> list[TaxPerson]:
        return [p for p in self.people if p.flags]


def _country(location: str) -> str:
    parts = [p.strip() for p in (location or "").split(",") if p.strip()]
    return parts[-1] if parts else ""


def _people(ids: list[int], start: dt.date) -> dict[int, tuple[str, str, str, list[str]]]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    out: dict[int, tuple[str, str, str, list[str]]] = {}
    for tid, name, given, more, family, location in database.obj.execute_sql(
            "SELECT id, name, given_name, additional_names, family_name, location FROM talent "
            f"WHERE id IN ({marks})", ids):  # noqa: S608
        # Family name first ("Hoàng Ngọc, Anh"): unambiguous whatever order the person's culture writes.
        given_names = " ".join(p.strip() for p in (given, more) if (p or "").strip())
        legal = f"{family.strip()}, {given_names}" if (given or "").strip() and (family or "").strip() else ""
        out[tid] = (name, legal, _country(location), [])
    for tid, file_name in database.obj.execute_sql(
            f"SELECT talent_id, name FROM attachment WHERE talent_id IN ({marks}) AND document_kind = 'tax_form' "
            "AND (expires_on IS NULL OR expires_on >= ?) ORDER BY shared_on, id", [*ids, start.isoformat()]):
        out[tid][3].append(file_name)
    return out


def tax_year(year: int, home: str | None = None, start: tuple[int, int] | None = None) -> TaxYear:
    """Every payment of the tax year, per person, converted to the home currency at its date's rate."""
    first, after = period(year, start)
    home = home or exchange.home_currency()
    lines = exchange.between(first, after, home)
    by_person: dict[int, list[exchange.PaymentLine]] = {}
    for line in lines:
        by_person.setdefault(line.talent_id, []).append(line)
    facts = _people(list(by_person), first)
    people = []
    for tid, mine in by_person.items():
        name, legal, country, forms = facts[tid]
        original = money_figures.Figures()
        for line in mine:
            original.add(line.converted.currency, line.kind, line.converted.amount_minor)
        people.append(TaxPerson(tid, name, legal, country, forms, mine, exchange.figures_of(mine, home), original))
    people.sort(key=lambda p: (p.name.casefold(), p.talent_id))
    return TaxYear(year, first, after - dt.timedelta(days=1), home, people, exchange.figures_of(lines, home))


def years() -> list[tuple[int, str]]:
    """The tax years with payments, newest first: (year, how it is written: "2026" or "2026/27")."""
    start = start_setting()
    found = {year_of(dt.date.fromisoformat(str(day)[:10]), start)
             for (day,) in database.obj.execute_sql("SELECT DISTINCT paid_on FROM payment")}
    return [(y, label(y, start)) for y in sorted(found, reverse=True)]
