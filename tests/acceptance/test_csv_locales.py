"""`talentdesk import csv payments --locale …`: amounts and dates as each locale writes them (Babel), strictly."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from talentdesk.cli import main
from tests.interchange_helpers import FIXTURES

LOCALES = FIXTURES / "csv" / "locales"
D = dt.date

EXPECTED = {
    "de_CH": [(D(2026, 3, 14), "hourly", 123450, "CHF"), (D(2026, 4, 2), "fee", 8000, "CHF"),
              (D(2026, 4, 15), "refund", 100000, "CHF")],
    "de_DE": [(D(2026, 12, 31), "bonus", 123450, "EUR"), (D(2026, 12, 1), "hourly", 8000, "EUR"),
              (D(2026, 3, 3), "milestone", 1234567, "EUR")],
    "fr_FR": [(D(2026, 3, 14), "milestone", 123450, "EUR"), (D(2026, 4, 2), "fee", 1200, "EUR"),
              (D(2026, 3, 1), "hourly", 99999, "EUR")],
    "es_MX": [(D(2026, 3, 14), "hourly", 123450, "MXN"), (D(2026, 4, 2), "milestone", 2500000, "MXN")],
    "en_CA": [(D(2026, 3, 14), "hourly", 123450, "CAD"), (D(2026, 4, 2), "fee", 8000, "CAD")],
    "ja_JP": [(D(2026, 3, 14), "milestone", 123456, "JPY"), (D(2026, 4, 2), "fee", 1000, "JPY")],
}


def payments(data_dir) -> list[tuple]:
    con = sqlite3.connect(data_dir / "talentdesk.sqlite3")
    try:
        return [(D.fromisoformat(d), k, a, c) for d, k, a, c in con.execute(
            "SELECT paid_on, kind, amount_minor, currency FROM payment ORDER BY id")]
    finally:
        con.close()


def run(capsys, data_dir, *args) -> tuple[int, str]:
    code = main(["--data-dir", str(data_dir), "import", "csv", "payments", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out + err


@pytest.mark.parametrize("locale", sorted(EXPECTED))
def test_each_locale_gives_the_right_amounts_and_dates(capsys, data_dir, locale):
    path = LOCALES / f"payments_{locale}.csv"
    code, text = run(capsys, data_dir, path, "--locale", locale, "--create-missing")
    assert code == 0, text
    assert payments(data_dir) == EXPECTED[locale]
    code, text = run(capsys, data_dir, path, "--locale", locale)
    assert code == 0 and len(payments(data_dir)) == len(EXPECTED[locale])  # a second import adds nothing


def test_a_file_read_in_the_wrong_locale_is_refused_not_misread(capsys, data_dir):
    code, text = run(capsys, data_dir, LOCALES / "payments_de_CH.csv", "--locale", "en_US", "--create-missing")
    assert code != 0 and "line 2" in text
    assert not (data_dir / "talentdesk.sqlite3").exists() or payments(data_dir) == []


@pytest.mark.parametrize("locale", [None, "en_CA"])
def test_an_ambiguous_date_is_refused_with_its_line(capsys, data_dir, locale):
    args = ["--locale", locale] if locale else []
    code, text = run(capsys, data_dir, LOCALES / "payments_ambiguous.csv", *args, "--create-missing")
    assert code != 0
    assert "line 3" in text and "04/03/2026" in text
    assert payments(data_dir) == []  # nothing imported, not even the good first row
