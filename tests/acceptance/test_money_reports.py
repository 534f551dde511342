"""Money across currencies in the PDFs and the CSV, read back as an accountant would: the home-currency totals
are the sum of the payments, each converted at the rate of its own date; a payment without a rate is named."""
from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from decimal import Decimal

import pytest
from pypdf import PdfReader

from talentdesk import cli
from talentdesk.interchange import rates as rate_files
from talentdesk.services import bench, exchange, report_data, settings
from talentdesk.services.contracts import add_payment
from talentdesk.store.models import Attachment, Talent
from tests.factories import contract, talent

pytestmark = pytest.mark.usefixtures("us_english")

RATES = """Date,USD,GBP,SEK,
2026-04-07,1.0900,0.85000,N/A,
2026-04-02,1.0800,0.84000,N/A,
2026-03-06,1.0856,0.85445,N/A,
"""
# Each payment, and what it is in dollars at the rate of its own day (worked out by hand, rounded half up):
PAYMENTS = [
    # person, currency, kind, amount (minor), day, in USD (minor, signed as it counts in the total cost)
    ("Harriet Cole", "GBP", "milestone", 10000, dt.date(2026, 3, 8), 12705),  # Sunday: Friday's 1.0856/0.85445
    ("Harriet Cole", "GBP", "refund", 5000, dt.date(2026, 4, 7), -6412),  # its own day: 1.09/0.85
    ("Harriet Cole", "GBP", "fee", 1000, dt.date(2026, 4, 6), 1286),  # Easter Monday: 2 April's 1.08/0.84
    ("Marta Silva", "EUR", "hourly", 10000, dt.date(2026, 4, 5), 10800),
    ("Marta Silva", "EUR", "bonus", 2500, dt.date(2026, 3, 6), 2714),  # 25 × 1.0856 = 27.14
    ("Sam Ortiz", "USD", "hourly", 12700, dt.date(2026, 3, 9), 12700),
    ("Ingrid Berg", "SEK", "hourly", 90000, dt.date(2026, 4, 2), None),  # N/A: no rate
]
HOME_TOTAL = sum(p[5] for p in PAYMENTS if p[5] is not None)  # 33,793 cents


@pytest.fixture
def money_world(db, tmp_path):
    settings.set("home_currency", "USD")
    path = tmp_path / "eurofxref-hist.csv"
    path.write_text(RATES, encoding="utf-8")
    rate_files.import_file(path)
    ids: dict[str, int] = {}
    for name, currency, kind, amount, day, _usd in PAYMENTS:
        if name not in ids:
            given, family = name.split()
            ids[name] = talent(name, location="Lisbon, Portugal" if name == "Marta Silva" else "")
            if name != "Sam Ortiz":
                Talent.update(given_name=given, family_name=family).where(Talent.id == ids[name]).execute()
        work = contract(ids[name], title=f"Work in {currency}", currency=currency, start_date=dt.date(2026, 3, 1))
        add_payment(work, kind, amount, currency, day)
    Attachment.create(talent=ids["Marta Silva"], sha256="a" * 64, name="W-8BEN Marta.pdf", size=1,
                      direction="from_them", document_kind="tax_form", shared_on=dt.date(2026, 1, 10))
    return ids


def text_of(path) -> str:
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))
    # "ﬁ" ligatures as letters; the minus sign and the amount come out as two words.
    return unicodedata.normalize("NFKC", text).replace("− $", "−$")


def dollars(minor: int) -> str:
    return ("−" if minor < 0 else "") + f"${abs(minor) / 100:,.2f}"


