"""Editing the small records a person typed, in the form that added each: public feedback and private reviews
(the end-contract pages), check-ins, appreciation and rate rows.

    open_record_editor(parent, ctx, source, record_id) -> None

``source`` is the record's table as the timeline names it (``Event.source``). The record is read through the
task runner, then its form opens prefilled and titled "Edit …"; saving goes through ``services.records`` as one
journalled step, so Edit ▸ Undo takes it back.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QWidget, QWizard

from ...app.context import AppContext
from ...app.errors import user_message
from ...services import offboarding, records
from ..labels import day
from ..workroom.dialogs import ReviewPagesWizard
from .appreciation import AppreciationDialog, alive
from .checkin import open_checkin_dialog
from .log_raise import LogRaiseDialog


def _qdate(day) -> QDate:
    return QDate(day.year, day.month, day.day)


class EditReviewWizard(ReviewPagesWizard):
    """Recorded feedback (one direction) or a private review, in the page that wrote it, prefilled."""

    saved = Signal(int)

    def __init__(self, parent, ctx: AppContext, feedback: records.FeedbackShown | None = None,
                 review: records.ReviewShown | None = None):
        super().__init__(parent, ctx)
        ui = self.ui
        self.feedback, self.review = feedback, review
        kept = ui.feedbackPage if feedback is not None else ui.reviewPage
        for page in (ui.endingPage, ui.feedbackPage, ui.reviewPage, ui.checklistPage):
            if page is not kept:
                self.removePage(next(pid for pid in self.pageIds() if self.page(pid) is page))
        self.setButtonText(QWizard.FinishButton, self.tr("&Save"))
        if feedback is not None:
            self._fill_feedback(feedback)
        else:
            self._fill_review(review)
        self.edited.setCheckable(False)  # this part is what is being corrected: it cannot be skipped
        kept.setSubTitle(self.tr("Correct what was recorded. To take it back altogether, remove it from the "
                                 "timeline."))

    def writes(self, group) -> bool:
        return group is self.edited

    def _fill_feedback(self, shown: records.FeedbackShown) -> None:
        ui = self.ui
        given = shown.direction == "given"
        self.edited = ui.givenGroup if given else ui.receivedGroup
        (ui.receivedGroup if given else ui.givenGroup).hide()
        spin, comment, date = ((ui.givenScoreSpin, ui.givenCommentEdit, ui.givenDateEdit) if given
                               else (ui.receivedScoreSpin, ui.receivedCommentEdit, ui.receivedDateEdit))
        spin.setValue(shown.score)
        comment.setPlainText(shown.comment)
        date.setDate(_qdate(shown.given_on))
        title = (self.tr("Edit feedback given: {title}") if given else self.tr("Edit feedback received: {title}"))
        self.setWindowTitle(title.format(title=shown.contract_title))

    def _fill_review(self, shown: records.ReviewShown) -> None:
        ui, review = self.ui, shown.review
        self.edited = ui.reviewGroup
        for name, spin in self.score_spins().items():
            spin.setValue(getattr(review, name))
        ui.rehireCombo.setCurrentIndex(max(0, ui.rehireCombo.findData(review.would_rehire)))
        ui.recommendSpin.setValue(review.recommend)
        ui.notesEdit.setPlainText(review.notes)
        ui.reviewGroup.setTitle(self.tr("Private review of {day}").format(day=day(review.reviewed_on)))
        self.setWindowTitle(self.tr("Edit private review: {title}").format(title=shown.contract_title))

    def job(self) -> tuple[Callable, tuple, str]:
        """What to write: (function, arguments, the step's name for Edit ▸ Undo)."""
        given, received, review = self.collect_reviews()
        if self.feedback is not None:
            typed: offboarding.FeedbackInput = given or received
            return (records.edit_feedback, (self.feedback.id, typed.score, typed.comment, typed.given_on),
                    self.tr("Edit feedback"))
        kept = self.review.review  # the end reason and the day are not on this page: they stay as recorded
        review = dataclasses.replace(review, end_reason=kept.end_reason, reviewed_on=kept.reviewed_on,
                                     is_checkin=kept.is_checkin)
        return records.edit_private_review, (self.review.id, review), self.tr("Edit private review")

    def accept(self) -> None:
        ui = self.ui
        error = ui.feedbackError if self.feedback is not None else ui.reviewError
        problem = self.finish_problem()
        error.setText(problem)
        error.setVisible(bool(problem))
        if problem:
            return
        fn, args, action = self.job()
        finish = self.button(QWizard.FinishButton)
        finish.setEnabled(False)

        def failed(exc: BaseException) -> None:
            finish.setEnabled(True)
            error.setText(user_message(exc))
            error.show()

        def done(_result) -> None:
            self.saved.emit(args[0])
            QWizard.accept(self)

        self.ctx.runner.write(fn, *args, changes=("feedback", "private_review"), action=action,
                              on_done=alive(self, done), on_error=alive(self, failed))


def _edit_feedback(parent: QWidget, ctx: AppContext, shown: records.FeedbackShown) -> QWidget:
    wizard = EditReviewWizard(parent, ctx, feedback=shown)
    wizard.open()
    return wizard


def _edit_review(parent: QWidget, ctx: AppContext, shown: records.ReviewShown) -> QWidget:
    if shown.review.is_checkin:
        return open_checkin_dialog(parent, ctx, editing=shown)
    wizard = EditReviewWizard(parent, ctx, review=shown)
    wizard.open()
    return wizard


def _edit_appreciation(parent: QWidget, ctx: AppContext, shown: records.AppreciationShown) -> QWidget:
    dialog = AppreciationDialog(ctx, parent=parent, editing=shown)
    dialog.open()
    return dialog


def _edit_rate(parent: QWidget, ctx: AppContext, shown: records.RateShown) -> QWidget:
    def submit(minor, code, day, note, on_error, _contract_id=None) -> None:
        ctx.runner.write(records.edit_rate, shown.id, day, minor, code, note, changes=("rate",),
                         action=dialog.tr("Edit rate"), on_done=alive(dialog, lambda _r: dialog.accept()),
                         on_error=alive(dialog, on_error))

    dialog = LogRaiseDialog.for_edit(shown, submit, parent)
    dialog.open()
    return dialog


# Each editable record: (the reader of what it says now, the form that edits it).
EDITORS: dict[str, tuple[Callable, Callable]] = {
    "feedback": (records.feedback, _edit_feedback),
    "private_review": (records.private_review, _edit_review),
    "appreciation": (records.appreciation, _edit_appreciation),
    "rate": (records.rate, _edit_rate),
}


def open_record_editor(parent: QWidget, ctx: AppContext, source: str, record_id: int,
                       on_open: Callable[[QWidget], None] | None = None) -> None:
    """Read the record, then open its form in edit mode (``on_open`` is handed the form, for tests)."""
    read, edit = EDITORS[source]

    def show(shown) -> None:
        form = edit(parent, ctx, shown)
        if on_open is not None:
            on_open(form)

    ctx.runner.read(read, record_id, on_done=alive(parent, show))
