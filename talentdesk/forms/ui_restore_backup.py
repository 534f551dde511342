# Generated from ui/restore_backup.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_RestoreBackupDialog(object):
    def setupUi(self, RestoreBackupDialog):
        if not RestoreBackupDialog.objectName():
            RestoreBackupDialog.setObjectName(u"RestoreBackupDialog")
        RestoreBackupDialog.resize(560, 420)
        self.outer = QVBoxLayout(RestoreBackupDialog)
        self.outer.setObjectName(u"outer")
        self.introLabel = QLabel(RestoreBackupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.PlainText)
        self.introLabel.setWordWrap(True)

        self.outer.addWidget(self.introLabel)

        self.backupTable = QTableWidget(RestoreBackupDialog)
        if (self.backupTable.columnCount() < 3):
            self.backupTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.backupTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.backupTable.setObjectName(u"backupTable")
        self.backupTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.backupTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.backupTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.backupTable.setAlternatingRowColors(True)
        self.backupTable.setShowGrid(False)
        self.backupTable.horizontalHeader().setStretchLastSection(True)
        self.backupTable.verticalHeader().setVisible(False)

        self.outer.addWidget(self.backupTable)

        self.emptyLabel = QLabel(RestoreBackupDialog)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setTextFormat(Qt.PlainText)
        self.emptyLabel.setWordWrap(True)

        self.outer.addWidget(self.emptyLabel)

        self.folderLabel = QLabel(RestoreBackupDialog)
        self.folderLabel.setObjectName(u"folderLabel")
        self.folderLabel.setTextFormat(Qt.PlainText)
        self.folderLabel.setWordWrap(True)
        self.folderLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.outer.addWidget(self.folderLabel)

        self.buttonBox = QDialogButtonBox(RestoreBackupDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel)

        self.outer.addWidget(self.buttonBox)


        self.retranslateUi(RestoreBackupDialog)

        QMetaObject.connectSlotsByName(RestoreBackupDialog)
    # setupUi

    def retranslateUi(self, RestoreBackupDialog):
        RestoreBackupDialog.setWindowTitle(QCoreApplication.translate("RestoreBackupDialog", u"Restore from backup", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"TalentDesk copies your data on the first start of each day and before every migration. Choose the copy to go back to; the data as it is now is kept as a backup first, so a restore can be undone.", None))
        ___qtablewidgetitem = self.backupTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RestoreBackupDialog", u"Taken", None))
        ___qtablewidgetitem1 = self.backupTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RestoreBackupDialog", u"Kind", None))
        ___qtablewidgetitem2 = self.backupTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RestoreBackupDialog", u"Size", None))
        self.emptyLabel.setText(QCoreApplication.translate("RestoreBackupDialog", u"There are no backups yet. TalentDesk takes the first one the next time it starts on a new day.", None))
    # retranslateUi

