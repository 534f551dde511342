# Generated from ui/log_raise.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_LogRaiseDialog(object):
    def setupUi(self, LogRaiseDialog):
        if not LogRaiseDialog.objectName():
            LogRaiseDialog.setObjectName(u"LogRaiseDialog")
        LogRaiseDialog.resize(420, 240)
        self.outer = QVBoxLayout(LogRaiseDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(LogRaiseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.PlainText)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.amountLabel = QLabel(LogRaiseDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountRow = QHBoxLayout()
        self.amountRow.setObjectName(u"amountRow")
        self.amount = QLineEdit(LogRaiseDialog)
        self.amount.setObjectName(u"amount")

        self.amountRow.addWidget(self.amount)

        self.currency = QComboBox(LogRaiseDialog)
        self.currency.setObjectName(u"currency")
        self.currency.setEditable(True)

        self.amountRow.addWidget(self.currency)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.amountRow)

        self.amountError = QLabel(LogRaiseDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setWordWrap(True)
        self.amountError.setProperty(u"role", u"error")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.amountError)

        self.effectiveLabel = QLabel(LogRaiseDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveOn = QDateEdit(LogRaiseDialog)
        self.effectiveOn.setObjectName(u"effectiveOn")
        self.effectiveOn.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effectiveOn)

        self.noteLabel = QLabel(LogRaiseDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.note = QLineEdit(LogRaiseDialog)
        self.note.setObjectName(u"note")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note)

        self.contractCheck = QCheckBox(LogRaiseDialog)
        self.contractCheck.setObjectName(u"contractCheck")
        self.contractCheck.setText(u"")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.contractCheck)


        self.outer.addLayout(self.form)

        self.buttonBox = QDialogButtonBox(LogRaiseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.amountLabel.setBuddy(self.amount)
        self.effectiveLabel.setBuddy(self.effectiveOn)
        self.noteLabel.setBuddy(self.note)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LogRaiseDialog)

        QMetaObject.connectSlotsByName(LogRaiseDialog)
    # setupUi

    def retranslateUi(self, LogRaiseDialog):
        LogRaiseDialog.setWindowTitle(QCoreApplication.translate("LogRaiseDialog", u"Log a raise", None))
        self.intro.setText("")
        self.amountLabel.setText(QCoreApplication.translate("LogRaiseDialog", u"New &rate per hour:", None))
        self.amount.setPlaceholderText(QCoreApplication.translate("LogRaiseDialog", u"e.g. 55.00", None))
        self.amountError.setText("")
        self.effectiveLabel.setText(QCoreApplication.translate("LogRaiseDialog", u"&Effective from:", None))
        self.noteLabel.setText(QCoreApplication.translate("LogRaiseDialog", u"&Note:", None))
        self.note.setPlaceholderText(QCoreApplication.translate("LogRaiseDialog", u"Why, e.g. yearly revisit", None))
#if QT_CONFIG(tooltip)
        self.contractCheck.setToolTip(QCoreApplication.translate("LogRaiseDialog", u"The contract's new rate goes through a scope change: its ledger records it, and earlier weeks keep the old rate", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

