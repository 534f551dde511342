"""The workroom's forms: scope actions, ending a contract, and the small records (grant, milestone, hours,
payment, file details). Each writes through the task runner and shows errors beside the field."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidgetItem, QWidget, QWizard
from shiboken6 import isValid

from ...app.context import AppContext
from ...app.errors import error_text, field_error_text, user_message
from ...forms.ui_end_contract import Ui_EndContractWizard
from ...forms.ui_file_details import Ui_FileDetailsDialog
from ...forms.ui_grant import Ui_GrantDialog
from ...forms.ui_hours import Ui_HoursDialog
from ...forms.ui_milestone import Ui_MilestoneDialog
from ...forms.ui_payment import Ui_PaymentDialog
from ...forms.ui_scope_action import Ui_ScopeActionDialog
from ...services import access, contracts, corrections, files, milestones, offboarding, scope, worklog, workroom
from ...services.authors import ChangedSince
from ...services.errors import QT_TRANSLATE_NOOP, ValidationError
from ...services.money import CURRENCIES, check_currency
from ...store.models import ACCESS_TIERS, DIRECTIONS, DOCUMENT_KINDS, PAYMENT_KINDS, REHIRE_ANSWERS, SENSITIVITIES
from ..dialogs.changed_since import offer_reload
from ..dialogs.checkin import UNSET, UNSET_RECOMMEND, unchosen
from ..dialogs.unsaved import discard_ok, form_state
from ..labels import (
    DIRECTION_LABELS,
    DOCUMENT_KIND_LABELS,
    PAYMENT_KIND_LABELS,
    SENSITIVITY_LABELS,
    TIER_LABELS,
    day,
    editable_amount,
    hours,
    label,
    money,
    typed_minor,
)
from .header import scheduled_text

SCOPE_TABLES = ("contract", "scope_change", "milestone", "payment", "rate")

SCOPE_TITLES = {
    "end_date": QT_TRANSLATE_NOOP("ScopeActionDialog", "Extend or move the end date"),
    "weekly_limit": QT_TRANSLATE_NOOP("ScopeActionDialog", "Change the weekly limit"),
    "milestone_added": QT_TRANSLATE_NOOP("ScopeActionDialog", "Add a milestone"),
    "milestone_edited": QT_TRANSLATE_NOOP("ScopeActionDialog", "Change a milestone"),
    "bonus": QT_TRANSLATE_NOOP("ScopeActionDialog", "Pay a bonus"),
    "rate": QT_TRANSLATE_NOOP("ScopeActionDialog", "Change the rate"),
    "weekly_payment": QT_TRANSLATE_NOOP("ScopeActionDialog", "Change the weekly payment"),
    "paused": QT_TRANSLATE_NOOP("ScopeActionDialog", "Pause the contract"),
    "resumed": QT_TRANSLATE_NOOP("ScopeActionDialog", "Resume the contract"),
}


def qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FormDialog(QDialog):
    """A Designer form whose OK runs one write; a ValidationError lands in the label named for its field."""

    saved = Signal(object)

    def __init__(self, parent: QWidget | None, ctx: AppContext, ui_class):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui_class()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.field_errors: dict[str, QLabel] = {}
        self._as_shown: tuple | None = None  # the inputs when first shown: Esc asks only when they changed
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.clear_errors()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._as_shown is None:
            self._as_shown = form_state(self)

    def reject(self) -> None:
        """Esc, Cancel or the close button: ask before throwing typed input away."""
        if self._as_shown is not None and form_state(self) != self._as_shown and not discard_ok(
                self, self.tr("Discard what you typed in “{title}”?").format(title=self.windowTitle())):
            return
        super().reject()

    def error_labels(self) -> list[QLabel]:
        return [w for w in self.findChildren(QLabel) if w.property("role") == "error"]

    def clear_errors(self) -> None:
        for widget in self.error_labels():
            widget.clear()
            widget.hide()

    def show_error(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationError):
            target = self.field_errors.get(exc.field, self.ui.formError)
            text = error_text(exc) if target is not self.ui.formError else field_error_text(exc)
        else:
            target, text = self.ui.formError, user_message(exc)
        target.setText(text[:1].upper() + text[1:])
        target.show()

    def submit(self) -> None:
        self.clear_errors()
        try:
            job = self.job()
        except ValidationError as exc:
            self.show_error(exc)
            return
        fn, args, changes = job
        ok = self.ui.buttonBox.button(QDialogButtonBox.Ok)
        if ok:
            ok.setEnabled(False)

        def failed(exc):
            if ok:
                ok.setEnabled(True)
            if isinstance(exc, ChangedSince) and self.reloadable():
                self.conflict = offer_reload(self, exc, self.reload)
                return
            self.show_error(exc)

        def done(result):
            self.saved.emit(result)
            self.accept()

        self.ctx.runner.write(fn, *args, changes=changes, on_done=done, on_error=failed, action=self.windowTitle())

    def job(self) -> tuple[Callable, tuple, tuple[str, ...]]:
        """What to write: (function, arguments, tables changed). Raise ValidationError for unreadable input."""
        raise NotImplementedError

    def reloadable(self) -> bool:
        """Whether the form edits a record it can read again (``reload``) when someone changed it meanwhile."""
        return False

    def reload(self) -> None:
        raise NotImplementedError


def _show_rows(visible: bool, *widgets: QWidget) -> None:
    for widget in widgets:
        widget.setVisible(visible)


class ScopeActionDialog(FormDialog):
    """One scope change: the new value, why, who asked, whether it was agreed — ledger and terms together."""

    def __init__(self, parent, ctx: AppContext, kind: str, facts: workroom.Facts,
                 milestone_rows: list[milestones.MilestoneRow] = (), milestone_id: int | None = None,
                 remove: bool = False):
        super().__init__(parent, ctx, Ui_ScopeActionDialog)
        self.kind, self.facts = kind, facts
        self.milestone_rows = [m for m in milestone_rows if m.status != "paid"]
        ui = self.ui
        self.setWindowTitle(self.tr(SCOPE_TITLES[kind]))
        ui.amountCurrency.setText(facts.currency)
        ui.requesterMe.setChecked(True)
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.dueEdit.setEnabled(False)
        ui.dueEdit.setDate(QDate.currentDate().addDays(14))
        end = facts.end_date or dt.date.today()
        ui.endDateEdit.setDate(qdate(end + dt.timedelta(days=28)))
        ui.limitSpin.setValue(facts.weekly_limit_hours or 0)
        _show_rows(kind == "end_date", ui.endDateLabel, ui.endDateEdit)
        _show_rows(kind == "weekly_limit", ui.limitLabel, ui.limitSpin)
        _show_rows(kind == "milestone_added", ui.titleLabel, ui.titleEdit)
        _show_rows(kind in ("milestone_added", "milestone_edited"), ui.dueLabel, ui.dueCheck, ui.dueEdit)
        _show_rows(kind == "milestone_edited", ui.milestoneLabel, ui.milestoneCombo, ui.removeCheck)
        dated = kind in ("rate", "weekly_limit", "weekly_payment")
        _show_rows(dated, ui.effectiveLabel, ui.effectiveEdit)
        ui.effectiveEdit.setDate(QDate.currentDate())
        if kind == "milestone_edited":
            for m in self.milestone_rows:
                ui.milestoneCombo.addItem(f"{m.position}. {m.title} · {money(m.amount_minor, m.currency)}", m.id)
            ui.milestoneCombo.currentIndexChanged.connect(self._milestone_chosen)
            ui.removeCheck.toggled.connect(self._remove_toggled)
            ui.milestoneCombo.setCurrentIndex(max(0, ui.milestoneCombo.findData(milestone_id)))
            self._milestone_chosen()
            ui.removeCheck.setChecked(remove)
        has_amount = kind in ("milestone_added", "milestone_edited", "bonus", "rate", "weekly_payment")
        _show_rows(has_amount, ui.amountLabel, ui.amountEdit, ui.amountCurrency)
        ui.amountLabel.setText({"rate": self.tr("New &rate"), "weekly_payment": self.tr("New weekly &payment"),
                                "bonus": self.tr("&Bonus")}.get(kind, self.tr("&Amount")))
        if kind == "rate":
            ui.amountEdit.setText(editable_amount(facts.rate_minor, facts.currency))
        elif kind == "weekly_payment" and facts.weekly_payment_minor:
            ui.amountEdit.setText(editable_amount(facts.weekly_payment_minor, facts.currency))
        ui.currentLabel.setText(self._current())
        self.field_errors = {"reason": ui.reasonError, "who asked": ui.reasonError, "title": ui.titleError,
                             "amount": ui.amountError, "bonus": ui.amountError, "rate": ui.amountError,
                             "weekly payment": ui.amountError, "new end date": ui.valueError,
                             "weekly limit": ui.valueError, "due date": ui.valueError,
                             "effective date": ui.valueError, "milestone": ui.valueError}
        first = {"end_date": ui.endDateEdit, "weekly_limit": ui.limitSpin, "milestone_added": ui.titleEdit,
                 "milestone_edited": ui.milestoneCombo,
                 "paused": ui.reasonEdit, "resumed": ui.reasonEdit}.get(kind, ui.amountEdit)
        first.setFocus()
        self.adjustSize()

    def _milestone(self) -> milestones.MilestoneRow | None:
        chosen = self.ui.milestoneCombo.currentData()
        return next((m for m in self.milestone_rows if m.id == chosen), None)

    def _milestone_chosen(self) -> None:
        ui, m = self.ui, self._milestone()
        if m is None:
            return
        ui.amountEdit.setText(editable_amount(m.amount_minor, m.currency))
        ui.dueCheck.setChecked(m.due_on is not None)
        if m.due_on:
            ui.dueEdit.setDate(qdate(m.due_on))

    def _remove_toggled(self, removing: bool) -> None:
        ui = self.ui
        for widget in (ui.amountEdit, ui.dueCheck):
            widget.setEnabled(not removing)
        ui.dueEdit.setEnabled(not removing and ui.dueCheck.isChecked())

    def _current(self) -> str:
        f = self.facts
        now = {
            "end_date": self.tr("Ends now: {v}").format(v=day(f.end_date) or self.tr("open-ended")),
            "weekly_limit": self.tr("Weekly limit now: {v}").format(
                v=hours(f.weekly_limit_hours * 60) if f.weekly_limit_hours else self.tr("unlimited")),
            "rate": self.tr("Rate now: {v}").format(v=money(f.rate_minor, f.currency)),
            "weekly_payment": self.tr("Weekly payment now: {v}").format(
                v=money(f.weekly_payment_minor or 0, f.currency)),
        }.get(self.kind, "")
        if self.kind == "milestone_edited" and not self.milestone_rows:
            now = self.tr("This contract has no milestone that is not yet paid.")
        if f.scheduled and self.kind in ("rate", "weekly_limit", "weekly_payment"):
            now += "\n" + self.tr("Already scheduled: {changes}").format(
                changes="; ".join(scheduled_text(change, f.currency) for change in f.scheduled))
        note = self.tr("The change and its reason are written to the scope-change ledger together with the new terms.")
        return f"{now}\n{note}" if now else note

    def job(self):
        ui, f = self.ui, self.facts
        request = scope.Request(ui.reasonEdit.toPlainText(), "talent" if ui.requesterTalent.isChecked() else "me",
                                ui.agreedCheck.isChecked())
        if not request.reason.strip():
            raise ValidationError("reason", QT_TRANSLATE_NOOP("errors", "say why the agreement moves; the ledger keeps "
                                                                        "it."))

        def amount(field: str) -> int:
            return typed_minor(ui.amountEdit.text() or "", f.currency, field) if ui.amountEdit.text().strip() else \
                _missing(field)

        kind, cid = self.kind, f.id
        if kind == "end_date":
            return scope.extend_end_date, (cid, ui.endDateEdit.date().toPython(), request), SCOPE_TABLES
        effective = ui.effectiveEdit.date().toPython()
        if kind == "weekly_limit":
            return scope.change_weekly_limit, (cid, ui.limitSpin.value() or None, request, effective), SCOPE_TABLES
        if kind == "milestone_added":
            due = ui.dueEdit.date().toPython() if ui.dueCheck.isChecked() else None
            return scope.add_milestone, (cid, ui.titleEdit.text(), amount("amount"), due, request), SCOPE_TABLES
        if kind == "bonus":
            return scope.pay_bonus, (cid, amount("bonus"), request), SCOPE_TABLES
        if kind == "milestone_edited":
            chosen = ui.milestoneCombo.currentData()
            if chosen is None:
                raise ValidationError("milestone", QT_TRANSLATE_NOOP("errors", "choose a milestone of this contract."))
            if ui.removeCheck.isChecked():
                return (lambda: scope.change_milestone(cid, chosen, request, remove=True)), (), SCOPE_TABLES
            due = ui.dueEdit.date().toPython() if ui.dueCheck.isChecked() else None
            value = amount("amount")
            return (lambda: scope.change_milestone(cid, chosen, request, amount_minor=value, due_on=due)), (), \
                SCOPE_TABLES
        if kind == "rate":
            return scope.change_rate, (cid, amount("rate"), request, effective), SCOPE_TABLES
        if kind == "weekly_payment":
            return scope.change_weekly_payment, (cid, amount("weekly payment"), request, effective), SCOPE_TABLES
        if kind == "paused":
            return scope.pause, (cid, request), SCOPE_TABLES
        return scope.resume, (cid, request), SCOPE_TABLES


def _missing(field: str) -> int:
    raise ValidationError(field, QT_TRANSLATE_NOOP("errors", "is required."))


class GrantDialog(FormDialog):
    """Record access or equipment given, or correct a grant (``row``)."""

    def __init__(self, parent, ctx: AppContext, contract_id: int, row: access.GrantRow | None = None):
        super().__init__(parent, ctx, Ui_GrantDialog)
        self.contract_id, self.row = contract_id, row
        ui = self.ui
        ui.kindCombo.addItem(self.tr("System access"), "access")
        ui.kindCombo.addItem(self.tr("Equipment lent"), "equipment")
        for tier in ACCESS_TIERS:
            ui.tierCombo.addItem(label(TIER_LABELS, tier), tier)
        ui.tierCombo.setToolTip(self.tr("Access tier"))
        ui.kindCombo.currentIndexChanged.connect(lambda: ui.tierCombo.setEnabled(ui.kindCombo.currentData() == "access"))
        ui.grantedEdit.setDate(QDate.currentDate())
        ui.revokeByEdit.setDate(QDate.currentDate().addMonths(3))
        ui.revokeByEdit.setEnabled(False)
        ui.revokeByCheck.toggled.connect(ui.revokeByEdit.setEnabled)
        if row is not None:
            self.setWindowTitle(self.tr("Edit access"))
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(row.kind)))
            if row.tier:
                ui.tierCombo.setCurrentIndex(max(0, ui.tierCombo.findData(row.tier)))
            ui.systemEdit.setText(row.system)
            ui.grantedEdit.setDate(qdate(row.granted_on))
            ui.revokeByCheck.setChecked(row.revoke_by is not None)
            if row.revoke_by:
                ui.revokeByEdit.setDate(qdate(row.revoke_by))
            ui.noteEdit.setPlainText(row.note)
        self.field_errors = {"system": ui.systemError, "granted on": ui.grantedError, "revoke by": ui.revokeByError}
        ui.systemEdit.setFocus()

    def job(self):
        ui = self.ui
        revoke_by = ui.revokeByEdit.date().toPython() if ui.revokeByCheck.isChecked() else None
        kwargs = dict(kind=ui.kindCombo.currentData(), tier=ui.tierCombo.currentData(),
                      granted_on=ui.grantedEdit.date().toPython(), revoke_by=revoke_by, note=ui.noteEdit.toPlainText())
        if self.row is not None:
            return (lambda: access.edit(self.row.id, ui.systemEdit.text(), **kwargs)), (), ("access_grant",)
        return (lambda: access.grant(self.contract_id, ui.systemEdit.text(), **kwargs)), (), ("access_grant",)


class MilestoneDialog(FormDialog):
    """Add or edit a milestone directly (drafts and offers; wording and dates of running ones)."""

    def __init__(self, parent, ctx: AppContext, contract_id: int, currency: str,
                 row: milestones.MilestoneRow | None = None):
        super().__init__(parent, ctx, Ui_MilestoneDialog)
        self.contract_id, self.currency, self.row = contract_id, currency, row
        ui = self.ui
        ui.amountCurrency.setText(currency)
        ui.dueEdit.setDate(QDate.currentDate().addDays(14))
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.dueCheck.setChecked(True)
        self.setWindowTitle(self.tr("Add milestone"))
        if row is not None:
            self.setWindowTitle(self.tr("Edit milestone"))
            ui.titleEdit.setText(row.title)
            ui.amountEdit.setText(editable_amount(row.amount_minor, currency))
            ui.dueCheck.setChecked(row.due_on is not None)
            if row.due_on:
                ui.dueEdit.setDate(qdate(row.due_on))
            ui.descriptionEdit.setPlainText(row.description)
        self.field_errors = {"title": ui.titleError, "amount": ui.amountError, "due date": ui.dueError}
        ui.titleEdit.setFocus()

    def job(self):
        ui = self.ui
        amount = typed_minor(ui.amountEdit.text() or "0", self.currency, "amount")
        due = ui.dueEdit.date().toPython() if ui.dueCheck.isChecked() else None
        args = (ui.titleEdit.text(), amount, due)
        desc = ui.descriptionEdit.toPlainText()
        if self.row is None:
            return (lambda: milestones.add(self.contract_id, *args, description=desc)), (), ("milestone",)
        return (lambda: milestones.edit(self.row.id, *args, description=desc)), (), ("milestone",)


class HoursDialog(FormDialog):
    """Log hours, or correct an entry (``row``): its day, time or note."""

    def __init__(self, parent, ctx: AppContext, contract_id: int, row: worklog.Entry | None = None):
        super().__init__(parent, ctx, Ui_HoursDialog)
        self.contract_id, self.row = contract_id, row
        ui = self.ui
        ui.dayEdit.setDate(QDate.currentDate() if row is None else qdate(row.day))
        # A new entry starts empty, not at an hour nobody worked: saving it unchanged is refused by the field.
        ui.hoursSpin.setSpecialValueText(self.tr("How long?"))
        ui.hoursSpin.setValue(0.0 if row is None else row.minutes / 60)
        if row is not None:
            self.setWindowTitle(self.tr("Edit hours"))
            ui.noteEdit.setText(row.note)
        self.field_errors = {"day": ui.dayError, "time worked": ui.timeError}
        ui.hoursSpin.setFocus()
        ui.hoursSpin.selectAll()

    def job(self):
        ui = self.ui
        minutes = round(ui.hoursSpin.value() * 60)
        args = (ui.dayEdit.date().toPython(), minutes, ui.noteEdit.text())
        if self.row is not None:
            return worklog.edit, (self.row.id, *args), ("work_log",)
        return worklog.add, (self.contract_id, *args), ("work_log",)


class PaymentDialog(FormDialog):
    """Record a payment, or correct one (``row``): a correction keeps what it said before, and why.

    A payment in another currency than the contract's also asks what it came to in the contract's; a
    correction keeps the payment's currency (the trail records amounts in it) and may fix that amount too.
    """

    def __init__(self, parent, ctx: AppContext, contract_id: int, currency: str,
                 row: workroom.PaymentRow | None = None):
        super().__init__(parent, ctx, Ui_PaymentDialog)
        self.contract_id, self.currency, self.row = contract_id, currency, row
        ui = self.ui
        for kind in PAYMENT_KINDS:
            # A new bonus is a scope change (Pay bonus); a recorded one can still be corrected here.
            if kind != "bonus" or (row is not None and row.kind == "bonus"):
                ui.kindCombo.addItem(label(PAYMENT_KIND_LABELS, kind), kind)
        ui.currencyCombo.addItems(CURRENCIES)
        ui.currencyCombo.setCurrentText(row.currency if row is not None else currency)
        ui.contractCurrency.setText(currency)
        ui.currencyCombo.currentTextChanged.connect(self._currency_changed)
        ui.paidEdit.setDate(QDate.currentDate())
        _show_rows(row is not None, ui.reasonLabel, ui.reasonEdit)
        if row is not None:
            self.setWindowTitle(self.tr("Correct payment"))
            ui.currencyCombo.setEnabled(False)
            ui.currencyCombo.setToolTip(self.tr("A correction keeps the payment's currency; remove the payment "
                                                "and record it again to change it"))
            self._fill(row)
        self.field_errors = {"amount": ui.amountError, "paid on": ui.paidError, "currency": ui.amountError,
                             "amount in contract currency": ui.contractAmountError, "why": ui.formError}
        self._currency_changed(ui.currencyCombo.currentText())
        ui.amountEdit.setFocus()
        ui.amountEdit.selectAll()
        self.setMinimumWidth(520 if row is not None else 0)
        self.adjustSize()

    def _fill(self, row: workroom.PaymentRow) -> None:
        ui = self.ui
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(row.kind)))
        ui.amountEdit.setText(editable_amount(row.amount_minor, row.currency))
        ui.paidEdit.setDate(qdate(row.paid_on))
        ui.descriptionEdit.setText(row.description)
        ui.contractAmountEdit.setText(editable_amount(row.contract_amount_minor, self.currency)
                                      if row.contract_amount_minor is not None else "")

    def reloadable(self) -> bool:
        return self.row is not None

    def reload(self) -> None:
        """Fill the correction again with what the payment says now (and its version); the reason stays."""
        self.ctx.runner.read(workroom.payment, self.row.id, on_done=self._reloaded, on_error=self.show_error)

    def _reloaded(self, row: workroom.PaymentRow) -> None:
        if not isValid(self):
            return
        self.row = row
        self.clear_errors()
        self._fill(row)
        self.ui.amountEdit.setFocus()

    def paid_currency(self) -> str:
        return self.ui.currencyCombo.currentText().strip().upper()

    def _currency_changed(self, _text: str) -> None:
        other = self.paid_currency() != self.currency
        _show_rows(other, self.ui.contractAmountLabel, self.ui.contractAmountEdit, self.ui.contractCurrency)

    def job(self):
        ui = self.ui
        currency = check_currency(self.paid_currency())
        amount = typed_minor(ui.amountEdit.text() or "", currency, "amount") if ui.amountEdit.text().strip() \
            else _missing("amount")
        # The service decides whether the amount in the contract's currency is needed, and says why.
        text = ui.contractAmountEdit.text().strip() if currency != self.currency else ""
        converted = typed_minor(text, self.currency, "amount in contract currency") if text else None
        if self.row is not None:
            fix = corrections.PaymentFix(ui.kindCombo.currentData(), amount, ui.paidEdit.date().toPython(),
                                         ui.descriptionEdit.text(), converted)
            # With the version shown: a payment changed since is refused, not corrected over.
            return (corrections.correct_payment, (self.row.id, fix, ui.reasonEdit.text(), self.row.version),
                    ("payment", "payment_conversion", "payment_correction"))
        return contracts.add_payment, (self.contract_id, ui.kindCombo.currentData(), amount, currency,
                                       ui.paidEdit.date().toPython(), ui.descriptionEdit.text(), None, None,
                                       converted), ("payment",)


class FileDetailsDialog(FormDialog):
    """Direction, sensitivity, date, document kind, expiry and note for files about to be stored.

    The files go to the contract, or to the person when ``contract_id`` is None (``talent_id`` given).
    With ``row``, the details of a file already stored are corrected (its bytes never change).
    """

    def __init__(self, parent, ctx: AppContext, contract_id: int | None, paths: list[Path],
                 talent_id: int | None = None, row: files.FileRow | None = None):
        super().__init__(parent, ctx, Ui_FileDetailsDialog)
        self.contract_id, self.talent_id, self.paths, self.row = contract_id, talent_id, paths, row
        ui = self.ui
        names = ", ".join(p.name for p in paths[:4]) + ("…" if len(paths) > 4 else "")
        ui.filesLabel.setTextFormat(Qt.PlainText)
        owner = self.tr("for this contract") if contract_id is not None else self.tr("kept with the person")
        ui.filesLabel.setText(self.tr("%n file(s) {owner}: {names}", "", len(paths)).format(owner=owner, names=names))
        for direction in DIRECTIONS:
            ui.directionCombo.addItem(label(DIRECTION_LABELS, direction), direction)
        for sensitivity in SENSITIVITIES:
            ui.sensitivityCombo.addItem(label(SENSITIVITY_LABELS, sensitivity), sensitivity)
        for kind in DOCUMENT_KINDS:
            if kind != "deliverable" or contract_id is not None:  # a deliverable belongs to a contract
                ui.kindCombo.addItem(label(DOCUMENT_KIND_LABELS, kind), kind)
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("other"))
        ui.sharedEdit.setDate(QDate.currentDate())
        ui.expiresEdit.setDate(QDate.currentDate().addYears(1))
        ui.expiresEdit.setEnabled(False)
        ui.expiresCheck.toggled.connect(ui.expiresEdit.setEnabled)
        if row is not None:
            self.setWindowTitle(self.tr("Edit file details"))
            ui.filesLabel.setText(row.name)
            ui.directionCombo.setCurrentIndex(max(0, ui.directionCombo.findData(row.direction)))
            ui.sensitivityCombo.setCurrentIndex(max(0, ui.sensitivityCombo.findData(row.sensitivity)))
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(row.document_kind)))
            ui.sharedEdit.setDate(qdate(row.shared_on))
            if row.expires_on is not None:
                ui.expiresCheck.setChecked(True)
                ui.expiresEdit.setDate(qdate(row.expires_on))
            ui.noteEdit.setPlainText(row.note)
        self.field_errors = {"file": ui.formError, "expires": ui.expiresError}

    def job(self):
        ui = self.ui
        expires = ui.expiresEdit.date().toPython() if ui.expiresCheck.isChecked() else None
        if self.row is not None:
            details = dict(direction=ui.directionCombo.currentData(), sensitivity=ui.sensitivityCombo.currentData(),
                           shared_on=ui.sharedEdit.date().toPython(), note=ui.noteEdit.toPlainText(),
                           document_kind=ui.kindCombo.currentData(), expires_on=expires)
            return (lambda: files.edit_details(self.row.id, **details)), (), ("attachment",)
        data_dir, cid, tid = self.ctx.data_dir, self.contract_id, self.talent_id
        template = dict(direction=ui.directionCombo.currentData(), sensitivity=ui.sensitivityCombo.currentData(),
                        note=ui.noteEdit.toPlainText(), shared_on=ui.sharedEdit.date().toPython(),
                        document_kind=ui.kindCombo.currentData(),
                        expires_on=ui.expiresEdit.date().toPython() if ui.expiresCheck.isChecked() else None)

        def store(report=None):
            ids = []
            for number, path in enumerate(self.paths):
                if report:
                    report(number / len(self.paths), path.name)
                data = files.FileInput(path, **template)
                ids.append(files.add(data_dir, cid, data) if cid is not None else files.add_for_person(data_dir, tid, data))
            return ids

        return store, (), ("attachment",)


class ReviewPagesWizard(QWizard):
    """The feedback and private-review pages (from the end-contract form): nothing rated until chosen.

    Every score starts unset and must be chosen, or its box unticked to skip that part; Next and
    Finish say what is missing beside it. Feedback is dated (by default the contract's end date).
    """

    def __init__(self, parent, ctx: AppContext):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_EndContractWizard()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        ui = self.ui
        for spin in (*self.score_spins().values(), ui.givenScoreSpin, ui.receivedScoreSpin):
            spin.setValue(UNSET)
        ui.recommendSpin.setValue(UNSET_RECOMMEND)
        ui.rehireCombo.addItem(self.tr("Choose…"), None)
        for answer, text in zip(REHIRE_ANSWERS, (self.tr("Yes"), self.tr("Maybe"), self.tr("No")), strict=True):
            ui.rehireCombo.addItem(text, answer)
        for error in (ui.endDateError, ui.reasonError, ui.formError, ui.feedbackError, ui.reviewError):
            error.hide()

    def score_spins(self) -> dict:
        ui = self.ui
        return {name: getattr(ui, f"{name}Spin") for name in contracts.REVIEW_CRITERIA}

    def writes(self, group) -> bool:
        """Whether the part in this group box is written (its box ticked)."""
        return group.isChecked()

    def feedback_problem(self) -> str:
        ui = self.ui
        if self.writes(ui.givenGroup) and ui.givenScoreSpin.value() == UNSET:
            return self.tr("Choose the stars you gave, or untick “Feedback given” if you have not left it yet.")
        if self.writes(ui.receivedGroup) and ui.receivedScoreSpin.value() == UNSET:
            return self.tr("Choose the stars they gave you, or untick “Feedback received”.")
        return ""

    def review_problem(self) -> str:
        missing = unchosen(self.ui) if self.writes(self.ui.reviewGroup) else []
        if not missing:
            return ""
        return self.tr("Choose: {names} — or untick “Write a private review” to skip it.").format(
            names=", ".join(missing))

    def _check(self, problem: str, label: QLabel) -> bool:
        label.setText(problem)
        label.setVisible(bool(problem))
        return not problem

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        page, ui = self.currentPage(), self.ui
        if page is ui.feedbackPage and not self._check(self.feedback_problem(), ui.feedbackError):
            return False
        if page is ui.reviewPage and not self._check(self.review_problem(), ui.reviewError):
            return False
        return super().validateCurrentPage()

    def finish_problem(self) -> str:
        """What stops Finish, whichever page it is pressed on (the pages before may have been left unset)."""
        return self.feedback_problem() or self.review_problem()

    def collect_reviews(self) -> tuple:
        ui = self.ui
        given = offboarding.FeedbackInput(ui.givenScoreSpin.value(), ui.givenCommentEdit.toPlainText(),
                                          ui.givenDateEdit.date().toPython()) if self.writes(ui.givenGroup) else None
        received = offboarding.FeedbackInput(
            ui.receivedScoreSpin.value(), ui.receivedCommentEdit.toPlainText(),
            ui.receivedDateEdit.date().toPython()) if self.writes(ui.receivedGroup) else None
        review = None
        if self.writes(ui.reviewGroup):
            scores = {name: spin.value() for name, spin in self.score_spins().items()}
            review = contracts.ReviewInput(**scores, would_rehire=ui.rehireCombo.currentData(),
                                           recommend=ui.recommendSpin.value(), notes=ui.notesEdit.toPlainText())
        return given, received, review

    def _write(self, fn, *args, changes: tuple[str, ...], on_done) -> None:
        problem = self.finish_problem()
        if problem:  # said on the page in view (the last page's label otherwise)
            ui = self.ui
            label = {id(ui.feedbackPage): ui.feedbackError, id(ui.reviewPage): ui.reviewError}.get(
                id(self.currentPage()), ui.formError)
            label.setText(problem)
            label.show()
            return
        finish = self.button(QWizard.FinishButton)
        finish.setEnabled(False)

        def failed(exc):
            finish.setEnabled(True)
            self.ui.formError.setText(user_message(exc))
            self.ui.formError.show()

        self.ctx.runner.write(fn, *args, on_done=on_done, on_error=failed, changes=changes)


class EndContractWizard(ReviewPagesWizard):
    """End date and reason → feedback → private review → offboarding checklist (and the test decision)."""

    ended = Signal(int)

    def __init__(self, parent, ctx: AppContext, facts: workroom.Facts, proposal: list[offboarding.ChecklistItem]):
        super().__init__(parent, ctx)
        self.facts, self.proposal = facts, proposal
        ui = self.ui
        self.setWindowTitle(self.tr("End contract: {title}").format(title=facts.title))
        end = qdate(min(facts.end_date, dt.date.today()) if facts.end_date else dt.date.today())
        ui.endDateEdit.setDate(end)
        for text, who in ((self.tr("Not recorded"), None), (self.tr("Me"), "me"), (self.tr("Them"), "them")):
            ui.endedByCombo.addItem(text, who)
        # Feedback is dated the end date unless the user sets its own date.
        self._follow = {ui.givenDateEdit: True, ui.receivedDateEdit: True}
        for edit in self._follow:
            edit.setDate(end)
            edit.dateChanged.connect(lambda _d, e=edit: self._follow.__setitem__(e, False))
        ui.endDateEdit.dateChanged.connect(self._end_moved)
        for item in proposal:
            row = QListWidgetItem(item.label)
            row.setFlags(row.flags() | Qt.ItemIsUserCheckable)
            row.setCheckState(Qt.Checked if item.done else Qt.Unchecked)
            ui.checklist.addItem(row)
        ui.testGroup.setVisible(facts.is_test_project)
        ui.undecidedRadio.setChecked(True)
        self.currentIdChanged.connect(self._entered)

    def _end_moved(self, day: QDate) -> None:
        for edit, follows in self._follow.items():
            if follows:
                edit.blockSignals(True)
                edit.setDate(day)
                edit.blockSignals(False)

    def _entered(self, _page_id: int) -> None:
        """The checklist shows what this flow already did: feedback given here is ticked there."""
        if self.currentPage() is not self.ui.checklistPage:
            return
        for index, item in enumerate(self.proposal):
            if item.kind == "feedback":
                given = self.ui.givenGroup.isChecked()
                self.ui.checklist.item(index).setCheckState(Qt.Checked if given else Qt.Unchecked)

    def validateCurrentPage(self) -> bool:  # noqa: N802 - Qt's name
        if self.currentPage() is self.ui.endingPage and not self.ui.reasonEdit.toPlainText().strip():
            self.ui.reasonError.setText(self.tr("Say why it ended; the review queue and the timeline show it."))
            self.ui.reasonError.show()
            self.ui.reasonEdit.setFocus()
            return False
        self.ui.reasonError.hide()
        return super().validateCurrentPage()

    def collect(self) -> offboarding.EndInput:
        ui = self.ui
        given, received, review = self.collect_reviews()
        checklist = []
        for index, item in enumerate(self.proposal):
            row = ui.checklist.item(index)
            checklist.append(offboarding.ChecklistItem(item.kind, item.label, item.grant_id,
                                                       row.checkState() == Qt.Checked))
        decision = None
        if self.facts.is_test_project:
            decision = "hire" if ui.hireRadio.isChecked() else "no_hire" if ui.noHireRadio.isChecked() else None
        return offboarding.EndInput(ui.endDateEdit.date().toPython(), ui.reasonEdit.toPlainText(), given, received,
                                    review, checklist, decision, ended_by=ui.endedByCombo.currentData())

    def accept(self) -> None:
        def done(_result):
            self.ended.emit(self.facts.id)
            QWizard.accept(self)

        self._write(offboarding.end_contract, self.facts.id, self.collect(), on_done=done,
                    changes=("contract", "feedback", "private_review", "offboarding_item", "access_grant"))


class WriteReviewWizard(ReviewPagesWizard):
    """*Write the review…* for a contract that has ended: the feedback and private-review pages alone.

    What is already recorded is shown as done and cannot be written twice; ``saved`` is emitted only
    when the write succeeded (a cancelled form leaves everything, the review card included, as it was).
    """

    saved = Signal(int)

    def __init__(self, parent, ctx: AppContext, state: offboarding.ReviewState):
        super().__init__(parent, ctx)
        self.state = state
        ui = self.ui
        self.setWindowTitle(self.tr("Write the review: {title}").format(title=state.title))
        for page in (ui.endingPage, ui.checklistPage):
            self.removePage(next(pid for pid in self.pageIds() if self.page(pid) is page))
        end = qdate(state.end_date or dt.date.today())
        for group, edit, done, text in (
                (ui.givenGroup, ui.givenDateEdit, state.has_given, self.tr("Feedback given (already recorded)")),
                (ui.receivedGroup, ui.receivedDateEdit, state.has_received,
                 self.tr("Feedback received (already recorded)")),
                (ui.reviewGroup, None, state.has_review, self.tr("Private review (already written)"))):
            if edit is not None:
                edit.setDate(end)
            if done:
                group.setChecked(False)
                group.setEnabled(False)
                group.setTitle(text)
        if not state.has_given:
            ui.givenGroup.setChecked(True)
        if not state.has_review:
            ui.reviewGroup.setChecked(True)
        self.setButtonText(QWizard.FinishButton, self.tr("&Save"))

    def accept(self) -> None:
        given, received, review = self.collect_reviews()

        def done(_result):
            self.saved.emit(self.state.contract_id)
            QWizard.accept(self)

        self._write(offboarding.write_review, self.state.contract_id, given, received, review, on_done=done,
                    changes=("feedback", "private_review"))