def test_the_yearly_spend_report_totals_the_converted_payments(money_world, data_dir, tmp_path):
    out = tmp_path / "spend.pdf"
    assert cli.main(["--data-dir", str(data_dir), "report", "spend", "--year", "2026", "--out", str(out)]) == 0
    text = text_of(out)
    home = text[text.index("In USD, each payment at the rate of its date"):]
    assert f"Total cost {dollars(HOME_TOTAL)}" in home
    assert "Not counted: no exchange rate for the day SEK 900.00" in home or "900.00 SEK" in home
    # The per-person table: each person's converted payments, and the table's total row is their sum.
    for name in ("Harriet Cole", "Marta Silva", "Sam Ortiz"):
        mine = sum(p[5] for p in PAYMENTS if p[0] == name)
        assert re.search(rf"{name}[^$]*(\$[\d,.]+ ){{3}}{re.escape(dollars(mine))}", home), name
    assert f"Total {dollars(12705 + 2714 + 10800 + 12700)} {dollars(1286)} {dollars(6412)} {dollars(HOME_TOTAL)}" \
        in home
    # The per-currency tables are kept.
    assert "In GBP" in text and "In EUR" in text and "In SEK" in text


def test_the_tax_year_pdf_lists_each_payment_converted_and_flags_missing_details(money_world, data_dir, tmp_path):
    out = tmp_path / "tax.pdf"
    assert cli.main(["--data-dir", str(data_dir), "report", "tax-year", "--year", "2026", "--out", str(out)]) == 0
    text = text_of(out)
    assert "Tax year 2026" in text and "amounts in USD" in text
    for name, _currency, _kind, _amount, _day, usd in PAYMENTS:
        if usd is not None:
            assert dollars(usd) in text, (name, usd)
    assert "no rate" in text
    for name in ("Harriet Cole", "Marta Silva", "Sam Ortiz"):
        mine = sum(p[5] for p in PAYMENTS if p[0] == name)
        section = text[text.rindex(name):]
        assert f"Total cost {dollars(mine)}" in section, name
    assert f"Total cost {dollars(HOME_TOTAL)}" in text
    missing = text[text.index("Missing tax details"):]
    assert "Sam Ortiz No legal name" in missing  # no name parts
    assert "Harriet Cole No country in the location; No tax form on file" in missing
    assert "Ingrid Berg No country in the location; No tax form on file; Payments without an exchange rate" in missing
    assert "Marta Silva No" not in missing and "Marta Silva Payments" not in missing  # nothing missing
    assert "Silva, Marta" in text and "Portugal" in text  # the legal name, family name first


def test_the_tax_year_csv_has_every_payment_and_the_same_totals(money_world, data_dir, tmp_path):
    out = tmp_path / "tax.csv"
    assert cli.main(["--data-dir", str(data_dir), "export", "csv", "tax-year", "--year", "2026", "--out", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(PAYMENTS)
    converted = [Decimal(r["amount in home currency"]) for r in rows if r["amount in home currency"]]
    assert sum(converted) == Decimal(HOME_TOTAL) / 100
    refund = next(r for r in rows if r["kind"] == "Refund")
    assert refund["amount"] == "-50.00" and refund["rate day"] == "2026-04-07"
    sek = next(r for r in rows if r["currency"] == "SEK")
    assert sek["amount in home currency"] == "" and "Payments without an exchange rate" in sek["missing"]


def test_the_bench_the_dossier_and_the_report_give_the_same_home_figure(money_world):
    spend = report_data.yearly_spend(2026).home
    for name, tid in money_world.items():
        row = bench.rows([tid])[tid]
        dossier = report_data.dossier(tid)
        in_report = next(f for t, _n, f in spend.people if t == tid)
        assert row.home.total == dossier.home.total == in_report.total == exchange.for_talent(tid).total, name
        assert row.home.complete == (name != "Ingrid Berg")


def test_the_dossier_pdf_states_the_home_total_the_report_states(money_world, data_dir, tmp_path):
    harriet = sum(p[5] for p in PAYMENTS if p[0] == "Harriet Cole")
    out = tmp_path / "dossier.pdf"
    assert cli.main(["--data-dir", str(data_dir), "report", "talent", "Harriet Cole", "--out", str(out)]) == 0
    assert f"Total cost in USD {dollars(harriet)}" in text_of(out)
    out = tmp_path / "ingrid.pdf"
    assert cli.main(["--data-dir", str(data_dir), "report", "talent", "Ingrid Berg", "--out", str(out)]) == 0
    text = text_of(out)
    assert "Total cost in USD $0.00" in text and "Not counted: no exchange rate for the day SEK 900.00" in text
