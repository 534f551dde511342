"""The contract workroom through its real widgets: a contract's whole life, from New contract to offboarding."""
from __future__ import annotations

import datetime as dt
import hashlib

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from talentdesk import formatting
from talentdesk.services import access, contracts, worklog
from talentdesk.store.models import Attachment, Contract, PrivateReview, ScopeChange
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle


def open_room(qtbot, window, contract_id=None):
    window.show_view("workroom")
    room = window.screens["workroom"]
    settle(qtbot, window)
    if contract_id is not None:
        window.open_contract(contract_id)
        settle(qtbot, window)
    return room


def active_dialog(qtbot, kind):
    found = []
    qtbot.waitUntil(lambda: bool(found.extend(w for w in QApplication.topLevelWidgets()
                                              if isinstance(w, kind) and w.isVisible()) or found))
    return found[-1]


def ok(qtbot, dialog, window):
    qtbot.mouseClick(dialog.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    settle(qtbot, window)


def cells(table, column):
    return [table.item(r, column).text() for r in range(table.rowCount())]


def test_a_contract_from_new_to_ended(qtbot, make_window, data_dir, tmp_path):
    from talentdesk.views.dialogs.contract_dialog import ContractDialog
    from talentdesk.views.workroom import dialogs

    open_database(data_dir)
    person = factories.talent("Amara Okafor")
    window = make_window()
    room = open_room(qtbot, window)

    # New contract: the form shows errors beside the field, then saves and opens the room
    window.new_contract()
    form = active_dialog(qtbot, ContractDialog)
    settle(qtbot, window)
    form.ui.talentCombo.setCurrentIndex(form.ui.talentCombo.findData(person))
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    assert form.ui.titleError.isVisible() and "required" in form.ui.titleError.text()
    qtbot.keyClicks(form.ui.titleEdit, "Mobile app redesign")
    form.ui.rateEdit.setText("65")
    form.ui.weeklyLimitSpin.setValue(10)
    form.ui.endCheck.setChecked(True)
    form.ui.endDate.setDate(QDate(2027, 3, 1))
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    cid = Contract.get(Contract.title == "Mobile app redesign").id
    qtbot.waitUntil(lambda: room.room is not None and room.room.facts.id == cid)
    assert room.header.title.text() == "Mobile app redesign"
    assert room.header.status.text() == "Draft"

    # activate: only the allowed moves are offered
    buttons = {b.objectName(): b for b in room.move_buttons}
    assert set(buttons) == {"move_offered", "move_active"}
    qtbot.mouseClick(buttons["move_active"], Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.header.status.text() == "Active")
    assert not room.edit_button.isVisible() and room.end_button.isEnabled()

    # messages: Ctrl+Enter adds; markup shows literally
    room.tabs.setCurrentWidget(room.messages)
    room.messages.channel.setCurrentIndex(room.messages.channel.findData("email"))
    qtbot.keyClicks(room.messages.compose, "<b>hi</b><img src=x>")
    qtbot.keyClick(room.messages.compose, Qt.Key_Return, Qt.ControlModifier)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.messages.model.rowCount() == 1)
    shown = room.messages.model.index(0).data()
    assert shown == "<b>hi</b><img src=x>"
    assert room.messages.model.rows[0].channel == "email"
    assert room.messages.compose.toPlainText() == ""

    # a file: stored under its hash
    source = tmp_path / "brief.pdf"
    source.write_bytes(b"%PDF-1.4 the brief, version 1")
    details = room.files.store([source])
    details.ui.directionCombo.setCurrentIndex(details.ui.directionCombo.findData("from_them"))
    ok(qtbot, details, window)
    qtbot.waitUntil(lambda: room.files.table.rowCount() == 1)
    assert room.files.table.item(0, 0).text() == "brief.pdf"
    stored = Attachment.get()
    assert stored.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    blob = data_dir / "attachments" / stored.sha256[:2] / stored.sha256
    assert hashlib.sha256(blob.read_bytes()).hexdigest() == stored.sha256

    # hours over the limit are flagged
    monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    for offset, hours in ((0, 6.0), (1, 5.5)):
        room.tabs.setCurrentWidget(room.hours)
        qtbot.mouseClick(room.hours.log_button, Qt.LeftButton)
        entry = active_dialog(qtbot, dialogs.HoursDialog)
        if offset == 0:  # a new entry starts empty, and saving it so is refused next to the field
            assert entry.ui.hoursSpin.value() == 0 and entry.ui.hoursSpin.text() == "How long?"
            ok(qtbot, entry, window)
            assert entry.isVisible() and entry.ui.timeError.isVisible()
        day = monday + dt.timedelta(days=offset)
        entry.ui.dayEdit.setDate(QDate(day.year, day.month, day.day))
        entry.ui.hoursSpin.setValue(hours)
        ok(qtbot, entry, window)
    qtbot.waitUntil(lambda: room.hours.weeks_table.rowCount() == 1)
    assert "1.5 h over" in room.hours.weeks_table.item(0, 3).text()
    assert room.header.week_bar.property("over") is True
    assert room.header.week_bar.text().endswith("1.5 h over")  # in words, not in red alone

    # extend the end date through the action: the ledger shows before and after
    action = room.scope_action("end_date")
    action.ui.endDateEdit.setDate(QDate(2027, 3, 29))
    ok(qtbot, action, window)
    assert action.ui.reasonError.isVisible()  # a reason is required
    qtbot.keyClicks(action.ui.reasonEdit, "They asked for four more weeks")
    action.ui.requesterTalent.setChecked(True)
    action.ui.agreedCheck.setChecked(True)
    ok(qtbot, action, window)
    qtbot.waitUntil(lambda: room.scope.table.rowCount() == 1)
    ledger = room.scope.table
    assert (ledger.item(0, 2).text(), ledger.item(0, 3).text()) == (  # days as every table writes them
        formatting.short_date(dt.date(2027, 3, 1)), formatting.short_date(dt.date(2027, 3, 29)))
    assert ledger.item(0, 4).text().startswith("+") and ledger.item(0, 7).text() == "They asked for four more weeks"
    assert Contract.get_by_id(cid).end_date == dt.date(2027, 3, 29)

    # access granted for the contract becomes the offboarding checklist
    access.grant(cid, "Code host", tier="write")
    access.grant(cid, "Test phone", kind="equipment")
    window.ctx.bus.publish(("access_grant",))
    settle(qtbot, window)
    qtbot.mouseClick(room.end_button, Qt.LeftButton)
    settle(qtbot, window)
    wizard = active_dialog(qtbot, dialogs.EndContractWizard)
    labels = [wizard.ui.checklist.item(i).text() for i in range(wizard.ui.checklist.count())]
    assert labels[:2] == ["Revoke access: Code host (write)", "Get back: Test phone"]
    assert any("delete our data" in text for text in labels)
    wizard.ui.endDateEdit.setDate(QDate.currentDate())
    wizard.next()
    assert wizard.currentPage() is wizard.ui.endingPage  # no reason yet
    qtbot.keyClicks(wizard.ui.reasonEdit, "Project delivered")
    assert wizard.ui.endedByCombo.currentText() == "Not recorded"  # never guessed
    wizard.ui.endedByCombo.setCurrentIndex(wizard.ui.endedByCombo.findData("me"))
    wizard.next()
    wizard.ui.givenScoreSpin.setValue(5)
    qtbot.keyClicks(wizard.ui.givenCommentEdit, "Clear, fast, careful.")
    wizard.next()
    for name, spin in wizard.score_spins().items():
        spin.setValue(5 if name == "skills" else 4)
    wizard.ui.rehireCombo.setCurrentIndex(wizard.ui.rehireCombo.findData("yes"))
    wizard.ui.recommendSpin.setValue(9)
    wizard.next()
    assert wizard.currentPage() is wizard.ui.checklistPage
    wizard.ui.checklist.item(0).setCheckState(Qt.Checked)
    qtbot.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.header.status.text() == "Ended")
    contract = Contract.get_by_id(cid)
    assert (contract.end_reason, contract.ended_by) == ("Project delivered", "me")
    assert contract.feedback.get().comment == "Clear, fast, careful."
    review = PrivateReview.get()
    assert (review.skills, review.would_rehire, review.recommend) == (5, "yes", 9)
    checklist = cells(room.access.checklist, 0)
    assert checklist[:2] == ["Revoke access: Code host (write)", "Get back: Test phone"]
    assert cells(room.access.checklist, 1)[:2][1] == "open"
    assert [g.system for g in access.open_grants(cid)] == ["Test phone"]


