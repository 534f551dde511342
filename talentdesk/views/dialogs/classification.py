"""The classification check for one contract: the questionnaire, the data's signals, the risk."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...app.context import AppContext
from ...forms.ui_classification import Ui_ClassificationDialog
from ...services import classification as cls
from ...services.labels import QT_TRANSLATE_NOOP
from ..labels import RISK_LEVEL_LABELS, label

PARTY_TEXT = {"me": QT_TRANSLATE_NOOP("ClassificationDialog", "Me"),
              "talent": QT_TRANSLATE_NOOP("ClassificationDialog", "They do"),
              "shared": QT_TRANSLATE_NOOP("ClassificationDialog", "Both of us")}


def tr(text: str) -> str:
    return QCoreApplication.translate("ClassificationDialog", text)


class ClassificationDialog(QDialog):
    def __init__(self, ctx: AppContext, contract_id: int, title: str, signals: dict,
                 answers: cls.Answers | None, parent: QWidget | None = None, on_saved: Callable | None = None):
        super().__init__(parent)
        self.ctx, self.contract_id, self.signals, self.on_saved = ctx, contract_id, signals, on_saved
        self.ui = Ui_ClassificationDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Classification check — {title}").format(title=title))
        self.ui.disclaimer.setText(tr(cls.DISCLAIMER))
        for combo in (self.ui.setsHours, self.ui.setsPlace, self.ui.equipmentBy):
            for party in cls.PARTIES:
                combo.addItem(tr(PARTY_TEXT[party]), party)
            combo.currentIndexChanged.connect(self.update_result)
        for box in (self.ui.exclusive, self.ui.openEnded, self.ui.writtenContract, self.ui.coreBusiness):
            box.toggled.connect(self.update_result)
        self.set_answers(answers or cls.Answers())
        self.ui.dataSignals.setText(self._signals_text())
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.Save).setDefault(True)
        self.update_result()

    def _signals_text(self) -> str:
        s = self.signals
        weeks = cls.WINDOW_WEEKS
        lines = [self.tr("From your records:"),
                 self.tr("• %n day(s) since the start; {hours:.1f} hours a week {window}", "",
                         s.get("tenure_days") or 0).format(hours=(s.get("minutes_window") or 0) / 60 / weeks,
                                                           window=self.tr("over the last %n week(s)", "", weeks)),
                 self.tr("• equipment lent in the access register") if s.get("equipment_lent")
                 else self.tr("• no equipment in the access register"),
                 self.tr("• an agreement is among the files") if s.get("has_agreement")
                 else self.tr("• no agreement among the files")]
        return "\n".join(lines)

    def set_answers(self, answers: cls.Answers) -> None:
        for combo, value in ((self.ui.setsHours, answers.sets_hours), (self.ui.setsPlace, answers.sets_place),
                             (self.ui.equipmentBy, answers.equipment_by)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.ui.exclusive.setChecked(answers.exclusive)
        self.ui.openEnded.setChecked(answers.open_ended)
        self.ui.writtenContract.setChecked(answers.written_contract)
        self.ui.coreBusiness.setChecked(answers.core_business)

    def answers(self) -> cls.Answers:
        return cls.Answers(
            sets_hours=self.ui.setsHours.currentData(), sets_place=self.ui.setsPlace.currentData(),
            equipment_by=self.ui.equipmentBy.currentData(), exclusive=self.ui.exclusive.isChecked(),
            open_ended=self.ui.openEnded.isChecked(), written_contract=self.ui.writtenContract.isChecked(),
            core_business=self.ui.coreBusiness.isChecked())

    def update_result(self) -> None:
        result = cls.assess(cls.combine(self.answers(), self.signals))
        self.ui.level.setText(label(RISK_LEVEL_LABELS, result.level))
        if not result.codes:
            self.ui.reasons.setText(self.tr("Nothing here looks like employment."))
            return
        lines = [self.tr("Why:")] + [f"• {tr(r)}" for r in result.reasons]
        lines += ["", self.tr("What to change:")] + [f"• {tr(a)}" for a in result.advice]
        self.ui.reasons.setText("\n".join(lines))

    def save(self) -> None:
        def done(_r) -> None:
            if self.on_saved:
                self.on_saved()
            self.accept()

        self.ctx.runner.write(cls.save_answers, self.contract_id, self.answers(),
                              changes=("classification_answer",), on_done=done)


def open_classification_dialog(parent: QWidget, ctx: AppContext, contract_id: int, title: str = "",
                               on_saved: Callable | None = None) -> None:
    def load():
        return cls.data_signals(contract_id), cls.load_answers(contract_id)

    def show(result) -> None:
        signals, answers = result
        ClassificationDialog(ctx, contract_id, title, signals, answers, parent, on_saved).open()

    ctx.runner.read(load, on_done=show)
