# Generated from ui/welcome.ui by packaging/compile_forms.py. Do not edit; edit the .ui file.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_WelcomePage(object):
    def setupUi(self, WelcomePage):
        if not WelcomePage.objectName():
            WelcomePage.setObjectName(u"WelcomePage")
        WelcomePage.resize(720, 480)
        self.outer = QVBoxLayout(WelcomePage)
        self.outer.setObjectName(u"outer")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.topSpacer)

        self.welcomeCard = QFrame(WelcomePage)
        self.welcomeCard.setObjectName(u"welcomeCard")
        self.welcomeCard.setMinimumSize(QSize(520, 0))
        self.welcomeCard.setMaximumSize(QSize(560, 16777215))
        self.cardLayout = QVBoxLayout(self.welcomeCard)
        self.cardLayout.setSpacing(14)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(32, 28, 32, 28)
        self.welcomeTitle = QLabel(self.welcomeCard)
        self.welcomeTitle.setObjectName(u"welcomeTitle")

        self.cardLayout.addWidget(self.welcomeTitle)

        self.intro = QLabel(self.welcomeCard)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.cardLayout.addWidget(self.intro)

        self.question = QLabel(self.welcomeCard)
        self.question.setObjectName(u"question")

        self.cardLayout.addWidget(self.question)

        self.demoButton = QPushButton(self.welcomeCard)
        self.demoButton.setObjectName(u"demoButton")

        self.cardLayout.addWidget(self.demoButton)

        self.importButton = QPushButton(self.welcomeCard)
        self.importButton.setObjectName(u"importButton")

        self.cardLayout.addWidget(self.importButton)

        self.emptyButton = QPushButton(self.welcomeCard)
        self.emptyButton.setObjectName(u"emptyButton")

        self.cardLayout.addWidget(self.emptyButton)


        self.outer.addWidget(self.welcomeCard, 0, Qt.AlignHCenter)

        self.bottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)


        self.retranslateUi(WelcomePage)

        QMetaObject.connectSlotsByName(WelcomePage)
    # setupUi

    def retranslateUi(self, WelcomePage):
        self.welcomeTitle.setText(QCoreApplication.translate("WelcomePage", u"Welcome to TalentDesk", None))
        self.intro.setText(QCoreApplication.translate("WelcomePage", u"Keep the people you hire for years: a bench to rehire from, a workroom for every contract, a timeline of feedback and praise, and review sessions that tell you what needs a decision. Everything stays on this computer.", None))
        self.question.setText(QCoreApplication.translate("WelcomePage", u"How would you like to start?", None))
        self.demoButton.setText(QCoreApplication.translate("WelcomePage", u"Explore with demo data", None))
#if QT_CONFIG(tooltip)
        self.demoButton.setToolTip(QCoreApplication.translate("WelcomePage", u"Fill this data folder with about 40 made-up people and their contracts to try every screen", None))
#endif // QT_CONFIG(tooltip)
        self.importButton.setText(QCoreApplication.translate("WelcomePage", u"Import my history\u2026", None))
#if QT_CONFIG(tooltip)
        self.importButton.setToolTip(QCoreApplication.translate("WelcomePage", u"Bring in a marketplace transaction history (CSV) or an address book (vCard)", None))
#endif // QT_CONFIG(tooltip)
        self.emptyButton.setText(QCoreApplication.translate("WelcomePage", u"Start with an empty bench", None))
#if QT_CONFIG(tooltip)
        self.emptyButton.setToolTip(QCoreApplication.translate("WelcomePage", u"Add people yourself with File \u203a New talent (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