def test_a_failing_scope_action_leaves_terms_and_ledger(qtbot, make_window, data_dir, monkeypatch):
    from talentdesk.store.models import Rate

    open_database(data_dir)
    cid = factories.contract(weekly_limit_hours=20)
    window = make_window()
    room = open_room(qtbot, window, cid)
    monkeypatch.setattr(Rate, "create", lambda *a, **k: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    action = room.scope_action("rate")
    action.ui.amountEdit.setText("80")
    qtbot.keyClicks(action.ui.reasonEdit, "Annual review")
    ok(qtbot, action, window)
    assert action.isVisible() and "disk is full" in action.ui.formError.text()
    assert Contract.get_by_id(cid).rate_minor == 5000 and ScopeChange.select().count() == 0
    assert room.scope.table.rowCount() == 0


def test_list_order_filters_and_model(qtbot, make_window, data_dir):
    from talentdesk.views.workroom.contract_list import IdRole

    open_database(data_dir)
    ines = factories.talent("Ines")
    draft = factories.contract(ines, "Draft logo", status="draft")
    active = factories.contract(title="Active app")
    ended = factories.contract(ines, "Ended audit")
    contracts.move(ended, "ended")
    window = make_window()
    room = open_room(qtbot, window)
    panel = room.list_panel
    QAbstractItemModelTester(panel.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    assert [panel.model.index(r).data(IdRole) for r in range(3)] == [active, draft, ended]
    panel.person.setCurrentIndex(panel.person.findData(ines))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    qtbot.keyClicks(panel.search, "logo")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=3000)
    settle(qtbot, window)
    panel.view.setCurrentIndex(panel.model.index(0))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.room is not None and room.room.facts.id == draft)


