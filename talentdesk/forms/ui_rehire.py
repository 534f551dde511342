# Generated from ui/rehire.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_RehireDialog(object):
    def setupUi(self, RehireDialog):
        if not RehireDialog.objectName():
            RehireDialog.setObjectName(u"RehireDialog")
        RehireDialog.resize(560, 520)
        self.dialogLayout = QVBoxLayout(RehireDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(12, 12, 12, 12)
        self.intro = QLabel(RehireDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"muted")

        self.dialogLayout.addWidget(self.intro)

        self.contractForm = QFormLayout()
        self.contractForm.setObjectName(u"contractForm")
        self.contractForm.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        self.talentNameLabel = QLabel(RehireDialog)
        self.talentNameLabel.setObjectName(u"talentNameLabel")

        self.contractForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.talentNameLabel)

        self.talentName = QLabel(RehireDialog)
        self.talentName.setObjectName(u"talentName")
        self.talentName.setText(u"")
        self.talentName.setTextFormat(Qt.PlainText)

        self.contractForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.talentName)

        self.titleEditLabel = QLabel(RehireDialog)
        self.titleEditLabel.setObjectName(u"titleEditLabel")

        self.contractForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.titleEditLabel)

        self.titleBox = QVBoxLayout()
        self.titleBox.setSpacing(2)
        self.titleBox.setObjectName(u"titleBox")
        self.titleBox.setContentsMargins(0, 0, 0, 0)
        self.titleEdit = QLineEdit(RehireDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.titleBox.addWidget(self.titleEdit)

        self.titleError = QLabel(RehireDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setVisible(False)
        self.titleError.setProperty(u"role", u"error")

        self.titleBox.addWidget(self.titleError)


        self.contractForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.titleBox)

        self.kindComboLabel = QLabel(RehireDialog)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.contractForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(RehireDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.contractForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.rateEditLabel = QLabel(RehireDialog)
        self.rateEditLabel.setObjectName(u"rateEditLabel")

        self.contractForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rateEditLabel)

        self.rateBox = QVBoxLayout()
        self.rateBox.setSpacing(2)
        self.rateBox.setObjectName(u"rateBox")
        self.rateBox.setContentsMargins(0, 0, 0, 0)
        self.rateRow = QHBoxLayout()
        self.rateRow.setSpacing(6)
        self.rateRow.setObjectName(u"rateRow")
        self.rateRow.setContentsMargins(0, 0, 0, 0)
        self.rateEdit = QLineEdit(RehireDialog)
        self.rateEdit.setObjectName(u"rateEdit")

        self.rateRow.addWidget(self.rateEdit)

        self.currencyCombo = QComboBox(RehireDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.rateRow.addWidget(self.currencyCombo)


        self.rateBox.addLayout(self.rateRow)

        self.rateError = QLabel(RehireDialog)
        self.rateError.setObjectName(u"rateError")
        self.rateError.setText(u"")
        self.rateError.setWordWrap(True)
        self.rateError.setVisible(False)
        self.rateError.setProperty(u"role", u"error")

        self.rateBox.addWidget(self.rateError)

        self.currencyError = QLabel(RehireDialog)
        self.currencyError.setObjectName(u"currencyError")
        self.currencyError.setText(u"")
        self.currencyError.setWordWrap(True)
        self.currencyError.setVisible(False)
        self.currencyError.setProperty(u"role", u"error")

        self.rateBox.addWidget(self.currencyError)


        self.contractForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.rateBox)

        self.limitSpinLabel = QLabel(RehireDialog)
        self.limitSpinLabel.setObjectName(u"limitSpinLabel")

        self.contractForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.limitSpinLabel)

        self.limitBox = QVBoxLayout()
        self.limitBox.setSpacing(2)
        self.limitBox.setObjectName(u"limitBox")
        self.limitBox.setContentsMargins(0, 0, 0, 0)
        self.limitSpin = QSpinBox(RehireDialog)
        self.limitSpin.setObjectName(u"limitSpin")
        self.limitSpin.setMinimum(0)
        self.limitSpin.setMaximum(168)

        self.limitBox.addWidget(self.limitSpin)

        self.limitError = QLabel(RehireDialog)
        self.limitError.setObjectName(u"limitError")
        self.limitError.setText(u"")
        self.limitError.setWordWrap(True)
        self.limitError.setVisible(False)
        self.limitError.setProperty(u"role", u"error")

        self.limitBox.addWidget(self.limitError)


        self.contractForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.limitBox)

        self.weeklyPaymentEditLabel = QLabel(RehireDialog)
        self.weeklyPaymentEditLabel.setObjectName(u"weeklyPaymentEditLabel")

        self.contractForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.weeklyPaymentEditLabel)

        self.weeklyPaymentBox = QVBoxLayout()
        self.weeklyPaymentBox.setSpacing(2)
        self.weeklyPaymentBox.setObjectName(u"weeklyPaymentBox")
        self.weeklyPaymentBox.setContentsMargins(0, 0, 0, 0)
        self.weeklyPaymentEdit = QLineEdit(RehireDialog)
        self.weeklyPaymentEdit.setObjectName(u"weeklyPaymentEdit")

        self.weeklyPaymentBox.addWidget(self.weeklyPaymentEdit)

        self.weeklyPaymentError = QLabel(RehireDialog)
        self.weeklyPaymentError.setObjectName(u"weeklyPaymentError")
        self.weeklyPaymentError.setText(u"")
        self.weeklyPaymentError.setWordWrap(True)
        self.weeklyPaymentError.setVisible(False)
        self.weeklyPaymentError.setProperty(u"role", u"error")

        self.weeklyPaymentBox.addWidget(self.weeklyPaymentError)


        self.contractForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.weeklyPaymentBox)

        self.startDateLabel = QLabel(RehireDialog)
        self.startDateLabel.setObjectName(u"startDateLabel")

        self.contractForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.startDateLabel)

        self.startBox = QVBoxLayout()
        self.startBox.setSpacing(2)
        self.startBox.setObjectName(u"startBox")
        self.startBox.setContentsMargins(0, 0, 0, 0)
        self.startDate = QDateEdit(RehireDialog)
        self.startDate.setObjectName(u"startDate")
        self.startDate.setCalendarPopup(True)

        self.startBox.addWidget(self.startDate)

        self.startError = QLabel(RehireDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setText(u"")
        self.startError.setWordWrap(True)
        self.startError.setVisible(False)
        self.startError.setProperty(u"role", u"error")

        self.startBox.addWidget(self.startError)


        self.contractForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.startBox)

        self.platformEditLabel = QLabel(RehireDialog)
        self.platformEditLabel.setObjectName(u"platformEditLabel")

        self.contractForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.platformEditLabel)

        self.platformEdit = QLineEdit(RehireDialog)
        self.platformEdit.setObjectName(u"platformEdit")

        self.contractForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.platformEdit)

        self.scopeEditLabel = QLabel(RehireDialog)
        self.scopeEditLabel.setObjectName(u"scopeEditLabel")

        self.contractForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.scopeEditLabel)

        self.scopeBox = QVBoxLayout()
        self.scopeBox.setSpacing(2)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeBox.setContentsMargins(0, 0, 0, 0)
        self.scopeEdit = QPlainTextEdit(RehireDialog)
        self.scopeEdit.setObjectName(u"scopeEdit")

        self.scopeBox.addWidget(self.scopeEdit)

        self.scopeError = QLabel(RehireDialog)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setText(u"")
        self.scopeError.setWordWrap(True)
        self.scopeError.setVisible(False)
        self.scopeError.setProperty(u"role", u"error")

        self.scopeBox.addWidget(self.scopeError)


        self.contractForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.scopeBox)


        self.dialogLayout.addLayout(self.contractForm)

        self.formError = QLabel(RehireDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setVisible(False)
        self.formError.setProperty(u"role", u"error")

        self.dialogLayout.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(RehireDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.talentNameLabel.setBuddy(self.talentName)
        self.titleEditLabel.setBuddy(self.titleEdit)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.rateEditLabel.setBuddy(self.rateEdit)
        self.limitSpinLabel.setBuddy(self.limitSpin)
        self.weeklyPaymentEditLabel.setBuddy(self.weeklyPaymentEdit)
        self.startDateLabel.setBuddy(self.startDate)
        self.platformEditLabel.setBuddy(self.platformEdit)
        self.scopeEditLabel.setBuddy(self.scopeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(RehireDialog)

        QMetaObject.connectSlotsByName(RehireDialog)
    # setupUi

    def retranslateUi(self, RehireDialog):
        RehireDialog.setWindowTitle(QCoreApplication.translate("RehireDialog", u"Rehire", None))
        self.intro.setText(QCoreApplication.translate("RehireDialog", u"A draft contract, prefilled from the last one. Check the terms before you offer it.", None))
        self.talentNameLabel.setText(QCoreApplication.translate("RehireDialog", u"Wit&h:", None))
        self.titleEditLabel.setText(QCoreApplication.translate("RehireDialog", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("RehireDialog", u"What the work is", None))
        self.kindComboLabel.setText(QCoreApplication.translate("RehireDialog", u"&Kind:", None))
        self.rateEditLabel.setText(QCoreApplication.translate("RehireDialog", u"&Rate:", None))
        self.rateEdit.setPlaceholderText(QCoreApplication.translate("RehireDialog", u"Per hour; the whole price for fixed-price", None))
        self.limitSpinLabel.setText(QCoreApplication.translate("RehireDialog", u"&Weekly limit:", None))
        self.limitSpin.setSpecialValueText(QCoreApplication.translate("RehireDialog", u"no limit", None))
        self.limitSpin.setSuffix(QCoreApplication.translate("RehireDialog", u" h", None))
#if QT_CONFIG(tooltip)
        self.limitSpin.setToolTip(QCoreApplication.translate("RehireDialog", u"Hours per week they may bill; over-limit hours are paid as a bonus", None))
#endif // QT_CONFIG(tooltip)
        self.weeklyPaymentEditLabel.setText(QCoreApplication.translate("RehireDialog", u"Weekly &payment:", None))
        self.weeklyPaymentEdit.setPlaceholderText(QCoreApplication.translate("RehireDialog", u"For a retainer", None))
        self.startDateLabel.setText(QCoreApplication.translate("RehireDialog", u"&Starts:", None))
        self.platformEditLabel.setText(QCoreApplication.translate("RehireDialog", u"Plat&form:", None))
        self.platformEdit.setPlaceholderText(QCoreApplication.translate("RehireDialog", u"Upwork, direct\u2026", None))
        self.scopeEditLabel.setText(QCoreApplication.translate("RehireDialog", u"Sc&ope of work:", None))
        self.scopeEdit.setPlaceholderText(QCoreApplication.translate("RehireDialog", u"What is agreed", None))
    # retranslateUi

