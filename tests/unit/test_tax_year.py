"""The tax year: its first and last day from the settings, the payments in it per person, and the tax details
an accountant needs that are missing."""
from __future__ import annotations

import datetime as dt

import pytest

from talentdesk.services import exchange, settings, tax_year
from talentdesk.services.contracts import add_payment
from talentdesk.services.errors import ValidationError
from talentdesk.store.models import Attachment, Talent
from tests.factories import contract, talent


def test_a_tax_year_starts_on_the_settings_day_and_is_named_by_the_year_it_starts():
    assert tax_year.period(2026, (1, 1)) == (dt.date(2026, 1, 1), dt.date(2027, 1, 1))
    assert tax_year.period(2026, (4, 6)) == (dt.date(2026, 4, 6), dt.date(2027, 4, 6))
    assert tax_year.year_of(dt.date(2026, 4, 5), (4, 6)) == 2025
    assert tax_year.year_of(dt.date(2026, 4, 6), (4, 6)) == 2026
    assert tax_year.label(2026, (4, 6)) == "2026/27" and tax_year.label(2099, (4, 6)) == "2099/00"
    assert tax_year.label(2026, (1, 1)) == "2026"
    with pytest.raises(ValidationError) as caught:
        tax_year.check_start(2, 29)
    assert caught.value.field == "tax_year_start"
    with pytest.raises(ValidationError):
        tax_year.period(True)


def test_the_year_holds_its_payments_per_person_with_totals_and_flags(db):
    settings.set("home_currency", "EUR")
    settings.set("tax_year_start_month", 4)
    settings.set("tax_year_start_day", 6)
    exchange.set_rate(dt.date(2026, 4, 10), "USD", "1.10")
    ana = talent("Ana Souza", location="Porto, Portugal")
    Talent.update(given_name="Ana", family_name="Souza").where(Talent.id == ana).execute()
    bo = talent("Bo")
    work = contract(ana, currency="USD", start_date=dt.date(2026, 1, 1))
    add_payment(work, "hourly", 11000, "USD", dt.date(2026, 4, 5))  # the year before
    add_payment(work, "hourly", 11000, "USD", dt.date(2026, 4, 10))  # 100.00 EUR
    add_payment(work, "refund", 1100, "USD", dt.date(2026, 4, 12))  # 10.00 EUR, the same (only) rate
    add_payment(contract(bo, currency="EUR", start_date=dt.date(2026, 1, 1)), "bonus", 5000, "EUR",
                dt.date(2027, 4, 5))  # the last day of the year
    Attachment.create(talent=ana, sha256="b" * 64, name="W-8BEN.pdf", size=1, direction="from_them",
                      document_kind="tax_form", shared_on=dt.date(2025, 1, 1), expires_on=dt.date(2026, 1, 1))
    year = tax_year.tax_year(2026)
    assert (year.start, year.end, year.label) == (dt.date(2026, 4, 6), dt.date(2027, 4, 5), "2026/27")
    assert [p.name for p in year.people] == ["Ana Souza", "Bo"]
    a, b = year.people
    assert [line.paid_on for line in a.lines] == [dt.date(2026, 4, 10), dt.date(2026, 4, 12)]
    assert (a.home.paid, a.home.refunds, a.home.total) == (10000, 1000, 9000)
    assert a.original.total == {"USD": 9900}
    assert (a.legal_name, a.country) == ("Souza, Ana", "Portugal")
    assert a.flags == ["tax_form"]  # the form on file expired before the year began
    assert b.flags == ["legal_name", "country", "tax_form"] and b.home.total == 5000
    assert year.total is not None and year.total.total == 14000
    assert tax_year.years() == [(2026, "2026/27"), (2025, "2025/26")]


def test_a_year_asked_in_another_currency_and_start_has_everything_in_them(db):
    """The accountant may ask for a July-to-June year in dollars while the settings keep April and euros."""
    settings.set("home_currency", "EUR")
    settings.set("tax_year_start_month", 4)
    settings.set("tax_year_start_day", 6)
    exchange.set_rate(dt.date(2026, 6, 30), "USD", "1.10")
    ana, bo, cy = talent("Ana Souza"), talent("Bo"), talent("Cy Tran")
    Talent.update(given_name="Ana", additional_names=" Maria ", family_name="Souza").where(Talent.id == ana).execute()
    Talent.update(given_name="", family_name="Bo").where(Talent.id == bo).execute()  # no given name: no legal name
    Talent.update(given_name="Cy", family_name="").where(Talent.id == cy).execute()
    for person in (ana, bo, cy):
        work = contract(person, currency="EUR", start_date=dt.date(2026, 1, 1))
        add_payment(work, "hourly", 10000, "EUR", dt.date(2026, 6, 30))  # the day before the year
        add_payment(work, "hourly", 10000, "EUR", dt.date(2026, 7, 1))  # 110.00 USD
    Attachment.create(talent=ana, sha256="c" * 64, name="W-8BEN.pdf", size=1, direction="from_them",
                      document_kind="tax_form", shared_on=dt.date(2026, 1, 1))
    year = tax_year.tax_year(2026, "USD", (7, 1))
    assert (year.start, year.end, year.home, year.total.home, year.total.paid) == (
        dt.date(2026, 7, 1), dt.date(2027, 6, 30), "USD", "USD", 33000)
    assert [(p.talent_id, p.legal_name, p.tax_forms, p.home.home, p.home.paid) for p in year.people] == [
        (ana, "Souza, Ana Maria", ["W-8BEN.pdf"], "USD", 11000), (bo, "", [], "USD", 11000),
        (cy, "", [], "USD", 11000)]


def test_without_a_start_set_the_tax_year_is_the_calendar_year(db):
    work = contract(talent("Ana Souza"), currency="EUR", start_date=dt.date(2025, 1, 1))
    for day in (dt.date(2025, 1, 1), dt.date(2026, 1, 1), dt.date(2026, 12, 31)):
        add_payment(work, "hourly", 1000, "EUR", day)
    assert tax_year.start_setting() == (1, 1)
    assert tax_year.years() == [(2026, "2026"), (2025, "2025")]
    year = tax_year.tax_year(2026)
    assert (year.start, year.end, year.label) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31), "2026")


@pytest.mark.parametrize("location,country", [
    ("Auckland, New Zealand", "New Zealand"),
    ("Lisbon, Lisboa, Portugal", "Portugal"),
    ("Portugal", "Portugal"),
    ("Porto, Portugal, ", "Portugal"),
    ("", ""),
])
def test_the_country_is_the_last_part_of_the_location(db, location, country):
    work = contract(talent("Ana Souza", location=location), currency="EUR", start_date=dt.date(2026, 1, 1))
    add_payment(work, "hourly", 1000, "EUR", dt.date(2026, 2, 2))
    assert [p.country for p in tax_year.tax_year(2026, "EUR", (1, 1)).people] == [country]
