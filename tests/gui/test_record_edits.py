"""Feedback, private reviews, check-ins, appreciation and rate rows are corrected in the form that added them
(from the timeline's context menu), and Edit ▸ Undo takes the correction back."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from talentdesk.services import appreciation, contracts, talents
from talentdesk.store.models import Appreciation, Feedback, PrivateReview, Rate
from talentdesk.store.schema import open_database
from tests import factories
from tests.gui.conftest import settle

# Where the edit forms are saved as pictures to look at (TALENTDESK_SHOTS=folder); not saved otherwise.
SHOTS = os.environ.get("TALENTDESK_SHOTS")


def world() -> dict:
    person = factories.talent("Amara Okafor")
    contract = factories.contract(person, title="Billing migration", start_date=dt.date(2026, 1, 5))
    return dict(
        feedback=contracts.add_feedback(contract, "given", 2, "typed in a hurry", dt.date(2026, 3, 3)),
        review=contracts.add_private_review(contract, contracts.ReviewInput(
            3, 3, 3, 3, 3, 3, "maybe", 5, end_reason="budget", notes="first notes", reviewed_on=dt.date(2026, 3, 1))),
        checkin=contracts.add_private_review(contract, contracts.ReviewInput(
            2, 2, 2, 2, 2, 2, "no", 3, notes="slow start", is_checkin=True, reviewed_on=dt.date(2026, 2, 1))),
        thanks=appreciation.add_appreciation(appreciation.AppreciationInput(
            person, "praise", "The hand-over notes saved me a day", dt.date(2026, 3, 6))),
        rate=talents.add_rate(person, dt.date(2026, 1, 1), 4500, "USD", "first rate"),
    )


def open_editor(qtbot, window, kind: str, sid: int):
    window.show_view("timeline")
    screen = window.screens["timeline"]
    qtbot.waitUntil(lambda: any((e := screen.model.event_at(r)) is not None and e.kind == kind and e.sid == sid
                                for r in range(screen.model.rowCount())), timeout=20_000)
    event = next(e for e in (screen.model.event_at(r) for r in range(screen.model.rowCount()))
                 if e is not None and e.kind == kind and e.sid == sid)
    forms = []
    screen.edit_event(event, on_open=forms.append)
    qtbot.waitUntil(lambda: bool(forms) and forms[0].isVisible())
    return forms[0]


def look(form, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        form.grab().save(str(Path(SHOTS) / f"edit-{name}.png"))


def undo(qtbot, window, name: str) -> None:
    settle(qtbot, window)
    assert window.action_undo.text().replace("&", "") == f"Undo {name}"
    window.action_undo.trigger()
    settle(qtbot, window)


@pytest.fixture
def records(data_dir):
    open_database(data_dir)
    return world()


def test_feedback_is_edited_in_its_page_and_undone(qtbot, make_window, records):
    window = make_window()
    wizard = open_editor(qtbot, window, "feedback_given", records["feedback"])
    ui = wizard.ui
    assert wizard.windowTitle() == "Edit feedback given: Billing migration"
    assert not ui.receivedGroup.isVisible() and not ui.givenGroup.isCheckable()
    assert (ui.givenScoreSpin.value(), ui.givenCommentEdit.toPlainText()) == (2, "typed in a hurry")
    assert ui.givenDateEdit.date() == QDate(2026, 3, 3)
    look(wizard, "feedback")
    ui.givenScoreSpin.setValue(0)  # "Choose…": refused beside the field, nothing written
    wizard.button(QWizard.FinishButton).click()
    assert ui.feedbackError.isVisible() and "Choose the stars you gave" in ui.feedbackError.text()
    ui.givenScoreSpin.setValue(5)
    ui.givenCommentEdit.setPlainText("Careful, early, clear hand-over")
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: Feedback.get_by_id(records["feedback"]).score == 5)
    row = Feedback.get_by_id(records["feedback"])
    assert (row.comment, row.given_on, row.direction) == ("Careful, early, clear hand-over", dt.date(2026, 3, 3), "given")
    undo(qtbot, window, "edit feedback")
    row = Feedback.get_by_id(records["feedback"])
    assert (row.score, row.comment) == (2, "typed in a hurry")


def test_a_private_review_is_edited_keeping_its_day_and_reason_and_undone(qtbot, make_window, records):
    window = make_window()
    wizard = open_editor(qtbot, window, "private_review", records["review"])
    ui = wizard.ui
    assert wizard.windowTitle() == "Edit private review: Billing migration"
    assert [wizard.page(pid) for pid in wizard.pageIds()] == [ui.reviewPage]
    assert (ui.skillsSpin.value(), ui.rehireCombo.currentData(), ui.recommendSpin.value()) == (3, "maybe", 5)
    look(wizard, "private-review")
    ui.skillsSpin.setValue(5)
    ui.rehireCombo.setCurrentIndex(ui.rehireCombo.findData("yes"))
    ui.notesEdit.setPlainText("better than I first wrote")
    wizard.button(QWizard.FinishButton).click()
    qtbot.waitUntil(lambda: PrivateReview.get_by_id(records["review"]).skills == 5)
    row = PrivateReview.get_by_id(records["review"])
    assert (row.would_rehire, row.notes, row.reviewed_on, row.end_reason, row.is_checkin) == (
        "yes", "better than I first wrote", dt.date(2026, 3, 1), "budget", False)
    undo(qtbot, window, "edit private review")
    row = PrivateReview.get_by_id(records["review"])
    assert (row.skills, row.would_rehire, row.notes) == (3, "maybe", "first notes")


def test_a_check_in_is_edited_in_the_check_in_form_and_undone(qtbot, make_window, records):
    from talentdesk.views.dialogs.checkin import CheckinDialog

    window = make_window()
    dialog = open_editor(qtbot, window, "checkin", records["checkin"])
    ui = dialog.ui
    assert isinstance(dialog, CheckinDialog) and dialog.windowTitle() == "Edit check-in: Amara Okafor"
    assert ui.contractCombo.currentText() == "Billing migration" and not ui.contractCombo.isEnabled()
    assert (ui.qualitySpin.value(), ui.rehireCombo.currentData(), ui.recommendSpin.value()) == (2, "no", 3)
    assert ui.dateEdit.date() == QDate(2026, 2, 1) and ui.notesEdit.toPlainText() == "slow start"
    look(dialog, "check-in")
    ui.qualitySpin.setValue(4)
    qtbot.mouseClick(ui.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: PrivateReview.get_by_id(records["checkin"]).quality == 4)
    row = PrivateReview.get_by_id(records["checkin"])
    assert (row.is_checkin, row.skills, row.reviewed_on, row.notes) == (True, 2, dt.date(2026, 2, 1), "slow start")
    undo(qtbot, window, "edit check-in")
    assert PrivateReview.get_by_id(records["checkin"]).quality == 2


def test_appreciation_is_edited_with_its_rules_and_undone(qtbot, make_window, records):
    window = make_window()
    dialog = open_editor(qtbot, window, "praise", records["thanks"])
    ui = dialog.ui
    assert dialog.windowTitle() == "Edit appreciation: Amara Okafor"
    assert ui.whatEdit.toPlainText() == "The hand-over notes saved me a day"
    assert ui.kindCombo.currentData() == "praise" and ui.kindCombo.findData("thanks_bonus") < 0
    qtbot.waitUntil(lambda: ui.contractCombo.count() == 2)
    assert ui.contractCombo.currentData() is None  # it was not about one contract: not invented now
    look(dialog, "appreciation")
    ui.whatEdit.setPlainText("great job")
    qtbot.mouseClick(ui.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    assert ui.whatError.isVisible() and "specific" in ui.whatError.text()
    ui.whatEdit.setPlainText("The hand-over notes on the billing migration saved me two days")
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("testimonial_received"))
    qtbot.mouseClick(ui.buttons.button(QDialogButtonBox.Save), Qt.LeftButton)
    qtbot.waitUntil(lambda: Appreciation.get_by_id(records["thanks"]).kind == "testimonial_received")
    assert Appreciation.get_by_id(records["thanks"]).what.endswith("saved me two days")
    undo(qtbot, window, "edit appreciation")
    row = Appreciation.get_by_id(records["thanks"])
    assert (row.kind, row.what) == ("praise", "The hand-over notes saved me a day")


def test_a_rate_row_is_edited_in_the_raise_form_and_undone(qtbot, make_window, records):
    window = make_window()
    dialog = open_editor(qtbot, window, "rate_change", records["rate"])
    ui = dialog.ui
    assert dialog.windowTitle() == "Edit rate: Amara Okafor"
    assert (ui.amount.text(), ui.currency.currentText(), ui.note.text()) == ("45.00", "USD", "first rate")
    assert ui.effectiveOn.date() == QDate(2026, 1, 1) and not ui.contractCheck.isVisible()
    look(dialog, "rate")
    ui.amount.setText("forty")
    ui.buttonBox.button(QDialogButtonBox.Ok).click()
    assert ui.amountError.isVisible()
    ui.amount.setText("50")
    ui.effectiveOn.setDate(QDate(2026, 2, 1))
    ui.buttonBox.button(QDialogButtonBox.Ok).click()
    qtbot.waitUntil(lambda: Rate.get_by_id(records["rate"]).amount_minor == 5000)
    assert Rate.get_by_id(records["rate"]).effective_on == dt.date(2026, 2, 1)
    undo(qtbot, window, "edit rate")
    row = Rate.get_by_id(records["rate"])
    assert (row.amount_minor, row.effective_on) == (4500, dt.date(2026, 1, 1))
