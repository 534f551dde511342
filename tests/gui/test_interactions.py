"""Logging contact as a person would: a call without a contract from the bench, a past message with its
length in the workroom, the channel filter, and finding a message in any room."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QDialogButtonBox
from shiboken6 import isValid

from talentdesk.services import contracts, interactions, relationship, settings, workroom
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle
from tests.gui.test_workroom import active_dialog

YESTERDAY = dt.date.today() - dt.timedelta(days=1)


def local_moment(day: dt.date, hour: int, minute: int = 0) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute))


def as_utc(moment: QDateTime) -> dt.datetime:
    return moment.toUTC().toPython().replace(tzinfo=None)


def test_log_a_call_without_a_contract_from_the_bench_and_see_it_in_history(qtbot, make_window, data_dir):
    from talentdesk.views.dialogs.interaction import InteractionDialog

    open_database(data_dir)
    settings.set("onboarded", True)
    sam = factories.talent("Sam Okafor", favourite=True, stay_in_touch_days=30)
    window = make_window()
    view = window.screens["bench"]
    qtbot.waitUntil(lambda: view.model.rowCount() == 1)
    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.detail is not None and view.detail.detail.id == sam)
    assert "never logged" in view.detail.sections["touch"].text()
    view.side.setCurrentWidget(view.history_holder)
    qtbot.waitUntil(lambda: view.history is not None)
    settle(qtbot, window)
    assert view.history.model.events() == []

    qtbot.mouseClick(view.history_log_button, Qt.LeftButton)
    dialog = active_dialog(qtbot, InteractionDialog)
    assert dialog.ui.kindCombo.currentData() == "call" and dialog.ui.durationSpin.isEnabled()
    # A message needs its text: the form says so and keeps the dialog open.
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("message"))
    assert not dialog.ui.durationSpin.isEnabled()
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert dialog.isVisible() and "write what was said" in dialog.ui.formError.text()
    assert interactions.for_talent(sam) == []

    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("call"))
    when = local_moment(YESTERDAY, 15, 30)
    dialog.ui.whenEdit.setDateTime(when)
    dialog.ui.durationSpin.setValue(25)
    qtbot.keyClicks(dialog.ui.bodyEdit, "Talked about the spring project")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    # Saved, the dialog closes and is deleted (on a busy machine before this looks): gone or hidden.
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())
    settle(qtbot, window)

    qtbot.waitUntil(lambda: [e.kind for e in view.history.model.events()] == ["call"], timeout=10_000)
    [event] = view.history.model.events()
    assert event.excerpt == "Talked about the spring project" and event.detail == "25"
    assert event.day == as_utc(when).date()
    [row] = interactions.for_talent(sam)
    assert row.happened_at == as_utc(when) and row.duration_minutes == 25
    # The call counts as contact: the profile's "last contact" names its day.
    assert relationship.last_contact(sam) == as_utc(when).date()
    qtbot.waitUntil(lambda: view.detail.detail.last_contact == as_utc(when).date(), timeout=10_000)
    assert "never logged" not in view.detail.sections["touch"].text()


def test_the_composer_logs_yesterday_s_call_with_its_length(qtbot, make_window, data_dir):
    open_database(data_dir)
    settings.set("onboarded", True)
    cid = factories.contract(factories.talent("Lena Ortiz"), title="Data pipeline")
    contracts.add_message(cid, "Morning! Sending the draft today.")
    window = make_window()
    window.show_view("workroom")
    window.open_contract(cid)
    settle(qtbot, window)
    tab = window.screens["workroom"].messages
    qtbot.waitUntil(lambda: len(tab.model.rows) == 1)

    assert tab.duration.isHidden()  # a chat has no length
    tab.channel.setCurrentIndex(tab.channel.findData("call"))
    assert not tab.duration.isHidden()
    when = local_moment(YESTERDAY, 9, 45)
    tab.when.setDateTime(when)
    tab.duration.setValue(40)
    qtbot.keyClicks(tab.compose, "Call: agreed to split the import into two milestones")
    qtbot.mouseClick(tab.add_button, Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(tab.model.rows) == 2)
    call = next(r for r in tab.model.rows if r.channel == "call")
    assert call.sent_at == as_utc(when) and call.duration_minutes == 40
    assert tab.model.rows[0] is call  # dated yesterday, it sorts before this morning's chat
    # The composer is back to "now" and a chat for the next message.
    assert tab.compose.toPlainText() == "" and tab.duration.value() == 0
    assert abs(tab.when.dateTime().secsTo(QDateTime.currentDateTime())) < 120

    # The channel filter keeps one channel; "All channels" brings everything back.
    tab.channel_filter.setCurrentIndex(tab.channel_filter.findData("call"))
    qtbot.waitUntil(lambda: [r.channel for r in tab.model.rows] == ["call"])
    assert "1 found" in tab.found.text()
    tab.channel_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(tab.model.rows) == 2)


def test_find_in_all_messages_opens_the_room_at_the_message(qtbot, make_window, data_dir):
    open_database(data_dir)
    settings.set("onboarded", True)
    first = factories.contract(factories.talent("Ana Souza"), title="Website")
    second = factories.contract(factories.talent("Bilal Khan"), title="Mobile app")
    for n in range(150):  # enough that the hit is not on the first page of its room
        contracts.add_message(second, f"Status note {n}", sent_at=dt.datetime(2026, 1, 1) + dt.timedelta(hours=n))
    hit = contracts.add_message(second, "The invoice for March is attached", sent_at=dt.datetime(2025, 12, 1, 9))
    contracts.add_message(first, "Nothing about money here")
    window = make_window()
    window.show_view("workroom")
    window.open_contract(first)
    settle(qtbot, window)
    room = window.screens["workroom"]
    finder = room.find_in_messages()
    qtbot.keyClicks(finder.search, "invoice")
    qtbot.waitUntil(lambda: finder.results.count() == 1, timeout=10_000)
    assert "Mobile app" in finder.results.item(0).text() and "Bilal Khan" in finder.results.item(0).text()
    finder.results.setCurrentRow(0)
    qtbot.keyClick(finder.results, Qt.Key_Return)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: room.contract_id == second and room.messages.model.marked == hit)
    assert room.tabs.currentWidget() is room.messages
    assert any(r.id == hit for r in room.messages.model.rows)
    assert workroom.search_messages("invoice")[0].id == hit


def test_the_stay_in_touch_card_logs_a_call_and_leaves_the_queue(qtbot, make_window, data_dir):
    from talentdesk.store.models import ReviewDecision, Talent
    from talentdesk.views.dialogs.interaction import InteractionDialog

    open_database(data_dir)
    settings.set("onboarded", True)
    kim = factories.talent("Kim Lee", favourite=True, stay_in_touch_days=30)
    Talent.update(created_at=dt.datetime(2025, 1, 1)).execute()
    window = make_window()
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    view = window.screens["review"]
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.start_button.isEnabled())
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    settle(qtbot, window)
    assert view.person_label.text() == "Kim Lee"
    assert view.action_buttons[0].text().endswith("Log a call or message…")

    qtbot.keyClick(view.card_page, Qt.Key_1)
    dialog = active_dialog(qtbot, InteractionDialog)
    assert ReviewDecision.select().count() == 0  # nothing is decided until the call is saved
    dialog.ui.durationSpin.setValue(15)
    qtbot.keyClicks(dialog.ui.bodyEdit, "Said hello; free in June")
    qtbot.mouseClick(dialog.ui.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.summary_page)
    assert [(d.decision, d.action) for d in ReviewDecision.select()] == [("acted", "log_contact")]
    assert relationship.last_contact(kim) is not None
    qtbot.mouseClick(view.back_button, Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "Nothing needs a decision" in view.queue_summary.text())
