"""Exchange rates and the home currency: the ECB's files read, every payment converted at its own date's rate
(the nearest earlier day for weekends and holidays), a missing rate said, never guessed."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest

from talentdesk.interchange import rates as rate_files
from talentdesk.interchange.report import InterchangeError
from talentdesk.services import bench, exchange, settings
from talentdesk.services.contracts import add_payment
from talentdesk.store.db import database
from talentdesk.store.models import ExchangeRate
from tests.factories import contract, talent

# The ECB's historical layout: newest day first, rates per euro, N/A where a currency had none, a trailing
# comma on every line, and a currency the euro replaced (CYP). 2026-04-03 (Good Friday) and 2026-04-06
# (Easter Monday) are TARGET holidays: no row; 2026-03-07/08 is a weekend.
ECB_HISTORY = """Date,USD,JPY,CYP,GBP,CHF,
2026-04-07,1.0900,162.10,N/A,0.85000,0.9500,
2026-04-02,1.0800,161.00,N/A,0.84000,0.9400,
2026-04-01,1.0790,160.90,N/A,0.83900,N/A,
2026-03-09,1.0870,161.80,N/A,0.85500,0.9450,
2026-03-06,1.0856,161.53,N/A,0.85445,0.9430,
2026-03-05,1.0840,161.20,N/A,0.85300,0.9420,
"""
ECB_DAILY = "Date, USD, JPY, GBP, \n28 November 2025, 1.0575, 163.28, 0.86320, \n"


@pytest.fixture
def home_usd(db):
    settings.set("home_currency", "USD")
    return "USD"


def _load(tmp_path, text=ECB_HISTORY, name="eurofxref-hist.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return rate_files.import_file(path)


def test_the_ecb_history_is_read_with_its_gaps_and_trailing_comma(tmp_path):
    parsed = rate_files.parse(ECB_HISTORY, "eurofxref-hist.csv")
    assert parsed.layout == "ecb"
    assert parsed.skipped_currencies == ["CYP"]
    kept = {(r.day.isoformat(), r.currency): r.per_eur for r in parsed.rows}
    assert kept[("2026-03-06", "GBP")] == Decimal("0.85445")
    assert kept[("2026-03-06", "JPY")] == Decimal("161.53")
    assert ("2026-04-01", "CHF") not in kept  # N/A: no rate, not zero
    assert len(parsed.rows) == 6 * 4 - 1
    assert {r.line for r in parsed.rows if r.day == dt.date(2026, 4, 7)} == {2}


def test_the_ecb_daily_file_and_the_zip_it_comes_in(db, tmp_path):
    parsed = rate_files.parse(ECB_DAILY, "eurofxref.csv")
    assert [(r.day, r.currency, r.per_eur) for r in parsed.rows] == [
        (dt.date(2025, 11, 28), "USD", Decimal("1.0575")), (dt.date(2025, 11, 28), "JPY", Decimal("163.28")),
        (dt.date(2025, 11, 28), "GBP", Decimal("0.86320"))]
    archive = tmp_path / "eurofxref-hist.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("eurofxref-hist.csv", ECB_HISTORY)
    report = rate_files.import_file(archive)
    assert ExchangeRate.select().count() == 23
    assert report.counts["exchange_rate"] == 23
    assert exchange.rate_on("GBP", dt.date(2026, 3, 6)) == Decimal("0.85445")


def test_a_bad_cell_refuses_the_whole_file_naming_its_line(db, tmp_path):
    _load(tmp_path)
    before = sorted(ExchangeRate.select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.per_eur).tuples())
    broken = ECB_HISTORY.replace("2026-03-09,1.0870", "2026-03-09,1,087")
    with pytest.raises(InterchangeError) as caught:
        _load(tmp_path, broken.replace("0.85500", "0.95500"), "other.csv")
    assert caught.value.line == 5
    after = sorted(ExchangeRate.select(ExchangeRate.currency, ExchangeRate.day, ExchangeRate.per_eur).tuples())
    assert after == before


def test_the_simple_layout_and_its_errors(db, tmp_path):
    report = _load(tmp_path, "currency,date,rate\nGBP,2026-03-06,0.85445\nUSD,2026-03-06,1.0856\n", "mine.csv")
    assert report.details["layout"] == "simple"
    assert exchange.rate_on("USD", dt.date(2026, 3, 8)) == Decimal("1.0856")
    with pytest.raises(InterchangeError) as caught:
        _load(tmp_path, "date,currency,rate\n2026-03-06,GBP,0.85\n2026-03-06,GBP,0.86\n", "twice.csv")
    assert caught.value.line == 3 and "two different rates" in str(caught.value)
    with pytest.raises(InterchangeError) as caught:
        _load(tmp_path, "date,currency,rate\n2026-03-06,GBP,0.85\n2026-13-06,GBP,0.86\n", "date.csv")
    assert caught.value.line == 3
    with pytest.raises(InterchangeError) as caught:
        _load(tmp_path, "date,currency,rate\n2026-03-06,XYZ,0.85\n", "code.csv")
    assert caught.value.line == 2
    with pytest.raises(InterchangeError) as caught:
        _load(tmp_path, "day,amount\n2026-03-06,1\n", "other.csv")
    assert caught.value.line == 1
    assert exchange.rate_on("GBP", dt.date(2026, 3, 6)) == Decimal("0.85445")  # nothing changed


def test_a_rate_is_crossed_to_the_home_currency_and_rounded_once(db, tmp_path, home_usd):
    _load(tmp_path)
    friday = dt.date(2026, 3, 6)
    pounds = exchange.convert(10000, "GBP", friday)
    # 100.00 GBP × (1.0856 USD/EUR ÷ 0.85445 GBP/EUR) = 127.0524899… USD
    assert pounds.home_minor == 12705 and pounds.rate == Decimal("1.0856") / Decimal("0.85445")
    # No minor unit in yen: 10,000 JPY × 1.0856 ÷ 161.53 = 67.2073… USD
    assert exchange.convert(10000, "JPY", friday).home_minor == 6721
    assert exchange.convert(10000, "EUR", friday).home_minor == 10856
    assert exchange.convert(12345, "USD", dt.date(1990, 1, 1)).home_minor == 12345  # no rate needed
    settings.set("home_currency", "EUR")
    assert exchange.convert(12705, "USD", friday).home_minor == 11703  # 117.0320…
    exchange.set_rate(friday, "CHF", "2")
    assert exchange.convert(1, "CHF", friday).home_minor == 1  # half a cent: half up


def test_weekends_and_holidays_take_the_nearest_earlier_day(db, tmp_path, home_usd):
    _load(tmp_path)
    sunday = exchange.convert(10000, "GBP", dt.date(2026, 3, 8))
    assert sunday.rate_day == dt.date(2026, 3, 6) and sunday.home_minor == 12705
    assert exchange.convert(10000, "GBP", dt.date(2026, 3, 9)).home_minor == round(10000 * 1.0870 / 0.85500)
    for holiday in (dt.date(2026, 4, 3), dt.date(2026, 4, 5), dt.date(2026, 4, 6)):  # Good Friday to Easter Monday
        easter = exchange.convert(10000, "GBP", holiday)
        assert easter.rate_day == dt.date(2026, 4, 2)
        assert easter.home_minor == 12857  # 100 × 1.08 ÷ 0.84 = 128.5714…
    assert exchange.rate_on("CHF", dt.date(2026, 4, 1)) is None  # N/A that day, and 9 March is too old


def test_a_missing_rate_is_said_not_guessed(db, tmp_path, home_usd):
    _load(tmp_path)
    before_any = exchange.convert(10000, "GBP", dt.date(2026, 3, 4))  # the day before the first rate
    assert before_any.home_minor is None and not before_any.has_rate
    settings.set("rate_max_age_days", 3)
    assert exchange.convert(10000, "GBP", dt.date(2026, 3, 30)).home_minor is None  # 3 weeks after the last
    assert exchange.convert(10000, "GBP", dt.date(2026, 3, 9)).home_minor is not None
    assert exchange.convert(10000, "CHF", dt.date(2026, 4, 1)).home_minor is None  # N/A that day, none within 3
    assert exchange.convert(10000, "SEK", dt.date(2026, 3, 6)).home_minor is None  # never had a rate


def test_an_amount_written_down_in_the_home_currency_is_taken_as_it_is(db, tmp_path, home_usd):
    _load(tmp_path)
    person = talent("Eve")
    work = contract(person, currency="USD", start_date=dt.date(2026, 3, 1))
    payment = add_payment(work, "other", 10000, "EUR", dt.date(2026, 3, 6), contract_amount_minor=11000)
    found = exchange.convert_payment(payment)
    assert (found.home_minor, found.as_recorded, found.rate) == (11000, True, Decimal("1.1"))
    settings.set("home_currency", "GBP")  # not the contract's currency: the euros at the day's rate
    assert exchange.convert_payment(payment).home_minor == 8545  # 100 × 0.85445 = 85.445: half up


def test_a_refund_is_converted_at_its_own_date(db, tmp_path, home_usd):
    _load(tmp_path)
    person = talent("Harriet Cole")
    work = contract(person, currency="GBP", start_date=dt.date(2026, 3, 1))
    add_payment(work, "milestone", 5000, "GBP", dt.date(2026, 3, 6))
    add_payment(work, "refund", 5000, "GBP", dt.date(2026, 4, 7))
    add_payment(work, "bonus", 700, "SEK", dt.date(2026, 4, 7), contract_amount_minor=60)
    figures = exchange.for_talent(person)
    assert figures.paid == 6353  # 50 × 1.0856 ÷ 0.85445 = 63.5262…
    assert figures.refunds == 6412  # 50 × 1.0900 ÷ 0.85000 = 64.1176…: the refund's own day, not the payment's
    assert figures.total == 6353 - 6412
    assert figures.missing_count == 1 and figures.missing.paid == {"SEK": 700}
    assert not figures.complete


def test_rates_sought_beside_each_payment_convert_as_the_rate_book_does(db, tmp_path, home_usd):
    """A block of the bench looks each payment's rates up beside it; reports read the rate book: one rule."""
    _load(tmp_path)
    settings.set("rate_max_age_days", 3)
    person = talent("Ana")
    works = {c: contract(person, currency=c, start_date=dt.date(2026, 3, 1)) for c in ("GBP", "EUR", "CHF", "SEK", "USD")}
    days = ["2026-03-04", "2026-03-05", "2026-03-08", "2026-03-09", "2026-03-12", "2026-03-13", "2026-04-03",
            "2026-04-06", "2026-04-07", "2026-05-01"]  # before any rate, weekends, the age limit's edge, holidays
    for day in days:
        for currency, work in works.items():
            add_payment(work, "refund" if day.endswith("7") else "hourly", 1234, currency, day)
    booked = exchange.payment_lines("c.talent_id = ?", [person])
    sought = exchange.payment_lines("c.talent_id = ?", [person], few=True)
    assert [line.converted for line in sought] == [line.converted for line in booked]
    found = {(line.paid_on.isoformat(), line.converted.currency): line.converted for line in sought}
    assert found[("2026-03-12", "GBP")].rate_day == dt.date(2026, 3, 9)  # three days back: in force
    assert found[("2026-03-13", "GBP")].home_minor is None  # four days back: too old, said
    assert found[("2026-03-04", "EUR")].home_minor is None  # no dollar rate yet
    assert found[("2026-04-03", "CHF")].rate_day == dt.date(2026, 4, 2)  # Good Friday
    assert found[("2026-04-06", "CHF")].home_minor is None  # Easter Monday: four days after
    assert found[("2026-04-07", "SEK")].home_minor is None
    assert sum(1 for line in sought if line.converted.home_minor is None) > 5