def test_older_messages_load_on_scroll(qtbot, make_window, data_dir):
    open_database(data_dir)
    cid = factories.contract()
    start = dt.datetime(2026, 1, 1, 9)
    from talentdesk.store.db import database
    from talentdesk.store.models import Message

    with database.atomic():
        Message.insert_many([{"contract": cid, "sent_at": start + dt.timedelta(minutes=i), "author": "them",
                              "channel": "chat", "body": f"message {i}"} for i in range(250)]).execute()
    window = make_window()
    room = open_room(qtbot, window, cid)
    model = room.messages.model
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert model.rowCount() == 100 and model.rows[-1].body == "message 249"  # newest at the bottom
    room.messages.view.verticalScrollBar().setValue(0)
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    assert model.rows[0].body == "message 50"
    room.messages.load_older()
    qtbot.waitUntil(lambda: model.rowCount() == 250)
    assert model.rows[0].body == "message 0" and not model.has_older
    qtbot.keyClicks(room.messages.search, "249")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)


def test_renew_links_back_and_over_limit_hours(qtbot, make_window, data_dir):
    from talentdesk.views.dialogs.contract_dialog import ContractDialog

    open_database(data_dir)
    cid = factories.contract(title="Retainer 2026", kind="retainer", weekly_payment_minor=100000,
                             end_date=dt.date(2026, 6, 30))
    worklog.add(cid, dt.date(2026, 1, 6), 60)
    window = make_window()
    room = open_room(qtbot, window, cid)
    qtbot.mouseClick(room.renew_button, Qt.LeftButton)
    settle(qtbot, window)
    form = active_dialog(qtbot, ContractDialog)
    settle(qtbot, window)
    assert form.ui.titleEdit.text() == "Retainer 2026" and "#" in form.ui.renewsLabel.text()
    assert form.ui.startDate.date() == QDate(2026, 7, 1)
    form.ui.titleEdit.setText("Retainer 2026 H2")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    renewed = Contract.get(Contract.title == "Retainer 2026 H2")
    assert renewed.renews_id == cid
    qtbot.waitUntil(lambda: room.room is not None and room.room.facts.id == renewed.id)
    assert room.header.chain.isVisible() and "Retainer 2026" in room.header.chain.text()


def test_rehire_template_prefills_the_form(qtbot, make_window, data_dir):
    from talentdesk.views.dialogs.contract_dialog import open_contract_dialog

    open_database(data_dir)
    person = factories.talent("Mei Lin")
    factories.talent("Someone Else")
    window = make_window()
    template = contracts.ContractInput(talent_id=person, title="", kind="retainer", rate_minor=4550, currency="EUR",
                                       weekly_limit_hours=15, scope="Keep the docs current")
    form = open_contract_dialog(window, window.ctx, template)
    settle(qtbot, window)
    ui = form.ui
    assert (ui.talentCombo.currentText(), ui.kindCombo.currentData(), ui.rateEdit.text(), ui.currencyCombo.currentText(),
            ui.weeklyLimitSpin.value(), ui.scopeEdit.toPlainText()) == (
        "Mei Lin", "retainer", "45.50", "EUR", 15, "Keep the docs current")
    ui.titleEdit.setText("Docs retainer")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    assert ui.weeklyPaymentError.isVisible() and "weekly payment" in ui.weeklyPaymentError.text()
    ui.weeklyPaymentEdit.setText("abc")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert "not an amount" in ui.weeklyPaymentError.text()
    ui.weeklyPaymentEdit.setText("600")
    qtbot.mouseClick(ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    saved = Contract.get(Contract.title == "Docs retainer")
    assert (saved.talent_id, saved.weekly_payment_minor, saved.currency) == (person, 60000, "EUR")
    qtbot.waitUntil(lambda: window.current_view() == "workroom")


def test_thanks_and_check_in_start_from_the_room(qtbot, make_window, data_dir):
    from talentdesk.views.dialogs.appreciation import AppreciationDialog
    from talentdesk.views.dialogs.checkin import CheckinDialog

    open_database(data_dir)
    talent = factories.talent("Ines Duarte")
    cid = factories.contract(talent, "Brand refresh")
    window = make_window()
    view = open_room(qtbot, window, cid)
    assert view.checkin_button.isEnabled()
    qtbot.mouseClick(view.thanks_button, Qt.LeftButton)
    thanks = active_dialog(qtbot, AppreciationDialog)
    assert thanks._talent_id == talent
    thanks.reject()
    qtbot.mouseClick(view.checkin_button, Qt.LeftButton)
    active_dialog(qtbot, CheckinDialog).reject()
