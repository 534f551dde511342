"""My record on the review screen: the figures, the records behind one, and the same numbers in the PDF and JSON."""
from __future__ import annotations

import datetime as dt
import json

from pypdf import PdfReader
from PySide6.QtCore import Qt

from talentdesk import cli, reports
from talentdesk.reports import record_text
from talentdesk.reports.fmt import Formatter
from talentdesk.services import my_record, settings
from talentdesk.store.models import Contract, Feedback, Message, Milestone, Payment
from talentdesk.store.schema import open_database
from tests import factories
from tests import review_factories as rf
from tests.gui.conftest import settle
from tests.gui.test_review import open_review

TODAY = dt.date.today()


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def history(data_dir) -> dict:
    """Two people: milestones submitted and approved (one past the auto-release), messages both ways,
    feedback received, a contract each of them ended, a rehire."""
    open_database(data_dir)
    settings.set("onboarded", True)
    ana = factories.talent("Ana Souza", timezone="UTC")
    site = factories.contract(ana, "Website", kind="fixed", start_date=TODAY - days(200))
    Milestone.create(contract=site, title="Wireframes", status="paid", submitted_on=TODAY - days(60),
                     approved_on=TODAY - days(57), paid_on=TODAY - days(55), amount_minor=1000)
    Milestone.create(contract=site, title="Build", status="approved", submitted_on=TODAY - days(40),
                     approved_on=TODAY - days(20), amount_minor=1000)  # after the 14 days: released
    monday = TODAY - days(TODAY.weekday() + 14)
    Message.create(contract=site, sent_at=dt.datetime.combine(monday, dt.time(10)), author="them", body="Fonts?")
    Message.create(contract=site, sent_at=dt.datetime.combine(monday, dt.time(11, 30)), author="me", body="Inter")
    ben = factories.talent("Ben Okoro")
    first = rf.ended(factories.contract(ben, "Audit", start_date=TODAY - days(300)), TODAY - days(100))
    factories.contract(ben, "Second audit", start_date=TODAY - days(90))
    Contract.update(ended_by="them", end_reason="Took a full-time job").where(Contract.id == first).execute()
    Feedback.create(contract=first, direction="received", score=5, comment="Clear brief, paid fast",
                    given_on=TODAY - days(99), quoted=True)
    Payment.create(contract=first, kind="bonus", amount_minor=5000, currency="USD", paid_on=TODAY - days(101))
    return {"site": site}


def open_record(qtbot, make_window):
    window, view = open_review(qtbot, make_window)
    qtbot.mouseClick(view.record_button, Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.record_page.record is not None)
    return window, view.record_page


def test_a_figure_opens_the_records_behind_it_and_a_record_opens_its_workroom(qtbot, make_window, data_dir):
    world = history(data_dir)
    window, page = open_record(qtbot, make_window)
    approval = page.tiles["approval_days"]
    assert approval.value.text() == "8.5 days"  # the median of 3 and 14 (released automatically)
    assert "2 milestones" in approval.basis.text() and "1 released automatically" in approval.basis.text()

    qtbot.mouseClick(approval, Qt.LeftButton)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = [[dialog.list.topLevelItem(i).text(c) for c in range(5)] for i in range(dialog.list.topLevelItemCount())]
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        ("Ana Souza", "Website", "Wireframes", "3 days"),
        ("Ana Souza", "Website", "Build", "14 days (released automatically)")]
    dialog.list.setCurrentItem(dialog.list.topLevelItem(1))
    qtbot.mouseClick(dialog.open_button, Qt.LeftButton)
    settle(qtbot, window)
    assert not dialog.isVisible()
    assert window.current_view() == "workroom"
    assert window.screens["workroom"].contract_id == world["site"]


def test_the_period_chooser_and_an_empty_figure(qtbot, make_window, data_dir):
    history(data_dir)
    window, page = open_record(qtbot, make_window)
    page.period.setCurrentIndex(my_record.PERIOD_MONTHS.index(1))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.record.period.days < 40)
    tile = page.tiles["approval_days"]
    assert tile.value.text() == "—" and tile.basis.text() == "No milestone submitted in this period"
    assert not tile.isEnabled()  # nothing behind it to open


def test_the_page_the_pdf_and_the_json_say_the_same(qtbot, make_window, data_dir, tmp_path, capsys):
    history(data_dir)
    window, page = open_record(qtbot, make_window)
    shown = {key: tile.value.text() for key, tile in page.tiles.items()}
    assert shown["answer_minutes"] == "1 h 30 min" and shown["ended_by"] == "0 by me · 1 by them"

    written = reports.working_with_me(12, tmp_path / "me.pdf")
    assert written.pages == 1
    pdf = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(written.path)).pages)
    for key in ("approval_days", "payment_days", "answer_minutes", "feedback_score", "rehire_share",
                "relationship_days", "ended_by", "thanks_per_contract"):
        assert shown[key] in pdf, (key, shown[key])
    assert "Clear brief, paid fast" in pdf and "— Ben" in pdf

    assert cli.main(["--data-dir", str(data_dir), "review", "--list", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)[-1]
    assert card["rule"] == "my_record"
    fmt = Formatter()
    for key, tile_text in shown.items():
        figure = card["facts"][key]
        assert record_text.value(key, figure["value"], fmt, figure) == tile_text, key


def test_report_me_writes_the_one_page_pdf_headless(data_dir, tmp_path, capsys, qapp):
    history(data_dir)
    out = tmp_path / "working with me.pdf"
    assert cli.main(["--data-dir", str(data_dir), "report", "me", "--months", "6", "--out", str(out)]) == 0
    assert "(1 page)" in capsys.readouterr().out
    text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
    assert "How I pay" in text and "No comment chosen to quote." not in text
    assert cli.main(["--data-dir", str(data_dir), "report", "me", "--out", str(tmp_path / "me.txt")]) == 1


def test_the_client_chooses_the_comments_to_quote(qtbot, make_window, data_dir):
    history(data_dir)
    other = factories.contract(factories.talent("Cy Park"), "Logo")
    Feedback.create(contract=other, direction="received", score=4, comment="Slow to answer", given_on=TODAY)
    window, page = open_record(qtbot, make_window)
    qtbot.mouseClick(page.quotes_button, Qt.LeftButton)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    rows = {dialog.list.topLevelItem(i).text(0): dialog.list.topLevelItem(i) for i in range(2)}
    assert rows["Clear brief, paid fast"].checkState(0) == Qt.Checked
    assert rows["Slow to answer"].checkState(0) == Qt.Unchecked
    rows["Clear brief, paid fast"].setCheckState(0, Qt.Unchecked)
    rows["Slow to answer"].setCheckState(0, Qt.Checked)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.LeftButton)
    settle(qtbot, window)
    assert not dialog.isVisible()
    assert [f.comment for f in Feedback.select().where(Feedback.quoted == True)] == ["Slow to answer"]  # noqa: E712
