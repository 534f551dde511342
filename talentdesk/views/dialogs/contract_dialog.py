"""The contract form: New contract, Rehire (prefilled) and Renew (prefilled, linked back), and editing a draft."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QWidget

from ...app.context import AppContext
from ...app.errors import error_text, field_error_text
from ...forms.ui_contract import Ui_ContractDialog
from ...services import contracts, settings, workroom
from ...services.authors import ChangedSince
from ...services.errors import QT_TRANSLATE_NOOP, ValidationError
from ...services.money import CURRENCIES
from ..labels import CONTRACT_KIND_LABELS, STATUS_LABELS, editable_amount, label, typed_minor
from .changed_since import offer_reload


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ContractDialog(QDialog):
    """Emits ``saved(contract_id)`` once the contract is written."""

    saved = Signal(int)

    def __init__(self, parent: QWidget | None, ctx: AppContext, template: contracts.ContractInput | None = None,
                 contract_id: int | None = None, open_after: bool = True):
        super().__init__(parent)
        self.ctx, self.template, self.contract_id, self.open_after = ctx, template, contract_id, open_after
        self.ui = Ui_ContractDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        ui = self.ui
        self.errors: dict[str, QLabel] = {
            "talent": ui.talentError, "title": ui.titleError, "rate": ui.rateError, "currency": ui.rateError,
            "weekly limit": ui.weeklyLimitError, "weekly payment": ui.weeklyPaymentError,
            "start date": ui.datesError, "end date": ui.datesError, "scope of work": ui.scopeError,
            "platform": ui.externalError, "external id": ui.externalError, "original budget": ui.budgetError,
        }
        for kind in contracts.CONTRACT_KINDS:
            ui.kindCombo.addItem(label(CONTRACT_KIND_LABELS, kind), kind)
        ui.currencyCombo.addItems(CURRENCIES)
        ui.currencyCombo.setMaximumWidth(90)
        for status in ("draft", "offered", "active"):
            ui.statusCombo.addItem(label(STATUS_LABELS, status), status)
        ui.statusCombo.setToolTip(self.tr("Draft: still being written. Offered: sent, waiting for a yes. "
                                          "Active: the work has started."))
        ui.startDate.setDate(QDate.currentDate())
        ui.endDate.setDate(QDate.currentDate().addMonths(3))
        ui.startCheck.toggled.connect(ui.startDate.setEnabled)
        ui.endCheck.toggled.connect(ui.endDate.setEnabled)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.scopeEdit.setMinimumHeight(90)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self.save_button = ui.buttonBox.button(QDialogButtonBox.Save)
        self.save_button.setEnabled(False)  # until the people are loaded
        self._clear_errors()
        self._fill(template)
        if contract_id is not None:
            self.setWindowTitle(self.tr("Edit contract"))
            ui.statusLabel.hide()
            ui.statusCombo.hide()
        elif template is not None and template.renews_id:
            self.setWindowTitle(self.tr("Renew contract"))
        ctx.runner.read(workroom.people, on_done=self._people_loaded)

    # -- filling -------------------------------------------------------------
    def _fill(self, t: contracts.ContractInput | None) -> None:
        ui = self.ui
        currency = (t.currency if t else None) or settings.DEFAULTS["default_currency"]
        ui.currencyCombo.setCurrentText(currency)
        if t is None:
            ui.startCheck.setChecked(True)
            ui.endCheck.setChecked(False)
            ui.endDate.setEnabled(False)
            self._kind_changed()
            return
        ui.titleEdit.setText(t.title)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(t.kind)))
        # Every input is set, empty where the terms have no value: a reloaded form shows nothing typed before.
        ui.rateEdit.setText(editable_amount(t.rate_minor, currency) if t.rate_minor else "")
        ui.weeklyLimitSpin.setValue(t.weekly_limit_hours or 0)
        ui.weeklyPaymentEdit.setText(editable_amount(t.weekly_payment_minor, currency) if t.weekly_payment_minor else "")
        ui.budgetEdit.setText(editable_amount(t.original_budget_minor, currency)
                              if t.original_budget_minor is not None else "")
        ui.startCheck.setChecked(t.start_date is not None)
        ui.startDate.setEnabled(t.start_date is not None)
        if t.start_date:
            ui.startDate.setDate(_qdate(t.start_date))
        ui.endCheck.setChecked(t.end_date is not None)
        ui.endDate.setEnabled(t.end_date is not None)
        if t.end_date:
            ui.endDate.setDate(_qdate(t.end_date))
        ui.scopeEdit.setPlainText(t.scope)
        ui.testProjectCheck.setChecked(t.is_test_project)
        ui.platformEdit.setText(t.platform)
        ui.externalIdEdit.setText(t.external_id)
        if t.renews_id:
            ui.renewsLabel.setText(self.tr("This contract renews contract #{id}; the two are shown as one engagement.")
                                   .format(id=t.renews_id))
        self._kind_changed()

    def _people_loaded(self, people: list[tuple[int, str]]) -> None:
        combo = self.ui.talentCombo
        combo.clear()
        for talent_id, name in people:
            combo.addItem(name, talent_id)
        wanted = self.template.talent_id if self.template else None
        if wanted is not None and combo.findData(wanted) < 0:
            combo.addItem(self.tr("(archived) #{id}").format(id=wanted), wanted)
        combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else -1)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setCompletionMode(QCompleter.PopupCompletion)
        combo.setCompleter(completer)
        combo.lineEdit().setPlaceholderText(self.tr("Type a name…"))
        self.save_button.setEnabled(True)
        if not people:
            self.ui.talentError.setText(self.tr("No one is on the bench yet: add a person first (Ctrl+N)."))
        (self.ui.titleEdit if wanted is not None else combo).setFocus()

    def _kind_changed(self) -> None:
        ui, kind = self.ui, self.ui.kindCombo.currentData()
        ui.rateLabel.setText({"hourly": self.tr("&Rate per hour"), "fixed": self.tr("Fixed &price"),
                              "retainer": self.tr("Hourly &equivalent")}.get(kind, self.tr("&Rate")))
        ui.weeklyPaymentEdit.setEnabled(kind == "retainer")
        ui.weeklyLimitSpin.setEnabled(kind != "fixed")

    # -- saving --------------------------------------------------------------
    def _clear_errors(self) -> None:
        for error in {*self.errors.values(), self.ui.formError}:
            error.setText("")
            error.hide()

    def show_error(self, exc: ValidationError) -> None:
        label = self.errors.get(exc.field, self.ui.formError)
        text = error_text(exc) if label is not self.ui.formError else field_error_text(exc)
        label.setText(text[:1].upper() + text[1:])
        label.show()
        buddy = {self.ui.talentError: self.ui.talentCombo, self.ui.titleError: self.ui.titleEdit,
                 self.ui.rateError: self.ui.rateEdit, self.ui.weeklyPaymentError: self.ui.weeklyPaymentEdit,
                 self.ui.budgetError: self.ui.budgetEdit}.get(label)
        if buddy is not None:
            buddy.setFocus()

    def _talent_id(self) -> int | None:
        combo = self.ui.talentCombo
        index = combo.findText(combo.currentText().strip(), Qt.MatchFixedString)
        if index < 0:
            return None
        return combo.itemData(index)

    def collect(self) -> contracts.ContractInput:
        """The form as a ContractInput; raises ValidationError for what cannot even be read."""
        ui = self.ui
        talent_id = self._talent_id()
        if talent_id is None:
            raise ValidationError("talent", QT_TRANSLATE_NOOP("errors", "choose the person this contract is with."))
        currency = ui.currencyCombo.currentText().strip().upper()
        rate = typed_minor(ui.rateEdit.text() or "0", currency, "rate")
        payment_text = ui.weeklyPaymentEdit.text().strip() if ui.weeklyPaymentEdit.isEnabled() else ""
        payment = typed_minor(payment_text, currency, "weekly payment") if payment_text else None
        budget_text = ui.budgetEdit.text().strip()
        budget = typed_minor(budget_text, currency, "original budget") if budget_text else None
        kind = ui.kindCombo.currentData()
        limit = ui.weeklyLimitSpin.value() if kind != "fixed" else 0
        base = self.template or contracts.ContractInput(talent_id=talent_id, title="")
        return contracts.ContractInput(
            talent_id=talent_id, title=ui.titleEdit.text(), kind=kind, rate_minor=rate, currency=currency,
            weekly_limit_hours=limit or None, weekly_payment_minor=payment,
            start_date=ui.startDate.date().toPython() if ui.startCheck.isChecked() else None,
            end_date=ui.endDate.date().toPython() if ui.endCheck.isChecked() else None,
            scope=ui.scopeEdit.toPlainText(), is_test_project=ui.testProjectCheck.isChecked(),
            platform=ui.platformEdit.text(), external_id=ui.externalIdEdit.text(), renews_id=base.renews_id,
            original_budget_minor=budget,
        )

    def save(self) -> None:
        self._clear_errors()
        try:
            data = self.collect()
        except ValidationError as exc:
            self.show_error(exc)
            return
        self.save_button.setEnabled(False)
        if self.contract_id is not None:
            # The version the form was filled from: a contract changed since is refused, not written over.
            version = self.template.version if self.template else None
            self.ctx.runner.write(contracts.update_contract, self.contract_id, data, version=version, changes=("contract",),
                                  action=self.tr("Edit contract"),
                                  on_done=lambda _r: self._saved(self.contract_id), on_error=self._failed)
        else:
            self.ctx.runner.write(contracts.create_contract, data, self.ui.statusCombo.currentData(),
                                  action=self.tr("New contract"),
                                  changes=("contract",), on_done=self._saved, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(exc, ChangedSince):
            self.conflict = offer_reload(self, exc, self.reload)
        elif isinstance(exc, ValidationError):
            self.show_error(exc)
        else:
            from ...app.errors import user_message

            self.ui.formError.setText(user_message(exc))
            self.ui.formError.show()

    def reload(self) -> None:
        """Fill the form again with what the contract says now (and its version), dropping what was typed."""
        self.save_button.setEnabled(False)
        self.ctx.runner.read(workroom.contract_input, self.contract_id, on_done=self._reloaded, on_error=self._failed)

    def _reloaded(self, template: contracts.ContractInput) -> None:
        self.template = template
        self._clear_errors()
        self._fill(template)
        combo = self.ui.talentCombo
        combo.setCurrentIndex(combo.findData(template.talent_id))
        self.save_button.setEnabled(True)
        self.ui.titleEdit.setFocus()

    def _saved(self, contract_id: int) -> None:
        self.saved.emit(contract_id)
        self.accept()
        if self.open_after and self.ctx.navigator is not None:
            self.ctx.navigator.open_contract(contract_id)


def open_contract_dialog(parent: QWidget | None, ctx: AppContext,
                         template: contracts.ContractInput | None = None, *, contract_id: int | None = None,
                         open_after: bool = True) -> QDialog:
    """Show the contract form (window-modal, not blocking) and return it.

    ``template`` prefills it (Rehire: talent, kind, rate, weekly limit, scope; Renew: the old terms with
    ``renews_id``). When saved, the dialog emits ``saved(contract_id)`` and, with ``open_after``, opens the
    contract's workroom.
    """
    dialog = ContractDialog(parent, ctx, template, contract_id, open_after)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.open()
    return dialog
