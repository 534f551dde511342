"""An edit form whose record another member changed meanwhile: the save is refused with their name and time,
Cancel keeps what was typed, Reload fills the form with what the record says now."""
from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from shiboken6 import isValid

from talentdesk import formatting
from talentdesk.services import contracts, workroom
from talentdesk.store.db import database, make_database
from talentdesk.store.schema import DATABASE_FILE, open_database
from tests import factories
from tests.gui.conftest import settle
from tests.gui.test_workroom import active_dialog, open_room


@contextmanager
def as_ana(data_dir):
    """The services write through a connection of Ana's own (a second user of the same data)."""
    mine = database.obj
    hers = make_database(data_dir / DATABASE_FILE)
    hers.connect()
    hers._talentdesk_author = "ana"
    database.initialize(hers)
    try:
        yield
    finally:
        database.initialize(mine)
        hers.close()


def conflict_box(qtbot, form) -> QMessageBox:
    found = []
    qtbot.waitUntil(lambda: bool(found.extend(b for b in form.findChildren(QMessageBox, "changedSince")
                                              if b.isVisible()) or found))
    return found[-1]


def save(qtbot, form, window) -> None:
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)


def test_a_contract_changed_underneath_is_refused_with_who_and_when_and_reloads(qtbot, make_window, data_dir, us_english):
    from talentdesk.views.dialogs.contract_dialog import ContractDialog

    open_database(data_dir)
    contract_id = factories.contract(title="Landing page", status="draft", rate_minor=5000)
    window = make_window()
    room = open_room(qtbot, window, contract_id)
    room.edit_terms()
    form = active_dialog(qtbot, ContractDialog)
    settle(qtbot, window)
    form.ui.titleEdit.setText("Landing page and blog")
    with as_ana(data_dir):
        theirs = workroom.contract_input(contract_id)
        theirs.title, theirs.rate_minor = "Landing page, two languages", 6000
        contracts.update_contract(contract_id, theirs, version=theirs.version)
        changed_at = contracts.get(contract_id).updated_at

    save(qtbot, form, window)
    box = conflict_box(qtbot, form)
    assert box.text() == f"Changed by ana at {formatting.dates().instant(changed_at)}, after you opened it — reload?"
    assert contracts.get(contract_id).title == "Landing page, two languages"  # nothing written over
    assert form.isVisible()

    box.button(QMessageBox.Cancel).click()
    settle(qtbot, window)
    assert form.ui.titleEdit.text() == "Landing page and blog"  # Cancel keeps the typing

    save(qtbot, form, window)
    box = conflict_box(qtbot, form)
    qtbot.mouseClick(box.findChild(type(box.button(QMessageBox.Cancel)), "reload"), Qt.LeftButton)
    settle(qtbot, window)
    assert form.ui.titleEdit.text() == "Landing page, two languages"
    assert form.ui.rateEdit.text() == "60.00"

    form.ui.titleEdit.setText("Landing page, two languages and a blog")
    save(qtbot, form, window)
    qtbot.waitUntil(lambda: not isValid(form) or not form.isVisible())  # closed (and deleted) once saved
    saved = contracts.get(contract_id)
    assert (saved.title, saved.rate_minor) == ("Landing page, two languages and a blog", 6000)


def test_a_payment_corrected_by_another_member_meanwhile_reloads_and_the_ledger_says_who(qtbot, make_window, data_dir,
                                                                                          us_english):
    from talentdesk.services import corrections
    from talentdesk.views.workroom import dialogs

    open_database(data_dir)
    contract_id = factories.contract()
    payment_id = contracts.add_payment(contract_id, "hourly", 10000, "USD", factories.dt.date(2026, 3, 2))
    window = make_window()
    room = open_room(qtbot, window, contract_id)
    room.tabs.setCurrentWidget(room.payments)
    qtbot.waitUntil(lambda: room.payments.table.rowCount() == 1)
    assert room.payments.table.isColumnHidden(5)  # one person wrote here: no column saying who
    room.payments.table.selectRow(0)
    fix = room.payments.edit()
    fix.ui.amountEdit.setText("90")
    fix.ui.reasonEdit.setText("typo")
    with as_ana(data_dir):
        corrections.correct_payment(payment_id, corrections.PaymentFix("hourly", 12000, factories.dt.date(2026, 3, 2)),
                                    "re-counted")
    qtbot.mouseClick(fix.ui.buttonBox.button(QDialogButtonBox.Ok), Qt.LeftButton)
    settle(qtbot, window)
    box = conflict_box(qtbot, fix)
    assert box.text().startswith("Changed by ana at ")
    assert workroom.payment(payment_id).amount_minor == 12000
    qtbot.mouseClick(box.findChild(type(box.button(QMessageBox.Cancel)), "reload"), Qt.LeftButton)
    settle(qtbot, window)
    assert fix.ui.amountEdit.text() == "120.00" and fix.ui.reasonEdit.text() == "typo"
    fix.done(0)  # closed without the question about what was typed
    # Two people wrote in this ledger now: it says who, and the history who corrected.
    window.ctx.bus.publish(("payment", "payment_correction"))  # as the live updates will tell it
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.payments.history.rowCount() == 1)
    me = authors_who()
    assert not room.payments.table.isColumnHidden(5)
    assert room.payments.table.item(0, 5).text() == me
    assert room.payments.table.item(0, 0).toolTip() == f"Entered by {me}; last corrected by ana"
    assert room.payments.history.item(0, 5).text() == "ana"
    assert isinstance(fix, dialogs.PaymentDialog)


def authors_who() -> str:
    from talentdesk.services import authors

    return authors.who()


def test_a_person_changed_meanwhile_is_refused_in_the_talent_form_and_reloads(qtbot, make_window, data_dir):
    from talentdesk.services import talents
    from talentdesk.views.dialogs.talent import TalentDialog

    open_database(data_dir)
    talent_id = factories.talent("Amara Okafor", headline="Designer")
    window = make_window()
    form = TalentDialog(window.ctx, talent_id, window)
    form.open()
    settle(qtbot, window)
    form.ui.headlineEdit.setText("Illustrator")
    with as_ana(data_dir):
        talents.set_favourite([talent_id], True)
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    box = conflict_box(qtbot, form)
    assert box.text().startswith("Changed by ana at ")
    assert talents.get(talent_id).headline == "Designer"
    qtbot.mouseClick(box.findChild(type(box.button(QMessageBox.Cancel)), "reload"), Qt.LeftButton)
    settle(qtbot, window)
    assert form.ui.headlineEdit.text() == "Designer" and form.ui.favouriteCheck.isChecked()
    assert form.ui.skillsTable.rowCount() == 0 and form.ui.channelsTable.rowCount() == 0
    form.ui.headlineEdit.setText("Illustrator")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    assert (talents.get(talent_id).headline, talents.get(talent_id).favourite) == ("Illustrator", True)


def test_the_timeline_says_who_entered_an_event_in_its_tooltip(qtbot, data_dir):
    import datetime as dt

    from talentdesk.services import scope, timeline
    from talentdesk.views.timeline.model import COL_EVENT, TimelineModel

    open_database(data_dir)
    contract_id = factories.contract()
    with as_ana(data_dir):
        scope.pay_bonus(contract_id, 5000, scope.Request("Great launch"), paid_on=dt.date(2026, 3, 2))
    flt = timeline.TimelineFilter(kinds=frozenset({"bonus"}))
    model = TimelineModel()
    model.reset_with(flt, timeline.page(flt))
    row = model.first_event_row()
    assert model.data(model.index(row, COL_EVENT), Qt.ToolTipRole).splitlines()[-1] == "Entered by ana"
