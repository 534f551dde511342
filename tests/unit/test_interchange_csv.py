"""Reading awkward CSV files, writing inert ones, and the generic CSV import with a column mapping."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest

from talentdesk.interchange import csv_import, csv_in, csv_out
from talentdesk.interchange.report import InterchangeError, UnmatchedNames
from talentdesk.services import talents
from talentdesk.store.models import ContactChannel, Contract, Payment, Talent
from tests import factories
from tests.interchange_helpers import FIXTURES, snapshot

SPECTRUM = FIXTURES / "csv" / "csv-spectrum"
CSVKIT = FIXTURES / "csv" / "csvkit"


@pytest.mark.parametrize("name", sorted(p.stem for p in SPECTRUM.glob("*.csv")))
def test_csv_spectrum_reads_as_its_expected_json(name):
    table = csv_in.read_table(SPECTRUM / f"{name}.csv")
    expected = json.loads((SPECTRUM / f"{name}.json").read_text(encoding="utf-8"))
    assert [dict(zip(table.header, cells, strict=True)) for _line, cells in table.rows] == expected


@pytest.mark.parametrize(("name", "header", "last_row", "note"), [
    ("test_utf8_bom.csv", ["foo", "bar", "baz"], ["4", "5", "ʤ"], None),
    ("test_utf16_little.csv", ["a", "b", "c"], ["4", "5", "ʤ"], None),
    ("test_latin1.csv", ["a", "b", "c"], ["4", "5", "©"], "Windows-1252"),
    ("mac_newlines.csv", ["a", "b", "c"], ["Once upon\ra time", "5", "6"], None),
    ("sniff_limit.csv", ["a", "b", "c"], ["1", "2", "3"], None),
    ("test_locale.csv", ["a", "b", "c"], ["1,7", "200.000.000", ""], None),
    ("null_byte.csv", ["a", "b", "c"], ["", "2", "3"], "NUL bytes removed on line 2"),
    ("test_skip_lines.csv", ["a", "b", "c"], ["1", "2", "3"], None),
])
def test_csvkit_files_read(name, header, last_row, note):
    table = csv_in.read_table(CSVKIT / name)
    assert table.header == header
    assert table.rows[-1][1] == last_row
    if note:
        assert any(note in n for n in table.notes)


def test_blank_lines_before_the_header_keep_line_numbers():
    table = csv_in.read_table(CSVKIT / "test_skip_lines.csv")
    assert table.header_line == 4 and table.rows[0][0] == 5


def test_sep_line_and_delimiter_override(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_text("sep=;\nname;rate\nAna;1,5\n", encoding="utf-8")
    table = csv_in.read_table(path)
    assert table.delimiter == ";" and table.header == ["name", "rate"] and table.rows == [(3, ["Ana", "1,5"])]
    tabbed = tmp_path / "tabs.csv"
    tabbed.write_text("a|b\tc\n1|2\t3\n", encoding="utf-8")
    assert csv_in.read_table(tabbed, delimiter="\t").header == ["a|b", "c"]
    assert csv_in.read_table(tabbed, delimiter="|").header == ["a", "b\tc"]


def test_numbers_and_dates_as_written():
    assert csv_in.parse_decimal("-1,234.50") == Decimal("-1234.50")
    assert csv_in.parse_decimal("(12.00)") == Decimal("-12.00")
    assert csv_in.parse_decimal("$18.00") == Decimal("18.00")
    with pytest.raises(ValueError):
        csv_in.parse_decimal("1e5")
    assert csv_in.parse_date("Sep 8, 2026") == dt.date(2026, 9, 8)
    assert csv_in.parse_date("September 8, 2026") == dt.date(2026, 9, 8)
    assert csv_in.parse_date("08.09.2026") == dt.date(2026, 9, 8)
    assert csv_in.parse_date("9/8/2026") == dt.date(2026, 9, 8)


# -- writing --------------------------------------------------------------------------


def test_write_rows_is_bom_crlf_iso_and_inert(tmp_path):
    path = tmp_path / "out.csv"
    rows = [["=HYPERLINK(\"x\")", Decimal("-12.50"), dt.date(2026, 9, 8), "+1 555", "@sum", "\tx", "\rx", "-3", 5,
             "multi\nline", None, True]]
    csv_out.write_rows(path, ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"], rows)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 2
    header, row = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert row == ["'=HYPERLINK(\"x\")", "-12.50", "2026-09-08", "'+1 555", "'@sum", "'\tx", "'\rx", "'-3", "5",
                   "multi\nline", "", "yes"]
    assert csv_out.cell(Decimal("1E+3")) == "1000"


# -- generic import -------------------------------------------------------------------


def test_talents_with_a_mapping_add_then_update(db, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Full name;Mail;Tags;Remarks\nAna Souza;ana@example.com;Python, SQL;great\n"
                    "Bilal Khan;bilal@example.com;Design;\n", encoding="utf-8")
    result = csv_import.import_file("talents", path, csv_import.Options(
        mapping={"name": "Full name", "email": "Mail", "skills": "Tags", "notes": "Remarks"}))
    assert result.counts["talent"] == 2 and result.details["delimiter"] == ";"
    ana = talents.load_input(Talent.get(Talent.name == "Ana Souza").id)
    assert ana.notes == "great" and [c.value for c in ana.channels] == ["ana@example.com"]
    assert sorted(s for s, _ in ana.skills) == ["Python", "SQL"]
    path.write_text("Full name;Mail;Tags;Remarks\nAna S.;ana@example.com;Go;\n", encoding="utf-8")
    again = csv_import.import_file("talents", path, csv_import.Options(
        mapping={"name": "Full name", "email": "Mail", "skills": "Tags", "notes": "4"}))
    assert [e.what for e in again.updated] == ["Ana S."] and Talent.select().count() == 2
    assert ContactChannel.select().count() == 2


def test_talents_mapping_errors_name_the_columns(db, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("who,where\nAna,Lisbon\n", encoding="utf-8")
    with pytest.raises(InterchangeError, match="choose the column that holds name.*who, where"):
        csv_import.import_file("talents", path, csv_import.Options(mapping={}))
    with pytest.raises(InterchangeError, match="no column “nobody”"):
        csv_import.import_file("talents", path, csv_import.Options(mapping={"name": "nobody"}))


def test_bad_value_fails_with_its_line_and_changes_nothing(db, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("name,email\nAna,ana@example.com\nBilal,not-an-email\n", encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(InterchangeError) as caught:
        csv_import.import_file("talents", path, csv_import.Options(mapping={}))
    assert caught.value.line == 3 and "not-an-email" in str(caught.value)
    assert snapshot(db) == before


def test_ragged_rows_are_skipped_with_their_lines(db):
    result = csv_import.import_file("talents", CSVKIT / "bad.csv", csv_import.Options(mapping={"name": "column_b"}))
    assert [(s.line, s.what) for s in result.skipped] == [(2, "row with 4 cells"), (3, "row with 2 cells")]
    assert [t.name for t in Talent.select()] == ["mixed types.... uh oh"]


def test_payments_with_decimal_comma_locale_and_reimport(db, tmp_path):
    ana = factories.talent("Ana Souza")
    path = tmp_path / "payments.csv"
    path.write_text("Wer;Datum;Betrag;Art;Text\nAna Souza;31.12.2026;1.234,50;Bonus;Danke\n"
                    "Ana Souza;01.12.2026;-80,00;hourly;\n", encoding="cp1252")
    options = csv_import.Options(mapping={"talent": "Wer", "date": "Datum", "amount": "Betrag", "kind": "Art",
                                          "description": "Text"}, locale="de_DE")
    result = csv_import.import_file("payments", path, options)
    assert result.counts["payment"] == 2
    bonus = Payment.get(Payment.kind == "bonus")
    assert (bonus.amount_minor, bonus.paid_on, bonus.contract.talent_id) == (123450, dt.date(2026, 12, 31), ana)
    assert Payment.get(Payment.kind == "hourly").amount_minor == 8000
    assert csv_import.import_file("payments", path, options).counts["payment"] == 0


def test_payments_name_unknown_people_unless_created(db, tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("talent,date,amount\nNobody Known,2026-01-02,10\n", encoding="utf-8")
    with pytest.raises(UnmatchedNames, match="Nobody Known"):
        csv_import.import_file("payments", path, csv_import.Options(mapping={}))
    result = csv_import.import_file("payments", path, csv_import.Options(mapping={}, create_missing=True))
    assert result.counts == {"talent": 1, "payment": 1, "contract": 1}


def test_payments_bad_date_names_the_line(db, tmp_path):
    factories.talent("Ana")
    path = tmp_path / "p.csv"
    path.write_text("talent,date,amount\nAna,2026-01-02,10\nAna,someday,10\n", encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(InterchangeError) as caught:
        csv_import.import_file("payments", path, csv_import.Options(mapping={}))
    assert caught.value.line == 3 and "someday" in str(caught.value)
    assert snapshot(db) == before


def test_payments_name_their_contract_as_the_program_shows_it(db, tmp_path):
    ana = factories.talent("Ana Souza")
    site = factories.contract(ana, title="Website", platform="upwork", external_id="34848691")
    audit = factories.contract(ana, title="Audit")
    uuid = Contract.get_by_id(audit).uuid
    path = tmp_path / "p.csv"
    path.write_text(f"talent,date,amount,contract\nAna Souza,2026-02-02,10,34848691\nAna Souza,2026-02-03,20,{uuid}\n",
                    encoding="utf-8")
    csv_import.import_file("payments", path, csv_import.Options(mapping={}))
    assert [(p.amount_minor, p.contract_id) for p in Payment.select().order_by(Payment.paid_on)] == [
        (1000, site), (2000, audit)]


# -- limits: a file cannot hang or flood the reader -------------------------------------------


@pytest.mark.parametrize(("text", "delimiter"), [
    ("a;b;c\n1,5;2,5;x\n3,5;4;y\n", ";"),  # decimal commas: the count per record decides, not the total
    ('name,notes\n"Ana","a;b;c;d"\n"Bo","e;f;g;h"\n', ","),  # separators inside quotes do not count
    ("a\tb\tc\n1\t2\t3\n", "\t"),
    ("a|b\n1|2\n", "|"),
    ("just one column\nvalue\n", ","),
    ('"a"",""b",c\n1,2\n', ","),  # a doubled quote inside a quoted header cell
])
def test_the_delimiter_is_found_by_a_linear_scan(text, delimiter):
    assert csv_in.sniff_delimiter(text) == delimiter


def test_a_row_with_too_many_columns_is_refused_with_its_line(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("a,b\n1,2\n" + ",".join(["x"] * (csv_in.MAX_COLUMNS + 1)) + "\n")
    with pytest.raises(InterchangeError, match=r"line 3: the row has 1,001 columns; at most 1,000"):
        csv_in.read_table(path)


def test_a_row_longer_than_the_limit_is_refused_with_its_line(tmp_path):
    path = tmp_path / "long.csv"
    cell = "y" * 100_000
    path.write_text("a,b\n" + ",".join([cell] * 11) + "\n")
    with pytest.raises(InterchangeError, match=r"line 2: the row is longer than 1,000,000 characters"):
        csv_in.read_table(path, delimiter=",")


def test_a_quote_left_open_says_so_instead_of_reading_the_rest_of_the_file(tmp_path):
    path = tmp_path / "open-quote.csv"
    path.write_text('a,b\n1,"never closed\n' + "2,3\n" * 40_000)
    with pytest.raises(InterchangeError, match=r"line 2: a cell is longer than 131,072 characters \(is a quote left open\?\)"):
        csv_in.read_table(path)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_bytes(b"a,b\n" + b"1,2\n" * 393_216)
    monkeypatch.setattr(csv_in, "MAX_BYTES", 2**20)
    with pytest.raises(InterchangeError, match=r"is too large to import \(1.5 MB; the limit is 1 MB\)"):
        csv_in.read_table(path)


@pytest.mark.parametrize("name", ["no-such-encoding", "rot13", "utf-8\x00", "x" * 300])
def test_an_encoding_name_that_is_not_a_text_encoding_gets_a_message_not_a_traceback(name):
    with pytest.raises(InterchangeError) as raised:
        csv_in.decode(b"name\nAna\n", encoding=name, path="people.csv")
    assert "is not a text encoding" in str(raised.value) and "utf-8" in str(raised.value)
