"""Log a raise: a new effective-dated rate for a person (from a review card, or anywhere); the same form
corrects a recorded rate row (``LogRaiseDialog.for_edit``)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from ...app.errors import error_text
from ...forms.ui_log_raise import Ui_LogRaiseDialog
from ...services.errors import ValidationError
from ...services.money import CURRENCIES
from ...services.raises import RunningContract
from ...services.records import RateShown
from ..labels import editable_amount, typed_minor


class LogRaiseDialog(QDialog):
    """Asks for the new rate; ``submit(amount_minor, currency, effective_on, note, on_error, contract_id)``
    saves it (``contract_id`` when the running contract's rate changes too, else None).

    ``submit`` is called with the values and a callback for errors, so the dialog
    stays open and shows a validation message beside the field.
    """

    def __init__(self, person: str, currency: str, submit: Callable, parent: QWidget | None = None,
                 current: str = "", contract: RunningContract | None = None, contract_rate: str = ""):
        super().__init__(parent)
        self.ui = Ui_LogRaiseDialog()
        self.ui.setupUi(self)
        self._submit = submit
        intro = self.tr("A new hourly rate for {person}; earlier contracts keep their rates.").format(person=person)
        if current:
            intro += "\n" + self.tr("Current rate: {rate}").format(rate=current)
        self.ui.intro.setText(intro)
        self.ui.currency.addItems(CURRENCIES)
        self.ui.currency.setCurrentText(currency)
        self.ui.effectiveOn.setDate(QDate.currentDate())
        self.contract = contract
        self.ui.contractCheck.setVisible(contract is not None)
        if contract is not None:
            # Asked every time: a raise of the person may or may not change the work running now.
            self.ui.contractCheck.setText(self.tr("Also change the rate of “{title}” (now {rate}) from that day")
                                          .format(title=contract.title, rate=contract_rate))
        self.ui.amountError.hide()
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    @classmethod
    def for_edit(cls, shown: RateShown, submit: Callable, parent: QWidget | None = None) -> LogRaiseDialog:
        """The form for correcting a recorded rate row, prefilled; ``submit`` as for a new one."""
        dialog = cls(shown.talent_name, shown.currency, submit, parent)
        ui = dialog.ui
        dialog.setWindowTitle(dialog.tr("Edit rate: {person}").format(person=shown.talent_name))
        ui.intro.setText(dialog.tr("Correct a rate recorded for {person}{contract}. To record a change of rate, "
                                   "log a raise instead.").format(
            person=shown.talent_name,
            contract=dialog.tr(" on “{title}”").format(title=shown.contract_title) if shown.contract_title else ""))
        ui.amountLabel.setText(dialog.tr("&Rate per hour:"))
        ui.amount.setText(editable_amount(shown.amount_minor, shown.currency))
        ui.effectiveOn.setDate(QDate(shown.effective_on.year, shown.effective_on.month, shown.effective_on.day))
        ui.note.setText(shown.note)
        return dialog

    def show_error(self, exc: BaseException) -> None:
        message = error_text(exc)
        self.ui.amountError.setText(message)
        self.ui.amountError.show()
        self.ui.amount.setFocus()

    def save(self) -> None:
        currency = self.ui.currency.currentText().strip().upper()
        try:
            amount = typed_minor(self.ui.amount.text().strip() or "x", currency, "rate")
        except ValidationError as exc:
            self.show_error(exc)
            return
        day = self.ui.effectiveOn.date().toPython()
        contract_id = self.contract.id if self.contract is not None and self.ui.contractCheck.isChecked() else None
        self._submit(amount, currency, day if isinstance(day, dt.date) else dt.date.today(),
                     self.ui.note.text(), self.show_error, contract_id)
