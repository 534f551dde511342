"""One date policy (formatting.DatePolicy): the same day reads the same in a table, a date field, a chart
and a PDF, for each choice of the "date format" setting; CSV files keep ISO 8601 whatever is chosen."""
from __future__ import annotations

import csv
import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QTimeEdit

from talentdesk import formatting, reports
from talentdesk.interchange import exports
from talentdesk.services import settings, timeline
from talentdesk.services.timeline import PersonTrend, ReviewPoint
from talentdesk.views.timeline.chart import TrendChart
from talentdesk.views.timeline.model import COL_DAY, TimelineModel
from tests import factories

DAY = dt.date(2026, 3, 7)  # day and month differ, so the order shows
EXPECTED = {"system": "3/7/2026", "iso": "2026-03-07", "dmy": "07/03/2026", "mdy": "03/07/2026",
            "dmy_dots": "07.03.2026"}


def test_the_policy_short_forms_in_us_english(us_english):
    for choice, text in EXPECTED.items():
        assert formatting.dates(choice=choice).short(DAY) == text
    assert formatting.dates(choice="system").long(DAY) == "March 7, 2026"  # the locale's, without the weekday
    assert formatting.dates(choice="dmy").recorded("2026-03-07") == "07/03/2026"  # a ledger's before/after
    assert formatting.dates(choice="dmy").recorded("20 h/week") == "20 h/week"
    assert formatting.dates(choice="mdy").compact(DAY) == "03/07" and formatting.dates(choice="iso").compact(
        DAY) == "03-07"


@pytest.mark.parametrize("choice", sorted(EXPECTED))
def test_every_surface_writes_a_day_the_same_way(qtbot, us_english, db, tmp_path, choice):
    talent_id = factories.talent("Ana Souza")
    contract_id = factories.contract(talent_id, "Data pipeline", start_date=DAY)
    settings.set("date_format", choice)
    formatting.set_date_format(choice)  # what the start and the settings dialog do
    expected = EXPECTED[choice]

    # A table: the timeline's "contract started" row.
    model = TimelineModel()
    flt = timeline.TimelineFilter()
    model.reset_with(flt, timeline.page(flt))
    days = [model.index(row, COL_DAY).data(Qt.DisplayRole) for row in range(model.rowCount())]
    assert expected in days

    # A date field, as any dialog shows it.
    field = QDateEdit(QDate(DAY.year, DAY.month, DAY.day))
    stamp, clock = QDateTimeEdit(), QTimeEdit()
    for widget in (field, stamp, clock):
        qtbot.addWidget(widget)
        widget.show()
    assert field.text() == expected
    assert stamp.displayFormat().startswith(formatting.dates().short_pattern + " ")
    assert "y" not in clock.displayFormat()  # a time field stays a time field

    # A chart: a review's label and the axis of months.
    chart = TrendChart()
    qtbot.addWidget(chart)
    point = ReviewPoint(1, DAY, contract_id, "Data pipeline", False, dict.fromkeys(
        ("skills", "quality", "availability", "deadlines", "communication", "cooperation"), 4), 4.0, "yes", 9, "")
    assert f"· {expected}" in chart.review_text(point)
    chart.show_person(PersonTrend(talent_id, "Ana Souza", [point], [], []))
    assert chart.chart().axes(Qt.Horizontal)[0].format() == formatting.dates().month_pattern

    # A PDF: the contract summary's start date.
    out = reports.contract_summary(contract_id, tmp_path / "contract.pdf").path
    assert expected in "\n".join(page.extract_text() for page in PdfReader(out).pages)

    # CSV: ISO, whatever the screens use.
    exports.export_csv("contracts", tmp_path / "contracts.csv")
    with open(tmp_path / "contracts.csv", encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle) for cell in row]
    assert "2026-03-07" in cells
    if choice != "iso":
        assert expected not in cells
