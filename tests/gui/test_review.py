"""The review screen: a whole session driven from the keyboard, the summary, the queue afterwards."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from talentdesk.services import contracts, settings
from talentdesk.store.models import AccessGrant, OffboardingItem, ReviewDecision
from talentdesk.store.schema import open_database
from tests import factories
from tests import review_factories as rf
from tests.gui.conftest import settle

TODAY = dt.date.today()


def days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def prepared(data_dir) -> dict:
    """Three cards: access open after an end, a contract ending, a test project with no decision."""
    open_database(data_dir)
    settings.set("onboarded", True)
    ben = factories.talent("Ben Okoro")
    audit = rf.ended(factories.contract(ben, "API audit", start_date=TODAY - days(60)), TODAY - days(5))
    contracts.add_feedback(audit, "given", 4, given_on=TODAY - days(4))
    contracts.add_private_review(audit, contracts.ReviewInput(4, 4, 4, 4, 4, 4, "yes", 8, reviewed_on=TODAY - days(4)))
    rf.grant(audit, "GitHub", offboarding=True)
    ana = factories.talent("Ana Souza")
    factories.contract(ana, "Brand refresh", start_date=TODAY - days(30), end_date=TODAY + days(6))
    trial = rf.ended(factories.contract(ana, "Logo test", is_test_project=True, start_date=TODAY - days(9)),
                     TODAY - days(1))
    contracts.add_feedback(trial, "given", 3, given_on=TODAY)
    contracts.add_private_review(trial, contracts.ReviewInput(3, 3, 3, 3, 3, 3, "yes", 8, reviewed_on=TODAY))
    return {"audit": audit}


def open_review(qtbot, make_window):
    window = make_window()
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    view = window.screens["review"]
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.start_button.isEnabled())
    return window, view


def test_a_session_snoozes_dismisses_acts_and_sums_up(qtbot, make_window, data_dir):
    world = prepared(data_dir)
    window, view = open_review(qtbot, make_window)
    assert "3 card" in view.queue_summary.text()
    counts = {view.rules_list.topLevelItem(i).text(0): view.rules_list.topLevelItem(i).text(1)
              for i in range(view.rules_list.topLevelItemCount())}
    assert counts["Access still open"] == "1" and counts["Contract ending"] == "1" and counts["Test project"] == "1"

    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    settle(qtbot, window)
    assert view.stack.currentWidget() is view.card_page
    assert view.position_label.text() == "Card 1 of 3"
    assert view.person_label.text() == "Ben Okoro" and "GitHub" in view.reason_label.text()
    assert view.action_buttons[0].text().endswith("Mark access revoked")

    qtbot.keyClick(view.card_page, Qt.Key_1)  # mark access revoked
    settle(qtbot, window)
    assert AccessGrant.get().revoked_on == TODAY
    assert OffboardingItem.get().done_on == TODAY
    assert view.position_label.text() == "Card 2 of 3" and view.person_label.text() == "Ana Souza"
    assert view.contract_label.text() == "Brand refresh"

    qtbot.keyClick(view.card_page, Qt.Key_7)  # snooze a week
    settle(qtbot, window)
    assert view.contract_label.text() == "Logo test"

    qtbot.keyClick(view.card_page, Qt.Key_0)  # dismiss…
    dialog = view.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.setTextValue("We hired her on another contract")
    dialog.accept()
    settle(qtbot, window)

    assert view.stack.currentWidget() is view.summary_page
    assert "1 acted on" in view.summary_facts.text() and "1 snoozed" in view.summary_facts.text()
    assert "1 dismissed" in view.summary_facts.text() and "queue is empty" in view.summary_facts.text()
    rows = [[view.decisions_list.topLevelItem(i).text(c) for c in range(5)]
            for i in range(view.decisions_list.topLevelItemCount())]
    assert rows[0][:3] == ["Ben Okoro", "API audit", "Access still open"] and rows[0][3].startswith("Acted")
    assert rows[1][3] == "Snoozed" and rows[2][3:] == ["Dismissed", "We hired her on another contract"]
    assert [d.decision for d in ReviewDecision.select().order_by(ReviewDecision.id)] == [
        "acted", "snoozed", "dismissed"]

    qtbot.mouseClick(view.back_button, Qt.LeftButton)
    settle(qtbot, window)
    assert view.stack.currentWidget() is view.queue_page
    qtbot.waitUntil(lambda: "Nothing needs a decision" in view.queue_summary.text())
    assert "2 more snoozed or dismissed" in view.queue_summary.text()
    assert not view.start_button.isEnabled()
    assert view.sessions_list.topLevelItemCount() == 1
    assert [view.sessions_list.topLevelItem(0).text(c) for c in range(2, 6)] == ["0", "1", "1", "1"]
    assert world["audit"]


def test_escape_ends_early_and_undecided_cards_stay_queued(qtbot, make_window, data_dir):
    prepared(data_dir)
    window, view = open_review(qtbot, make_window)
    qtbot.keyClick(view.start_button, Qt.Key_Return)
    settle(qtbot, window)
    qtbot.keyClick(view.card_page, Qt.Key_5)  # done
    settle(qtbot, window)
    qtbot.keyClick(view.card_page, Qt.Key_Escape)
    settle(qtbot, window)
    assert view.stack.currentWidget() is view.summary_page
    assert "1 done" in view.summary_facts.text() and "2 cards are still in the queue" in view.summary_facts.text()


def test_settings_dialog_shows_errors_beside_the_field_and_saves(qtbot, make_window, data_dir):
    prepared(data_dir)
    window, view = open_review(qtbot, make_window)
    tools = window.menu_tools
    assert tools.menuAction().isVisible()
    action = next(a for a in tools.actions() if "Settings" in a.text())
    assert action.shortcut().toString() == "Ctrl+,"
    action.trigger()
    settle(qtbot, window)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "SettingsDialog" and w.isVisible())
    dialog.ui.myTimezone.setCurrentText("Mars/Olympus")
    dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()
    settle(qtbot, window)
    assert dialog.isVisible() and "IANA" in dialog.ui.myTimezoneError.text()
    dialog.ui.myTimezone.setCurrentText("Europe/Lisbon")
    dialog.rule_switches["review.access_open.on"].setChecked(False)
    dialog.rule_spins["review.contract_ending.days"].setValue(3)
    dialog.ui.buttonBox.button(QDialogButtonBox.Ok).click()
    settle(qtbot, window)
    assert not dialog.isVisible()
    assert settings.get("my_timezone") == "Europe/Lisbon" and settings.get("review.access_open.on") is False
    qtbot.waitUntil(lambda: "1 card" in view.queue_summary.text())  # only the test project is left


def test_renew_opens_the_contract_form_prefilled_to_continue(qtbot, make_window, data_dir):
    prepared(data_dir)
    settings.set("review.access_open.on", False)
    window, view = open_review(qtbot, make_window)
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    settle(qtbot, window)
    assert view.contract_label.text() == "Brand refresh"
    qtbot.keyClick(view.card_page, Qt.Key_1)  # renew…
    settle(qtbot, window)
    qtbot.waitUntil(lambda: view.dialog is not None and view.dialog.isVisible())
    assert view.contract_label.text() == "Logo test"  # the card was recorded as acted
    assert ReviewDecision.get().action == "renew"
    view.dialog.reject()


def test_every_action_a_rule_can_declare_does_something_on_the_review_screen():
    from talentdesk.services import review_rules, review_session
    from talentdesk.views.review.view import ACTION_HANDLERS

    declared = {action for rule in review_rules.RULES for action in rule.actions}
    assert declared <= set(review_session.ACTIONS)
    assert set(ACTION_HANDLERS) == set(review_session.ACTIONS)
