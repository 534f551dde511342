"""How the PDF summaries look to a reader: colours, order, fonts, pagination, author, file names."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import struct
import subprocess

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QRawFont

from talentdesk import cli, reports
from talentdesk.paths import resource
from talentdesk.reports import charts, dossier, spend
from talentdesk.reports.document import Report
from talentdesk.reports.file_names import default_file_name, safe_file_name
from talentdesk.reports.fmt import Formatter
from talentdesk.reports.labels import word
from talentdesk.services import report_data, settings
from talentdesk.store.models import PAYMENT_KINDS
from tests import factories, report_world

pytestmark = pytest.mark.usefixtures("us_english")


@pytest.fixture
def world(db):
    return report_world.build()


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def test_every_payment_kind_has_its_own_colour():
    assert set(charts.PAYMENT_COLOURS) == set(PAYMENT_KINDS)
    assert len(set(charts.PAYMENT_COLOURS.values())) == len(PAYMENT_KINDS)


def test_a_payment_kind_keeps_its_colour_from_chart_to_chart(world, qapp):
    # 2025 has hourly, bonus, fee, refund and weekly payments in dollars and only a milestone in euros:
    # numbered colours would paint the euro milestone in the dollar chart's hourly blue.
    report = spend.build(report_data.yearly_spend(2025), Formatter())
    assert len(report.charts) == 2
    seen: dict[str, set[str]] = {}
    for chart in report.charts.values():
        for series in chart.series:
            seen.setdefault(series.name, set()).add(series.colour.name())
    expected = {word(kind): {charts.PAYMENT_COLOURS[kind]} for kind in PAYMENT_KINDS if word(kind) in seen}
    assert seen == expected and len(seen) >= 5


def test_the_dossiers_spend_chart_and_table_both_run_oldest_first(world, qapp, tmp_path):
    talent = world["talent"][report_world.JAPANESE]
    report = dossier.build(report_data.dossier(talent), Formatter())
    (years_chart,) = [c for c in report.charts.values() if isinstance(c, charts.BarChart)]
    assert years_chart.categories == ["2024", "2025"]
    out = tmp_path / "dossier.pdf"
    reports.talent_dossier(talent, out)
    text = pdf_text(out)
    table = text[text.index("Spend per year"):text.index("Rate history")]
    rows = re.findall(r"\b(20\d\d) USD\b", table)
    assert rows == sorted(rows) and len(rows) == 2, table


def embedded_fonts(path) -> set[str]:
    """The fonts a PDF embeds, by PostScript name without a subset tag, as pdffonts lists them."""
    names = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            names.add(str(ref.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    if shutil.which("pdffonts"):  # poppler's own reading of the file, where it is installed (dev.sh does)
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()
        assert {line.split()[0].split("+")[-1] for line in lines[2:]} == names
    return names


def postscript_name(path) -> str:
    """A font file's PostScript name (name id 6 of its 'name' table): what a PDF calls the font."""
    table = QRawFont(str(path), 12).fontTable("name").data()
    count, strings = struct.unpack(">HH", table[2:6])
    for n in range(count):
        platform, _enc, _lang, name_id, length, offset = struct.unpack(">6H", table[6 + 12 * n:18 + 12 * n])
        if name_id == 6:
            raw = table[strings + offset:strings + offset + length]
            return raw.decode("utf-16-be") if platform in (0, 3) else raw.decode("latin-1")
    raise AssertionError(f"{path} has no PostScript name")


def test_every_report_embeds_only_the_shipped_fonts(world, qapp, tmp_path):
    shipped = {postscript_name(path) for path in resource("fonts").glob("*.ttf")}
    assert "DroidSansFallback" in shipped and "NotoSans-Bold" in shipped
    written = {
        "dossier": reports.talent_dossier(world["talent"][report_world.JAPANESE], tmp_path / "d.pdf"),
        "greek": reports.talent_dossier(world["talent"][report_world.GREEK], tmp_path / "g.pdf"),
        "contract": reports.contract_summary(world["contract"]["Payments API rewrite"], tmp_path / "c.pdf"),
        "review": reports.review_session(world["session"], tmp_path / "r.pdf"),
        "spend": reports.yearly_spend(2025, tmp_path / "s.pdf"),
    }
    used = {kind: embedded_fonts(w.path) for kind, w in written.items()}
    assert {kind: names - shipped for kind, names in used.items()} == {kind: set() for kind in written}
    # The signs the reports print (stars, ticks, arrows, the minus sign) come from the shipped fonts too.
    text = " ".join(pdf_text(w.path) for w in written.values())
    assert {"★", "→", "☐", "☑"} <= set(text)
    assert {"NotoSansSymbols2-Regular", "NotoSansMath-Regular"} <= used["contract"]
    assert "DroidSansFallback" in used["dossier"]  # the Japanese name


# -- pagination: what a page break may not separate ----------------------------------------------------

def page_texts(report: Report, path) -> list[str]:
    report.save(path)
    return [re.sub(r"\s+", " ", page.extract_text()) for page in PdfReader(path).pages]


def filled(lines: int) -> Report:
    report = Report("Pagination", "probe")
    for n in range(lines):
        report.paragraph(f"Filler {n:03d}")
    return report


@pytest.fixture(scope="module")
def lines_per_page(tmp_path_factory) -> int:
    """How many one-line paragraphs fill the first page: items placed after a few less land at its foot."""
    return page_texts(filled(80), tmp_path_factory.mktemp("probe") / "p.pdf")[0].count("Filler")


