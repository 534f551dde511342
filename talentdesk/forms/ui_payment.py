# Generated from ui/payment.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_PaymentDialog(object):
    def setupUi(self, PaymentDialog):
        if not PaymentDialog.objectName():
            PaymentDialog.setObjectName(u"PaymentDialog")
        PaymentDialog.resize(460, 320)
        self.outer = QVBoxLayout(PaymentDialog)
        self.outer.setObjectName(u"outer")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.kindLabel = QLabel(PaymentDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindCombo = QComboBox(PaymentDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindRow.addWidget(self.kindCombo)

        self.kindRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindRowSpacer)


        self.grid.addLayout(self.kindRow, 0, 1, 1, 1)

        self.amountLabel = QLabel(PaymentDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.grid.addWidget(self.amountLabel, 1, 0, 1, 1)

        self.amountRow = QHBoxLayout()
        self.amountRow.setObjectName(u"amountRow")
        self.amountEdit = QLineEdit(PaymentDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaximumSize(QSize(160, 16777215))

        self.amountRow.addWidget(self.amountEdit)

        self.currencyCombo = QComboBox(PaymentDialog)
        self.currencyCombo.setObjectName(u"currencyCombo")
        self.currencyCombo.setEditable(True)

        self.amountRow.addWidget(self.currencyCombo)

        self.amountRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amountRow.addItem(self.amountRowSpacer)


        self.grid.addLayout(self.amountRow, 1, 1, 1, 1)

        self.amountError = QLabel(PaymentDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setText(u"")
        self.amountError.setWordWrap(True)
        self.amountError.setProperty(u"role", u"error")

        self.grid.addWidget(self.amountError, 2, 1, 1, 1)

        self.paidLabel = QLabel(PaymentDialog)
        self.paidLabel.setObjectName(u"paidLabel")

        self.grid.addWidget(self.paidLabel, 3, 0, 1, 1)

        self.paidRow = QHBoxLayout()
        self.paidRow.setObjectName(u"paidRow")
        self.paidEdit = QDateEdit(PaymentDialog)
        self.paidEdit.setObjectName(u"paidEdit")
        self.paidEdit.setCalendarPopup(True)
        self.paidEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.paidRow.addWidget(self.paidEdit)

        self.paidRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paidRow.addItem(self.paidRowSpacer)


        self.grid.addLayout(self.paidRow, 3, 1, 1, 1)

        self.paidError = QLabel(PaymentDialog)
        self.paidError.setObjectName(u"paidError")
        self.paidError.setText(u"")
        self.paidError.setWordWrap(True)
        self.paidError.setProperty(u"role", u"error")

        self.grid.addWidget(self.paidError, 4, 1, 1, 1)

        self.descriptionLabel = QLabel(PaymentDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.grid.addWidget(self.descriptionLabel, 5, 0, 1, 1)

        self.descriptionEdit = QLineEdit(PaymentDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.grid.addWidget(self.descriptionEdit, 5, 1, 1, 1)

        self.contractAmountLabel = QLabel(PaymentDialog)
        self.contractAmountLabel.setObjectName(u"contractAmountLabel")

        self.grid.addWidget(self.contractAmountLabel, 6, 0, 1, 1)

        self.contractAmountRow = QHBoxLayout()
        self.contractAmountRow.setObjectName(u"contractAmountRow")
        self.contractAmountEdit = QLineEdit(PaymentDialog)
        self.contractAmountEdit.setObjectName(u"contractAmountEdit")
        self.contractAmountEdit.setMaximumSize(QSize(160, 16777215))

        self.contractAmountRow.addWidget(self.contractAmountEdit)

        self.contractCurrency = QLabel(PaymentDialog)
        self.contractCurrency.setObjectName(u"contractCurrency")
        self.contractCurrency.setText(u"USD")

        self.contractAmountRow.addWidget(self.contractCurrency)

        self.contractAmountSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contractAmountRow.addItem(self.contractAmountSpacer)


        self.grid.addLayout(self.contractAmountRow, 6, 1, 1, 1)

        self.contractAmountError = QLabel(PaymentDialog)
        self.contractAmountError.setObjectName(u"contractAmountError")
        self.contractAmountError.setText(u"")
        self.contractAmountError.setWordWrap(True)
        self.contractAmountError.setProperty(u"role", u"error")

        self.grid.addWidget(self.contractAmountError, 7, 1, 1, 1)

        self.reasonLabel = QLabel(PaymentDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.grid.addWidget(self.reasonLabel, 8, 0, 1, 1)

        self.reasonEdit = QLineEdit(PaymentDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.grid.addWidget(self.reasonEdit, 8, 1, 1, 1)


        self.outer.addLayout(self.grid)

        self.formError = QLabel(PaymentDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(PaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.paidLabel.setBuddy(self.paidEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.contractAmountLabel.setBuddy(self.contractAmountEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaymentDialog)

        QMetaObject.connectSlotsByName(PaymentDialog)
    # setupUi

    def retranslateUi(self, PaymentDialog):
        PaymentDialog.setWindowTitle(QCoreApplication.translate("PaymentDialog", u"Record payment", None))
        self.kindLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Kind", None))
        self.amountLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Amount", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"0.00", None))
#if QT_CONFIG(tooltip)
        self.currencyCombo.setToolTip(QCoreApplication.translate("PaymentDialog", u"The currency the payment was made in; another than the contract's asks for the amount in the contract's currency too", None))
#endif // QT_CONFIG(tooltip)
        self.paidLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Paid on", None))
        self.descriptionLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Description", None))
        self.contractAmountLabel.setText(QCoreApplication.translate("PaymentDialog", u"In &contract currency", None))
        self.contractAmountEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"0.00", None))
#if QT_CONFIG(tooltip)
        self.contractAmountEdit.setToolTip(QCoreApplication.translate("PaymentDialog", u"What the payment came to in the contract's currency, so that the contract's totals count it", None))
#endif // QT_CONFIG(tooltip)
        self.reasonLabel.setText(QCoreApplication.translate("PaymentDialog", u"&Why the correction", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("PaymentDialog", u"Optional: kept with what the payment said before", None))
    # retranslateUi

