"""Say thanks: praise, a testimonial, a referral or a thank-you bonus, with the specific thing praised.

    open_appreciation_dialog(parent, ctx, talent_id=None, contract_id=None, kind="praise") -> AppreciationDialog
    AppreciationDialog(ctx, editing=records.appreciation(id))  # "Edit appreciation", prefilled

The timeline, the bench and the workroom call it; it saves through the task runner and the
change bus tells every view (``appreciation`` and, for a bonus, ``payment``).
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget
from shiboken6 import isValid

from ...app.context import AppContext
from ...app.errors import error_text, field_error_text
from ...forms.ui_appreciation_dialog import Ui_AppreciationDialog
from ...services import appreciation, records, timeline
from ...services.errors import ServiceError, ValidationError
from ..labels import editable_amount, typed_minor

KIND_LABELS = {
    "praise": QT_TRANSLATE_NOOP("AppreciationDialog", "Praise sent"),
    "testimonial_asked": QT_TRANSLATE_NOOP("AppreciationDialog", "Testimonial asked for"),
    "testimonial_received": QT_TRANSLATE_NOOP("AppreciationDialog", "Testimonial received"),
    "referral": QT_TRANSLATE_NOOP("AppreciationDialog", "Referral made"),
    "thanks_bonus": QT_TRANSLATE_NOOP("AppreciationDialog", "Thank-you bonus"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("AppreciationDialog", text)


def alive(widget: QWidget, fn):
    """A task-runner callback that is dropped when the widget was closed (and deleted) meanwhile."""
    return lambda result: fn(result) if isValid(widget) else None


class AppreciationDialog(QDialog):
    saved = Signal(int)  # the new appreciation's id (an edit: the edited one's)

    def __init__(self, ctx: AppContext, talent_id: int | None = None, contract_id: int | None = None,
                 kind: str = "praise", parent: QWidget | None = None,
                 editing: records.AppreciationShown | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AppreciationDialog()
        self.ui.setupUi(self)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.editing = editing
        if editing is not None:
            talent_id, contract_id, kind = editing.data.talent_id, editing.data.contract_id, editing.data.kind
        self._talent_id = talent_id
        self._wanted_contract = contract_id
        self._contracts: list[appreciation.ContractChoice] = []
        self._people: list[timeline.Person] = []
        for key, label in KIND_LABELS.items():
            self.ui.kindCombo.addItem(tr(label), key)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.dateEdit.setMaximumDate(QDate.currentDate().addDays(1))
        self.ui.whatError.hide()
        self.ui.formError.hide()
        self.ui.buttons.button(QDialogButtonBox.Save).setText(tr("&Save"))
        self.ui.buttons.accepted.connect(self.save)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.contractCombo.currentIndexChanged.connect(self._contract_changed)
        self.ui.whatEdit.textChanged.connect(lambda: self._show_error(None))
        self._kind_changed()
        if talent_id is None:
            self.ui.personCombo.lineEdit().setPlaceholderText(tr("Type a name…"))
            self.ctx.runner.read(timeline.all_people, on_done=alive(self, self._show_people))
        else:
            self.ui.personCombo.setEnabled(False)
            self.ctx.runner.read(timeline.people, [talent_id], on_done=alive(self, self._show_people))
            self._load_contracts(talent_id)
        if editing is not None:
            self._fill(editing)
        self.ui.whatEdit.setFocus()

    def _fill(self, shown: records.AppreciationShown) -> None:
        """Edit mode: what was recorded. A thank-you bonus is a payment: only its words change here."""
        ui, data = self.ui, shown.data
        self.setWindowTitle(tr("Edit appreciation: {name}").format(name=shown.talent_name))
        ui.whatEdit.setPlainText(data.what)
        if data.given_on is not None:
            ui.dateEdit.setDate(QDate(data.given_on.year, data.given_on.month, data.given_on.day))
        if data.amount_minor is not None:
            ui.amountEdit.setText(editable_amount(data.amount_minor, data.currency))
        if shown.is_bonus:
            why = tr("A thank-you bonus is a payment: correct its amount or day on the contract's Payments tab.")
            for widget in (ui.kindCombo, ui.dateEdit, ui.contractCombo, ui.amountEdit):
                widget.setEnabled(False)
                widget.setToolTip(why)
        else:  # a bonus is paid through Pay bonus or Say thanks, never by turning praise into one
            ui.kindCombo.removeItem(ui.kindCombo.findData("thanks_bonus"))

    # -- loading ---------------------------------------------------------------
    def _show_people(self, people: list[timeline.Person]) -> None:
        self._people = people
        combo = self.ui.personCombo
        combo.blockSignals(True)
        combo.clear()
        for person in people:
            combo.addItem(person.name, person.id)
        combo.blockSignals(False)
        if self._talent_id is not None:
            combo.setCurrentIndex(max(0, combo.findData(self._talent_id)))
            if self.editing is None:
                self.setWindowTitle(tr("Say thanks to {name}").format(name=combo.currentText()))
        else:
            combo.setCurrentIndex(-1)
            completer = QCompleter(combo.model(), combo)
            completer.setFilterMode(Qt.MatchContains)
            completer.setCaseSensitivity(Qt.CaseInsensitive)
            combo.setCompleter(completer)
            combo.currentIndexChanged.connect(self._person_changed)

    def _person_changed(self, index: int) -> None:
        talent_id = self.ui.personCombo.itemData(index) if index >= 0 else None
        if talent_id is not None:
            self._load_contracts(talent_id)

    def _load_contracts(self, talent_id: int) -> None:
        self.ctx.runner.read(appreciation.contract_choices, talent_id, on_done=alive(self, self._show_contracts))

    def _show_contracts(self, choices: list[appreciation.ContractChoice]) -> None:
        self._contracts = choices
        combo = self.ui.contractCombo
        combo.clear()
        combo.addItem(tr("(not about one contract)"), None)
        for choice in choices:
            combo.addItem(choice.title, choice.id)
        wanted = combo.findData(self._wanted_contract) if self._wanted_contract is not None else -1
        if wanted < 0 and self.editing is None and choices and choices[0].status in ("active", "paused"):
            wanted = 1
        combo.setCurrentIndex(max(0, wanted))

    def _kind_changed(self) -> None:
        bonus = self.ui.kindCombo.currentData() == "thanks_bonus"
        self.ui.amountLabel.setVisible(bonus)
        self.ui.amountEdit.setVisible(bonus)
        self.ui.currencyLabel.setVisible(bonus)

    def _contract_changed(self) -> None:
        contract_id = self.ui.contractCombo.currentData()
        currency = next((c.currency for c in self._contracts if c.id == contract_id), "")
        self.ui.currencyLabel.setText(currency)

    # -- saving ----------------------------------------------------------------
    def person_id(self) -> int | None:
        if self._talent_id is not None:
            return self._talent_id
        combo = self.ui.personCombo
        index = combo.findText(combo.currentText().strip(), Qt.MatchFixedString)
        return combo.itemData(index) if index >= 0 else None

    def collect(self) -> appreciation.AppreciationInput:
        talent_id = self.person_id()
        if talent_id is None:
            raise ValidationError("person", QT_TRANSLATE_NOOP("errors", "choose who you are thanking."))
        what = appreciation.check_specific(self.ui.whatEdit.toPlainText())  # pure text rule: answer at once
        kind = self.ui.kindCombo.currentData()
        currency = self.ui.currencyLabel.text() or "USD"
        amount = None
        if kind == "thanks_bonus" and self.ui.amountEdit.text().strip():
            amount = typed_minor(self.ui.amountEdit.text(), currency, "bonus amount")
        return appreciation.AppreciationInput(
            talent_id=talent_id, kind=kind, what=what,
            given_on=self.ui.dateEdit.date().toPython(), contract_id=self.ui.contractCombo.currentData(),
            amount_minor=amount, currency=currency)

    def save(self) -> None:
        try:
            data = self.collect()
        except ValidationError as exc:
            self._show_error(exc)
            return
        self.ui.buttons.setEnabled(False)
        if self.editing is None:
            fn, args, action = appreciation.add_appreciation, (data,), None
        else:
            fn, args, action = records.edit_appreciation, (self.editing.id, data), tr("Edit appreciation")
        self.ctx.runner.write(fn, *args, changes=("appreciation", "payment", "scope_change"), action=action,
                              on_done=alive(self, self._saved), on_error=alive(self, self._failed))

    def _saved(self, new_id: int | None) -> None:
        self.saved.emit(new_id if self.editing is None else self.editing.id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        if isinstance(exc, ServiceError):
            self._show_error(exc)
        else:
            from ...app.errors import show_error

            show_error(self, exc)

    def _show_error(self, exc: ServiceError | None) -> None:
        """A message beside the field it is about (the text box), or under the form."""
        self.ui.whatError.hide()
        self.ui.formError.hide()
        if exc is None:
            return
        if isinstance(exc, ValidationError) and exc.field == "what you appreciated":
            self.ui.whatError.setText(error_text(exc))
            self.ui.whatError.show()
            self.ui.whatEdit.setFocus()
            return
        text = field_error_text(exc)
        self.ui.formError.setText(text[:1].upper() + text[1:])
        self.ui.formError.show()


def open_appreciation_dialog(parent: QWidget | None, ctx: AppContext, talent_id: int | None = None,
                             contract_id: int | None = None, kind: str = "praise") -> AppreciationDialog:
    """Open (window-modal, not blocking) and return the dialog; ``saved`` fires after a save."""
    dialog = AppreciationDialog(ctx, talent_id, contract_id, kind, parent)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.open()
    return dialog
