# Generated from ui/milestone.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDateEdit,
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_MilestoneDialog(object):
    def setupUi(self, MilestoneDialog):
        if not MilestoneDialog.objectName():
            MilestoneDialog.setObjectName(u"MilestoneDialog")
        MilestoneDialog.resize(480, 380)
        self.outer = QVBoxLayout(MilestoneDialog)
        self.outer.setObjectName(u"outer")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.titleLabel = QLabel(MilestoneDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.grid.addWidget(self.titleLabel, 0, 0, 1, 1)

        self.titleEdit = QLineEdit(MilestoneDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.grid.addWidget(self.titleEdit, 0, 1, 1, 1)

        self.titleError = QLabel(MilestoneDialog)
        self.titleError.setObjectName(u"titleError")
        self.titleError.setText(u"")
        self.titleError.setWordWrap(True)
        self.titleError.setProperty(u"role", u"error")

        self.grid.addWidget(self.titleError, 1, 1, 1, 1)

        self.amountLabel = QLabel(MilestoneDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.grid.addWidget(self.amountLabel, 2, 0, 1, 1)

        self.amountRow = QHBoxLayout()
        self.amountRow.setObjectName(u"amountRow")
        self.amountEdit = QLineEdit(MilestoneDialog)
        self.amountEdit.setObjectName(u"amountEdit")
        self.amountEdit.setMaximumSize(QSize(160, 16777215))

        self.amountRow.addWidget(self.amountEdit)

        self.amountCurrency = QLabel(MilestoneDialog)
        self.amountCurrency.setObjectName(u"amountCurrency")
        self.amountCurrency.setText(u"USD")

        self.amountRow.addWidget(self.amountCurrency)

        self.amountRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.amountRow.addItem(self.amountRowSpacer)


        self.grid.addLayout(self.amountRow, 2, 1, 1, 1)

        self.amountError = QLabel(MilestoneDialog)
        self.amountError.setObjectName(u"amountError")
        self.amountError.setText(u"")
        self.amountError.setWordWrap(True)
        self.amountError.setProperty(u"role", u"error")

        self.grid.addWidget(self.amountError, 3, 1, 1, 1)

        self.dueLabel = QLabel(MilestoneDialog)
        self.dueLabel.setObjectName(u"dueLabel")

        self.grid.addWidget(self.dueLabel, 4, 0, 1, 1)

        self.dueRow = QHBoxLayout()
        self.dueRow.setObjectName(u"dueRow")
        self.dueCheck = QCheckBox(MilestoneDialog)
        self.dueCheck.setObjectName(u"dueCheck")

        self.dueRow.addWidget(self.dueCheck)

        self.dueEdit = QDateEdit(MilestoneDialog)
        self.dueEdit.setObjectName(u"dueEdit")
        self.dueEdit.setCalendarPopup(True)
        self.dueEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dueRow.addWidget(self.dueEdit)

        self.dueRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dueRow.addItem(self.dueRowSpacer)


        self.grid.addLayout(self.dueRow, 4, 1, 1, 1)

        self.dueError = QLabel(MilestoneDialog)
        self.dueError.setObjectName(u"dueError")
        self.dueError.setText(u"")
        self.dueError.setWordWrap(True)
        self.dueError.setProperty(u"role", u"error")

        self.grid.addWidget(self.dueError, 5, 1, 1, 1)

        self.descriptionLabel = QLabel(MilestoneDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.grid.addWidget(self.descriptionLabel, 6, 0, 1, 1)

        self.descriptionEdit = QPlainTextEdit(MilestoneDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumSize(QSize(0, 70))

        self.grid.addWidget(self.descriptionEdit, 6, 1, 1, 1)


        self.outer.addLayout(self.grid)

        self.formError = QLabel(MilestoneDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(MilestoneDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.dueLabel.setBuddy(self.dueEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MilestoneDialog)

        QMetaObject.connectSlotsByName(MilestoneDialog)
    # setupUi

    def retranslateUi(self, MilestoneDialog):
        MilestoneDialog.setWindowTitle(QCoreApplication.translate("MilestoneDialog", u"Milestone", None))
        self.titleLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Title", None))
        self.amountLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Amount", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"0.00", None))
        self.dueLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Due", None))
        self.dueCheck.setText(QCoreApplication.translate("MilestoneDialog", u"Has a due date", None))
        self.descriptionLabel.setText(QCoreApplication.translate("MilestoneDialog", u"&Description", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("MilestoneDialog", u"What is delivered", None))
    # retranslateUi

