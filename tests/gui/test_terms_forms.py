"""The forms of contract terms through their real widgets: the original budget, Change milestone, a change
dated in the future shown as scheduled, and a raise that asks about the running contract."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from talentdesk.services import milestones, raises, terms
from talentdesk.store.models import Contract, Milestone, ScopeChange
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle
from tests.gui.test_workroom import active_dialog, ok, open_room


def money(minor: int, currency: str) -> str:
    from talentdesk.views.labels import money as shown

    return shown(minor, currency)


def hours(minutes: int) -> str:
    from talentdesk.views.labels import hours as shown

    return shown(minutes)


def day(value: dt.date) -> str:
    from talentdesk.views.labels import day as shown

    return shown(value)


def test_the_contract_form_takes_an_original_budget(qtbot, make_window, data_dir):
    from talentdesk.views.dialogs.contract_dialog import ContractDialog

    open_database(data_dir)
    person = factories.talent("Amara Okafor")
    window = make_window()
    room = open_room(qtbot, window)
    window.new_contract()
    form = active_dialog(qtbot, ContractDialog)
    settle(qtbot, window)
    form.ui.talentCombo.setCurrentIndex(form.ui.talentCombo.findData(person))
    form.ui.titleEdit.setText("Support retainer")
    form.ui.kindCombo.setCurrentIndex(form.ui.kindCombo.findData("retainer"))
    form.ui.rateEdit.setText("50")
    form.ui.weeklyPaymentEdit.setText("500")
    form.ui.budgetEdit.setText("12,000.005")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    assert form.ui.budgetError.isVisible() and "decimals" in form.ui.budgetError.text()
    assert Contract.select().count() == 0
    form.ui.budgetEdit.setText("12,000")
    qtbot.mouseClick(form.ui.buttonBox.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    contract = Contract.get(Contract.title == "Support retainer")
    assert contract.original_budget_minor == 1_200_000
    qtbot.waitUntil(lambda: room.room is not None and room.room.facts.id == contract.id)
    assert room.header.values["budget"].text().startswith(money(1_200_000, "USD"))
    # editing the draft shows the budget it was given
    room.edit_terms()
    again = active_dialog(qtbot, ContractDialog)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: again.ui.budgetEdit.text() != "")
    assert again.ui.budgetEdit.text() == "12000.00"


def _fixed_with_two_milestones() -> tuple[int, int, int]:
    cid = factories.contract(title="Brand kit", kind="fixed", rate_minor=300_000)
    first = milestones.add(cid, "Logo", 100_000, dt.date(2026, 2, 1))
    second = milestones.add(cid, "Guidelines", 200_000, dt.date(2026, 3, 1))
    return cid, first, second


def test_change_milestone_amount_and_due_date_then_remove_one(qtbot, make_window, data_dir):
    open_database(data_dir)
    cid, first, second = _fixed_with_two_milestones()
    window = make_window()
    room = open_room(qtbot, window, cid)
    assert room.scope_actions["milestone_edited"].isEnabled()

    action = room.scope_action("milestone_edited")
    assert not action.ui.effectiveEdit.isVisible() and action.ui.removeCheck.isVisible()
    action.ui.milestoneCombo.setCurrentIndex(action.ui.milestoneCombo.findData(second))
    assert action.ui.amountEdit.text() == "2000.00" and action.ui.dueEdit.date() == QDate(2026, 3, 1)
    action.ui.amountEdit.setText("2500")
    action.ui.dueEdit.setDate(QDate(2026, 3, 15))
    qtbot.keyClicks(action.ui.reasonEdit, "Two more pages")
    ok(qtbot, action, window)
    qtbot.waitUntil(lambda: room.scope.table.rowCount() == 1)
    m = Milestone.get_by_id(second)
    assert (m.amount_minor, m.due_on) == (250_000, dt.date(2026, 3, 15))
    assert room.scope.table.item(0, 4).text() == "+" + money(50_000, "USD")

    # Remove on the Milestones tab of a running contract goes through the same action
    room.tabs.setCurrentWidget(room.milestones)
    room.milestones.table.selectRow(0)
    qtbot.mouseClick(room.milestones.remove_button, Qt.LeftButton)
    removal = active_dialog(qtbot, type(action))
    assert removal is not action and removal.ui.removeCheck.isChecked()
    assert removal.ui.milestoneCombo.currentData() == first and not removal.ui.amountEdit.isEnabled()
    ok(qtbot, removal, window)
    assert removal.ui.reasonError.isVisible()  # why is asked, and nothing is removed yet
    assert Milestone.select().where(Milestone.id == first).exists()
    qtbot.keyClicks(removal.ui.reasonEdit, "Logo dropped from the scope")
    ok(qtbot, removal, window)
    qtbot.waitUntil(lambda: room.scope.table.rowCount() == 2)
    assert not Milestone.select().where(Milestone.id == first).exists()
    assert [r.cost_delta_minor for r in ScopeChange.select().order_by(ScopeChange.id)] == [50_000, -100_000]
    assert room.milestones.table.rowCount() == 1


def test_a_limit_change_dated_later_shows_as_scheduled(qtbot, make_window, data_dir):
    open_database(data_dir)
    cid = factories.contract(title="API work", kind="hourly", weekly_limit_hours=30)
    window = make_window()
    room = open_room(qtbot, window, cid)
    assert not room.header.scheduled.isVisible()
    later = dt.date.today() + dt.timedelta(days=10)
    action = room.scope_action("weekly_limit")
    assert action.ui.effectiveEdit.isVisible() and action.ui.effectiveEdit.date() == QDate.currentDate()
    action.ui.limitSpin.setValue(25)
    action.ui.effectiveEdit.setDate(QDate(later.year, later.month, later.day))
    qtbot.keyClicks(action.ui.reasonEdit, "Fewer hours after the launch")
    ok(qtbot, action, window)
    qtbot.waitUntil(lambda: room.header.scheduled.isVisible())
    assert f"{hours(30 * 60)} → {hours(25 * 60)}" in room.header.scheduled.text()
    assert day(later) in room.header.scheduled.text()
    assert room.header.values["limit"].text() == hours(30 * 60)  # still in force today
    assert terms.in_force(cid, later).weekly_limit_hours == 25
    assert day(later) in room.scope.table.item(0, 3).text()  # the ledger says from when


def test_log_raise_asks_whether_the_running_contract_changes_too(qtbot):
    from talentdesk.views.dialogs.log_raise import LogRaiseDialog

    calls = []
    running = raises.RunningContract(7, "Checkout rebuild", "USD", 5000)
    dialog = LogRaiseDialog("Noor", "USD", lambda *args: calls.append(args), None, "$50.00", running, "$50.00")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.contractCheck.isVisible() and "Checkout rebuild" in dialog.ui.contractCheck.text()
    assert not dialog.ui.contractCheck.isChecked()  # the person's rate alone unless asked
    dialog.ui.amount.setText("55")
    dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()
    dialog.ui.contractCheck.setChecked(True)
    dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()
    assert [(c[0], c[1], c[-1]) for c in calls] == [(5500, "USD", None), (5500, "USD", 7)]
    alone = LogRaiseDialog("Noor", "USD", lambda *args: None)
    qtbot.addWidget(alone)
    alone.show()
    assert not alone.ui.contractCheck.isVisible()