def test_the_bench_sorts_by_the_same_home_figures_it_shows(db, tmp_path, home_usd):
    _load(tmp_path)
    amounts = {"Ana": [(10000, "GBP", "2026-03-08"), (500, "USD", "2026-03-09")],
               "Ben": [(12700, "USD", "2026-03-06")],
               "Cai": [(10000, "EUR", "2026-04-05"), (2000, "JPY", "2026-04-02")],
               "Dee": [(900, "SEK", "2026-04-02")]}  # no rate at all
    ids = {}
    for name, payments in amounts.items():
        ids[name] = talent(name)
        for amount, currency, day in payments:
            work = contract(ids[name], currency=currency, start_date=dt.date(2026, 3, 1))
            add_payment(work, "hourly", amount, currency, day)
    # Euros on a dollar contract, with what they came to in dollars written down: that amount, not the rate's.
    ids["Eve"] = talent("Eve")
    add_payment(contract(ids["Eve"], currency="USD", start_date=dt.date(2026, 3, 1)), "hourly", 10000, "EUR",
                "2026-03-06", contract_amount_minor=11000)
    shown = exchange.for_talents(ids.values())
    sql = exchange.home_cost_sql("USD")
    for tid, figures in shown.items():
        in_sql = database.obj.execute_sql(
            f"SELECT coalesce(sum({sql}), 0) FROM payment p JOIN contract c ON c.id = p.contract_id "
            "LEFT JOIN payment_conversion x ON x.payment_id = p.id WHERE c.talent_id = ?", (tid,)).fetchone()[0]
        assert int(in_sql) == figures.total
    ordered = bench.talent_ids(bench.Filters(), "spend", "desc")
    assert ordered == sorted(ids.values(), key=lambda t: -shown[t].total)
    assert [shown[t].total for t in ordered] == [12705 + 500, 12700, 10800 + 1342, 11000, 0]


