"""How the PDF summaries look to a reader: colours, order, fonts, pagination, author, file names."""
from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from talentdesk import reports
from talentdesk.reports import charts, dossier, spend
from talentdesk.reports.fmt import Formatter
from talentdesk.reports.labels import word
from talentdesk.services import report_data
from talentdesk.store.models import PAYMENT_KINDS
from tests import report_world

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
