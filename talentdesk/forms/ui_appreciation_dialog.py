# Generated from ui/appreciation_dialog.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
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
    QVBoxLayout, QWidget)

class Ui_AppreciationDialog(object):
    def setupUi(self, AppreciationDialog):
        if not AppreciationDialog.objectName():
            AppreciationDialog.setObjectName(u"AppreciationDialog")
        AppreciationDialog.resize(520, 460)
        self.outer = QVBoxLayout(AppreciationDialog)
        self.outer.setObjectName(u"outer")
        self.guidance = QLabel(AppreciationDialog)
        self.guidance.setObjectName(u"guidance")
        self.guidance.setWordWrap(True)
        self.guidance.setProperty(u"role", u"muted")

        self.outer.addWidget(self.guidance)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.personLabel = QLabel(AppreciationDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personCombo = QComboBox(AppreciationDialog)
        self.personCombo.setObjectName(u"personCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.personCombo.sizePolicy().hasHeightForWidth())
        self.personCombo.setSizePolicy(sizePolicy)
        self.personCombo.setEditable(True)
        self.personCombo.setInsertPolicy(QComboBox.NoInsert)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.personCombo)

        self.kindLabel = QLabel(AppreciationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AppreciationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.contractLabel = QLabel(AppreciationDialog)
        self.contractLabel.setObjectName(u"contractLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contractLabel)

        self.contractCombo = QComboBox(AppreciationDialog)
        self.contractCombo.setObjectName(u"contractCombo")
        sizePolicy.setHeightForWidth(self.contractCombo.sizePolicy().hasHeightForWidth())
        self.contractCombo.setSizePolicy(sizePolicy)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.contractCombo)

        self.whatLabel = QLabel(AppreciationDialog)
        self.whatLabel.setObjectName(u"whatLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.whatLabel)

        self.whatBox = QVBoxLayout()
        self.whatBox.setSpacing(2)
        self.whatBox.setObjectName(u"whatBox")
        self.whatEdit = QPlainTextEdit(AppreciationDialog)
        self.whatEdit.setObjectName(u"whatEdit")
        self.whatEdit.setTabChangesFocus(True)

        self.whatBox.addWidget(self.whatEdit)

        self.whatError = QLabel(AppreciationDialog)
        self.whatError.setObjectName(u"whatError")
        self.whatError.setWordWrap(True)
        self.whatError.setProperty(u"role", u"error")

        self.whatBox.addWidget(self.whatError)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.whatBox)

        self.amountLabel = QLabel(AppreciationDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountBox = QHBoxLayout()
        self.amountBox.setObjectName(u"amountBox")
        self.amountEdit = QLineEdit(AppreciationDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.amountBox.addWidget(self.amountEdit)

        self.currencyLabel = QLabel(AppreciationDialog)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.amountBox.addWidget(self.currencyLabel)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.amountBox)

        self.dateLabel = QLabel(AppreciationDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(AppreciationDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.outer.addLayout(self.form)

        self.formError = QLabel(AppreciationDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttons = QDialogButtonBox(AppreciationDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.contractLabel.setBuddy(self.contractCombo)
        self.whatLabel.setBuddy(self.whatEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.contractCombo)
        QWidget.setTabOrder(self.contractCombo, self.whatEdit)
        QWidget.setTabOrder(self.whatEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.dateEdit)

        self.retranslateUi(AppreciationDialog)

        QMetaObject.connectSlotsByName(AppreciationDialog)
    # setupUi

    def retranslateUi(self, AppreciationDialog):
        AppreciationDialog.setWindowTitle(QCoreApplication.translate("AppreciationDialog", u"Say thanks", None))
        self.guidance.setText(QCoreApplication.translate("AppreciationDialog", u"Be specific about what you liked and how it helped. Specific praise is remembered; \u201cgreat job\u201d is not.", None))
        self.personLabel.setText(QCoreApplication.translate("AppreciationDialog", u"&Person", None))
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("AppreciationDialog", u"Type a name to find the person", None))
#endif // QT_CONFIG(tooltip)
        self.kindLabel.setText(QCoreApplication.translate("AppreciationDialog", u"&Kind", None))
        self.contractLabel.setText(QCoreApplication.translate("AppreciationDialog", u"&Contract", None))
        self.whatLabel.setText(QCoreApplication.translate("AppreciationDialog", u"&What you appreciated", None))
        self.whatEdit.setPlaceholderText(QCoreApplication.translate("AppreciationDialog", u"e.g. The clear hand-over notes on the billing migration saved me a day of questions.", None))
        self.amountLabel.setText(QCoreApplication.translate("AppreciationDialog", u"&Bonus amount", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("AppreciationDialog", u"e.g. 150.00", None))
        self.dateLabel.setText(QCoreApplication.translate("AppreciationDialog", u"&Date", None))
    # retranslateUi

