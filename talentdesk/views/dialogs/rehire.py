"""Rehire: a new draft contract prefilled from the person's last one.

The workroom owns the full contract form. When the main window offers
``new_contract_from(template)`` the template goes there; otherwise this small
dialog (the same terms, validated by the same service) creates the draft and
opens its workroom.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from ...app.context import AppContext
from ...app.errors import show_error
from ...forms.ui_rehire import Ui_RehireDialog
from ...services import contracts
from ...services.errors import ValidationError
from ...services.money import CURRENCIES, from_minor, to_minor
from ...store.models import CONTRACT_KINDS
from ..bench import fmt
from .talent import error_colour, error_text

ERROR_LABELS = {"title": "titleError", "rate": "rateError", "currency": "currencyError",
                "weekly limit": "limitError", "weekly payment": "weeklyPaymentError", "start date": "startError",
                "scope of work": "scopeError"}


class RehireDialog(QDialog):
    def __init__(self, ctx: AppContext, template: contracts.ContractInput, talent_name: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.template = template
        self.contract_id: int | None = None
        self.ui = ui = Ui_RehireDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Rehire {name}").format(name=talent_name) if talent_name else self.tr("Rehire"))
        for label in self._errors():
            label.hide()
            label.setStyleSheet(f"color: {error_colour()};")
        ui.buttonBox.button(QDialogButtonBox.Save).setText(self.tr("Create draft contract"))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        for kind in CONTRACT_KINDS:
            ui.kindCombo.addItem(fmt.label(fmt.KIND_LABELS, kind), kind)
        ui.currencyCombo.addItems(CURRENCIES)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        ui.talentName.setText(talent_name)
        t = template
        ui.titleEdit.setText(t.title)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(t.kind)))
        ui.currencyCombo.setCurrentText(t.currency)
        ui.rateEdit.setText(self._amount(t.rate_minor, t.currency))
        ui.limitSpin.setValue(t.weekly_limit_hours or 0)
        ui.weeklyPaymentEdit.setText(self._amount(t.weekly_payment_minor, t.currency))
        if t.start_date:
            ui.startDate.setDate(QDate(t.start_date.year, t.start_date.month, t.start_date.day))
        ui.platformEdit.setText(t.platform)
        ui.scopeEdit.setPlainText(t.scope)
        self._kind_changed()
        self.resize(600, 560)

    @staticmethod
    def _amount(minor: int | None, currency: str) -> str:
        return "" if minor is None else str(from_minor(minor, currency))

    def _kind_changed(self) -> None:
        retainer = self.ui.kindCombo.currentData() == "retainer"
        self.ui.weeklyPaymentEdit.setEnabled(retainer)

    def _errors(self) -> list[QLabel]:
        return [label for label in self.findChildren(QLabel) if label.property("role") == "error"]

    def values(self) -> contracts.ContractInput:
        """The terms as the form holds them now (raises ValidationError for an unreadable amount)."""
        ui = self.ui
        currency = ui.currencyCombo.currentText().strip().upper()
        payment = ui.weeklyPaymentEdit.text().strip()
        start = ui.startDate.date()
        return replace(
            self.template, title=ui.titleEdit.text(), kind=ui.kindCombo.currentData(), currency=currency,
            rate_minor=to_minor(ui.rateEdit.text() or "0", currency, "rate"),
            weekly_limit_hours=ui.limitSpin.value() or None,
            weekly_payment_minor=to_minor(payment, currency, "weekly payment")
            if payment and ui.kindCombo.currentData() == "retainer" else None,
            start_date=start.toPython(), platform=ui.platformEdit.text(), scope=ui.scopeEdit.toPlainText(),
        )

    def save(self) -> None:
        for label in self._errors():
            label.hide()
        try:
            data = self.values()
        except ValidationError as exc:
            self._failed(exc)
            return
        self.ctx.runner.write(contracts.create_contract, data, "draft", changes=("contract",),
                              on_done=self._created, on_error=self._failed)

    def _created(self, contract_id: int) -> None:
        self.contract_id = contract_id
        self.accept()
        navigator = self.ctx.navigator
        if navigator is not None:
            navigator.open_contract(contract_id)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            show_error(self, exc)
            return
        label = getattr(self.ui, ERROR_LABELS.get(exc.field, "formError"))
        label.setText(error_text(exc))
        label.show()


def open_contract_dialog(parent: QWidget, ctx: AppContext, template: contracts.ContractInput,
                         talent_name: str = "") -> QDialog | None:
    """Open the contract form prefilled from ``template``; returns the dialog when it is this one."""
    navigator = ctx.navigator
    if navigator is not None and hasattr(navigator, "new_contract_from"):
        navigator.new_contract_from(template)
        return None
    dialog = RehireDialog(ctx, template, talent_name, parent)
    dialog.setModal(True)
    dialog.open()
    return dialog
