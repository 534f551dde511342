# Generated from ui/classification.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ClassificationDialog(object):
    def setupUi(self, ClassificationDialog):
        if not ClassificationDialog.objectName():
            ClassificationDialog.setObjectName(u"ClassificationDialog")
        ClassificationDialog.resize(720, 520)
        self.outer = QVBoxLayout(ClassificationDialog)
        self.outer.setObjectName(u"outer")
        self.disclaimer = QLabel(ClassificationDialog)
        self.disclaimer.setObjectName(u"disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setProperty(u"role", u"muted")

        self.outer.addWidget(self.disclaimer)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.questions = QGroupBox(ClassificationDialog)
        self.questions.setObjectName(u"questions")
        self.questionForm = QFormLayout(self.questions)
        self.questionForm.setObjectName(u"questionForm")
        self.setsHoursLabel = QLabel(self.questions)
        self.setsHoursLabel.setObjectName(u"setsHoursLabel")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.setsHoursLabel)

        self.setsHours = QComboBox(self.questions)
        self.setsHours.setObjectName(u"setsHours")

        self.questionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.setsHours)

        self.setsPlaceLabel = QLabel(self.questions)
        self.setsPlaceLabel.setObjectName(u"setsPlaceLabel")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.setsPlaceLabel)

        self.setsPlace = QComboBox(self.questions)
        self.setsPlace.setObjectName(u"setsPlace")

        self.questionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.setsPlace)

        self.equipmentLabel = QLabel(self.questions)
        self.equipmentLabel.setObjectName(u"equipmentLabel")

        self.questionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.equipmentLabel)

        self.equipmentBy = QComboBox(self.questions)
        self.equipmentBy.setObjectName(u"equipmentBy")

        self.questionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.equipmentBy)

        self.exclusive = QCheckBox(self.questions)
        self.exclusive.setObjectName(u"exclusive")

        self.questionForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.exclusive)

        self.openEnded = QCheckBox(self.questions)
        self.openEnded.setObjectName(u"openEnded")

        self.questionForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.openEnded)

        self.writtenContract = QCheckBox(self.questions)
        self.writtenContract.setObjectName(u"writtenContract")

        self.questionForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.writtenContract)

        self.coreBusiness = QCheckBox(self.questions)
        self.coreBusiness.setObjectName(u"coreBusiness")

        self.questionForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.coreBusiness)

        self.dataSignals = QLabel(self.questions)
        self.dataSignals.setObjectName(u"dataSignals")
        self.dataSignals.setWordWrap(True)

        self.questionForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.dataSignals)


        self.columns.addWidget(self.questions)

        self.result = QGroupBox(ClassificationDialog)
        self.result.setObjectName(u"result")
        self.resultLayout = QVBoxLayout(self.result)
        self.resultLayout.setObjectName(u"resultLayout")
        self.level = QLabel(self.result)
        self.level.setObjectName(u"level")
        self.level.setProperty(u"role", u"heading")

        self.resultLayout.addWidget(self.level)

        self.reasons = QLabel(self.result)
        self.reasons.setObjectName(u"reasons")
        self.reasons.setWordWrap(True)
        self.reasons.setTextFormat(Qt.PlainText)
        self.reasons.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)

        self.resultLayout.addWidget(self.reasons)

        self.resultSpacer = QSpacerItem(10, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.resultLayout.addItem(self.resultSpacer)


        self.columns.addWidget(self.result)


        self.outer.addLayout(self.columns)

        self.buttonBox = QDialogButtonBox(ClassificationDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.setsHoursLabel.setBuddy(self.setsHours)
        self.setsPlaceLabel.setBuddy(self.setsPlace)
        self.equipmentLabel.setBuddy(self.equipmentBy)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClassificationDialog)

        QMetaObject.connectSlotsByName(ClassificationDialog)
    # setupUi

    def retranslateUi(self, ClassificationDialog):
        ClassificationDialog.setWindowTitle(QCoreApplication.translate("ClassificationDialog", u"Classification check", None))
        self.disclaimer.setText("")
        self.questions.setTitle(QCoreApplication.translate("ClassificationDialog", u"About this contract", None))
        self.setsHoursLabel.setText(QCoreApplication.translate("ClassificationDialog", u"Who sets the working &hours?", None))
        self.setsPlaceLabel.setText(QCoreApplication.translate("ClassificationDialog", u"Who sets the &place of work?", None))
        self.equipmentLabel.setText(QCoreApplication.translate("ClassificationDialog", u"Who supplies the &equipment?", None))
        self.exclusive.setText(QCoreApplication.translate("ClassificationDialog", u"E&xclusive: they may not work for other clients", None))
        self.openEnded.setText(QCoreApplication.translate("ClassificationDialog", u"&Open-ended: no end date or defined deliverable", None))
        self.writtenContract.setText(QCoreApplication.translate("ClassificationDialog", u"There is a &written contract", None))
        self.coreBusiness.setText(QCoreApplication.translate("ClassificationDialog", u"The work is the &core of my business", None))
        self.dataSignals.setText("")
        self.result.setTitle(QCoreApplication.translate("ClassificationDialog", u"Risk", None))
        self.level.setText("")
        self.reasons.setText("")
    # retranslateUi