def test_a_payment_and_a_period_convert_into_the_currency_asked(db, tmp_path, home_usd):
    """The tax year and the reports may ask for another currency than the home one: every figure is then in it."""
    _load(tmp_path)
    person = talent("Ines Duarte")
    work = contract(person, currency="EUR", start_date=dt.date(2026, 3, 1))
    first = add_payment(work, "milestone", 10000, "EUR", dt.date(2026, 3, 6))
    add_payment(work, "fee", 1000, "EUR", dt.date(2026, 3, 9))
    add_payment(work, "milestone", 5000, "EUR", dt.date(2026, 4, 7))  # the day the period ends: left out
    assert exchange.convert_payment(first).home_minor == 10856  # 100 euros at 1.0856 dollars
    in_pounds = exchange.convert_payment(first, "GBP")
    assert (in_pounds.home, in_pounds.home_minor) == ("GBP", 8545)  # 100 × 0.85445 = 85.445: half up
    lines = exchange.between(dt.date(2026, 3, 6), dt.date(2026, 4, 7), "GBP")
    assert [(line.paid_on, line.converted.home, line.converted.home_minor) for line in lines] == [
        (dt.date(2026, 3, 6), "GBP", 8545), (dt.date(2026, 3, 9), "GBP", 855)]  # 10 × 0.85500
    figures = exchange.figures_of(lines, "GBP")
    assert (figures.home, figures.paid, figures.fees, figures.total) == ("GBP", 8545, 855, 9400)


def test_asking_for_a_payment_that_is_not_there_says_which(db, home_usd):
    with pytest.raises(exchange.ValidationError) as missing:
        exchange.convert_payment(4242)
    assert (missing.value.field, str(missing.value)) == ("payment", "payment: No payment with id 4242.")
