# Generated from ui/grant.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_GrantDialog(object):
    def setupUi(self, GrantDialog):
        if not GrantDialog.objectName():
            GrantDialog.setObjectName(u"GrantDialog")
        GrantDialog.resize(480, 360)
        self.outer = QVBoxLayout(GrantDialog)
        self.outer.setObjectName(u"outer")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.kindLabel = QLabel(GrantDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindCombo = QComboBox(GrantDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindRow.addWidget(self.kindCombo)

        self.tierCombo = QComboBox(GrantDialog)
        self.tierCombo.setObjectName(u"tierCombo")

        self.kindRow.addWidget(self.tierCombo)

        self.kindRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindRowSpacer)


        self.grid.addLayout(self.kindRow, 0, 1, 1, 1)

        self.systemLabel = QLabel(GrantDialog)
        self.systemLabel.setObjectName(u"systemLabel")

        self.grid.addWidget(self.systemLabel, 1, 0, 1, 1)

        self.systemEdit = QLineEdit(GrantDialog)
        self.systemEdit.setObjectName(u"systemEdit")

        self.grid.addWidget(self.systemEdit, 1, 1, 1, 1)

        self.systemError = QLabel(GrantDialog)
        self.systemError.setObjectName(u"systemError")
        self.systemError.setText(u"")
        self.systemError.setWordWrap(True)
        self.systemError.setProperty(u"role", u"error")

        self.grid.addWidget(self.systemError, 2, 1, 1, 1)

        self.grantedLabel = QLabel(GrantDialog)
        self.grantedLabel.setObjectName(u"grantedLabel")

        self.grid.addWidget(self.grantedLabel, 3, 0, 1, 1)

        self.grantedRow = QHBoxLayout()
        self.grantedRow.setObjectName(u"grantedRow")
        self.grantedEdit = QDateEdit(GrantDialog)
        self.grantedEdit.setObjectName(u"grantedEdit")
        self.grantedEdit.setCalendarPopup(True)
        self.grantedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.grantedRow.addWidget(self.grantedEdit)

        self.grantedRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grantedRow.addItem(self.grantedRowSpacer)


        self.grid.addLayout(self.grantedRow, 3, 1, 1, 1)

        self.grantedError = QLabel(GrantDialog)
        self.grantedError.setObjectName(u"grantedError")
        self.grantedError.setText(u"")
        self.grantedError.setWordWrap(True)
        self.grantedError.setProperty(u"role", u"error")

        self.grid.addWidget(self.grantedError, 4, 1, 1, 1)

        self.revokeByLabel = QLabel(GrantDialog)
        self.revokeByLabel.setObjectName(u"revokeByLabel")

        self.grid.addWidget(self.revokeByLabel, 5, 0, 1, 1)

        self.revokeRow = QHBoxLayout()
        self.revokeRow.setObjectName(u"revokeRow")
        self.revokeByCheck = QCheckBox(GrantDialog)
        self.revokeByCheck.setObjectName(u"revokeByCheck")

        self.revokeRow.addWidget(self.revokeByCheck)

        self.revokeByEdit = QDateEdit(GrantDialog)
        self.revokeByEdit.setObjectName(u"revokeByEdit")
        self.revokeByEdit.setCalendarPopup(True)
        self.revokeByEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.revokeRow.addWidget(self.revokeByEdit)

        self.revokeRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.revokeRow.addItem(self.revokeRowSpacer)


        self.grid.addLayout(self.revokeRow, 5, 1, 1, 1)

        self.revokeByError = QLabel(GrantDialog)
        self.revokeByError.setObjectName(u"revokeByError")
        self.revokeByError.setText(u"")
        self.revokeByError.setWordWrap(True)
        self.revokeByError.setProperty(u"role", u"error")

        self.grid.addWidget(self.revokeByError, 6, 1, 1, 1)

        self.noteLabel = QLabel(GrantDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 7, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(GrantDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 50))

        self.grid.addWidget(self.noteEdit, 7, 1, 1, 1)


        self.outer.addLayout(self.grid)

        self.formError = QLabel(GrantDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(GrantDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.systemLabel.setBuddy(self.systemEdit)
        self.grantedLabel.setBuddy(self.grantedEdit)
        self.revokeByLabel.setBuddy(self.revokeByEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(GrantDialog)

        QMetaObject.connectSlotsByName(GrantDialog)
    # setupUi

    def retranslateUi(self, GrantDialog):
        GrantDialog.setWindowTitle(QCoreApplication.translate("GrantDialog", u"Grant access", None))
        self.kindLabel.setText(QCoreApplication.translate("GrantDialog", u"&Kind", None))
        self.systemLabel.setText(QCoreApplication.translate("GrantDialog", u"&System", None))
        self.systemEdit.setPlaceholderText(QCoreApplication.translate("GrantDialog", u"e.g. Code host, shared drive, laptop", None))
        self.grantedLabel.setText(QCoreApplication.translate("GrantDialog", u"&Granted on", None))
        self.revokeByLabel.setText(QCoreApplication.translate("GrantDialog", u"&Revoke by", None))
        self.revokeByCheck.setText(QCoreApplication.translate("GrantDialog", u"Has a date", None))
        self.noteLabel.setText(QCoreApplication.translate("GrantDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText("")
    # retranslateUi

