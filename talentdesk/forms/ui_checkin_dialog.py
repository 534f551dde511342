# Generated from ui/checkin_dialog.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CheckinDialog(object):
    def setupUi(self, CheckinDialog):
        if not CheckinDialog.objectName():
            CheckinDialog.setObjectName(u"CheckinDialog")
        CheckinDialog.resize(480, 520)
        self.outer = QVBoxLayout(CheckinDialog)
        self.outer.setObjectName(u"outer")
        self.intro = QLabel(CheckinDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)
        self.intro.setProperty(u"role", u"muted")

        self.outer.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.contractLabel = QLabel(CheckinDialog)
        self.contractLabel.setObjectName(u"contractLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.contractLabel)

        self.contractCombo = QComboBox(CheckinDialog)
        self.contractCombo.setObjectName(u"contractCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.contractCombo)

        self.dateLabel = QLabel(CheckinDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(CheckinDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.skillsLabel = QLabel(CheckinDialog)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsSpin = QSpinBox(CheckinDialog)
        self.skillsSpin.setObjectName(u"skillsSpin")
        self.skillsSpin.setMinimum(0)
        self.skillsSpin.setMaximum(5)
        self.skillsSpin.setValue(0)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skillsSpin)

        self.qualityLabel = QLabel(CheckinDialog)
        self.qualityLabel.setObjectName(u"qualityLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.qualityLabel)

        self.qualitySpin = QSpinBox(CheckinDialog)
        self.qualitySpin.setObjectName(u"qualitySpin")
        self.qualitySpin.setMinimum(0)
        self.qualitySpin.setMaximum(5)
        self.qualitySpin.setValue(0)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.qualitySpin)

        self.availabilityLabel = QLabel(CheckinDialog)
        self.availabilityLabel.setObjectName(u"availabilityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.availabilityLabel)

        self.availabilitySpin = QSpinBox(CheckinDialog)
        self.availabilitySpin.setObjectName(u"availabilitySpin")
        self.availabilitySpin.setMinimum(0)
        self.availabilitySpin.setMaximum(5)
        self.availabilitySpin.setValue(0)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.availabilitySpin)

        self.deadlinesLabel = QLabel(CheckinDialog)
        self.deadlinesLabel.setObjectName(u"deadlinesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.deadlinesLabel)

        self.deadlinesSpin = QSpinBox(CheckinDialog)
        self.deadlinesSpin.setObjectName(u"deadlinesSpin")
        self.deadlinesSpin.setMinimum(0)
        self.deadlinesSpin.setMaximum(5)
        self.deadlinesSpin.setValue(0)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.deadlinesSpin)

        self.communicationLabel = QLabel(CheckinDialog)
        self.communicationLabel.setObjectName(u"communicationLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.communicationLabel)

        self.communicationSpin = QSpinBox(CheckinDialog)
        self.communicationSpin.setObjectName(u"communicationSpin")
        self.communicationSpin.setMinimum(0)
        self.communicationSpin.setMaximum(5)
        self.communicationSpin.setValue(0)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.communicationSpin)

        self.cooperationLabel = QLabel(CheckinDialog)
        self.cooperationLabel.setObjectName(u"cooperationLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.cooperationLabel)

        self.cooperationSpin = QSpinBox(CheckinDialog)
        self.cooperationSpin.setObjectName(u"cooperationSpin")
        self.cooperationSpin.setMinimum(0)
        self.cooperationSpin.setMaximum(5)
        self.cooperationSpin.setValue(0)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.cooperationSpin)

        self.rehireLabel = QLabel(CheckinDialog)
        self.rehireLabel.setObjectName(u"rehireLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.rehireLabel)

        self.rehireCombo = QComboBox(CheckinDialog)
        self.rehireCombo.setObjectName(u"rehireCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.rehireCombo)

        self.recommendLabel = QLabel(CheckinDialog)
        self.recommendLabel.setObjectName(u"recommendLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.recommendLabel)

        self.recommendSpin = QSpinBox(CheckinDialog)
        self.recommendSpin.setObjectName(u"recommendSpin")
        self.recommendSpin.setMinimum(-1)
        self.recommendSpin.setMaximum(10)
        self.recommendSpin.setValue(-1)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.recommendSpin)

        self.notesLabel = QLabel(CheckinDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(CheckinDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.outer.addLayout(self.form)

        self.formError = QLabel(CheckinDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttons = QDialogButtonBox(CheckinDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.contractLabel.setBuddy(self.contractCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.skillsLabel.setBuddy(self.skillsSpin)
        self.qualityLabel.setBuddy(self.qualitySpin)
        self.availabilityLabel.setBuddy(self.availabilitySpin)
        self.deadlinesLabel.setBuddy(self.deadlinesSpin)
        self.communicationLabel.setBuddy(self.communicationSpin)
        self.cooperationLabel.setBuddy(self.cooperationSpin)
        self.rehireLabel.setBuddy(self.rehireCombo)
        self.recommendLabel.setBuddy(self.recommendSpin)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckinDialog)

        QMetaObject.connectSlotsByName(CheckinDialog)
    # setupUi

    def retranslateUi(self, CheckinDialog):
        CheckinDialog.setWindowTitle(QCoreApplication.translate("CheckinDialog", u"Mid-contract check-in", None))
        self.intro.setText(QCoreApplication.translate("CheckinDialog", u"A private review while the work goes on: it stays on this computer and adds a point to the person's trend. 1 is poor, 5 is excellent; choose every rating.", None))
        self.contractLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Contract", None))
        self.dateLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Date", None))
        self.skillsLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Skills", None))
#if QT_CONFIG(tooltip)
        self.skillsSpin.setToolTip(QCoreApplication.translate("CheckinDialog", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.skillsSpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"Choose\u2026", None))
        self.qualityLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Quality", None))
#if QT_CONFIG(tooltip)
        self.qualitySpin.setToolTip(QCoreApplication.translate("CheckinDialog", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.qualitySpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"Choose\u2026", None))
        self.availabilityLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Availability", None))
#if QT_CONFIG(tooltip)
        self.availabilitySpin.setToolTip(QCoreApplication.translate("CheckinDialog", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.availabilitySpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"Choose\u2026", None))
        self.deadlinesLabel.setText(QCoreApplication.translate("CheckinDialog", u"D&eadlines", None))
#if QT_CONFIG(tooltip)
        self.deadlinesSpin.setToolTip(QCoreApplication.translate("CheckinDialog", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.deadlinesSpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"Choose\u2026", None))
        self.communicationLabel.setText(QCoreApplication.translate("CheckinDialog", u"C&ommunication", None))
#if QT_CONFIG(tooltip)
        self.communicationSpin.setToolTip(QCoreApplication.translate("CheckinDialog", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.communicationSpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"Choose\u2026", None))
        self.cooperationLabel.setText(QCoreApplication.translate("CheckinDialog", u"Coo&peration", None))
#if QT_CONFIG(tooltip)
        self.cooperationSpin.setToolTip(QCoreApplication.translate("CheckinDialog", u"Choose from 1 to 5 stars", None))
#endif // QT_CONFIG(tooltip)
        self.cooperationSpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"Choose\u2026", None))
        self.rehireLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Would rehire", None))
        self.recommendLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Recommend (0\u201310)", None))
#if QT_CONFIG(tooltip)
        self.recommendSpin.setToolTip(QCoreApplication.translate("CheckinDialog", u"How likely you are to recommend them, from 0 to 10", None))
#endif // QT_CONFIG(tooltip)
        self.recommendSpin.setSpecialValueText(QCoreApplication.translate("CheckinDialog", u"Choose\u2026", None))
        self.notesLabel.setText(QCoreApplication.translate("CheckinDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("CheckinDialog", u"What is going well, what to raise with them", None))
    # retranslateUi

