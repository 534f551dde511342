# Generated from ui/interaction_dialog.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateTimeEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_InteractionDialog(object):
    def setupUi(self, InteractionDialog):
        if not InteractionDialog.objectName():
            InteractionDialog.setObjectName(u"InteractionDialog")
        InteractionDialog.resize(460, 340)
        self.outer = QVBoxLayout(InteractionDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(InteractionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.PlainText)

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(InteractionDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(InteractionDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.whenLabel = QLabel(InteractionDialog)
        self.whenLabel.setObjectName(u"whenLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(InteractionDialog)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.durationLabel = QLabel(InteractionDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(InteractionDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMaximum(1440)
        self.durationSpin.setSingleStep(5)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.bodyLabel = QLabel(InteractionDialog)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(InteractionDialog)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setTabChangesFocus(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bodyEdit)


        self.outer.addLayout(self.form)

        self.formError = QLabel(InteractionDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttons = QDialogButtonBox(InteractionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.whenLabel.setBuddy(self.whenEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.bodyLabel.setBuddy(self.bodyEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InteractionDialog)

        QMetaObject.connectSlotsByName(InteractionDialog)
    # setupUi

    def retranslateUi(self, InteractionDialog):
        InteractionDialog.setWindowTitle(QCoreApplication.translate("InteractionDialog", u"Log an interaction", None))
        self.intro.setText("")
        self.kindLabel.setText(QCoreApplication.translate("InteractionDialog", u"&What:", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("InteractionDialog", u"A message, a call, a meeting, or a note for yourself (a note does not count as contact)", None))
#endif // QT_CONFIG(tooltip)
        self.whenLabel.setText(QCoreApplication.translate("InteractionDialog", u"W&hen:", None))
#if QT_CONFIG(tooltip)
        self.whenEdit.setToolTip(QCoreApplication.translate("InteractionDialog", u"When it happened, in your local time", None))
#endif // QT_CONFIG(tooltip)
        self.durationLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Duration:", None))
        self.durationSpin.setSpecialValueText(QCoreApplication.translate("InteractionDialog", u"not noted", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("InteractionDialog", u" min", None))
#if QT_CONFIG(tooltip)
        self.durationSpin.setToolTip(QCoreApplication.translate("InteractionDialog", u"How long the call or meeting took", None))
#endif // QT_CONFIG(tooltip)
        self.bodyLabel.setText(QCoreApplication.translate("InteractionDialog", u"&Text:", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("InteractionDialog", u"What was said or agreed", None))
        self.formError.setText("")
    # retranslateUi

