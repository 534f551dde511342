# Generated from ui/hours.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateEdit, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_HoursDialog(object):
    def setupUi(self, HoursDialog):
        if not HoursDialog.objectName():
            HoursDialog.setObjectName(u"HoursDialog")
        HoursDialog.resize(420, 260)
        self.outer = QVBoxLayout(HoursDialog)
        self.outer.setObjectName(u"outer")
        self.grid = QGridLayout()
        self.grid.setObjectName(u"grid")
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.dayLabel = QLabel(HoursDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.grid.addWidget(self.dayLabel, 0, 0, 1, 1)

        self.dayRow = QHBoxLayout()
        self.dayRow.setObjectName(u"dayRow")
        self.dayEdit = QDateEdit(HoursDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.dayRow.addWidget(self.dayEdit)

        self.dayRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayRow.addItem(self.dayRowSpacer)


        self.grid.addLayout(self.dayRow, 0, 1, 1, 1)

        self.dayError = QLabel(HoursDialog)
        self.dayError.setObjectName(u"dayError")
        self.dayError.setText(u"")
        self.dayError.setWordWrap(True)
        self.dayError.setProperty(u"role", u"error")

        self.grid.addWidget(self.dayError, 1, 1, 1, 1)

        self.timeLabel = QLabel(HoursDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.grid.addWidget(self.timeLabel, 2, 0, 1, 1)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.hoursSpin = QDoubleSpinBox(HoursDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(2)
        self.hoursSpin.setMaximum(24.000000000000000)
        self.hoursSpin.setSingleStep(0.250000000000000)

        self.timeRow.addWidget(self.hoursSpin)

        self.timeRowSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeRowSpacer)


        self.grid.addLayout(self.timeRow, 2, 1, 1, 1)

        self.timeError = QLabel(HoursDialog)
        self.timeError.setObjectName(u"timeError")
        self.timeError.setText(u"")
        self.timeError.setWordWrap(True)
        self.timeError.setProperty(u"role", u"error")

        self.grid.addWidget(self.timeError, 3, 1, 1, 1)

        self.noteLabel = QLabel(HoursDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.grid.addWidget(self.noteLabel, 4, 0, 1, 1)

        self.noteEdit = QLineEdit(HoursDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.grid.addWidget(self.noteEdit, 4, 1, 1, 1)


        self.outer.addLayout(self.grid)

        self.formError = QLabel(HoursDialog)
        self.formError.setObjectName(u"formError")
        self.formError.setText(u"")
        self.formError.setWordWrap(True)
        self.formError.setProperty(u"role", u"error")

        self.outer.addWidget(self.formError)

        self.buttonBox = QDialogButtonBox(HoursDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.timeLabel.setBuddy(self.hoursSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HoursDialog)

        QMetaObject.connectSlotsByName(HoursDialog)
    # setupUi

    def retranslateUi(self, HoursDialog):
        HoursDialog.setWindowTitle(QCoreApplication.translate("HoursDialog", u"Log hours", None))
        self.dayLabel.setText(QCoreApplication.translate("HoursDialog", u"&Day", None))
        self.timeLabel.setText(QCoreApplication.translate("HoursDialog", u"&Time worked", None))
        self.hoursSpin.setSuffix(QCoreApplication.translate("HoursDialog", u" h", None))
        self.noteLabel.setText(QCoreApplication.translate("HoursDialog", u"&Note", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("HoursDialog", u"what was worked on", None))
    # retranslateUi

