# Generated from ui/passphrase.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, PassphraseDialog):
        if not PassphraseDialog.objectName():
            PassphraseDialog.setObjectName(u"PassphraseDialog")
        PassphraseDialog.resize(460, 300)
        self.outer = QVBoxLayout(PassphraseDialog)
        self.outer.setObjectName(u"outer")
        self.introLabel = QLabel(PassphraseDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.PlainText)
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentLabel = QLabel(PassphraseDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentEdit = QLineEdit(PassphraseDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.currentError = QLabel(PassphraseDialog)
        self.currentError.setObjectName(u"currentError")
        self.currentError.setTextFormat(Qt.PlainText)
        self.currentError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentError)

        self.passphraseLabel = QLabel(PassphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphraseEdit = QLineEdit(PassphraseDialog)
        self.passphraseEdit.setObjectName(u"passphraseEdit")
        self.passphraseEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passphraseEdit)

        self.passphraseError = QLabel(PassphraseDialog)
        self.passphraseError.setObjectName(u"passphraseError")
        self.passphraseError.setTextFormat(Qt.PlainText)
        self.passphraseError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passphraseError)

        self.repeatLabel = QLabel(PassphraseDialog)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatEdit = QLineEdit(PassphraseDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.repeatError = QLabel(PassphraseDialog)
        self.repeatError.setObjectName(u"repeatError")
        self.repeatError.setTextFormat(Qt.PlainText)
        self.repeatError.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.repeatError)


        self.outer.addLayout(self.form)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(PassphraseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentEdit)
        self.passphraseLabel.setBuddy(self.passphraseEdit)
        self.repeatLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PassphraseDialog)

        QMetaObject.connectSlotsByName(PassphraseDialog)
    # setupUi

    def retranslateUi(self, PassphraseDialog):
        PassphraseDialog.setWindowTitle(QCoreApplication.translate("PassphraseDialog", u"Passphrase", None))
        self.currentLabel.setText(QCoreApplication.translate("PassphraseDialog", u"C&urrent passphrase", None))
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Passphrase", None))
        self.repeatLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Repeat it", None))
    # retranslateUi

