# Generated from ui/scope_action.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QGridLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_ScopeActionDialog(object):
    def setupUi(self, ScopeActionDialog):
        if not ScopeActionDialog.objectName():
            ScopeActionDialog.setObjectName(u"ScopeActionDialog")
        ScopeActionDialog.resize(520, 460)
        self.outer = QVBoxLayout(ScopeActionDialog)
        self.outer.setObjectName(u"outer")
        self.currentLabel = QLabel(ScopeActionDialog)
        self.currentLabel.setObjectName(u"currentLabel")
        self.currentLabel.setText(u"")
        self.currentLabel.setWordWrap(True)
        self.currentLabel.setProperty(u"role", u"muted")

        self.outer.addWidget(self.currentLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.milestoneLabel = QLabel(ScopeActionDialog)
        self.milestoneLabel.setObjectName(u"milestoneLabel")

        self.grid.addWidget(self.milestoneLabel, 0, 0, 1, 1)

        self.milestoneCombo = QComboBox(ScopeActionDialog)
        self.milestoneCombo.setObjectName(u"milestoneCombo")

        self.grid.addWidget(self.milestoneCombo, 0, 1, 1, 1)

        self.endDateLabel = QLabel(ScopeActionDialog)
        self.endDateLabel.setObjectName(u"endDateLabel")

        self.grid.addWidget(self.endDateLabel, 1, 0, 1, 1)

        self.endRow = QHBoxLayout()
        self.endRow.setObjectName(u"endRow")
        self.endDateEdit = QDateEdit(ScopeActionDialog)
        self.endDateEdit.setObjectName(u"endDateEdit")
        self.endDateEdit.setCalendarPopup(True)
        self.endDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.endRow.addWidget(self.endDateEdit)

        self.endRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endRow.addItem(self.endRowSpacer)


        self.grid.addLayout(self.endRow, 1, 1, 1, 1)

        self.limitLabel = QLabel(ScopeActionDialog)
        self.limitLabel.setObjectName(u"limitLabel")

        self.grid.addWidget(self.limitLabel, 2, 0, 1, 1)

        self.limitRow = QHBoxLayout()
        self.limitRow.setObjectName(u"limitRow")
        self.limitSpin = QSpinBox(ScopeActionDialog)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(0)
        self.limitSpin.setMaximum(168)

        self.limitRow.addWidget(self.limitSpin)

        self.limitRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.limitRow.addItem(self.limitRowSpacer)


        self.grid.addLayout(self.limitRow, 2, 1, 1, 1)

        self.titleLabel = QLabel(ScopeActionDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.grid.addWidget(self.titleLabel, 3, 0, 1, 1)

        self.titleEdit = QLineEdit(ScopeActionDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.grid.addWidget(self.titleEdit, 3, 1, 1, 1)

        self.titleError = QLabel(ScopeActionDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.grid.addWidget(self.titleError, 4, 1, 1, 1)

        self.amountLabel = QLabel(ScopeActionDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.grid.addWidget(self.amountLabel, 5, 0, 1, 1)

        self.amountRow = QHBoxLayout()
        self.amountRow.setObjectName(u"amountRow")
        self.amountEdit = QLineEdit(ScopeActionDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaximumSize(QSize(160, 16777215))

        self.amountRow.addWidget(self.amountEdit)

        self.amountCurrency = QLabel(ScopeActionDialog)
        self.amountCurrency.setObjectName(u"amountCurrency")
        self.amountCurrency.setText(u"USD")

        self.amountRow.addWidget(self.amountCurrency)

        self.amountRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amountRow.addItem(self.amountRowSpacer)


        self.grid.addLayout(self.amountRow, 5, 1, 1, 1)

        self.amountError = QLabel(ScopeActionDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setText(u"")
        self.amountError.setWordWrap(True)
        self.amountError.setProperty(u"role", u"error")

        self.grid.addWidget(self.amountError, 6, 1, 1, 1)

        self.dueLabel = QLabel(ScopeActionDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.grid.addWidget(self.dueLabel, 7, 0, 1, 1)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueCheck = QCheckBox(ScopeActionDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueRow.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(ScopeActionDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dueRow.addWidget(self.dueEdit)

        self.dueRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRow.addItem(self.dueRowSpacer)


        self.grid.addLayout(self.dueRow, 7, 1, 1, 1)

        self.removeCheck = QCheckBox(ScopeActionDialog)
        self.removeCheck.setObjectName(u"removeCheck")

        self.grid.addWidget(self.removeCheck, 8, 1, 1, 1)

        self.effectiveLabel = QLabel(ScopeActionDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.grid.addWidget(self.effectiveLabel, 9, 0, 1, 1)

        self.effectiveRow = QHBoxLayout()
        self.effectiveRow.setObjectName(u"effectiveRow")
        self.effectiveEdit = QDateEdit(ScopeActionDialog)
        self.effectiveEdit.setObjectName(u"effectiveEdit")
        self.effectiveEdit.setCalendarPopup(True)
        self.effectiveEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.effectiveRow.addWidget(self.effectiveEdit)

        self.effectiveRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.effectiveRow.addItem(self.effectiveRowSpacer)


        self.grid.addLayout(self.effectiveRow, 9, 1, 1, 1)

        self.valueError = QLabel(ScopeActionDialog)
        self.valueError.setObjectName(u"valueError")
        self.valueError.setText(u"")
        self.valueError.setWordWrap(True)
        self.valueError.setProperty(u"role", u"error")

        self.grid.addWidget(self.valueError, 10, 1, 1, 1)

        self.reasonLabel = QLabel(ScopeActionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.grid.addWidget(self.reasonLabel, 11, 0, 1, 1)

        self.reasonEdit = QPlainTextEdit(ScopeActionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMinimumSize(QSize(0, 70))

        self.grid.addWidget(self.reasonEdit, 11, 1, 1, 1)

        self.reasonError = QLabel(ScopeActionDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setText(u"")
        self.reasonError.setWordWrap(True)
        self.reasonError.setProperty(u"role", u"error")

        self.grid.addWidget(self.reasonError, 12, 1, 1, 1)

        self.requesterLabel = QLabel(ScopeActionDialog)
        self.requesterLabel.setObjectName(u"requesterLabel")

        self.grid.addWidget(self.requesterLabel, 13, 0, 1, 1)

        self.requesterRow = QHBoxLayout()
        self.requesterRow.setObjectName(u"requesterRow")
        self.requesterMe = QRadioButton(ScopeActionDialog)
        self.requesterMe.setObjectName(u"requesterMe")

        self.requesterRow.addWidget(self.requesterMe)

        self.requesterTalent = QRadioButton(ScopeActionDialog)
        self.requesterTalent.setObjectName(u"requesterTalent")

        self.requesterRow.addWidget(self.requesterTalent)

        self.requesterRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requesterRow.addItem(self.requesterRowSpacer)


        self.grid.addLayout(self.requesterRow, 13, 1, 1, 1)

        self.agreedCheck = QCheckBox(ScopeActionDialog)
        self.agreedCheck.setObjectName(u"agreedCheck")

        self.grid.addWidget(self.agreedCheck, 14, 1, 1, 1)


        self.outer.addLayout(self.grid)

        self.formError = QLabel(ScopeActionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ScopeActionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.milestoneLabel.setBuddy(self.milestoneCombo)
        self.endDateLabel.setBuddy(self.endDateEdit)
        self.limitLabel.setBuddy(self.limitSpin)
        self.titleLabel.setBuddy(self.titleEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.effectiveLabel.setBuddy(self.effectiveEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScopeActionDialog)

        QMetaObject.connectSlotsByName(ScopeActionDialog)
    # setupUi

    def retranslateUi(self, ScopeActionDialog):
        ScopeActionDialog.setWindowTitle(QCoreApplication.translate("ScopeActionDialog", u"Scope change", None))
        self.milestoneLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"&Milestone", None))
#if QT_CONFIG(tooltip)
        self.milestoneCombo.setToolTip(QCoreApplication.translate("ScopeActionDialog", u"The milestone whose amount or due date changes, or that is removed", None))
#endif // QT_CONFIG(tooltip)
        self.endDateLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"New &end date", None))
        self.limitLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"New weekly &limit", None))
        self.limitSpin.setSuffix(QCoreApplication.translate("ScopeActionDialog", u" h", None))
        self.limitSpin.setSpecialValueText(QCoreApplication.translate("ScopeActionDialog", u"Unlimited", None))
        self.titleLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"Milestone &title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ScopeActionDialog", u"e.g. Extra landing page", None))
        self.amountLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"&Amount", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("ScopeActionDialog", u"0.00", None))
        self.dueLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"&Due", None))
        self.dueCheck.setText(QCoreApplication.translate("ScopeActionDialog", u"Has a due date", None))
#if QT_CONFIG(tooltip)
        self.removeCheck.setToolTip(QCoreApplication.translate("ScopeActionDialog", u"Take this milestone off the contract; its amount leaves the budget and the ledger records it", None))
#endif // QT_CONFIG(tooltip)
        self.removeCheck.setText(QCoreApplication.translate("ScopeActionDialog", u"Re&move this milestone", None))
        self.effectiveLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"&From", None))
#if QT_CONFIG(tooltip)
        self.effectiveEdit.setToolTip(QCoreApplication.translate("ScopeActionDialog", u"The day the new terms take effect: earlier weeks keep the old terms; a later day is scheduled", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"&Why", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("ScopeActionDialog", u"The reason, in a sentence: it stays in the ledger", None))
        self.requesterLabel.setText(QCoreApplication.translate("ScopeActionDialog", u"Who asked", None))
        self.requesterMe.setText(QCoreApplication.translate("ScopeActionDialog", u"&I did", None))
        self.requesterTalent.setText(QCoreApplication.translate("ScopeActionDialog", u"&They did", None))
        self.agreedCheck.setText(QCoreApplication.translate("ScopeActionDialog", u"A&greed with the talent", None))
    # retranslateUi

