"""Documents entered through the file dialog (on a contract and on a person) reach the dossier, the
*document expiring* rule and the classification check."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from talentdesk import cli
from talentdesk.services import classification, review_rules, settings
from talentdesk.store.models import Attachment
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle
from tests.gui.test_workroom import open_room

TODAY = dt.date.today()
EXPIRES = TODAY + dt.timedelta(days=40)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _fill(qtbot, dialog, window, kind: str, expires: dt.date | None) -> None:
    ui = dialog.ui
    assert not ui.expiresEdit.isEnabled()  # no expiry unless ticked
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(kind))
    if expires is not None:
        ui.expiresCheck.setChecked(True)
        ui.expiresEdit.setDate(qdate(expires))
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    settle(qtbot, window)


@pytest.fixture
def entered(qtbot, make_window, data_dir, tmp_path):
    open_database(data_dir)
    settings.set("onboarded", True)
    tid = factories.talent("Maya Kowalski")
    cid = factories.contract(tid, "Support desk", start_date=TODAY - dt.timedelta(days=20), platform="")
    window = make_window()
    insurance, tax = tmp_path / "liability-insurance.pdf", tmp_path / "w8-ben.pdf"
    insurance.write_bytes(b"%PDF-1.4 insurance")
    tax.write_bytes(b"%PDF-1.4 tax form")

    room = open_room(qtbot, window, cid)
    dialog = room.files.store([insurance])
    _fill(qtbot, dialog, window, "insurance", EXPIRES)
    qtbot.waitUntil(lambda: room.files.table.rowCount() == 1)
    assert room.files.table.item(0, 2).text() == "Insurance"  # the kind and the expiry show in the room
    assert room.files.table.item(0, 6).text() != ""

    qtbot.keyClick(window, Qt.Key_2, Qt.ControlModifier)
    bench = window.screens["bench"]
    settle(qtbot, window)
    bench.select_talent(tid)
    bench.side.setCurrentWidget(bench.documents)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: bench.documents.talent_id == tid and bench.documents.add_button.isEnabled())
    assert not bench.documents.empty.isHidden() and bench.documents.table.isHidden()
    dialog = bench.documents.store([tax])
    assert "kept with the person" in dialog.ui.filesLabel.text()
    _fill(qtbot, dialog, window, "tax_form", EXPIRES + dt.timedelta(days=5))
    qtbot.waitUntil(lambda: bench.documents.table.rowCount() == 1)
    assert [bench.documents.table.item(0, c).text() for c in (0, 1)] == ["w8-ben.pdf", "Tax form"]
    return {"window": window, "bench": bench, "talent": tid, "contract": cid}


def test_documents_from_the_file_dialog_are_stored_with_their_kind_and_expiry(entered):
    rows = {a.name: (a.document_kind, a.expires_on, a.contract_id) for a in Attachment.select()}
    assert rows == {"liability-insurance.pdf": ("insurance", EXPIRES, entered["contract"]),
                    "w8-ben.pdf": ("tax_form", EXPIRES + dt.timedelta(days=5), None)}


def test_they_show_in_the_dossier(entered, data_dir, tmp_path):
    out = tmp_path / "dossier.pdf"
    assert cli.main(["--data-dir", str(data_dir), "report", "talent", str(entered["talent"]), "--out", str(out)]) == 0
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(out).pages))
    assert "liability-insurance.pdf Insurance" in text and "Support desk" in text
    assert "w8-ben.pdf Tax form" in text and "(the person's own)" in text


@pytest.mark.parametrize("days_before,variant", [(31, None), (30, "expiring"), (29, "expiring"), (0, "expiring"),
                                                 (-1, "expired"), (-30, "expired"), (-31, None)])
def test_they_raise_the_document_expiring_card_at_the_threshold(entered, days_before, variant):
    today = EXPIRES - dt.timedelta(days=days_before)
    cards = review_rules.run_rule(review_rules.BY_NAME["document_expiring"], today)
    insurance = [c for c in cards if c.facts["document"] == "liability-insurance.pdf"]
    assert [c.variant for c in insurance] == ([variant] if variant else [])
    tax = [c for c in review_rules.run_rule(review_rules.BY_NAME["document_expiring"], today + dt.timedelta(days=5))
           if c.facts["document"] == "w8-ben.pdf"]
    assert [c.variant for c in tax] == ([variant] if variant else [])  # the person's own file too
    if tax:
        assert tax[0].contract_id is None and tax[0].talent_name == "Maya Kowalski"


def test_the_classification_check_from_the_persons_documents_keeps_its_result(qtbot, entered):
    from talentdesk.views.dialogs.classification import ClassificationDialog
    from tests.gui.test_workroom import active_dialog

    documents, window = entered["bench"].documents, entered["window"]
    assert documents.check_result.text().startswith("Never checked")
    qtbot.mouseClick(documents.check_button, Qt.LeftButton)
    settle(qtbot, window)
    dialog = active_dialog(qtbot, ClassificationDialog)
    assert "no agreement among the files" in dialog.ui.dataSignals.text()
    dialog.ui.setsHours.setCurrentIndex(dialog.ui.setsHours.findData("me"))
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "checked on" in documents.check_result.text())
    result = classification.last_result(entered["contract"])
    assert (result.level, result.points, result.checked_on) == ("low", 2, TODAY)
    assert documents.check_result.text().startswith("Support desk: Low risk, 2 points — checked on")
    room = open_room(qtbot, window, entered["contract"])  # the workroom shows the kept result too
    qtbot.waitUntil(lambda: room.classification_button.text() == "Risk: low…")
    assert "2 points" in room.classification_button.toolTip()
