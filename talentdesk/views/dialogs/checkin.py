"""The mid-contract check-in: the private review form used while a contract runs.

    open_checkin_dialog(parent, ctx, talent_id=None, contract_id=None) -> CheckinDialog
    open_checkin_dialog(parent, ctx, editing=records.private_review(review_id)) -> CheckinDialog ("Edit check-in")

Give a contract to check in on it, or a person to choose among their running contracts.
Saves with ``contracts.add_private_review(..., is_checkin=True)`` through the task runner; an edit with
``records.edit_private_review``. Nothing is rated until the user chooses: every rating starts at "Choose…".
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...app.context import AppContext
from ...app.errors import field_error_text
from ...forms.ui_checkin_dialog import Ui_CheckinDialog
from ...services import appreciation, contracts, records
from ...services.errors import ServiceError, ValidationError
from .appreciation import alive

UNSET = 0  # a star rating nobody chose yet (the spin boxes show "Choose…")
UNSET_RECOMMEND = -1

REHIRE = {
    "yes": QT_TRANSLATE_NOOP("CheckinDialog", "Yes"),
    "maybe": QT_TRANSLATE_NOOP("CheckinDialog", "Maybe"),
    "no": QT_TRANSLATE_NOOP("CheckinDialog", "No"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinDialog", text)


def unchosen(ui) -> list[str]:
    """The labels of the ratings left at "Choose…" in a review form (the check-in's or the end-contract's:
    both name their widgets <criterion>Spin, rehireCombo and recommendSpin, each with its label)."""
    missing = [getattr(ui, f"{name}Label").text() for name in contracts.REVIEW_CRITERIA
               if getattr(ui, f"{name}Spin").value() == UNSET]
    if ui.rehireCombo.currentData() is None:
        missing.append(ui.rehireLabel.text())
    if ui.recommendSpin.value() == UNSET_RECOMMEND:
        missing.append(ui.recommendLabel.text())
    return [text.replace("&", "") for text in missing]


class CheckinDialog(QDialog):
    saved = Signal(int)  # the new review's id (an edit: the edited one's)

    def __init__(self, ctx: AppContext, talent_id: int | None = None, contract_id: int | None = None,
                 parent: QWidget | None = None, editing: records.ReviewShown | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_CheckinDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.editing = editing
        self.ui.rehireCombo.addItem(tr("Choose…"), None)
        for key, label in REHIRE.items():
            self.ui.rehireCombo.addItem(tr(label), key)
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.formError.hide()
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self._save_button = self.ui.buttons.button(QDialogButtonBox.Save)
        self._save_button.setEnabled(False)
        self._contract_id = contract_id
        if editing is not None:
            self._fill(editing)
        elif contract_id is not None:
            self.ctx.runner.read(_one_contract, contract_id, on_done=alive(self, self._show_contracts))
        elif talent_id is not None:
            self.ctx.runner.read(appreciation.contract_choices, talent_id, True, on_done=alive(self, self._show_contracts))
        else:
            self._show_contracts([])

    def spins(self) -> dict:
        return {name: getattr(self.ui, f"{name}Spin") for name in contracts.REVIEW_CRITERIA}

    def _fill(self, shown: records.ReviewShown) -> None:
        """Edit mode: the check-in as recorded, on its own contract."""
        self.setWindowTitle(tr("Edit check-in: {name}").format(name=shown.talent_name))
        self._contract_id = shown.contract_id
        review, ui = shown.review, self.ui
        for name, spin in self.spins().items():
            spin.setValue(getattr(review, name))
        ui.rehireCombo.setCurrentIndex(max(0, ui.rehireCombo.findData(review.would_rehire)))
        ui.recommendSpin.setValue(review.recommend)
        ui.notesEdit.setPlainText(review.notes)
        if review.reviewed_on is not None:
            ui.dateEdit.setDate(QDate(review.reviewed_on.year, review.reviewed_on.month, review.reviewed_on.day))
        self._show_contracts([appreciation.ContractChoice(shown.contract_id, shown.contract_title, "", "")])

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
            raise ValidationError("contract", QT_TRANSLATE_NOOP("errors", "choose the contract this check-in is about."))
        missing = unchosen(self.ui)
        if missing:
            raise ValidationError("ratings", QT_TRANSLATE_NOOP("errors", "choose {names}."), names=", ".join(missing))
        values = {name: spin.value() for name, spin in self.spins().items()}
        end_reason = self.editing.review.end_reason if self.editing is not None else ""
        return contract_id, contracts.ReviewInput(
            **values, would_rehire=self.ui.rehireCombo.currentData(), recommend=self.ui.recommendSpin.value(),
            end_reason=end_reason, notes=self.ui.notesEdit.toPlainText(), is_checkin=True,
            reviewed_on=self.ui.dateEdit.date().toPython())

    def save(self) -> None:
        try:
            contract_id, data = self.collect()
        except ValidationError as exc:
            self._show_error(field_error_text(exc))
            return
        self._save_button.setEnabled(False)
        if self.editing is None:
            fn, args, action = contracts.add_private_review, (contract_id, data), None
        else:
            fn, args, action = records.edit_private_review, (self.editing.id, data), tr("Edit check-in")
        self.ctx.runner.write(fn, *args, changes=("private_review",), action=action,
                              on_done=alive(self, self._saved), on_error=alive(self, self._failed))

    def _saved(self, new_id: int | None) -> None:
        self.saved.emit(new_id if self.editing is None else self.editing.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._save_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._show_error(field_error_text(exc))
        elif isinstance(exc, ServiceError):
            self._show_error(field_error_text(exc))
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
                        contract_id: int | None = None, editing: records.ReviewShown | None = None) -> CheckinDialog:
    """Open (window-modal, not blocking) and return the dialog; ``saved`` fires after a save."""
    dialog = CheckinDialog(ctx, talent_id, contract_id, parent, editing)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.open()
    return dialog
