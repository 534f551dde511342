# Generated from ui/check_database.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QHeaderView, QLabel, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CheckDatabaseDialog(object):
    def setupUi(self, CheckDatabaseDialog):
        if not CheckDatabaseDialog.objectName():
            CheckDatabaseDialog.setObjectName(u"CheckDatabaseDialog")
        CheckDatabaseDialog.resize(620, 400)
        self.outer = QVBoxLayout(CheckDatabaseDialog)
        self.outer.setObjectName(u"outer")
        self.summaryLabel = QLabel(CheckDatabaseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setTextFormat(Qt.PlainText)
        self.summaryLabel.setWordWrap(True)

        self.outer.addWidget(self.summaryLabel)

        self.problemTree = QTreeWidget(CheckDatabaseDialog)
        self.problemTree.setObjectName(u"problemTree")
        self.problemTree.setRootIsDecorated(False)
        self.problemTree.setUniformRowHeights(True)
        self.problemTree.setAlternatingRowColors(True)

        self.outer.addWidget(self.problemTree)

        self.adviceLabel = QLabel(CheckDatabaseDialog)
        self.adviceLabel.setObjectName(u"adviceLabel")
        self.adviceLabel.setTextFormat(Qt.PlainText)
        self.adviceLabel.setWordWrap(True)

        self.outer.addWidget(self.adviceLabel)

        self.buttonBox = QDialogButtonBox(CheckDatabaseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Close)

        self.outer.addWidget(self.buttonBox)


        self.retranslateUi(CheckDatabaseDialog)

        QMetaObject.connectSlotsByName(CheckDatabaseDialog)
    # setupUi

    def retranslateUi(self, CheckDatabaseDialog):
        CheckDatabaseDialog.setWindowTitle(QCoreApplication.translate("CheckDatabaseDialog", u"Check database", None))
        ___qtreewidgetitem = self.problemTree.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CheckDatabaseDialog", u"Where", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CheckDatabaseDialog", u"File", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CheckDatabaseDialog", u"Problem", None))
    # retranslateUi

