"""Corrections and undo through the real window: a wrong payment corrected, undone and redone."""
from __future__ import annotations

import datetime as dt
import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from talentdesk import formatting, reports
from talentdesk.interchange import exports
from talentdesk.store.models import Payment, PaymentCorrection
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle
from tests.gui.test_workroom import active_dialog, open_room


def march_3() -> str:
    """A day in a sentence, as the date policy writes it (in the locale of the test)."""
    return formatting.long_date(dt.date(2026, 3, 3))


@pytest.fixture(autouse=True)
def english():
    """Money and dates as an English (US) user reads them, whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedStates))
    yield
    QLocale.setDefault(before)


def pdf_text(path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


def payments_csv(tmp_path, tag) -> str:
    out = tmp_path / f"payments-{tag}.csv"
    exports.export_csv("payments", out)
    return out.read_text(encoding="utf-8-sig")


def totals(room) -> dict[str, str]:
    table = room.payments.totals
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_a_wrong_payment_corrected_then_undone_and_redone(qtbot, make_window, data_dir, tmp_path):
    from talentdesk.views.workroom import dialogs

    open_database(data_dir)
    cid = factories.contract(factories.talent("Amara Okafor"), title="Mobile app", start_date=dt.date(2026, 1, 5))
    window = make_window()
    room = open_room(qtbot, window, cid)
    room.tabs.setCurrentWidget(room.payments)

    # record the payment wrongly: 1,250.5 typed for 125.05
    qtbot.mouseClick(room.payments.add_button, Qt.LeftButton)
    form = active_dialog(qtbot, dialogs.PaymentDialog)
    assert not form.ui.reasonEdit.isVisibleTo(form)  # nothing to explain on a new payment
    qtbot.keyClicks(form.ui.amountEdit, "1250.5")
    form.ui.paidEdit.setDate(QDate(2026, 3, 3))
    qtbot.keyClicks(form.ui.descriptionEdit, "Week 9")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.payments.table.rowCount() == 1)
    assert totals(room)["Hourly"] == "$1,250.50"
    assert window.action_undo.isEnabled() and window.action_undo.text().replace("&", "") == "Undo record payment"
    wrong_csv = payments_csv(tmp_path, "wrong")
    assert "1250.50" in wrong_csv
    reports.contract_summary(cid, tmp_path / "wrong.pdf")
    assert "No payment has been corrected or removed" in pdf_text(tmp_path / "wrong.pdf")

    # the context menu offers edit and remove; Enter opens the same form, filled in, to correct it
    room.payments.table.selectRow(0)
    menu = room.payments.context_menu(room.payments.table.visualRect(room.payments.table.model().index(0, 0)).center())
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == ["Correct…", "Remove…"]
    menu.close()
    qtbot.keyClick(room.payments.table, Qt.Key_Return)
    fix = active_dialog(qtbot, dialogs.PaymentDialog)
    assert fix.windowTitle() == "Correct payment" and fix.ui.amountEdit.text() == "1250.50"
    assert fix.ui.reasonEdit.isVisibleTo(fix)
    fix.ui.amountEdit.setText("125.05")
    qtbot.keyClicks(fix.ui.reasonEdit, "typed 1,250.5 for 125.05")
    qtbot.mouseClick(fix.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: totals(room)["Hourly"] == "$125.05")
    assert room.payments.history.isVisibleTo(room.payments) and room.payments.history.rowCount() == 1
    shown = [room.payments.history.item(0, c).text() for c in range(5)]
    assert shown[1:] == ["Corrected", f"Hourly $1,250.50 on {march_3()}", f"Hourly $125.05 on {march_3()}",
                         "typed 1,250.5 for 125.05"]
    corrected_csv = payments_csv(tmp_path, "corrected")
    assert "125.05" in corrected_csv and "1250.50" not in corrected_csv
    reports.contract_summary(cid, tmp_path / "corrected.pdf")
    text = pdf_text(tmp_path / "corrected.pdf")
    corrections = text[text.index("Corrections"):]
    assert "Corrected" in corrections and "$1,250.50" in corrections and "typed 1,250.5 for 125.05" in corrections
    assert window.action_undo.text().replace("&", "") == "Undo correct payment"

    # undo the correction: the totals, the CSV and the PDF go back; redo brings it again
    window.action_undo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: totals(room)["Hourly"] == "$1,250.50")
    assert not room.payments.history.isVisibleTo(room.payments)
    assert payments_csv(tmp_path, "undone") == wrong_csv
    assert not PaymentCorrection.select().exists()
    reports.contract_summary(cid, tmp_path / "undone.pdf")
    assert "No payment has been corrected or removed" in pdf_text(tmp_path / "undone.pdf")
    assert window.action_redo.text().replace("&", "") == "Redo correct payment"
    window.action_redo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: totals(room)["Hourly"] == "$125.05")
    assert payments_csv(tmp_path, "redone") == corrected_csv
    assert room.payments.history.rowCount() == 1


def test_removing_a_payment_names_it_and_offers_undo(qtbot, make_window, data_dir, monkeypatch):
    from talentdesk.services import contracts

    open_database(data_dir)
    cid = factories.contract(factories.talent("Amara Okafor"))
    contracts.add_payment(cid, "hourly", 125050, "USD", dt.date(2026, 3, 3))
    contracts.add_payment(cid, "hourly", 5000, "USD", dt.date(2026, 3, 10))
    window = make_window()
    room = open_room(qtbot, window, cid)
    room.tabs.setCurrentWidget(room.payments)
    asked = []
    monkeypatch.setattr(room.payments, "ask_reason", lambda title, question, verb: asked.append((question, verb)) or "")
    room.payments.table.selectRow(1)  # newest first: the 3 Mar one is second
    qtbot.keyClick(room.payments.table, Qt.Key_Delete)
    settle(qtbot, window)
    assert asked == [(f"Remove the payment of $1,250.50 on {march_3()}?", "Remove")]
    qtbot.waitUntil(lambda: room.payments.table.rowCount() == 1)
    assert Payment.select().count() == 1 and room.payments.current() is not None  # the neighbour is selected
    assert window.undo_note.isVisible() and "Removed the payment of $1,250.50" in window.undo_note.text()
    window.undo_note.linkActivated.emit("undo")
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.payments.table.rowCount() == 2)
    assert not PaymentCorrection.select().exists()


def test_hours_are_edited_with_enter_and_a_scope_change_is_reversed_not_rewritten(qtbot, make_window, data_dir,
                                                                                    monkeypatch):
    from talentdesk.services import scope, worklog
    from talentdesk.store.models import Contract, ScopeChange
    from talentdesk.views.workroom import dialogs

    open_database(data_dir)
    cid = factories.contract(factories.talent("Amara Okafor"), end_date=dt.date(2026, 6, 1))
    worklog.add(cid, dt.date(2026, 3, 2), 120, "wrong day")
    scope.extend_end_date(cid, dt.date(2026, 7, 1), scope.Request("more work"))
    window = make_window()
    room = open_room(qtbot, window, cid)

    room.tabs.setCurrentWidget(room.hours)
    room.hours.table.selectRow(0)
    qtbot.keyClick(room.hours.table, Qt.Key_Return)
    form = active_dialog(qtbot, dialogs.HoursDialog)
    assert form.windowTitle() == "Edit hours" and form.ui.hoursSpin.value() == 2.0
    form.ui.dayEdit.setDate(QDate(2026, 3, 3))
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: worklog.entries(cid)[0].day == dt.date(2026, 3, 3))
    assert window.action_undo.text().replace("&", "") == "Undo edit hours"

    room.tabs.setCurrentWidget(room.scope)
    room.scope.table.selectRow(0)
    asked = []
    monkeypatch.setattr(room.scope, "ask_reason", lambda title, question, verb: asked.append((question, verb)) or
                        "not agreed after all")
    qtbot.keyClick(room.scope.table, Qt.Key_Delete)
    settle(qtbot, window)
    assert asked and asked[0][1] == "Reverse" and "2026-06-01 → 2026-07-01" in asked[0][0]
    qtbot.waitUntil(lambda: room.scope.table.rowCount() == 2)
    assert Contract.get_by_id(cid).end_date == dt.date(2026, 6, 1)
    window.action_undo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.scope.table.rowCount() == 1)
    assert Contract.get_by_id(cid).end_date == dt.date(2026, 7, 1) and ScopeChange.select().count() == 1


def test_feedback_is_removed_from_the_timeline_and_a_message_from_the_log(qtbot, make_window, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from talentdesk.services import contracts
    from talentdesk.store.models import Feedback, Message

    open_database(data_dir)
    cid = factories.contract(factories.talent("Amara Okafor"))
    contracts.add_feedback(cid, "given", 2, "typed for the wrong person", dt.date(2026, 3, 3))
    contracts.add_message(cid, "Kick-off call notes", channel="call", sent_at=dt.datetime(2026, 3, 3, 9))
    asked = []

    def fake_exec(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "Remove").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    window = make_window()
    window.show_view("timeline")
    screen = window.screens["timeline"]
    qtbot.waitUntil(lambda: screen.model.event_count() >= 2)
    event = next(e for e in (screen.model.event_at(r) for r in range(screen.model.rowCount())) if e and
                 e.kind == "feedback_given")
    screen.remove_event(event)
    settle(qtbot, window)
    assert asked[-1] == f"Remove the feedback given of {march_3()} for Amara Okafor?"
    qtbot.waitUntil(lambda: not Feedback.select().exists())
    assert window.action_undo.text().replace("&", "") == "Undo remove feedback given"

    room = open_room(qtbot, window, cid)
    log = room.messages
    qtbot.waitUntil(lambda: log.model.rowCount() == 1)
    log.view.setCurrentIndex(log.model.index(0))
    qtbot.keyClick(log.view, Qt.Key_Delete)
    settle(qtbot, window)
    assert asked[-1].startswith("Remove the call of ") and "Kick-off call notes" in asked[-1]
    qtbot.waitUntil(lambda: log.model.rowCount() == 0)
    assert not Message.select().exists()
    window.action_undo.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: log.model.rowCount() == 1)
