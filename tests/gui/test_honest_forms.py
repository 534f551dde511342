"""Forms that invent nothing: the End-contract flow and *Write the review* record only what was chosen."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QWizard

from talentdesk.services import settings
from talentdesk.store.models import Contract, Feedback, PrivateReview, ReviewDecision
from talentdesk.store.schema import open_database
from talentdesk.views.workroom import dialogs
from tests import factories
from tests import review_factories as rf
from tests.gui.conftest import settle
from tests.gui.test_review import open_review
from tests.gui.test_workroom import active_dialog, open_room

TODAY = dt.date.today()


def _end_wizard(qtbot, make_window, data_dir):
    open_database(data_dir)
    settings.set("onboarded", True)
    cid = factories.contract(factories.talent("Lena Park"), "Data cleanup", start_date=TODAY - dt.timedelta(days=90))
    window = make_window()
    room = open_room(qtbot, window, cid)
    qtbot.mouseClick(room.end_button, Qt.LeftButton)
    settle(qtbot, window)
    return window, room, cid, active_dialog(qtbot, dialogs.EndContractWizard)


def test_end_contract_cannot_finish_with_an_unset_rating_unless_the_review_is_skipped(qtbot, make_window, data_dir):
    window, room, cid, wizard = _end_wizard(qtbot, make_window, data_dir)
    ui = wizard.ui
    ended_on = TODAY - dt.timedelta(days=20)
    ui.endDateEdit.setDate(QDate(ended_on.year, ended_on.month, ended_on.day))
    qtbot.keyClicks(ui.reasonEdit, "Budget ran out")
    # Nothing is rated until chosen: every score shows "Choose…".
    assert ui.givenScoreSpin.text() == "Choose…" and ui.skillsSpin.text() == "Choose…"
    assert ui.recommendSpin.text() == "Choose…" and ui.rehireCombo.currentData() is None
    assert ui.givenDateEdit.date().toPython() == ended_on  # feedback is dated the end date by default

    wizard.next()
    assert wizard.currentPage() is ui.feedbackPage and ui.givenGroup.isChecked()
    wizard.next()
    assert wizard.currentPage() is ui.feedbackPage  # stars for the feedback given not chosen
    assert ui.feedbackError.isVisible() and "Choose the stars you gave" in ui.feedbackError.text()
    ui.givenScoreSpin.setValue(4)
    wizard.next()
    assert wizard.currentPage() is ui.reviewPage

    for name, spin in wizard.score_spins().items():
        if name != "deadlines":
            spin.setValue(3)
    ui.rehireCombo.setCurrentIndex(ui.rehireCombo.findData("maybe"))
    wizard.next()
    assert wizard.currentPage() is ui.reviewPage  # one criterion and "recommend" still unset
    assert ui.reviewError.text() == "Choose: Deadlines, Recommend (0–10) — or untick “Write a private review” to skip it."
    wizard.accept()  # Finish pressed anyway: refused, nothing written
    settle(qtbot, window)
    assert ui.reviewError.isVisible() and Contract.get_by_id(cid).status == "active"

    ui.reviewGroup.setChecked(False)  # skip the review, explicitly
    wizard.next()
    assert wizard.currentPage() is ui.checklistPage
    labels = [ui.checklist.item(i).text() for i in range(ui.checklist.count())]
    feedback_row = next(i for i, text in enumerate(labels) if text.startswith("Leave feedback"))
    assert ui.checklist.item(feedback_row).checkState() == Qt.Checked  # the flow gave it: ticked
    qtbot.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: Contract.get_by_id(cid).status == "ended")
    feedback = Feedback.get(Feedback.contract == cid)
    assert (feedback.score, feedback.given_on) == (4, ended_on)
    assert not PrivateReview.select().exists()  # skipped, not invented


def test_the_feedback_date_follows_the_end_date_until_set(qtbot, make_window, data_dir):
    window, room, cid, wizard = _end_wizard(qtbot, make_window, data_dir)
    ui = wizard.ui
    ui.endDateEdit.setDate(QDate(2026, 3, 10))
    assert ui.givenDateEdit.date() == QDate(2026, 3, 10) == ui.receivedDateEdit.date()
    ui.givenDateEdit.setDate(QDate(2026, 3, 14))
    ui.endDateEdit.setDate(QDate(2026, 3, 9))
    assert ui.givenDateEdit.date() == QDate(2026, 3, 14) and ui.receivedDateEdit.date() == QDate(2026, 3, 9)
    wizard.reject()


def _owed(data_dir):
    open_database(data_dir)
    settings.set("onboarded", True)
    cid = rf.ended(factories.contract(factories.talent("Omar Haddad"), "Landing page",
                                      start_date=TODAY - dt.timedelta(days=40)), TODAY - dt.timedelta(days=3))
    return cid


def test_write_the_review_opens_the_form_and_an_unsaved_card_stays(qtbot, make_window, data_dir):
    cid = _owed(data_dir)
    window, view = open_review(qtbot, make_window)
    qtbot.mouseClick(view.start_button, Qt.LeftButton)
    settle(qtbot, window)
    assert view.contract_label.text() == "Landing page"
    write = next(b for b in view.action_buttons if b.text().endswith("Write the review…"))

    qtbot.mouseClick(write, Qt.LeftButton)
    settle(qtbot, window)
    wizard = active_dialog(qtbot, dialogs.WriteReviewWizard)
    assert wizard.windowTitle() == "Write the review: Landing page"
    assert wizard.currentPage() is wizard.ui.feedbackPage  # no end-date page, straight to the feedback
    wizard.reject()  # cancelled: the card is still the current one, and nothing was recorded
    settle(qtbot, window)
    assert view.stack.currentWidget() is view.card_page and view.contract_label.text() == "Landing page"
    assert not ReviewDecision.select().exists() and not Feedback.select().exists()

    qtbot.mouseClick(write, Qt.LeftButton)
    settle(qtbot, window)
    wizard = active_dialog(qtbot, dialogs.WriteReviewWizard)
    wizard.ui.givenScoreSpin.setValue(5)
    wizard.next()
    for spin in wizard.score_spins().values():
        spin.setValue(4)
    wizard.ui.rehireCombo.setCurrentIndex(wizard.ui.rehireCombo.findData("yes"))
    wizard.ui.recommendSpin.setValue(0)  # zero is a choice, not "unset"
    qtbot.mouseClick(wizard.button(QWizard.FinishButton), Qt.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: ReviewDecision.select().exists())
    assert ReviewDecision.get().decision == "acted" and ReviewDecision.get().action == "write_review"
    feedback = Feedback.get(Feedback.contract == cid)
    assert (feedback.score, feedback.given_on) == (5, TODAY - dt.timedelta(days=3))
    assert (PrivateReview.get().recommend, PrivateReview.get().would_rehire) == (0, "yes")
    qtbot.waitUntil(lambda: view.stack.currentWidget() is view.summary_page)
