"""Hostile text in, every CSV export out, read back as a spreadsheet would: no cell anywhere starts
with a live formula character, whether the reader splits on ``,`` (our separator) or on ``;`` (the
separator of most European spreadsheets, which cuts a text at its ``;`` and at its line breaks).
Signed numbers we write as numbers stay numbers."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from decimal import Decimal

from talentdesk.interchange import csv_import, csv_out, timeline_csv
from talentdesk.interchange.exports import LISTS, export_csv
from talentdesk.services import contracts, worklog
from talentdesk.services.timeline import TimelineFilter
from tests import factories

HOSTILE = [
    "=1+2", " =1+2", "\u00a0=HYPERLINK(\"http://x.invalid\")", "\ufeff@SUM(A1:A9)", "\n=1+2", "\r\n+1+2",
    "-2+3", "a;=1+2", "b, =cmd|' /C calc'!A0", "line one\n=1+2", "\t=1", "\r=1", "x;\u00a0;@SUM(1)",
    "quote \"; =1+2", "- a list item\n- another", "ok; -3", "trailing;", "+49 30 1234",
]
LIVE = re.compile(r"[\s\ufeff\u200b-\u200d\u2060]*[=+\-@]")
NUMBER = re.compile(r"-?\d+(\.\d+)?")


def hostile_world(tmp_path) -> None:
    """Hostile text through the CSV importer (names, headlines, notes, skills) and the services."""
    source = tmp_path / "hostile.csv"
    with open(source, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "headline", "location", "notes", "skills"])
        for n, text in enumerate(HOSTILE):
            writer.writerow([f"{text} {n}", text, text, text, f"{text.strip() or 'x'}{n}"])
    result = csv_import.import_file("talents", source, csv_import.Options(mapping={}))
    assert result.counts["talent"] == len(HOSTILE)
    for n, text in enumerate(HOSTILE[:6]):
        talent_id = factories.talent(f"Contractor {n}")
        contract_id = factories.contract(talent_id, title=text, platform=text[:60], external_id=text[:120])
        contracts.add_payment(contract_id, "refund", 1250 + n, "USD", dt.date(2026, 2, 1 + n), description=text)
        contracts.add_message(contract_id, text, sent_at=dt.datetime(2026, 2, 3, 9, n))
        worklog.add(contract_id, dt.date(2026, 2, 2 + n), 60 + n)


def live_cells(data: bytes, delimiter: str) -> list[str]:
    rows = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=delimiter)
    return [cell for row in rows for cell in row if LIVE.match(cell) and not NUMBER.fullmatch(cell.strip())]


def test_hostile_text_through_every_csv_export_stays_inert_with_either_separator(db, tmp_path):
    hostile_world(tmp_path)
    outputs = {}
    for name in LISTS:
        export_csv(name, tmp_path / f"{name}.csv")
        outputs[name] = (tmp_path / f"{name}.csv").read_bytes()
    timeline_csv.export(tmp_path / "timeline-view.csv", TimelineFilter())
    outputs["timeline view"] = (tmp_path / "timeline-view.csv").read_bytes()
    for name, data in outputs.items():
        assert data.startswith(b"\xef\xbb\xbf"), name
        for delimiter in (",", ";"):
            assert live_cells(data, delimiter) == [], f"{name} read with {delimiter!r}"
    talents = list(csv.DictReader(io.StringIO(outputs["talents"].decode("utf-8-sig"), newline="")))
    # Read with our own separator, each hostile text comes back as written, behind one apostrophe.
    assert {row["headline"] for row in talents} >= {"'=1+2", "a;'=1+2", "'- a list item\n'- another"}
    assert "12.50" in outputs["payments"].decode("utf-8-sig").split(",")  # amounts stay plain numbers


def test_text_holding_a_separator_or_a_line_break_is_quoted_and_signed_numbers_stay_numbers():
    line = csv_out.line(["a;b", "c,d", "e\nf", "plain", -3, Decimal("-12.50"), "ok; -3", "-3"])
    assert line == '"a;b","c,d","e\nf",plain,-3,-12.50,"ok;\' -3",\'-3\r\n'


def test_the_check_above_finds_a_live_cell_when_the_rule_is_not_applied():
    """The reader the tests use does see what the exports would arm without ``inert``."""
    assert live_cells(b'uuid,"a;=1+2"\r\n', ";") == ['=1+2"']
    assert live_cells(b'x,"line\n=1"\r\n', ";") == ['=1"']
