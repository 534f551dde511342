"""The mid-contract check-in: the private review form used while a contract runs.

    open_checkin_dialog(parent, ctx, talent_id=None, contract_id=None) -> CheckinDialog

Give a contract to check in on it, or a person to choose among their running contracts.
Saves with ``contracts.add_private_review(..., is_checkin=True)`` through the task runner.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...app.context import AppContext
from ...forms.ui_checkin_dialog import Ui_CheckinDialog
from ...services import appreciation, contracts
from ...services.errors import ServiceError, ValidationError
from .appreciation import alive

REHIRE = {
    "yes": QT_TRANSLATE_NOOP("CheckinDialog", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("CheckinDialog", "Maybe"),
    "no": QT_TRANSLATE_NOOP("CheckinDialog", "No"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinDialog", text)


class CheckinDialog(QDialog):
    saved = Signal(int)  # the new review's id

    def __init__(self, ctx: AppContext, talent_id: int | None = None, contract_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CheckinDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        for key, label in REHIRE.items():
            self.ui.rehireCombo.addItem(tr(label), key)
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.formError.hide()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._save_button = self.ui.buttons.button(QDialogButtonBox.Save)
        self._save_button.setEnabled(False)
        self._contract_id = contract_id
        if contract_id is not None:
            self.ctx.runner.read(_one_contract, contract_id, on_done=alive(self, self._show_contracts))
        elif talent_id is not None:
            self.ctx.runner.read(appreciation.contract_choices, talent_id, True, on_done=alive(self, self._show_contracts))
        else:
            self._show_contracts([])

    def spins(self) -> dict:
        return {name: getattr(self.ui, f"{name}Spin") for name in contracts.REVIEW_CRITERIA}

    def _show_contracts(self, choices: list[appreciation.ContractChoice]) -> None:
        combo = self.ui.contractCombo
        combo.clear()
        for choice in choices:
            combo.addItem(choice.title, choice.id)
        if self._contract_id is not None:
            combo.setEnabled(False)
        if not choices:
            self._show_error(tr("There is no running contract to check in on. A check-in is for work in "
                                "progress; after the end, use the end-of-contract review."))
            return
        self._save_button.setEnabled(True)
        self.ui.skillsSpin.setFocus()

    def collect(self) -> tuple[int, contracts.ReviewInput]:
        contract_id = self.ui.contractCombo.currentData()
        if contract_id is None:
            raise ValidationError("contract", tr("choose the contract this check-in is about."))
        values = {name: spin.value() for name, spin in self.spins().items()}
        return contract_id, contracts.ReviewInput(
            **values, would_rehire=self.ui.rehireCombo.currentData(), recommend=self.ui.recommendSpin.value(),
            notes=self.ui.notesEdit.toPlainText(), is_checkin=True, reviewed_on=self.ui.dateEdit.date().toPython())

    def save(self) -> None:
        try:
            contract_id, data = self.collect()
        except ValidationError as exc:
            self._show_error(f"{exc.field}: {exc.message}")
            return
        self._save_button.setEnabled(False)
        self.ctx.runner.write(contracts.add_private_review, contract_id, data, changes=("private_review",),
                              on_done=alive(self, self._saved), on_error=alive(self, self._failed))

    def _saved(self, new_id: int) -> None:
        self.saved.emit(new_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error(f"{exc.field}: {exc.message}")
        elif isinstance(exc, ServiceError):
            self._show_error(str(exc))
        else:
            from ...app.errors import show_error

            show_error(self, exc)

    def _show_error(self, text: str) -> None:
        self.ui.formError.setText(text[:1].upper() + text[1:])
        self.ui.formError.setVisible(bool(text))


def _one_contract(contract_id: int) -> list[appreciation.ContractChoice]:
    c = contracts.get(contract_id)
    return [appreciation.ContractChoice(c.id, c.title, c.status, c.currency)]


def open_checkin_dialog(parent: QWidget | None, ctx: AppContext, talent_id: int | None = None,
                        contract_id: int | None = None) -> CheckinDialog:
    """Open (window-modal, not blocking) and return the dialog; ``saved`` fires after a save."""
    dialog = CheckinDialog(ctx, talent_id, contract_id, parent)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.open()
    return dialog
