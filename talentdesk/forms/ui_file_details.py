# Generated from ui/file_details.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
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
    QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FileDetailsDialog(object):
    def setupUi(self, FileDetailsDialog):
        if not FileDetailsDialog.objectName():
            FileDetailsDialog.setObjectName(u"FileDetailsDialog")
        FileDetailsDialog.resize(460, 320)
        self.outer = QVBoxLayout(FileDetailsDialog)
        self.outer.setObjectName(u"outer")
        self.filesLabel = QLabel(FileDetailsDialog)
        self.filesLabel.setObjectName(u"filesLabel")
        self.filesLabel.setText(u"")
        self.filesLabel.setWordWrap(True)
        self.filesLabel.setProperty(u"role", u"muted")

        self.outer.addWidget(self.filesLabel)

        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.directionLabel = QLabel(FileDetailsDialog)
        self.directionLabel.setObjectName(u"directionLabel")

        self.grid.addWidget(self.directionLabel, 0, 0, 1, 1)

        self.directionRow = QHBoxLayout()
        self.directionRow.setObjectName(u"directionRow")
        self.directionCombo = QComboBox(FileDetailsDialog)
        self.directionCombo.setObjectName(u"directionCombo")

        self.directionRow.addWidget(self.directionCombo)

        self.directionRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.directionRow.addItem(self.directionRowSpacer)


        self.grid.addLayout(self.directionRow, 0, 1, 1, 1)

        self.sensitivityLabel = QLabel(FileDetailsDialog)
        self.sensitivityLabel.setObjectName(u"sensitivityLabel")

        self.grid.addWidget(self.sensitivityLabel, 1, 0, 1, 1)

        self.sensitivityRow = QHBoxLayout()
        self.sensitivityRow.setObjectName(u"sensitivityRow")
        self.sensitivityCombo = QComboBox(FileDetailsDialog)
        self.sensitivityCombo.setObjectName(u"sensitivityCombo")

        self.sensitivityRow.addWidget(self.sensitivityCombo)

        self.sensitivityRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sensitivityRow.addItem(self.sensitivityRowSpacer)


        self.grid.addLayout(self.sensitivityRow, 1, 1, 1, 1)

        self.sharedLabel = QLabel(FileDetailsDialog)
        self.sharedLabel.setObjectName(u"sharedLabel")

        self.grid.addWidget(self.sharedLabel, 2, 0, 1, 1)

        self.sharedRow = QHBoxLayout()
        self.sharedRow.setObjectName(u"sharedRow")
        self.sharedEdit = QDateEdit(FileDetailsDialog)
        self.sharedEdit.setObjectName(u"sharedEdit")
        self.sharedEdit.setCalendarPopup(True)
        self.sharedEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.sharedRow.addWidget(self.sharedEdit)

        self.sharedRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sharedRow.addItem(self.sharedRowSpacer)


        self.grid.addLayout(self.sharedRow, 2, 1, 1, 1)

        self.kindLabel = QLabel(FileDetailsDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.grid.addWidget(self.kindLabel, 3, 0, 1, 1)

        self.kindRow = QHBoxLayout()
        self.kindRow.setObjectName(u"kindRow")
        self.kindCombo = QComboBox(FileDetailsDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindRow.addWidget(self.kindCombo)

        self.kindRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.kindRow.addItem(self.kindRowSpacer)


        self.grid.addLayout(self.kindRow, 3, 1, 1, 1)

        self.expiresLabel = QLabel(FileDetailsDialog)
        self.expiresLabel.setObjectName(u"expiresLabel")

        self.grid.addWidget(self.expiresLabel, 4, 0, 1, 1)

        self.expiresRow = QHBoxLayout()
        self.expiresRow.setObjectName(u"expiresRow")
        self.expiresCheck = QCheckBox(FileDetailsDialog)
        self.expiresCheck.setObjectName(u"expiresCheck")

        self.expiresRow.addWidget(self.expiresCheck)

        self.expiresEdit = QDateEdit(FileDetailsDialog)
        self.expiresEdit.setObjectName(u"expiresEdit")
        self.expiresEdit.setCalendarPopup(True)
        self.expiresEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.expiresRow.addWidget(self.expiresEdit)

        self.expiresRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.expiresRow.addItem(self.expiresRowSpacer)


        self.grid.addLayout(self.expiresRow, 4, 1, 1, 1)

        self.expiresError = QLabel(FileDetailsDialog)
        self.expiresError.setObjectName(u"expiresError")
        self.expiresError.setText(u"")
        self.expiresError.setWordWrap(True)
        self.expiresError.setProperty(u"role", u"error")

        self.grid.addWidget(self.expiresError, 6, 1, 1, 1)

        self.noteLabel = QLabel(FileDetailsDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 5, 0, 1, 1)

        self.noteEdit = QPlainTextEdit(FileDetailsDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)
        self.noteEdit.setMinimumSize(QSize(0, 50))

        self.grid.addWidget(self.noteEdit, 5, 1, 1, 1)


        self.outer.addLayout(self.grid)

        self.formError = QLabel(FileDetailsDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(FileDetailsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.directionLabel.setBuddy(self.directionCombo)
        self.sensitivityLabel.setBuddy(self.sensitivityCombo)
        self.sharedLabel.setBuddy(self.sharedEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.expiresLabel.setBuddy(self.expiresCheck)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FileDetailsDialog)

        QMetaObject.connectSlotsByName(FileDetailsDialog)
    # setupUi

    def retranslateUi(self, FileDetailsDialog):
        FileDetailsDialog.setWindowTitle(QCoreApplication.translate("FileDetailsDialog", u"Add files", None))
        self.directionLabel.setText(QCoreApplication.translate("FileDetailsDialog", u"&Direction", None))
        self.sensitivityLabel.setText(QCoreApplication.translate("FileDetailsDialog", u"&Sensitivity", None))
        self.sharedLabel.setText(QCoreApplication.translate("FileDetailsDialog", u"S&hared on", None))
        self.kindLabel.setText(QCoreApplication.translate("FileDetailsDialog", u"&Kind", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("FileDetailsDialog", u"What the document is: an agreement on file clears the classification check's \"no written contract\" signal", None))
#endif // QT_CONFIG(tooltip)
        self.expiresLabel.setText(QCoreApplication.translate("FileDetailsDialog", u"E&xpires", None))
#if QT_CONFIG(tooltip)
        self.expiresCheck.setToolTip(QCoreApplication.translate("FileDetailsDialog", u"Tick when the document runs out (insurance, an NDA, an ID): the review queue warns before it does", None))
#endif // QT_CONFIG(tooltip)
        self.expiresCheck.setText(QCoreApplication.translate("FileDetailsDialog", u"on", None))
#if QT_CONFIG(accessibility)
        self.expiresEdit.setAccessibleName(QCoreApplication.translate("FileDetailsDialog", u"Expires on", None))
#endif // QT_CONFIG(accessibility)
        self.noteLabel.setText(QCoreApplication.translate("FileDetailsDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("FileDetailsDialog", u"optional", None))
    # retranslateUi