def first_page_with(pages: list[str], text: str) -> int:
    return next(n for n, page in enumerate(pages) if text in page)


def test_a_table_starts_with_its_header_and_two_rows_and_a_heading_goes_with_it(qapp, tmp_path, lines_per_page):
    # Filler pushes the table's start down the page one line at a time, past the foot: somewhere in the
    # sweep the header and one row fit and the second row does not.
    moved = 0
    for lines in range(lines_per_page - 6, lines_per_page + 1):
        for heading in (False, True):
            report = filled(lines)
            if heading:
                report.section("Heading of the table")
            report.table(["Alpha", "Beta"], [[f"Row {n:03d}", "x"] for n in range(40)])
            pages = page_texts(report, tmp_path / f"t{lines}{heading}.pdf")
            start = first_page_with(pages, "Row 000")
            assert "Alpha Beta Row 000 x Row 001 x" in pages[start], (lines, heading)
            assert not heading or "Heading of the table Alpha Beta" in pages[start], lines
            assert all("Alpha Beta" in page for page in pages[start:])  # the header repeats on every page
            moved += start == 1 and f"Filler {lines - 1:03d}" in pages[0]
    assert moved >= 4  # the sweep did cross the foot of page one


def test_a_short_table_is_never_split(qapp, tmp_path, lines_per_page):
    for lines in range(lines_per_page - 4, lines_per_page):
        report = filled(lines)
        report.facts([(f"Label {n}", f"Value {n}") for n in range(6)])  # three rows of two columns
        pages = page_texts(report, tmp_path / f"f{lines}.pdf")
        assert all("Label 0" in page and "Label 2" in page for page in pages if "Label" in page), lines


def test_a_heading_stays_with_the_first_lines_after_it(qapp, tmp_path, lines_per_page):
    for lines in range(lines_per_page - 3, lines_per_page + 1):
        report = filled(lines)
        report.section("Closing words")
        report.paragraph("First line of the text.\nSecond line of the text.\nThird line.")
        pages = page_texts(report, tmp_path / f"h{lines}.pdf")
        page = pages[first_page_with(pages, "Closing words")]
        assert "Closing words First line of the text. Second line of the text." in page, lines


# -- the Author field --------------------------------------------------------------------------------

def xmp_creator(path) -> str:
    found = re.search(rb"<dc:creator>\s*<rdf:Seq>\s*<rdf:li>(.*?)</rdf:li>", path.read_bytes())
    return found.group(1).decode() if found else ""


def test_the_author_is_the_users_name_from_the_settings_and_never_invented(world, qapp, tmp_path):
    contract = world["contract"]["Payments API rewrite"]
    unset = reports.contract_summary(contract, tmp_path / "unset.pdf").path
    assert PdfReader(unset).metadata.author in (None, "")  # no setting: no author (not the login name)
    assert xmp_creator(unset) == ""
    settings.set("user_name", "  Avery Client ")
    named = reports.contract_summary(contract, tmp_path / "named.pdf").path
    assert PdfReader(named).metadata.author == "Avery Client"
    assert xmp_creator(named) == "Avery Client"  # the PDF/A metadata says the same
    settings.set("user_name", "")
    assert PdfReader(reports.yearly_spend(2025, tmp_path / "s.pdf").path).metadata.author in (None, "")


# -- default file names ---------------------------------------------------------------------------

def test_default_file_names_name_the_person_the_title_and_the_day(world):
    day = dt.date(2026, 11, 30)
    assert default_file_name("contract", world["contract"]["Payments API rewrite"], day) == \
        f"{report_world.JAPANESE} - Payments API rewrite - 2026-11-30.pdf"
    assert default_file_name("talent", world["talent"][report_world.GREEK], day) == \
        f"{report_world.GREEK} - Dossier - 2026-11-30.pdf"
    session_day = report_data.session_day(world["session"])
    assert default_file_name("review", world["session"], day) == f"Review session - {session_day}.pdf"
    assert default_file_name("spend", 2025, day) == "Yearly spend 2025 - 2026-11-30.pdf"


def test_a_file_name_holds_no_character_a_file_system_refuses_and_keeps_its_date(db):
    talent = factories.talent('Ann "AJ" O/Neil')
    contract = factories.contract(talent, "Audit: phase 1/2 " + "and more " * 20)
    name = default_file_name("contract", contract, dt.date(2026, 1, 2))
    assert name.startswith("Ann AJ O Neil - Audit phase 1 2 and more") and name.endswith(" - 2026-01-02.pdf")
    assert not set(name) & set('\\/:*?"<>|') and len(name) < 200
    assert safe_file_name("...") == "Report"


def test_the_command_line_names_the_file_as_the_window_does(world, data_dir, tmp_path, monkeypatch, capsys):
    contract = world["contract"]["Payments API rewrite"]
    expected = default_file_name("contract", contract)
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--data-dir", str(data_dir), "report", "contract", "Payments API rewrite"]) == 0
    assert (tmp_path / expected).is_file()
    folder = tmp_path / "reports"
    folder.mkdir()
    assert cli.main(["--data-dir", str(data_dir), "report", "talent", report_world.GREEK, "--out", str(folder)]) == 0
    assert [p.name for p in folder.iterdir()] == [default_file_name("talent", world["talent"][report_world.GREEK])]
    assert str(folder / default_file_name("talent", world["talent"][report_world.GREEK])) in capsys.readouterr().out
