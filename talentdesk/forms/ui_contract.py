# Generated from ui/contract.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
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
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_ContractDialog(object):
    def setupUi(self, ContractDialog):
        if not ContractDialog.objectName():
            ContractDialog.setObjectName(u"ContractDialog")
        ContractDialog.resize(620, 640)
        self.outer = QVBoxLayout(ContractDialog)
        self.outer.setObjectName(u"outer")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.talentLabel = QLabel(ContractDialog)
        self.talentLabel.setObjectName(u"talentLabel")

        self.grid.addWidget(self.talentLabel, 0, 0, 1, 1)

        self.talentCombo = QComboBox(ContractDialog)
        self.talentCombo.setObjectName(u"talentCombo")
        self.talentCombo.setEditable(True)
        self.talentCombo.setInsertPolicy(QComboBox.NoInsert)

        self.grid.addWidget(self.talentCombo, 0, 1, 1, 1)

        self.talentError = QLabel(ContractDialog)
        self.talentError.setObjectName(u"talentError")
        self.talentError.setText(u"")
        self.talentError.setWordWrap(True)
        self.talentError.setProperty(u"role", u"error")

        self.grid.addWidget(self.talentError, 1, 1, 1, 1)

        self.titleLabel = QLabel(ContractDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.grid.addWidget(self.titleLabel, 2, 0, 1, 1)

        self.titleEdit = QLineEdit(ContractDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.grid.addWidget(self.titleEdit, 2, 1, 1, 1)

        self.titleError = QLabel(ContractDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.grid.addWidget(self.titleError, 3, 1, 1, 1)

        self.kindLabel = QLabel(ContractDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 4, 0, 1, 1)

        self.kindCombo = QComboBox(ContractDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.grid.addWidget(self.kindCombo, 4, 1, 1, 1)

        self.rateLabel = QLabel(ContractDialog)
        self.rateLabel.setObjectName(u"rateLabel")

        self.grid.addWidget(self.rateLabel, 5, 0, 1, 1)

        self.rateRow = QHBoxLayout()
        self.rateRow.setSpacing(6)
        self.rateRow.setObjectName(u"rateRow")
        self.rateEdit = QLineEdit(ContractDialog)
        self.rateEdit.setObjectName(u"rateEdit")
        self.rateEdit.setMaximumSize(QSize(160, 16777215))

        self.rateRow.addWidget(self.rateEdit)

        self.currencyCombo = QComboBox(ContractDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.rateRow.addWidget(self.currencyCombo)

        self.rateRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rateRow.addItem(self.rateRowSpacer)


        self.grid.addLayout(self.rateRow, 5, 1, 1, 1)

        self.rateError = QLabel(ContractDialog)
        self.rateError.setObjectName(u"rateError")
        self.rateError.setText(u"")
        self.rateError.setWordWrap(True)
        self.rateError.setProperty(u"role", u"error")

        self.grid.addWidget(self.rateError, 6, 1, 1, 1)

        self.weeklyLimitLabel = QLabel(ContractDialog)
        self.weeklyLimitLabel.setObjectName(u"weeklyLimitLabel")

        self.grid.addWidget(self.weeklyLimitLabel, 7, 0, 1, 1)

        self.limitRow = QHBoxLayout()
        self.limitRow.setSpacing(6)
        self.limitRow.setObjectName(u"limitRow")
        self.weeklyLimitSpin = QSpinBox(ContractDialog)
        self.weeklyLimitSpin.setObjectName(u"weeklyLimitSpin")
        self.weeklyLimitSpin.setMaximum(168)

        self.limitRow.addWidget(self.weeklyLimitSpin)

        self.limitRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.limitRow.addItem(self.limitRowSpacer)


        self.grid.addLayout(self.limitRow, 7, 1, 1, 1)

        self.weeklyLimitError = QLabel(ContractDialog)
        self.weeklyLimitError.setObjectName(u"weeklyLimitError")
        self.weeklyLimitError.setText(u"")
        self.weeklyLimitError.setWordWrap(True)
        self.weeklyLimitError.setProperty(u"role", u"error")

        self.grid.addWidget(self.weeklyLimitError, 8, 1, 1, 1)

        self.weeklyPaymentLabel = QLabel(ContractDialog)
        self.weeklyPaymentLabel.setObjectName(u"weeklyPaymentLabel")

        self.grid.addWidget(self.weeklyPaymentLabel, 9, 0, 1, 1)

        self.paymentRow = QHBoxLayout()
        self.paymentRow.setSpacing(6)
        self.paymentRow.setObjectName(u"paymentRow")
        self.weeklyPaymentEdit = QLineEdit(ContractDialog)
        self.weeklyPaymentEdit.setObjectName(u"weeklyPaymentEdit")
        self.weeklyPaymentEdit.setMaximumSize(QSize(160, 16777215))

        self.paymentRow.addWidget(self.weeklyPaymentEdit)

        self.paymentRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paymentRow.addItem(self.paymentRowSpacer)


        self.grid.addLayout(self.paymentRow, 9, 1, 1, 1)

        self.weeklyPaymentError = QLabel(ContractDialog)
        self.weeklyPaymentError.setObjectName(u"weeklyPaymentError")
        self.weeklyPaymentError.setText(u"")
        self.weeklyPaymentError.setWordWrap(True)
        self.weeklyPaymentError.setProperty(u"role", u"error")

        self.grid.addWidget(self.weeklyPaymentError, 10, 1, 1, 1)

        self.budgetLabel = QLabel(ContractDialog)
        self.budgetLabel.setObjectName(u"budgetLabel")

        self.grid.addWidget(self.budgetLabel, 11, 0, 1, 1)

        self.budgetRow = QHBoxLayout()
        self.budgetRow.setSpacing(6)
        self.budgetRow.setObjectName(u"budgetRow")
        self.budgetEdit = QLineEdit(ContractDialog)
        self.budgetEdit.setObjectName(u"budgetEdit")
        self.budgetEdit.setMaximumSize(QSize(160, 16777215))

        self.budgetRow.addWidget(self.budgetEdit)

        self.budgetRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.budgetRow.addItem(self.budgetRowSpacer)


        self.grid.addLayout(self.budgetRow, 11, 1, 1, 1)

        self.budgetError = QLabel(ContractDialog)
        self.budgetError.setObjectName(u"budgetError")
        self.budgetError.setText(u"")
        self.budgetError.setWordWrap(True)
        self.budgetError.setProperty(u"role", u"error")

        self.grid.addWidget(self.budgetError, 12, 1, 1, 1)

        self.datesLabel = QLabel(ContractDialog)
        self.datesLabel.setObjectName(u"datesLabel")

        self.grid.addWidget(self.datesLabel, 13, 0, 1, 1)

        self.datesRow = QHBoxLayout()
        self.datesRow.setSpacing(6)
        self.datesRow.setObjectName(u"datesRow")
        self.startCheck = QCheckBox(ContractDialog)
        self.startCheck.setObjectName(u"startCheck")

        self.datesRow.addWidget(self.startCheck)

        self.startDate = QDateEdit(ContractDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)
        self.startDate.setDisplayFormat(u"yyyy-MM-dd")

        self.datesRow.addWidget(self.startDate)

        self.endCheck = QCheckBox(ContractDialog)
        self.endCheck.setObjectName(u"endCheck")

        self.datesRow.addWidget(self.endCheck)

        self.endDate = QDateEdit(ContractDialog)
        self.endDate.setObjectName(u"endDate")
        self.endDate.setCalendarPopup(True)
        self.endDate.setDisplayFormat(u"yyyy-MM-dd")

        self.datesRow.addWidget(self.endDate)

        self.datesRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.datesRow.addItem(self.datesRowSpacer)


        self.grid.addLayout(self.datesRow, 13, 1, 1, 1)

        self.datesError = QLabel(ContractDialog)
        self.datesError.setObjectName(u"datesError")
        self.datesError.setText(u"")
        self.datesError.setWordWrap(True)
        self.datesError.setProperty(u"role", u"error")

        self.grid.addWidget(self.datesError, 14, 1, 1, 1)

        self.scopeLabel = QLabel(ContractDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.grid.addWidget(self.scopeLabel, 15, 0, 1, 1)

        self.scopeEdit = QPlainTextEdit(ContractDialog)
        self.scopeEdit.setObjectName(u"scopeEdit")
        self.scopeEdit.setTabChangesFocus(True)

        self.grid.addWidget(self.scopeEdit, 15, 1, 1, 1)

        self.scopeError = QLabel(ContractDialog)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setText(u"")
        self.scopeError.setWordWrap(True)
        self.scopeError.setProperty(u"role", u"error")

        self.grid.addWidget(self.scopeError, 16, 1, 1, 1)

        self.testProjectCheck = QCheckBox(ContractDialog)
        self.testProjectCheck.setObjectName(u"testProjectCheck")

        self.grid.addWidget(self.testProjectCheck, 17, 1, 1, 1)

        self.platformLabel = QLabel(ContractDialog)
        self.platformLabel.setObjectName(u"platformLabel")

        self.grid.addWidget(self.platformLabel, 18, 0, 1, 1)

        self.platformRow = QHBoxLayout()
        self.platformRow.setSpacing(6)
        self.platformRow.setObjectName(u"platformRow")
        self.platformEdit = QLineEdit(ContractDialog)
        self.platformEdit.setObjectName(u"platformEdit")

        self.platformRow.addWidget(self.platformEdit)

        self.externalIdEdit = QLineEdit(ContractDialog)
        self.externalIdEdit.setObjectName(u"externalIdEdit")

        self.platformRow.addWidget(self.externalIdEdit)


        self.grid.addLayout(self.platformRow, 18, 1, 1, 1)

        self.externalError = QLabel(ContractDialog)
        self.externalError.setObjectName(u"externalError")
        self.externalError.setText(u"")
        self.externalError.setWordWrap(True)
        self.externalError.setProperty(u"role", u"error")

        self.grid.addWidget(self.externalError, 19, 1, 1, 1)

        self.statusLabel = QLabel(ContractDialog)
        self.statusLabel.setObjectName(u"statusLabel")

        self.grid.addWidget(self.statusLabel, 20, 0, 1, 1)

        self.statusRow = QHBoxLayout()
        self.statusRow.setSpacing(6)
        self.statusRow.setObjectName(u"statusRow")
        self.statusCombo = QComboBox(ContractDialog)
        self.statusCombo.setObjectName(u"statusCombo")

        self.statusRow.addWidget(self.statusCombo)

        self.statusRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.statusRow.addItem(self.statusRowSpacer)


        self.grid.addLayout(self.statusRow, 20, 1, 1, 1)

        self.renewsLabel = QLabel(ContractDialog)
        self.renewsLabel.setObjectName(u"renewsLabel")
        self.renewsLabel.setWordWrap(True)
        self.renewsLabel.setProperty(u"role", u"muted")

        self.grid.addWidget(self.renewsLabel, 21, 1, 1, 1)


        self.outer.addLayout(self.grid)

        self.formError = QLabel(ContractDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(ContractDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.talentLabel.setBuddy(self.talentCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.rateLabel.setBuddy(self.rateEdit)
        self.weeklyLimitLabel.setBuddy(self.weeklyLimitSpin)
        self.weeklyPaymentLabel.setBuddy(self.weeklyPaymentEdit)
        self.budgetLabel.setBuddy(self.budgetEdit)
        self.scopeLabel.setBuddy(self.scopeEdit)
        self.platformLabel.setBuddy(self.platformEdit)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.talentCombo, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.rateEdit)
        QWidget.setTabOrder(self.rateEdit, self.currencyCombo)
        QWidget.setTabOrder(self.currencyCombo, self.weeklyLimitSpin)
        QWidget.setTabOrder(self.weeklyLimitSpin, self.weeklyPaymentEdit)
        QWidget.setTabOrder(self.weeklyPaymentEdit, self.budgetEdit)
        QWidget.setTabOrder(self.budgetEdit, self.startCheck)
        QWidget.setTabOrder(self.startCheck, self.startDate)
        QWidget.setTabOrder(self.startDate, self.endCheck)
        QWidget.setTabOrder(self.endCheck, self.endDate)
        QWidget.setTabOrder(self.endDate, self.scopeEdit)
        QWidget.setTabOrder(self.scopeEdit, self.testProjectCheck)
        QWidget.setTabOrder(self.testProjectCheck, self.platformEdit)
        QWidget.setTabOrder(self.platformEdit, self.externalIdEdit)
        QWidget.setTabOrder(self.externalIdEdit, self.statusCombo)

        self.retranslateUi(ContractDialog)

        QMetaObject.connectSlotsByName(ContractDialog)
    # setupUi

    def retranslateUi(self, ContractDialog):
        ContractDialog.setWindowTitle(QCoreApplication.translate("ContractDialog", u"New contract", None))
        self.talentLabel.setText(QCoreApplication.translate("ContractDialog", u"&With", None))
#if QT_CONFIG(tooltip)
        self.talentCombo.setToolTip(QCoreApplication.translate("ContractDialog", u"The person this contract is with (type to search)", None))
#endif // QT_CONFIG(tooltip)
        self.titleLabel.setText(QCoreApplication.translate("ContractDialog", u"&Title", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"e.g. Mobile app redesign", None))
        self.kindLabel.setText(QCoreApplication.translate("ContractDialog", u"&Kind", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("ContractDialog", u"Hourly: paid per hour worked. Fixed price: one price for the whole job. Retainer: a weekly payment for standing availability.", None))
#endif // QT_CONFIG(tooltip)
        self.rateLabel.setText(QCoreApplication.translate("ContractDialog", u"&Rate", None))
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"0.00", None))
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("ContractDialog", u"ISO 4217 currency code", None))
#endif // QT_CONFIG(tooltip)
        self.weeklyLimitLabel.setText(QCoreApplication.translate("ContractDialog", u"Weekly &limit", None))
        self.weeklyLimitSpin.setSpecialValueText(QCoreApplication.translate("ContractDialog", u"Unlimited", None))
        self.weeklyLimitSpin.setSuffix(QCoreApplication.translate("ContractDialog", u" h", None))
#if QT_CONFIG(tooltip)
        self.weeklyLimitSpin.setToolTip(QCoreApplication.translate("ContractDialog", u"The most hours a week they may bill; 0 means unlimited", None))
#endif // QT_CONFIG(tooltip)
        self.weeklyPaymentLabel.setText(QCoreApplication.translate("ContractDialog", u"Weekly &payment", None))
        self.weeklyPaymentEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"for a retainer", None))
        self.budgetLabel.setText(QCoreApplication.translate("ContractDialog", u"Original &budget", None))
        self.budgetEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"optional", None))
#if QT_CONFIG(tooltip)
        self.budgetEdit.setToolTip(QCoreApplication.translate("ContractDialog", u"What you expect the whole contract to cost; the workroom shows how far it runs over. Left empty: the fixed price, or the weekly terms until the end date.", None))
#endif // QT_CONFIG(tooltip)
        self.datesLabel.setText(QCoreApplication.translate("ContractDialog", u"Dates", None))
        self.startCheck.setText(QCoreApplication.translate("ContractDialog", u"&Starts", None))
#if QT_CONFIG(accessibility)
        self.startDate.setAccessibleName(QCoreApplication.translate("ContractDialog", u"Start date", None))
#endif // QT_CONFIG(accessibility)
        self.endCheck.setText(QCoreApplication.translate("ContractDialog", u"&Ends", None))
#if QT_CONFIG(accessibility)
        self.endDate.setAccessibleName(QCoreApplication.translate("ContractDialog", u"End date", None))
#endif // QT_CONFIG(accessibility)
        self.scopeLabel.setText(QCoreApplication.translate("ContractDialog", u"&Scope of work", None))
        self.scopeEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"What is to be done, what is delivered, what is out of scope", None))
        self.testProjectCheck.setText(QCoreApplication.translate("ContractDialog", u"Test &project (a small paid trial before hiring for real)", None))
        self.platformLabel.setText(QCoreApplication.translate("ContractDialog", u"P&latform", None))
        self.platformEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"e.g. Upwork, direct", None))
#if QT_CONFIG(accessibility)
        self.externalIdEdit.setAccessibleName(QCoreApplication.translate("ContractDialog", u"Contract id on the platform", None))
#endif // QT_CONFIG(accessibility)
        self.externalIdEdit.setPlaceholderText(QCoreApplication.translate("ContractDialog", u"contract id on the platform", None))
        self.statusLabel.setText(QCoreApplication.translate("ContractDialog", u"Save &as", None))
    # retranslateUi

